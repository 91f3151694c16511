"""Shared fixtures: offscreen Qt, a fresh database built by the migrations, fixture files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.storage.database import Database

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """The URL of a SQLite file that does not exist yet."""
    return f"sqlite:///{tmp_path / 'parallax-test.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A new, empty database created through the Alembic migrations (never create_all)."""
    database = Database.open(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def fixture_dir() -> Path:
    """`tests/fixtures`, where the fictional test articles live."""
    return FIXTURES


@pytest.fixture(autouse=True, scope="session")
def _widgets_application(qapp: QApplication) -> QApplication:
    """The session's QApplication exists before any test runs.

    The PDF writer makes a bare QGuiApplication when none exists (as the headless CLI
    needs); in a test session that one would then refuse every later window test.
    """
    return qapp


@pytest.fixture(autouse=True)
def _event_loops_keep_running(
    request: pytest.FixtureRequest, _widgets_application: QApplication
) -> Iterator[None]:
    """After each test, the session's application still runs event loops.

    A test that runs the application's own loop (`desktop.app.run_gui`) can leave a
    Quit request behind: when its scripted close and quit fire in one turn (exec()
    started late), the closing last window posts a Quit that is only delivered after
    exec() returned. Qt then marks the GUI thread as quitting for good, and every
    later QEventLoop (qtbot.wait, waitUntil, waitSignal, a dialog's exec) returns at
    once without processing events: jobs still run, but their results, queued to the
    GUI thread, never arrive in any later test.
    """
    yield
    app = _widgets_application
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    if _event_loops_run():
        return
    # Only exec() clears the quitting state: one empty turn of the application's loop.
    QTimer.singleShot(0, app, lambda: QCoreApplication.exit(0))
    app.exec()
    warnings.warn(
        f"{request.node.nodeid} left the application quitting (a Quit request was "
        "delivered outside its event loop); the conftest restored it",
        stacklevel=1,
    )


def _event_loops_run() -> bool:
    """False when the GUI thread is marked as quitting (QEventLoop.exec returns -1 at once)."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop, loop.quit)
    return loop.exec() == 0


@pytest.fixture(autouse=True)
def _no_warm_workers_between_tests() -> Iterator[None]:
    """Each test starts with no import workers up, as a fresh window does: a pool warmed
    by an earlier test would carry small batches out of this process, past a test's
    monkeypatches."""
    from desktop.services.extraction_pool import pool_running, shutdown_pool

    if pool_running():
        shutdown_pool()
    yield
