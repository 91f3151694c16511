"""Import that users trust, in the real window: confirm first, open report rows, fix outlets."""

# pytest-qt's qtmodeltester.check and qtbot.mouseClick are untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.extract import extract_file
from desktop.core.model import ExtractedArticle
from desktop.services import library
from desktop.services.importing import import_files
from desktop.ui.article_dialog import ArticleEditDialog
from desktop.ui.import_preview import ImportPreviewDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.outlets_dialog import OutletsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ui"
ARTICLES = sorted(FIXTURES.glob("*-library.txt"))


def choose_files(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, paths: list[Path]
) -> ImportPreviewDialog:
    """File ▸ Import Articles… with `paths`; returns the confirmation once it shows."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], "")
    )
    window.window_actions.import_files.trigger()
    qtbot.waitUntil(lambda: window.import_flow.preview_dialog is not None, timeout=15000)
    dialog = window.import_flow.preview_dialog
    assert dialog is not None
    return dialog


def confirm(qtbot: QtBot, window: MainWindow, dialog: ImportPreviewDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_flow.report_dialog is not None, timeout=15000)


def test_the_confirmation_lists_problems_first_and_imports_only_on_confirm(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import_files(window.db, [ARTICLES[0]])
    window.refresh()
    twin = tmp_path / "northshore-copy.txt"
    shutil.copy(ARTICLES[1], twin)
    paths = [*ARTICLES, twin, FIXTURES / "broken.html"]

    dialog = choose_files(qtbot, window, monkeypatch, paths)

    qtmodeltester.check(dialog.model)
    column = [dialog.model.index(row, 1).data() for row in range(dialog.model.rowCount())]
    assert column == ["Cannot import", "Skip: duplicate", "Skip: duplicate", "Import", "Import"]
    names = [dialog.model.index(row, 0).data() for row in range(3)]
    assert names == ["broken.html", ARTICLES[0].name, "northshore-copy.txt"]
    reasons = [dialog.model.index(row, 2).data() for row in range(3)]
    assert reasons[0] and "Already in the library" in reasons[1]
    assert f"Same article as {ARTICLES[1].name}" in reasons[2]
    assert dialog.import_button.text() == "Import 2 Articles"
    summary = dialog.summary.text()
    assert "5 files" in summary and "2 duplicates" in summary and "1 cannot" in summary
    assert len(library.list_articles(window.db)) == 1  # nothing written yet

    confirm(qtbot, window, dialog)

    report = window.import_flow.last_report
    assert report is not None and len(report.imported) == 2 and len(report.duplicates) == 2
    assert window.library_view.model.rowCount() == 3


def test_cancel_in_the_confirmation_imports_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = choose_files(qtbot, window, monkeypatch, ARTICLES)
    dialog.reject()
    assert window.import_flow.preview_dialog is None and window.import_flow.report_dialog is None
    assert library.list_articles(window.db) == []
    assert window.library_view.model.rowCount() == 0


def test_a_folder_without_articles_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF-1.4")
    window.import_paths([empty])
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_message") is not None)
    box = window.findChild(QMessageBox, "error_message")
    assert box is not None and "nothing to import" in box.text()
    assert window.import_flow.preview_dialog is None
    box.close()


def test_a_report_row_opens_its_article(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirm(qtbot, window, choose_files(qtbot, window, monkeypatch, ARTICLES))
    report_dialog = window.import_flow.report_dialog
    assert report_dialog is not None
    qtbot.waitExposed(report_dialog)
    opened: list[tuple[str, list[int]]] = []

    def record(dialog: ArticleEditDialog) -> int:
        opened.append((dialog.outlet.text(), window.library_view.selected_ids()))
        return 0  # the user closes the properties without changes

    monkeypatch.setattr(ArticleEditDialog, "exec", record)
    window.library_view.filter.setText("no such words anywhere")  # hides every row
    table = report_dialog.table
    model = report_dialog.model
    row = next(r for r in range(model.rowCount()) if "valleywire" in model.outcome_at(r).path)
    valley = model.outcome_at(row).article_id
    assert valley is not None

    rect = table.visualRect(model.index(row, 0))
    # Qt 6 drops a lone synthetic double click; a real one follows a first click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert opened == [("Valley Wire", [valley])]
    assert window.stack.currentWidget() is window.library_view
    assert window.library_view.filter.text() == ""  # cleared so the article shows

    other = (row + 1) % model.rowCount()
    table.setCurrentIndex(model.index(other, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened[-1][1] == [model.outcome_at(other).article_id]
    assert report_dialog.isVisible()  # Enter opened the row; it did not close the report


def test_properties_and_re_extract_in_the_article_menu(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    (menu,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Article"]
    titles = [action.text() for action in menu.actions() if action.text()]
    assert titles == ["&Properties…", "&Re-extract", "&Outlets…"]
    confirm(qtbot, window, choose_files(qtbot, window, monkeypatch, ARTICLES))
    assert window.import_flow.report_dialog is not None
    window.import_flow.report_dialog.close()
    valley = next(row for row in window.library_view.model.rows() if row.outlet == "Valley Wire")
    library.update_article(window.db, valley.id, title="Library reopens (edited)")
    window.refresh()
    window.library_view.select_ids([valley.id])
    assert window.window_actions.reextract.isEnabled()

    # Today's extraction finds one more quote than the one that imported the article.
    def improved(data: bytes, filename: str) -> ExtractedArticle:
        article = extract_file(data, filename)
        extra = "\n\n“We will open on Sundays too,” Varga said."
        return ExtractedArticle(**{**article.__dict__, "text": article.text + extra})

    monkeypatch.setattr("desktop.services.reextracting.extract_file", improved)
    window.window_actions.reextract.trigger()
    qtbot.waitUntil(
        lambda: (
            window.import_flow.report_dialog is not None
            and window.import_flow.report_dialog.windowTitle() == "Re-extraction report"
        ),
        timeout=15000,
    )
    dialog = window.import_flow.report_dialog
    assert dialog is not None
    assert dialog.model.index(0, 1).data() == "Extracted again"
    assert "Edited fields were kept" in dialog.summary.text()
    refreshed = next(row for row in window.library_view.model.rows() if row.id == valley.id)
    assert refreshed.title == "Library reopens (edited)"
    assert refreshed.quotes == valley.quotes + 1


def test_outlets_dialog_merges_outlets(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    confirm(qtbot, window, choose_files(qtbot, window, monkeypatch, ARTICLES))
    assert window.import_flow.report_dialog is not None
    window.import_flow.report_dialog.close()
    asked: list[list[str]] = []

    def ask(_parent: object, _title: str, _label: str, names: list[str], *_a: object) -> object:
        asked.append(list(names))
        return ("Valley Wire", True)

    monkeypatch.setattr(QInputDialog, "getItem", ask)

    def drive(dialog: OutletsDialog) -> int:
        qtmodeltester.check(dialog.model)
        assert [outlet.articles for outlet in dialog.model.rows()] == [1, 1, 1]
        assert not dialog.merge_button.isEnabled()
        dialog.select_names(["Northshore Daily", "Valley Wire"])
        assert dialog.merge_button.isEnabled()
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        assert {o.name: o.articles for o in dialog.model.rows()} == {
            "The Caldermere Gazette": 1,
            "Valley Wire": 2,
        }
        assert "Moved 1 article" in dialog.status.text()
        return 0

    monkeypatch.setattr(OutletsDialog, "exec", drive)
    window.window_actions.outlets.trigger()
    qtbot.waitUntil(lambda: window.library_up_to_date)

    assert sorted(asked[0]) == ["Northshore Daily", "Valley Wire"]
    outlets = sorted(row.outlet for row in window.library_view.model.rows())
    assert outlets == ["The Caldermere Gazette", "Valley Wire", "Valley Wire"]
    assert "merged" in window.statusBar().currentMessage()


def test_unticking_a_file_leaves_it_out(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = choose_files(qtbot, window, monkeypatch, ARTICLES)
    assert dialog.import_button.text() == "Import 3 Articles"
    model, table = dialog.model, dialog.table
    row = next(r for r in range(model.rowCount()) if "northshore" in model.item_at(r).path)
    table.setCurrentIndex(model.index(row, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)  # what clicking the check box does
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.import_button.text() == "Import 2 Articles"

    confirm(qtbot, window, dialog)

    outlets = {row.outlet for row in library.list_articles(window.db)}
    assert outlets == {"The Caldermere Gazette", "Valley Wire"}
    report = window.import_flow.last_report
    assert report is not None
    assert all("northshore" not in outcome.path for outcome in report.outcomes)


def test_ticking_every_file_off_leaves_nothing_to_import(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = choose_files(qtbot, window, monkeypatch, [*ARTICLES, FIXTURES / "broken.html"])
    model = dialog.model
    qtmodeltester.check(model)
    failed = model.index(0, 0)
    assert not model.flags(failed) & Qt.ItemFlag.ItemIsUserCheckable  # nothing to tick
    for row in range(1, model.rowCount()):
        assert model.setData(
            model.index(row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
        )
    assert dialog.import_button.text() == "Nothing to Import"
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert library.list_articles(window.db) == []


def test_report_columns_fit_the_longest_file_name_and_status(qtbot: QtBot) -> None:
    from desktop.services.importing import ImportOutcome, ImportReport
    from desktop.ui.dialogs import ImportReportDialog

    long_name = "2031-04-02-harbour-council-votes-on-the-eastern-breakwater-repairs.html"
    outcomes = [
        ImportOutcome(f"/in/{name}", "imported", i, "Headline", "Imported with 2 quotes.")
        for i, name in enumerate(["a.html", long_name, "b.txt"], start=1)
    ]
    outcomes.append(ImportOutcome("/in/c.html", "near_duplicate", 9, "Copy", "Nearly identical."))
    dialog = ImportReportDialog(ImportReport(tuple(outcomes)))
    qtbot.addWidget(dialog)
    dialog.show()

    metrics = dialog.table.fontMetrics()
    assert dialog.table.columnWidth(0) >= metrics.horizontalAdvance(long_name)
    status = dialog.model.data(dialog.model.index(3, 1))
    assert dialog.table.columnWidth(1) >= metrics.horizontalAdvance(status)


def test_the_report_still_opens_when_the_library_cannot_be_read_afterwards(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.errors import StorageError

    def unreadable(*_args: object) -> object:
        raise StorageError("The database is locked by another program.")

    dialog = choose_files(qtbot, window, monkeypatch, ARTICLES[:1])
    monkeypatch.setattr("desktop.ui.main_window.load_library", unreadable)

    confirm(qtbot, window, dialog)

    report = window.import_flow.last_report
    assert report is not None and len(report.imported) == 1
    assert "could not be read" in window.statusBar().currentMessage()
    assert window.import_flow.report_dialog is not None
    window.import_flow.report_dialog.close()
