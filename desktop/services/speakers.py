"""Speakers: list them, and let the user rename, merge and split them."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.storage.correction_repository import CorrectionRepository
from desktop.storage.database import Database
from desktop.storage.records import SpeakerRow
from desktop.storage.speaker_repository import SpeakerOverview, SpeakerRepository

__all__ = [
    "SpeakerOverview",
    "SpeakerRow",
    "list_speakers",
    "merge_speakers",
    "rename_speaker",
    "speaker_overview",
    "split_speaker",
]


def list_speakers(db: Database) -> list[SpeakerRow]:
    """Every speaker with their aliases, by name."""
    with db.session() as session:
        return SpeakerRepository(session).list_rows()


def speaker_overview(db: Database) -> list[SpeakerOverview]:
    """Every speaker with aliases, quote and article counts, by name (the Speakers panel)."""
    with db.session() as session:
        return SpeakerRepository(session).overview()


def rename_speaker(db: Database, speaker_id: int, name: str) -> None:
    """Show a speaker under another name (the old names stay as aliases)."""
    with db.session() as session:
        SpeakerRepository(session).rename(speaker_id, name)


def merge_speakers(
    db: Database, into_id: int, other_ids: Sequence[int], *, name: str | None = None
) -> None:
    """Treat several speakers as one person ("the Ukrainian president" = "Zelensky").

    Quotes and aliases move to `into_id` (shown as `name` when given); the aliases keep
    re-extracted and newly imported quotes with the merged person. Compare a story again
    to regroup statements.
    """
    with db.session() as session:
        SpeakerRepository(session).merge(into_id, other_ids, name=name)


def split_speaker(db: Database, speaker_id: int, alias: str) -> int:
    """Give one of a speaker's names its own person; returns the new speaker's id."""
    with db.session() as session:
        new_id = SpeakerRepository(session).split(speaker_id, alias)
        # Quotes the user attributed by hand stay where the user put them.
        CorrectionRepository(session).reapply_speakers([speaker_id])
        return new_id
