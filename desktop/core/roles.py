"""Role nouns ("the president", "the PM", "the envoy") and who holds them in an article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.article_places import is_demonym
from desktop.core.mentions import appositive_roles
from desktop.core.normalize import spelled_alike
from desktop.core.people import ROLE_NOUNS
from desktop.core.speakers import ORG_WORDS, TITLE_WORDS
from desktop.core.speech_words import BODY_NOUNS, DOC_NOUNS, PLACES
from desktop.core.word_regex import word_set

if TYPE_CHECKING:
    from desktop.core.people import PersonIndex

_NAMED_SOON = 200  # "The party chairman, Desmond Kealey, who …": named in apposition
_OFFICE_SOON = 1500  # "China's ambassador to Britain" two paragraphs before "ambassador Liu"
_LEAD_CHARS = 600  # headline, standfirst and first paragraph: may name people only later
# "The president of Dravia has said", "Dravia's president says", "The Calveran leader said"
_LEDE_ROLE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:[Tt]he\s+(?:[A-Z][\w-]+\s+)?|[A-Z][\w-]+['’]s\s+)"
    r"((?i:president|prime\s+minister|chancellor|vice-chancellor|premier|king|queen|leader|"
    r"chief\s+minister))"
    r"(?:\s+of\s+(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)?\s+(?:has\s+|have\s+|had\s+)?[a-z]+s?\b"
)
# "A Tindarra sheep farmer says", "A retired nurse has told": a lede's unnamed speaker
_LEDE_TRADE = re.compile(
    r"(?:^|[.!?]\s+|\n)An?\s+(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]+\s+){0,2}?"
    r"([a-z]+(?:er|or|ist|ian|ant|ent|man|woman))\s+(?:has\s+|have\s+)?(?:says|said|told|tells)\b"
)
# A headline or standfirst line opening with the role alone: "Prime minister says …"
_HEADLINE_ROLE = re.compile(
    r"(?m)^((?:[Pp]rime\s+[Mm]inister|President|Chancellor|Premier)(?=\s+[a-z]+s\b))"
)
_LEADER_TITLES = frozenset({"president", "prime", "minister", "chancellor", "leader", "king"})
# Words that make one office of a head noun another: the prime minister is not the finance
# minister, the deputy mayor not the mayor.
_OFFICE_QUALIFIERS = word_set(
    "prime vice deputy assistant foreign defense defence interior home health finance "
    "treasury homeland justice education energy trade transport environment culture "
    "agriculture labour labor economy housing immigration security press communications "
    "majority minority first"
)
# A role written as its initials: "the PM said" (a cue keeps only the capitals, "PM").
TITLE_INITIALS = {
    "pm": "prime minister",
    "ceo": "chief executive",
    "ag": "attorney general",
    "da": "district attorney",
}
# "Sen. Ann Lee" is "the senator": abbreviated titles spelled out for role nouns.
# Words for a role in the trade's own slang: "the gaffer" is the team's manager.
_SAME_ROLE = {
    "gaffer": "manager",
    "skipper": "captain",
    "keeper": "goalkeeper",
    "congresswoman": "representative",  # "the congresswoman": Rep. Nadia Velasquez
    "congressman": "representative",
}
_GENDERED = {"congresswoman": "she", "congressman": "he"}
# Words that make a role someone's second ("assistant manager", "Lt. Gov.", "deputy chief").
UNDER_ROLES = frozenset({"assistant", "deputy", "vice", "associate", "lieutenant", "lt"})
# A role word a cue may use for a title the article gave: "Ms Justice Ann Moylan … the
# judge said".
_LEGISLATORS = word_set(
    "senator representative congressman congresswoman assemblyman assemblywoman assemblymember "
    "mp mep legislator lawmaker parliament"
)
_ALSO_CALLED = {
    "judge": frozenset({"justice"}),
    "minister": frozenset({"secretary"}),  # "Health Secretary Ana Pell … the minister said"
    # "Defense attorney Ana Pell … the lawyer said", "Lee's lawyer, Ana Pell … the attorney"
    "lawyer": frozenset({"attorney", "barrister", "solicitor", "counsel"}),
    "attorney": frozenset({"lawyer", "barrister", "solicitor", "counsel"}),
    "doctor": frozenset({"surgeon", "physician", "gp", "pediatrician", "paediatrician"}),
    # "Rep. Ann Lee … the lawmaker said", "Member of Parliament Hon. Ann Lee … the legislator"
    "lawmaker": _LEGISLATORS,
    "legislator": _LEGISLATORS,
}
# The attorneys who prosecute: "District Attorney", "U.S. Attorney", "State's Attorney".
_PROSECUTING = word_set("district u.s us state's states prosecuting commonwealth's county crown")
_SPELLED = {
    "sen": "senator",
    "pick": "nominee",  # "the president's pick for attorney general": the nominee
    "choice": "nominee",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "sec": "secretary",
    "pres": "president",
    "atty": "attorney",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "adm": "admiral",
    "supt": "superintendent",
    "dr": "doctor",  # "Dr Ana Pell … the doctor said"
    "det": "detective",  # "Det. Sgt. Ana Pell … the detective said"
    "insp": "inspector",
    "cpl": "corporal",
    "cmdr": "commander",
    "ds": "detective sergeant",
    "dci": "detective chief inspector",
    "dsi": "detective superintendent",
    "prof": "professor",
}


def _collect_roles(index: PersonIndex) -> None:
    """Role words of every person ("the senator"), read only when a role noun needs them."""
    for m in index.mentions:
        if not m.is_org:
            full = index.canonical(m.name, m.start)
            roles = index.roles.setdefault(full, set())
            found = m.roles | appositive_roles(index.text, m)
            # "Sen." is a senator, "CEO" a chief executive: the words a role noun may use
            spelled = {_SPELLED.get(r) or TITLE_INITIALS.get(r, "") for r in found}
            # one office in British and American spelling: "Defence Secretary … the
            # defense secretary" (normalize.spelled_alike, as quotes are compared)
            spelled |= {spelled_alike(r) for r in found}
            roles.update(found | {w for words in spelled for w in words.split()})
    _lede_role(index)
    index.roles.setdefault("", set())  # marks the roles as collected


def person_roles(index: PersonIndex) -> dict[str, set[str]]:
    """Each person's role words (full name -> words), read once per article."""
    if not index.roles:
        _collect_roles(index)
    return index.roles


