"""Benchmark statement alignment on synthetic stories and a synthetic library.

Usage: python tests/benchmarks/bench_statements.py [--articles 1000 10000] [--story 50]

Prints, for one story of ``--story`` articles: align_statements time and pairwise
precision/recall against the generator's truth; then for each library size (each in a
fresh subprocess so peak memory is its own): quotes, candidate pairs, the time of
``find_candidate_pairs`` plus ``relate`` on every candidate, and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import SyntheticStory, make_library, make_story

from desktop.core.candidates import CandidatePair, find_candidate_pairs
from desktop.core.flags import speaker_key_function
from desktop.core.matching import align_statements, article_links
from desktop.core.model import ArticleQuotes
from desktop.core.relation import QuoteItem, make_item, relate

Ref = tuple[int, int]  # (article key, quote index)
Truth = dict[Ref, tuple[int, int]]  # -> (story number, statement id)


def story_quality(story: SyntheticStory) -> tuple[float, float, float, float]:
    """Alignment wall and CPU time (first run: tokenize/figure caches still cold),
    pairwise precision and recall."""
    started, cpu_started = time.perf_counter(), time.process_time()
    statements = align_statements(story.articles)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    predicted: set[frozenset[tuple[int, int]]] = set()
    for statement in statements:
        refs = [(m.article, m.quote) for m in statement.members if m.quote is not None]
        # Pairs across articles, as the truth counts them (one article may hold two).
        predicted.update(frozenset((a, b)) for a, b in combinations(refs, 2) if a[0] != b[0])
    by_truth: dict[int, list[tuple[int, int]]] = {}
    for ref, sid in story.truth.items():
        by_truth.setdefault(sid, []).append(ref)
    gold = {
        frozenset((a, b))
        for refs in by_truth.values()
        for a, b in combinations(refs, 2)
        if a[0] != b[0]
    }
    tp = len(predicted & gold)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(gold) if gold else 1.0
    return wall, cpu, precision, recall


def library_run(n_articles: int, seed: int) -> dict[str, float]:
    """Library-wide search over a synthetic library of n articles, timed.

    Times find_candidate_pairs alone, then article_links (its own candidate search
    plus a relate() decision per pair) — the whole library-wide operation.

    Quality: a related pair is wrong if its two quotes are different statements of
    the generator; a true pair (same statement, two articles) is found if related
    pairs connect its quotes (statements are groups, not single pairs).
    """
    rng = random.Random(seed)
    stories = make_library(rng, n_articles)
    articles = [a for story in stories for a in story.articles]
    truth = {
        ref: (story_no, sid)
        for story_no, story in enumerate(stories)
        for ref, sid in story.truth.items()
    }
    texts = {a.key: [q.text for q in a.quotes] for a in articles}
    n_quotes = sum(len(t) for t in texts.values())
    started = time.perf_counter()
    pairs = find_candidate_pairs(texts, score_cutoff=50.0)
    search = time.perf_counter() - started
    started = time.perf_counter()
    cpu_started = time.process_time()
    links = article_links(articles)
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    related = _related_pairs(articles, pairs)
    wrong = sum(1 for a, b in related if _same_statement(truth, a, b) is False)
    return {
        "articles": n_articles,
        "quotes": n_quotes,
        "candidates": len(pairs),
        "links": len(links),
        "related": len(related),
        "wrong": wrong,
        "recall": round(_connected_recall(truth, related), 4),
        "search_s": round(search, 2),
        "total_s": round(total, 2),
        "cpu_s": round(cpu, 2),
        "peak_mb": round(peak_mb),
    }


def _related_pairs(
    articles: list[ArticleQuotes], pairs: list[CandidatePair]
) -> list[tuple[Ref, Ref]]:
    """Candidate pairs relate() accepts (for the quality figures; not timed)."""
    speaker_key = speaker_key_function()
    by_key = {a.key: a for a in articles}
    items: dict[Ref, QuoteItem | None] = {}
    related = []
    for pair in pairs:
        for article, index in (pair.a, pair.b):
            if (article, index) not in items:
                quote = by_key[article].quotes[index]
                key = speaker_key(quote.speaker) if quote.speaker else None
                items[(article, index)] = make_item(article, index, quote.text, key)
        a, b = items[pair.a], items[pair.b]
        if a is not None and b is not None and relate(a, b) is not None:
            related.append((pair.a, pair.b))
    return related


def _same_statement(truth: Truth, a: tuple[int, int], b: tuple[int, int]) -> bool:
    story_a, sid_a = truth[a]
    story_b, sid_b = truth[b]
    if sid_a < 0 and sid_b < 0:  # the stock filler lines are the same words everywhere
        return bool(sid_a == sid_b)
    return bool((story_a, sid_a) == (story_b, sid_b))


def _connected_recall(truth: Truth, related: list[tuple[Ref, Ref]]) -> float:
    parent: dict[Ref, Ref] = {}

    def find(x: tuple[int, int]) -> tuple[int, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in related:
        parent[find(a)] = find(b)
    groups: dict[tuple[int, int], list[Ref]] = {}
    for ref, (story_no, sid) in truth.items():
        if sid >= 0:
            groups.setdefault((story_no, sid), []).append(ref)
    found = total = 0
    for refs in groups.values():
        for a, b in combinations(refs, 2):
            if a[0] != b[0]:
                total += 1
                found += find(a) == find(b)
    return found / total if total else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--story", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(library_run(args.one, args.seed)))
        return 0
    story = make_story(random.Random(args.seed), args.story, 12, split_share=0.1)
    n_quotes = sum(len(a.quotes) for a in story.articles)
    wall, cpu, precision, recall = story_quality(story)
    print(
        f"story: {args.story} articles, {n_quotes} quotes: align_statements {wall:.3f}s "
        f"(CPU {cpu:.3f}s), "
        f"pairwise precision {precision:.3f} recall {recall:.3f}"
    )
    for n in args.articles:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(out.stdout)
        print(
            f"library: {result['articles']} articles, {result['quotes']} quotes: "
            f"{result['candidates']} candidate pairs, {result['related']} judged same utterance "
            f"({result['wrong']} wrongly), true pairs connected {result['recall']:.3f}; "
            f"{result['links']} article links; find_candidate_pairs {result['search_s']}s; "
            f"article_links (search + relate) {result['total_s']}s "
            f"(CPU {result['cpu_s']}s), "
            f"peak RSS {result['peak_mb']} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
