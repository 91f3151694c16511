"""A study's two authors as the article names them: "The study, by Dr A … and Dr B …"."""

from __future__ import annotations

import re

from desktop.core.people import PersonIndex

# "The study, by Dr Thea Marr of the University of Westmarch and Dr Lars Brekke of …"
_TITLED_NAME = r"(?:(?:Dr|Prof|Professor)\.?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
_STUDY_BY_PAIR = re.compile(
    r"\b(?:study|paper|research|analysis|report)\s*,?\s+(?:(?:led|written)\s+)?by\s+"
    + _TITLED_NAME
    + r"(?:,?\s+(?:of|from|at)\s+[^,.;]{1,60}?)?,?\s+and\s+"
    + _TITLED_NAME
)


# "The work was led by Thea Marr, a behavioural ecologist at …, with Lars Brekke of …"
_LED_WITH_PAIR = re.compile(
    r"\b(?:work|study|research|paper)\s+was\s+led\s+by\s+"
    + _TITLED_NAME
    + r"(?:,[^,.;“”\"]{1,90},)?\s+with\s+"
    + _TITLED_NAME
)


# "Ana Pell and Dan Lowe, both of Tarn University, led the study"
_PAIR_LED = re.compile(
    _TITLED_NAME
    + r"(?:,?\s+(?:of|from|at)\s+[^,.;]{1,60}?)?,?\s+and\s+"
    + _TITLED_NAME
    + r"(?:,[^,.;“”\"]{1,90},)?\s+(?:led|wrote|conducted|co-authored|authored)\s+the\s+"
    r"(?:new\s+)?(?:study|paper|research|analysis|report)\b"
)


def study_pair(index: PersonIndex, pos: int) -> str | None:
    """ "‘…,’ the authors write …. The study, by Dr Ann Lee … and Dr Bo Kim …": the two
    authors the article names for its study, before the cue or just after it."""
    found = [
        m
        for pattern in (_STUDY_BY_PAIR, _LED_WITH_PAIR, _PAIR_LED)
        for m in pattern.finditer(index.text, max(0, pos - 1500), pos + 600)
    ]
    if not found:
        return None
    nearest = min(found, key=lambda m: abs(m.start() - pos))
    first = index.canonical(nearest.group(1), nearest.start(1))
    second = index.canonical(nearest.group(2), nearest.start(2))
    return f"{first} and {second}"
