"""The composition root: a first run opens on the demo comparison; later runs do not reload it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.app import open_main_window
from desktop.services.library import list_stories
from desktop.storage.database import Database

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_first_run_loads_and_opens_the_demo_story(qtbot: QtBot, tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'first.sqlite3'}")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        window = open_main_window(db, settings)
        qtbot.addWidget(window)
        window.show()
        assert [story.name for story in list_stories(db)] == ["Valdren flood barrier announcement"]
        assert window.stack.currentWidget() is window.story_view
        qtbot.waitUntil(lambda: window.story_view.model.rowCount() >= 5, timeout=10000)
        window.close()

        # Second start on the same library: the demo is not loaded again.
        again = open_main_window(db, settings)
        qtbot.addWidget(again)
        assert len(list_stories(db)) == 1
        again.close()
    finally:
        db.close()


def test_run_gui_waits_for_background_work_before_closing_the_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import desktop.app as app_module
    import desktop.ui.error_log as error_log

    monkeypatch.setattr(error_log, "user_log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(
        app_module,
        "QSettings",
        lambda: QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat),
    )
    events: list[str] = []
    real_close = Database.close

    def close(self: Database) -> None:
        events.append("db closed")
        real_close(self)

    monkeypatch.setattr(Database, "close", close)
    real_open = app_module.open_main_window

    def open_and_close_during_work(db: Database, settings: QSettings) -> object:
        window = real_open(db, settings)
        release, running = threading.Event(), threading.Event()

        def slow(progress: object, cancel: object) -> None:
            running.set()
            release.wait(10)  # one long file that checks the token only at its end
            events.append("work ended")

        window.runner.start(slow, channel="import")
        assert running.wait(5)
        QTimer.singleShot(200, window.close)
        # A thread, not a Qt timer: run_gui waits for the work outside the event loop.
        threading.Timer(0.6, release.set).start()
        QTimer.singleShot(300, QApplication.quit)
        return window

    monkeypatch.setattr(app_module, "open_main_window", open_and_close_during_work)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        assert app_module.run_gui(str(tmp_path / "gui.sqlite3")) == 0
    finally:
        for handler in set(root.handlers) - set(handlers):
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    assert events == ["work ended", "db closed"]
    assert "starting" in (tmp_path / "logs" / "parallax.log").read_text(encoding="utf-8")
