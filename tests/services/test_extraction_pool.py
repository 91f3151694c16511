"""Loading many files in worker processes gives what loading them here gives, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import Cancelled
from desktop.services.extraction_pool import LoadedFile, load_file, load_files, worker_count
from desktop.services.progress import CancelToken


def _articles(folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = folder / f"{number:02d}.txt"
        path.write_text(
            f"Title: Ferry timetable change {number}\nOutlet: The Quay Gazette\n\n"
            f"The ferry will leave at {number} o'clock from the north pier.\n\n"
            f"“We are adding a late crossing number {number},” said harbour master "
            "Anouk Verlaine.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def test_workers_and_in_process_loading_agree_in_input_order(tmp_path: Path) -> None:
    paths = _articles(tmp_path, 6)
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"\x00\x01\x02binary")
    paths.insert(3, broken)
    here = list(load_files(paths, workers=0))
    pooled = list(load_files(paths, workers=2))
    assert [loaded.path for loaded in pooled] == paths
    assert pooled == here
    assert pooled[3].extracted is None and pooled[3].error
    speakers = {q.speaker for loaded in pooled if loaded.analysis for q in loaded.analysis.quotes}
    assert speakers == {"Anouk Verlaine"}


def test_cancel_stops_the_batch(tmp_path: Path) -> None:
    token = CancelToken()
    loaded = load_files(_articles(tmp_path, 4), cancel=token, workers=2)
    next(loaded)
    token.cancel()
    with pytest.raises(Cancelled):
        list(loaded)


def test_small_batches_use_the_workers_only_when_they_are_up_already() -> None:
    from desktop.services import extraction_pool

    extraction_pool.shutdown_pool()
    assert worker_count(3) == 0  # starting workers would cost more than it saves
    warming = extraction_pool.prewarm()
    if not warming:
        pytest.skip("one core: imports run in-process")
    for future in warming:
        future.result(timeout=60)
    assert worker_count(3) >= 2  # warm: free, and a hanging file cannot stall the import


def test_a_broken_worker_pool_falls_back_to_loading_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    paths = _articles(tmp_path, 5)

    def broken_submit(self: object, *args: object, **kwargs: object) -> None:
        raise BrokenProcessPool("a worker was killed")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor.submit", broken_submit)
    loaded = list(load_files(paths, workers=2))
    assert [item.path for item in loaded] == paths
    assert all(item.extracted is not None for item in loaded)


def test_the_warm_pool_serves_batch_after_batch_even_after_a_cancel(tmp_path: Path) -> None:
    from desktop.services import extraction_pool

    extraction_pool.shutdown_pool()
    warming = extraction_pool.prewarm()
    if extraction_pool.worker_count(extraction_pool.MIN_FILES_FOR_WORKERS) == 0:
        pytest.skip("one core: imports run in-process")
    assert warming and all(future.result(timeout=60) is None for future in warming)
    assert extraction_pool.prewarm() == []  # already running: nothing started twice
    paths = _articles(tmp_path, 4)
    token = CancelToken()
    first = load_files(paths, cancel=token, workers=2)
    next(first)
    token.cancel()
    with pytest.raises(Cancelled):
        list(first)
    again = list(load_files(paths, workers=2))
    assert [item.path for item in again] == paths
    assert all(item.extracted is not None for item in again)


def test_an_idle_pool_stops_and_the_next_batch_starts_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from desktop.services import extraction_pool

    if extraction_pool.worker_count(extraction_pool.MIN_FILES_FOR_WORKERS) == 0:
        pytest.skip("one core: imports run in-process")
    extraction_pool.shutdown_pool()
    monkeypatch.setattr(extraction_pool, "IDLE_SECONDS", 0.3)
    for future in extraction_pool.prewarm():
        future.result(timeout=60)
    paths = _articles(tmp_path, 3)
    assert len(list(load_files(paths, workers=2))) == 3
    assert extraction_pool.pool_running()
    deadline = time.monotonic() + 10
    while extraction_pool.pool_running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not extraction_pool.pool_running()  # idle workers do not hold memory for ever
    assert [item.path for item in load_files(paths, workers=2)] == paths


def _hanging_loader(path: Path) -> LoadedFile:
    """Loads like the real loader, except a file named *hang* never finishes in time."""
    import os
    import time

    if "hang" in path.name:
        time.sleep(120)
    if "slow" in path.name:  # reports which process read it
        time.sleep(1)
        return LoadedFile(path, error=f"read by {os.getpid()}")
    return load_file(path)


def test_a_file_that_never_finishes_fails_clearly_and_the_rest_still_load(
    tmp_path: Path,
) -> None:
    import time

    paths = _articles(tmp_path, 5)
    stuck = tmp_path / "hang.txt"
    stuck.write_text("Title: Stuck\n\nA page that keeps its worker busy.\n", encoding="utf-8")
    paths.insert(1, stuck)
    started = time.monotonic()
    loaded = list(load_files(paths, workers=2, loader=_hanging_loader, file_seconds=8))
    assert time.monotonic() - started < 60  # not the two minutes the file would take
    assert [item.path for item in loaded] == paths
    assert loaded[1].extracted is None and "took longer than" in loaded[1].error
    assert [item.error for i, item in enumerate(loaded) if i != 1] == [""] * 5


def test_cancel_is_not_kept_waiting_by_a_file_a_worker_is_stuck_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from desktop.services import extraction_pool

    monkeypatch.setattr(extraction_pool, "STUCK_SECONDS", 0.5)
    stuck = tmp_path / "hang.txt"
    stuck.write_text("Title: Stuck\n\nA page that keeps its worker busy.\n", encoding="utf-8")
    paths = [stuck, *_articles(tmp_path, 3)]
    token = CancelToken()
    threading.Timer(1.0, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        list(load_files(paths, cancel=token, workers=2, loader=_hanging_loader))
    assert time.monotonic() - started < 10
    # The stuck worker was stopped: the next batch gets a working pool.
    again = list(load_files(paths[1:], workers=2))
    assert all(item.extracted is not None for item in again)


def test_a_batch_whose_pool_another_batch_stopped_goes_on_in_new_workers(
    tmp_path: Path,
) -> None:
    import os
    import threading
    import time

    from desktop.services import extraction_pool

    if extraction_pool.worker_count(extraction_pool.MIN_FILES_FOR_WORKERS) == 0:
        pytest.skip("one core: imports run in-process")
    slow = []
    for number, path in enumerate(_articles(tmp_path, 12)):
        slow.append(path.rename(tmp_path / f"slow{number}.txt"))
    stuck = tmp_path / "hang.txt"
    stuck.write_text("Title: Stuck\n\nA page that keeps its worker busy.\n", encoding="utf-8")
    results: list[LoadedFile] = []

    def other_batch() -> None:
        results.extend(load_files(slow, workers=2, loader=_hanging_loader))

    other = threading.Thread(target=other_batch)
    other.start()
    time.sleep(0.5)
    # This batch's file hangs: its pool is killed under the other batch.
    mine = list(load_files([stuck], workers=2, loader=_hanging_loader, file_seconds=2))
    assert "took longer than" in mine[0].error
    other.join(60)
    assert not other.is_alive()
    assert [item.path for item in results] == slow
    # All read by workers: none fell back to this process, where a hanging file would
    # have no time limit and Cancel would wait for it.
    assert all(item.error.startswith("read by ") for item in results)
    assert f"read by {os.getpid()}" not in {item.error for item in results}
