"""Story ▸ Suggested Stories…: found in the background, listed, made into real stories."""

# pytest-qt's qtbot helpers are untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMenu
from pytestqt.qtbot import QtBot

from desktop.services import library
from desktop.services.importing import import_files
from desktop.storage.database import Database
from desktop.ui.jobs import Job, SyncJobRunner
from desktop.ui.main_window import MainWindow
from desktop.ui.suggestions_dialog import SuggestionsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ui"


@pytest.fixture
def library_db(db: Database) -> Database:
    """Three fictional articles about one library reopening, not yet a story."""
    report = import_files(db, sorted(FIXTURES.glob("*-library.txt")))
    assert len([o for o in report.outcomes if o.article_id is not None]) == 3
    return db


def answer_name(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def get_text(*_args: Any, **_kwargs: Any) -> tuple[str, bool]:
        return name, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)


def test_suggestions_list_the_group_and_create_a_story(
    qtbot: QtBot, library_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SuggestionsDialog(library_db, SyncJobRunner())
    qtbot.addWidget(dialog)
    dialog.search()
    assert dialog.model.rowCount() == 1
    group = dialog.current_group()
    assert group is not None and len(group.article_ids) == 3
    assert "Caldermere Gazette" in dialog.detail.toPlainText()
    answer_name(monkeypatch, "Library reopening")
    with qtbot.waitSignal(dialog.story_created) as created:
        dialog.create_button.click()
    stories = library.list_stories(library_db)
    assert [(s.name, sorted(s.article_ids)) for s in stories] == [
        ("Library reopening", sorted(group.article_ids))
    ]
    assert created.args == [stories[0].id]
    # A group that is a story now is no longer suggested.
    assert dialog.model.rowCount() == 0
    again = SuggestionsDialog(library_db, SyncJobRunner())
    qtbot.addWidget(again)
    again.search()
    assert again.model.rowCount() == 0 and "No suggestions" in again.status.text()


@pytest.fixture
def window(qtbot: QtBot, library_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(library_db, settings=settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.runner.cancel_all()
    main.runner.wait(5000)


def test_the_story_menu_opens_suggestions_found_in_the_background(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    story_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Story")
    assert isinstance(story_menu, QMenu)
    assert window.window_actions.suggested_stories in story_menu.actions()
    window.window_actions.suggested_stories.trigger()
    dialog = window.suggestions_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=15000)
    answer_name(monkeypatch, "Reopened library")
    dialog.create_story()
    qtbot.waitUntil(lambda: window.current_story() is not None)
    story = window.current_story()
    assert story is not None and story.name == "Reopened library"
    assert window.stack.currentWidget() is window.story_view


def test_closing_the_dialog_cancels_a_search_still_running(
    qtbot: QtBot, library_db: Database
) -> None:
    class HeldRunner(SyncJobRunner):
        """Starts jobs but never runs them: the search is still 'running'."""

        def _launch(self, job: Job) -> None:
            pass

    runner = HeldRunner()
    dialog = SuggestionsDialog(library_db, runner)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.search()
    job = runner.current("suggest")
    assert job is not None and not job.token.cancelled
    dialog.reject()
    assert job.token.cancelled
