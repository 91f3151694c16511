"""The real window, driven like a user: import, story, compare, statement detail, export."""

# pytest-qt's qtmodeltester.check and qtbot.mouseClick are untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.services import library
from desktop.services.importing import import_files
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.statement_model import ROW_ROLE

# The offscreen platform warns that it cannot resize windows to size hints; harmless.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ui"
ARTICLES = sorted(FIXTURES.glob("*-library.txt"))


def import_via_menu(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, paths: list[Path]
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], "")
    )
    window.window_actions.import_files.trigger()
    confirm_import(qtbot, window)
    qtbot.waitUntil(lambda: window.import_flow.report_dialog is not None, timeout=15000)


def confirm_import(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the check of the chosen files, then press Import in the confirmation."""
    qtbot.waitUntil(lambda: window.import_flow.preview_dialog is not None, timeout=15000)
    dialog = window.import_flow.preview_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def make_story(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    window.library_view.table.selectAll()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    window.window_actions.new_story.trigger()
    qtbot.waitUntil(lambda: window.story_view.comparison is not None, timeout=15000)


def test_import_through_file_menu_lists_articles_and_reports_failures(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_via_menu(qtbot, window, monkeypatch, [*ARTICLES, FIXTURES / "broken.html"])
    report = window.import_flow.last_report
    assert report is not None
    assert len(report.imported) == 3 and len(report.failed) == 1
    dialog = window.import_flow.report_dialog
    assert dialog is not None
    assert "3 imported" in dialog.summary.text() and "1 failed" in dialog.summary.text()
    # Failures come first in the report, with their reason.
    first_reason = dialog.model.index(0, 2).data()
    assert dialog.model.index(0, 0).data() == "broken.html" and first_reason
    outlets = {row.outlet for row in window.library_view.model.rows()}
    assert outlets == {"The Caldermere Gazette", "Northshore Daily", "Valley Wire"}

    # Choosing the same file again: the confirmation says it is a duplicate, before
    # anything is written, and offers nothing to import.
    dialog.close()
    qtbot.waitUntil(lambda: window.import_flow.report_dialog is None)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(ARTICLES[0])], ""))
    window.window_actions.import_files.trigger()
    qtbot.waitUntil(lambda: window.import_flow.preview_dialog is not None, timeout=15000)
    preview = window.import_flow.preview_dialog
    assert preview is not None
    assert preview.model.index(0, 1).data() == "Skip: duplicate"
    assert "Already in the library" in preview.model.index(0, 2).data()
    assert not preview.import_button.isEnabled()
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    assert window.import_flow.preview_dialog is None and not window.import_flow.busy()
    assert "nothing was imported" in window.statusBar().currentMessage()
    assert window.library_view.model.rowCount() == 3


def test_filter_box_narrows_the_library(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    window.library_view.filter.setText("northshore")
    assert window.library_view.proxy.rowCount() == 1
    window.library_view.filter.setText("")
    assert window.library_view.proxy.rowCount() == 3


def test_story_comparison_detail_and_pdf_export(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    make_story(qtbot, window, monkeypatch, "Library reopening")
    stories = library.list_stories(window.db)
    assert [story.name for story in stories] == ["Library reopening"]
    assert len(stories[0].article_ids) == 3
    view = window.story_view
    assert window.stack.currentWidget() is view
    assert view.model.rowCount() >= 1
    # One column per outlet after the fixed ones.
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert {"The Caldermere Gazette", "Northshore Daily", "Valley Wire"} <= set(headers)

    # Find the mayor's statement and select it: the detail shows every outlet's version.
    rows = [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]
    mayor = next(row for row in rows if "rebuilt every shelf" in row.reference)
    assert view.select_statement(mayor.index)
    html = view.detail.toHtml()
    detail_text = view.detail.toPlainText()
    assert "Northshore Daily" in detail_text and "Valley Wire" in detail_text
    assert "never" in detail_text  # Northshore's changed word is shown...
    assert "line-through" in html and "underline" in html  # ...struck and underlined

    # Next difference moves to a statement some outlet reported differently.
    view.select_proxy_row(0)
    if view.next_difference():
        assert view.selected_statement() is not None
        assert view.selected_statement().changed  # type: ignore[union-attr]

    target = tmp_path / "library report.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF report (*.pdf)")
    )
    window.window_actions.export.trigger()
    qtbot.waitUntil(lambda: window.export_flow.last_export == target, timeout=30000)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")


def test_selecting_a_statement_scrolls_side_by_side_panes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    make_story(qtbot, window, monkeypatch, "Library reopening")
    view = window.story_view
    view.tabs.setCurrentWidget(view.side_by_side)
    rows = [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]
    mayor = next(row for row in rows if "rebuilt every shelf" in row.reference)
    view.select_statement(mayor.index)
    for pane in view.side_by_side.panes:
        spans = pane.spans_of(mayor.index)
        assert spans, "both default panes carry the mayor's quote"
        assert pane.text.toPlainText()[spans[0][0] : spans[0][1]].startswith("We rebuilt")
        highlighted = {
            (s.cursor.selectionStart(), s.cursor.selectionEnd())
            for s in pane.text.extraSelections()
        }
        assert spans[0] in highlighted


def test_drop_of_a_folder_imports_it(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "dropped"
    folder.mkdir()
    (folder / "one.txt").write_bytes(ARTICLES[0].read_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    confirm_import(qtbot, window)
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == 1, timeout=15000)


def test_new_story_without_selection_explains_instead_of_crashing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.commands.new_story_from_selection()
    box = window.findChild(QMessageBox, "error_message")
    assert box is not None and "Select the articles" in box.text()
    box.close()


def test_window_geometry_and_splitters_are_remembered(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    path = str(tmp_path / "remember.ini")
    first = MainWindow(db, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # fits the offscreen screen, so geometry restores unchanged
    first.splitter.setSizes([250, 440])
    saved = first.splitter.sizes()
    first.close()
    second = MainWindow(db, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.show()
    assert second.size() == first.size()
    assert second.splitter.sizes() == saved


def many_copies(tmp_path: Path, count: int = 60) -> Path:
    """A folder of distinct articles, enough to keep a job busy while Cancel is pressed."""
    folder = tmp_path / "many"
    folder.mkdir()
    text = ARTICLES[0].read_text(encoding="utf-8")
    for i in range(count):
        (folder / f"copy-{i:02}.txt").write_text(text.replace("eleven", f"{i} and eleven"))
    return folder


def press_cancel(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.import_flow.progress_dialog
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.import_flow.busy(), timeout=30000)
    job = window.runner.current("import")
    assert job is not None and job.token.cancelled
    assert window.import_flow.progress_dialog is None


def test_cancel_while_checking_the_files_imports_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.import_paths([many_copies(tmp_path)])
    press_cancel(qtbot, window)
    assert window.import_flow.preview_dialog is None
    assert library.list_articles(window.db) == []
    assert "nothing was imported" in window.statusBar().currentMessage()


def test_cancel_in_the_progress_dialog_stops_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.import_paths([many_copies(tmp_path)])
    confirm_import(qtbot, window)
    press_cancel(qtbot, window)
    assert window.library_view.model.rowCount() < 60
    assert "cancelled" in window.statusBar().currentMessage().lower() or (
        window.import_flow.last_report is not None  # it had already finished
    )


def test_paste_as_article_imports_the_clipboard(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.dialogs import PasteDialog

    QApplication.clipboard().setText(ARTICLES[1].read_text(encoding="utf-8"))
    monkeypatch.setattr(PasteDialog, "exec", lambda self: 1)  # the user presses OK
    window.window_actions.paste.trigger()
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == 1, timeout=15000)
    assert window.library_view.model.rows()[0].outlet == "Northshore Daily"


def test_add_and_remove_articles_of_a_story(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    rows = window.library_view.model.rows()
    first, *others = (row.id for row in rows)
    window.library_view.select_ids([first])
    make_story(qtbot, window, monkeypatch, "Just one")
    window.sidebar.choose(None)
    assert window.stack.currentWidget() is window.library_view
    window.library_view.select_ids(others)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Just one", True))
    window.window_actions.add_to_story.trigger()
    assert set(library.list_stories(window.db)[0].article_ids) == {first, *others}
    window.library_view.select_ids([first])
    window.window_actions.remove_from_story.trigger()
    qtbot.waitUntil(lambda: window.library_up_to_date)
    assert set(library.list_stories(window.db)[0].article_ids) == set(others)
    assert "Just one (2 articles)" in window.sidebar.model.index(1, 0).data()


def test_scrolling_one_pane_scrolls_the_other(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    make_story(qtbot, window, monkeypatch, "Library reopening")
    view = window.story_view
    view.tabs.setCurrentWidget(view.side_by_side)
    window.resize(900, 300)  # short panes, so the articles need scrolling
    qtbot.waitUntil(lambda: view.side_by_side.panes[0].text.verticalScrollBar().maximum() > 0)
    left, right = view.side_by_side.panes[:2]
    right.text.verticalScrollBar().setValue(0)
    left_bar = left.text.verticalScrollBar()
    left_bar.setValue(left_bar.maximum())
    # At the end of one article the other is at its end too (the syncpoint slides down).
    right_bar = right.text.verticalScrollBar()
    assert right_bar.maximum() == 0 or right_bar.value() > 0
    left_bar.setValue(0)
    assert right_bar.value() == 0


def test_a_late_comparison_for_another_story_is_not_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    ids = [row.id for row in window.library_view.model.rows()]
    first = library.create_story(window.db, "First", ids[:2])
    second = library.create_story(window.db, "Second", ids)
    window.refresh()
    window.sidebar.choose(first)
    window.sidebar.choose(second)  # before the first comparison is back
    qtbot.waitUntil(lambda: window.story_view.comparison is not None, timeout=15000)
    window.runner.wait(10000)
    qtbot.wait(50)  # let any late result arrive
    comparison = window.story_view.comparison
    assert comparison is not None and len(comparison.articles) == 3
    assert window.story_view.header.text().startswith("Second")


def test_edit_and_delete_articles(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.article_dialog import ArticleEditDialog

    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    valley = next(row for row in window.library_view.model.rows() if row.outlet == "Valley Wire")
    window.library_view.select_ids([valley.id])

    def accept_with_author(dialog: ArticleEditDialog) -> int:
        assert dialog.outlet.text() == "Valley Wire"
        dialog.authors.setText("Rosa Lindqvist, Jon Amberley")
        dialog.published.setText("2025-03-16")
        return 1

    monkeypatch.setattr(ArticleEditDialog, "exec", accept_with_author)
    # A double click on the row opens the same dialog as Edit ▸ Edit Article.
    table = window.library_view.table
    table.doubleClicked.emit(table.selectionModel().selectedRows()[0])
    qtbot.waitUntil(lambda: window.library_up_to_date)
    edited = next(row for row in library.list_articles(window.db) if row.id == valley.id)
    assert edited.authors == ("Rosa Lindqvist", "Jon Amberley")
    assert edited.published == "2025-03-16"
    shown = next(row for row in window.library_view.model.rows() if row.id == valley.id)
    assert shown.authors == edited.authors

    window.library_view.select_ids([valley.id])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.window_actions.delete_articles.trigger()
    # The library is reread on a worker thread (0.4 s at 10,000 articles), not here.
    assert not window.library_up_to_date
    qtbot.waitUntil(lambda: window.library_up_to_date)
    assert valley.id not in {row.id for row in library.list_articles(window.db)}
    assert window.library_view.model.rowCount() == 2


def test_clicking_a_quote_in_a_pane_selects_its_statement(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QTextCursor

    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    make_story(qtbot, window, monkeypatch, "Library reopening")
    view = window.story_view
    view.tabs.setCurrentWidget(view.side_by_side)
    rows = [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]
    other = next(row for row in rows if "rebuilt every shelf" not in row.reference)
    view.select_statement(other.index)
    pane = view.side_by_side.panes[1]
    text = pane.text.toPlainText()
    position = text.index("We rebuilt") + 3
    cursor = pane.text.textCursor()
    cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
    pane.text.setTextCursor(cursor)  # what a mouse click inside the quote does
    selected = view.selected_statement()
    assert selected is not None and "rebuilt every shelf" in selected.reference


def test_filter_also_searches_article_text(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    view = window.library_view
    # "Sundays" is only in the Gazette's body, not in any headline, outlet or author.
    view.filter.setText("sundays")
    assert view.proxy.rowCount() == 0  # metadata alone finds nothing...
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1, timeout=5000)  # ...the text does
    assert view.proxy.index(0, 0).data() == "The Caldermere Gazette"
    view.full_text.setChecked(False)
    assert view.proxy.rowCount() == 0


def test_the_last_story_opens_again_at_start(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "last-story.ini")
    first = MainWindow(db, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    import_via_menu(qtbot, first, monkeypatch, ARTICLES)
    make_story(qtbot, first, monkeypatch, "Remembered")
    first.close()
    second = MainWindow(db, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.story_view.comparison is not None, timeout=15000)
    assert second.story_view.header.text().startswith("Remembered")


def test_a_slow_library_read_never_shows_an_article_deleted_meanwhile(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import desktop.ui.main_window as main_window_module

    import_files(window.db, ARTICLES)
    window.refresh()
    read, release = threading.Event(), threading.Event()
    real = main_window_module.load_library

    def slow(*args: object, **kwargs: bool) -> object:
        snapshot = real(*args, **kwargs)  # type: ignore[arg-type]
        read.set()
        release.wait(10)  # read before the delete, delivered after it
        return snapshot

    monkeypatch.setattr(main_window_module, "load_library", slow)
    opened: list[str] = []
    window.refresh_in_background(lambda: opened.append("report"))
    assert read.wait(10)
    doomed = window.library_view.model.rows()[0].id
    library.delete_articles(window.db, [doomed])
    window.refresh()
    release.set()

    qtbot.waitUntil(lambda: opened == ["report"], timeout=10000)
    assert doomed not in {row.id for row in window.library_view.model.rows()}
    assert window.library_view.model.rowCount() == len(ARTICLES) - 1


def test_an_edit_keeps_changes_the_table_has_not_shown_yet(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.article_dialog import ArticleEditDialog

    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    valley = next(row for row in window.library_view.model.rows() if row.outlet == "Valley Wire")
    # Saved a moment ago; the library's reread has not reached the table yet.
    library.update_article(window.db, valley.id, title="Barrier vote moved to Thursday")
    window.library_view.select_ids([valley.id])
    seen: list[str] = []

    def change_authors_only(dialog: ArticleEditDialog) -> int:
        seen.append(dialog.title.text())
        dialog.authors.setText("Rosa Lindqvist")
        return 1

    monkeypatch.setattr(ArticleEditDialog, "exec", change_authors_only)
    window.window_actions.edit_article.trigger()
    stored = library.get_article(window.db, valley.id).row
    assert seen == ["Barrier vote moved to Thursday"]
    assert stored.title == "Barrier vote moved to Thursday"
    assert stored.authors == ("Rosa Lindqvist",)


def test_a_story_just_created_can_be_changed_before_the_sidebar_shows_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    first, *others = [row.id for row in window.library_view.model.rows()]
    window.library_view.select_ids([first, others[0]])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Harbour follow-up", True))
    window.window_actions.new_story.trigger()
    offered: list[list[str]] = []

    def pick_first(*args: object, **kwargs: object) -> tuple[str, bool]:
        names = [str(name) for name in args[3]]  # type: ignore[attr-defined]
        offered.append(names)
        return names[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick_first)
    # At once, before the library's reread has reached the sidebar:
    window.library_view.select_ids([first])
    window.window_actions.remove_from_story.trigger()
    assert offered == [["Harbour follow-up"]]
    assert library.list_stories(window.db)[0].article_ids == (others[0],)


def test_deleting_the_selection_disables_what_needs_a_selection(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_via_menu(qtbot, window, monkeypatch, ARTICLES)
    window.library_view.select_ids([window.library_view.model.rows()[0].id])
    assert window.window_actions.delete_articles.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.window_actions.delete_articles.trigger()
    qtbot.waitUntil(lambda: window.library_up_to_date)
    assert not window.library_view.selected_ids()
    assert not window.window_actions.delete_articles.isEnabled()
    assert not window.window_actions.edit_article.isEnabled()
