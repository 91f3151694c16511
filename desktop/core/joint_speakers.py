"""Joint speakers: the people a statement's list names together ("Ann Lee, Tom Kim and Eva
Lind said"), as one speaker."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.figures import NUMBER_WORDS
from desktop.core.first_names import given_name
from desktop.core.groups import MAX_JOINT_SPEAKERS
from desktop.core.name_bounds import PARTY_TAG_AFTER, clean_name, name_start
from desktop.core.people import A_TITLE, PersonIndex
from desktop.core.quote_marks import sentence_bounds
from desktop.core.speakers import LIST_ITEMS, is_org_name, same_person, speaker_key

# One person of a joint statement's list: "Ann Lee", "Sen. Tom Kim", "Eva Lind of Sudmark".
# Words are split by required spaces only, so no capitalised run can be matched two ways.
_NAME_WORDS = r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]*"
# (a role in lower case may come first: "regional board chair Olive Brannigan")
_ROLE_FIRST = rf"(?:(?:[a-z][\w-]*\s+){{0,3}}(?-i:{A_TITLE})\s+)?"
_LOWER_ROLE = re.compile("^" + _ROLE_FIRST)
_JOINT_PART = re.compile(rf"{_ROLE_FIRST}{_NAME_WORDS}(?:\s+of\s+(?:the\s+)?{_NAME_WORDS})?")
# A piece of a list between commas: "Ann Lee", "and Eva Lind of Sudmark", "Lee and Tom Kim".
_LIST_PIECE = re.compile(rf"(?:and\s+)?{_JOINT_PART.pattern}(?:\s+and\s+{_JOINT_PART.pattern})?")
# A plural title before a list names each of them: "Presidents Ann Lee of Norland and …".
_PLURAL_TITLE = re.compile(
    r"(?:Presidents|Prime\s+Ministers|Ministers|Senators|Sens\.|Representatives|Reps\.|"
    r"Governors|Govs\.|Mayors|Justices|Judges)\s+"
)
MAX_PIECE_CHARS = 120  # one item of the list, or the last two ("… and regional chair Eva Lind")


def listed_before(index: PersonIndex, pos: int, count: str | None) -> str | None:
    """The latest joint speaker or pair of people named before `pos`, of `count` people
    when the subject counts them."""
    count = count or ""
    wanted = int(count) if count.isdigit() else int(NUMBER_WORDS.get(count.lower(), 0))
    candidates = [name for at, name, _ in index.events if pos - 3000 <= at < pos]
    candidates += [name for at, name in index.plurals if pos - 3000 <= at < pos]
    for name in reversed(candidates):
        people = [p for p in LIST_ITEMS.split(name) if p]
        if all(index.is_place(p.strip()) for p in people):
            continue  # "France and Germany": countries, not "the two leaders"
        if len(people) > 1 and (not wanted or len(people) == wanted):
            return name
    # "Ana Lind of Norland, Tom Berg of Ostmark and Eva Roth of Sudmark met in Tarn.":
    # a list that opens a recent sentence.
    start = max(0, pos - 1500)
    for s_start, s_end in reversed(sentence_bounds(index.text[start:pos])):
        listed = _OPENING_LIST.match(index.text, start + s_start, start + s_end)
        joint = listed and joint_list_before(listed.group(1), listed.start(1), index)
        if joint:
            people = LIST_ITEMS.split(joint[0])
            if not wanted or len(people) == wanted:
                return joint[0]
    if wanted == 2:  # "Belhane told reporters. … Reyvik said. … the two ministers said"
        return _last_two_speakers(index, pos)
    return None


def _last_two_speakers(index: PersonIndex, pos: int) -> str | None:
    """The two people who spoke last before `pos`, as a pair in the order named."""
    spoke = (
        (at, name)
        for at, name, is_org in reversed(index.events)
        if not is_org and name and " and " not in name
    )
    found = _last_two(spoke, pos, 3000)
    if len(found) < 2:  # "Ana Pell met Dan Lee on Friday. The two leaders said": both named
        named = (
            (m.start, index.canonical(m.name, m.start))
            for m in reversed(index.mentions)
            if m.start < pos and not m.is_org and not index.is_place(m.name)
        )
        found = _last_two(named, pos, 600)
    if len(found) < 2:
        return None
    first, second = sorted(found, key=index.first_seen)
    return f"{first} and {second}"


def _last_two(people: Iterator[tuple[int, str]], pos: int, reach: int) -> list[str]:
    """The last two different people of `people` (latest first) within `reach` before `pos`."""
    found: list[str] = []
    for at, name in people:
        if at >= pos:
            continue
        if pos - at > reach or len(found) == 2:
            break
        if all(not same_person(name, other) for other in found):
            found.append(name)
    return found


# A sentence opening with a list of capitalised names ending in "and X (of Y)", then a verb.
_OPENING_LIST = re.compile(
    r"\s*(.+?\band\s+(?:[A-Z][\w'’.-]*\s+)+(?:of\s+(?:[A-Z][\w'’-]*\s+)+)?)(?=[a-z])"
)


def joint_speakers(subject: str, pos: int, index: PersonIndex) -> str | None:
    """ "Ann Lee and Tom Kim", "Lee and Presidents Eva Lind of Sudmark, Tom Berg of
    Ostmark, and Ana Ruiz of Norland" (titles and places allowed): the people, each by
    the fullest name, as one joint speaker."""
    subject = PARTY_TAG_AFTER.sub("", subject)  # "Sen. Ana Pell, D-Ohio, and Sen. Dan Lee, R-Texas"
    parts = [_PLURAL_TITLE.sub("", p) for p in LIST_ITEMS.split(subject)]
    if not 2 <= len(parts) <= MAX_JOINT_SPEAKERS or not all(
        _JOINT_PART.fullmatch(p) for p in parts
    ):
        return None
    names = [_part_name(_LOWER_ROLE.sub("", p), index) for p in parts]
    for name in names:
        if not name or is_org_name(name):
            return None
        if len(name.split()) < 2 and speaker_key(name) not in index.full_names:
            return None  # "Procter and Gamble": no people the article names in full
    people = [index.canonical(name, pos) for name in names]
    return ", ".join(people[:-1]) + " and " + people[-1]


def _part_name(part: str, index: PersonIndex) -> str:
    """One person of a list, by name; a lone surname the article gives in full elsewhere
    stays one even when it reads like an adverb ("Ebberly and Tadeo")."""
    name = clean_name(part)
    if not name and part.istitle() and " " not in part and speaker_key(part) in index.full_names:
        return part
    return name


# "the Kestranian government and the Upland Federation": two bodies acting together.
_TWO_BODIES = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w'’.&-]*\s+){0,4}(?:[A-Z][\w'’&-]*|government|ministry))"
    r"\s+and\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*\s+){0,4}(?:[A-Z][\w'’&-]*|government|ministry))"
)


def joint_bodies(subject: str) -> str | None:
    """ "the Kestranian government and the Upland Federation have agreed": both bodies,
    as one joint speaker, when each is a body ("Procter and Gamble" is one)."""
    match = _TWO_BODIES.fullmatch(subject.strip())
    if match is None:
        return None
    pair = (match.group(1), match.group(2))
    if not all(" " in name for name in pair):
        return None  # "Procter and Gamble", "Velmoria and Tarsanne": a name, or two places
    if not all(is_org_name(name) or name.endswith((" government", " ministry")) for name in pair):
        return None
    if any(_titled_person(name) for name in pair):
        return None  # "House Energy and Commerce Committee Chairman Thaddeus Brinkley": one man
    return " and ".join(pair)


def _titled_person(name: str) -> bool:
    """A body's title, then a person: "Commerce Committee Chairman Thaddeus Brinkley"."""
    words = name.split()
    first = name_start(words)
    return (
        0 < first < len(words)
        and given_name(words[first])
        and not is_org_name(" ".join(words[first:]))
    )


