"""Measure speakers and statement links on the labelled probe passages in tests/eval/probes.

Usage: python tests/eval/eval_probes.py [PROBE_FILE...] [--show]

A speaker file (`speakers_*.txt`) holds passages separated by lines of `##`; after each
passage, one line per quotation: `>> <its first four words> => <speaker>` (`NONE` for nobody
named). A statement file (`statements_*.txt`) holds stories separated by `####`, each two
outlets' texts split by a line `==`, then `>> SAME: A “<first words>” | B “<first words>”`
for each pair of quotations that are one utterance. `--show` prints every miss.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.core.matching import align_statements
from desktop.core.model import ArticleQuotes, Quote
from desktop.core.quotes import find_quotes

sys.path.insert(0, str(Path(__file__).parent))
from eval_quotes import same_speaker  # (a sibling script, not a package)

PROBES = Path(__file__).parent / "probes"
_SAME = re.compile(r">> SAME: A [“\"](.*?)[”\"] \| B [“\"](.*?)[”\"]")


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _find(quotes: Sequence[Quote], head: str, used: set[int]) -> int | None:
    """The first unused quotation that opens with `head` (else holds its first words)."""
    key = _key(head)
    for test in (lambda q: _key(q.text).startswith(key[:18]), lambda q: key[:14] in _key(q.text)):
        found = next((k for k, q in enumerate(quotes) if k not in used and test(q)), None)
        if found is not None:
            return found
    return None


def speakers(path: Path, show: bool) -> tuple[int, int]:
    """(labels, right speakers) of one speaker file."""
    total = right = 0
    for block in path.read_text(encoding="utf-8").split("\n##"):
        lines = block.strip("\n#").split("\n")
        text = "\n".join(line for line in lines if not line.startswith(">> ")).strip()
        quotes = find_quotes(text).quotes if text else ()
        used: set[int] = set()
        for line in lines:
            if not line.startswith(">> ") or "=>" not in line:
                continue
            head, said = (part.strip() for part in line[3:].split("=>", 1))
            gold = None if said.upper() == "NONE" else said
            total += 1
            k = _find(quotes, head, used)
            if k is not None:
                used.add(k)
            if k is not None and same_speaker(gold, quotes[k].speaker):
                right += 1
            elif show:
                got = "(not found)" if k is None else repr(quotes[k].speaker)
                print(f"  {path.name}: {head!r} gold={gold!r} got={got}")
    return total, right


def statements(path: Path, show: bool) -> tuple[int, int, int]:
    """(true, false, missed) cross-outlet quotation pairs of one statement file."""
    tp = fp = fn = 0
    for story in path.read_text(encoding="utf-8").split("####"):
        lines = story.strip().split("\n")
        body = "\n".join(line for line in lines if not line.startswith(">> "))
        if "\n==\n" not in body:
            continue
        articles = []
        for slot, text in enumerate(part.strip() for part in body.split("\n==\n", 1)):
            found = find_quotes(text)
            articles.append(ArticleQuotes(slot, f"o{slot}", text, found.quotes, found.reported))
        where: dict[tuple[int, int], set[int]] = {}
        for s, statement in enumerate(align_statements(articles)):
            for member in statement.members:
                if member.quote is not None:
                    where.setdefault((member.article, member.quote), set()).add(s)
        a, b = articles[0].quotes, articles[1].quotes
        linked = {
            (i, j)
            for i in range(len(a))
            for j in range(len(b))
            if where.get((0, i), set()) & where.get((1, j), set())
        }
        gold: set[tuple[int, int]] = set()
        for match in filter(None, map(_SAME.match, lines)):
            i, j = _find(a, match.group(1), set()), _find(b, match.group(2), set())
            if i is None or j is None:
                fn += 1
                continue
            gold.add((i, j))
        tp, fp, fn = tp + len(gold & linked), fp + len(linked - gold), fn + len(gold - linked)
        if show:
            for i, j in sorted(gold ^ linked):
                kind = "missed" if (i, j) in gold else "false"
                print(f"  {path.name}: {kind} {a[i].text[:50]!r} <> {b[j].text[:50]!r}")
    return tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    files = args.files or sorted(PROBES.glob("*.txt"))
    for path in files:
        if path.name.startswith("statements"):
            tp, fp, fn = statements(path, args.show)
            precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
            f1 = 2 * precision * recall / max(1e-9, precision + recall)
            print(f"{path.name}: pairs P={precision:.3f} R={recall:.3f} F1={f1:.3f} (tp={tp})")
        else:
            total, right = speakers(path, args.show)
            print(f"{path.name}: speaker {right / max(1, total):.3f} ({right}/{total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
