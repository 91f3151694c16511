"""Cancel and close while background work is slow: no late dialogs, no freeze, no crash."""

# qtbot.mouseClick is untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

import desktop.ui.import_flow as import_flow_module
from desktop.services.importing import ImportPreview, preview_import
from desktop.services.progress import CancelToken, Progress
from desktop.storage.database import Database
from desktop.ui.jobs import JobRunner, SyncJobRunner
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ui"


def test_work_that_returns_after_cancel_reports_cancelled_not_finished(qtbot: QtBot) -> None:
    finished: list[object] = []
    cancelled: list[bool] = []

    def stubborn(progress: Progress, cancel: CancelToken) -> str:
        cancel.cancel()  # the user pressed Cancel while one long file was being read
        return "a result nobody wants"

    SyncJobRunner().start(
        stubborn,
        channel="import",
        on_finished=finished.append,
        on_cancelled=lambda: cancelled.append(True),
    )
    assert finished == [] and cancelled == [True]


class SlowPreview:
    """Stands in for checking one huge file: ignores the token until released."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(
        self, db: Database, paths: tuple[Path, ...], progress: Progress, cancel: CancelToken
    ) -> ImportPreview:
        self.started.set()
        self.release.wait(20)
        return preview_import(db, paths, progress=progress, cancel=cancel)


@pytest.fixture
def slow() -> Iterator[SlowPreview]:
    """A slow check that is always let go at the end, so no worker thread outlives the test
    (a pool destroyed later with a sleeping thread would block the next tests)."""
    preview = SlowPreview()
    yield preview
    preview.release.set()


def press_cancel(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.import_flow.progress_dialog
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_cancel_during_a_slow_check_never_opens_the_confirmation_later(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, slow: SlowPreview
) -> None:
    monkeypatch.setattr(import_flow_module, "_preview_paths", slow)
    article = FIXTURES / "gazette-library.txt"
    window.import_paths([article])
    qtbot.waitUntil(slow.started.is_set, timeout=5000)
    press_cancel(qtbot, window)

    # At once: the dialog is gone, the status says so and a new import may start.
    assert window.import_flow.progress_dialog is None
    assert "Checking" not in window.statusBar().currentMessage()
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.import_flow.busy()

    slow.release.set()  # the slow check now returns its (unwanted) preview
    qtbot.waitUntil(lambda: not window.runner.running(), timeout=10000)
    qtbot.wait(100)
    assert window.import_flow.preview_dialog is None


def test_a_new_import_may_start_right_after_cancel(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, slow: SlowPreview
) -> None:
    monkeypatch.setattr(import_flow_module, "_preview_paths", slow)
    article = FIXTURES / "gazette-library.txt"
    window.import_paths([article])
    qtbot.waitUntil(slow.started.is_set, timeout=5000)
    press_cancel(qtbot, window)
    monkeypatch.setattr(
        import_flow_module,
        "_preview_paths",
        lambda db, paths, progress, cancel: preview_import(
            db, paths, progress=progress, cancel=cancel
        ),
    )
    assert window.import_flow.import_paths([article]) is not None  # not "already running"
    qtbot.waitUntil(lambda: window.import_flow.preview_dialog is not None, timeout=10000)
    slow.release.set()
    qtbot.waitUntil(lambda: not window.runner.running(), timeout=10000)
    # Only the second check's confirmation is open; the first one's result was dropped.
    preview = window.import_flow.preview_dialog
    assert preview is not None and preview.isVisible()
    preview.reject()


def test_closing_during_slow_work_does_not_freeze_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    release, running = threading.Event(), threading.Event()
    late: list[object] = []

    def slow(progress: Progress, cancel: CancelToken) -> bool:
        running.set()
        return release.wait(20)

    window.runner.start(
        slow,
        channel="import",
        on_finished=late.append,
        on_cancelled=lambda: late.append("cancelled"),
    )
    assert running.wait(5)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.5  # it used to block for five seconds
    assert window.runner.running()  # the work has not noticed yet...
    release.set()
    assert window.runner.wait(5000)  # ...what run_gui waits for before closing the db
    qtbot.wait(50)
    assert late == []  # nothing reaches a closed window


def test_a_forgotten_job_can_still_report_without_a_deleted_relay(qtbot: QtBot) -> None:
    release = threading.Event()
    errors: list[str] = []

    def chatty(progress: Progress, cancel: CancelToken) -> str:
        release.wait(5)
        try:
            for step in range(3):
                progress(step + 1, 3, "still working")
        except RuntimeError as error:  # "Signal source has been deleted"
            errors.append(str(error))
        return "done"

    runner = JobRunner()
    runner.start(chatty, channel="compare")
    runner.start(lambda progress, cancel: "newer", channel="compare")  # supersedes it
    runner.cancel_all()  # both forgotten, as when the window closes
    gc.collect()
    release.set()
    assert runner.wait(5000)
    qtbot.wait(50)
    assert errors == []


def test_starting_a_second_export_says_the_first_was_cancelled(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import desktop.ui.export_flow as export_flow_module
    from desktop.services.library import StoryRow

    release = threading.Event()

    def slow_export(
        db: Database, story_id: int, target: Path, progress: Progress, cancel: CancelToken
    ) -> Path:
        release.wait(10)
        return target

    monkeypatch.setattr(export_flow_module, "_export", slow_export)
    story = StoryRow(id=1, name="Harbour fares", article_ids=())
    flow = window.export_flow
    first = flow.export(story, tmp_path / "first.pdf")
    flow.export(story, tmp_path / "second.pdf")
    assert first.token.cancelled
    boxes = [
        box
        for box in window.findChildren(QMessageBox)
        if box.isVisible() and "first.pdf" in box.text()
    ]
    assert len(boxes) == 1 and "cancelled" in boxes[0].text()
    release.set()
    qtbot.waitUntil(lambda: flow.last_export == tmp_path / "second.pdf", timeout=5000)
