"""Fixtures shared by the window tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    """The real main window on a fresh migrated database, with its own settings file."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(db, settings=settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.runner.cancel_all()
    main.runner.wait(5000)
