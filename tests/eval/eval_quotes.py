"""Measure find_quotes against the PAC gold files: span P/R, speakers, fragments, errors.

Usage: python tests/eval/eval_quotes.py GOLD_DIR DATA_DIR [--only FILE...] [--tolerance N]
       [--show N]
`--only` names the gold files to use (names or globs inside GOLD_DIR; default the development
files pac_a, b, d, e, f and h to q), so held-out figures are measured apart:
`--only pac_c.json --show 0` prints figures only, no per-document errors.
DATA_DIR is the folder holding STORY_<n>_DOCUMENT_<k>.json (or its parent dataset folder), or
the article-extraction benchmark folder (its `ground-truth.json`) for `tests/eval/gold_bench`.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.flags import body_key, speaks_for_body
from desktop.core.model import Quote, QuoteAnalysis
from desktop.core.quotes import find_quotes
from desktop.core.speakers import name_tokens, speaker_key, story_speakers

MIN_WORDS = 4
DEV_FILES = tuple(f"pac_{name}.json" for name in "abdefhijklmnopq")


@dataclass
class Tally:
    """Counts and error listings over every evaluated document."""

    gold_long: int = 0
    pred_long: int = 0
    hit_gold_long: int = 0
    hit_pred_long: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    speaker_exact: int = 0
    speaker_story_right: int = 0  # with names merged across the story's documents
    speaker_story_exact: int = 0
    gold_frag: int = 0
    pred_frag: int = 0
    frag_hits: int = 0
    kind_total: int = 0
    kind_right: int = 0
    nested_gold: int = 0  # gold quotes inside another gold quote (another's words)
    nested_found: int = 0
    para_gold: int = 0
    para_hit: int = 0
    docs: int = 0
    seconds: float = 0.0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_speaker: list[str] = field(default_factory=list)
    inexact_name: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)
    extra_frag: list[str] = field(default_factory=list)


def words(text: str) -> int:
    return len(re.findall(r"\w+(?:['’]\w+)?", text))


def same_speaker(gold: str | None, pred: str | None) -> bool:
    """Same person: equal names, or one surname key and compatible first names
    ("Trump" = "Donald Trump", "Zelenskyy" = "Volodymyr Zelensky"); same body: the same
    words in another order ("Justice Department" = "Department of Justice", as the
    statements' speaker key reads them, desktop.core.flags.body_key)."""
    if gold is None or pred is None:
        return gold is pred
    if gold.casefold() == pred.casefold():
        return True
    if _same_members(gold, pred):
        return True  # "Ann Lee and Tom Kim" = "Tom Kim and Ann Lee": the same pair
    if speaks_for_body(gold) and speaks_for_body(pred) and body_key(gold) == body_key(pred):
        return True  # "Justice Department" = "Department of Justice": one body's name
    if speaker_key(gold) != speaker_key(pred):
        return False
    g, p = name_tokens(gold), name_tokens(pred)
    return len(g) == 1 or len(p) == 1 or g[0][:1] == p[0][:1]


def _same_members(gold: str, pred: str) -> bool:
    """Two joint speakers naming the same people in another order ("Kristy and Dana Dumont"
    = "Dana Dumont and Kristy Dumont": given names alone may share the last one's surname)."""
    return any(
        _same_parts(a, b)
        for a in (_members(gold, False), _members(gold, True))
        for b in (_members(pred, False), _members(pred, True))
    )


def _same_parts(gold: list[str], pred: list[str]) -> bool:
    if len(gold) < 2 or len(gold) != len(pred) or gold == pred:
        return False
    left = list(pred)
    for member in gold:
        match = next((other for other in left if same_speaker(member, other)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _members(name: str, shared_surname: bool) -> list[str]:
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", name)
    last = parts[-1].split()
    if shared_surname and len(last) > 1 and all(len(p.split()) == 1 for p in parts[:-1]):
        parts = [f"{part} {last[-1]}" for part in parts[:-1]] + [parts[-1]]
    return parts


def matches(a: tuple[int, int], b: tuple[int, int], tolerance: int) -> bool:
    return abs(a[0] - b[0]) <= tolerance and abs(a[1] - b[1]) <= tolerance


def load_text(data_dir: Path, doc_id: str) -> str | None:
    """A PAC document's text, or an article body of the extraction benchmark when DATA_DIR
    holds its `ground-truth.json` (the gold files of `tests/eval/gold_bench`)."""
    bodies = _benchmark_bodies(data_dir)
    if bodies is not None:
        return bodies.get(doc_id)
    for folder in (data_dir, data_dir / "data" / "merged_annotations"):
        path = folder / f"{doc_id}.json"
        if path.exists():
            doc = json.loads(path.read_text(encoding="utf-8"))
            return " ".join(s["text"] for s in doc["news"])
    return None


@functools.cache
def _benchmark_bodies(data_dir: Path) -> dict[str, str] | None:
    path = data_dir / "ground-truth.json"
    if not path.exists():
        return None
    pages = json.loads(path.read_text(encoding="utf-8"))
    return {page_id: page["articleBody"] for page_id, page in pages.items()}


def snippet(text: str, start: int, end: int) -> str:
    body = text[start:end].replace("\n", " ")
    return body if len(body) <= 90 else body[:60] + " … " + body[-25:]


def nested(quote: dict[str, Any], all_quotes: list[dict[str, Any]]) -> bool:
    """A gold quote inside another gold quote: someone's words the outer speaker repeats."""
    s, e = int(quote["start"]), int(quote["end"])
    return any(
        o is not quote
        and int(o["start"]) <= s
        and e <= int(o["end"])
        and (o["start"], o["end"]) != (s, e)
        for o in all_quotes
    )


def analyse(tally: Tally, text: str) -> QuoteAnalysis:
    started = time.perf_counter()
    analysis = find_quotes(text)
    tally.seconds += time.perf_counter() - started
    return analysis


def evaluate_doc(
    tally: Tally,
    doc_id: str,
    text: str,
    gold: dict[str, list[dict[str, Any]]],
    tol: int,
    analysis: QuoteAnalysis,
    renamed: dict[str, str],
) -> None:
    tally.docs += 1
    preds = list(analysis.quotes)
    gold_quotes = gold.get("quotes", [])
    used: set[int] = set()
    for g in gold_quotes:
        span = (int(g["start"]), int(g["end"]))
        hit = next(
            (
                i
                for i, p in enumerate(preds)
                if i not in used and matches(span, (p.start, p.end), tol)
            ),
            None,
        )
        long = words(text[span[0] : span[1]]) >= MIN_WORDS
        tally.gold_long += long
        tally.gold_frag += g["kind"] == "fragment"
        where = f"{doc_id}@{span[0]}"
        inside = nested(g, gold_quotes)
        tally.nested_gold += inside
        tally.nested_found += inside and hit is not None
        if hit is None:
            if long:
                tally.missed.append(f"{where} [{g['kind']}] {snippet(text, *span)}")
            continue
        used.add(hit)
        pred = preds[hit]
        tally.hit_gold_long += long
        tally.frag_hits += g["kind"] == "fragment" and pred.kind == "fragment"
        tally.kind_total += 1
        if g["kind"] == pred.kind:
            tally.kind_right += 1
        else:
            tally.wrong_kind.append(
                f"{where} gold={g['kind']} got={pred.kind} {snippet(text, *span)}"
            )
        if long:
            tally.speaker_total += 1
            gold_name = g.get("speaker")
            exact = (gold_name or "").casefold() == (pred.speaker or "").casefold()
            tally.speaker_exact += exact
            story_name = renamed.get(pred.speaker or "", pred.speaker)
            tally.speaker_story_right += same_speaker(gold_name, story_name)
            tally.speaker_story_exact += (gold_name or "").casefold() == (
                story_name or ""
            ).casefold()
            if same_speaker(gold_name, pred.speaker):
                tally.speaker_right += 1
                if not exact:
                    tally.inexact_name.append(f"{where} gold={gold_name!r} got={pred.speaker!r}")
            else:
                tally.wrong_speaker.append(
                    f"{where} gold={g.get('speaker')!r} got={pred.speaker!r} cue={pred.cue!r} "
                    f"{snippet(text, *span)}"
                )
    _count_predictions(tally, doc_id, text, preds, used)
    for para in gold.get("paraphrases", []):
        tally.para_gold += 1
        s, e = int(para["start"]), int(para["end"])
        if any(min(e, r.end) - max(s, r.start) > (e - s) // 2 for r in analysis.reported):
            tally.para_hit += 1


def _count_predictions(
    tally: Tally, doc_id: str, text: str, preds: list[Quote], used: set[int]
) -> None:
    for i, pred in enumerate(preds):
        if pred.kind == "fragment" and i not in used:
            body = snippet(text, pred.start, pred.end)
            tally.extra_frag.append(f"{doc_id}@{pred.start} {pred.speaker!r} {body}")
        long = words(pred.text) >= MIN_WORDS
        tally.pred_long += long
        tally.hit_pred_long += long and i in used
        tally.pred_frag += pred.kind == "fragment"
        if long and i not in used:
            body = snippet(text, pred.start, pred.end)
            tally.spurious.append(f"{doc_id}@{pred.start} [{pred.kind}] {pred.speaker!r} {body}")


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def report(tally: Tally, show: int) -> None:
    print(f"documents evaluated: {tally.docs}   time in find_quotes: {tally.seconds * 1000:.0f} ms")
    print(f"quotes >= {MIN_WORDS} words  precision {ratio(tally.hit_pred_long, tally.pred_long)}")
    print(f"quotes >= {MIN_WORDS} words  recall    {ratio(tally.hit_gold_long, tally.gold_long)}")
    print(f"speaker accuracy (matched) {ratio(tally.speaker_right, tally.speaker_total)}")
    print(f"  exact name only          {ratio(tally.speaker_exact, tally.speaker_total)}")
    print(f"  names merged per story   {ratio(tally.speaker_story_right, tally.speaker_total)}")
    print(f"    exact name only        {ratio(tally.speaker_story_exact, tally.speaker_total)}")
    print(f"fragment precision         {ratio(tally.frag_hits, tally.pred_frag)}")
    print(f"fragment recall            {ratio(tally.frag_hits, tally.gold_frag)}")
    print(f"kind accuracy (matched)    {ratio(tally.kind_right, tally.kind_total)}")
    print(f"paraphrase recall          {ratio(tally.para_hit, tally.para_gold)}")
    print(f"nested quotes found        {ratio(tally.nested_found, tally.nested_gold)}")
    for title, rows in (
        ("MISSED (gold, not found)", tally.missed),
        ("SPURIOUS (found, not gold)", tally.spurious),
        ("WRONG SPEAKER", tally.wrong_speaker),
        ("SAME PERSON, OTHER NAME", tally.inexact_name),
        ("WRONG KIND", tally.wrong_kind),
        ("FRAGMENTS NOT IN GOLD", tally.extra_frag),
    ):
        print(f"\n== {title}: {len(rows)}")
        for row in rows[:show]:
            print("  " + row)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--tolerance", type=int, default=3, help="characters of slack per end")
    parser.add_argument("--show", type=int, default=40, help="error rows to print per listing")
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="FILE",
        default=list(DEV_FILES),
        help="gold file names or globs (default: the development files; held-out files are "
        "only read when named, and then best with --show 0)",
    )
    args = parser.parse_args(argv)
    tally = Tally()
    patterns = args.only
    files = sorted({path for pattern in patterns for path in args.gold_dir.glob(pattern)})
    print("gold files: " + ", ".join(path.name for path in files))
    if not files:
        print(f"no gold files in {args.gold_dir}", file=sys.stderr)
        return 2
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        stories: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
        for doc_id, doc in gold.get("documents", {}).items():
            text = load_text(args.data_dir, doc_id)
            if text is None:
                print(f"skip {path.name}:{doc_id}: no data file", file=sys.stderr)
                continue
            if doc.get("sha256") and hashlib.sha256(text.encode()).hexdigest() != doc["sha256"]:
                print(f"skip {path.name}:{doc_id}: text hash differs", file=sys.stderr)
                continue
            stories.setdefault(doc_id.rsplit("_DOCUMENT_", 1)[0], []).append((doc_id, text, doc))
        for documents in stories.values():
            analyses = [analyse(tally, text) for _, text, _ in documents]
            renamed = story_speakers(analyses)  # as `parallax inspect` and the library
            for (doc_id, text, doc), analysis in zip(documents, analyses, strict=True):
                where = f"{path.stem}:{doc_id}"
                evaluate_doc(tally, where, text, doc, args.tolerance, analysis, renamed)
    report(tally, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
