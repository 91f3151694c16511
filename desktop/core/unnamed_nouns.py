"""Someone the article brings in without a name ("A former Lumeris engineer who worked on
the project said"), whom "the engineer" then means."""

from __future__ import annotations

import re

from desktop.core.people import PERSON_TITLES, PersonIndex
from desktop.core.roles import lede_trade_holder
from desktop.core.speech_words import BODY_NOUNS, DOC_NOUNS, SPOKES_WORDS
from desktop.core.word_regex import word_set


def introduced_unnamed(index: PersonIndex, noun: str, pos: int) -> bool:
    """Whether the article last brought in `noun` as someone it does not name ("A former
    Lumeris engineer who worked on the project said"), so "the engineer" is that person."""
    if not noun.islower() or (
        noun not in _OCCUPATIONS and any(noun in kind for kind in _NAMED_OR_SPOKEN_FOR)
    ):
        return False  # a spokesman's body, a document's author, an office's holder
    start = max(0, pos - 1500)
    found = [
        m
        for m in re.finditer(rf"\b{re.escape(noun)}\b", index.text[start : pos + 1])
        if index.text[start + m.start() - 4 : start + m.start()].lower() != "the "
    ]
    if not found:
        return False
    at = start + found[-1].start()
    if lede_trade_holder(index, noun, at):
        return False  # "A Tindarra sheep farmer says … Graham Tully …": the lede's, named
    before = index.text[max(0, at - 40) : at]
    after = index.text[at + len(noun) : at + len(noun) + 40]
    introduced = _INDEFINITE_BEFORE.search(before)
    if introduced is None or re.match(r",?\s+(?:named\s+)?[A-Z][a-z]", after):
        return False
    # "Dr Ann Lee, a consultant in emergency medicine,": what a named person is
    return _APPOSED_TO_NAME.search(before, 0, introduced.start() + 1) is None


_APPOSED_TO_NAME = re.compile(r"[A-Z][\w'’-]*,\s?$")


_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}$")


# Titles that are occupations, held by many at once, not offices: "one reporter asked
# the governor … “…?” the reporter asked" is that reporter, unnamed.
_OCCUPATIONS = word_set(
    "reporter journalist columnist writer analyst economist strategist pollster lawyer "
    "activist protester protestor resident student teacher nurse volunteer commuter "
    "pensioner survivor shopkeeper campaigner researcher scientist historian physician "
    "surgeon mechanic rancher veteran pilot"
)


_NAMED_OR_SPOKEN_FOR = (
    SPOKES_WORDS,
    BODY_NOUNS,
    DOC_NOUNS,
    PERSON_TITLES,
    word_set("aide staffer source"),
)
