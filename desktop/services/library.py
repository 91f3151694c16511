"""The library: listing, editing and deleting articles; creating and editing stories."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.errors import NotFoundError
from desktop.storage.article_repository import ArticleRepository, SourceFile
from desktop.storage.database import Database
from desktop.storage.records import ArticleDetail, ArticleRow, StoryRow
from desktop.storage.story_repository import StoryRepository

__all__ = [
    "ArticleDetail",
    "ArticleRow",
    "StoryRow",
    "add_to_story",
    "article_source",
    "create_story",
    "delete_articles",
    "delete_story",
    "find_story",
    "get_article",
    "get_articles",
    "get_story",
    "list_articles",
    "list_stories",
    "remove_from_story",
    "rename_story",
    "search_articles",
    "update_article",
]


def list_articles(db: Database) -> list[ArticleRow]:
    """Every article in the library, oldest import first."""
    with db.session() as session:
        return ArticleRepository(session).list_rows()


def search_articles(db: Database, query: str) -> frozenset[int]:
    """Ids of the articles holding every word of `query` (case-insensitive, any script)."""
    with db.session() as session:
        return frozenset(ArticleRepository(session).search(query.split()))


def get_article(db: Database, article_id: int) -> ArticleDetail:
    """One article's text and quotes. Raises NotFoundError."""
    with db.session() as session:
        return ArticleRepository(session).detail(article_id)


def get_articles(db: Database, article_ids: Sequence[int]) -> list[ArticleDetail]:
    """Several articles in the order asked, read in one transaction."""
    with db.session() as session:
        articles = ArticleRepository(session)
        return [articles.detail(article_id) for article_id in article_ids]


def article_source(db: Database, article_id: int) -> SourceFile:
    """The original imported file (bytes and file name)."""
    with db.session() as session:
        return ArticleRepository(session).source(article_id)


def update_article(
    db: Database,
    article_id: int,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    url: str | None = None,
    authors: Sequence[str] | None = None,
) -> None:
    """Edit an article's fields (None leaves a field alone); edits survive re-extraction."""
    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = title.strip()
    if outlet is not None:
        changes["outlet"] = outlet.strip()
    if published is not None:
        changes["published"] = published.strip() or None
    if url is not None:
        changes["url"] = url.strip()
    if authors is not None:
        changes["authors"] = tuple(a.strip() for a in authors if a.strip())
    if not changes:
        return
    with db.session() as session:
        ArticleRepository(session).update(article_id, changes)


def delete_articles(db: Database, ids: Sequence[int]) -> None:
    """Delete articles; they leave every story they were in."""
    with db.session() as session:
        ArticleRepository(session).delete(ids)


def list_stories(db: Database) -> list[StoryRow]:
    """Every story, by name."""
    with db.session() as session:
        return StoryRepository(session).list_rows()


def get_story(db: Database, story_id: int) -> StoryRow:
    """One story by id. Raises NotFoundError."""
    with db.session() as session:
        return StoryRepository(session).row(story_id)


def find_story(db: Database, name_or_id: str) -> StoryRow:
    """A story by name (exact, then case-insensitive) or by id. Raises NotFoundError."""
    with db.session() as session:
        return StoryRepository(session).find(name_or_id)


def create_story(db: Database, name: str, article_ids: Sequence[int]) -> int:
    """A new story holding `article_ids`; returns its id."""
    with db.session() as session:
        _require_articles(session_articles=ArticleRepository(session), ids=article_ids)
        return StoryRepository(session).create(name, article_ids)


def add_to_story(db: Database, story_id: int, article_ids: Sequence[int]) -> None:
    with db.session() as session:
        _require_articles(session_articles=ArticleRepository(session), ids=article_ids)
        StoryRepository(session).add_articles(story_id, article_ids)


def remove_from_story(db: Database, story_id: int, article_ids: Sequence[int]) -> None:
    with db.session() as session:
        StoryRepository(session).remove_articles(story_id, article_ids)


def rename_story(db: Database, story_id: int, name: str) -> None:
    with db.session() as session:
        StoryRepository(session).rename(story_id, name)


def delete_story(db: Database, story_id: int) -> None:
    """Delete a story (its articles stay in the library)."""
    with db.session() as session:
        StoryRepository(session).delete(story_id)


def _require_articles(*, session_articles: ArticleRepository, ids: Sequence[int]) -> None:
    missing = sorted(set(ids) - session_articles.existing_ids(ids))
    if missing:
        listed = ", ".join(f"#{article_id}" for article_id in missing)
        raise NotFoundError(f"There is no article {listed}.")
