"""Whom a pronoun or an unnamed cue means when no subject is in focus: the person named
just before, the one introduced just after, the family a relative belongs to."""

from __future__ import annotations

import bisect
import itertools
import re

from desktop.core.first_names import FIRST_NAMES, given_name
from desktop.core.mentions import Mention, appositive_roles
from desktop.core.name_bounds import clean_name
from desktop.core.people import CHILD_NOUNS, PARENT_NOUNS, PERSON_TITLES, PersonIndex
from desktop.core.speakers import NAME_PARTICLES, name_tokens, speaker_key, world_gender

_STORY_SUBJECT_MENTIONS = 2  # named this often, a person is whom the story is about


def family_of(index: PersonIndex, pos: int, pronoun: str = "") -> str | None:
    """The surname of the person the story is about so far (named most before `pos`,
    and fitting the pronoun): whose relative "Mum Leanne" or "her dad Graham" is."""
    everyone = [full for names in index.full_names.values() for full in names]
    openers = {full.split()[0] for full in everyone}
    counts = {
        full: _mentions_before(index, full, pos)
        for full in everyone
        if full.split()[-1] not in openers  # "Tearful Kirra": a headline's first name
        and index.first_seen(full) < pos
        and (not pronoun or index.agrees(full, pronoun))
    }
    best = max(counts, key=lambda full: (counts[full], -index.first_seen(full)), default="")
    # (named once, the one person named may be anyone: a lawyer, not the family)
    return best.split()[-1] if best and counts[best] >= _STORY_SUBJECT_MENTIONS else None


def _mentions_before(index: PersonIndex, full: str, pos: int) -> int:
    """How often the article names the person before `pos`, by surname or first name."""
    first = name_tokens(full)[0]
    by_surname = sum(1 for at, _ in index.by_key.get(speaker_key(full), ()) if at < pos)
    by_first = index.by_key.get(speaker_key(first), ())
    return by_surname + sum(1 for at, words in by_first if at < pos and words == [first])


def quoted_focus(index: PersonIndex, pos: int) -> str | None:
    """The person in focus a quote without a cue goes to; capitals with no first name
    that nobody calls he or she, never speaking and holding no title ("Terror Level",
    "Online Success Roadmap" in a first-person post) are no one."""
    name = index.focus(pos)
    if name is None or " " not in name or index.roles.get(name):
        return name
    if _written_with_title(index, name, pos):
        return name
    tokens = name_tokens(name)
    if not tokens:
        return name
    if tokens[0].lower() in FIRST_NAMES or world_gender(name):
        return name
    census = given_name(tokens[0], world=False) and tokens[0].lower() not in NAME_PARTICLES
    if census and _subject_just_before(index, name, pos):
        return name  # "Jodie Fenn was gracious in defeat. “…”": a first name the census
        # lists, the subject of the sentence right before (not "Al Maa-idah")
    return name if index.personal(name) or index.personal(tokens[-1]) else None


def _written_with_title(index: PersonIndex, name: str, pos: int) -> bool:
    """The article wrote a person's title right before the name ("Presenter Hartley Voss")."""
    before = bisect.bisect_left(index.mention_starts, pos)
    return any(
        not m.is_org and m.roles & PERSON_TITLES and m.name.endswith(name)
        for m in itertools.islice(index.mentions, before)
    )


def _subject_just_before(index: PersonIndex, name: str, pos: int) -> bool:
    """`name` is the subject of the sentence that ends right before `pos`."""
    at = bisect.bisect_left(index.events, (pos, "", False)) - 1
    if at < 0 or index.events[at][1] != name:
        return False
    between = index.text[index.events[at][0] : pos]
    return len(between) <= 300 and len(re.findall(r"[.!?](?:\s|$)", between)) <= 1


