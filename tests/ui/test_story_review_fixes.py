"""The story view after review: failures, kept places, remembered choices, keys, colours."""

# qtbot.keyClick is untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import desktop.ui.main_window as main_window_module
from desktop.errors import StorageError
from desktop.services import library
from desktop.services.importing import import_files
from desktop.storage.database import Database
from desktop.ui.jobs import SyncJobRunner
from desktop.ui.main_window import MainWindow
from desktop.ui.side_by_side import ONE_ARTICLE_NOTE, statement_colour
from desktop.ui.statement_model import ROW_ROLE
from desktop.ui.story_view import NO_MORE_DIFFERENCES

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ui"


def open_window(qtbot: QtBot, db: Database, settings_path: Path) -> MainWindow:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(db, settings=settings, runner=SyncJobRunner())
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def stories(db: Database) -> dict[str, int]:
    """Two stories over the fictional library articles: all three, and one alone."""
    import_files(db, sorted(FIXTURES.glob("*-library.txt")))
    ids = [article.id for article in library.list_articles(db)]
    return {
        "Library reopening": library.create_story(db, "Library reopening", ids),
        "Gazette only": library.create_story(db, "Gazette only", ids[:1]),
    }


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path, stories: dict[str, int]) -> MainWindow:
    return open_window(qtbot, db, tmp_path / "settings.ini")


def close_messages() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def test_failed_comparison_shows_nothing_of_the_previous_story(
    qtbot: QtBot, window: MainWindow, stories: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_story(stories["Library reopening"])
    view = window.story_view
    assert view.side_by_side.panes[0].text.toPlainText()  # the first story is shown

    def locked(*_args: object) -> None:
        raise StorageError("The database is locked by another program.")

    monkeypatch.setattr(main_window_module, "compare", locked)
    window.open_story(stories["Gazette only"])
    assert view.header.text() == "Gazette only — comparison failed"
    assert window.windowTitle() == "Parallax"
    assert all(pane.text.toPlainText() == "" for pane in view.side_by_side.all_panes)
    assert all(pane.chooser.count() == 0 for pane in view.side_by_side.all_panes)
    assert close_messages() == ["The database is locked by another program."]


def test_a_one_article_story_says_so_instead_of_showing_it_twice(
    window: MainWindow, stories: dict[str, int]
) -> None:
    window.open_story(stories["Gazette only"])
    view = window.story_view
    assert "1 article," in view.header.text()  # not "1 articles"
    view.tabs.setCurrentIndex(1)
    assert view.side_by_side.note.isVisible()
    assert view.side_by_side.note.text().startswith(ONE_ARTICLE_NOTE.rstrip("."))
    assert not view.side_by_side.splitter.isVisible()
    window.open_story(stories["Library reopening"])
    assert not view.side_by_side.note.isVisible() and view.side_by_side.splitter.isVisible()


def test_compare_again_keeps_the_selected_statement_and_filters(
    window: MainWindow, stories: dict[str, int]
) -> None:
    window.open_story(stories["Library reopening"])
    view = window.story_view
    speakers = [view.speaker_filter.itemText(i) for i in range(1, view.speaker_filter.count())]
    assert len(speakers) >= 2
    view.speaker_filter.setCurrentIndex(2)
    view.kind_filter.setCurrentIndex(0)  # All statements
    view.select_proxy_row(view.proxy.rowCount() - 1)
    chosen = view.selected_statement()
    assert chosen is not None and view.proxy.rowCount() >= 1

    window.window_actions.compare.trigger()  # Ctrl+R
    after = view.selected_statement()
    assert after is not None and after.reference == chosen.reference
    assert view.speaker_filter.currentText() == speakers[1]

    # Another story starts from its first statement and every speaker.
    window.open_story(stories["Gazette only"])
    assert view.speaker_filter.currentIndex() == 0


def test_story_tab_show_filter_panes_and_full_text_are_remembered(
    qtbot: QtBot, db: Database, tmp_path: Path, stories: dict[str, int]
) -> None:
    first = open_window(qtbot, db, tmp_path / "remember.ini")
    first.open_story(stories["Library reopening"])
    first.story_view.tabs.setCurrentIndex(1)
    first.story_view.kind_filter.setCurrentIndex(1)  # Any difference
    first.story_view.side_by_side.pane_count.setValue(3)
    first.library_view.full_text.setChecked(True)
    first.close()

    second = open_window(qtbot, db, tmp_path / "remember.ini")
    view = second.story_view
    assert view.tabs.currentIndex() == 1
    assert view.kind_filter.currentText() == "Any difference"
    assert view.side_by_side.pane_count.value() == 3
    assert second.library_view.full_text.isChecked()


def test_next_difference_at_the_end_says_so(window: MainWindow, stories: dict[str, int]) -> None:
    window.open_story(stories["Library reopening"])
    view = window.story_view
    view.select_proxy_row(view.proxy.rowCount() - 1)
    while view.next_difference():
        pass
    assert window.statusBar().currentMessage() == NO_MORE_DIFFERENCES


@pytest.mark.qt_log_ignore("propagateSizeHints", "raise()", "grabbing the keyboard")
def test_alt_down_opens_a_focused_combo_box_instead_of_moving(
    qtbot: QtBot, window: MainWindow, stories: dict[str, int]
) -> None:
    window.open_story(stories["Library reopening"])
    view = window.story_view
    window.activateWindow()
    view.select_proxy_row(0)
    start = view.selected_statement()
    view.speaker_filter.setFocus()
    qtbot.keyClick(view.speaker_filter, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.selected_statement() == start
    view.speaker_filter.hidePopup()

    # In the table, Alt+Down still steps to the next difference.
    rows = [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]
    following = next(row for row in rows[1:] if row.changed)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.selected_statement() == following


def test_matched_quotes_never_share_a_colour_with_another_statement() -> None:
    colours = {statement_colour(index).name() for index in range(60)}
    assert len(colours) == 60  # the old palette repeated after eight statements
    for index in range(60):
        assert statement_colour(index).lightness() > 170  # black text stays readable
