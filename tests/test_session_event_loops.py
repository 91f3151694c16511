"""One test that leaves the application quitting must not stop the jobs of every later test.

When the whole suite ran in one process, `tests/test_app.py` (which runs the app's own
event loop) could leave a Quit request behind; from then on every QEventLoop returned at
once, so a window's jobs ran on their worker threads but their results never reached
the window ("Checking 1 item…" forever). The suite is run here in a process of its own,
so the Quit request cannot reach this session's application.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

INNER_TESTS = """
from PySide6.QtCore import QCoreApplication, QEvent

from desktop.ui.jobs import JobRunner


def test_a_run_of_the_app_leaves_a_quit_request_behind(qapp):
    # What run_gui left when its window's quit arrived after exec() had returned.
    QCoreApplication.postEvent(qapp, QEvent(QEvent.Type.Quit))


def test_a_later_job_still_reports_its_result(qtbot):
    runner = JobRunner()
    job = runner.start(lambda progress, cancel: "preview ready", channel="import")
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["preview ready"]
    assert runner.wait(5000)
"""


def test_a_quit_left_by_one_test_does_not_stop_later_jobs(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["tests.conftest"]\n')
    (tmp_path / "test_inner.py").write_text(INNER_TESTS)
    path = os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))
    env = {**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTEST_ADDOPTS", None)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    inner = subprocess.run(
        [*command, "-o", "qt_api=pyside6", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert inner.returncode == 0, inner.stdout + inner.stderr
    assert "2 passed" in inner.stdout
    # The harness names the test that left the application quitting.
    assert "test_a_run_of_the_app_leaves_a_quit_request_behind left the application" in (
        inner.stdout
    )
