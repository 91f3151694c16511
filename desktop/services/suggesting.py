"""Suggesting stories: articles that quote the same words within a few days."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.core.normalize import match_key
from desktop.services.progress import CancelToken, check_cancel
from desktop.storage.article_repository import ArticleRepository
from desktop.storage.database import Database
from desktop.storage.records import ArticleRow
from desktop.storage.story_repository import StoryRepository

# A run of this many words shared inside quotes is one piece of evidence; two pieces
# make a link. Short runs ("we will not") are common to unrelated articles.
SHINGLE_WORDS = 4
MIN_SHARED_SHINGLES = 2
MAX_DAYS_APART = 3


@dataclass(frozen=True)
class StorySuggestion:
    """Articles that look like one event's coverage, and how much quoting they share."""

    name: str
    article_ids: tuple[int, ...]
    shared_quotes: int  # shared word runs inside quotes, over every linked pair


def suggest_stories(
    db: Database,
    *,
    max_days_apart: int = MAX_DAYS_APART,
    cancel: CancelToken | None = None,
) -> list[StorySuggestion]:
    """Groups of two or more articles that quote the same statements.

    Articles are linked when their quotes share word runs and their dates are at most
    `max_days_apart` days apart (unknown dates do not prevent a link). Groups already
    inside one existing story are not suggested again. Largest groups first.
    """
    with db.session() as session:
        articles = ArticleRepository(session)
        rows = {row.id: row for row in articles.list_rows()}
        quotes = articles.quote_texts()
        stories = [set(story.article_ids) for story in StoryRepository(session).list_rows()]
    check_cancel(cancel)
    shared = _shared_shingles(quotes)
    check_cancel(cancel)
    groups = _UnionFind()
    weights: dict[int, int] = defaultdict(int)
    for (first, second), count in shared.items():
        if count < MIN_SHARED_SHINGLES:
            continue
        if not _close_in_time(rows[first], rows[second], max_days_apart):
            continue
        groups.union(first, second)
        weights[first] += count
    suggestions = []
    for members in groups.groups():
        if len(members) < 2 or any(members <= story for story in stories):
            continue
        ordered = tuple(sorted(members))
        name = _name(rows[article_id] for article_id in ordered)
        score = sum(weights[article_id] for article_id in ordered)
        suggestions.append(StorySuggestion(name, ordered, score))
    return sorted(suggestions, key=lambda s: (-len(s.article_ids), -s.shared_quotes, s.name))


def _shared_shingles(quotes: dict[int, list[str]]) -> dict[tuple[int, int], int]:
    """How many quote word runs each pair of articles has in common."""
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for article_id, texts in quotes.items():
        for text in texts:
            words = match_key(text).split()
            for start in range(len(words) - SHINGLE_WORDS + 1):
                index[tuple(words[start : start + SHINGLE_WORDS])].add(article_id)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in index.values():
        # Very common runs carry no evidence and would make the pairing quadratic.
        if 1 < len(holders) <= 50:
            ordered = sorted(holders)
            for i, first in enumerate(ordered):
                for second in ordered[i + 1 :]:
                    shared[(first, second)] += 1
    return shared


def _close_in_time(first: ArticleRow, second: ArticleRow, max_days: int) -> bool:
    a, b = _day(first.published), _day(second.published)
    return a is None or b is None or abs((a - b).days) <= max_days


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _name(rows: Iterable[ArticleRow]) -> str:
    """The earliest article's headline, which usually names the event."""
    ordered = sorted(rows, key=lambda row: (row.published or "9999", row.id))
    return ordered[0].title if ordered else "Suggested story"


class _UnionFind:
    def __init__(self) -> None:
        self._parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        parent = self._parent.setdefault(item, item)
        if parent != item:
            parent = self._parent[item] = self.find(parent)
        return parent

    def union(self, first: int, second: int) -> None:
        self._parent[self.find(first)] = self.find(second)

    def groups(self) -> list[set[int]]:
        result: dict[int, set[int]] = defaultdict(set)
        for item in list(self._parent):
            result[self.find(item)].add(item)
        return list(result.values())
