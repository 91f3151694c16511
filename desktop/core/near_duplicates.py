"""Near-duplicate screening: MinHash band keys, so an import need not read every stored body.

A syndicated copy or a re-headlined story is "nearly identical" when rapidfuzz's ratio of
the two bodies is at least NEAR_DUPLICATE_THRESHOLD. Comparing a new article with every
stored body costs O(library) per file, which a 10,000-article library cannot afford. So
each body gets a few band keys (locality-sensitive hashing over word shingles): two
bodies that share most of their three-word runs share a band key with near certainty,
and only bodies sharing a key are compared in full. Written here rather than taken from
a MinHash library because the keys must be stable across processes and versions (they
are stored in the database) and the whole scheme is a few dozen lines.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Mapping
from typing import TypeVar

from rapidfuzz import fuzz, process

# Syndicated wire copy with a different headline or a trimmed paragraph scores above this
# (rapidfuzz ratio of the two bodies, 0–100).
NEAR_DUPLICATE_THRESHOLD = 90.0

SHINGLE_WORDS = 3
BINS = 24  # one-permutation MinHash: one hash per shingle, the minimum kept per bin
ROWS_PER_BAND = 2  # P(shared key) = 1 - (1 - J²)^12: 0.97 at Jaccard 0.5, 0.68 at 0.3

SCREEN_MIN_WORDS = 40  # below this the keys miss too many copies: compare in full instead

K = TypeVar("K")

_WORD = re.compile(r"\w+")
_MAX_KEY = (1 << 63) - 1  # keys fit a signed BIGINT on PostgreSQL


def _hash64(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


def band_keys(text: str) -> tuple[int, ...]:
    """The text's band keys; texts sharing one key are worth comparing in full.

    Empty for a text of fewer than three words (nothing useful to screen on).
    """
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return ()
    minimums: list[int | None] = [None] * BINS
    for i in range(len(words) - SHINGLE_WORDS + 1):
        # CRC-32 is a fine spread for picking minimums and six times cheaper than blake2b,
        # which matters at one hash per word of every imported article.
        value = zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        slot, rank = value % BINS, value // BINS
        current = minimums[slot]
        if current is None or rank < current:
            minimums[slot] = rank
    keys = []
    for band in range(0, BINS, ROWS_PER_BAND):
        rows = minimums[band : band + ROWS_PER_BAND]
        if any(row is None for row in rows):
            continue  # an empty bin (a very short text) would make every such text alike
        joined = f"{band}:" + ",".join(str(row) for row in rows)
        keys.append(_hash64(joined.encode()) & _MAX_KEY)
    return tuple(dict.fromkeys(keys))


def screens_reliably(text: str) -> bool:
    """Whether `text` is long enough for its band keys to find its copies.

    A short body has few three-word runs, so one changed word leaves bins empty or
    different; such bodies (rare in a library) are compared with every body of their size.
    """
    return len(_WORD.findall(text)) >= SCREEN_MIN_WORDS


def closest_copy(text: str, candidates: Mapping[K, str]) -> K | None:
    """The key of the candidate body nearly identical to `text` (the best one), or None."""
    ratio = NEAR_DUPLICATE_THRESHOLD / 100
    # ratio >= r needs the shorter text to be at least r/(2-r) of the longer one.
    low, high = len(text) * ratio / (2 - ratio), len(text) * (2 - ratio) / ratio
    texts = {key: other for key, other in candidates.items() if low <= len(other) <= high}
    if not texts:
        return None
    # Extraction already normalised whitespace; rapidfuzz stops early below the cutoff.
    best = process.extractOne(
        text, texts, scorer=fuzz.ratio, processor=None, score_cutoff=NEAR_DUPLICATE_THRESHOLD
    )
    return best[2] if best is not None else None


def sharing_keys(keys: Iterable[int], others: Mapping[str, tuple[int, ...]]) -> list[str]:
    """The names in `others` whose band keys meet `keys` at least once, in their order."""
    wanted = set(keys)
    return [name for name, their in others.items() if wanted.intersection(their)]
