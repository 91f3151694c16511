"""The one bridge that runs service functions off the UI thread and reports back to it."""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Hashable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from desktop.errors import Cancelled, UserError
from desktop.services.progress import CancelToken, Progress
from desktop.ui.error_log import bug_message

log = logging.getLogger(__name__)

# A job's work: a plain function that receives the progress callback and the cancel token.
# It runs on a worker thread, so it must only touch its own objects (each service opens its
# own database session) and return immutable data.
Work = Callable[[Progress, CancelToken], Any]

# Seconds between progress updates sent to the UI thread (the last one always goes).
PROGRESS_INTERVAL = 0.05


class _Relay(QObject):
    """Lives on the UI thread; the worker emits these, Qt queues them across threads."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)
    cancelled = Signal()


class _Runnable(QRunnable):
    """Runs one job's work and turns its outcome into exactly one relay signal."""

    def __init__(self, work: Work, relay: _Relay, token: CancelToken) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._token = token
        self.ended = False  # set on the worker thread when run() returns
        # The Job keeps the Python reference; Qt must not delete the wrapper under it.
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.ended = True

    def _run(self) -> None:
        relay, token = self._relay, self._token

        last_sent = [-PROGRESS_INTERVAL]

        def emit(signal_name: str, *args: object) -> None:
            # The relay may be gone when the application is shutting down under us.
            if shiboken6.isValid(relay):
                getattr(relay, signal_name).emit(*args)

        def report(done: int, total: int, message: str) -> None:
            # A batch of 1,000 files reports 1,000 times; the UI needs a few a second.
            now = time.monotonic()
            if now - last_sent[0] >= PROGRESS_INTERVAL or done >= total:
                last_sent[0] = now
                emit("progress", done, total, message)

        try:
            token.raise_if_cancelled()
            result = self._work(report, token)
        except Cancelled:
            emit("cancelled")
        except UserError as error:
            emit("failed", str(error) or type(error).__name__, False)
        except Exception as error:  # a bug: log it with its traceback, tell the user plainly
            log.exception("Background job failed")
            emit("failed", bug_message(type(error).__name__), True)
        else:
            # Work that ignored the token and finished anyway was still cancelled: the
            # user said so, and a late confirmation or report must not appear.
            if token.cancelled:
                emit("cancelled")
            else:
                emit("finished", result)


