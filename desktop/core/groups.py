"""Plural speakers: pairs of people ("Ann Lee and Bo Kim") and bodies ("Senate Republicans")."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.mentions import Mention
    from desktop.core.people import PersonIndex


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PLURAL_BODIES = _words(
    "republicans democrats senators lawmakers members conservatives progressives gop "
    "plaintiffs officials leaders authors signatories"
)
# What may stand between the two names of a pair: a party tag, "and", a title.
_PAIR_GAP = re.compile(
    r"(?:\s*\([^()]{0,12}\))?(?:,\s*[DRI]\s*-\s*[\w.]+(?:\s[\w.]+)?,)?\s*and\s+"
    r"(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Senator|Representative|Governor)\.?\s+)?"
)
_SHARED_SURNAME = re.compile(r"([A-Z][a-z]+)\s+and\s+$")  # "Kristy and Dana Dumont"


# "Republican senators", "Democratic lawmakers": a party's members named in lower case.
_PARTY_MEMBERS = re.compile(
    r"(?=[RDGCL])\b(Republican|Democratic|GOP|Conservative|Labour)\s+(senators|lawmakers|legislators)\b"
)
_PARTY_NOUN = {"Republican": "Republicans", "GOP": "Republicans", "Democratic": "Democrats"}


def plural_speakers(index: PersonIndex) -> list[tuple[int, str]]:
    """(position, name) of every pair of people and plural body, in reading order."""
    text = index.text
    found: list[tuple[int, str]] = []
    for match in _PARTY_MEMBERS.finditer(text):
        party = _PARTY_NOUN.get(match.group(1), match.group(1) + "s")
        chamber = "Senate " if match.group(2) == "senators" else ""
        found.append((match.start(), chamber + party))
    mentions = index.mentions
    subjects = {pos for pos, _, is_org in index.events if is_org}
    for i, m in enumerate(mentions):
        if m.is_org:
            if m.name.split()[-1].lower() in PLURAL_BODIES and _acts(index, m, subjects):
                name = re.sub(r"\bGOP$", "Republicans", index.expand(m.name))
                found.append((m.start, name))
            continue
        shared = None
        if text.endswith("and ", 0, m.start):
            shared = _SHARED_SURNAME.search(text, max(0, m.start - 20), m.start)
        if shared and text[: shared.start(1)].rstrip()[-1:].isalpha():
            before = text[: shared.start(1)].split()
            shared = None if before and before[-1][:1].isupper() else shared  # "Tom Brandt and"
        if shared and len(m.name.split()) == 2:
            found.append((shared.start(1), f"{shared.group(1)} and {m.name}"))
            continue
        second = _next_person(mentions, i)
        if second is not None and _pair(text, m, second):
            first_name = index.canonical(m.name, m.start)
            found.append(
                (m.start, f"{first_name} and {index.canonical(second.name, second.start)}")
            )
    return sorted(found)


def pick_group(plurals: list[tuple[int, str]], pos: int, noun: str, reach: int) -> str | None:
    """The latest plural speaker before `pos`; "the senators" prefers a Senate body."""
    i = bisect.bisect_left(plurals, (pos, ""))
    recent = [name for at, name in plurals[:i] if at >= pos - reach]
    if noun:
        stem = noun.lower().rstrip("s")[:5]
        fitting = [name for name in recent if stem in name.lower()]
        if fitting:
            return fitting[-1]
    return recent[-1] if recent else None


def _acts(index: PersonIndex, m: Mention, subjects: set[int]) -> bool:
    """A body that is a sentence's subject, or counted ("47 Republicans"): not an object."""
    before = index.text[max(0, m.start - 12) : m.start]
    return m.start in subjects or re.search(r"\b\d+\s+$", before) is not None


def _next_person(mentions: list[Mention], i: int) -> Mention | None:
    """The next mention after i, skipping letters of a party tag ("D-N.Y." gives "Y")."""
    for m in mentions[i + 1 : i + 4]:
        if len(m.name) > 1:
            return m
    return None


def _pair(text: str, first: Mention, second: Mention) -> bool:
    if second.is_org or first.possessive or second.start - first.end > 40:
        return False
    return _PAIR_GAP.fullmatch(text, first.end, second.start) is not None
