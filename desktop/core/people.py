"""The people and organisations an article names, and how a cue's subject resolves to one."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from desktop.core.speakers import (
    ORG_WORDS,
    SOLE_TITLES,
    STOP_CAPS,
    TITLE_WORDS,
    fullness,
    is_org_name,
    is_party_tag,
    name_start,
    name_tokens,
    speaker_key,
    spelled_out,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PREPOSITIONS = _words(
    """
    with to by on against of for from about at in into toward towards between among than
    like after before under over onto upon via
    """
)
_PERSON_TITLES = TITLE_WORDS - {"the", "then", "former", "u.s", "us", "american", "state", "house"}
_ROLE_NOUNS = _words(
    "leader envoy official chief aide lawmaker congressman congresswoman senator actor actress "
    "singer chairman chairwoman president minister judge justice governor mayor secretary"
)
_PLACE_WORDS = _words(
    "gulf sea ocean river valley coast island islands inlet bay lake mountain mountains "
    "peninsula strait canal desert county province"
)
_PLURAL_BODIES = _words(
    "republicans democrats senators lawmakers members conservatives progressives"
)
_LEADER_TITLES = frozenset({"president", "prime", "minister", "chancellor", "leader", "king"})
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Mention:
    """A capitalised name in the text (outside quotes)."""

    start: int
    end: int
    name: str  # the name words, titles stripped
    roles: frozenset[str]
    is_org: bool
    possessive: bool = False


@dataclass
class PersonIndex:
    """The names an article uses and the salient subjects in reading order."""

    text: str
    mentions: list[Mention] = field(default_factory=list)
    full_names: dict[str, list[str]] = field(default_factory=dict)  # key -> full names
    roles: dict[str, set[str]] = field(default_factory=dict)  # full name -> role words
    events: list[tuple[int, str, bool]] = field(default_factory=list)  # (pos, name, is_org)
    lower_words: set[str] = field(default_factory=set)
    memo: dict[str, bool] = field(default_factory=dict)  # surname key -> used alone mostly
    mention_starts: list[int] = field(default_factory=list)
    gender: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (he, she) counts
    by_key: dict[str, list[tuple[int, list[str]]]] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)

    def canonical(self, name: str, pos: int) -> str:
        """The fullest name the article gives for the person called `name` near `pos`."""
        key = speaker_key(name)
        candidates = self.full_names.get(key, [])
        if not candidates:
            return name
        words = name_tokens(name)
        if len(words) == 1 and self._dominant_surname(key, candidates):
            return name  # "Trump" named alone far more often than "Eric Trump": someone else
        if len(words) > 1 and words[0] not in {
            "de",
            "da",
            "van",
            "von",
            "der",
            "bin",
            "al",
            "la",
            "le",
        }:
            same = [c for c in candidates if _first_agrees(words[0], name_tokens(c)[0])]
            if not same:
                return name
            candidates = same
        if len(candidates) == 1:
            return candidates[0]
        if len(words) == 1:  # a bare surname: the person the article names most
            return max(candidates, key=lambda c: (self._mentions_of(c), -self._first_seen(c)))
        return max(candidates, key=lambda c: (self._last_seen(c, pos), fullness(c)))

    def _dominant_surname(self, key: str, candidates: list[str]) -> bool:
        if key not in self.memo:
            self.memo[key] = self._count_dominant(key, candidates)
        return self.memo[key]

    def _count_dominant(self, key: str, candidates: list[str]) -> bool:
        entries = self.by_key.get(key, [])
        bare = sum(1 for _, words in entries if len(words) == 1)
        most = max((self._mentions_of(c) for c in candidates), default=0)
        firsts = {name_tokens(c)[0][:3] for c in candidates}
        return len(firsts) > 1 and bare >= 4 and bare > 3 * most

    def _first_seen(self, full: str) -> int:
        first = name_tokens(full)[0]
        for start, words in self.by_key.get(speaker_key(full), ()):
            if len(words) > 1 and _first_agrees(first, words[0]):
                return start
        return len(self.text)

    def _mentions_of(self, full: str) -> int:
        first = name_tokens(full)[0]
        entries = self.by_key.get(speaker_key(full), [])
        return sum(1 for _, words in entries if len(words) > 1 and _first_agrees(first, words[0]))

    def _last_seen(self, full: str, pos: int) -> int:
        first = name_tokens(full)[0]
        best = -1
        for start, words in self.by_key.get(speaker_key(full), ()):
            if start >= pos:
                break
            if len(words) == 1 or _first_agrees(first, words[0]):
                best = start
        return best

    def add_event(self, pos: int, name: str, is_org: bool | None = None) -> None:
        org = is_org_name(name) if is_org is None else is_org
        bisect.insort(self.events, (pos, name, org))

    def is_word(self, name: str) -> bool:
        """True for a capitalised common word ("Nevertheless") used elsewhere in lower case."""
        if " " in name:
            return False
        if not self.lower_words:
            self.lower_words = set(re.findall(r"\b[a-z]+\b", self.text)) or {""}
        return name.lower() in self.lower_words

    def expand(self, name: str) -> str:
        """An acronym's long form when the article spells it out ("EPA")."""
        if not (name.isupper() and 2 <= len(name) <= 6 and name.isalpha()):
            return name
        if name not in self.acronyms:
            self.acronyms[name] = spelled_out(self.text, name)
        return self.acronyms[name]

    def focus(self, pos: int, *, org: bool = False, pronoun: str = "") -> str | None:
        """The latest salient person (or organisation) before `pos` a pronoun can mean."""
        index = bisect.bisect_left(self.events, (pos, "", False))
        for event_pos, name, is_org in reversed(self.events[:index]):
            if is_org == org and event_pos < pos and self.agrees(name, pronoun):
                return name
        return None

    def group(self, pos: int, reach: int = 1500) -> str | None:
        """The latest plural body named before `pos` ("Senate Republicans"), for "they"."""
        index = bisect.bisect_left(self.events, (pos, "", False))
        for event_pos, name, is_org in reversed(self.events[:index]):
            if event_pos < pos - reach:
                break
            if is_org and name.split()[-1].lower() in _PLURAL_BODIES:
                return name
        return None

    def agrees(self, name: str, pronoun: str) -> bool:
        """False when the article's pronouns for `name` contradict "he"/"she"."""
        he, she = self.gender.get(name, (0, 0))
        if pronoun == "he":
            return he >= she
        if pronoun == "she":
            return she >= he
        return True

    def first_subject(self, start: int, end: int) -> str | None:
        """The first salient person or organisation named in [start, end)."""
        index = bisect.bisect_left(self.events, (start, "", False))
        for event_pos, name, _ in self.events[index:]:
            return name if event_pos < end else None
        return None

    def named_in(self, start: int, end: int) -> str | None:
        """The last person named in text[start:end] (outside quotes), by fullest name."""
        i = bisect.bisect_left(self.mention_starts, end) - 1
        while i >= 0 and self.mentions[i].start >= start:
            m = self.mentions[i]
            if not m.is_org and (
                len(name_tokens(m.name)) > 1 or speaker_key(m.name) in self.full_names
            ):
                return self.canonical(m.name, m.start)
            i -= 1
        return None

    def by_role(self, phrase: str, pos: int) -> str | None:
        """Resolve "the president", "the Ukrainian leader" to the person they stand for."""
        phrase = re.sub(r"\s+-\s+", "-", phrase.lower())
        words = [w for w in re.findall(r"[\w-]+", phrase) if w not in {"the", "former"}]
        if not words:
            return None
        head, modifiers = words[-1].split("-")[0], words[:-1]  # "president-elect"
        if head not in TITLE_WORDS and head not in _ROLE_NOUNS:
            return None
        best: tuple[int, int, str] | None = None
        for full, roles in self.roles.items():
            if head in roles or (head == "leader" and roles & _LEADER_TITLES):
                if any(m not in roles for m in modifiers if m[0].isalpha() and m.endswith("n")):
                    continue
                score = sum(1 for m in modifiers if m in roles)
                candidate = (score, self._last_seen(full, pos), full)
                if self._last_seen(full, pos) >= 0 and (best is None or candidate > best):
                    best = candidate
        return best[2] if best else None


