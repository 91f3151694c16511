"""Work the window runs on worker threads: plain functions of immutable arguments."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services import library
from desktop.services.comparing import StoryComparison, compare_story
from desktop.services.library import ArticleRow, StoryRow
from desktop.services.progress import CancelToken, Progress
from desktop.storage.database import Database


def compare(
    db: Database, story_id: int, progress: Progress, cancel: CancelToken
) -> StoryComparison:
    """Compare one story's articles (the service opens its own session on this thread)."""
    return compare_story(db, story_id, progress=progress, cancel=cancel)


@dataclass(frozen=True)
class LibrarySnapshot:
    """The library as the window lists it: articles and stories, read together."""

    articles: tuple[ArticleRow, ...]
    stories: tuple[StoryRow, ...]


def load_library(db: Database, progress: Progress, cancel: CancelToken) -> LibrarySnapshot:
    """Every article row and story (a 10,000-article library takes a good part of a second)."""
    articles = tuple(library.list_articles(db))
    cancel.raise_if_cancelled()
    return LibrarySnapshot(articles, tuple(library.list_stories(db)))


def search_texts(
    db: Database, words: tuple[str, ...], progress: Progress, cancel: CancelToken
) -> frozenset[int]:
    """Ids of the articles whose main text contains every word (case-insensitive)."""
    ids = [row.id for row in library.list_articles(db)]
    cancel.raise_if_cancelled()
    details = library.get_articles(db, ids)
    return frozenset(
        detail.row.id for detail in details if all(word in detail.text.casefold() for word in words)
    )
