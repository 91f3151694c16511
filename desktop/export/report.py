"""The comparison report as frozen plain data: sources, per-outlet summary, statements."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from desktop.core.continuity import utterance_runs
from desktop.core.diff import word_diff
from desktop.core.flags import speaker_key_function
from desktop.core.matching import ArticleVersion, article_versions, primary_members
from desktop.core.model import (
    ArticleQuotes,
    CellState,
    Comparison,
    Flag,
    Quote,
    Statement,
    StatementMember,
    WordDiff,
)
from desktop.core.story_figures import FigureFact, compare_story_figures

StatementOrder = Literal["divergence", "appearance"]
Differ = Callable[[str, str], WordDiff]

# Order of the cell states in the summary table and in the CSV; "absent" last.
CELL_STATES: tuple[CellState, ...] = ("verbatim", "variant", "partial", "paraphrase", "absent")

# A flag is worth this many similarity points when ranking statements by divergence,
# so two statements equally reworded rank the one with a figure change or cut first.
_FLAG_WEIGHT = 5.0


@dataclass(frozen=True)
class SourceInfo:
    """One article of the story, as the report needs it (built by the services layer)."""

    key: int  # ArticleQuotes.key of this article in the comparison
    outlet: str
    title: str
    published: str | None
    url: str
    text: str
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class OutletSummary:
    """How one outlet reported the story's statements, counted by cell state."""

    key: int
    outlet: str
    counts: tuple[tuple[CellState, int], ...]  # in CELL_STATES order

    def count(self, state: CellState) -> int:
        return dict(self.counts).get(state, 0)


@dataclass(frozen=True)
class OutletVersion:
    """One outlet's version of a statement; `state` is "absent" when it has none."""

    key: int
    outlet: str
    state: CellState
    is_reference: bool
    similarity: float | None = None
    text: str = ""
    speaker: str | None = None
    cue: str | None = None
    flags: tuple[Flag, ...] = ()
    diff: WordDiff | None = None  # against the reference; None for the reference itself


@dataclass(frozen=True)
class StatementEntry:
    """One statement of the report with every outlet's version (absent ones included)."""

    number: int  # 1-based, in report order
    appearance: int  # 1-based position in the comparison (order of first appearance)
    speaker: str | None
    reference: str
    reference_outlet: str
    divergence: float
    versions: tuple[OutletVersion, ...]  # one per source, in source order
    # Further versions of outlets that quoted the statement more than once; each
    # outlet's entry in `versions` is its closest one (or the reference).
    others: tuple[OutletVersion, ...] = ()

    @property
    def present(self) -> tuple[OutletVersion, ...]:
        return tuple(version for version in self.versions if version.state != "absent")

    @property
    def absent(self) -> tuple[str, ...]:
        return tuple(version.outlet for version in self.versions if version.state == "absent")


@dataclass(frozen=True)
class Report:
    """Everything the PDF, CSV and JSON exports print, computed once."""

    story: str
    generated: datetime
    version: str
    order: StatementOrder
    sources: tuple[SourceInfo, ...]
    summary: tuple[OutletSummary, ...]
    statements: tuple[StatementEntry, ...]
    # Figures stated outside quotes by two or more sources, differing ones first.
    figures: tuple[FigureFact, ...] = ()


def build_report(
    story_name: str,
    sources: Sequence[SourceInfo],
    comparison: Comparison,
    *,
    generated: datetime,
    version: str,
    order: StatementOrder = "divergence",
    differ: Differ = word_diff,
) -> Report:
    """Build the report of one story.

    Statements come most divergent first (`order="divergence"`, ties keep their order
    of first appearance) or in order of first appearance (`order="appearance"`).
    An article with no member in a statement is "absent" from it.
    """
    articles = {article.key: article for article in comparison.articles}
    # Each article's utterance runs, read once for the whole report, not per statement.
    key = speaker_key_function()
    runs = {a.key: utterance_runs(a.text, a.quotes, key) for a in comparison.articles}
    entries = [
        _statement_entry(index + 1, statement, sources, (articles, runs), differ)
        for index, statement in enumerate(comparison.statements)
    ]
    if order == "divergence":
        entries.sort(key=lambda entry: (-entry.divergence, entry.appearance))
    numbered = tuple(
        dataclasses.replace(entry, number=number) for number, entry in enumerate(entries, start=1)
    )
    return Report(
        story=story_name,
        generated=generated,
        version=version,
        order=order,
        sources=tuple(sources),
        summary=_summarise(sources, numbered),
        statements=numbered,
        figures=compare_story_figures(comparison.articles),
    )


