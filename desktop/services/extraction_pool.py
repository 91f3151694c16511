"""Reading, extraction and quote finding for many files at once, on every core.

Extraction is pure CPU work on bytes (core/ takes frozen data in and gives frozen data
out), so a batch spreads it over worker processes while one thread stores the results
in input order, one transaction per article. Threads would not help: trafilatura and
the quote finder hold the GIL. Workers are spawned, never forked: a fork of a process
that runs Qt and database threads can deadlock.

A spawned worker spends about a second importing trafilatura and lxml and loading the
public-suffix list before its first file; on a batch of a few hundred pages that was a
fifth of the import. So the workers are one pool shared by every batch of the process,
kept alive between imports, and `prewarm()` starts them while the user is still
choosing files.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import stat
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.core.extract import (
    MAX_FILE_BYTES,
    extract_file,
    normalized_body_hash,
    pack_source,
)
from desktop.core.html_extract import load_extractor_tables
from desktop.core.model import ExtractedArticle, QuoteAnalysis
from desktop.core.near_duplicates import band_keys, screens_reliably
from desktop.core.quotes import find_quotes
from desktop.core.site_name import site_host
from desktop.errors import ImportFailure
from desktop.services.progress import CancelToken, check_cancel

log = logging.getLogger(__name__)

# Below this many files the start-up of worker processes (about a second each, for
# importing trafilatura and lxml) costs more than it saves.
MIN_FILES_FOR_WORKERS = 12
MAX_WORKERS = 4
# Files handed to each worker ahead of the storing thread: enough that a slow file or
# a slow store does not leave workers idle, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 3
# A file still being read after this long is given up (its worker is stopped) so that
# one pathological page cannot hold up the rest of the batch for ever.
FILE_SECONDS = 120.0
# How often the storing thread, waiting for a worker, looks at the Cancel button.
CANCEL_POLL_SECONDS = 0.1
# On Cancel, a worker still busy with its file after this long is stopped rather than
# left running (a quicker one finishes in the background and stays warm).
STUCK_SECONDS = 5.0
# New pools one batch may start after its workers broke or hung; then it loads here.
MAX_RESTARTS = 3


@dataclass(frozen=True)
class LoadedFile:
    """One file read and analysed, or the plain reason it could not be.

    A file analysed in full travels back packed only (`packed`: the compressed bytes and
    their sha256); `data` is then empty, which halves what a worker sends the storing
    thread. A failed file keeps its `data`.
    """

    path: Path
    data: bytes = b""
    extracted: ExtractedArticle | None = None
    analysis: QuoteAnalysis | None = None
    error: str = ""
    packed: tuple[bytes, str] | None = None  # pack_source(data), done in the worker
    bands: tuple[int, ...] | None = None  # band_keys(extracted.text), done in the worker
    content_hash: str | None = None  # normalized_body_hash(extracted.text), in the worker
    screens: bool | None = None  # screens_reliably(extracted.text), in the worker


def read_file(path: Path) -> bytes:
    """A file's bytes. Raises ImportFailure with the reason it cannot be read."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise ImportFailure("This is a folder, not a file.")
        if not stat.S_ISREG(status.st_mode):
            # A named pipe or a device: reading it could wait for ever and stall the import.
            raise ImportFailure("This is not a regular file (a pipe, socket or device).")
        size = status.st_size
        if size > MAX_FILE_BYTES:  # refuse before reading gigabytes into memory
            megabytes = size / (1024 * 1024)
            limit = MAX_FILE_BYTES // (1024 * 1024)
            raise ImportFailure(
                f"The file is too large ({megabytes:.0f} MB; the limit is {limit} MB)."
            )
        return path.read_bytes()
    except FileNotFoundError as error:
        raise ImportFailure("The file does not exist.") from error
    except IsADirectoryError as error:
        raise ImportFailure("This is a folder, not a file.") from error
    except OSError as error:
        raise ImportFailure(f"The file cannot be read: {error.strerror or error}.") from error


