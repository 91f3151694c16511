"""Re-extracting stored articles from their original bytes, keeping the user's edits."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from desktop.core.extract import extract_file, normalized_body_hash
from desktop.core.quotes import find_quotes
from desktop.errors import ImportFailure, NotFoundError, StorageError
from desktop.services.importing import ImportOutcome, ImportReport
from desktop.services.progress import CancelToken, Progress, check_cancel, no_progress
from desktop.storage.article_repository import ArticleRepository, NewArticle, canonical_url
from desktop.storage.correction_repository import CorrectionResult
from desktop.storage.database import Database

log = logging.getLogger(__name__)


def reextract_articles(
    db: Database,
    article_ids: Sequence[int],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Run today's extraction and quote finding again over the kept original files.

    Fields the user edited (title, outlet, date, URL, authors) stay as edited. Each
    article is one transaction; a failing article keeps its previous extraction.
    Statements that used the old quotes are dropped: compare the story again.
    """
    total = len(article_ids)
    outcomes: list[ImportOutcome] = []
    for done, article_id in enumerate(article_ids, start=1):
        check_cancel(cancel)
        outcomes.append(_reextract_one(db, article_id))
        progress(done, total, f"Article #{article_id}: {outcomes[-1].status}")
    return ImportReport(tuple(outcomes))


def _reextract_one(db: Database, article_id: int) -> ImportOutcome:
    label = f"article #{article_id}"
    try:
        with db.session() as session:
            source = ArticleRepository(session).source(article_id)
    except NotFoundError as error:  # deleted meanwhile, or a wrong id: the others go on
        return ImportOutcome(label, "failed", None, "", str(error))
    try:
        extracted = extract_file(source.data, source.filename)
        analysis = find_quotes(extracted.text)
        with db.session() as session:
            articles = ArticleRepository(session)
            corrected = articles.refresh(
                article_id,
                NewArticle(
                    extracted=extracted,
                    analysis=analysis,
                    source=source,
                    content_hash=normalized_body_hash(extracted.text),
                    canonical_url=canonical_url(extracted.url),
                ),
            )
            title = articles.get_existing(article_id).title
    except StorageError:
        raise
    except ImportFailure as error:
        return ImportOutcome(label, "failed", article_id, "", str(error))
    except Exception as error:
        log.exception("re-extraction failed for %s", label)
        return ImportOutcome(label, "failed", article_id, "", f"internal error: {error}")
    count = len(analysis.quotes)
    message = f"Extracted again with {count} quote{'s' if count != 1 else ''}."
    return ImportOutcome(label, "imported", article_id, title, message + _kept(corrected))


def _kept(result: CorrectionResult) -> str:
    """What became of the user's corrections of this article's quotes."""
    if not result.applied and not result.missing:
        return ""
    plural = "s" if result.applied != 1 else ""
    text = f" {result.applied} hand correction{plural} re-applied."
    if result.missing:
        text += f" {result.missing} no longer match any quote (kept in case they do again)."
    return text
