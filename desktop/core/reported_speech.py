"""Reported speech: sentences such as "X said that …" with no quotation marks."""

from __future__ import annotations

import re

from desktop.core.attribution import cue_before
from desktop.core.model import Quote, ReportedSpeech
from desktop.core.people import PersonIndex

_REPORTING = (
    r"said|says|told|added|adds|noted|notes|claimed|claims|argued|argues|stated|states|"
    r"warned|warns|announced|insisted|insists|explained|suggested|suggests|acknowledged|"
    r"admitted|revealed|reiterated|maintained|contended|predicted|promised|vowed|"
    r"confirmed|conceded|stressed|emphasized|emphasised|wrote|writes|testified|believes|"
    r"believed|alleged|alleges|recalled"
)
_CLAUSE = re.compile(
    r"\b(?P<verb>" + _REPORTING + r")\b(?:\s+(?:reporters|him|her|them|us|me|lawmakers|"
    r"the\s+\w+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?(?:\s+(?:on|in|at|late|earlier|last)"
    r"(?:\s+[\w'’-]+){1,3}?)?,?\s+(?:that\b|(?=(?:the|a|an|he|she|it|they|there|his|her|"
    r"their|this|these|those|we|I|no|all|only|both|such|[A-Z][a-z]+)\s))"
)
# "..., his office said, different states have ...": a cue in the middle of the sentence
_ASIDE = re.compile(
    r",\s+(?:he|she|they|it|(?:his|her|their|the)\s+\w+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?P<verb>said|says|added|noted|argued|explained|wrote)\s*,"
)
_MIN_WORDS = 6


def find_reported(
    text: str, sentences: list[tuple[int, int]], quotes: list[Quote], index: PersonIndex
) -> tuple[ReportedSpeech, ...]:
    """Every sentence outside quotation marks that reports what someone said."""
    quoted = sorted((q.start, q.end) for q in quotes if q.kind == "quote")
    found: list[ReportedSpeech] = []
    qi = 0
    for start, end in sentences:
        while qi < len(quoted) and quoted[qi][1] <= start:
            qi += 1
        if qi < len(quoted) and quoted[qi][0] < end:
            continue
        sentence = text[start:end]
        if len(sentence.split()) < _MIN_WORDS:
            continue
        match = _CLAUSE.search(sentence) or _ASIDE.search(sentence)
        if match is None or match.start() > 200:
            continue
        verb_end = start + match.end("verb")
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
                verb=match.group("verb").lower(),
            )
        )
    return tuple(found)