def _statement_entry(
    appearance: int,
    statement: Statement,
    sources: Sequence[SourceInfo],
    texts: tuple[dict[int, ArticleQuotes], dict[int, list[tuple[int, ...]]]],
    differ: Differ,
) -> StatementEntry:
    articles, runs = texts  # each article and its utterance runs, by key
    reference_member = _reference_member(statement)
    reference = statement.reference_text or (
        _member_text(reference_member, articles, sources)[0] if reference_member else ""
    )

    def version(member: StatementMember, source: SourceInfo) -> OutletVersion:
        text, speaker, cue = _member_text(member, articles, sources)
        is_reference = member is reference_member
        return OutletVersion(
            key=source.key,
            outlet=source.outlet,
            state=member.relation,
            is_reference=is_reference,
            similarity=member.similarity,
            text=text,
            speaker=speaker,
            cue=cue,
            flags=member.flags,
            diff=None if is_reference else differ(reference, text),
        )

    def joined(printed: ArticleVersion, source: SourceInfo) -> OutletVersion:
        # Pieces of one utterance are shown as one version, as the flags judge them.
        first = version(printed.members[0], source)
        is_reference = any(member is reference_member for member in printed.members)
        return dataclasses.replace(
            first,
            is_reference=is_reference,
            text=printed.text,
            cue=printed.cue,
            diff=None if is_reference else differ(reference, printed.text),
        )

    versions: list[OutletVersion] = []
    others: list[OutletVersion] = []
    reference_outlet = ""
    for source in sources:
        main = _member_for(statement, source.key, reference_member)
        if main is None:
            versions.append(OutletVersion(source.key, source.outlet, "absent", False))
            continue
        article = articles.get(source.key)
        if article is None:  # only the stored quotes: each member on its own
            rest = [m for m in statement.members if m.article == source.key and m is not main]
            shown = [version(member, source) for member in (main, *rest)]
        else:
            printed = article_versions(statement, article, runs[source.key])
            shown = [joined(p, source) for p in printed]
        versions.append(shown[0])
        others.extend(shown[1:])
        if shown[0].is_reference:
            reference_outlet = source.outlet
    return StatementEntry(
        number=appearance,
        appearance=appearance,
        speaker=statement.speaker,
        reference=reference,
        reference_outlet=reference_outlet,
        divergence=_divergence(statement),
        versions=tuple(versions),
        others=tuple(others),
    )


def _reference_member(statement: Statement) -> StatementMember | None:
    if not statement.members:
        return None
    index = statement.reference if 0 <= statement.reference < len(statement.members) else 0
    return statement.members[index]


def _member_for(
    statement: Statement, key: int, reference: StatementMember | None
) -> StatementMember | None:
    """The member that stands for an article: the reference if it is this article's,
    else its best version (matching.primary_members, as in the statements table)."""
    members = [member for member in statement.members if member.article == key]
    if reference is not None and any(member is reference for member in members):
        return reference
    return next((m for m in primary_members(statement) if m.article == key), None)


def _member_text(
    member: StatementMember,
    articles: dict[int, ArticleQuotes],
    sources: Sequence[SourceInfo],
) -> tuple[str, str | None, str | None]:
    """(text, speaker, cue) of a member's quote or reported-speech sentence."""
    article = articles.get(member.article)
    if member.quote is not None:
        quotes = article.quotes if article else _source_quotes(sources, member.article)
        if 0 <= member.quote < len(quotes):
            quote = quotes[member.quote]
            return quote.text, quote.speaker, quote.cue
    elif member.reported is not None and article and 0 <= member.reported < len(article.reported):
        speech = article.reported[member.reported]
        return speech.text, speech.speaker, speech.cue
    return "", None, None


def _source_quotes(sources: Sequence[SourceInfo], key: int) -> tuple[Quote, ...]:
    return next((source.quotes for source in sources if source.key == key), ())


def _divergence(statement: Statement) -> float:
    """How far the outlets' versions drift apart: 0 when all agree verbatim.

    The lowest similarity to the reference counts, plus a weight per flag; a statement
    only one outlet quoted has nothing to drift from, so only its flags count.
    """
    flags = sum(len(member.flags) for member in statement.members)
    # Each outlet by its best version: a second, shorter piece is no extra drift.
    reference = _reference_member(statement)
    others = [member.similarity for member in primary_members(statement) if member is not reference]
    drift = 100.0 - min(others) if others else 0.0
    return max(0.0, drift) + _FLAG_WEIGHT * flags


def _summarise(
    sources: Sequence[SourceInfo], statements: Sequence[StatementEntry]
) -> tuple[OutletSummary, ...]:
    summaries = []
    for position, source in enumerate(sources):
        counts = dict.fromkeys(CELL_STATES, 0)
        for entry in statements:
            counts[entry.versions[position].state] += 1
        summaries.append(
            OutletSummary(
                key=source.key,
                outlet=source.outlet,
                counts=tuple((state, counts[state]) for state in CELL_STATES),
            )
        )
    return tuple(summaries)