def _lede_role(index: PersonIndex) -> None:
    """ "The president of Dravia has said …" with nobody in the article holding that
    role: the lede's role is the first person the article then names speaking
    ("Speaking to DTV, Ilona Maresh said: …"). So is the trade of a lede that names its
    speaker only after ("A Tindarra sheep farmer says he watched the pole burn. … Graham
    Tully told the inquiry": "the farmer replied" is Tully)."""
    lede = _LEDE_ROLE.search(index.text, 0, _LEAD_CHARS)
    headline = _HEADLINE_ROLE.search(index.text, 0, _LEAD_CHARS)
    if headline and (lede is None or headline.start() < lede.start()):
        lede, since = headline, 0  # a headline's role may be the name it began with
    elif lede:
        since = lede.end()
    else:
        lede = _LEDE_TRADE.search(index.text, 0, _LEAD_CHARS)
        if lede is None:
            return
        since = lede.end()
    words = set(lede.group(1).lower().split())  # "prime minister": held by both words
    if any(words <= roles for roles in index.roles.values()):
        return
    named = sorted(
        (index.first_seen(full), full)
        for full in index.roles
        if " " in full and since <= index.first_seen(full) < lede.end() + _LEAD_CHARS
    )
    for _, full in named:  # (a byline's name before it speaks for nobody)
        if index.speaks(full) or index.speaks(full.split()[-1]):
            index.roles[full].update(words)
            return


def lede_trade_holder(index: PersonIndex, noun: str, at: int) -> bool:
    """The trade at `at` is the lede's ("A Tindarra sheep farmer says"), which the article
    then gave to the first person it names speaking."""
    lede = _LEDE_TRADE.search(index.text, 0, _LEAD_CHARS)
    return bool(
        lede
        and lede.start(1) == at
        and lede.group(1) == noun
        and any(noun in roles for full, roles in person_roles(index).items() if full)
    )


