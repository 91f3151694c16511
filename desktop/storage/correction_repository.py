"""The user's corrections of found quotes: stored, applied, and re-applied after re-extraction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.model import Quote
from desktop.errors import NotFoundError, UserError
from desktop.storage.models import Article, Outlet, QuoteCorrection, QuoteRow, Speaker
from desktop.storage.speaker_repository import SpeakerRepository

# Trimmed from the ends of a span the user selected: quotes are stored without their marks.
_QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』"
_TRIM = _QUOTE_MARKS + " \t\r\n\u00a0"


@dataclass(frozen=True)
class SpeakerQuote:
    """One quote as the Speakers panel lists it under its speaker."""

    id: int
    article_id: int
    outlet: str
    title: str
    text: str
    start: int
    end: int
    speaker_id: int | None
    speaker: str | None
    speaker_written: str | None
    corrected: bool


@dataclass(frozen=True)
class RemovedQuote:
    """A found quote the user marked as "not a quote" (it can be restored)."""

    correction_id: int
    article_id: int
    outlet: str
    title: str
    text: str


@dataclass(frozen=True)
class CorrectionResult:
    """What re-applying an article's corrections did."""

    applied: int
    missing: int  # corrections whose quote the new extraction no longer has


class CorrectionRepository:
    """Records corrections of quotes and re-applies them inside one session."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._deltas: dict[int, int] = {}  # how far parked corrections' quotes moved

    # -- correcting ---------------------------------------------------------------------

    def correct_speaker(self, quote_id: int, speaker: Speaker) -> None:
        """Attribute a quote to `speaker`, now and after every re-extraction."""
        row = self._quote(quote_id)
        correction = self._correction_for(row, create=True)
        assert correction is not None
        correction.speaker_id = speaker.id
        correction.speaker_name = speaker.name
        correction.corrected_at = datetime.now(UTC)
        row.speaker = speaker

    def correct_bounds(self, quote_id: int, start: int, end: int) -> tuple[int, int]:
        """Make a quote cover `text[start:end]` (quote marks and spaces trimmed).

        Returns the span actually stored. Raises UserError for a span outside the text.
        """
        row = self._quote(quote_id)
        text = row.article.text
        if not 0 <= start < end <= len(text):
            raise UserError(
                f"The new bounds {start}–{end} are outside the article's text "
                f"(0–{len(text)} characters)."
            )
        start, end = _trimmed(text, start, end)
        if start >= end:
            raise UserError("The new bounds hold no words: select the quoted words.")
        correction = self._correction_for(row, create=True)
        assert correction is not None
        original = (correction.original_start, correction.original_end)
        if (start, end) == original and text[start:end] == correction.original_text:
            correction.start = correction.end = correction.text = None  # back as found
        else:
            correction.start, correction.end, correction.text = start, end, text[start:end]
        correction.corrected_at = datetime.now(UTC)
        _set_bounds(row, text, start, end)
        return start, end

    def remove(self, quote_id: int) -> None:
        """Mark a quote as "not a quote": it goes, and stays gone after re-extraction."""
        row = self._quote(quote_id)
        correction = self._correction_for(row, create=True)
        assert correction is not None
        correction.deleted = True
        correction.corrected_at = datetime.now(UTC)
        row.article.quotes.remove(row)
        self._session.flush()

    def restore(self, correction_id: int, found: Sequence[Quote]) -> int:
        """Bring back a quote marked "not a quote"; `found` is quote finding's result
        for the article's current text. Returns the quote's new id.
        """
        correction = self._session.get(QuoteCorrection, correction_id)
        if correction is None or not correction.deleted:
            raise NotFoundError("That quote is not among the removed ones any more.")
        article = correction.article
        span = (correction.original_start, correction.original_end)
        index = _index_of(found, span, correction.original_text)
        if index is None:
            raise UserError("That quote is no longer found in the article's text.")
        quote = found[index]
        row = QuoteRow(
            position=index,
            start=quote.start,
            end=quote.end,
            text=quote.text,
            spans=[list(pair) for pair in quote.spans],
            speaker=SpeakerRepository(self._session).resolve(quote.speaker),
            speaker_written=quote.speaker[:300] if quote.speaker else None,
            cue=quote.cue,
            verb=quote.verb[:60] if quote.verb else None,
            kind=quote.kind,
        )
        article.quotes.append(row)
        self._session.flush()
        correction.deleted = False
        self._apply_one(article, row, correction)
        if correction.start is None and correction.speaker_id is None:
            self._session.delete(correction)  # nothing else was corrected: forget it
        self._session.flush()
        return row.id

    # -- re-applying --------------------------------------------------------------------

    def apply(self, article_id: int) -> CorrectionResult:
        """Re-apply an article's corrections to quotes just rebuilt from its text.

        Each correction finds its quote by the span quote finding gave it (or, when the
        text moved, by the same words nearest that place) and then follows it, so the
        next re-extraction finds it again.
        """
        article = self._session.get(Article, article_id)
        if article is None:
            raise NotFoundError(f"There is no article #{article_id}.")
        query = select(QuoteCorrection).where(QuoteCorrection.article_id == article_id)
        corrections = list(self._session.scalars(query.order_by(QuoteCorrection.id)))
        rows = list(article.quotes)
        found: list[tuple[QuoteCorrection, QuoteRow | None]] = []
        for correction in corrections:
            row = _locate(rows, correction)
            if row is not None:
                rows.remove(row)
            found.append((correction, row))
        self._park(found)
        for correction, row in found:
            if row is not None:
                self._apply_one(article, row, correction)
        self._session.flush()
        applied = sum(1 for _correction, row in found if row is not None)
        return CorrectionResult(applied, len(found) - applied)

    def _park(self, found: Sequence[tuple[QuoteCorrection, QuoteRow | None]]) -> None:
        """Move corrections whose key changes out of the way first.

        Keys are unique per article: when the text shifts, one quote's new span can be
        another's old one, and the updates must not collide on the way.
        """
        taken = {(row.start, row.end) for _correction, row in found if row is not None}
        parked = False
        for correction, row in found:
            key = (correction.original_start, correction.original_end)
            moving = row is not None and (row.start, row.end) != key
            blocking = row is None and key in taken  # its quote is gone; another has the place
            if moving or blocking:
                if row is not None:
                    self._deltas[correction.id] = row.start - correction.original_start
                correction.original_start = correction.original_end = -correction.id
                parked = True
        if parked:
            self._session.flush()

    def _apply_one(self, article: Article, row: QuoteRow, correction: QuoteCorrection) -> None:
        delta = self._deltas.pop(correction.id, row.start - correction.original_start)
        correction.original_start, correction.original_end = row.start, row.end
        correction.original_text = row.text
        if correction.deleted:
            article.quotes.remove(row)
            return
        if correction.start is not None and correction.text:
            guess = correction.start + delta
            span = _find_near(article.text, correction.text, guess)
            if span is None:  # those words are gone from the text: keep the quote as found
                correction.start = correction.end = correction.text = None
            else:
                correction.start, correction.end = span
                _set_bounds(row, article.text, *span)
        speaker = self._corrected_speaker(correction)
        if speaker is not None:
            row.speaker = speaker

    def reapply_speakers(self, speaker_ids: Iterable[int] | None = None) -> None:
        """Put corrected quotes back under their corrected speakers (after a split)."""
        query = select(QuoteCorrection).where(QuoteCorrection.deleted.is_(False))
        query = query.where(QuoteCorrection.speaker_id.is_not(None))
        if speaker_ids is not None:
            query = query.where(QuoteCorrection.speaker_id.in_(list(speaker_ids)))
        for correction in self._session.scalars(query):
            start, end = _effective_span(correction)
            row = self._session.scalars(
                select(QuoteRow).where(
                    QuoteRow.article_id == correction.article_id,
                    QuoteRow.start == start,
                    QuoteRow.end == end,
                )
            ).first()
            if row is not None:
                row.speaker_id = correction.speaker_id
        self._session.flush()

    # -- reading ------------------------------------------------------------------------

    def quotes_of_speaker(self, speaker_id: int) -> list[SpeakerQuote]:
        """A speaker's quotes, article by article, in text order."""
        query = (
            select(QuoteRow, Article.title, Outlet.name)
            .join(Article, QuoteRow.article_id == Article.id)
            .join(Outlet, Article.outlet_id == Outlet.id)
            .where(QuoteRow.speaker_id == speaker_id)
            .order_by(Outlet.name, Article.id, QuoteRow.start)
        )
        found = [(row, title, outlet) for row, title, outlet in self._session.execute(query)]
        corrected = self._corrected_spans({row.article_id for row, _t, _o in found})
        return [
            SpeakerQuote(
                id=row.id,
                article_id=row.article_id,
                outlet=outlet,
                title=title,
                text=row.text,
                start=row.start,
                end=row.end,
                speaker_id=row.speaker_id,
                speaker=row.speaker.name if row.speaker is not None else None,
                speaker_written=row.speaker_written,
                corrected=(row.article_id, row.start, row.end) in corrected,
            )
            for row, title, outlet in found
        ]

    def removed(self) -> list[RemovedQuote]:
        """Every quote the user marked as "not a quote", by outlet and article."""
        query = (
            select(QuoteCorrection, Article.title, Outlet.name)
            .join(Article, QuoteCorrection.article_id == Article.id)
            .join(Outlet, Article.outlet_id == Outlet.id)
            .where(QuoteCorrection.deleted.is_(True))
            .order_by(Outlet.name, Article.id, QuoteCorrection.original_start)
        )
        return [
            RemovedQuote(c.id, c.article_id, outlet, title, c.original_text)
            for c, title, outlet in self._session.execute(query)
        ]

    def article_text(self, correction_id: int) -> str:
        correction = self._session.get(QuoteCorrection, correction_id)
        if correction is None:
            raise NotFoundError("That quote is not among the removed ones any more.")
        return correction.article.text

    # -- helpers ------------------------------------------------------------------------

    def _quote(self, quote_id: int) -> QuoteRow:
        row = self._session.get(QuoteRow, quote_id)
        if row is None:
            raise NotFoundError(f"There is no quote #{quote_id} (was the article re-extracted?).")
        return row

    def _correction_for(self, row: QuoteRow, *, create: bool) -> QuoteCorrection | None:
        """The correction already made to this quote, or a new one keyed by its span."""
        query = select(QuoteCorrection).where(
            QuoteCorrection.article_id == row.article_id, QuoteCorrection.deleted.is_(False)
        )
        for correction in self._session.scalars(query.order_by(QuoteCorrection.id)):
            if _effective_span(correction) == (row.start, row.end):
                return correction
        if not create:
            return None
        correction = QuoteCorrection(
            article_id=row.article_id,
            original_start=row.start,
            original_end=row.end,
            original_text=row.text,
            deleted=False,
            corrected_at=datetime.now(UTC),
        )
        self._session.add(correction)
        return correction

    def _corrected_speaker(self, correction: QuoteCorrection) -> Speaker | None:
        speaker = (
            self._session.get(Speaker, correction.speaker_id)
            if correction.speaker_id is not None
            else None
        )
        if speaker is None and correction.speaker_name:
            # The corrected speaker was deleted: find or create them again by name.
            speaker = SpeakerRepository(self._session).resolve(correction.speaker_name)
            correction.speaker_id = speaker.id if speaker is not None else None
        return speaker

    def _corrected_spans(self, article_ids: set[int]) -> set[tuple[int, int, int]]:
        if not article_ids:
            return set()
        query = select(QuoteCorrection).where(QuoteCorrection.article_id.in_(article_ids))
        return {
            (correction.article_id, *_effective_span(correction))
            for correction in self._session.scalars(query)
        }