def load_file(path: Path) -> LoadedFile:
    """Read, extract and find quotes; never raises for a bad file (runs in workers)."""
    try:
        data = read_file(path)
    except ImportFailure as error:
        return LoadedFile(path, error=str(error))
    try:
        extracted = extract_file(data, path.name)
        analysis = find_quotes(extracted.text)
        text = extracted.text
        return LoadedFile(
            path,
            b"",
            extracted,
            analysis,
            packed=pack_source(data),
            bands=band_keys(text),
            content_hash=normalized_body_hash(text),
            screens=screens_reliably(text),
        )
    except ImportFailure as error:
        return LoadedFile(path, data, error=str(error))
    except Exception as error:  # a bug in extraction must fail this file only
        log.exception("extraction failed for %s", path)
        return LoadedFile(path, data, error=f"internal error: {error}")


def worker_count(files: int) -> int:
    """How many worker processes a batch of `files` gets (0: extract in this thread).

    A small batch uses the workers only when they are warm already (started when the
    import dialog opened): then they cost nothing, and a file that hangs cannot stall the
    import thread or keep Cancel waiting.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if not cores or cores < 2 or (files < MIN_FILES_FOR_WORKERS and not _POOL.warm):
        return 0
    return min(cores, MAX_WORKERS)


Loader = Callable[[Path], LoadedFile]


def load_files(
    paths: Sequence[Path],
    *,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    loader: Loader = load_file,
    file_seconds: float = FILE_SECONDS,
) -> Iterator[LoadedFile]:
    """Every path loaded by `loader`, in input order.

    At most a few files per worker are in flight, so memory stays bounded by the
    largest files rather than the batch. Cancel is noticed within CANCEL_POLL_SECONDS
    even while a worker is deep in one file, and a file that takes longer than
    `file_seconds` in a worker fails with a clear reason instead of holding up the rest.
    """
    count = worker_count(len(paths)) if workers is None else workers
    if count == 0:
        for path in paths:
            check_cancel(cancel)
            yield loader(path)
        return
    check_cancel(cancel)
    with _POOL.batch(count) as executor:
        yield from _Batch(executor, count, cancel, loader, file_seconds).run(paths)


class _Batch:
    """One batch's files in flight on the shared pool, handed back in input order."""

    def __init__(
        self,
        executor: ProcessPoolExecutor,
        count: int,
        cancel: CancelToken | None,
        loader: Loader,
        file_seconds: float,
    ) -> None:
        self._executor: ProcessPoolExecutor | None = executor  # None: load here instead
        self._count = count
        self._cancel = cancel
        self._loader = loader
        self._file_seconds = file_seconds
        self._pending: deque[tuple[Path, Future[LoadedFile] | None]] = deque()
        self._restarts = 0

    def run(self, paths: Sequence[Path]) -> Iterator[LoadedFile]:
        queue = iter(paths)
        try:
            for path in queue:
                self._hand_out(path)
                if len(self._pending) >= self._count * IN_FLIGHT_PER_WORKER:
                    break
            while self._pending:
                loaded = self._result()
                check_cancel(self._cancel)
                next_path = next(queue, None)
                if next_path is not None:
                    self._hand_out(next_path)
                yield loaded
        finally:
            self._abandon()

    def _hand_out(self, path: Path, future: Future[LoadedFile] | None = None) -> None:
        if future is None and self._executor is not None:
            try:
                future = self._executor.submit(self._loader, path)
            except (BrokenProcessPool, RuntimeError):  # broken, or shut down under us
                _POOL.discard(self._executor)
                self._executor = None
        self._pending.append((path, future))

    def _result(self) -> LoadedFile:
        """The first pending file's result, waited for with Cancel and the time limit
        in view; it stays pending until then, so that a restart hands it out again."""
        path, future = self._pending[0]
        if future is None:
            self._pending.popleft()
            return self._loader(path)
        deadline = time.monotonic() + self._file_seconds
        while True:
            try:
                loaded = future.result(timeout=CANCEL_POLL_SECONDS)
            except FutureTimeout:
                check_cancel(self._cancel)  # the file is abandoned (see _abandon)
                if not future.running():  # still queued behind another batch's files
                    deadline = time.monotonic() + self._file_seconds
                elif time.monotonic() > deadline:
                    log.warning("%s took over %.0f s to read; skipped", path, self._file_seconds)
                    self._pending.popleft()
                    self._restart()
                    return LoadedFile(path, error=_too_slow(self._file_seconds))
                continue
            except (BrokenProcessPool, CancelledError):
                # A worker died (out of memory?), or another batch stopped the pool.
                log.warning("extraction workers stopped under a batch; starting new ones")
                self._restart()
                path, future = self._pending[0]
                if future is None:
                    self._pending.popleft()
                    return self._loader(path)
                deadline = time.monotonic() + self._file_seconds
                continue
            self._pending.popleft()
            return loaded

    def _restart(self) -> None:
        """Kill the pool (a worker is stuck, or it broke) and hand the files still in
        flight to a new one; after MAX_RESTARTS, the rest load in this thread."""
        if self._executor is not None:
            _POOL.kill(self._executor)
        self._restarts += 1
        self._executor = None
        if self._restarts <= MAX_RESTARTS:
            try:
                self._executor = _POOL.start(self._count)[0]
            except OSError:  # no process can be started: load here
                log.exception("cannot start extraction workers")
        waiting = list(self._pending)
        self._pending.clear()
        for path, future in waiting:
            # A file a worker finished before the stop keeps its result.
            kept = future if future is not None and _succeeded(future) else None
            self._hand_out(path, kept)

    def _abandon(self) -> None:
        """Cancelled or done: files not started are dropped. Files a worker is still on
        are left to finish and be discarded, so that the pool stays warm; a pool still
        busy with them STUCK_SECONDS later is stopped (a hung file must not hold a
        worker, nor the application's exit, for ever)."""
        running = []
        for _, future in self._pending:
            if future is not None and not future.cancel() and not future.done():
                running.append(future)
        self._pending.clear()
        executor = self._executor
        if running and executor is not None:
            timer = threading.Timer(STUCK_SECONDS, _stop_if_busy, (executor, running))
            timer.daemon = True
            timer.start()


