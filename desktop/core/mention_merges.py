"""Mentions merged or re-read once all are found: one-word bodies, honorific surnames,
couples sharing a surname, nicknames inside names, knights called by first name."""

from __future__ import annotations

import re

from desktop.core.first_names import FIRST_NAMES
from desktop.core.mentions import Mention
from desktop.core.people import PERSON_TITLES
from desktop.core.speakers import HONORIFICS, NAME_PARTICLES, NOT_INITIALS, only, opened_by
from desktop.core.speech_words import PLACES

_KNIGHTED = frozenset({"sir", "dame"})


def bodies_throughout(mentions: list[Mention]) -> list[Mention]:
    """A one-word name the article once writes as a body ("the software company
    Brightloom") is that body wherever it stands alone ("Brightloom to shed 420 jobs"),
    unless a title makes some mention of it a person's."""
    bodies = {m.name for m in mentions if m.is_org and " " not in m.name}
    people = {m.name for m in mentions if not m.is_org and m.roles & PERSON_TITLES}
    bodies -= people
    if not bodies:
        return mentions
    return [m._replace(is_org=True) if m.name in bodies else m for m in mentions]


def honorific_people(mentions: list[Mention]) -> list[Mention]:
    """ "Jean Fox … Ms. Fox said": a surname the article gives an honorific is a person's,
    even where it reads like a body ("Fox", "Church", "Banks")."""
    surnames = {m.name.split()[-1] for m in mentions if m.roles & HONORIFICS}
    if not surnames:
        return mentions
    return [
        m._replace(is_org=False)
        if m.is_org and len(m.name.split()) <= 3 and m.name.split()[-1] in surnames
        else m
        for m in mentions
    ]


_GIVEN_AND = re.compile(r"\b([A-Z][a-z]+)\s+and\s+$")


def couples(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Kate and Nathan Ellison": the first given name shares the surname after the pair,
    so "Mrs Ellison" can be Kate Ellison; "Roland Ashgrove and his wife, Bettina": Bettina
    Ashgrove."""
    full = [m.name.split() for m in mentions if not m.is_org and " " in m.name]
    taken = {words[-1] for words in full} | {words[0] for words in full}
    result: list[Mention] = []
    for m in mentions:
        words = m.name.split()
        given = _GIVEN_AND.search(text, max(0, m.start - 30), m.start)
        if given and not m.is_org and len(words) == 2 and _given_pair(text, given, words[0], taken):
            start = given.start(1)
            name = f"{given.group(1)} {words[1]}"
            result.append(Mention(start, given.end(1), name, frozenset(), False))
        spouse = _SPOUSE_GIVEN.search(text, max(0, m.start - 60), m.start)
        if spouse and not m.is_org and len(words) == 1:
            m = m._replace(name=f"{m.name} {spouse.group(1)}")
        result.append(m)
    return result


def _given_pair(text: str, given: re.Match[str], second: str, taken: set[str]) -> bool:
    """Whether "Marisol and Kenton Durrow" pairs two given names: both known as given
    names, or the first one opening its clause ("The sisters Lydia and …", "Parents Marcus
    and …"), no place, and no word of anyone else's full name ("like Kiki and Gemma
    Ruddock did" after "Kiki Marlowe")."""
    first = given.group(1)
    if first.lower() in FIRST_NAMES and second.lower() in FIRST_NAMES:
        return True
    if given.start(1) > 0 and not text[given.start(1) - 1].isspace():
        return False  # "Sofia Banerjee-Holt and Dwight Amsel": a surname's end
    before = text[max(0, given.start(1) - 40) : given.start(1)]
    word = re.search(r"(\S+)\s+$", before)
    opening = word is None or re.search(r"(?:^|[.!?\n”])\s*\S+\s+$", before) is not None
    named_before = word is not None and word.group(1)[:1].isupper() and not opening
    listed = word is not None and word.group(1)[-1:] == ","  # ("parents, Graham and Lucy Fisk")
    return not (named_before or listed) and first not in taken and first.lower() not in PLACES


# "Roland Ashgrove and his wife, Bettina": a spouse named by a given name, the surname his
_SPOUSE_GIVEN = re.compile(
    r"\b[A-Z][\w'’-]+\s+([A-Z][\w'’-]+)\s+and\s+(?:his|her)\s+(?:wife|husband),?\s+$"
)


# A nickname in quote marks between a given name and a surname: Naomi "Regulate-It-All" Lin.
# ("Seán “Bosco” Ó Dálaigh", "Maria “Mimi” de la Cruz": the surname's particles are its own)
_NICKNAME_GAP = re.compile(r"\s+[\"“‘'](?:[\w'’-]+\s){0,3}[\w'’-]+[\"”’']\s+")


_GAELIC = frozenset({"Ó", "Ní", "Nic", "Uí", "Ua"})


def nicknamed(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Sen. Naomi "Regulate-It-All" Faraday-Lin of Vermont": one person, Naomi
    Faraday-Lin, not "Naomi" and a body "Faraday-Lin of Vermont"."""
    result: list[Mention] = []
    for m in mentions:
        last = result[-1] if result else None
        gap = _NICKNAME_GAP.fullmatch(text, last.end, m.start) if last else None
        surname = m.name.split(" of ")[0]
        *particles, _ = surname.split()
        one_surname = all(p.lower() in NAME_PARTICLES or p in _GAELIC for p in particles)
        if last and gap and " " not in last.name and not last.is_org and one_surname:
            end = m.start + len(surname)
            result[-1] = Mention(last.start, end, f"{last.name} {surname}", last.roles, False)
            continue
        result.append(m)
    return result


def knights(mentions: list[Mention]) -> list[Mention]:
    """ "Sir Clement" after "Sir Clement Haverstock": a knight or dame is called by the
    first name, so the lone name is the one person it opens."""
    if not any(m.roles & _KNIGHTED for m in mentions):
        return mentions
    opened = opened_by(m.name for m in mentions if not m.is_org)
    result = []
    for m in mentions:
        knight = m.roles & _KNIGHTED and " " not in m.name
        full = only(opened.get(m.name, set())) if knight else None
        result.append(m._replace(name=full) if full else m)
    return result


def _person_initials(name: str) -> str:
    """ "AOC" for "Alexandria Ocasio-Cortez": each name word's first letter, hyphens too."""
    return "".join(word[0].upper() for word in re.split(r"[\s-]+", name) if word)


def initialled_people(mentions: list[Mention]) -> list[Mention]:
    """ "HV was having none of it", "AOC said": a person called by the initials of the one
    full name the article gives them (Henrique Valadas, Alexandria Ocasio-Cortez)."""
    found = []
    for m in mentions:
        person = person_of_initials(m.name, mentions)
        found.append(m._replace(name=person, is_org=False) if person else m)
    return found


def person_of_initials(name: str, mentions: list[Mention]) -> str | None:
    """The one person named in full whose initials `name` is ("AOC"), if any."""
    if not (2 <= len(name) <= 4 and name.isupper() and name.isalpha()) or name in NOT_INITIALS:
        return None
    named = {
        m.name
        for m in mentions
        if not m.is_org and len(m.name.split()) >= 2 and _person_initials(m.name) == name
    }
    return named.pop() if len(named) == 1 else None
