"""How a sentence may open with its subject before any name: someone unnamed ("A senior
official told …"), a role ("The president, however, said", "the Republican senator"), a
member tagged by state and party, a relative, or a role whose holder is named after it."""

from __future__ import annotations

import re

from desktop.core.people import PERSON_TITLES, ROLE_NOUNS
from desktop.core.us_members import STATE_MEMBER
from desktop.core.word_regex import alternation, word_set

# "Appearing on Harbour Radio on Monday, ": a participle phrase before the subject.
_PARTICIPIAL_OPENER = r"[A-Z][a-z]+ing\s+[^.!?,]{1,100}?,\s+"

# The plural nouns an unnamed subject may end on ("Some supporters", "Two officials").
UNNAMED_PLURALS = (
    "staffers|officials|sources|aides|members|people|protesters|demonstrators|critics|"
    "residents|voters|activists|supporters"
)
UNNAMED_SUBJECT = re.compile(
    # "One former engineer, who asked not to be named because …": anyone left unnamed
    r"(?:(?:An?|Another|One)\s+(?:[\w'’-]+\s+){0,8}?[a-z][\w-]*(?=,\s+who\s+(?:asked|spoke|"
    r"requested|declined|did\s+not\s+want)\b)|"
    r"(?:[A-Z][\w'’-]+\s+){1,2}(?=(?:officials|aides|advisers|staffers)\b)|"
    r"(?:An?|Another|One|Some|Other|Several|Many)\s+(?:[\w-]+\s+){0,3}?(?:staffer|official|"
    r"source|aide|member|employee|person|insider|spokes\w+|worker|lawmaker|executive|writer|"
    r"critic|reporter|journalist|resident|witness|observer|" + UNNAMED_PLURALS + r")\b|"
    # "A woman in a red jacket told a reporter": a passer-by when the sentence has her speak
    # (not "A man was shot on Tuesday", after which "he said" is still the police chief)
    # ("Outside, a man loading two goats into a trailer … said": after a short opener)
    r"(?:(?:Outside|Inside|Nearby|Meanwhile|Elsewhere|Downtown|(?:At|In|On|Outside|Near)\s+"
    r"[^,.!?“”\"]{1,40}),\s+(?=[aA]|[Aa]nother|[Oo]ne))?"
    r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?:woman|man|voter|patient|shopper|"
    r"customer|passenger|parent|student|neighbou?r|user|teenager|teen|fan|driver|rider|owner)\b"
    r"(?=[^.!?“”\"]{0,120}?\b(?:said|told|says|tells)\b)|"
    # "One of them, a retired machinist who declined to give his name, said"
    # ("One of the rescued passengers, a trader who gave her name only as Funmilayo,")
    r"(?:One|Some|Several|Many|Two|Three|Most|Few)\s+of\s+(?:them|those|these|"
    r"the\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s(?=,)))"
)
SPEAKS_FOR = re.compile(
    r"\b(?:official|spokes\w+|staffer|aide|source|employee|executive|insider)s?$"
)
BODY_AFTER = re.compile(r"\s+(?:at|of|from|for|with|in)\s+(?:the\s+)?[A-Z][\w'’&.-]*")
# A sentence opening with a role noun as its subject: "The president, however, said", "On
# gas, the president was blunter."
ROLE_SUBJECT = re.compile(
    r"\s*(?:(?:On|In|Of|For|As\s+for|Asked\s+about|Pressed\s+on)\s+[\w'’ -]{1,40}?,\s+|"
    # ("But at his own event in nearby Halvorsen on Saturday, the governor jabbed")
    r"(?:But|And|Yet|Later|Earlier)\s+(?:at|on|in|during)\s+[\w'’ -]{1,70}?,\s+|"
    r"(?:Asked|Pressed|Questioned|Challenged)\s+[^.!?,“”\"]{1,100}?,\s+|"
    + _PARTICIPIAL_OPENER
    + r")?"
    # ("The “Glass Harbour” singer, 38, opened up": a work's title before the role)
    r"([Tt]he\s+(?:[“\"‘][^”\"’]{1,60}[”\"’]\s+)?(?:[\w'’-]+\s+){0,2}?(?i:"
    + alternation(sorted((PERSON_TITLES | ROLE_NOUNS) - {"state", "house", "press"}))
    + r"))(?=,|\s+[a-z]{2,}\b)"
)
# A role after capitalised or time words: "the Republican senator", "the former governor".
MODIFIED_ROLE = re.compile(
    r"\s*(?:" + _PARTICIPIAL_OPENER + r")?[Tt]he\s+(?:(?:[A-Z][\w-]*|former|longtime|"
    r"veteran|outgoing|incoming|embattled)\s+){1,2}("
    + alternation(
        sorted(
            word_set(
                "senator governor mayor congressman congresswoman lawmaker "
                "president minister secretary chairman chairwoman leader"
            )
        )
    )
    + r")(?=,|\s+[a-z]{2,}\b)"
)
STATE_MEMBER_SUBJECT = re.compile(
    r"\s*(?:(?:On|In|Late|Early)\s+[\w'’ -]{1,40}?,\s+|"
    + _PARTICIPIAL_OPENER
    + r")?"
    + STATE_MEMBER.pattern
    + r"(?=,|\s+[a-z]{2,}\b)"  # ("On Thursday, the Tennessee Republican told …")
)
# A role's holder named right after it: "The leader of Lisaria, President Celine Vautrin,",
# "The jury president, the veteran director Yusuf Balcerzak,".
# "One resident, who would give only his first name, Marcus, complained …"
_FIRST_NAME_ONLY = (
    r"who\s+(?:would\s+)?(?:give|gave|gives|offered|provided)\s+only\s+(?:his|her|their)\s+"
    r"first\s+name,\s+"
)
NAMED_APPOSITIVE = re.compile(
    r"(?:\s+(?:of|for|at|in|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
    r",\s+(?:(?:the|an?)\s+(?:[a-z][\w-]*\s+){0,3}|" + _FIRST_NAME_ONLY + r")?"
    r"((?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’-]*),"
)
# "The head of the observer mission of the Organisation for Regional Cooperation, Britt-Marie
# Caspersen, noted": a role phrase, its holder set off by commas, then the verb.
HEAD_APPOSED = re.compile(
    r"\s*The\s+(?:[a-z][\w-]*\s+){1,3}(?:of|for|at)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,8}?"
    r"[\w'’.&-]+,\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*),\s+(?!and\b|or\b)[a-z]"
)
# "Their association’s district secretary, K. Murugavel, said": a role someone's own, the
# holder named in apposition.
OWNED_ROLE_APPOSED = re.compile(
    r"\s*(?:Their|His|Her|Its|Our)\s+(?:[\w'’-]+\s+){0,3}?(?i:"
    + alternation(sorted(PERSON_TITLES | ROLE_NOUNS))
    + r"),\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*),\s+(?!and\b|or\b)[a-z]"
)
# Relatives, witnesses and the like: people a story often leaves unnamed.
_KIN_SUBJECT = re.compile(
    r"\s*((?:The|His|Her|Their)\s+(?:[\w-]+['’]s?\s+)?(?:[\w-]+\s+){0,2}?(?:mother|father|son|"
    r"daughter|sister|"
    r"brother|wife|husband|parents?|grandmother|grandfather|aunt|uncle|cousin|girl|boy|woman|"
    r"man|neighbou?r|victim|witness|survivor|resident|friend|family))(?=,|\s+[a-z]{2,}\b)"
)


def kin_subject(text: str, s_start: int) -> re.Match[str] | None:
    """ "The girl's mother told …", "Her brother told …"; not "His wife, Mira, runs …"
    (a relative named in apposition)."""
    kin = _KIN_SUBJECT.match(text, s_start)
    if kin and not kin.group(1).startswith("The") and text.startswith(",", kin.end(1)):
        return None
    return kin


# Performers and writers an article calls the one it is about by ("the singer said"): as a
# cue or a sentence's subject, with nobody given the role, the person in focus.
PERFORMERS = word_set(
    "singer actor actress star rapper musician songwriter frontman frontwoman vocalist "
    "comedian novelist poet painter filmmaker"
)
TRADE_ROLES = PERFORMERS | word_set("director author")  # "The singer, 38, opened up"