def joint_list_before(before: str, offset: int, index: PersonIndex) -> tuple[str, int] | None:
    """Three or more people listed right before the verb ("Lee, Ana Ruiz and Tom Berg
    said", "Lee and Presidents Ana Ruiz of Norland, Tom Berg of Ostmark, and Eva Lind of
    Sudmark issued a statement"): their joint speaker and where the list starts."""
    untagged = PARTY_TAG_AFTER.sub(lambda m: " " * len(m.group()), before)  # (", D-Ohio,")
    found = [m for m in re.finditer(r"[^,]+", untagged.rstrip(" ,")) if m.group().strip()]
    starts = [m.start() + len(m.group()) - len(m.group().lstrip()) for m in found]
    pieces = [m.group().strip() for m in found]
    if len(pieces) < 2 or " and " not in f" {pieces[-1]}":
        return None  # a list ends in "and X"
    # The last person may be followed by what they did: "… and Eva Lind issued a statement that"
    last = _LIST_PIECE.match(pieces[-1])
    if last and re.fullmatch(r"(?:\s+[a-z][\w-]*){1,6}", pieces[-1][last.end() :]):
        pieces[-1] = last.group()
    taken = 0
    while taken < min(len(pieces), MAX_JOINT_SPEAKERS):
        piece = pieces[len(pieces) - 1 - taken]
        if len(piece) > MAX_PIECE_CHARS or not _LIST_PIECE.fullmatch(piece):
            break
        taken += 1
    for count in range(taken, 1, -1):  # the longest list whose every item is a person
        listed = ", ".join(pieces[len(pieces) - count :])
        if len(LIST_ITEMS.split(listed)) < 3:
            return None  # two people: the subject rules handle "A and B"
        speaker = joint_speakers(listed, offset, index)
        if speaker:
            return speaker, offset + starts[len(pieces) - count]
    return None
