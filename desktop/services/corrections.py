"""Correcting found quotes by hand: speaker, bounds, "not a quote"; kept across re-extraction."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.quotes import find_quotes
from desktop.errors import NotFoundError, UserError
from desktop.storage.correction_repository import (
    CorrectionRepository,
    RemovedQuote,
    SpeakerQuote,
)
from desktop.storage.database import Database
from desktop.storage.models import QuoteRow
from desktop.storage.speaker_repository import SpeakerRepository

__all__ = [
    "QuoteContext",
    "RemovedQuote",
    "SpeakerQuote",
    "correct_quote_bounds",
    "correct_quote_speaker",
    "list_quotes_of_speaker",
    "list_removed_quotes",
    "quote_context",
    "remove_quote",
    "restore_quote",
]


@dataclass(frozen=True)
class QuoteContext:
    """A quote inside the paragraphs around it, for choosing new bounds.

    `excerpt` is `article_text[excerpt_start:excerpt_start + len(excerpt)]`; `start` and
    `end` index the article text, as quotes do.
    """

    quote_id: int
    article_id: int
    title: str
    excerpt: str
    excerpt_start: int
    start: int
    end: int


def correct_quote_speaker(db: Database, quote_id: int, speaker_name_or_id: str | int) -> int:
    """Attribute a quote to another speaker: an id, or a name (new names make a new speaker).

    The correction survives re-extraction. Returns the speaker's id.
    """
    with db.session() as session:
        speakers = SpeakerRepository(session)
        if isinstance(speaker_name_or_id, int):
            speaker = speakers.get(speaker_name_or_id)
        else:
            found = speakers.resolve(speaker_name_or_id)
            if found is None:
                raise UserError("Type the name of the person who said this.")
            speaker = found
        CorrectionRepository(session).correct_speaker(quote_id, speaker)
        return speaker.id


def correct_quote_bounds(db: Database, quote_id: int, start: int, end: int) -> tuple[int, int]:
    """Make a quote cover `article text[start:end]`; returns the span kept (marks trimmed).

    Raises UserError when the span is not inside the article's text.
    """
    with db.session() as session:
        return CorrectionRepository(session).correct_bounds(quote_id, start, end)


def remove_quote(db: Database, quote_id: int) -> None:
    """Mark a found quote as not a quote; re-extraction will not bring it back."""
    with db.session() as session:
        CorrectionRepository(session).remove(quote_id)


def list_quotes_of_speaker(db: Database, speaker_id: int) -> list[SpeakerQuote]:
    """Every quote attributed to a speaker, by outlet and article."""
    with db.session() as session:
        SpeakerRepository(session).get(speaker_id)  # NotFoundError for a speaker gone
        return CorrectionRepository(session).quotes_of_speaker(speaker_id)


def quote_context(db: Database, quote_id: int) -> QuoteContext:
    """The paragraph(s) holding a quote, with one paragraph either side."""
    with db.session() as session:
        row = session.get(QuoteRow, quote_id)
        if row is None:
            raise NotFoundError(f"There is no quote #{quote_id} (was the article re-extracted?).")
        text, title = row.article.text, row.article.title
        first, last = _paragraph_start(text, row.start), _paragraph_end(text, row.end)
        first = _paragraph_start(text, max(0, first - 2))
        last = _paragraph_end(text, min(len(text), last + 2))
        return QuoteContext(
            quote_id=row.id,
            article_id=row.article_id,
            title=title,
            excerpt=text[first:last],
            excerpt_start=first,
            start=row.start,
            end=row.end,
        )


def _paragraph_start(text: str, offset: int) -> int:
    found = text.rfind("\n\n", 0, offset)
    return 0 if found == -1 else found + 2


def _paragraph_end(text: str, offset: int) -> int:
    found = text.find("\n\n", offset)
    return len(text) if found == -1 else found


def list_removed_quotes(db: Database) -> list[RemovedQuote]:
    """Every quote the user marked as "not a quote", so a mistake can be undone."""
    with db.session() as session:
        return CorrectionRepository(session).removed()


def restore_quote(db: Database, correction_id: int) -> int:
    """Bring back a quote marked "not a quote" (found again in the article's text).

    Returns the restored quote's id. Raises UserError when the text no longer holds it.
    """
    with db.session() as session:
        corrections = CorrectionRepository(session)
        found = find_quotes(corrections.article_text(correction_id)).quotes
        return corrections.restore(correction_id, found)
