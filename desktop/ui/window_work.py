"""Work the window runs on worker threads: plain functions of immutable arguments."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services import library, speakers
from desktop.services.comparing import StoryComparison, compare_story
from desktop.services.library import ArticleRow, StoryRow
from desktop.services.progress import CancelToken, Progress
from desktop.services.speakers import SpeakerOverview
from desktop.storage.database import Database


def compare(
    db: Database, story_id: int, progress: Progress, cancel: CancelToken
) -> StoryComparison:
    """Compare one story's articles (the service opens its own session on this thread)."""
    return compare_story(db, story_id, progress=progress, cancel=cancel)


@dataclass(frozen=True)
class LibrarySnapshot:
    """The library as the window lists it: articles and stories, read together, and the
    speakers when the Speakers panel shows them (None: not read)."""

    articles: tuple[ArticleRow, ...]
    stories: tuple[StoryRow, ...]
    speakers: tuple[SpeakerOverview, ...] | None = None


def load_library(
    db: Database, progress: Progress, cancel: CancelToken, *, with_speakers: bool = False
) -> LibrarySnapshot:
    """Every article row and story, and the speaker overview if asked (at 10,000 articles
    these took 0.4 s and 0.15-0.2 s: too long for the UI thread)."""
    articles = tuple(library.list_articles(db))
    cancel.raise_if_cancelled()
    stories = tuple(library.list_stories(db))
    cancel.raise_if_cancelled()
    people = tuple(speakers.speaker_overview(db)) if with_speakers else None
    return LibrarySnapshot(articles, stories, people)


def load_speakers(
    db: Database, progress: Progress, cancel: CancelToken
) -> tuple[SpeakerOverview, ...]:
    """The Speakers panel's overview, when it is shown with no library read under way."""
    return tuple(speakers.speaker_overview(db))


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
