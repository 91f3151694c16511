"""Bodies a cue names by an office: "the District Attorney's Office", "the press service",
"the regulator", and the person "the head of state" is."""

from __future__ import annotations

import bisect
import re

from desktop.core.body_referents import body_in_focus
from desktop.core.people import PersonIndex
from desktop.core.roles import by_role
from desktop.core.speakers import TITLE_WORDS
from desktop.core.word_regex import word_set

# "the Calder County District Attorney's Office", "the Sheriff’s Office": an office named
# after the title, not a person, is a body by its whole name.
_NAMED_OFFICE = re.compile(r"\b([A-Z]\w+)(['’]s\s+Office)$")
HEAD_OF = re.compile(r"(?i)the\s+(?:([A-Z][a-z]+)\s+)?head\s+of\s+(state|government)")
PRESS_SERVICE = re.compile(r"(?i)(?:the|its)\s+(?:press|media)\s+(?:service|office)")
_SERVICE_OF = re.compile(
    r"(?i:press|media)\s+(?:service|office)\s+of\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and)\s+)?){0,7}[A-Z][\w'’&-]*(?:\s+region)?)"
)
_REGULATORS = word_set(
    "authority commission agency office regulator inspectorate ombudsman bureau directorate"
)


def titled_office(owner: str, rest: str) -> bool:
    """ "Sheriff's" before "Office": an office named after a title, not after a person."""
    title = re.sub(r"['’]s?$", "", owner.split()[-1]).lower() if owner.split() else ""
    return title in TITLE_WORDS and re.match(r"\s+Office\b", rest) is not None


def titled_office_name(subject: str, owner: str) -> str | None:
    """ "a statement from the Calder County District Attorney's Office": the office's whole
    name, when it is named after a title ("Attorney's"), not a person ("Lee's office")."""
    named = _NAMED_OFFICE.search(subject)
    if named and titled_office(subject[: named.start(2)], " Office"):
        return re.sub(r"^[Tt]he\s+", "", owner) + named.group(2)
    return None


def head_of(index: PersonIndex, kind: str, pos: int, nation: str = "") -> str | None:
    """ "the head of state": the president, else the person in focus ("the French head of
    state": the French president)."""
    holder = "the president" if kind.lower() == "state" else "the prime minister"
    if nation:
        holder = holder.replace("the ", f"the {nation} ", 1)
    return by_role(index, holder, pos) or index.focus(pos)


def press_service(index: PersonIndex, pos: int) -> str | None:
    """ "According to the press service of the Interior Ministry … the press service said":
    the body the article named it as serving, else the body in focus."""
    named = _SERVICE_OF.findall(index.text, max(0, pos - 2000), pos)
    return named[-1] if named else body_in_focus(index, pos)


def latest_regulator(index: PersonIndex, pos: int, reach: int = 1500) -> str | None:
    """The latest body named before `pos` whose name says it regulates or inspects."""
    for m in reversed(index.mentions[: bisect.bisect_left(index.mention_starts, pos)]):
        if m.start < pos - reach:
            break
        if m.is_org and m.name.split()[-1].lower() in _REGULATORS:
            return index.expand(m.name)
    return None
