"""Work the window runs on worker threads: plain functions of immutable arguments."""

from __future__ import annotations

from desktop.services import library
from desktop.services.comparing import StoryComparison, compare_story
from desktop.services.progress import CancelToken, Progress
from desktop.storage.database import Database


def compare(
    db: Database, story_id: int, progress: Progress, cancel: CancelToken
) -> StoryComparison:
    """Compare one story's articles (the service opens its own session on this thread)."""
    return compare_story(db, story_id, progress=progress, cancel=cancel)


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
