"""Bugs are never silent: slot exceptions are logged to a file and shown to the user."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import desktop.ui.error_log as error_log
import desktop.ui.story_view as story_view_module
from desktop.services import library
from desktop.services.importing import import_files
from desktop.storage.database import Database
from desktop.ui.dialogs import install_excepthook
from desktop.ui.jobs import SyncJobRunner
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ui"


def visible_messages() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(error_log, "user_log_dir", lambda: tmp_path / "logs")
    return tmp_path / "logs"


def test_bug_message_names_the_log_file(log_dir: Path) -> None:
    message = error_log.bug_message("KeyError")
    assert "KeyError" in message and str(log_dir / "parallax.log") in message


def test_logging_goes_to_one_rotating_file(log_dir: Path) -> None:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        path = error_log.configure_logging()
        assert error_log.configure_logging() == path  # no second handler
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1 and isinstance(added[0], RotatingFileHandler)
        logging.getLogger("desktop.test").error("the ferry timetable is missing")
        added[0].flush()
        assert "the ferry timetable is missing" in path.read_text(encoding="utf-8")
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)


@pytest.mark.qt_no_exception_capture
def test_an_exception_escaping_a_slot_is_logged_and_shown(
    qtbot: QtBot, log_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def broken_slot() -> None:
        raise ZeroDivisionError("quay count")

    previous = install_excepthook(lambda: parent)
    try:
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(visible_messages()), timeout=3000)
    finally:
        sys.excepthook = previous
    (box,) = visible_messages()
    assert "ZeroDivisionError" in box.text() and "parallax.log" in box.text()
    assert "quay count" in caplog.text and "Traceback" in caplog.text
    box.close()


def test_a_failing_statement_detail_is_reported_not_swallowed(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, log_dir: Path
) -> None:
    import_files(db, sorted(FIXTURES.glob("*-library.txt")))
    ids = [article.id for article in library.list_articles(db)]
    story = library.create_story(db, "Library reopening", ids)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings=settings, runner=SyncJobRunner())
    qtbot.addWidget(window)
    window.show()
    window.open_story(story)

    def broken(*_args: object) -> str:
        raise RuntimeError("detail broke")

    monkeypatch.setattr(story_view_module, "statement_html", broken)
    window.story_view.select_proxy_row(1)
    messages = visible_messages()
    assert len(messages) == 1 and "RuntimeError" in messages[0].text()
    messages[0].close()
