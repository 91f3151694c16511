"""Blocking: find quote pairs across articles worth comparing, without scoring all pairs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from desktop.core.normalize import STOPWORDS, match_key

QuoteRef = tuple[int, int]  # (article key, index of the text within that article)

_POS_BITS = 12  # word position packed with the text number into one int
_POS_MASK = (1 << _POS_BITS) - 1
MIN_CONTENT_OVERLAP = 0.5  # share of the shorter text's content words the other must have
COPIES_PAIRED = 3  # copies of each of two texts paired directly; the rest via chains


@dataclass(frozen=True)
class CandidatePair:
    """Two texts from different articles that may be the same utterance."""

    a: QuoteRef
    b: QuoteRef
    score: float  # max of fuzz.ratio and fuzz.partial_ratio on the match keys


def find_candidate_pairs(
    texts_by_article: Mapping[int, Sequence[str]],
    *,
    score_cutoff: float = 60.0,
    window: int = 4,
    small_block: int = 12,
    max_posting: int = 5000,
) -> list[CandidatePair]:
    """Pairs of texts from different articles whose wording overlaps.

    Identical texts (after normalisation) are handled once: copies are chained to each
    other with score 100, and a pair of distinct texts pairs the first few copies of
    each — enough to connect every copy without a quadratic number of pairs.

    Distinct texts are indexed by word bigrams. A bigram shared by at most
    ``small_block`` texts pairs them all; a common bigram instead sorts its texts by
    the words that follow it and pairs only ``window`` neighbours —
    sorted-neighbourhood blocking, so the work grows about linearly with the library.
    A pair must share enough bigrams for its length and at least half of the shorter
    text's content words; survivors are scored with rapidfuzz.
    """
    copies: dict[str, list[QuoteRef]] = {}
    for article, texts in texts_by_article.items():
        for index, text in enumerate(texts):
            copies.setdefault(match_key(text), []).append((article, index))
    keys = list(copies)
    groups = [copies[key] for key in keys]
    pairs = list(_copy_pairs(groups, small_block))
    encoded, stop_ids = _encode(keys)
    counts: defaultdict[int, int] = defaultdict(int)
    n = len(keys)
    for posting in _postings(encoded, stop_ids, max_posting):
        for a, b in _posting_pairs(posting, encoded, small_block, window):
            counts[a * n + b if a < b else b * n + a] += 1
    content = [frozenset(w for w in words if w not in stop_ids) for words in encoded]
    needed = [_needed(len(words)) for words in encoded]
    for code, shared in counts.items():
        a, b = divmod(code, n)
        if shared < min(needed[a], needed[b]):
            continue
        if _overlap(content[a], content[b]) < MIN_CONTENT_OVERLAP:
            continue
        score = _score(keys[a], keys[b], score_cutoff)
        if score >= score_cutoff:
            pairs.extend(_group_pairs(groups[a], groups[b], score))
    return pairs


def _copy_pairs(groups: Sequence[list[QuoteRef]], small_block: int) -> Iterator[CandidatePair]:
    """Pairs among identical texts: all of them for a few copies, else a chain.

    The chain links each copy to the nearest earlier copy from another article.
    """
    for group in groups:
        if len(group) <= small_block:
            for a, b in combinations(group, 2):
                if a[0] != b[0]:
                    yield CandidatePair(a, b, 100.0)
            continue
        prev, prev_other = group[0], None  # last copy; last copy from another article
        for ref in group[1:]:
            earlier = prev if prev[0] != ref[0] else prev_other
            if earlier is not None:
                yield CandidatePair(earlier, ref, 100.0)
            if prev[0] != ref[0]:
                prev_other = prev
            prev = ref


def _group_pairs(
    group_a: Sequence[QuoteRef], group_b: Sequence[QuoteRef], score: float
) -> Iterator[CandidatePair]:
    for a in group_a[:COPIES_PAIRED]:
        for b in group_b[:COPIES_PAIRED]:
            if a[0] != b[0]:
                yield CandidatePair(a, b, score)


def _encode(keys: Sequence[str]) -> tuple[list[list[int]], frozenset[int]]:
    """Texts as lists of word ids, and the ids of stopwords."""
    vocabulary: dict[str, int] = {}
    encoded = [[vocabulary.setdefault(w, len(vocabulary)) for w in key.split()] for key in keys]
    return encoded, frozenset(i for w, i in vocabulary.items() if w in STOPWORDS)


def _needed(length: int) -> int:
    """Shared bigrams a text of this many words needs with another (the shorter decides)."""
    if length <= 3:
        return 1
    return max(2, min(6, (length - 1) // 4))


def _overlap(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _postings(
    encoded: Sequence[list[int]], stop_ids: frozenset[int], max_posting: int
) -> Iterator[list[int]]:
    """Posting lists (text << bits | word position) with at least two entries.

    Bigrams of two stopwords ("of the") say nothing about which utterance a text is,
    and a bigram in more than ``max_posting`` distinct texts is boilerplate; neither
    is indexed. Texts without any other bigram are too generic to match anyway.
    """
    index: defaultdict[int, list[int]] = defaultdict(list)
    vocab_size = 1 + max((max(words) for words in encoded if words), default=0)
    for item, words in enumerate(encoded):
        for pos in range(min(len(words) - 1, _POS_MASK)):
            first, second = words[pos], words[pos + 1]
            if first in stop_ids and second in stop_ids:
                continue
            index[first * vocab_size + second].append(item << _POS_BITS | pos)
    for posting in index.values():
        if 1 < len(posting) <= max_posting:
            yield posting


def _posting_pairs(
    posting: list[int], encoded: Sequence[list[int]], small_block: int, window: int
) -> Iterator[tuple[int, int]]:
    items = [entry >> _POS_BITS for entry in posting]
    if len(posting) <= small_block:
        yield from combinations(items, 2)
        return
    # Sorted by the words that follow the bigram, versions of one utterance sit side
    # by side; a version cut just after the bigram still shares its earlier bigrams.
    ordered = sorted(posting, key=lambda e: _following(encoded, e))
    ordered_items = [entry >> _POS_BITS for entry in ordered]
    for i, item in enumerate(ordered_items):
        for other in ordered_items[i + 1 : i + 1 + window]:
            yield item, other


def _following(encoded: Sequence[list[int]], entry: int) -> list[int]:
    pos = entry & _POS_MASK
    return encoded[entry >> _POS_BITS][pos + 2 : pos + 10]


def _score(a: str, b: str, score_cutoff: float) -> float:
    score = fuzz.ratio(a, b)
    # partial_ratio is the costly scorer; it only adds something for an excerpt.
    if score < score_cutoff and min(len(a), len(b)) < 0.85 * max(len(a), len(b)):
        score = max(score, fuzz.partial_ratio(a, b, score_cutoff=score_cutoff))
    return score
