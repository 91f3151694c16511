"""Who issued a document a cue names ("the statement said", "the guidance says"): the
signatories an opening gives ("In a joint statement, Ann Lee and Tom Kim asked …"), or
the body named after "<noun> from" or "<noun> by" ("new guidance from the Health Council")."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.joint_speakers import joint_speakers
from desktop.core.name_bounds import SENTENCE_END_IN_NAME
from desktop.core.people import PersonIndex
from desktop.core.speakers import is_org_name
from desktop.core.speech_words import REPORTING_VERBS
from desktop.core.word_regex import alternation, word_set

Resolve = Callable[[str, int, PersonIndex], "str | None"]  # subject_names.resolve_subject


def document_issuer(index: PersonIndex, noun: str, pos: int, resolve: Resolve) -> str | None:
    """Who issued the `noun` ("statement", "guidance") a cue at `pos` names, if the
    article says so before it; `resolve` reads a subject phrase as a speaker."""
    return (
        _issued_by(index, noun, pos, resolve)
        or _from_whom(index, noun, pos, resolve)
        or _said_in(index, noun, pos, resolve)
    )


# "In a joint statement, Ann Lee, Tom Kim and Eva Berg asked …": who issued the document
_ISSUED_IN = (
    r"\bIn\s+an?\s+(?:[a-z-]+\s+){{0,2}}?{noun}\b"
    r"[^.;:“”\"]{{0,160}}?,\s+"
)
# The verb after the issuers: any reporting verb, or what a statement does
_ISSUER_VERB = re.compile(
    r"\s+(?:"
    + alternation(
        sorted(
            REPORTING_VERBS
            | word_set(
                "appealed thanked apologised apologized blamed welcomed condemned criticised "
                "criticized rejected defended expressed announced"
            )
        )
    )
    + r")\b"
)
ISSUER_REACH = 1500  # characters back to the sentence that says who issued the document


def _issued_by(index: PersonIndex, noun: str, pos: int, resolve: Resolve) -> str | None:
    """ "In a joint statement, Varga, Chief Tomas Redcliff and … asked residents to stay
    away. “…,” the statement said": the signatories, as one joint speaker."""
    opening = re.compile(_ISSUED_IN.format(noun=re.escape(noun)))
    found = list(opening.finditer(index.text, max(0, pos - ISSUER_REACH), pos))
    if not found:
        return None
    start = found[-1].end()
    verb = _ISSUER_VERB.search(index.text, start, min(pos, start + 240))
    if verb is None:
        return None
    subject = index.text[start : verb.start()].strip()
    issuer = joint_speakers(subject, start, index) or resolve(subject, start, index)
    if issuer or ", " not in subject:
        return issuer
    # "In a submission … on behalf of 14 Christian, Jewish and Muslim school bodies, the
    # Faith Schools Alliance said": the issuer after the last comma
    tail = subject.rindex(", ") + 2
    return resolve(subject[tail:], start + tail, index)


def _from_whom(index: PersonIndex, noun: str, pos: int, resolve: Resolve) -> str | None:
    """ "under new guidance from the Tarrowmere Health Council … The guidance says": the
    body the latest "<noun> from" or "<noun> by" before `pos` names."""
    written = re.compile(
        rf"\b{re.escape(noun)}s?\s+(?:[a-z]+\s+){{0,2}}?(?:from|by)\s+(?:the\s+)?"
        r"((?:[A-Z][\w'’&.-]*\s+(?:of\s+|and\s+|for\s+)?){0,5}[A-Z][\w'’&-]*)"
    )
    found = list(written.finditer(index.text, max(0, pos - ISSUER_REACH), pos))
    posted = re.compile(rf"\b{re.escape(noun)}s?\s+(?:[a-z]+\s+){{0,2}}?" + _ON_OWNERS_SITE)
    on_site = list(posted.finditer(index.text, max(0, pos - ISSUER_REACH), pos))
    if on_site and (not found or on_site[-1].start() > found[-1].start()):
        # "a brief statement on the club’s website": the club
        return resolve(on_site[-1].group(1), on_site[-1].start(1), index)
    if not found:
        return None
    return _named_issuer(index, found[-1], resolve)


# Where a body posts its own words: "on the club’s website", "on Harwick Town's X account"
_ON_OWNERS_SITE = (
    r"(?:posted\s+|published\s+)?on\s+((?:the\s+[a-z]+)|(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&-]*)"
    r"['’]s?\s+(?:official\s+)?(?:[A-Z]\w*\s+)?(?:website|site|account|page|channel|feed|blog)\b"
)


def _said_in(index: PersonIndex, noun: str, pos: int, resolve: Resolve) -> str | None:
    """ "Ardlough Transport said in a statement that … “…,” the statement read", "Lee, in a
    lengthy statement, called …": the body or person the latest "<name> said in a <noun>"
    or "<name>, in a <noun>" before `pos` names."""
    said = re.compile(
        r"((?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&-]*)(?:\s+(?:said|says|announced|confirmed)\s+|"
        # (its own: "the National Storm Center said in its 7 a.m. advisory")
        rf",\s+)in\s+(?:an?|its|their)\s+(?:[\w.:-]+\s+){{0,2}}?{re.escape(noun)}\b"
    )
    found = list(said.finditer(index.text, max(0, pos - ISSUER_REACH), pos))
    if not found:
        return None
    return _named_issuer(index, found[-1], resolve, last=True)


def _named_issuer(
    index: PersonIndex, found: re.Match[str], resolve: Resolve, *, last: bool = False
) -> str | None:
    """The body (by its full name) or person a match's first group names."""
    # A name run over a sentence's end: its first sentence's after "from" ("… Sheriff’s
    # Office.\n\nDeputies"), its last's before "said in" ("Monday.\n\nLindahl-Grant")
    parts = SENTENCE_END_IN_NAME.split(found.group(1))
    name = parts[-1] if last else parts[0]
    at = found.start(1) + (found.group(1).rfind(name) if last else 0)
    return index.expand(name) if is_org_name(name) else resolve(name, at, index)
