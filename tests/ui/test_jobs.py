"""The background-job bridge: outcomes, cancellation, late results, real threads."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from desktop.errors import ImportFailure
from desktop.services.progress import CancelToken, Progress
from desktop.ui.jobs import JobRunner, SyncJobRunner


class Outcomes:
    """Collects what a job delivered to the UI thread."""

    def __init__(self) -> None:
        self.finished: list[object] = []
        self.failed: list[tuple[str, bool]] = []
        self.progress: list[tuple[int, int, str]] = []
        self.cancelled = 0

    def kwargs(self) -> dict[str, object]:
        return {
            "on_finished": self.finished.append,
            "on_failed": lambda message, bug: self.failed.append((message, bug)),
            "on_progress": lambda d, t, m: self.progress.append((d, t, m)),
            "on_cancelled": self._cancelled,
        }

    def _cancelled(self) -> None:
        self.cancelled += 1


def test_sync_runner_delivers_progress_then_result(qtbot: QtBot) -> None:
    def work(progress: Progress, cancel: CancelToken) -> tuple[int, ...]:
        for i in range(3):
            progress(i + 1, 3, f"step {i + 1}")
        return (1, 2, 3)

    outcomes = Outcomes()
    SyncJobRunner().start(work, channel="test", **outcomes.kwargs())  # type: ignore[arg-type]
    # Rapid updates are coalesced; the first and the last always reach the UI.
    assert outcomes.progress[0] == (1, 3, "step 1")
    assert outcomes.progress[-1] == (3, 3, "step 3")
    assert outcomes.finished == [(1, 2, 3)]
    assert outcomes.failed == []


def test_a_flood_of_progress_reaches_the_ui_as_a_few_updates(qtbot: QtBot) -> None:
    # 5,000 files reporting one by one must not queue 5,000 repaints on the UI thread.
    def work(progress: Progress, cancel: CancelToken) -> None:
        for i in range(5000):
            progress(i + 1, 5000, f"file {i + 1}")

    outcomes = Outcomes()
    SyncJobRunner().start(work, channel="test", **outcomes.kwargs())  # type: ignore[arg-type]
    assert len(outcomes.progress) < 100
    assert outcomes.progress[-1] == (5000, 5000, "file 5000")


def test_user_error_is_plain_and_bug_is_flagged(qtbot: QtBot, caplog: object) -> None:
    def bad_file(progress: Progress, cancel: CancelToken) -> None:
        raise ImportFailure("The file is empty.")

    def bug(progress: Progress, cancel: CancelToken) -> None:
        raise KeyError("oops")

    runner = SyncJobRunner()
    outcomes = Outcomes()
    runner.start(bad_file, channel="a", **outcomes.kwargs())  # type: ignore[arg-type]
    runner.start(bug, channel="b", **outcomes.kwargs())  # type: ignore[arg-type]
    assert outcomes.failed[0] == ("The file is empty.", False)
    message, is_bug = outcomes.failed[1]
    assert is_bug and "KeyError" in message and "log" in message
    assert "oops" in caplog.text  # type: ignore[attr-defined]  # the traceback is logged


def test_cancelled_work_reports_cancelled(qtbot: QtBot) -> None:
    def work(progress: Progress, cancel: CancelToken) -> str:
        cancel.cancel()  # as if the user pressed Cancel mid-way
        cancel.raise_if_cancelled()
        return "never"

    outcomes = Outcomes()
    SyncJobRunner().start(work, channel="x", **outcomes.kwargs())  # type: ignore[arg-type]
    assert outcomes.cancelled == 1 and outcomes.finished == []


def test_real_thread_result_arrives_on_ui_thread_and_late_results_are_dropped(
    qtbot: QtBot,
) -> None:
    release = threading.Event()
    ui_thread = threading.get_ident()
    seen_threads: list[int] = []

    def slow(progress: Progress, cancel: CancelToken) -> str:
        seen_threads.append(threading.get_ident())
        release.wait(5)
        return "story 1"

    def fast(progress: Progress, cancel: CancelToken) -> str:
        return "story 2"

    runner = JobRunner(max_threads=2)
    first, second = Outcomes(), Outcomes()
    delivered_on: list[int] = []
    first_job = runner.start(slow, channel="compare", tag=1, **first.kwargs())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(seen_threads), timeout=5000)  # the slow job is running
    second_job = runner.start(fast, channel="compare", tag=2, **second.kwargs())  # type: ignore[arg-type]
    second_job.finished.connect(lambda _r: delivered_on.append(threading.get_ident()))
    assert first_job.token.cancelled  # superseded work is asked to stop
    qtbot.waitUntil(lambda: second.finished == ["story 2"], timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: first_job.done, timeout=5000)
    assert runner.wait(5000)
    assert first.finished == [] and first.failed == []  # the late result was dropped
    assert delivered_on == [ui_thread]
    assert seen_threads and seen_threads[0] != ui_thread
    assert not runner.busy()


def test_result_arriving_after_the_window_closed_is_ignored(qtbot: QtBot) -> None:
    import shiboken6

    outcomes = Outcomes()
    runner = JobRunner()
    job = runner.start(lambda progress, cancel: "late", channel="c", **outcomes.kwargs())  # type: ignore[arg-type]
    assert runner.wait(5000)  # the result is now queued for the UI thread...
    shiboken6.delete(runner)  # ...but the window that owned the runner is gone
    qtbot.waitUntil(lambda: job.done, timeout=5000)  # delivered without raising
    assert outcomes.finished == []
