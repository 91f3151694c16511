"""Measure speakers and statement links on the labelled probe passages in tests/eval/probes.

Usage: python tests/eval/eval_probes.py [PROBE_FILE...] [--show]

A speaker file (`speakers_*.txt`) holds passages separated by lines of `##`; after each
passage, one line per quotation: `>> <its first four words> => <speaker>` (`NONE` for nobody
named). A statement file (`statements_*.txt`) holds stories separated by `####`, each two
outlets' texts split by a line `==`, then `>> SAME: A “<first words>” | B “<first words>”`
for each pair of quotations that are one utterance. A span file (`spans_*.txt`) labels every
pair of quote marks of a passage, in order, `>> <first four words> … <last three words> =>
QUOTE|FRAGMENT|NOT` (the whole quoted text when it is seven words or fewer): it measures which
quotations are found, with what bounds, and which titles, nicknames and scare quotes are
wrongly taken for speech. `--show` prints every miss.
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
from eval_quotes import matches, same_speaker, words  # (a sibling script, not a package)

PROBES = Path(__file__).parent / "probes"
_OPENERS = "“\"‘'«»„‚「‹›"
_CLOSERS = "”\"’'»«“」‹›"
_LABEL = re.compile(r">> (.*?) => (QUOTE|FRAGMENT|NOT)\s*$")
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


def _locate(text: str, label: str, cursor: int) -> tuple[int, int] | None:
    """Where a span label's words stand in `text`, inside marks, at or after `cursor`."""
    cuts = [label] + [
        label[: m.start()] for m in re.finditer(r"\s*(?:…|\.\.\.)\s*", label) if m.start()
    ]
    for cut in cuts:  # the whole quoted text first, then "head … tail" at each ellipsis
        head = cut.strip()
        tail = label[len(cut) :].strip().lstrip(".…").strip()
        start = cursor
        while (start := text.find(head, start)) >= 0:
            before = text[:start].rstrip(" ")
            if before[-1:] and before[-1] in _OPENERS:
                if not tail:
                    return start, start + len(head)
                end = _tail_end(text, tail, start + len(head))
                if end is not None:
                    return start, end
            start += 1
    return None


def _tail_end(text: str, tail: str, after: int) -> int | None:
    """Where a label's last words end: the first time they stand before a closing mark,
    else (a quote that lost its mark) their last time in the paragraph, else their first."""
    ends = []
    at = text.find(tail, after)
    while at >= 0:
        ends.append(at + len(tail))
        if text[at + len(tail) :].lstrip(" ")[:1] in _CLOSERS:
            return at + len(tail)
        at = text.find(tail, at + 1)
    paragraph = text.find("\n\n", after)
    inside = [end for end in ends if paragraph < 0 or end <= paragraph]
    return inside[-1] if inside else (ends[0] if ends else None)


def spans(path: Path, show: bool) -> dict[str, int]:
    """Counts of one span file: long quotations labelled, found and predicted, and so on."""
    tally = dict.fromkeys(("gold", "found", "pred", "right", "nots", "taken", "frag", "frag_ok"), 0)
    for block in path.read_text(encoding="utf-8").split("\n##"):
        lines = block.strip("\n#").split("\n")
        text = "\n".join(line for line in lines if not line.startswith(">> ")).strip()
        parts = [
            (span, quote.kind)
            for quote in (find_quotes(text).quotes if text else ())
            for span in quote.span_list()
        ]
        gold: list[tuple[tuple[int, int], str]] = []
        cursor = 0
        for match in filter(None, map(_LABEL.match, lines)):
            where = _locate(text, match.group(1), cursor)
            if where is None:
                print(f"  {path.name}: label not in its passage: {match.group(1)!r}")
                continue
            gold.append((where, match.group(2)))
            cursor = where[0] + 1
        for span, label in gold:
            hit = next((kind for got, kind in parts if matches(span, got, 3)), None)
            body = text[span[0] : span[1]][:60]
            if label == "NOT":
                tally["nots"] += 1
                tally["taken"] += hit is not None
                if hit is not None and show:
                    print(f"  {path.name}: taken as a {hit}: {body!r}")
                continue
            if words(text[span[0] : span[1]]) >= 4:
                tally["gold"] += 1
                tally["found"] += hit is not None
                if hit is None and show:
                    print(f"  {path.name}: missed {label}: {body!r}")
            tally["frag"] += label == "FRAGMENT"
            tally["frag_ok"] += label == "FRAGMENT" and hit == "fragment"
        for got, kind in parts:
            if words(text[got[0] : got[1]]) < 4:
                continue
            tally["pred"] += 1
            right = any(label != "NOT" and matches(span, got, 3) for span, label in gold)
            tally["right"] += right
            if not right and show:
                print(f"  {path.name}: spurious {kind}: {text[got[0] : got[1]][:60]!r}")
    return tally


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
        elif path.name.startswith("spans"):
            t = spans(path, args.show)
            print(
                f"{path.name}: quotes of 4+ words P={t['right'] / max(1, t['pred']):.3f} "
                f"({t['right']}/{t['pred']}) R={t['found'] / max(1, t['gold']):.3f} "
                f"({t['found']}/{t['gold']}); "
                f"not speech taken for quotes {t['taken']}/{t['nots']}; "
                f"fragments labelled as fragments {t['frag_ok']}/{t['frag']}"
            )
        else:
            total, right = speakers(path, args.show)
            print(f"{path.name}: speaker {right / max(1, total):.3f} ({right}/{total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
