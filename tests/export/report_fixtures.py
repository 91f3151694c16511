"""A fictional three-outlet story, built from the core dataclasses, for the export tests.

Every name, outlet and sentence here is invented for the tests."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.core.model import (
    ArticleQuotes,
    Comparison,
    Flag,
    Quote,
    ReportedSpeech,
    Statement,
    StatementMember,
)
from desktop.export.report import Report, SourceInfo, StatementOrder, build_report

STORY = "Ferry strike at Lake Vesna"
GENERATED = datetime(2031, 5, 17, 9, 30, tzinfo=UTC)

HERALD_TEXT = (
    "Mayor Ilse Brandt spoke on Monday. "
    "“We will not leave the islanders stranded — not for one day,” Brandt said. "
    "Union leader Мирослава Дубравина answered: “The ferries stop at dawn.” "
    "She added: “Our pay rose 2,400 crowns in ten years.”"
)
COURIER_TEXT = (
    "“We will not leave the islanders stranded,” the mayor told reporters. "
    "Дубравина said “the ferries stop at dawn.” "
    "“Our pay rose 2,000 crowns in ten years,” she claimed. "
    "“<script>alert('x')</script> & friends,” a bystander shouted."
)
VESTNIK_TEXT = (
    "Мэр Ильзе Брандт заявила: «Мы не оставим островитян без связи». "
    "Brandt said the city would not leave islanders stranded."
)


def _quote(text: str, source: str, speaker: str | None, cue: str | None) -> Quote:
    start = source.index(text)
    return Quote(text, start, start + len(text), speaker, "quote", cue, "said")


def _articles() -> tuple[ArticleQuotes, ...]:
    herald = ArticleQuotes(
        key=11,
        outlet="Northgate Herald",
        text=HERALD_TEXT,
        quotes=(
            _quote(
                "We will not leave the islanders stranded — not for one day,",
                HERALD_TEXT,
                "Ilse Brandt",
                "Brandt said",
            ),
            _quote("The ferries stop at dawn.", HERALD_TEXT, "Мирослава Дубравина", "answered"),
            _quote(
                "Our pay rose 2,400 crowns in ten years.",
                HERALD_TEXT,
                "Мирослава Дубравина",
                "She added",
            ),
        ),
        published="2031-05-12",
    )
    courier = ArticleQuotes(
        key=12,
        outlet="Riverside Courier",
        text=COURIER_TEXT,
        quotes=(
            _quote(
                "We will not leave the islanders stranded,",
                COURIER_TEXT,
                "Ilse Brandt",
                "the mayor told reporters",
            ),
            _quote("the ferries stop at dawn.", COURIER_TEXT, "Мирослава Дубравина", "said"),
            _quote(
                "Our pay rose 2,000 crowns in ten years,",
                COURIER_TEXT,
                "Мирослава Дубравина",
                "she claimed",
            ),
            _quote(
                "<script>alert('x')</script> & friends,",
                COURIER_TEXT,
                None,
                "a bystander shouted",
            ),
        ),
        published="2031-05-13",
    )
    reported_text = "Brandt said the city would not leave islanders stranded."
    start = VESTNIK_TEXT.index(reported_text)
    vestnik = ArticleQuotes(
        key=13,
        outlet="Вестник Заречья",
        text=VESTNIK_TEXT,
        quotes=(),
        reported=(
            ReportedSpeech(
                reported_text,
                start,
                start + len(reported_text),
                "Ilse Brandt",
                "Brandt said",
                "said",
            ),
        ),
        published=None,
    )
    return herald, courier, vestnik


def _statements() -> tuple[Statement, ...]:
    stranded = Statement(
        speaker="Ilse Brandt",
        members=(
            StatementMember(11, 0, "verbatim", 100.0),
            StatementMember(12, 0, "partial", 78.0, flags=(Flag("quote_cut", "ends early"),)),
            StatementMember(13, None, "paraphrase", 55.0, reported=0),
        ),
        reference_text="We will not leave the islanders stranded — not for one day,",
    )
    dawn = Statement(
        speaker="Мирослава Дубравина",
        members=(
            StatementMember(11, 1, "verbatim", 100.0),
            StatementMember(12, 1, "verbatim", 100.0),
        ),
        reference_text="The ferries stop at dawn.",
    )
    pay = Statement(
        speaker="Мирослава Дубравина",
        members=(
            StatementMember(11, 2, "verbatim", 100.0),
            StatementMember(
                12,
                2,
                "variant",
                91.0,
                flags=(
                    Flag("figures_differ", "2,000 instead of 2,400"),
                    Flag("different_verb", "“claimed” instead of “added”"),
                ),
            ),
        ),
        reference_text="Our pay rose 2,400 crowns in ten years.",
    )
    shout = Statement(
        speaker=None,
        members=(StatementMember(12, 3, "verbatim", 100.0),),
        reference_text="<script>alert('x')</script> & friends,",
    )
    return stranded, dawn, pay, shout


def story_sources() -> tuple[SourceInfo, ...]:
    articles = _articles()
    meta = {
        11: (
            "Mayor vows “no stranded islanders” as ferry strike looms",
            "https://herald.example/a",
        ),
        12: ("Ferry crews walk out — mayor responds", "https://courier.example/ferry?x=1&y=2"),
        13: ("Паромы встали: мэр обещает помощь", ""),
    }
    return tuple(
        SourceInfo(
            key=article.key,
            outlet=article.outlet,
            title=meta[article.key][0],
            published=article.published,
            url=meta[article.key][1],
            text=article.text,
            quotes=article.quotes,
        )
        for article in articles
    )


def story_comparison() -> Comparison:
    return Comparison(articles=_articles(), statements=_statements())


def story_report(order: StatementOrder = "divergence") -> Report:
    return build_report(
        STORY,
        story_sources(),
        story_comparison(),
        generated=GENERATED,
        version="9.8.7",
        order=order,
    )