def _first_agrees(a: str, b: str) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or ((len(a) == 1 or len(b) == 1) and a[:1] == b[:1]) or a[:3] == b[:3]


_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽА-ЯЁІЇЄҐ"
_CAP_TOKEN = (
    rf"(?:(?:[A-Z]\.){{2,}}|[{_UPPER}][\w'’\-]{{0,2}}\.(?=\s[{_UPPER}])|[{_UPPER}][\w'’\-]*)"
)
_RUN = re.compile(
    rf"{_CAP_TOKEN}(?:(?:[ \u00a0]|[ ]-[ ])"
    rf"(?:(?:de|da|van|von|der|bin|al|la|le|of|for|the|and|on)[ ])*{_CAP_TOKEN})*"
)


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Runs of consecutive capitalised words (with name particles) in text[start:end]."""
    runs: list[list[tuple[int, int, str]]] = []
    for match in _RUN.finditer(text, start, end):
        current: list[tuple[int, int, str]] = []
        for token in re.finditer(r"[^\s]+", match.group()):
            if token.group() == "-":
                continue
            current.append(
                (match.start() + token.start(), match.start() + token.end(), token.group())
            )
            if _POSSESSIVE.search(token.group()):
                runs.append(current)  # "Trump's Kellogg": a possessive ends the name
                current = []
        if current:
            runs.append(current)
    return runs


def _mention(text: str, run: list[tuple[int, int, str]]) -> Mention | None:
    words = list(run)
    while words and words[-1][2].lower() in {"de", "da", "van", "von", "der", "bin", "al"}:
        words.pop()
    while (
        len(words) > 2 and words[-2][2] in ("on", "in", "at") and words[-1][2].lower() in STOP_CAPS
    ):
        words = words[:-2]  # "White House on Thursday"
    first = name_start([w[2] for w in words])
    lead = 0
    while lead < len(words) and words[lead][2].lower() in STOP_CAPS:
        lead += 1
    person = " ".join(w[2] for w in words[first:])
    if (
        first > lead
        and is_org_name(" ".join(w[2] for w in words[lead:]))
        and (not person or is_org_name(person))
    ):
        first = lead  # "American Immigration Council": no title to strip from a body
    sole = first > 0 and first == len(words) - 1 and words[first - 1][2].lower() in SOLE_TITLES
    roles = {w[2].lower().rstrip(".") for w in words[:first]}
    if sole:
        first -= 1  # "Pope Francis", "King Charles": the title is part of the name
    words = words[first:]
    last_word = words[-1][2].lower().rstrip(".") if words else ""
    if last_word in TITLE_WORDS and not is_org_name(" ".join(w[2] for w in words)):
        return None  # "the Louisiana Governor": a role, not a name
    if not words:
        return None
    if is_party_tag(text[words[0][0] : words[-1][1]]):
        return None  # "R-Washington"
    if len(words) >= 3 and all(w[2].isupper() for w in words):
        return None  # a headline in capitals
    if {w[2].lower() for w in words} & _PLACE_WORDS:
        return None  # "Gulf of Mexico", "Cook Inlet": places never speak
    start, end = words[0][0], words[-1][1]
    name = text[start:end]
    possessive = name.endswith(("’s", "'s", "s’", "s'")) or text[end : end + 3] in (" 's", " ’s")
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    elif name.endswith(("s’", "s'")):
        name = name[:-1]
    end = start + len(name)
    name = re.sub(r"\s+-\s+", "-", name)
    lowered = {w[2].lower().rstrip(".’'s") for w in words} | {w[2].lower() for w in words}
    is_org = bool(lowered & ORG_WORDS) or (name.isupper() and len(name) > 1)
    cut = re.search(r"\s(?:of|for|the|and|on)\s", name)
    head = name[: cut.start()] if cut else name
    if cut and " " not in head and cut.group().strip() in ("of", "for"):
        is_org = True  # "Citizens for Responsibility and Ethics": one word, then "for ..."
    elif cut and cut.group().strip() == "and" and not is_org_name(name):
        start += cut.end()  # "Ivanka and Donald Trump Jr.": the last person of the pair
        name = name[cut.end() :]
    elif cut and not is_org_name(head):
        name, is_org = head, False  # "William Alsup of Federal District Court"
        end = start + len(name)
    name = re.sub(r"\s+(?:Twitter|Facebook|Instagram|YouTube|TikTok)$", "", name)
    roles.discard("the")
    return Mention(start, end, name, frozenset(roles), is_org, possessive)


def _appositive_roles(text: str, mention: Mention) -> set[str]:
    """Role words from "Trump's special envoy, Keith Kellogg," or "Kellogg, the envoy,"."""
    roles: set[str] = set()
    lead = re.search(
        r"((?:\b[a-z][\w-]*\s+){1,3})$", text[max(0, mention.start - 40) : mention.start]
    )
    if lead:  # "Clinton spokesman Nick Merrill", "press secretary Josh Earnest"
        roles.update(w for w in lead.group(1).split() if w in TITLE_WORDS)
    before = text[max(0, mention.start - 80) : mention.start]
    if before.endswith(", "):
        phrase = before[:-2].rsplit(",", 1)[-1].rsplit(".", 1)[-1]
        roles.update(w.lower() for w in re.findall(r"[A-Za-z-]+", phrase)[-8:])
    after = text[mention.end : mention.end + 80]
    if after.startswith(", "):
        phrase = after[2:].split(",", 1)[0]
        if re.match(r"(?:the|a|an|who is|[A-Z]\w+['’]s)\s", phrase):
            roles.update(w.lower() for w in re.findall(r"[A-Za-z-]+", phrase))
    return roles


def build_index(
    text: str, quoted: list[tuple[int, int]], sentences: list[tuple[int, int]]
) -> PersonIndex:
    """Collect name mentions outside the quoted spans and mark sentence subjects."""
    index = PersonIndex(text)
    gaps = _outside(quoted, len(text))
    for start, end in gaps:
        for run in _runs(text, start, end):
            mention = _mention(text, run)
            if mention is not None:
                index.mentions.append(mention)
    index.mention_starts = [m.start for m in index.mentions]
    people = [m for m in index.mentions if not m.is_org]
    for m in people:
        index.by_key.setdefault(speaker_key(m.name), []).append((m.start, name_tokens(m.name)))
    for m in people:
        if len(name_tokens(m.name)) > 1:
            names = index.full_names.setdefault(speaker_key(m.name), [])
            if m.name not in names:
                names.append(m.name)
    for key, names in index.full_names.items():
        index.full_names[key] = sorted(names, key=fullness, reverse=True)
    for m in people:
        full = index.canonical(m.name, m.start)
        index.roles.setdefault(full, set()).update(m.roles | _appositive_roles(text, m))
    _mark_subjects(index, sentences)
    return index


def _outside(quoted: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    gaps, pos = [], 0
    for start, end in sorted(quoted):
        if start > pos:
            gaps.append((pos, start))
        pos = max(pos, end)
    gaps.append((pos, length))
    return gaps


def _mark_subjects(index: PersonIndex, sentences: list[tuple[int, int]]) -> None:
    """The first name in each sentence not governed by a preposition is its subject.

    A name right before a reporting verb ("..., Phillip Swagel said.") is salient too.
    """
    mentions = index.mentions
    starts = [m.start for m in mentions]
    for s_start, s_end in sentences:
        i = bisect.bisect_left(starts, s_start)
        found = False
        while i < len(mentions) and mentions[i].start < s_end:
            m = mentions[i]
            speaks = _SAYS.match(index.text, m.end) is not None
            if (speaks and (_is_salient(index, m) or _bare_speaker(index, m))) or (
                not found and _is_subject(index, m, s_start, mentions, i)
            ):
                _add_subject(index, m, s_end)
                found = True
            i += 1


def _is_subject(
    index: PersonIndex, m: Mention, s_start: int, mentions: list[Mention], i: int
) -> bool:
    prev = re.findall(r"[\w]+", index.text[max(s_start, m.start - 20) : m.start])
    if (prev and prev[-1].lower() in _PREPOSITIONS) or m.possessive:
        return False
    if i + 1 < len(mentions):
        # "White House press secretary Karine Jean-Pierre": the role's holder is the subject
        between = index.text[m.end : mentions[i + 1].start].split()
        if between and len(between) <= 3 and all(w.lower() in TITLE_WORDS for w in between):
            return False
    return _is_salient(index, m)


def _bare_speaker(index: PersonIndex, m: Mention) -> bool:
    """A lone surname that speaks ("Granholm said") when the article never gives a full name."""
    lone = " " not in m.name and not m.possessive and not m.name.lower().endswith("ly")
    return lone and not index.is_word(m.name)


def _is_salient(index: PersonIndex, m: Mention) -> bool:
    if m.is_org:
        return True
    name = index.canonical(m.name, m.start)
    titled = bool(m.roles & _PERSON_TITLES)
    return titled or len(name_tokens(name)) > 1 or speaker_key(name) in index.full_names


def _add_subject(index: PersonIndex, m: Mention, s_end: int) -> None:
    name = index.expand(m.name) if m.is_org else index.canonical(m.name, m.start)
    index.add_event(m.start, name, m.is_org)
    if not m.is_org:
        _count_pronouns(index, name, m, s_end)


_SAYS = re.compile(
    r"(?:\s*\([^)]{0,30}\))?,?\s+(?:(?:also|then|later|\w+ly)\s+)?(?:said|says|told|added|wrote|"
    r"noted|argued|explained|stated|tweeted|continued|warned|insisted|claimed|declared|announced|"
    r"cited|urged|called|praised|criticized|slammed|blasted|accused|predicted)\b"
)


_HE = re.compile(r"\b(?:he|himself)\b", re.I)  # subject forms: "his"/"her" often mean others
_SHE = re.compile(r"\b(?:she|herself)\b", re.I)


def _count_pronouns(index: PersonIndex, name: str, mention: Mention, s_end: int) -> None:
    """Evidence of gender: pronouns in the rest of the sentence a person is the subject of."""
    he, she = index.gender.get(name, (0, 0))
    rest = index.text[mention.end : min(s_end, mention.end + 200)]
    he += len(_HE.findall(rest)) + 3 * ("mr" in mention.roles)
    she += len(_SHE.findall(rest)) + 3 * bool(mention.roles & {"mrs", "ms"})
    index.gender[name] = (he, she)
