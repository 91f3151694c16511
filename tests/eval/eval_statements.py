"""Evaluate statement alignment against the PAC gold files.

Usage: python tests/eval/eval_statements.py GOLD_DIR DATA_DIR [--only pac_a.json ...]
       [--mode gold|found] [--verbose]

Reads the development gold files in GOLD_DIR (pac_a, b, d, e, f and h to q), or only the
ones named with ``--only`` (format: tests/eval/gold/README.md), and the annotated
documents from DATA_DIR at run time. ``--verbose`` lists every wrong pair (FP, FN, REL)
with each item's speaker. ``pac_c.json`` and ``pac_g.json`` are held-out test sets:
score them only by name, once, without ``--verbose``.

Reports pairwise precision/recall/F1 over every cross-document pair of gold items
(quotes and paraphrases; several items of one document may share a statement) for
"these two items are the same statement", and relation accuracy over the true
statement pairs found: for each gold statement with members in both documents that
the alignment put together, the relation the app shows between the two articles
(``primary_members``: each article's best member; the pair shows the larger change)
against the gold label. "verbatim" = same words once case and punctuation are
ignored, as the gold policy says. Two modes:

* ``gold spans``: the gold quote and paraphrase spans are aligned by
  ``align_statements`` — measures alignment alone;
* ``found quotes``: when ``desktop.core.quotes.find_quotes`` exists, quotes found in
  the raw text are aligned and mapped back to gold quotes by span overlap.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.matching import align_statements, primary_members
from desktop.core.model import ArticleQuotes, Quote, QuoteAnalysis, ReportedSpeech, Statement

ItemId = tuple[str, str, int]  # (document id, "q" or "p", index in the gold lists)


@dataclass
class Tally:
    """Pair counts and relation agreement, summed over stories."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    relation_right: int = 0
    relation_total: int = 0
    one_to_one: int = 0
    one_to_one_found: int = 0
    paraphrase: int = 0  # gold pairs with a paraphrase (reported speech) member
    paraphrase_found: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.relation_right += other.relation_right
        self.relation_total += other.relation_total
        self.one_to_one += other.one_to_one
        self.one_to_one_found += other.one_to_one_found
        self.paraphrase += other.paraphrase
        self.paraphrase_found += other.paraphrase_found
        self.confusion.update(other.confusion)

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        r1 = self.one_to_one_found / self.one_to_one if self.one_to_one else 0.0
        acc = self.relation_right / self.relation_total if self.relation_total else 0.0
        rp = self.paraphrase_found / self.paraphrase if self.paraphrase else 0.0
        return (
            f"pairs P={p:.3f} R={r:.3f} F1={f1:.3f} (tp={self.tp} fp={self.fp} fn={self.fn}); "
            f"relation accuracy {acc:.3f} ({self.relation_right}/{self.relation_total}); "
            f"one-to-one recall {r1:.3f} ({self.one_to_one_found}/{self.one_to_one}); "
            f"paraphrase-pair recall {rp:.3f} ({self.paraphrase_found}/{self.paraphrase})"
        )


def document_text(data_dir: Path, doc_id: str) -> str:
    path = data_dir / f"{doc_id}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    return " ".join(s["text"] for s in doc["news"])


def gold_articles(
    story_docs: Sequence[str], gold_docs: dict[str, Any], texts: dict[str, str]
) -> tuple[list[ArticleQuotes], dict[tuple[int, str, int], ItemId]]:
    """ArticleQuotes built from gold spans, and the map back to gold items."""
    articles = []
    back: dict[tuple[int, str, int], ItemId] = {}
    for slot, doc_id in enumerate(story_docs):
        text = texts[doc_id]
        quotes = []
        for i, q in enumerate(gold_docs[doc_id]["quotes"]):
            spans = tuple(tuple(s) for s in q.get("spans") or [[q["start"], q["end"]]])
            quote_text = " ".join(text[s:e] for s, e in spans)
            quotes.append(
                Quote(
                    quote_text,
                    q["start"],
                    q["end"],
                    q.get("speaker"),
                    q.get("kind", "quote"),
                    spans=spans if len(spans) > 1 else (),
                )
            )
            back[(slot, "q", i)] = (doc_id, "q", i)
        reported = []
        for i, p in enumerate(gold_docs[doc_id].get("paraphrases", [])):
            reported.append(ReportedSpeech(text[p["start"] : p["end"]], p["start"], p["end"],
                                           p.get("speaker")))  # fmt: skip
            back[(slot, "p", i)] = (doc_id, "p", i)
        articles.append(ArticleQuotes(slot, doc_id, text, tuple(quotes), tuple(reported)))
    return articles, back


