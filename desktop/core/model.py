"""Frozen domain types shared by every layer: articles, quotes, statements, diffs, flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["quote", "fragment"]
Relation = Literal["verbatim", "variant", "partial", "paraphrase"]
CellState = Literal["verbatim", "variant", "partial", "paraphrase", "absent"]
DiffTag = Literal["equal", "insert", "delete", "replace"]
FlagKind = Literal[
    "figures_differ",  # numbers in this version differ from the reference's
    "different_speaker",  # the same words attributed to someone else
    "quote_cut",  # starts/ends mid-sentence, or uses "…" / "[…]"
    "unique_words",  # words inside quote marks that no other outlet has
    "different_verb",  # "said" vs "claimed"
]


@dataclass(frozen=True)
class ExtractedArticle:
    """What import made of one file, before it is stored.

    `text` holds the main text only, paragraphs separated by a blank line ("\\n\\n").
    `published` is an ISO 8601 date or date-time string, or None when unknown.
    """

    title: str
    outlet: str
    url: str
    published: str | None
    authors: tuple[str, ...]
    language: str | None
    text: str


@dataclass(frozen=True)
class Quote:
    """One direct quotation (one utterance) in an article's text.

    `start`/`end` index into the article's `text` and cover the quoted words without
    the quotation marks; a split quote ("If X," he said, "Y.") has two `spans` and
    `text` joins them with a space, while `start`/`end` run from the first span's
    start to the last span's end. `cue` is the attribution as written ("he said",
    "Zelensky told Morgan"); `verb` its reporting verb in lower case ("said").
    """

    text: str
    start: int
    end: int
    speaker: str | None
    kind: QuoteKind
    cue: str | None = None
    verb: str | None = None
    spans: tuple[tuple[int, int], ...] = ()

    def span_list(self) -> tuple[tuple[int, int], ...]:
        """The quoted spans, falling back to (start, end) for single-span quotes."""
        return self.spans or ((self.start, self.end),)


@dataclass(frozen=True)
class ReportedSpeech:
    """A sentence of reported speech ("X said that …"): a paraphrase candidate."""

    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None = None
    verb: str | None = None


@dataclass(frozen=True)
class QuoteAnalysis:
    """Everything quote extraction found in one article's text."""

    quotes: tuple[Quote, ...]
    reported: tuple[ReportedSpeech, ...] = ()


@dataclass(frozen=True)
class ArticleQuotes:
    """One article as statement alignment sees it."""

    key: int  # the caller's identifier (list index or database id)
    outlet: str
    text: str
    quotes: tuple[Quote, ...]
    reported: tuple[ReportedSpeech, ...] = ()
    published: str | None = None


@dataclass(frozen=True)
class Token:
    """A word or punctuation token with its offsets in the source string."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DiffChunk:
    """One run of a word diff, over token indices (the shape of Meld's chunks)."""

    tag: DiffTag
    ref_start: int
    ref_end: int
    ver_start: int
    ver_end: int


@dataclass(frozen=True)
class WordDiff:
    """A version compared with its reference, word by word."""

    ref_tokens: tuple[Token, ...]
    ver_tokens: tuple[Token, ...]
    chunks: tuple[DiffChunk, ...]

    @property
    def changed(self) -> bool:
        return any(chunk.tag != "equal" for chunk in self.chunks)


@dataclass(frozen=True)
class Figure:
    """A number as printed ("45,100", "3m", "three million") and its value."""

    raw: str
    value: float
    start: int
    end: int
    unit: str | None = None


@dataclass(frozen=True)
class Flag:
    """Something a fact-checker should look at, on one member of a statement."""

    kind: FlagKind
    detail: str


@dataclass(frozen=True)
class StatementMember:
    """One article's version of a statement.

    `quote` indexes the article's quotes; for a paraphrase it is None and `reported`
    indexes the article's reported speech instead.
    """

    article: int  # ArticleQuotes.key
    quote: int | None
    relation: Relation
    similarity: float  # 0..100 against the statement's reference version
    reported: int | None = None
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class Statement:
    """The same utterance as quoted by one or more articles."""

    speaker: str | None
    members: tuple[StatementMember, ...]
    reference: int = 0  # index into members of the reference version
    reference_text: str = ""

    @property
    def articles(self) -> frozenset[int]:
        return frozenset(member.article for member in self.members)


@dataclass(frozen=True)
class Comparison:
    """All statements of a story, and which articles took part."""

    articles: tuple[ArticleQuotes, ...]
    statements: tuple[Statement, ...] = field(default_factory=tuple)
