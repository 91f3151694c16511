"""Outlets: list them with their article counts and merge the ones that are the same."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.storage.article_repository import ArticleRepository, OutletRow
from desktop.storage.database import Database

__all__ = ["OutletRow", "list_outlets", "merge_outlets"]


def list_outlets(db: Database) -> list[OutletRow]:
    """Every outlet with its article count, by name."""
    with db.session() as session:
        return ArticleRepository(session).outlet_rows()


def merge_outlets(db: Database, into_id: int, other_ids: Sequence[int]) -> int:
    """Make one outlet of several ("Harbour Gazette" = "The Harbour Gazette").

    The articles of `other_ids` move to `into_id` and those outlets are deleted, in one
    transaction; re-extracting a moved article keeps the merged outlet. Returns how
    many articles moved. Raises NotFoundError when an outlet does not exist.
    """
    with db.session() as session:
        return ArticleRepository(session).merge_outlets(into_id, other_ids)
