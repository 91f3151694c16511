"""Time find_quotes on real article texts (CPU time, so other load on the machine counts less).

Usage: python tests/eval/time_quotes.py DATA_DIR [--repeat N] [--profile]
DATA_DIR holds `article-extraction-benchmark/ground-truth.json` and/or
`pac-partisan-events/data/merged_annotations/*.json`; the texts are read at run time.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

from desktop.core.quotes import find_quotes


def load_texts(data_dir: Path) -> list[str]:
    texts: list[str] = []
    truth = data_dir / "article-extraction-benchmark" / "ground-truth.json"
    if truth.exists():
        for item in json.loads(truth.read_text(encoding="utf-8")).values():
            if item.get("articleBody"):
                texts.append(item["articleBody"])
    pac = data_dir / "pac-partisan-events" / "data" / "merged_annotations"
    for path in sorted(pac.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        texts.append(" ".join(s["text"] for s in doc["news"]))
    return texts


def timed(text: str, repeat: int) -> float:
    """Best of `repeat` runs, in milliseconds; with repeat=1 the article is new to the caches
    (only what earlier articles left in them helps, as when a batch is imported)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        find_quotes(text)
        best = min(best, time.process_time() - started)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    texts = load_texts(args.data_dir)
    if not texts:
        print(f"no texts under {args.data_dir}", file=sys.stderr)
        return 2
    buckets: dict[str, list[float]] = {"<5 KB": [], "5-10 KB": [], "10-30 KB": [], ">=30 KB": []}
    started = time.process_time()
    for text in texts:
        size = len(text.encode("utf-8"))
        label = (
            "<5 KB"
            if size < 5000
            else "5-10 KB"
            if size < 10000
            else "10-30 KB"
            if size < 30000
            else ">=30 KB"
        )
        buckets[label].append(timed(text, args.repeat))
    total = time.process_time() - started
    print(f"{len(texts)} texts, {total:.1f} s in all (best of {args.repeat} per text)")
    for label, values in buckets.items():
        if values:
            print(
                f"{label:>9}: n={len(values):4d}  median {statistics.median(values):6.1f} ms"
                f"  max {max(values):6.1f} ms"
            )
    longest = max(texts, key=len)
    print(f"longest text ({len(longest) // 1000} KB): {timed(longest, args.repeat):.1f} ms")
    # A long news article: consecutive articles joined as paragraphs up to 50 KB.
    joined, parts = "", iter(texts[len(texts) // 2 :])
    while len(joined.encode("utf-8")) < 50_000:
        joined += next(parts, "The end.") + "\n\n"
    print(f"joined articles ({len(joined) // 1000} KB): {timed(joined, args.repeat):.1f} ms")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for text in texts:
            find_quotes(text)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
