"""The report model: absent outlets, per-outlet summary, statement order, diffs."""

from __future__ import annotations

import dataclasses

from report_fixtures import GENERATED, STORY, story_comparison, story_sources

from desktop.core.model import Statement, StatementMember
from desktop.export.html_report import render_html
from desktop.export.report import Report, build_report
from desktop.export.tabular import csv_rows, report_document


def _by_speaker_and_reference(report: Report, reference: str) -> int:
    return next(i for i, s in enumerate(report.statements) if s.reference == reference)


def test_an_outlet_without_a_member_is_absent(report: Report) -> None:
    pay = report.statements[
        _by_speaker_and_reference(report, "Our pay rose 2,400 crowns in ten years.")
    ]

    assert pay.absent == ("Вестник Заречья",)
    assert [v.outlet for v in pay.present] == ["Northgate Herald", "Riverside Courier"]
    # every statement lists every source, in source order
    assert all(
        [v.outlet for v in entry.versions]
        == ["Northgate Herald", "Riverside Courier", "Вестник Заречья"]
        for entry in report.statements
    )


def test_summary_counts_each_outlets_cell_states(report: Report) -> None:
    summary = {s.outlet: dict(s.counts) for s in report.summary}

    assert summary["Northgate Herald"] == {
        "verbatim": 3, "variant": 0, "partial": 0, "paraphrase": 0, "absent": 1,
    }  # fmt: skip
    assert summary["Riverside Courier"] == {
        "verbatim": 2, "variant": 1, "partial": 1, "paraphrase": 0, "absent": 0,
    }  # fmt: skip
    assert summary["Вестник Заречья"]["paraphrase"] == 1
    assert summary["Вестник Заречья"]["absent"] == 3
    # each outlet's counts add up to the number of statements
    assert all(sum(dict(s.counts).values()) == len(report.statements) for s in report.summary)


def test_statements_are_ordered_by_divergence_then_first_appearance(report: Report) -> None:
    assert report.order == "divergence"
    # cut + paraphrased first, then the changed figure, then the two that agree
    assert [s.appearance for s in report.statements] == [1, 3, 2, 4]
    assert [s.number for s in report.statements] == [1, 2, 3, 4]
    divergences = [s.divergence for s in report.statements]
    assert divergences == sorted(divergences, reverse=True)


def test_appearance_order_keeps_the_comparison_order() -> None:
    report = build_report(
        STORY,
        story_sources(),
        story_comparison(),
        generated=GENERATED,
        version="1",
        order="appearance",
    )

    assert [s.appearance for s in report.statements] == [1, 2, 3, 4]
    assert report.statements[0].reference.startswith("We will not leave")


def test_versions_carry_text_cue_flags_and_a_diff_against_the_reference(
    report: Report,
) -> None:
    pay = report.statements[
        _by_speaker_and_reference(report, "Our pay rose 2,400 crowns in ten years.")
    ]
    herald, courier, _ = pay.versions

    assert herald.is_reference and herald.diff is None
    assert courier.text == "Our pay rose 2,000 crowns in ten years,"
    assert courier.cue == "she claimed"
    assert [f.kind for f in courier.flags] == ["figures_differ", "different_verb"]
    assert courier.diff is not None and courier.diff.changed
    changed = [
        courier.diff.ver_tokens[i].text
        for c in courier.diff.chunks
        if c.tag != "equal"
        for i in range(c.ver_start, c.ver_end)
    ]
    assert changed == ["2,000"]


def test_a_paraphrase_takes_its_text_from_the_reported_speech(report: Report) -> None:
    stranded = report.statements[0]
    vestnik = stranded.versions[2]

    assert vestnik.state == "paraphrase"
    assert vestnik.text == "Brandt said the city would not leave islanders stranded."
    assert vestnik.cue == "Brandt said"


def test_reference_text_falls_back_to_the_reference_members_quote() -> None:
    comparison = story_comparison()
    statement = Statement(
        speaker="Ilse Brandt",
        members=(
            StatementMember(12, 0, "partial", 80.0),
            StatementMember(11, 0, "verbatim", 100.0),
        ),
        reference=1,
    )
    comparison = dataclasses.replace(comparison, statements=(statement,))

    report = build_report(STORY, story_sources(), comparison, generated=GENERATED, version="1")

    entry = report.statements[0]
    assert entry.reference == "We will not leave the islanders stranded — not for one day,"
    assert entry.reference_outlet == "Northgate Herald"
    assert [v.is_reference for v in entry.versions] == [True, False, False]


def test_a_story_without_statements_still_has_sources_and_a_summary() -> None:
    comparison = dataclasses.replace(story_comparison(), statements=())

    report = build_report(STORY, story_sources(), comparison, generated=GENERATED, version="1")

    assert report.statements == ()
    assert len(report.sources) == 3
    assert all(sum(dict(s.counts).values()) == 0 for s in report.summary)


def test_an_outlet_quoting_a_statement_twice_counts_by_its_changed_version() -> None:
    # An exact excerpt beside a version with changed words: the changed one is what a
    # fact-checker must see ("partial" only when every part is an excerpt).
    comparison = story_comparison()
    statement = Statement(
        speaker="Ilse Brandt",
        members=(
            StatementMember(11, 0, "verbatim", 100.0),
            StatementMember(12, 3, "variant", 40.0),
            StatementMember(12, 0, "partial", 78.0),
        ),
    )
    comparison = dataclasses.replace(comparison, statements=(statement,))

    report = build_report(STORY, story_sources(), comparison, generated=GENERATED, version="1")

    entry = report.statements[0]
    courier = entry.versions[1]
    assert (courier.state, courier.similarity) == ("variant", 40.0)
    assert report.summary[1].count("variant") == 1 and report.summary[1].count("partial") == 0
    # the other version is kept for the exports, not lost
    assert [(v.outlet, v.state, v.similarity) for v in entry.others] == [
        ("Riverside Courier", "partial", 78.0)
    ]
    assert entry.others[0].text == "We will not leave the islanders stranded,"
    rows = list(csv_rows(report))
    assert [r["relation"] for r in rows] == ["verbatim", "variant", "partial", "absent"]
    members = report_document(report)["statements"][0]["members"]
    assert [m["similarity"] for m in members] == [100.0, 40.0, 78.0]
    assert "quoted again" in render_html(report)
