"""Body subjects: a sentence opening "The company …" is about the body the article named last."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.people import PersonIndex
from desktop.core.speakers import is_org_name
from desktop.core.word_regex import word_set

_BODY_SUBJECT = re.compile(
    r"\s*(?:The|This)\s+(?:[a-z-]+\s+)?(?:company|firm|label|studio|network|retailer|carmaker|"
    r"automaker|startup|publisher|broadcaster|airline|chain|conglomerate)\s+(?![’']s\b)[a-z]"
)
_CAPITALS_AFTER = r"\s+((?:[A-Z][\w&’'-]*\s+){0,2}[A-Z][\w&’'-]*)"
_REACH = 1500  # characters back to the body "the company" can mean
_FEATURES = word_set("river sea ocean valley coast gulf island islands lake bay")


def mark_body_subject(index: PersonIndex, s_start: int, i: int) -> None:
    """ "Lee accused Kestrel of blocking her film. The company denied it": Kestrel (named
    in full "Kestrel Records" elsewhere) is the body in focus, though only an object."""
    if not _BODY_SUBJECT.match(index.text, s_start):
        return
    if i < len(index.mentions) and _named_in_apposition(index, s_start, i):
        return  # "The company that runs the show, Dick Lane Productions, denies": that one
    body = _latest_body(index, i, s_start)
    if body:
        index.add_event(s_start, body, True)


def _named_in_apposition(index: PersonIndex, s_start: int, i: int) -> bool:
    m = index.mentions[i]
    lead = index.text[s_start : m.start]
    return (
        m.is_org
        and m.start - s_start < 120
        and lead.rstrip().endswith(",")
        and not re.search(r"[.;:!?]", lead)
        and index.text[m.end : m.end + 1] == ","
    )


def _latest_body(index: PersonIndex, i: int, pos: int) -> str | None:
    for k in range(min(i, len(index.mentions)) - 1, -1, -1):
        m = index.mentions[k]
        if m.start < pos - _REACH:
            break
        body = index.expand(m.name) if m.is_org else _long_form(index.text, m.name)
        if body and body.split()[-1].lower() not in _FEATURES:
            return body  # (not "the Millbeck River": a place is never "the company")
    return None


@lru_cache(maxsize=128)  # holds texts: only a few articles' worth
def _long_form(text: str, name: str) -> str | None:
    """ "Kestrel" for "Kestrel Records": the body's full name the article also uses.

    Cached: every "The company" sentence asks again for the names before it, and each
    answer scans the whole text.
    """
    for match in re.finditer(rf"\b{re.escape(name)}{_CAPITALS_AFTER}", text):
        words = match.group(1).split()
        for size in range(1, len(words) + 1):
            candidate = " ".join([name, *words[:size]])
            if is_org_name(candidate):
                return candidate
    return None


def body_since_cue(index: PersonIndex, noun: str, pos: int, reach: int = 2000) -> str | None:
    """ "“…,” Dune said in a statement. … The company [Kestrel] denied it in a statement.
    “…,” the statement read": the body a later "The company" sentence put in focus, not the
    speaker of the older cue that mentioned a statement."""
    cue_at = pos - reach
    for at, _, sentence in reversed(index.cues):
        if at < pos and re.search(rf"\b(?:the|a|its|their|his|her)\s+{noun}\b", sentence):
            cue_at = at
            break
    for at, name, org in reversed(index.events):
        if at >= pos:
            continue
        if at <= cue_at:
            break
        if org and name and _BODY_SUBJECT.match(index.text, at):
            return name
    return None
