"""The composition root: a first run opens on the demo comparison; later runs do not reload it."""

from __future__ import annotations

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
