"""Loading many files in worker processes gives what loading them here gives, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import Cancelled
from desktop.services.extraction_pool import load_files, worker_count
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


def test_small_batches_stay_in_process() -> None:
    assert worker_count(3) == 0


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
