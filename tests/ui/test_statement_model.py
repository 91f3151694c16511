"""Statements table: rows built from a comparison, model contract, filters, detail HTML."""

# pytest-qt's qtmodeltester.check and qtbot.mouseClick are untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.model import (
    ArticleQuotes,
    Comparison,
    Flag,
    Quote,
    Statement,
    StatementMember,
)
from desktop.ui.detail_html import statement_html
from desktop.ui.safe_browser import SafeTextBrowser
from desktop.ui.statement_model import (
    ROW_ROLE,
    StatementFilterProxy,
    StatementTableModel,
    build_statement_rows,
)

HARBOUR_A = "The harbour master said: “We will reopen the quay by May.” Nothing else."
HARBOUR_B = "“We will reopen the old quay by June,” the harbour master said. <b>Storm</b>"
HARBOUR_C = "Ferries are late. “Tickets stay at 4 crowns,” said Ilse Marrow."


def _quote(text: str, needle: str, speaker: str, cue: str) -> Quote:
    start = text.index(needle)
    return Quote(needle, start, start + len(needle), speaker, "quote", cue=cue, verb="said")


def comparison() -> Comparison:
    a = ArticleQuotes(
        1,
        "Quay Courier",
        HARBOUR_A,
        (_quote(HARBOUR_A, "We will reopen the quay by May.", "Ruth Quayle", "said"),),
    )
    b = ArticleQuotes(
        2,
        "Harbour <Post>",
        HARBOUR_B,
        (_quote(HARBOUR_B, "We will reopen the old quay by June,", "Ruth Quayle", "said"),),
    )
    c = ArticleQuotes(
        3,
        "Ferry Times",
        HARBOUR_C,
        (_quote(HARBOUR_C, "Tickets stay at 4 crowns,", "Ilse Marrow", "said"),),
    )
    reopening = Statement(
        "Ruth Quayle",
        (
            StatementMember(1, 0, "verbatim", 100.0),
            StatementMember(2, 0, "variant", 81.0, flags=(Flag("figures_differ", "May <-> June"),)),
        ),
        reference=0,
        reference_text="We will reopen the quay by May.",
    )
    tickets = Statement(
        "Ilse Marrow",
        (StatementMember(3, 0, "verbatim", 100.0),),
        reference_text="Tickets stay at 4 crowns,",
    )
    return Comparison((a, b, c), (reopening, tickets))


def test_rows_show_one_cell_per_outlet_with_state_and_divergence() -> None:
    rows = build_statement_rows(comparison())
    assert [row.speaker for row in rows] == ["Ruth Quayle", "Ilse Marrow"]
    reopening, tickets = rows
    assert [cell.label for cell in reopening.cells] == ["verbatim", "variant 81%", "absent"]
    assert reopening.cells[1].flags == ("figures_differ",)
    assert reopening.outlets == 2 and reopening.changed
    # Two outlets left out the ticket price: it diverges more than the quay statement.
    assert tickets.divergence > reopening.divergence


def test_statement_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = StatementTableModel()
    model.set_comparison(comparison())
    qtmodeltester.check(model, force_py=True)
    model.set_comparison(None)  # a reset while the tester watches
    assert model.rowCount() == 0


def test_statement_proxy_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = StatementTableModel()
    model.set_comparison(comparison())
    proxy = StatementFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_speaker("Ruth Quayle")
    assert proxy.rowCount() == 1


def test_outlet_cells_are_labelled_and_columns_named(qtbot: QtBot) -> None:
    model = StatementTableModel()
    model.set_comparison(comparison())
    assert model.columnCount() == 4 + 3
    assert model.headerData(5, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == (
        "Harbour <Post>"
    )
    assert model.index(0, 5).data() == "variant 81% ⚑"
    assert model.index(1, 4).data() == "absent"


def test_filters_by_speaker_and_kind_and_sorts_by_divergence(qtbot: QtBot) -> None:
    model = StatementTableModel()
    model.set_comparison(comparison())
    proxy = StatementFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_speaker("Ilse Marrow")
    assert [proxy.index(r, 0).data(ROW_ROLE).speaker for r in range(proxy.rowCount())] == [
        "Ilse Marrow"
    ]
    proxy.set_speaker(None)
    proxy.set_difference_kind("variant")
    assert proxy.rowCount() == 1
    proxy.set_difference_kind("flagged")
    assert proxy.index(0, 0).data(ROW_ROLE).speaker == "Ruth Quayle"
    proxy.set_difference_kind(None)
    from PySide6.QtCore import Qt

    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(ROW_ROLE).speaker == "Ilse Marrow"


def test_detail_html_escapes_imported_text_and_marks_changes(qtbot: QtBot) -> None:
    data = comparison()
    html = statement_html(data, data.statements[0])
    assert "Harbour &lt;Post&gt;" in html and "<Post>" not in html
    # "May" was changed to "June" and "old" added: struck out and underlined.
    assert "<s " in html and ">May</s>" in html.replace("\n", "")
    assert "June" in html and "<u " in html
    assert "different figures" in html and "May &lt;-&gt; June" in html
    assert "Ferry Times" in html and "did not report" in html
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(html)
    text = browser.toPlainText()
    assert "Harbour <Post>" in text and "We will reopen the old quay by June" in text


def test_safe_browser_refuses_remote_resources_and_navigation(qtbot: QtBot) -> None:
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml('<p>x<img src="https://tracker.example/pixel.png"></p>')
    browser.grab()  # forces layout, which asks for the image
    assert browser.openLinks() is False
    assert "https://tracker.example/pixel.png" in browser.refused
    from PySide6.QtCore import QUrl

    browser.setSource(QUrl("https://tracker.example/page.html"))
    assert "https://tracker.example/page.html" in browser.refused
    assert "x" in browser.toPlainText()
