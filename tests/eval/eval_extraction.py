"""Score Parallax's HTML extraction on the article-extraction benchmark (shingle F1).

Usage: .venv/bin/python tests/eval/eval_extraction.py DATA_DIR [--limit N] [--show ID]

DATA_DIR is the benchmark folder (html/*.html.gz, ground-truth.json, output/*.json). The
metric follows the benchmark's DATASET.md: 4-word shingles over \\w+ tokens, per-page
TP/FP/FN normalised to sum to 1, precision and recall averaged over pages, F1 from the
averages. The published trafilatura output is scored with the same code as a check.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from desktop.core.extract import extract_file
from desktop.core.model import ExtractedArticle
from desktop.errors import ImportFailure

_TOKEN = re.compile(r"\w+")
_SHINGLE = 4


@dataclass(frozen=True)
class PageScore:
    """Precision and recall of one page."""

    page_id: str
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def shingles(text: str) -> Counter[str]:
    tokens = _TOKEN.findall(text or "")
    count = max(1, len(tokens) - _SHINGLE + 1)
    return Counter(" ".join(tokens[i : i + _SHINGLE]) for i in range(count) if tokens)


def score_page(page_id: str, truth: str, predicted: str) -> PageScore:
    expected, got = shingles(truth), shingles(predicted)
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(page_id, 1.0, 1.0)
    tp_n, fp_n, fn_n = tp / total, fp / total, fn / total
    precision = 1.0 if tp_n + fp_n == 0 else tp_n / (tp_n + fp_n)
    recall = 1.0 if tp_n + fn_n == 0 else tp_n / (tp_n + fn_n)
    return PageScore(page_id, precision, recall)


def summary(scores: list[PageScore]) -> tuple[float, float, float]:
    precision = sum(score.precision for score in scores) / len(scores)
    recall = sum(score.recall for score in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_output(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if "output" in data and isinstance(data["output"], dict):
        data = data["output"]
    return {key: (value or {}).get("articleBody") or "" for key, value in data.items()}


def plausible_outlet(article: ExtractedArticle) -> bool:
    """A name, not empty, not a URL and not a bare lower-case domain."""
    outlet = article.outlet.strip()
    if not 1 <= len(outlet) <= 60 or re.search(r"https?:|www\.|//", outlet):
        return False
    return not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z]{2,})+", outlet)


def plausible_title(article: ExtractedArticle) -> bool:
    """Two to forty words, without the outlet's name tacked on as a suffix."""
    words = article.title.split()
    outlet = article.outlet.strip()
    suffixed = bool(outlet) and article.title.rstrip().endswith(outlet)
    no_spaces = len(article.title) >= 8 and not words[1:]  # CJK headlines have no spaces
    return (2 <= len(words) <= 40 or no_spaces) and not suffixed


def _time_trafilatura(root: Path, ids: list[str]) -> float:
    """Seconds trafilatura.extract (default options) takes on the same pages."""
    pages = [
        gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        for page_id in ids
    ]
    started = time.perf_counter()
    for html in pages:
        trafilatura.extract(html)
    return time.perf_counter() - started


def run(root: Path, limit: int | None, show: str | None, timing: bool = False) -> int:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    scores: list[PageScore] = []
    articles: dict[str, ExtractedArticle] = {}
    started = time.perf_counter()
    for page_id in ids:
        data = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        try:
            articles[page_id] = extract_file(data, f"{page_id}.html")
            text = articles[page_id].text
        except ImportFailure as error:
            print(f"{page_id[:12]} failed: {error}", file=sys.stderr)
            text = ""
        scores.append(score_page(page_id, truth[page_id]["articleBody"], text))
    elapsed = time.perf_counter() - started
    precision, recall, f1 = summary(scores)
    print(
        f"parallax     pages={len(ids)} precision={precision:.4f} recall={recall:.4f} f1={f1:.4f}"
    )
    print(f"             {elapsed:.1f} s total, {1000 * elapsed / len(ids):.0f} ms/page")
    reference = load_output(root / "output" / "trafilatura.json")
    ref_scores = [score_page(i, truth[i]["articleBody"], reference.get(i, "")) for i in ids]
    ref_p, ref_r, ref_f = summary(ref_scores)
    print(
        f"trafilatura  (published output) precision={ref_p:.4f} recall={ref_r:.4f} f1={ref_f:.4f}"
    )
    outlets = sum(plausible_outlet(a) for a in articles.values())
    titles = sum(plausible_title(a) for a in articles.values())
    dated = sum(a.published is not None for a in articles.values())
    print(
        f"metadata     outlet plausible {outlets}/{len(ids)}, "
        f"headline plausible {titles}/{len(ids)}"
    )
    print(f"             published date found {dated}/{len(ids)}")
    print("ten worst pages (f1 precision recall id outlet | title):")
    for score in sorted(scores, key=lambda s: s.f1)[:10]:
        article = articles.get(score.page_id)
        label = f"{article.outlet} | {article.title[:50]}" if article else "(failed)"
        print(
            f"  {score.f1:.3f} {score.precision:.3f} {score.recall:.3f} "
            f"{score.page_id[:12]} {label}"
        )
    if timing:
        baseline = _time_trafilatura(root, ids)
        print(
            f"timing       trafilatura.extract alone: {baseline:.1f} s; parallax: {elapsed:.1f} s"
        )
    if show:
        match = next((a for i, a in articles.items() if i.startswith(show)), None)
        print(match.text if match else f"no page {show}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--show", default=None, help="print the extracted text of one page id")
    parser.add_argument("--timing", action="store_true", help="also time trafilatura alone")
    args = parser.parse_args(argv)
    return run(args.data_dir, args.limit, args.show, args.timing)


if __name__ == "__main__":
    sys.exit(main())
