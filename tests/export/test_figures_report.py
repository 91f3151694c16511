"""The report's Figures table: figures stated outside quotes, compared across sources."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.model import ArticleQuotes, Comparison
from desktop.export.html_report import render_html
from desktop.export.pdf_writer import write_pdf
from desktop.export.report import Report, SourceInfo, build_report

TEXTS = {
    21: "The strike idled 1,240 ferry workers on Monday. Talks resume on Friday.",
    22: "Some 1 240 ferry workers stopped work, the union said. Talks resume Friday.",
    23: "The strike idled 1,420 ferry workers <on> Monday, organisers said.",
}
OUTLETS = {21: "Lakeside Post", 22: "Vesna & Sons Radio", 23: "Pier Journal"}


def figures_report() -> Report:
    sources = tuple(
        SourceInfo(key, OUTLETS[key], f"Strike {key}", "2031-05-16", "", text, ())
        for key, text in TEXTS.items()
    )
    articles = tuple(ArticleQuotes(key, OUTLETS[key], text, ()) for key, text in TEXTS.items())
    return build_report(
        "Ferry strike",
        sources,
        Comparison(articles, ()),
        generated=datetime(2031, 5, 17, tzinfo=UTC),
        version="1",
    )


def test_the_report_holds_facts_printed_by_two_or_more_sources() -> None:
    report = figures_report()
    (workers,) = report.figures
    assert workers.differs
    assert [m.figure.raw for m in workers.mentions] == ["1,240", "1 240", "1,420"]


def test_the_figures_table_follows_the_summary_and_marks_the_odd_value() -> None:
    html = render_html(figures_report())
    assert html.index("<h2>Summary</h2>") < html.index("<h2>Figures</h2>")
    assert html.index("<h2>Figures</h2>") < html.index("<h2>How to read")
    table = html[html.index("<h2>Figures</h2>") : html.index("<h2>How to read")]
    assert "<b>&ne; 1,420</b>" in table
    assert ">1,240<" in table and ">1 240<" in table
    assert "Vesna &amp; Sons Radio" in table


def test_without_shared_figures_the_section_says_so() -> None:
    report = figures_report()
    lonely = dataclasses.replace(report, figures=())
    html = render_html(lonely)
    assert "No figure stated outside quotation marks" in html


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler)")
def test_the_figures_table_is_in_the_pdf_text(tmp_path: Path) -> None:
    path = tmp_path / "figures.pdf"
    write_pdf(render_html(figures_report()), path, title="Ferry strike")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Figures" in text and "≠ 1,420" in text and "1 240" in text
