"""Synchronised scrolling maths and the word-diff HTML, without any window."""

from __future__ import annotations

from desktop.core.diff import word_diff
from desktop.ui.detail_html import DELETE_OPEN, diff_html, surrounding_sentence
from desktop.ui.scroll_sync import calc_syncpoint, interpolate, monotonic_anchors


def test_syncpoint_is_top_at_start_middle_inside_and_bottom_at_end() -> None:
    assert calc_syncpoint(0, 100, 1000) == 0.0
    assert calc_syncpoint(500, 100, 1000) == 0.5
    assert calc_syncpoint(900, 100, 1000) == 1.0  # scrolled to the very end
    assert 0.0 < calc_syncpoint(25, 100, 1000) < 0.5
    assert calc_syncpoint(10, 0, 0) == 0.0  # no viewport yet


def test_interpolation_between_statement_anchors() -> None:
    anchors = [(0.0, 0.0), (100.0, 300.0), (200.0, 400.0)]
    assert interpolate(anchors, 50.0) == 150.0
    assert interpolate(anchors, 150.0) == 350.0
    assert interpolate(anchors, 250.0) == 450.0  # past the last anchor: keep the offset


def test_crossing_anchors_are_dropped() -> None:
    # The second outlet printed statement 2 before statement 1: that pair would cross.
    pairs = [(0.0, 0.0), (100.0, 500.0), (200.0, 300.0), (300.0, 600.0)]
    assert monotonic_anchors(pairs) == [(0.0, 0.0), (100.0, 500.0), (300.0, 600.0)]


def test_diff_html_strikes_removed_and_underlines_added_words() -> None:
    reference = "We will not be kind to him."
    version = "We will not be nice to him <b>today</b>."
    html = diff_html(word_diff(reference, version), reference, version)
    assert ">kind</s>" in html and ">nice</u>" in html
    # Imported markup is shown as text, never interpreted.
    assert "<b>" not in html and "&lt;" in html and "&gt;today&lt;" in html
    assert html.startswith("We will not be ")


def test_diff_html_keeps_spaces_around_a_deletion() -> None:
    reference = "the barrier will be built this decade"
    version = "the barrier will be this decade"
    html = diff_html(word_diff(reference, version), reference, version)
    plain = html.replace(DELETE_OPEN, "[")
    assert plain.replace("</s>", "]") == "the barrier will be [built] this decade"


def test_surrounding_sentence_finds_the_quote_sentence() -> None:
    text = "First sentence here. “We rebuilt it,” she said. Last one."
    start = text.index("We rebuilt")
    assert surrounding_sentence(text, start, start + 10) == "“We rebuilt it,” she said."


def test_the_context_sentence_runs_past_a_title_abbreviation() -> None:
    text = (
        "The hearing ran long. “You were paid $410,000 last year,” said Sen. Ilse Moran of "
        "Oregon, the committee's top Democrat. Next sentence."
    )
    start = text.index("You were paid")
    assert surrounding_sentence(text, start, start + 20) == (
        "“You were paid $410,000 last year,” said Sen. Ilse Moran of Oregon, the committee's "
        "top Democrat."
    )