def _succeeded(future: Future[LoadedFile]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _stop_if_busy(executor: ProcessPoolExecutor, futures: list[Future[LoadedFile]]) -> None:
    if not all(future.done() for future in futures):
        log.warning("extraction workers still busy with an abandoned file; stopping them")
        _POOL.kill(executor)


def _too_slow(seconds: float) -> str:
    return (
        f"Reading this file took longer than {seconds:.0f} seconds, so it was skipped. "
        "It may be malformed or unusually large; the other files were imported."
    )


# Idle workers hold about 80 MB each: a pool unused this long is stopped (the next
# import starts it again, or the next import dialog does).
IDLE_SECONDS = 300.0


class _SharedPool:
    """The process's one worker pool: started on demand, kept between batches, stopped
    when idle for IDLE_SECONDS or at exit. Every method is safe from any thread."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._executor: ProcessPoolExecutor | None = None
        self._batches = 0  # batches running on it now; it is idle only at zero
        self._idle_timer: threading.Timer | None = None
        self.warming: list[Future[None]] = []  # the warm-up tasks prewarm() gave the pool

    @property
    def running(self) -> bool:
        return self._executor is not None

    @property
    def warm(self) -> bool:
        """Running, with every worker past its warm-up (imports loaded)."""
        return self._executor is not None and all(f.done() for f in self.warming)

    def start(self, count: int) -> tuple[ProcessPoolExecutor, bool]:
        """The pool (started with `count` workers if there is none) and whether it is new.

        A running pool is kept whatever count is asked for: replacing it would break a
        batch another thread is running on it.
        """
        with self._lock:
            self._restart_idle_timer()
            if self._executor is not None:
                return self._executor, False
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(max_workers=count, mp_context=context)
            self.warming = [_NOT_YET]  # warm once prewarm()'s tasks or a first batch end
            return self._executor, True

    @contextmanager
    def batch(self, count: int) -> Iterator[ProcessPoolExecutor]:
        """The pool for one batch; it is not stopped as idle while the batch runs."""
        with self._lock:
            executor, _ = self.start(count)
            self._batches += 1
            self._cancel_idle_timer()
        try:
            yield executor
        finally:
            with self._lock:
                self._batches -= 1
                if executor is self._executor:
                    self.warming = []  # its workers have loaded files: warm
                if not self._batches and self._executor is not None:
                    self._restart_idle_timer()

    def discard(self, executor: ProcessPoolExecutor) -> None:
        """Forget a broken pool, so that the next batch starts a new one."""
        with self._lock:
            if self._executor is executor:
                self._executor = None
        executor.shutdown(wait=False, cancel_futures=True)

    def kill(self, executor: ProcessPoolExecutor) -> None:
        """Stop a pool whose worker is stuck in a file: its processes are killed, not
        waited for. Other batches on it hand their files to a new pool."""
        processes = list((executor._processes or {}).values())  # shutdown() forgets them
        self.discard(executor)
        for process in processes:
            process.kill()

    def stop(self, *, kill: bool = True) -> None:
        """Stop the pool: at exit its processes are killed (one still busy with an
        abandoned file would hold the application's exit); when idle, tasks running
        (a warm-up) finish first."""
        with self._lock:  # _stop_if_idle holds it throughout
            self._cancel_idle_timer()
            executor = self._executor
        if executor is not None:
            (self.kill if kill else self.discard)(executor)

    def _restart_idle_timer(self) -> None:
        self._cancel_idle_timer()
        self._idle_timer = threading.Timer(IDLE_SECONDS, self._stop_if_idle)
        self._idle_timer.daemon = True  # never keeps the application from quitting
        self._idle_timer.start()

    def _cancel_idle_timer(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None

    def _stop_if_idle(self) -> None:
        with self._lock:  # held throughout: no batch starts between the check and the stop
            if not self._batches:
                self.stop(kill=False)


_NOT_YET: Future[None] = Future()  # never done: a pool just started is not warm yet
_POOL = _SharedPool()


def prewarm() -> list[Future[None]]:
    """Start the worker pool in the background, ready for a batch (returns at once).

    Called when the user opens an import dialog or drags files over the window: the
    workers import their libraries while the user chooses files. The futures tell when
    they are ready (nothing to wait for when the pool is running already).
    """
    count = worker_count(MIN_FILES_FOR_WORKERS)
    if count == 0:
        return []
    executor, new = _POOL.start(count)
    if not new:
        return []
    try:
        # One task each: a busy worker makes the pool start the next one.
        _POOL.warming = [executor.submit(_warm_up) for _ in range(count)]
        return _POOL.warming
    except BrokenProcessPool:
        _POOL.discard(executor)
        return []


def pool_running() -> bool:
    """Whether worker processes are up (started, and not stopped as idle or at exit)."""
    return _POOL.running


def shutdown_pool() -> None:
    """Stop the worker pool (at exit, or idle); the next batch starts a new one."""
    _POOL.stop()


_WARM_UP_PAGE = (
    b"<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>"
    b"<p>\xe2\x80\x9cThe ferry leaves at noon,\xe2\x80\x9d said Anouk Verlaine.</p>"
    b"</article></body></html>"
)


def _warm_up() -> None:
    """Load what the first real file would (runs in a worker): imports, suffix list, regexes."""
    load_extractor_tables()
    extracted = extract_file(_WARM_UP_PAGE, "warm-up.html")
    find_quotes(extracted.text)
    band_keys(extracted.text)
    site_host("https://www.example.org/")
