"""Word-level diff of a quote version against its reference, with Meld-style chunks."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Indel

from desktop.core.model import DiffChunk, DiffTag, Token, WordDiff
from desktop.core.normalize import (
    clock_times,
    normalize_typography,
    number_key,
    spelled_alike,
    strip_accents,
)

# Order matters: grouped numbers ("45 100", "1,250.5"), decimals, words with inner
# apostrophes or hyphens, ellipses as one token, then any other single symbol.
_TOKEN_RE = re.compile(
    r"""
    \d{1,3}(?:[,.\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?!\d)
    | (?<!\d)\d{1,3}(?:[ ]\d{3})+(?![\d,.]\d)
    | \d+(?:[.,]\d+)?
    | \w+(?:['\u2019\-\u2010\u2011]\w+)*
    | \.\.\.|\u2026|\[\s*(?:\.\.\.|\u2026)\s*\]
    | [^\w\s]
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=4096)  # a statement's reference is tokenised once per version
def tokenize(text: str) -> tuple[Token, ...]:
    """Split text into word and punctuation tokens that keep offsets into text."""
    return tuple(Token(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(text))


def is_word(token: Token) -> bool:
    """True for word and number tokens, False for punctuation."""
    return any(ch.isalnum() for ch in token.text)


def token_key(token: Token, *, ignore_case: bool, ignore_typography: bool) -> str:
    """The string two tokens are compared by under the given ignore switches."""
    text = token.text
    if ignore_typography:
        text = normalize_typography(text).replace(" ", "")
        text = strip_accents(number_key(text))
        if len(text) > 1 and "-" in text:
            text = text.replace("-", "")  # "e-mails" = "emails"
        if text in ("[...]", "(...)"):
            text = "..."
    if ignore_case:
        text = text.lower()
        if ignore_typography:
            text = spelled_alike(text)  # "harbour" = "harbor": house style
    return text


def word_diff(
    reference: str,
    version: str,
    *,
    ignore_case: bool = True,
    ignore_punctuation: bool = True,
    ignore_typography: bool = True,
) -> WordDiff:
    """Compare version with reference word by word.

    Chunks cover both token lists completely and in order. With ``ignore_punctuation``
    punctuation tokens never form a change of their own: they ride along in the
    neighbouring equal chunk, whose two sides may then differ in length.
    """
    ref_tokens = tokenize(reference)
    ver_tokens = tokenize(version)
    ref_kept = _kept_indices(ref_tokens, ignore_punctuation)
    ver_kept = _kept_indices(ver_tokens, ignore_punctuation)

    def keys(text: str, tokens: Sequence[Token], kept: list[int]) -> list[str]:
        found = [
            token_key(tokens[i], ignore_case=ignore_case, ignore_typography=ignore_typography)
            for i in kept
        ]
        if ignore_typography:
            _percent_alike(tokens, kept, found)
            _clock_alike(text, tokens, kept, found)
        return found

    ref_keys = keys(reference, ref_tokens, ref_kept)
    ver_keys = keys(version, ver_tokens, ver_kept)
    opcodes = Indel.opcodes(ref_keys, ver_keys)
    changes = _merge_changes(
        [(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end) for op in opcodes]
    )
    chunks: list[DiffChunk] = []
    ref_pos = ver_pos = 0
    for tag, i1, i2, j1, j2 in changes:
        r1, r2 = _tight_range(ref_kept, i1, i2)
        v1, v2 = _tight_range(ver_kept, j1, j2)
        if (r1, v1) != (ref_pos, ver_pos):
            chunks.append(DiffChunk("equal", ref_pos, r1, ver_pos, v1))
        chunks.append(DiffChunk(tag, r1, r2, v1, v2))
        ref_pos, ver_pos = r2, v2
    if (ref_pos, ver_pos) != (len(ref_tokens), len(ver_tokens)):
        chunks.append(DiffChunk("equal", ref_pos, len(ref_tokens), ver_pos, len(ver_tokens)))
    return WordDiff(ref_tokens, ver_tokens, tuple(_absorb_one_sided(chunks)))


def _absorb_one_sided(chunks: list[DiffChunk]) -> list[DiffChunk]:
    """Fold an "equal" run of ignored punctuation on one side only into the change before.

    "Close the depot." against "" is one delete, not a delete plus an equal ".".
    """
    out: list[DiffChunk] = []
    for chunk in chunks:
        prev = out[-1] if out else None
        ref_only = chunk.ver_start == chunk.ver_end
        ver_only = chunk.ref_start == chunk.ref_end
        if (
            chunk.tag == "equal"
            and prev is not None
            and (
                (ref_only and prev.tag in ("delete", "replace"))
                or (ver_only and prev.tag in ("insert", "replace"))
            )
        ):
            out[-1] = DiffChunk(
                prev.tag, prev.ref_start, chunk.ref_end, prev.ver_start, chunk.ver_end
            )
            continue
        out.append(chunk)
    return out


def _percent_alike(tokens: Sequence[Token], kept: list[int], keys: list[str]) -> None:
    """ "3.9%", "3.9 per cent" and "3.9 percent" as one word, in place: a "%" after a
    number is kept as "percent", and "per cent" becomes its first token ("cent" rides
    along like ignored punctuation)."""
    i = 0
    while i < len(kept):
        if keys[i].lower() == "per" and i + 1 < len(kept) and keys[i + 1].lower() == "cent":
            keys[i] = "percent"
            del kept[i + 1], keys[i + 1]
        i += 1
    for k, token in enumerate(tokens):
        if token.text == "%" and k > 0 and tokens[k - 1].text[-1:].isdigit():
            at = bisect.bisect_left(kept, k)
            if at < len(kept) and kept[at] == k:
                keys[at] = "percent"
            else:
                kept.insert(at, k)
                keys.insert(at, "percent")


def _clock_alike(text: str, tokens: Sequence[Token], kept: list[int], keys: list[str]) -> None:
    """ "6:02am", "6:02 a.m." and "6.02 AM" as one word, in place: the time's first token
    takes one spelling of the whole time and its other tokens ride along like ignored
    punctuation."""
    for start, end, spelled in clock_times(text):
        inside = [at for at, k in enumerate(kept) if start <= tokens[k].start < end]
        if not inside:
            continue
        keys[inside[0]] = spelled.replace(" ", "")
        for at in reversed(inside[1:]):
            del kept[at], keys[at]


def _kept_indices(tokens: Sequence[Token], ignore_punctuation: bool) -> list[int]:
    if not ignore_punctuation:
        return list(range(len(tokens)))
    return [i for i, token in enumerate(tokens) if is_word(token)]


def _merge_changes(
    opcodes: list[tuple[str, int, int, int, int]],
) -> list[tuple[DiffTag, int, int, int, int]]:
    """Keep only the changes, joining an adjacent delete and insert into one replace."""
    merged: list[tuple[DiffTag, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        if merged and merged[-1][2] == i1 and merged[-1][4] == j1:
            _, p1, _, q1, _ = merged[-1]
            merged[-1] = ("replace", p1, i2, q1, j2)
            continue
        kind: DiffTag = "insert" if i1 == i2 else "delete" if j1 == j2 else "replace"
        merged.append((kind, i1, i2, j1, j2))
    return merged


def _tight_range(kept: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Map a range over kept tokens to full token indices, excluding ignored edges.

    An empty range sits right after the previous kept token, so punctuation that
    follows it stays with the next equal chunk.
    """
    if end > start:
        return kept[start], kept[end - 1] + 1
    point = kept[start - 1] + 1 if start > 0 else 0
    return point, point