def found_articles(
    story_docs: Sequence[str],
    gold_docs: dict[str, Any],
    texts: dict[str, str],
    find_quotes: Callable[[str], QuoteAnalysis],
) -> tuple[list[ArticleQuotes], dict[tuple[int, str, int], ItemId]]:
    """ArticleQuotes from the quote finder; found items mapped to gold items by overlap."""
    articles = []
    back: dict[tuple[int, str, int], ItemId] = {}
    for slot, doc_id in enumerate(story_docs):
        analysis = find_quotes(texts[doc_id])
        gold = gold_docs[doc_id]
        spans: list[tuple[str, list[tuple[int, int]], list[dict[str, Any]]]] = [
            ("q", [(q.start, q.end) for q in analysis.quotes], gold["quotes"]),
            ("p", [(r.start, r.end) for r in analysis.reported], gold.get("paraphrases", [])),
        ]
        for kind, found, golds in spans:
            for i, (start, end) in enumerate(found):
                best = _best_overlap(start, end, golds)
                if best is not None:
                    back[(slot, kind, i)] = (doc_id, kind, best)
        articles.append(
            ArticleQuotes(slot, doc_id, texts[doc_id], analysis.quotes, analysis.reported)
        )
    return articles, back


def _best_overlap(start: int, end: int, golds: Sequence[dict[str, Any]]) -> int | None:
    best, best_share = None, 0.5
    for i, g in enumerate(golds):
        overlap = min(end, g["end"]) - max(start, g["start"])
        share = overlap / max(1, max(end, g["end"]) - min(start, g["start"]))
        if share > best_share:
            best, best_share = i, share
    return best


def predicted_pairs(
    statements: Sequence[Statement], back: dict[tuple[int, str, int], ItemId]
) -> dict[frozenset[ItemId], str]:
    """Gold-item pairs the alignment put in one statement, with the articles' relation.

    The relation of a pair is the one the app shows between its two articles for
    that statement: each article's primary member, the pair showing the larger change.
    """
    pairs: dict[frozenset[ItemId], str] = {}
    for statement in statements:
        cells = {m.article: m.relation for m in primary_members(statement)}
        members = []
        for m in statement.members:
            kind, index = ("q", m.quote) if m.quote is not None else ("p", m.reported)
            ref = (m.article, kind, index if index is not None else -1)
            # An item the finder found but gold does not have: its own id, never a match.
            members.append((back.get(ref, (f"?{m.article}", kind, ref[2])), m))
        for i, (a, ma) in enumerate(members):
            for b, mb in members[i + 1 :]:
                if ma.article == mb.article:
                    continue
                key = frozenset({a, b})
                pairs[key] = _pair_relation(cells[ma.article], cells[mb.article])
    return pairs


def _pair_relation(a: str, b: str) -> str:
    # Each relation is against the reference; the pair shows the larger change.
    order = ["verbatim", "variant", "partial", "paraphrase"]
    return max(a, b, key=order.index)


def gold_pairs(
    story_docs: Sequence[str], gold_docs: dict[str, Any]
) -> dict[frozenset[ItemId], str]:
    by_statement: defaultdict[str, list[ItemId]] = defaultdict(list)
    for doc_id in story_docs:
        for kind, key in (("q", "quotes"), ("p", "paraphrases")):
            for i, item in enumerate(gold_docs[doc_id].get(key, [])):
                by_statement[item["statement"]].append((doc_id, kind, i))
    pairs = {}
    for statement, items in by_statement.items():
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                if a[0] != b[0]:
                    pairs[frozenset({a, b})] = statement
    return pairs


def score_story(
    predicted: dict[frozenset[ItemId], str],
    gold: dict[frozenset[ItemId], str],
    relations: dict[str, str],
) -> Tally:
    tally = Tally()
    shown: dict[str, Counter[str]] = defaultdict(Counter)
    for pair, relation in predicted.items():
        if pair in gold:
            tally.tp += 1
            shown[gold[pair]][relation] += 1
        else:
            tally.fp += 1
    # One relation per gold statement found (its two documents' versions): the one
    # most of its true pairs show (they share a statement, so they normally agree).
    for statement, counts in shown.items():
        expected = relations.get(statement)
        if expected:
            relation = counts.most_common(1)[0][0]
            tally.relation_total += 1
            tally.relation_right += expected == relation
            tally.confusion[(expected, relation)] += 1
    tally.fn = sum(1 for pair in gold if pair not in predicted)
    for pair in gold:
        if any(kind == "p" for _, kind, _ in pair):
            tally.paraphrase += 1
            tally.paraphrase_found += pair in predicted
    # Pairs of statements with one item per document: reachable under the product rule
    # "a statement has at most one member per article".
    per_doc = Counter((statement, item[0]) for pair, statement in gold.items() for item in pair)
    for pair, statement in gold.items():
        if all(per_doc[(statement, item[0])] == 1 for item in pair):
            tally.one_to_one += 1
            tally.one_to_one_found += pair in predicted
    return tally