def by_role(index: PersonIndex, phrase: str, pos: int) -> str | None:
    """Resolve "the president", "the Ukrainian leader" to the person they stand for."""
    common = phrase.split()[-1:] == phrase.lower().split()[-1:]  # "the consultant"
    phrase = re.sub(r"\s+-\s+", "-", phrase.lower())
    phrase = re.sub(r"\bex-(?=[a-z])", "former ", phrase)  # "the ex-senator": a former one
    words = [
        part
        for w in re.findall(r"[\w-]+", phrase)
        # "the PM": the prime minister; "the gaffer": the manager
        for part in TITLE_INITIALS.get(w, _SAME_ROLE.get(w, spelled_alike(w))).split()
        if part not in {"the", "former"}
    ]
    if not words:
        return None
    said = re.findall(r"[\w-]+", phrase)[-1]  # the word the article used ("congresswoman")
    gender = _GENDERED.get(said, "")
    head, modifiers = words[-1].split("-")[0], words[:-1]  # "president-elect"
    trade = head not in TITLE_WORDS and head not in ROLE_NOUNS
    if trade and not (common and person_noun(head)):  # (not "the University of Aldermoor")
        return None
    if head != words[-1]:
        head = words[-1]  # a president-elect is not the article's sitting president
    best: tuple[int, int, str] | None = None
    nations = frozenset(_nations(modifiers, index))  # once, not per holder
    best_tier = 0
    for full, roles in person_roles(index).items():
        titled = gender and said in roles  # "Congresswoman Nadia Velasquez"
        held = head in roles or titled or (head == "leader" and roles & _LEADER_TITLES)
        # (another word for the office counts only when no one holds it by this word, and
        # only with every modifier: "the foreign minister" is Foreign Secretary Ann Lee)
        also = roles & _ALSO_CALLED.get(head, frozenset()) and set(modifiers) <= roles
        if head == "lawyer" and roles & (_PROSECUTING | {"general"}):
            also = False  # a district attorney or attorney general is not "the lawyer"
        # "District Attorney Dan Lowe … the prosecutor said" (not a defence attorney)
        also = also or (head == "prosecutor" and "attorney" in roles and roles & _PROSECUTING)
        if held or (also and best_tier == 0):
            if any(m not in roles for m in modifiers if m[0].isalpha() and m.endswith("n")):
                continue
            if _other_nation(nations, roles, index):
                continue  # "the French president" is not "Commission President Ann Aalders"
            if gender and not index.agrees(full, gender):
                continue  # "the congresswoman" is not Rep. Brent Hollister
            if _other_office(modifiers, roles):
                continue  # "the prime minister" is not "Finance Minister Joachim Strand"
            if roles & UNDER_ROLES - set(modifiers) and head not in UNDER_ROLES:
                continue  # "the manager" is not "assistant manager Noel Skerritt"
            if set(modifiers) & UNDER_ROLES - roles:
                continue  # "the vice chairman" is not "Chairman Dan Lee"
            score = sum(1 for m in modifiers if m in roles)
            candidate = (score, index.last_seen(full, pos), full)
            tier = 1 if held else 0
            if index.last_seen(full, pos) >= 0 and (
                best is None or (tier, *candidate) > (best_tier, *best)
            ):
                best, best_tier = candidate, tier
    if best is None:
        # (a trade no list knows only stands for someone the article gave it to before)
        return None if trade else _named_after(index, head, pos, nations=nations)
    return best[2] if best else None


# Endings of nouns for people ("consultant", "novelist", "paramedic", "midwife"), for a
# trade no list knows that the article gave someone before ("Dr Ann Lee, a consultant in
# emergency medicine, … the consultant says").
_PERSON_ENDINGS = ("ist", "ant", "ent", "er", "or", "ian", "ic", "wife", "man", "woman")


def person_noun(word: str) -> bool:
    return (
        len(word) > 4
        and word.endswith(_PERSON_ENDINGS)
        and word not in ORG_WORDS | BODY_NOUNS | DOC_NOUNS
    )


def office_holder(index: PersonIndex, role: str, pos: int) -> str | None:
    """ "China's ambassador to Britain warned …": an office one person holds, named
    before or in the paragraphs after."""
    return by_role(index, f"the {role}", pos) or _named_after(index, role, pos, _OFFICE_SOON)


def _nations(words: Sequence[str], index: PersonIndex) -> set[str]:
    """The words that name a nationality ("french" in "the French president")."""
    if not words:
        return set()
    places = PLACES | index.places
    return {w for w in words if w[:1].isalpha() and is_demonym(w, places)}


def _other_nation(wanted: frozenset[str], roles: set[str], index: PersonIndex) -> bool:
    """A nationality the phrase gives ("French") where the holder's roles give another
    ("European", "German")."""
    if not wanted:
        return False
    theirs = _nations(sorted(roles), index)
    return bool(theirs) and not wanted & theirs


def _named_after(
    index: PersonIndex, head: str, pos: int, reach: int = 0, nations: frozenset[str] = frozenset()
) -> str | None:
    """A headline or lede ("the energy minister said") names its person only after:
    the first one the article gives that role (elsewhere, one named within `reach`)."""
    reach = len(index.text) if pos < _LEAD_CHARS else pos + (reach or _NAMED_SOON)
    later = [
        (index.first_seen(full), full)
        for full, roles in person_roles(index).items()
        if full
        and head in roles
        and pos < index.first_seen(full) < reach
        and not _other_nation(nations, roles, index)
    ]
    return min(later)[1] if later else None


def _other_office(modifiers: list[str], roles: set[str]) -> bool:
    """The phrase names an office ("prime") that the person's roles qualify otherwise
    ("finance")."""
    wanted = {m for m in modifiers if m in _OFFICE_QUALIFIERS}
    held = roles & _OFFICE_QUALIFIERS
    return bool(wanted - roles) and bool(held - wanted)
