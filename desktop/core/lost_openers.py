"""Quotes whose opening mark was lost: '… watch me," Biden answered.' with no mark before.

A page that drops a quote's opening mark (a mark inside a stripped link or styling,
or a typing slip) leaves a closing mark that closes nothing. When a cue follows it
("," Lee said), the words before it are somebody's quote. They run back to the start
of the paragraph, but never past a sentence that holds another quotation mark or
closes the quote before, and never more than a few sentences: without paragraph
breaks there is nothing else to say where the words began.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from desktop.core.quote_marks import (
    MarkedSpan,
    is_unpaired_closer,
    paragraph_bounds,
    sentence_bounds,
)
from desktop.core.speech_words import REPORTING_VERBS, STANCE_VERBS
from desktop.core.word_regex import alternation

_MAX_SENTENCES = 3
_MAX_CHARS = 1500
_VERBS = alternation(sorted(REPORTING_VERBS - STANCE_VERBS))
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# '," Biden answered', '," she said', '," said Ann Lee', '," the mayor said'
_CUE_AFTER = re.compile(
    rf"\s*(?:(?:he|she|they|{_NAME}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:{_VERBS})\b"
    rf"|(?:{_VERBS})\s+(?:{_NAME}|the\s+[a-z]+)\b)"
)
_MARKS = re.compile(r"[“”\"„«»]")


def lost_openings(text: str, spans: Sequence[MarkedSpan]) -> list[MarkedSpan]:
    """Quotes closed by a mark that nothing opened, when a cue follows the mark."""
    paired = {s.open_at for s in spans} | {s.close_at for s in spans if s.close_at is not None}
    covered = sorted((s.open_at, s.close_at if s.close_at is not None else s.end) for s in spans)
    ends = [end for _, end in covered]
    reach = list(itertools.accumulate(ends, max))  # the furthest any earlier span runs
    paragraphs = paragraph_bounds(text)
    p_starts = [start for start, _ in paragraphs]
    found = []
    for match in _MARKS.finditer(text):
        at = match.start()
        if at in paired or text[at - 1 : at] not in (",", "?", "!"):
            continue
        before = bisect.bisect_right(covered, (at, len(text))) - 1
        if before >= 0 and reach[before] >= at:
            continue  # inside a quote
        if not is_unpaired_closer(text, at) or not _CUE_AFTER.match(text, at + 1):
            continue
        p_start = p_starts[max(0, bisect.bisect_right(p_starts, at) - 1)] if p_starts else 0
        floor = max(p_start, reach[before] + 1 if before >= 0 else 0)
        start = _words_start(text, floor, p_start, at)
        if start is not None:
            found.append(MarkedSpan(start, at, start, at, "“"))
    return found


def _words_start(text: str, floor: int, p_start: int, close_at: int) -> int | None:
    """Where the quoted words begin: the paragraph's start, bounded as the module says."""
    bounded = max(floor, close_at - _MAX_CHARS)  # a few sentences at most: stays linear
    window = text[bounded:close_at]
    sentences = sentence_bounds(window)
    if not sentences:
        return None
    # The sentence that closes the quote before is its cue ("… again?" Muir asked.).
    if bounded == floor > p_start and len(sentences) > 1:
        sentences = sentences[1:]
    sentences = sentences[-_MAX_SENTENCES:]
    start = bounded + sentences[0][0]
    while start < close_at and text[start].isspace():
        start += 1
    words = text[start:close_at]
    if _MARKS.search(words) or len(words.split()) < 4:
        return None  # marks inside: not a plain lost opening; too short to tell
    return start
