"""Does the window stay responsive while it imports many files? A heartbeat timer says.

Usage: python tests/benchmarks/bench_ui_heartbeat.py [--files 1000]

Writes N fictional articles (generated here, with quotes) to a temporary folder, opens
the real MainWindow offscreen on a fresh database, starts File ▸ Import's code path on
them (accepting the confirmation at once), and ticks a 10 ms QTimer on the UI thread
all the while. Prints the worst and 99th-percentile lateness of the ticks (a frozen UI
shows up as a late tick), the import time and the files per second. Bar: worst
lateness < 100 ms. Run it on an otherwise idle machine: other processes on two cores
delay ticks too.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import settle_after_start
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow

TICK_MS = 10
OUTLETS = ["The Northern Ledger", "Coastline Daily", "Meridian Wire", "The Harbour Post"]
PEOPLE = ["Ilse Marrow", "Tomas Kerrigan", "Renata Vos", "Bruno Adeyemi", "Lena Voss"]
WORDS = [
    "harbour",
    "council",
    "barrier",
    "budget",
    "storm",
    "ferry",
    "night",
    "shift",
    "bridge",
    "river",
    "winter",
    "plan",
    "vote",
    "families",
    "housing",
    "contract",
    "engineers",
    "delay",
    "promise",
    "tide",
    "estuary",
    "crossing",
    "repair",
]


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def write_articles(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Fictional article files with front matter, several paragraphs and quotes."""
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        person = rng.choice(PEOPLE)
        paragraphs = [_sentence(rng, rng.randint(12, 30)) for _ in range(rng.randint(4, 9))]
        for _ in range(rng.randint(1, 4)):
            quote = _sentence(rng, rng.randint(6, 18))
            paragraphs.insert(rng.randint(0, len(paragraphs)), f"“{quote}” {person} said.")
        body = "\n\n".join(paragraphs)
        path = folder / f"article-{i:05d}.txt"
        path.write_text(
            f"Title: Report number {i} on the {rng.choice(WORDS)}\n"
            f"Outlet: {rng.choice(OUTLETS)}\nURL: https://example.invalid/{i}\n"
            f"Date: 2025-03-{1 + i % 28:02d}\n\n{body}\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        paths = write_articles(root / "in", args.files)
        db = Database.open(f"sqlite:///{root / 'ui.sqlite3'}")
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, settings=settings)
        window.show()
        settle_after_start()  # as desktop.app.run_gui does
        lateness: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            lateness.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
            last[0] = now

        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(tick)
        done = []
        window.import_flow.import_done.connect(lambda report: done.append(report))
        start = time.perf_counter()
        timer.start()
        window.import_paths(paths)
        confirmed_at = None
        while not done:
            app.processEvents()
            dialog = window.import_flow.preview_dialog
            if dialog is not None and dialog.isVisible() and confirmed_at is None:
                confirmed_at = time.perf_counter() - start
                dialog.accept()  # the user clicks Import in the confirmation
            time.sleep(0.001)
        elapsed = time.perf_counter() - start
        # Keep ticking a moment: the library refresh after the import runs on the UI thread.
        settle = time.perf_counter() + 1.0
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        report = done[0]
        window.close()
        db.close()
    lateness.sort()
    p99 = lateness[int(len(lateness) * 0.99) - 1] if lateness else 0.0
    imported = len(report.imported) if report is not None else 0
    print(f"files: {args.files}, imported: {imported}")
    check = f"check {confirmed_at:.1f} s, " if confirmed_at is not None else ""
    print(f"import time: {elapsed:.1f} s ({check}{args.files / elapsed:.1f} files/s overall)")
    worst = lateness[-1] if lateness else 0.0
    print(f"heartbeat ticks: {len(lateness)}; worst lateness {worst:.1f} ms; p99 {p99:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
