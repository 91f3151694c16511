"""Evidence of a person's gender in an article: the pronouns and kin words around the name."""

from __future__ import annotations

import bisect
import re

from desktop.core.mentions import Mention
from desktop.core.people import NEAR_PRONOUN, PERSON_TITLES, ROLE_NOUNS, PersonIndex
from desktop.core.speech_words import KIN_NOUNS, kin_pronoun
from desktop.core.word_regex import alternation, word_set

# Titles that say whether "he" or "she" can mean the person.
_HIS_TITLES = word_set(
    "mr congressman chairman spokesman councilman king prince sir lord shri alhaji haji mzee uncle"
)
_HER_TITLES = word_set(
    "mrs ms miss congresswoman chairwoman spokeswoman councilwoman queen princess dame lady "
    "smt shrimati kumari datin hajah hajjah alhaja puan deaconess madam mdm aunty auntie"
)
# Nouns before a name that say the same: "the actress Tilde Lee" is a she.
_HIS_NOUNS = word_set("businessman sportsman")
_HER_NOUNS = word_set("businesswoman actress sportswoman")


# Subject forms only: "his"/"her" often mean others.
_PRONOUNS = re.compile(r"\b(?:([Hh]e|[Hh]imself)|[Ss]he|[Hh]erself)\b")


# "Reed said his daughter …": "his" right after the name's verb is the name's own ("her"
# there is as often someone else: "Lee told her").
_VERB_HIS = re.compile(r",?\s+[a-z]{3,}\s+his\b")


def note_near_pronoun(index: PersonIndex, m: Mention) -> None:
    """ "Collins as she tried": a pronoun right after any name is evidence of gender, as
    is a kin word right before it ("her father, Teodor Odvalen,")."""
    if _VERB_HIS.match(index.text, m.end, m.end + 30):
        index.note_pronoun(index.canonical(m.name, m.start), "he", 2)
    role = _GENDERED_ROLE.search(index.text, max(0, m.start - 30), m.start)
    if role:  # "A bank spokeswoman, Hedda Lisowski, said he had misspoken": she
        gender = "she" if role.group(1).lower() in _HER_TITLES | _HER_NOUNS else "he"
        index.note_pronoun(index.canonical(m.name, m.start), gender, 3)
    kin = _KIN_APPOSED.search(index.text, max(0, m.start - 30), m.start)
    if kin and kin_pronoun(kin.group(1).lower()):
        index.note_pronoun(index.canonical(m.name, m.start), kin_pronoun(kin.group(1).lower()), 3)
    match = NEAR_PRONOUN.match(index.text, m.end, m.end + 24)
    if match is None or _OBJECT_BEFORE.search(index.text, max(0, m.start - 60), m.start):
        return  # ("Asked about Ortolani-Berg, he said": the pronoun is someone else)
    if _ASKED_WHETHER.search(match.group()):
        return  # ("Corbell asked whether he regretted it": the one asked)
    # Weighs more than a pronoun later in the sentence, which often means someone else.
    pronoun = "he" if match.group(1) else "she"
    index.note_pronoun(index.canonical(m.name, m.start), pronoun, 2)


_GENDERED_ROLE = re.compile(
    r"\b("
    + alternation(
        (_HIS_TITLES | _HER_TITLES) - word_set("mr mrs ms miss sir lord dame lady")
        | _HIS_NOUNS
        | _HER_NOUNS
    )
    + r"),?\s+$",
    re.I,
)
# "Asked about Ortolani-Berg, he said", "Of Ortolani-Berg, he said": whom he spoke of.
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:[Aa]sked|[Qq]uestioned|[Pp]ressed)\s+(?:\w+\s+){0,3}?(?:about|on|over)"
    r"|(?:^|[.!?][’”\"']?\s+|\n)(?:Of|About|On|As\s+for))\s+(?:the\s+)?$"
    # the one a named subject told: "Prior told Lindgren he had no regrets" (his, not hers)
    r"|\b[A-Z][\w'’-]+\s+(?:told|assured|informed|reminded|promised|wrote\s+to)\s+$"
    # named after the one something went to: "In his letter to the Prime Minister, Oonagh
    # Brennick, he wrote" (his, not hers)
    r"|\b(?:to|from|with)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+$"
)
_OPENING_MARK = re.compile(r"[“\"«„‘]")
# Someone else, called by a role as the object of the subject's verb: "asked the secretary".
_ANOTHER_BY_ROLE = re.compile(
    r"\b[a-z]+(?:ed|s)\s+the\s+(?:" + alternation(sorted(ROLE_NOUNS | PERSON_TITLES)) + r")\b"
)
# A question put to someone else, about them: "asked whether he", "asked him if he".
_ASKED_WHETHER = re.compile(
    r"\b(?:asked|asks|questioned|wondered|wanted\s+to\s+know)\s+(?:(?:him|her|them)\s+)?"
    r"(?:whether|if|why|how|what|when)\b"
)
# Someone else, the object of a question: "pressed her on whether she could back it".
_ASKED_HIM = re.compile(
    r"\b(?:pressed|asked|questioned|challenged|quizzed|grilled|pushed|urged)\s+(?:him|her)\b"
)
# "said his": the reporting verb's subject owns what follows ("her" there is as often the
# one spoken to: "told her")
_SAID_HIS = re.compile(r"\b(?:said|says|added|explained|noted|insisted)\s+his\b")
_KIN_APPOSED = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:late\s+)?("
    + alternation(KIN_NOUNS)
    + r"),?\s+$"
)


def count_pronouns(index: PersonIndex, name: str, mention: Mention, s_end: int) -> None:
    """Evidence of gender: pronouns in the rest of the sentence a person is the subject of,
    up to the next person named (a pronoun after that more likely means them)."""
    he, she = index.gender.get(name, (0, 0))
    end = min(s_end, mention.end + 200)
    following = bisect.bisect_right(index.mention_starts, mention.start)
    if following < len(index.mentions):
        end = min(end, max(mention.end, index.mentions[following].start))
    rest = index.text[mention.end : end]
    opened = _OPENING_MARK.search(rest)
    if opened:  # "his aunt, Jana Stoll, “He was sharp”": the quote's "he" is another
        rest = rest[: opened.start()]
    other = _ANOTHER_BY_ROLE.search(rest) or _ASKED_WHETHER.search(rest) or _ASKED_HIM.search(rest)
    if other:  # "Pruett asked the secretary how many of her months she had spent": hers;
        rest = rest[: other.start()]  # "Corbell asked whether he regretted it": the guest
    for match in _PRONOUNS.finditer(rest):
        if match.group(1):
            he += 1
        else:
            she += 1
    he += len(_SAID_HIS.findall(rest))  # "Vossberg, whose label …, said his team had …"
    he += 3 * bool(mention.roles & _HIS_TITLES)
    she += 3 * bool(mention.roles & _HER_TITLES)
    index.gender[name] = (he, she)