# Someone left unnamed but for an age: "a 22-year-old Korvan conscript".
_AGED_UNNAMED = re.compile(r"\b[Aa]n?\s+\d{1,3}-year-old\s+(?:[A-Z][\w-]*\s+)?[a-z]+")


def introduced_after(index: PersonIndex, pos: int, pronoun: str, reach: int = 800) -> str | None:
    """The first person named after `pos` when nobody is named before it: an article
    opening '“…,” he said. President Ann Lee on Friday …' names its speaker after."""
    at = bisect.bisect_left(index.events, (pos, "", False))
    if any(not org for _, _, org in itertools.islice(index.events, 0, at)):
        return None
    if pronoun and _AGED_UNNAMED.search(index.text, max(0, pos - 600), pos):
        return None  # "a 22-year-old conscript answered questions. “…,” he said": him
    for event_pos, name, is_org in itertools.islice(index.events, at, None):
        if event_pos > pos + reach:
            break
        if not is_org and name and index.agrees(name, pronoun) and _someone(index, name):
            return name
    return None


def holder_named_after(
    index: PersonIndex, role: str, start: int, reach: int, *, appositive: bool = False
) -> str | None:
    """The person the text names as holding `role` within `reach` after `start`: "The
    cabinet member, Councillor Meera Lathbury,"; with `appositive`, also "The woman, the
    defendant’s mother, Yvette Hollenbeck,"."""
    named = re.compile(
        rf"\b[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(role)},\s+"
        + (r"(?:(?:the|his|her|their)\s+[^,.!?“”\"]{1,40},\s+)?" if appositive else "")
        + r"(?:(?:[A-Z][a-z]{1,4}\.|Councillor|Councilman|Councilwoman|Professor)\s+)?"
        r"((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+),"
    ).search(index.text, start, start + reach)
    return index.canonical(named.group(1), named.start(1)) if named else None


def _someone(index: PersonIndex, name: str) -> bool:
    """A name that may be a person's: not one the article writes after "the" ("the
    Salt Riots"), as events, wars and movements are, and people never are."""
    return re.search(rf"(?i)\bthe\s+{re.escape(name)}\b", index.text) is None


def _titled(index: PersonIndex, m: Mention) -> bool:
    """A title or role goes with the mention ("chief executive Ruairc Denning")."""
    return bool((m.roles | appositive_roles(index.text, m)) & PERSON_TITLES)


def named_agreeing(
    index: PersonIndex, pos: int, pronoun: str, other: str, reach: int = 300, *, first: bool = False
) -> str | None:
    """The latest person named shortly before `pos`, other than `other`, whom the
    pronoun can mean (an object of the last sentence, not its subject). `first`: no
    one has been a subject yet, so a titled full name nothing says is he or she will do."""
    i = bisect.bisect_left(index.mention_starts, pos) - 1
    unknown: str | None = None  # a full name nothing says is he or she
    while i >= 0 and index.mentions[i].start >= pos - reach:
        m = index.mentions[i]
        i -= 1
        if m.is_org or m.possessive or any(a <= m.start < b for a, b in index.bylines):
            continue
        name = index.canonical(m.name, m.start)
        if name == other or not index.agrees(name, pronoun):
            continue
        if index.evidence(name) != (0, 0):
            return name
        if (
            unknown is None
            and " " in name
            # (first: a titled one, "chief executive Ruairc Denning", not "Roth IRA")
            and ((first and _titled(index, m)) or (other and not index.agrees(other, pronoun)))
        ):
            unknown = name  # "Orla Quist met Bram Tolle. His answer: …": not Quist
    return unknown


# "her counterpart", "his Tarslandic counterpart": the other one of a pair.
COUNTERPART = re.compile(r"(?i)(his|her|their|the)\s+(?:[\w-]+\s+)?counterpart\b")


