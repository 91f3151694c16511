"""One quotation printed in pieces around its cue: '"If X," he said, "Y."' is one
utterance when only the cue stands between the halves."""

from __future__ import annotations

import re

from desktop.core.attribution import REPORTING_VERB
from desktop.core.quote_kinds import title_case
from desktop.core.quote_marks import MarkedSpan, is_abbreviation
from desktop.core.speech_words import SPEECH_VERBS
from desktop.core.word_regex import alternation

_MAX_SPLIT_GAP = 120  # characters of cue between the halves ("…," Lee said, "…")
# Words that open a sentence of their own after a cue: "“…,” she said, “And we …”".
_NEW_SENTENCE = re.compile(r"(?:And|But|So|Yet|Or|Then|Now|Also|Still)\b")
# A new subject before a second verb between a quote's halves: "and a protester shouted".
_OTHER_SUBJECT = re.compile(r"\b(?:and|while|but|as|when|whereas)\s+(?:\S+\s+){0,3}$")


def split_groups(text: str, spans: list[MarkedSpan]) -> list[list[MarkedSpan]]:
    """Join '"If X," he said, "Y."' into one group of spans."""
    groups: list[list[MarkedSpan]] = []
    for span in spans:
        if groups and _continues(text, groups[-1][-1], span):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _continues(text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """True for the second half of '"If X," he said, "Y."' (only a cue between the halves)."""
    if first.close_at is None:
        return False
    if _WOVEN_OPENING.search(text, max(0, first.open_at - 30), first.open_at) and title_case(
        text[first.start : first.end]
    ):
        return False  # 'After playing “Down By the Harbour,” he told the hall, “…”'
    between = text[first.close_at + 1 : second.open_at]
    # A long cue ('“…,” Lee said in a video she posted on Monday, followed by a speech,
    # “and …”') still splits one sentence when the second half goes on in lower case.
    lowercase_next = text[second.start : second.start + 1].islower()
    limit = _MAX_SPLIT_GAP * (2 if lowercase_next else 1)
    if len(between) > limit or _sentence_ends(text, first.close_at + 1, between):
        return False
    verb = next(
        (
            v
            for v in REPORTING_VERB.finditer(between)
            if not _NOUN_USE.search(between, 0, v.start())
        ),
        None,
    )  # "some states", "the claims": nouns, not the cue's verb
    # A subject with an appositive ("Maya Oko, a 16-year-old junior at Fernhill High, told
    # the board,") may run longer when the second half goes on in lower case.
    apposed = lowercase_next and _NAME_APPOSED.match(between) is not None
    if verb is None or len(between[: verb.start()].split()) > (16 if apposed else 7):
        return False
    for other in REPORTING_VERB.finditer(between, verb.end()):
        if _OTHER_SUBJECT.search(between, 0, other.start()):
            return False  # "…,” Lee said, while Kim shouted, “…”: someone else's words
    inner_end = text[first.end - 1 : first.end]
    if inner_end in ".?!…":
        return False
    if _woven_word(text, second):
        return False  # '“…,” the senator responded, “ripping” the GOP': his word, woven in
    tail = between.rstrip()
    if _NEW_SENTENCE.match(text, second.start):
        return False  # '“…,” he said, adding, “And …”': a second sentence, not the rest
    comma_join = (inner_end in ",—–-" or between.lstrip().startswith(",")) and tail.endswith(",")
    return comma_join or (lowercase_next and re.search(r"(?:,|\.|,? and)$", tail) is not None)


def _woven_word(text: str, span: MarkedSpan) -> bool:
    """One or two quoted words that the reporter's sentence goes on from in lower case."""
    if span.close_at is None or len(text[span.start : span.end].split()) > 2:
        return False
    return re.match(r"\s*[a-z]", text[span.close_at + 1 : span.close_at + 4]) is not None


# An opening mark after a lower-case word that is no reporting verb: with a title in the
# marks, the words before make it part of the reporter's sentence ("After hitting “…”").
_WOVEN_OPENING = re.compile(r"\b(?!(?:" + alternation(sorted(SPEECH_VERBS)) + r")\b)[a-z]+\s+$")
_NAME_APPOSED = re.compile(
    r"\s*,?\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*,\s+"
    r"(?:a|an|the|his|her|who|[A-Z][\w.-]*['’]s)\s"  # ("Pell, who has represented …,")
)
_NOUN_USE = re.compile(
    r"\b(?:some|the|many|all|these|those|other|several|both|most|few|their|its|his|her|our|"
    r"fifty|fifty-one|\d+|United|a|an)\s+$",
    re.IGNORECASE,
)


def _sentence_ends(text: str, at: int, between: str) -> bool:
    """Whether the words between a quote's halves end a sentence or hold other marks; the
    dot of a title or an initial ends none: '“In fact,” Mr. Camp said, “…'."""
    for mark in re.finditer(r"[.!?;“”\"«»]", between.rstrip(" ,.:")):
        if mark.group() != "." or not is_abbreviation(text, at + mark.start()):
            return True
    return False
