"""Whether a name in a sentence is an object, not its subject: governed by a preposition,
an example in a list, a party to a case, a photo credit, or inside a relative clause."""

from __future__ import annotations

import re

from desktop.core.mentions import Mention
from desktop.core.people import PERSON_TITLES, ROLE_NOUNS
from desktop.core.speakers import STOP_CAPS
from desktop.core.speech_words import BODY_NOUNS, PREPOSITIONS
from desktop.core.word_regex import alternation, word_set

_IN_RELATIVE = re.compile(
    r",\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?)?(?:who|whose|which)\s[^,;:.!?“”\"]*$"
)  # (", a Republican whose district includes Dunmore Falls, praised")


def in_relative_clause(text: str, s_start: int, m: Mention) -> bool:
    """ "Lisa Cheung, who chairs Save Our Exchange, told", "Rep. Ann Lee, a Republican whose
    district includes Dunmore Falls, praised": a name inside a relative clause is that
    clause's object, not the sentence's subject or speaker."""
    return _IN_RELATIVE.search(text, max(s_start, m.start - 80), m.start) is not None


def is_governed(text: str, s_start: int, m: Mention) -> bool:
    """True when the word before the name is a preposition ("with Lee", "of the Council"),
    titles between ("a letter to Interior Secretary Ann Lee") included."""
    if _CASE_PARTY_BEFORE.search(text, max(s_start, m.start - 50), m.start) or (
        _CASE_PARTY_AFTER.match(text, m.end)
    ):
        return True  # "Lee v. Ridge Ferry Company": a party to a case names it, never acts
    if _LISTED_EXAMPLE.search(text, max(s_start, m.start - 140), m.start):
        return True  # "candidates—including state senate hopeful Ann Lee—won": an example
    if _CREDIT_BEFORE.search(text, max(0, m.start - 60), m.start) and not _CAPTION_GOES_ON.match(
        text, m.end
    ):
        return True  # "Picture: Dean Holroyd": a photo's credit names no one in the story
        # (but "Photo: Quenby in the Grange hall": a caption, whose subject she is)
    if m.is_org and _BODY_OF.fullmatch(text, s_start, m.start):
        return False  # "The campaign committee for Ridge Republicans attacked": it acts
    words = text[max(s_start, m.start - 60) : m.start].split()
    while len(words) > 1 and (
        _title_like(words[-1])
        or words[-1] in _ROLE_LEAD
        or words[-1] in _SIDE_LEAD
        or words[-1] in ("the", "a", "an")
    ):
        words.pop()  # "drafted by his deputy Kai Lund": the role and its owner too, and "in
        # the US": the article
        if len(words) > 1 and words[-1] in ("for", "of") and _title_like(words[-2]):
            words.pop()  # "Minister for Health Fergal Tuohy": an office's field, no object
    if len(words) == 1 and words[0] in ("For", "To") and m.start - s_start < 60:
        return False  # "For Kai Lund, the fee is the last straw": whose view it is
    if _PASSIVE_AGENT.search(text, max(s_start, m.start - 40), m.start):
        return False  # "The race was won by Joaquim Seabra": the one who acted
    if len(words) == 1 and words[0].endswith(",") and m.start - s_start < 20:
        return False  # "Inside, Calloway took note": an adverb set off, no preposition
    last = words[-1].strip(".,;:()\"“”'‘’").lower() if words else ""
    return last in PREPOSITIONS or last in _LISTENER_BEFORE  # "told KVR": who was told


_LISTENER_BEFORE = frozenset({"told", "tells", "telling"})
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:\w+ed|won|led|run|held|beaten)\s+by\s+$"
)
_CREDIT_BEFORE = re.compile(
    r"\b(?:Picture|Photo|Photograph|Image|Credit|Illustration|Video)s?\s*:\s*"
    r"(?:[^()/:.;]{1,40}/\s*)?$",  # "Photo: Luis Carrera/Dunmere Register": the outlet too
    re.IGNORECASE,
)
_CAPTION_GOES_ON = re.compile(r"\s+(?:in|at|on|with|during|after|before|outside|inside)\s")
_CASE_PARTY_BEFORE = re.compile(r"\bvs?\.\s+[^.,;:()]{0,40}$")
_CASE_PARTY_AFTER = re.compile(r"\s+vs?\.\s")
# "including A, B and state senator C": every item, descriptions between them allowed.
_LISTED_EXAMPLE = re.compile(
    r"\b(?:including|such\s+as)\s+(?:[^.;:!?()“”\"—–]{0,80}?(?:,|\s(?:and|or))\s+)?"
    r"(?:[\w’'-]+\s+){0,4}$"
)
_BODY_OF = re.compile(
    rf"\s*[Tt]he\s+(?:[a-z-]+\s+){{0,2}}{alternation(BODY_NOUNS)}\s+(?:for|of)\s+(?:the\s+)?"
)
_ROLE_LEAD = PERSON_TITLES | ROLE_NOUNS | word_set("his her their its your my our")
# What a report calls a side or a person before naming them after a preposition: "a
# defeat by fellow strugglers Dunmore Rovers", "a draw with local rivals Kell Town".
_SIDE_LEAD = word_set(
    "fellow local title league relegation bottom top struggling promoted rivals strugglers "
    "leaders champions holders neighbours neighbors opponents"
)


def _title_like(word: str) -> bool:
    """A capitalised title or place word before a name ("Interior", "Secretary", "Ostrian")."""
    bare = word.rstrip(".").lower()
    return word[:1].isupper() and word[-1:] not in ",;:)" and bare not in STOP_CAPS