class Job(QObject):
    """One submitted piece of work, as the UI sees it.

    `tag` records what the result was computed for (a story id, a list of paths);
    a job superseded by a newer job on the same channel is cancelled and its late
    result is dropped instead of being delivered.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, is_bug
    cancelled = Signal()

    _ids: ClassVar[itertools.count[int]] = itertools.count(1)

    def __init__(self, runner: JobRunner, channel: str, tag: Hashable, work: Work) -> None:
        super().__init__()
        self.id = next(self._ids)
        self.channel = channel
        self.tag = tag
        self.token = CancelToken()
        self.done = False
        self._runner = runner
        self._relay = _Relay()
        self.runnable = _Runnable(work, self._relay, self.token)
        kind = runner.connection_type
        self._relay.progress.connect(self._on_relay_progress, kind)
        self._relay.finished.connect(self._on_relay_finished, kind)
        self._relay.failed.connect(self._on_relay_failed, kind)
        self._relay.cancelled.connect(self._on_relay_cancelled, kind)

    @property
    def is_current(self) -> bool:
        """True while no newer job on the same channel has replaced this one."""
        return self._runner.current(self.channel) is self

    def cancel(self) -> None:
        """Ask the work to stop at its next checkpoint; it then reports `cancelled`."""
        self.token.cancel()

    def cancel_now(self) -> None:
        """The user pressed Cancel: report `cancelled` at once and drop whatever comes later.

        The work still stops only at its next checkpoint, but from the UI's point of
        view the job is over: a new one may start and a late result is never shown.
        """
        self.token.cancel()
        self._on_relay_cancelled()

    def _on_relay_progress(self, done: int, total: int, message: str) -> None:
        if shiboken6.isValid(self._runner) and self.is_current and not self.done:
            self.progress.emit(done, total, message)

    def _on_relay_finished(self, result: object) -> None:
        if self._settle("finished"):
            self.finished.emit(result)

    def _on_relay_failed(self, message: str, is_bug: bool) -> None:
        if self._settle("failed"):
            self.failed.emit(message, is_bug)

    def _on_relay_cancelled(self) -> None:
        if self._settle("cancelled"):
            self.cancelled.emit()

    def _settle(self, outcome: str) -> bool:
        """Mark the job done; True when its outcome should still reach the UI."""
        if not shiboken6.isValid(self._runner):
            # The window (and its runner) closed while the work ran: nobody to tell.
            self.done = True
            return False
        wanted = self.is_current and not self.done
        self.done = True
        self._runner.forget(self)
        if not wanted:
            log.debug(
                "Dropped late %s of job %s on %r (%r)", outcome, self.id, self.channel, self.tag
            )
        return wanted


class JobRunner(QObject):
    """Runs work on its own QThreadPool; outcomes arrive on the UI thread via queued signals."""

    connection_type: ClassVar[Qt.ConnectionType] = Qt.ConnectionType.QueuedConnection

    job_started = Signal(object)
    job_settled = Signal(object)

    # Four, not two: a cancelled job can still be inside one slow file, and a new import
    # or comparison must not queue behind it and another job.
    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._current: dict[str, Job] = {}
        self._active: set[Job] = set()
        # Every launched runnable (and so its relay) lives until its run() has returned,
        # even when its Job was superseded and forgotten: Qt must never run or signal
        # through a deleted object.
        self._launched: list[_Runnable] = []

    def start(
        self,
        work: Work,
        *,
        channel: str,
        tag: Hashable = None,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[str, bool], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Job:
        """Run `work(progress, cancel)` in the background, replacing the channel's last job."""
        previous = self._current.get(channel)
        if previous is not None and not previous.done:
            previous.cancel()
        job = Job(self, channel, tag, work)
        for signal, slot in (
            (job.finished, on_finished),
            (job.failed, on_failed),
            (job.progress, on_progress),
            (job.cancelled, on_cancelled),
        ):
            if slot is not None:
                signal.connect(slot)
        self._current[channel] = job
        self._active.add(job)
        self.job_started.emit(job)
        self._launch(job)
        return job

    def current(self, channel: str) -> Job | None:
        """The newest job started on `channel`, finished or not."""
        return self._current.get(channel)

    def busy(self) -> bool:
        """True while any job has not reported its outcome yet."""
        return bool(self._active)

    def forget(self, job: Job) -> None:
        """Called by a job when it settles."""
        if job in self._active:
            self._active.discard(job)
            self.job_settled.emit(job)

    def cancel_all(self) -> None:
        """Cancel every job; none of them reports anything to the UI afterwards."""
        for job in list(self._active):
            job.token.cancel()
            job.done = True
            self.forget(job)

    def running(self) -> bool:
        """True while some work is still executing on a worker thread (even if cancelled)."""
        self._prune()
        return bool(self._launched)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker threads are idle (used when the window closes)."""
        done = bool(self._pool.waitForDone(msecs))
        self._prune()
        return done

    def _prune(self) -> None:
        self._launched = [runnable for runnable in self._launched if not runnable.ended]

    def _launch(self, job: Job) -> None:
        self._prune()
        self._launched.append(job.runnable)
        self._pool.start(job.runnable)


class SyncJobRunner(JobRunner):
    """Runs each job inline on the calling thread: deterministic tests, same signals."""

    connection_type: ClassVar[Qt.ConnectionType] = Qt.ConnectionType.DirectConnection

    def _launch(self, job: Job) -> None:
        job.runnable.run()
