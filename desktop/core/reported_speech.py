"""Reported speech: sentences such as "X said that …" with no quotation marks."""

from __future__ import annotations

import bisect
import re

from desktop.core.attribution import cue_before
from desktop.core.model import Quote, ReportedSpeech
from desktop.core.people import PersonIndex
from desktop.core.word_regex import alternation

_REPORTING = (
    r"said|says|told|added|adds|noted|notes|claimed|claims|argued|argues|stated|states|"
    r"warned|warns|announced|insisted|insists|explained|suggested|suggests|acknowledged|"
    r"admitted|revealed|reiterated|maintained|contended|predicted|promised|vowed|"
    r"confirmed|conceded|stressed|emphasized|emphasised|wrote|writes|testified|believes|"
    r"believed|alleged|alleges|recalled"
)
_CLAUSE = re.compile(
    r"\b(?P<verb>"
    + alternation(_REPORTING.split("|"))
    + r")\b(?:\s+(?:reporters|him|her|them|us|me|lawmakers|"
    r"the\s+\w+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?(?:\s+(?:on|in|at|late|earlier|last)"
    r"(?:\s+[\w'’-]+){1,3}?)?,?\s+(?:that\b|(?=(?:the|a|an|he|she|it|they|there|his|her|"
    r"their|this|these|those|we|I|no|all|only|both|such|[A-Z][a-z]+)\s))"
)
# "..., his office said, different states have ...": a cue in the middle of the sentence
_ASIDE = re.compile(
    r",\s+(?:he|she|they|it|(?:his|her|their|the)\s+\w+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?P<verb>said|says|added|noted|argued|explained|wrote)\s*,"
)
# "X urged the ministry to …", "accused Y of …", "is calling for …": demands and charges
_DEMAND = re.compile(
    r"\b(?P<verb>urged|urges|urging|accused|accuses|accusing|blamed|blames|pressed|presses)"
    r"\s+(?:[\w'’.-]+\s+){1,6}?(?:to|of|for)\s+\w"
    r"|\b(?P<call>calls for|called for|calling for|demanded|demands|demanding|pledged|pledges|"
    r"vowed|vows|promised|promises)\s+\w"
)
# Case-sensitive (reporting verbs are lower case) and factored: a case-blind alternation of
# this many words costs several times more.
_TRIGGER_WORDS = _REPORTING + "|urg|accus|blam|press|call|demand|pledg|vow|promis"
_TRIGGER = re.compile(r"\b" + alternation(_TRIGGER_WORDS.split("|")))
_REACH = 200  # the verb must come early: later ones belong to a clause inside the sentence
_MIN_WORDS = 6


def find_reported(
    text: str, sentences: list[tuple[int, int]], quotes: list[Quote], index: PersonIndex
) -> tuple[ReportedSpeech, ...]:
    """Every sentence outside quotation marks that reports what someone said."""
    quoted = sorted((q.start, q.end) for q in quotes if q.kind == "quote")
    # One pass over the text for the verbs, so only sentences holding one get the full patterns.
    verbs = [m.start() for m in _TRIGGER.finditer(text)]
    found: list[ReportedSpeech] = []
    qi = 0
    for start, end in sentences:
        while qi < len(quoted) and quoted[qi][1] <= start:
            qi += 1
        if qi < len(quoted) and quoted[qi][0] < end:
            continue
        vi = bisect.bisect_left(verbs, start)
        if vi == len(verbs) or verbs[vi] >= min(end, start + _REACH):
            continue
        sentence = text[start:end]
        if len(sentence.split()) < _MIN_WORDS:
            continue
        match = _CLAUSE.search(sentence) or _ASIDE.search(sentence) or _DEMAND.search(sentence)
        if match is None or match.start() > _REACH:
            continue
        group = "verb" if match.group("verb") else "call"
        verb_end = start + match.end(group)
        attribution = cue_before(text, start, verb_end, index)
        if attribution is None and len(text[start:verb_end].split()) > 12:
            continue  # no subject in reach: not a report of speech
        found.append(
            ReportedSpeech(
                text=sentence,
                start=start,
                end=end,
                speaker=attribution.speaker if attribution else None,
                cue=attribution.cue if attribution else None,
                verb=match.group(group).lower(),
            )
        )
    return tuple(found)
