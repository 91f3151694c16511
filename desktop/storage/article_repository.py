"""Articles, their outlets, quotes and reported speech: stored and read back as rows."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.core.extract import pack_source
from desktop.core.model import ExtractedArticle, Quote, QuoteAnalysis, ReportedSpeech
from desktop.core.near_duplicates import band_keys
from desktop.core.site_name import names_agree, readable_domain
from desktop.errors import NotFoundError
from desktop.storage.correction_repository import CorrectionRepository, CorrectionResult
from desktop.storage.models import Article, ArticleBand, Outlet, QuoteRow, ReportedSpeechRow
from desktop.storage.records import ArticleDetail, ArticleRow, ExistingArticle
from desktop.storage.speaker_repository import SpeakerRepository

# Fields a user may edit; re-extraction keeps edited ones.
EDITABLE_FIELDS = ("title", "outlet", "published", "url", "authors")


@dataclass(frozen=True)
class SourceFile:
    """The original bytes of an imported file, kept as evidence.

    `packed` is `pack_source(data)` when a worker process already computed it, so the
    storing thread does not spend its time compressing.
    """

    data: bytes
    filename: str
    packed: tuple[bytes, str] | None = None


@dataclass(frozen=True)
class NewArticle:
    """Everything import worked out about one file, ready to store."""

    extracted: ExtractedArticle
    analysis: QuoteAnalysis
    source: SourceFile
    content_hash: str
    canonical_url: str | None
    near_duplicate_of: int | None = None
    bands: tuple[int, ...] | None = None  # band_keys(text) when the caller has them


@dataclass(frozen=True)
class OutletRow:
    """An outlet and how many articles it has."""

    id: int
    name: str
    domain: str | None
    articles: int


def word_count(text: str) -> int:
    return len(text.split())


class ArticleRepository:
    """Reads and writes articles inside one session (one transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._speakers = SpeakerRepository(session)

    # -- duplicates -------------------------------------------------------------------

    def find_exact_duplicate(
        self, canonical_url: str | None, content_hash: str
    ) -> ExistingArticle | None:
        """An article with the same canonical URL or the same normalised body."""
        condition = Article.content_hash == content_hash
        if canonical_url:
            condition = condition | (Article.canonical_url == canonical_url)
        # Plain columns, not an Article object: asked for every imported file.
        row = self._session.execute(
            select(Article.id, Article.title, Outlet.name)
            .join(Outlet, Article.outlet_id == Outlet.id)
            .where(condition)
            .order_by(Article.id)
            .limit(1)
        ).first()
        return None if row is None else ExistingArticle(id=row[0], title=row[1], outlet=row[2])

    def texts_sharing_bands(self, keys: Sequence[int]) -> dict[int, str]:
        """Texts (by article id) that share a near-duplicate screening key with `keys`."""
        if not keys:
            return {}
        sharing = select(ArticleBand.article_id).where(ArticleBand.band.in_(list(keys)))
        query = select(Article.id, Article.text).where(Article.id.in_(sharing.distinct()))
        return {article_id: text for article_id, text in self._session.execute(query)}

    def texts_of_similar_size(self, words: int) -> dict[int, str]:
        """Texts (by article id) of half to twice `words` words (an indexed range)."""
        query = select(Article.id, Article.text).where(
            Article.word_count >= words // 2, Article.word_count <= words * 2 + 1
        )
        return {article_id: text for article_id, text in self._session.execute(query)}

    def get_existing(self, article_id: int) -> ExistingArticle:
        return _existing(self._get(article_id))

    # -- writing ------------------------------------------------------------------------

    def add(self, new: NewArticle) -> int:
        """Store an article with its quotes and speakers; returns its id."""
        extracted = new.extracted
        packed, sha256 = new.source.packed or pack_source(new.source.data)
        row = {
            "outlet_id": self._outlet(extracted.outlet, extracted.url).id,
            "title": extracted.title,
            "url": extracted.url,
            "canonical_url": new.canonical_url,
            "published": _clip(extracted.published, 40),
            "authors": list(extracted.authors),
            "language": _clip(extracted.language, 20),
            "text": extracted.text,
            "word_count": word_count(extracted.text),
            "content_hash": new.content_hash,
            "source_data": packed,
            "source_sha256": sha256,
            "source_filename": new.source.filename,
            "imported_at": datetime.now(UTC),
            "near_duplicate_of_id": new.near_duplicate_of,
            "user_edited": [],
        }
        # A Core insert: the ORM's unit of work for one new Article cost more than
        # every quote of it (no Article object is needed while importing).
        article_id = int(
            self._session.execute(
                insert(_table(Article)).values(row).returning(_table(Article).c.id)
            ).scalar_one()
        )
        self._store_analysis(article_id, new.analysis)
        self._store_bands(article_id, new.bands, extracted.text)
        return article_id

    def _store_analysis(self, article_id: int, analysis: QuoteAnalysis) -> None:
        # Speakers first (one batch), then every row in one multi-row INSERT per table:
        # building ORM objects row by row was most of an import's storing time.
        names = [q.speaker for q in analysis.quotes] + [r.speaker for r in analysis.reported]
        speakers = self._speakers.resolve_many(names)

        def speaker_id(name: str | None) -> int | None:
            return speakers[name].id if name and name in speakers else None

        quotes = [
            {
                "article_id": article_id,
                "position": position,
                "start": quote.start,
                "end": quote.end,
                "text": quote.text,
                "spans": [list(span) for span in quote.spans],
                "speaker_id": speaker_id(quote.speaker),
                "speaker_written": _clip(quote.speaker, 300),
                "cue": quote.cue,
                "verb": _clip(quote.verb, 60),
                "kind": quote.kind,
            }
            for position, quote in enumerate(analysis.quotes)
        ]
        reported = [
            {
                "article_id": article_id,
                "position": position,
                "start": item.start,
                "end": item.end,
                "text": item.text,
                "speaker_id": speaker_id(item.speaker),
                "speaker_written": _clip(item.speaker, 300),
                "cue": item.cue,
                "verb": _clip(item.verb, 60),
            }
            for position, item in enumerate(analysis.reported)
        ]
        # Core inserts: one executemany per table (the ORM's bulk insert split the rows
        # into one statement per set of non-empty columns).
        for table, rows in ((QuoteRow, quotes), (ReportedSpeechRow, reported)):
            if rows:
                self._session.execute(insert(_table(table)), rows)

    def _store_bands(self, article_id: int, keys: tuple[int, ...] | None, text: str) -> None:
        keys = band_keys(text) if keys is None else keys
        rows = [{"article_id": article_id, "band": key} for key in keys]
        if rows:
            self._session.execute(insert(_table(ArticleBand)), rows)

    def refresh(self, article_id: int, new: NewArticle) -> CorrectionResult:
        """Replace an article's extracted fields and quotes, keeping the user's edits.

        Statements that used the old quotes go with them; compare the story again.
        """
        article = self._get(article_id)
        extracted, edited = new.extracted, set(article.user_edited or ())
        if "title" not in edited:
            article.title = extracted.title
        if "outlet" not in edited:
            article.outlet = self._outlet(extracted.outlet, extracted.url)
        if "published" not in edited:
            article.published = _clip(extracted.published, 40)
        if "url" not in edited:
            article.url = extracted.url
            article.canonical_url = new.canonical_url
        if "authors" not in edited:
            article.authors = list(extracted.authors)
        article.language = _clip(extracted.language, 20)
        article.text = extracted.text
        article.word_count = word_count(extracted.text)
        article.content_hash = new.content_hash
        article.quotes.clear()
        article.reported.clear()
        self._session.flush()
        self._store_analysis(article_id, new.analysis)
        # The in-memory collections do not know the new rows; load them when asked.
        self._session.expire(article, ["quotes", "reported"])
        self._session.execute(delete(ArticleBand).where(ArticleBand.article_id == article_id))
        self._store_bands(article_id, new.bands, extracted.text)
        self._session.flush()
        # The user's corrections of quotes (speaker, bounds, "not a quote") outlive this.
        return CorrectionRepository(self._session).apply(article_id)

    def update(self, article_id: int, changes: dict[str, Any]) -> None:
        """Apply user edits (title, outlet, published, url, authors) and remember them.

        Only fields whose value really changes are marked as edited, so an edit dialog
        may pass every field back.
        """
        article = self._get(article_id)
        edited = set(article.user_edited or [])
        for name, value in changes.items():
            if name not in EDITABLE_FIELDS:
                raise ValueError(f"{name} is not an editable article field")
            if name == "outlet":
                if str(value) == article.outlet.name:
                    continue
                article.outlet = self._outlet(str(value), article.url, typed=True)
            elif name == "authors":
                authors = [str(author) for author in value]
                if authors == list(article.authors or ()):
                    continue
                article.authors = authors
            elif getattr(article, name) == value:
                continue
            elif name == "url":
                article.url = str(value)
                article.canonical_url = canonical_url(str(value))
            else:
                setattr(article, name, _clip(value, 40) if name == "published" else value)
            edited.add(name)
        article.user_edited = sorted(edited)

    def delete(self, article_ids: Sequence[int]) -> int:
        """Delete articles (their quotes, memberships and statements go with them)."""
        if not article_ids:
            return 0
        result = self._session.execute(delete(Article).where(Article.id.in_(list(article_ids))))
        return int(getattr(result, "rowcount", 0) or 0)

    def source(self, article_id: int) -> SourceFile:
        """The original file, decompressed."""
        article = self._get(article_id)
        return SourceFile(zlib.decompress(article.source_data), article.source_filename)

    # -- outlets ------------------------------------------------------------------------

    def outlet_rows(self) -> list[OutletRow]:
        """Every outlet with its article count, by name."""
        count = func.count(Article.id)
        query = (
            select(Outlet.id, Outlet.name, Outlet.domain, count)
            .outerjoin(Article, Article.outlet_id == Outlet.id)
            .group_by(Outlet.id, Outlet.name, Outlet.domain)
            .order_by(func.lower(Outlet.name), Outlet.id)
        )
        return [OutletRow(*row) for row in self._session.execute(query)]

    def merge_outlets(self, into_id: int, other_ids: Sequence[int]) -> int:
        """Move the articles of `other_ids` to `into_id` and delete those outlets.

        The moved articles count as edited, so re-extraction keeps the merged name.
        Returns how many articles moved.
        """
        others = sorted(set(other_ids) - {into_id})
        wanted = [into_id, *others]
        found = set(self._session.scalars(select(Outlet.id).where(Outlet.id.in_(wanted))))
        missing = [outlet_id for outlet_id in wanted if outlet_id not in found]
        if missing:
            raise NotFoundError(f"There is no outlet #{missing[0]}.")
        if not others:
            return 0
        target = self._session.get(Outlet, into_id)
        if target is not None and target.domain is None:
            # The merged outlets' address now names the kept one, for later imports too.
            domains = select(Outlet.domain).where(Outlet.id.in_(others), Outlet.domain.is_not(None))
            target.domain = self._session.scalars(domains.order_by(Outlet.id)).first()
        moved = list(self._session.scalars(select(Article).where(Article.outlet_id.in_(others))))
        for article in moved:
            article.outlet_id = into_id
            article.user_edited = sorted({*(article.user_edited or ()), "outlet"})
        self._session.flush()  # the outlets are RESTRICTed while articles point at them
        self._session.execute(delete(Outlet).where(Outlet.id.in_(others)))
        self._session.expire_all()
        return len(moved)

    # -- reading ------------------------------------------------------------------------

    def list_rows(self, article_ids: Sequence[int] | None = None) -> list[ArticleRow]:
        """Library rows, oldest import first (all articles, or just `article_ids`)."""
        quote_count = (
            select(func.count(QuoteRow.id))
            .where(QuoteRow.article_id == Article.id)
            .correlate(Article)
            .scalar_subquery()
        )
        query = select(
            Article.id,
            Outlet.name,
            Article.title,
            Article.published,
            Article.authors,
            Article.word_count,
            quote_count,
            Article.url,
            Article.near_duplicate_of_id,
        ).join(Outlet, Article.outlet_id == Outlet.id)
        if article_ids is not None:
            query = query.where(Article.id.in_(list(article_ids)))
        rows = self._session.execute(query.order_by(Article.id))
        return [
            ArticleRow(
                id=row[0],
                outlet=row[1],
                title=row[2],
                published=row[3],
                authors=tuple(row[4] or ()),
                words=row[5],
                quotes=row[6],
                url=row[7],
                near_duplicate_of=row[8],
            )
            for row in rows
        ]

    def search(self, words: Sequence[str]) -> set[int]:
        """Ids of articles whose headline, outlet, authors or text hold every word.

        Matching is done here rather than with SQL LIKE, which folds case for ASCII only
        on SQLite; Cyrillic and accented text must match case-insensitively too.
        """
        folded = [word.casefold() for word in words if word.strip()]
        query = select(Article.id, Article.title, Outlet.name, Article.authors, Article.text).join(
            Outlet, Article.outlet_id == Outlet.id
        )
        found: set[int] = set()
        for article_id, title, outlet, authors, text in self._session.execute(query):
            haystack = " ".join((title, outlet, *(authors or ()), text)).casefold()
            if all(word in haystack for word in folded):
                found.add(article_id)
        return found

    def quote_texts(self) -> dict[int, list[str]]:
        """Every article's quote texts by article id (articles without quotes left out)."""
        query = select(QuoteRow.article_id, QuoteRow.text).order_by(
            QuoteRow.article_id, QuoteRow.position
        )
        texts: dict[int, list[str]] = {}
        for article_id, text in self._session.execute(query):
            texts.setdefault(article_id, []).append(text)
        return texts

    def detail(self, article_id: int) -> ArticleDetail:
        """An article's text and quotes, speakers under their canonical names."""
        article = self._get(article_id)
        (row,) = self.list_rows([article_id])
        quotes = tuple(_quote(quote) for quote in article.quotes)
        reported = tuple(_reported(item) for item in article.reported)
        return ArticleDetail(
            row=row,
            text=article.text,
            quotes=quotes,
            reported=reported,
            language=article.language,
            source_filename=article.source_filename,
            user_edited=frozenset(article.user_edited or ()),
        )

    def quote_ids(self, article_id: int) -> list[int]:
        """Database ids of an article's quotes, by position."""
        query = select(QuoteRow.id).where(QuoteRow.article_id == article_id)
        return list(self._session.scalars(query.order_by(QuoteRow.position)))

    def reported_ids(self, article_id: int) -> list[int]:
        query = select(ReportedSpeechRow.id).where(ReportedSpeechRow.article_id == article_id)
        return list(self._session.scalars(query.order_by(ReportedSpeechRow.position)))

    def existing_ids(self, article_ids: Sequence[int]) -> set[int]:
        query = select(Article.id).where(Article.id.in_(list(article_ids)))
        return set(self._session.scalars(query))

    def _get(self, article_id: int) -> Article:
        article = self._session.get(Article, article_id)
        if article is None:
            raise NotFoundError(f"There is no article #{article_id}.")
        return article

    def _outlet(self, name: str, url: str, *, typed: bool = False) -> Outlet:
        """The outlet called `name` (created on first sight); `typed`: the user chose it."""
        # Column limits matter on PostgreSQL (SQLite ignores them): clip, never fail.
        name = " ".join(name.split())[:300]
        domain = _clip(_domain(url), 300)
        if domain and not typed and (not name or name == readable_domain(url)):
            # Only the address names this page. The name the library already gives that
            # domain (from another page of it, or the user's edit) is the better guess.
            known = self._outlet_named_for(domain, url, other_than=name)
            if known is not None:
                return known
        name = name or domain or "Unknown outlet"
        outlet = self._session.scalars(select(Outlet).where(Outlet.name == name)).first()
        if outlet is None:
            outlet = Outlet(name=name, domain=domain)
            self._session.add(outlet)
            self._session.flush()
        elif outlet.domain is None and domain:
            outlet.domain = domain
        return outlet

    def _outlet_named_for(self, domain: str, url: str, other_than: str) -> Outlet | None:
        """The outlet (most articles first) that names pages of `domain`.

        Only a name the user gave that domain (an edit or a merge of one of its
        articles), or a name that matches the address, counts: a wire story on a portal
        must not lend the portal the wire's name.
        """
        query = (
            select(Outlet)
            .outerjoin(Article, Article.outlet_id == Outlet.id)
            .where(Outlet.domain == domain, Outlet.name != other_than)
            .group_by(Outlet.id)
            .order_by(func.count(Article.id).desc(), Outlet.id)
        )
        address_name = readable_domain(url)
        for outlet in self._session.scalars(query):
            if names_agree(outlet.name, address_name) or self._named_by_user(outlet.id, domain):
                return outlet
        return None

    def _named_by_user(self, outlet_id: int, domain: str) -> bool:
        """Whether the user put an article of `domain` under this outlet (edit or merge)."""
        rows = self._session.execute(
            select(Article.url, Article.user_edited).where(Article.outlet_id == outlet_id)
        )
        return any("outlet" in (edited or ()) and _domain(url) == domain for url, edited in rows)


def canonical_url(url: str) -> str | None:
    """A comparable form of a URL: lower-case host, no fragment, no tracking, no final slash."""
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith(("utm_", "fbclid", "gclid"))
    ]
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def _clip(value: str | None, limit: int) -> str | None:
    return value[:limit] if value is not None else None


def _domain(url: str) -> str | None:
    host = urlsplit(url.strip()).netloc.lower().removeprefix("www.")
    return host or None


def _table(model: type[Article | QuoteRow | ReportedSpeechRow | ArticleBand]) -> Table:
    return cast(Table, model.__table__)


def _existing(article: Article) -> ExistingArticle:
    return ExistingArticle(id=article.id, title=article.title, outlet=article.outlet.name)


def _quote(row: QuoteRow) -> Quote:
    speaker = row.speaker.name if row.speaker is not None else row.speaker_written
    return Quote(
        text=row.text,
        start=row.start,
        end=row.end,
        speaker=speaker,
        kind="fragment" if row.kind == "fragment" else "quote",
        cue=row.cue,
        verb=row.verb,
        spans=tuple((int(span[0]), int(span[1])) for span in row.spans or ()),
    )


def _reported(row: ReportedSpeechRow) -> ReportedSpeech:
    speaker = row.speaker.name if row.speaker is not None else row.speaker_written
    return ReportedSpeech(
        text=row.text,
        start=row.start,
        end=row.end,
        speaker=speaker,
        cue=row.cue,
        verb=row.verb,
    )
