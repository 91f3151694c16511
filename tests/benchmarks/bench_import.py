"""Import throughput against `trafilatura.extract` alone, on the same saved pages, in one run.

Usage: python tests/benchmarks/bench_import.py DATA_DIR [--repeat N]
DATA_DIR is shared/data/article-extraction-benchmark (pages are read from it at run time).

Prints pages per second for (a) trafilatura.extract(html) with its defaults and (b) a
full Parallax import of the same pages into a fresh SQLite database (decoding,
extraction, metadata, clean-up, quotes, duplicate checks, storage), and their ratio; plus
(c) Parallax's extraction alone, to tell its share from quotes and storage.
Both sides start warm: trafilatura on a few pages, the import's worker pool as the window
starts it when the import dialog opens.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

# Heavy modules are imported inside the timed functions: import workers are spawned, and a
# spawned process re-imports this script, which the real `parallax` entry point does not.


def _pages(data_dir: Path) -> list[tuple[str, bytes]]:
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (item_id, gzip.decompress((data_dir / "html" / f"{item_id}.html.gz").read_bytes()))
        for item_id in sorted(truth)
    ]


def _time_trafilatura(pages: list[tuple[str, bytes]]) -> float:
    import trafilatura

    start = time.perf_counter()
    for _, raw in pages:
        trafilatura.extract(raw.decode("utf-8", errors="replace"))
    return time.perf_counter() - start


def _time_extraction(pages: list[tuple[str, bytes]]) -> float:
    """Parallax's extraction alone (decode, parse, metadata, body): its share of the import."""
    from desktop.core.extract import extract_file
    from desktop.errors import ImportFailure

    start = time.perf_counter()
    for item_id, raw in pages:
        try:
            extract_file(raw, f"{item_id}.html")
        except ImportFailure:
            continue
    return time.perf_counter() - start


def _warm_import_workers() -> None:
    """Start the import's worker pool and wait until it is ready, as the window does
    while the user chooses files (File > Import opens the dialog and prewarms)."""
    from desktop.services.extraction_pool import prewarm

    for future in prewarm():
        future.result()


def _time_import(pages: list[tuple[str, bytes]], workdir: Path) -> tuple[float, int, int]:
    from desktop.services.importing import import_files
    from desktop.storage.database import Database

    folder = workdir / "pages"
    folder.mkdir()
    paths = []
    for item_id, raw in pages:
        path = folder / f"{item_id}.html"
        path.write_bytes(raw)
        paths.append(path)
    db = Database.open(f"sqlite:///{workdir / 'bench.sqlite3'}")
    try:
        start = time.perf_counter()
        report = import_files(db, paths)
        elapsed = time.perf_counter() - start
    finally:
        db.close()
    return elapsed, len(report.imported), len(report.failed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; best is kept")
    args = parser.parse_args(argv)
    pages = _pages(args.data_dir)
    # Warm both paths once (imports, lxml, trafilatura's caches) on a few pages.
    _time_trafilatura(pages[:5])
    _warm_import_workers()
    best_traf = best_import = best_extract = float("inf")
    imported = failed = 0
    for _ in range(args.repeat):
        best_traf = min(best_traf, _time_trafilatura(pages))
        best_extract = min(best_extract, _time_extraction(pages))
        with tempfile.TemporaryDirectory() as tmp:
            elapsed, imported, failed = _time_import(pages, Path(tmp))
        best_import = min(best_import, elapsed)
    n = len(pages)
    print(f"pages: {n}")
    print(f"trafilatura.extract alone: {best_traf:.2f} s  ({n / best_traf:.1f} pages/s)")
    print(
        f"parallax extraction alone: {best_extract:.2f} s  ({n / best_extract:.1f} pages/s)"
        f"  ratio {best_traf / best_extract:.2f}x"
    )
    print(
        f"parallax import (quotes, storage): {best_import:.2f} s  ({n / best_import:.1f} pages/s)"
        f"  imported {imported}, failed {failed}"
    )
    print(f"throughput ratio import/trafilatura: {best_traf / best_import:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