def counterpart_of(index: PersonIndex, owner_word: str, pos: int) -> str | None:
    """Whom "her counterpart" means: the person besides the one "her" stands for (the
    chancellor's counterpart, the president named with her)."""
    pronoun = {"his": "he", "her": "she"}.get(owner_word.lower(), "")
    owner = index.focus(pos, pronoun=pronoun)
    if owner is None:
        return None
    other = index.focus(pos, besides=owner)
    return other or named_agreeing(index, pos, "", owner, 1500, first=True)


# "the 58-year-old": the age that person_of_age looks up.
YEARS_OLD = r"(\d{1,3})\s*-\s*year\s*-\s*old\b"


_AGE_NAME = r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)"
# "Margaret Halvorsen, 64,", "Halvorsen, a 64-year-old", "the 64-year-old Halvorsen" (not
# "In an email to Halvorsen, the 64-year-old wrote": the one who wrote)
_AGE_GIVEN = re.compile(
    rf"{_AGE_NAME}\s*,\s+(?:(\d{{1,3}})\s*,|an?\s+{YEARS_OLD})"
    rf"|\b{YEARS_OLD}\s+{_AGE_NAME}"
)


def ages_given(index: PersonIndex) -> list[tuple[str, str]]:
    """(name, age) for each age the article gives someone, in reading order; "the
    64-year-old Norlandic leader" gives none, Norlandic being nobody the article names."""
    if index.ages is None:  # once per article: "the 58-year-old" may come up often
        index.ages = []
        for m in _AGE_GIVEN.finditer(index.text):
            name = clean_name(m.group(1) or m.group(5) or "")
            age = m.group(2) or m.group(3) or m.group(4)
            if name and (m.group(1) or index.full_names.get(speaker_key(name))):
                index.ages.append((name, age))
    return index.ages


def person_of_age(index: PersonIndex, age: str, pos: int) -> str | None:
    """The person the article gave this age ("Margaret Halvorsen, 64,"): whom "the
    64-year-old" means."""
    aged = [name for name, given in ages_given(index) if given == age]
    return index.canonical(aged[-1], pos) if aged else None


def of_other_age(index: PersonIndex, person: str, age: str, pos: int) -> bool:
    """Whether the article gave `person` only ages other than `age`: "the 48-year-old Pell"
    is not whom a later "the 56-year-old" means."""
    ages = {given for name, given in ages_given(index) if index.canonical(name, pos) == person}
    return bool(ages) and age not in ages


# "the younger Kessler", "the elder Henning": which of a family's generations
GENERATION_WORDS = "younger|elder|older"


def of_generation(index: PersonIndex, surname: str, word: str) -> str | None:
    """The younger (or elder, or older: `word`) of the people the article names with this
    surname: by the ages it gives ("Jamie Kessler, 32,"), else the one it names as someone's
    child (or parent), else the other one of two when one is named as the other's kin."""
    younger = word.lower() == "younger"
    people = index.full_names.get(speaker_key(surname), [])
    ages: dict[str, int] = {}
    children = []
    parents = []
    for full in people:
        age = re.search(rf"\b{re.escape(full)},\s+(\d{{1,3}})\s*,", index.text)
        if age:
            ages[full] = int(age.group(1))
        if re.search(rf"\b(?:{CHILD_NOUNS})\s*,?\s+{re.escape(full)}\b", index.text):
            children.append(full)
        if re.search(rf"\b(?:{PARENT_NOUNS})\s*,?\s+{re.escape(full)}\b", index.text):
            parents.append(full)  # "The brothers’ father, Oleg Vecheny": the elder one
    if len(ages) >= 2:
        ordered = sorted(ages, key=ages.__getitem__)
        return ordered[0] if younger else ordered[-1]
    wanted, others = (children, parents) if younger else (parents, children)
    if len(wanted) == 1:
        return wanted[0]
    rest = [full for full in people if full not in others]
    # ("Walter Henning … his grandson, Tyler Henning … the elder Henning": Walter)
    return rest[0] if not wanted and len(others) == 1 and len(rest) == 1 else None
