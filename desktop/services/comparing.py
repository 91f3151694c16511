"""Comparing a story: aligning the quotes of its articles into statements."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.core.matching import align_statements
from desktop.core.model import (
    ArticleQuotes,
    Comparison,
    ExtractedArticle,
    Quote,
    ReportedSpeech,
    Statement,
)
from desktop.core.quotes import find_quotes
from desktop.core.speakers import story_speakers
from desktop.errors import StorageError
from desktop.services.progress import CancelToken, Progress, check_cancel, no_progress
from desktop.storage.article_repository import ArticleRepository
from desktop.storage.database import Database
from desktop.storage.records import ArticleDetail, StoryRow
from desktop.storage.story_repository import StoryRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoryComparison:
    """A compared story; `comparison.articles[i].key == articles[i].row.id`."""

    story: StoryRow
    articles: tuple[ArticleDetail, ...]
    comparison: Comparison


def compare_story(
    db: Database,
    story_id: int,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> StoryComparison:
    """Align the statements of a story's articles and store them.

    Raises:
        NotFoundError: no such story.
        Cancelled: when `cancel` is set before the statements are stored.
    """
    progress(0, 3, "Reading the articles…")
    story, details = _load(db, story_id)
    check_cancel(cancel)
    progress(1, 3, f"Aligning the quotes of {len(details)} articles…")
    articles = tuple(article_quotes(detail) for detail in details)
    statements = align_statements(articles) if len(articles) > 0 else ()
    check_cancel(cancel)
    progress(2, 3, "Saving the statements…")
    try:
        _save(db, story, details, statements)
    except StorageError as error:  # a read-only library can still be compared and exported
        log.warning("statements of story %s not saved: %s", story.id, error)
    progress(3, 3, f"{len(statements)} statements")
    return StoryComparison(story, details, Comparison(articles, statements))


def stored_comparison(db: Database, story_id: int) -> StoryComparison:
    """The statements saved by the last `compare_story`, without recomputing them."""
    story, details = _load(db, story_id)
    articles = tuple(article_quotes(detail) for detail in details)
    with db.session() as session:
        repository = ArticleRepository(session)
        quote_ids = {d.row.id: repository.quote_ids(d.row.id) for d in details}
        reported_ids = {d.row.id: repository.reported_ids(d.row.id) for d in details}
        statements = StoryRepository(session).statements(story_id, quote_ids, reported_ids)
    return StoryComparison(story, details, Comparison(articles, statements))


def compare_texts(extracted: Sequence[ExtractedArticle]) -> Comparison:
    """Find quotes in extracted articles and align them; stores nothing.

    Keys are list indices; speakers are merged across the articles under their fullest
    names, as the library does for stored articles.
    """
    analyses = [find_quotes(article.text) for article in extracted]
    canonical = story_speakers(analyses)
    articles = tuple(
        ArticleQuotes(
            key=index,
            outlet=article.outlet,
            text=article.text,
            quotes=tuple(_renamed_quote(q, canonical) for q in analysis.quotes),
            reported=tuple(_renamed_reported(r, canonical) for r in analysis.reported),
            published=article.published,
        )
        for index, (article, analysis) in enumerate(zip(extracted, analyses, strict=True))
    )
    return Comparison(articles, align_statements(articles) if articles else ())


def article_quotes(detail: ArticleDetail) -> ArticleQuotes:
    """A stored article as statement alignment sees it (keyed by its database id)."""
    return ArticleQuotes(
        key=detail.row.id,
        outlet=detail.row.outlet,
        text=detail.text,
        quotes=detail.quotes,
        reported=detail.reported,
        published=detail.row.published,
    )


def _load(db: Database, story_id: int) -> tuple[StoryRow, tuple[ArticleDetail, ...]]:
    with db.session() as session:
        story = StoryRepository(session).row(story_id)
        repository = ArticleRepository(session)
        details = tuple(repository.detail(article_id) for article_id in story.article_ids)
    return story, details


def _save(
    db: Database,
    story: StoryRow,
    details: Sequence[ArticleDetail],
    statements: Sequence[Statement],
) -> None:
    with db.session() as session:
        repository = ArticleRepository(session)
        quote_ids = {d.row.id: repository.quote_ids(d.row.id) for d in details}
        reported_ids = {d.row.id: repository.reported_ids(d.row.id) for d in details}
        stories = StoryRepository(session)
        current = stories.row(story.id)
        unchanged = current.article_ids == story.article_ids and all(
            len(quote_ids[d.row.id]) == len(d.quotes) for d in details
        )
        if not unchanged:
            # The story or its articles changed while we aligned: this result is stale.
            log.info("story %s changed during comparison; statements not stored", story.id)
            return
        stories.replace_statements(story.id, statements, quote_ids, reported_ids)


def _renamed_quote(quote: Quote, canonical: dict[str, str]) -> Quote:
    if quote.speaker is None:
        return quote
    return replace(quote, speaker=canonical.get(quote.speaker, quote.speaker))


def _renamed_reported(item: ReportedSpeech, canonical: dict[str, str]) -> ReportedSpeech:
    if item.speaker is None:
        return item
    return replace(item, speaker=canonical.get(item.speaker, item.speaker))