def _effective_span(correction: QuoteCorrection) -> tuple[int, int]:
    if correction.start is not None and correction.end is not None:
        return correction.start, correction.end
    return correction.original_start, correction.original_end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _set_bounds(row: QuoteRow, text: str, start: int, end: int) -> None:
    row.start, row.end = start, end
    row.text = " ".join(text[start:end].split())
    row.spans = [[start, end]]


def _locate(rows: Sequence[QuoteRow], correction: QuoteCorrection) -> QuoteRow | None:
    """The rebuilt quote a correction was made to: same span, else same words nearest."""
    span = (correction.original_start, correction.original_end)
    same_span = [row for row in rows if (row.start, row.end) == span]
    for row in same_span:
        if row.text == correction.original_text:
            return row
    same_words = [row for row in rows if row.text == correction.original_text]
    if same_words:
        return min(same_words, key=lambda row: abs(row.start - correction.original_start))
    return same_span[0] if same_span else None


def _index_of(found: Sequence[Quote], span: tuple[int, int], words: str) -> int | None:
    """The found quote at `span`, else the one with the same words nearest it."""
    for index, quote in enumerate(found):
        if (quote.start, quote.end) == span:
            return index
    same = [i for i, quote in enumerate(found) if quote.text == words]
    return min(same, key=lambda i: abs(found[i].start - span[0])) if same else None


def _find_near(text: str, words: str, guess: int) -> tuple[int, int] | None:
    """Where `words` occur in `text`, the occurrence nearest `guess`."""
    if guess >= 0 and text[guess : guess + len(words)] == words:
        return guess, guess + len(words)
    best: int | None = None
    position = text.find(words)
    while position != -1:
        if best is None or abs(position - guess) < abs(best - guess):
            best = position
        position = text.find(words, position + 1)
    return None if best is None else (best, best + len(words))
