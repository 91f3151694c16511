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

from desktop.core.attribution import REPORTING_VERB
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
    rf"\s*(?:(?:he|she|they|it|{_NAME}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:{_VERBS})\b"
    rf"|(?:{_VERBS})\s+(?:{_NAME}|the\s+[a-z]+)\b)"
)
# '," the foreign ministry spokeswoman, Lidia Morandt, said': a longer subject, maybe
# with a name in apposition, before the verb (a dozen words at most, no sentence end)
_LONG_CUE_AFTER = re.compile(
    rf"\s*(?:the|an?|[A-Z])(?:[^.!?;:“”\"‘’\s]*(?:\s+|,\s*|\.\s+(?=[A-Z]\w*[\s,]))){{1,12}}?"
    rf"(?:{_VERBS})\b"
)
_MARKS = re.compile(r"[“”\"„«»]")
_SINGLE_MARKS = re.compile(r"[“”\"„«»’]")
_SPEAKER_VOICE = re.compile(r"(?i)\b(?:I|I['’]m|me|my|we|we['’]re|us|our|you|your)\b")
_GOES_ON = re.compile(r"\s*(?:And|But|So|Yet|Or|Because)\b")
_LEAD_IN = re.compile(r"[^.!?:]{1,80}?:\s+(?=[A-Z])")


def lost_openings(text: str, spans: Sequence[MarkedSpan]) -> list[MarkedSpan]:
    """Quotes closed by a mark that nothing opened, when a cue follows the mark."""
    paired = {s.open_at for s in spans} | {s.close_at for s in spans if s.close_at is not None}
    covered = sorted((s.open_at, s.close_at if s.close_at is not None else s.end) for s in spans)
    ends = [end for _, end in covered]
    reach = list(itertools.accumulate(ends, max))  # the furthest any earlier span runs
    paragraphs = paragraph_bounds(text)
    p_starts = [start for start, _ in paragraphs]
    found = []
    # British pages quote in single marks: then a ’ after a comma closes a quote too.
    british = text.count("‘") > text.count("“")
    for match in (_SINGLE_MARKS if british else _MARKS).finditer(text):
        at = match.start()
        if at in paired or text[at - 1 : at] not in (",", "?", "!", "."):
            continue
        before = bisect.bisect_right(covered, (at, len(text))) - 1
        if before >= 0 and reach[before] >= at:
            continue  # inside a quote
        if not is_unpaired_closer(text, at):
            continue
        cue = text[at - 1] != "." and (
            _CUE_AFTER.match(text, at + 1) or _LONG_CUE_AFTER.match(text, at + 1)
        )
        if not cue:
            introduced = _after_colon(text, at)  # "…, said: It was a pie.\" Her son …"
            if introduced is not None:
                found.append(MarkedSpan(introduced, at, introduced, at, "“"))
            continue
        p_start = p_starts[max(0, bisect.bisect_right(p_starts, at) - 1)] if p_starts else 0
        floor = max(p_start, reach[before] + 1 if before >= 0 else 0)
        start = _words_start(text, floor, p_start, at)
        if start is not None:
            found.append(MarkedSpan(start, at, start, at, "“"))
    return found


# "Janice Morrow, 64, said: It was a pie and a pint.": a colon after a reporting verb
_COLON_INTRO = re.compile(rf"\b(?:{_VERBS})\b[^.!?:;“”\"]{{0,40}}:\s+(?=[A-Z])")


def _after_colon(text: str, close_at: int) -> int | None:
    """Where the words before an unpaired closing mark begin when a reporting verb and a
    colon introduce them in the same sentence ("…, said: It was a pie.\""), else None."""
    intros = list(_COLON_INTRO.finditer(text, max(0, close_at - 400), close_at))
    if not intros:
        return None
    intro = intros[-1]
    words = text[intro.end() : close_at]
    if re.search(r"[.!?](?=\s)|[“”\"‘]|\n", words) or len(words.split()) < 4:
        return None  # more than one sentence, other marks, or too short to tell
    return intro.end()


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
    pieces = [window[a:b] for a, b in sentences[-_MAX_SENTENCES:]]
    kept = 1  # the closing mark's own sentence, then earlier ones that read as speech
    while kept < len(pieces) and _goes_on(pieces[-kept - 1], pieces[-kept]):
        kept += 1
    start = bounded + sentences[-kept][0]
    lead = _LEAD_IN.match(text, start, close_at)
    if lead:  # "Lee wrote on X: We will …": the label is not part of the words
        start = lead.end()
    while start < close_at and text[start].isspace():
        start += 1
    words = text[start:close_at]
    if _MARKS.search(words) or "‘" in words or len(words.split()) < 4:
        return None  # marks inside, or too short to tell
    if words[:1] in ",;":
        return None  # the rest after a mark ('6'2", I')
    return start


def _goes_on(before: str, sentence: str) -> bool:
    """Whether the sentence before belongs to the same quote: it speaks in the first or
    second person, or the quote's sentence goes on from it ("And …") and it is no cue."""
    if _SPEAKER_VOICE.search(before) and not REPORTING_VERB.search(before):
        return True
    return _GOES_ON.match(sentence) is not None and REPORTING_VERB.search(before) is None