DEV_FILES = tuple(f"pac_{name}.json" for name in "abdefhijklmnopq")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="GOLD_FILE",
        help="gold files to score (names in GOLD_DIR or paths), e.g. pac_a.json pac_b.json",
    )
    parser.add_argument("--verbose", action="store_true", help="print every wrong pair")
    parser.add_argument(
        "--mode",
        choices=["gold", "found"],
        help="score only one mode: gold spans or found quotes (default both)",
    )
    args = parser.parse_args(argv)
    try:
        quotes_module = importlib.import_module("desktop.core.quotes")
        find_quotes = getattr(quotes_module, "find_quotes", None)
    except ImportError:
        find_quotes = None
    modes: list[tuple[str, Any]] = [("gold spans", None)]
    if find_quotes is not None:
        modes.append(("found quotes", find_quotes))
    if args.mode:
        modes = [m for m in modes if m[0].startswith(args.mode)]
    if args.only:
        files = [Path(name) if Path(name).exists() else args.gold_dir / name for name in args.only]
    else:
        files = [args.gold_dir / name for name in DEV_FILES]
    overall = {mode: Tally() for mode, _ in modes}
    for gold_file in files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for mode, tally in evaluate_file(
            gold_file.name, gold, args.data_dir, modes, args.verbose
        ).items():
            overall[mode].add(tally)
    if len(files) > 1:
        for mode, tally in overall.items():
            print(f"all {len(files)} files [{mode}]: {tally.line()}")
    return 0


def evaluate_file(
    name: str, gold: dict[str, Any], data_dir: Path, modes: list[tuple[str, Any]], verbose: bool
) -> dict[str, Tally]:
    """Score one gold file in every mode; prints a line per mode, returns the tallies."""
    totals: dict[str, Tally] = {}
    docs = gold["documents"]
    texts = {doc_id: document_text(data_dir, doc_id) for doc_id in docs}
    for doc_id, text in texts.items():
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != docs[doc_id].get("sha256"):
            print(f"  warning: {doc_id} text does not match the gold sha256", file=sys.stderr)
    stories: defaultdict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(docs):
        stories[doc_id.split("_DOCUMENT_")[0]].append(doc_id)
    for mode, find_quotes in modes:
        total = Tally()
        started = time.perf_counter()
        for story, story_docs in sorted(stories.items()):
            if find_quotes is None:
                articles, back = gold_articles(story_docs, docs, texts)
            else:
                articles, back = found_articles(story_docs, docs, texts, find_quotes)
            predicted = predicted_pairs(align_statements(articles), back)
            expected = gold_pairs(story_docs, docs)
            tally = score_story(predicted, expected, gold.get("statements", {}))
            total.add(tally)
            if verbose:
                _explain(story, predicted, expected, articles, back, gold.get("statements", {}))
        elapsed = time.perf_counter() - started
        print(f"{name} [{mode}] {len(stories)} stories: {total.line()} in {elapsed:.2f}s")
        wrong = {k: v for k, v in total.confusion.items() if k[0] != k[1]}
        if wrong:
            print("  relation confusions (gold -> predicted):", dict(wrong))
        totals[mode] = total
    return totals


def _explain(
    story: str,
    predicted: dict[frozenset[ItemId], str],
    expected: dict[frozenset[ItemId], str],
    articles: Sequence[ArticleQuotes],
    back: dict[tuple[int, str, int], ItemId],
    relations: dict[str, str],
) -> None:
    texts: dict[ItemId, str] = {}
    for article in articles:
        found: list[tuple[str, int, str, str | None]] = [
            ("q", i, x.text, x.speaker) for i, x in enumerate(article.quotes)
        ]
        found += [("p", i, x.text, x.speaker) for i, x in enumerate(article.reported)]
        for kind, index, text, speaker in found:
            item = back.get((article.key, kind, index), (f"?{article.key}", kind, index))
            said = f"[{speaker}] " if speaker else "[?] "
            texts[item] = ("" if item[0][0] != "?" else "(not in gold) ") + said + text
    for pair, relation in predicted.items():
        a, b = sorted(pair)
        if pair not in expected:
            print(f"  FP {story}: {texts.get(a, a)!r}\n       <> {texts.get(b, b)!r}")
        elif relations.get(expected[pair]) not in (None, relation):
            print(f"  REL {story} gold={relations[expected[pair]]} got={relation}:")
            print(f"       {texts.get(a, a)!r}\n       <> {texts.get(b, b)!r}")
    per_doc = Counter((statement, item[0]) for pair, statement in expected.items() for item in pair)
    for pair, statement in expected.items():
        if pair not in predicted:
            a, b = sorted(pair)
            # FN1: a one-to-one gold pair, reachable under one member per article.
            tag = "FN1" if all(per_doc[(statement, i[0])] == 1 for i in pair) else "FN"
            if any(kind == "p" for _, kind, _ in pair):
                tag += "p"
            print(f"  {tag} {story}: {texts.get(a, a)!r}\n       <> {texts.get(b, b)!r}")


if __name__ == "__main__":
    sys.exit(main())
