"""The report HTML: escaped imported text, visible diff marks, legend, every section."""

from __future__ import annotations

import dataclasses
import re

from desktop.core.diff import word_diff
from desktop.export.html_report import (
    DELETE_STYLE,
    INSERT_STYLE,
    diff_html,
    display_date,
    render_html,
)
from desktop.export.report import Report


def _marked(html: str, style: str) -> list[str]:
    return re.findall(rf"<span style='{re.escape(style)}'>(.*?)</span>", html)


def test_quote_text_cannot_inject_markup(report: Report) -> None:
    html = render_html(report)

    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; friends," in html
    # the URL's query string is escaped too
    assert "ferry?x=1&amp;y=2" in html


def test_story_name_is_escaped(report: Report) -> None:
    hostile = dataclasses.replace(report, story="<img src='http://tracker.example/x.png'>")

    html = render_html(hostile)

    assert "<img" not in html
    assert "&lt;img src=&#x27;http://tracker.example/x.png&#x27;&gt;" in html


def test_changed_figure_is_struck_and_its_replacement_underlined() -> None:
    reference = "Our pay rose 2,400 crowns in ten years."
    version = "Our pay rose 2,000 crowns in ten years,"

    html = diff_html(word_diff(reference, version), version, reference)

    assert _marked(html, DELETE_STYLE) == ["2,400"]
    assert _marked(html, INSERT_STYLE) == ["2,000"]
    assert "line-through" in DELETE_STYLE and "underline" in INSERT_STYLE
    # with the marks removed, the version reads as printed plus the struck words
    plain = re.sub(r"<[^>]+>", "", html)
    assert plain == "Our pay rose 2,400 2,000 crowns in ten years,"


def test_cut_words_are_struck_where_they_were_cut() -> None:
    reference = "We will not leave them — not for one day."
    version = "We will not leave them."

    html = diff_html(word_diff(reference, version), version, reference)

    # punctuation is ignored by the diff, so the dash is not marked as cut
    assert _marked(html, DELETE_STYLE) == ["not for one day"]
    assert re.sub(r"<[^>]+>", "", html) == "We will not leave them not for one day."


def test_added_words_at_the_start_are_underlined() -> None:
    reference = "the ferries stop at dawn"
    version = "Tomorrow the ferries stop at dawn"

    html = diff_html(word_diff(reference, version), version, reference)

    assert _marked(html, INSERT_STYLE) == ["Tomorrow"]
    assert _marked(html, DELETE_STYLE) == []


def test_html_holds_every_section_and_the_legend(report: Report) -> None:
    html = render_html(report)

    for heading in ("Sources", "Summary", "How to read the statements", "Statements"):
        assert f">{heading}</h2>" in html
    assert "struck-through words" in html and "underlined bold words" in html
    assert "Parallax version" in html and "9.8.7" in html
    assert "2031-05-17" in html
    assert "Вестник Заречья" in html and "Мирослава Дубравина" in html
    assert "Not reported by</span> <b>Вестник Заречья</b>" in html
    assert "Figures differ" in html and "2,000 instead of 2,400" in html
    assert "Attribution: <i>she claimed</i>" in html
    assert "most divergent first" in html


def test_html_refers_to_no_external_resource(report: Report) -> None:
    html = render_html(report).lower()

    for reference in ("<img", "src=", "href=", "url(", "@import", "<link"):
        assert reference not in html


def test_publication_dates_read_as_dates() -> None:
    assert display_date("2025-03-12") == "2025-03-12"
    assert display_date("2025-03-12T16:40:00+01:00") == "2025-03-12 16:40 +01:00"
    assert display_date("2025-03-12T16:40:00Z") == "2025-03-12 16:40 +00:00"
    assert display_date("2025-03-12T16:40:00") == "2025-03-12 16:40"
    assert display_date(None) == "unknown"
    assert display_date("spring 2025") == "spring 2025"


def test_a_version_differing_only_in_typography_says_so(report: Report) -> None:
    html = render_html(report)
    dawn = html[html.index("&ldquo;The ferries stop at dawn.&rdquo;") :]
    dawn = dawn[: dawn.index("</table>")]

    # "the ferries stop at dawn." has no word changed: no marks, but a plain note
    assert "only punctuation, letter case or typography differ" in dawn
    assert "line-through" not in dawn and "underline" not in dawn


def test_a_statement_quoted_by_one_outlet_prints_its_words_once(report: Report) -> None:
    html = render_html(report)
    alone = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; friends,"
    assert html.count(alone) == 1
    assert "Quoted only by" in html
    # Statements quoted by several outlets still show the reference in their heading.
    assert "reference wording from" in html
    assert "&ldquo;The ferries stop at dawn.&rdquo;</p></td></tr>" in html
