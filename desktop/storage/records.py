"""Frozen rows that repositories hand to the services and the UI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.model import Quote, ReportedSpeech


@dataclass(frozen=True)
class ArticleRow:
    """One line of the library table."""

    id: int
    outlet: str
    title: str
    published: str | None
    authors: tuple[str, ...]
    words: int
    quotes: int
    url: str
    near_duplicate_of: int | None = None


@dataclass(frozen=True)
class ArticleDetail:
    """An article with its text and the quotes found in it.

    Quote speakers are the canonical (fullest) names of the stored speakers.
    """

    row: ArticleRow
    text: str
    quotes: tuple[Quote, ...]
    reported: tuple[ReportedSpeech, ...] = ()
    language: str | None = None
    source_filename: str = ""
    user_edited: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class StoryRow:
    """A story (comparison set) and its articles in the order they were added."""

    id: int
    name: str
    article_ids: tuple[int, ...]


@dataclass(frozen=True)
class ExistingArticle:
    """Just enough of a stored article to name it in a duplicate message."""

    id: int
    title: str
    outlet: str


@dataclass(frozen=True)
class SpeakerRow:
    """A person quoted in the library, the names outlets used, and their quote count."""

    id: int
    name: str
    aliases: tuple[str, ...]
    quotes: int
