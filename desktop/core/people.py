"""The people and organisations an article names, and how a cue's subject resolves to one."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from desktop.core.groups import pick_group, plural_speakers
from desktop.core.mentions import Mention, appositive_roles, find_mentions
from desktop.core.speakers import (
    SOLE_TITLES,
    STOP_CAPS,
    TITLE_WORDS,
    adverb_like,
    first_name_gender,
    fullness,
    generation,
    is_org_name,
    name_tokens,
    speaker_key,
    spelled_out,
)
from desktop.core.word_regex import alternation


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PREPOSITIONS = _words(
    """
    with to by on against of for from about at in into toward towards between among than
    like after before under over onto upon via unlike besides including except beside
    """
)
_PERSON_TITLES = TITLE_WORDS - {"the", "then", "former", "u.s", "us", "american", "state", "house"}
_ROLE_NOUNS = _words(
    "leader envoy official chief aide lawmaker congressman congresswoman senator actor actress "
    "singer chairman chairwoman president minister judge justice governor mayor secretary "
    "teacher mechanic owner farmer rancher nurse doctor student mother father veteran pilot "
    "premier"
)
_LEADER_TITLES = frozenset({"president", "prime", "minister", "chancellor", "leader", "king"})
# "Environmental Protection Agency", "Citizens for Responsibility and Ethics in Washington"
_CAPITAL_PHRASE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|on|in|&))+")
_NAME_PARTICLES = frozenset(["de", "da", "van", "von", "der", "bin", "al", "la", "le"])


@dataclass
class PersonIndex:
    """The names an article uses and the salient subjects in reading order."""

    text: str
    mentions: list[Mention] = field(default_factory=list)
    full_names: dict[str, list[str]] = field(default_factory=dict)  # key -> full names
    roles: dict[str, set[str]] = field(default_factory=dict)  # full name -> role words
    events: list[tuple[int, str, bool]] = field(default_factory=list)  # (pos, name, is_org)
    lower_words: dict[str, bool] = field(default_factory=dict)  # name -> used in lower case
    memo: dict[str, bool] = field(default_factory=dict)  # surname key -> used alone mostly
    mention_starts: list[int] = field(default_factory=list)
    gender: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (he, she) counts
    by_key: dict[str, list[tuple[int, list[str]]]] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    plurals: list[tuple[int, str]] = field(default_factory=list)  # pairs and plural bodies
    phrases: str = ""  # the capitalised phrases an acronym may be spelled out in
    cues: list[tuple[int, str, str]] = field(default_factory=list)  # (pos, speaker, sentence)
    canon_memo: dict[str, str] = field(default_factory=dict)  # name -> full name, any position
    lower_words_speaks: dict[str, bool] = field(default_factory=dict)  # lone name -> speaks

    def canonical(self, name: str, pos: int) -> str:
        """The fullest name the article gives for the person called `name` near `pos`."""
        relative = self._relative(name, pos)
        if relative:
            return relative
        known = self.canon_memo.get(name)
        if known is not None:
            return known
        candidates = self._candidates(name)
        if isinstance(candidates, str):
            self.canon_memo[name] = candidates  # the same wherever the name appears
            return candidates
        return max(candidates, key=lambda c: (self._last_seen(c, pos), fullness(c)))

    def _relative(self, name: str, pos: int) -> str | None:
        """ "Floyd said she …" where the article names George and Bridgett Floyd: the
        relative whose first name fits the pronoun right after the surname."""
        if " " in name or pos < 0 or not self.text.startswith(name, pos):
            return None
        people = self.full_names.get(speaker_key(name), [])
        if len(people) < 2:
            return None
        near = _NEAR_PRONOUN.match(self.text, pos + len(name), pos + len(name) + 24)
        if near is None:
            return None
        pronoun = "he" if near.group(1) else "she"
        fitting = [c for c in people if first_name_gender(c) == pronoun]
        return fitting[0] if len(fitting) == 1 else None

    def _candidates(self, name: str) -> str | list[str]:
        """The full name `name` stands for, or the full names to choose from by position."""
        key = speaker_key(name)
        candidates = self.full_names.get(key, [])
        if not candidates:
            return name
        # "Bob Casey" and "Bob Casey Sr." are father and son: a suffix tells people apart
        same_generation = [c for c in candidates if generation(c) == generation(name)]
        candidates = same_generation or candidates
        words = name_tokens(name)
        if len(words) == 1 and self._dominant_surname(key, candidates):
            return name  # "Trump" named alone far more often than "Eric Trump": someone else
        if len(words) > 1 and words[0] not in _NAME_PARTICLES:
            same = [c for c in candidates if _first_agrees(words[0], name_tokens(c)[0])]
            if not same:
                return name
            candidates = same
        if len(candidates) == 1:
            return candidates[0]
        if len(words) == 1:  # a bare surname: the person the article names most
            return max(candidates, key=lambda c: (self._mentions_of(c), -self._first_seen(c)))
        return candidates

    def _dominant_surname(self, key: str, candidates: list[str]) -> bool:
        if key not in self.memo:
            self.memo[key] = self._count_dominant(key, candidates)
        return self.memo[key]

    def _count_dominant(self, key: str, candidates: list[str]) -> bool:
        entries = self.by_key.get(key, [])
        bare = sum(1 for _, words in entries if len(words) == 1)
        most = max((self._mentions_of(c) for c in candidates), default=0)
        firsts = {name_tokens(c)[0][:3] for c in candidates}
        first_full = min((start for start, words in entries if len(words) > 1), default=0)
        if all(start > first_full for start, words in entries if len(words) == 1):
            return False  # "Rick Perry … Perry said": introduced in full, then the surname
        if len(firsts) > 1 and bare >= 4 and bare > 3 * most:
            return True
        # Used alone again and again before any full name ("Biden ... Biden ... first lady
        # Jill Biden"): a person introduced later is a relative, not the same person.
        return sum(1 for start, words in entries if len(words) == 1 and start < first_full) >= 3

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
        if name not in self.lower_words:
            self.lower_words[name] = _lower_use(self.text, name.lower())
        return self.lower_words[name]

    def expand(self, name: str) -> str:
        """An acronym's long form when the article spells it out ("EPA")."""
        if not (name.isupper() and 2 <= len(name) <= 6 and name.isalpha()):
            return name
        if name not in self.acronyms:
            if not self.phrases:  # read the article's capitalised phrases once
                found = (m.group() for m in _CAPITAL_PHRASE.finditer(self.text))
                self.phrases = " | ".join(dict.fromkeys(found)) or " "
            self.acronyms[name] = spelled_out(self.phrases, name)
        return self.acronyms[name]

    def focus(self, pos: int, *, org: bool = False, pronoun: str = "") -> str | None:
        """The latest salient person (or organisation) before `pos` a pronoun can mean."""
        index = bisect.bisect_left(self.events, (pos, "", False))
        for k in range(index - 1, -1, -1):  # no slice: articles may hold thousands of events
            event_pos, name, is_org = self.events[k]
            if is_org == org and event_pos < pos and not name:
                return None  # the last one to speak was left unnamed ("a staffer said")
            if is_org == org and event_pos < pos and self.agrees(name, pronoun):
                if pronoun and " " not in name and not self._personal(name):
                    continue  # "Uvalde", "Delta": a lone word nobody calls he or she
                return name
        return None

    def _personal(self, name: str) -> bool:
        """A lone name that is someone: called he or she, or speaking ("Lee said")."""
        if self.evidence(name) != (0, 0):
            return True
        if name not in self.lower_words_speaks:
            word = re.escape(name)
            self.lower_words_speaks[name] = (
                re.search(rf"\b{word}\s+(?:{_SPEECH})\b|\b(?:{_SPEECH})\s+{word}\b", self.text)
                is not None
            )
        return self.lower_words_speaks[name]

    def introduced_after(self, pos: int, pronoun: str, reach: int = 800) -> str | None:
        """The first person named after `pos` when nobody is named before it: an article
        opening '“…,” he said. President Ann Lee on Friday …' names its speaker after."""
        index = bisect.bisect_left(self.events, (pos, "", False))
        if any(not org for _, _, org in itertools.islice(self.events, 0, index)):
            return None
        for event_pos, name, is_org in itertools.islice(self.events, index, None):
            if event_pos > pos + reach:
                break
            if not is_org and name and self.agrees(name, pronoun):
                return name
        return None

    def body_named(self, noun: str, pos: int, reach: int = 3000) -> str | None:
        """The latest organisation before `pos` whose name holds `noun` ("the council")."""
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= pos - reach:
            m = self.mentions[i]
            if m.is_org and noun in {w.rstrip("s") for w in m.name.lower().split()} | set(
                m.name.lower().split()
            ):
                return self.expand(m.name)
            i -= 1
        return None

    def named_agreeing(self, pos: int, pronoun: str, other: str, reach: int = 300) -> str | None:
        """The latest person named shortly before `pos`, other than `other`, whom the
        pronoun can mean (an object of the last sentence, not its subject)."""
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= pos - reach:
            m = self.mentions[i]
            i -= 1
            if m.is_org or m.possessive:
                continue
            name = self.canonical(m.name, m.start)
            if name != other and self.agrees(name, pronoun) and self.evidence(name) != (0, 0):
                return name
        return None

    def add_cue(self, pos: int, speaker: str, sentence: str) -> None:
        """Remember who spoke in a sentence, so "the statement" can find its author later."""
        self.cues.append((pos, speaker, sentence.lower()))

    def author_of(self, noun: str, pos: int, reach: int = 2000) -> str | None:
        """The speaker of the latest cue whose sentence mentions `noun` ("in a statement")."""
        for cue_pos, speaker, sentence in reversed(self.cues):
            if cue_pos < pos - reach:
                break
            if cue_pos < pos and re.search(rf"\b(?:the|a|its|their|his|her)\s+{noun}\b", sentence):
                return speaker
        return None

    def group(self, pos: int, noun: str = "", reach: int = 3000) -> str | None:
        """The latest pair of people or plural body named before `pos`, for "they"."""
        return pick_group(self.plurals, pos, noun, reach)

    def evidence(self, name: str) -> tuple[int, int]:
        """(he, she) weights for `name`: the article's pronouns, then a first-name prior."""
        he, she = self.gender.get(name, (0, 0))
        prior = first_name_gender(name)
        return he + 2 * (prior == "he"), she + 2 * (prior == "she")

    def agrees(self, name: str, pronoun: str) -> bool:
        """False when the article's pronouns for `name` contradict "he"/"she"."""
        he, she = self.evidence(name)
        if pronoun == "he":
            return he >= she
        if pronoun == "she":
            return she >= he
        return True

    def first_subject(self, start: int, end: int) -> str | None:
        """The first salient person or organisation named in [start, end)."""
        index = bisect.bisect_left(self.events, (start, "", False))
        if index < len(self.events):
            event_pos, name, _ = self.events[index]
            return name if event_pos < end else None
        return None

    def subject_in(self, start: int, end: int) -> str | None:
        """The person who is the subject of text[start:end], if one is named there."""
        i = bisect.bisect_left(self.events, (start, "", False))
        for event_pos, name, is_org in itertools.islice(self.events, i, None):
            if event_pos >= end:
                break
            if not is_org and name:
                return name
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

    def _collect_roles(self) -> None:
        """Role words of every person ("the senator"), read only when a role noun needs them."""
        for m in self.mentions:
            if not m.is_org:
                full = self.canonical(m.name, m.start)
                roles = self.roles.setdefault(full, set())
                roles.update(m.roles | appositive_roles(self.text, m))
        self.roles.setdefault("", set())  # marks the roles as collected

    def by_role(self, phrase: str, pos: int) -> str | None:
        """Resolve "the president", "the Ukrainian leader" to the person they stand for."""
        phrase = re.sub(r"\s+-\s+", "-", phrase.lower())
        words = [w for w in re.findall(r"[\w-]+", phrase) if w not in {"the", "former"}]
        if not words:
            return None
        head, modifiers = words[-1].split("-")[0], words[:-1]  # "president-elect"
        if head not in TITLE_WORDS and head not in _ROLE_NOUNS:
            return None
        if head != words[-1]:
            head = words[-1]  # a president-elect is not the article's sitting president
        best: tuple[int, int, str] | None = None
        if not self.roles:
            self._collect_roles()
        for full, roles in self.roles.items():
            if head in roles or (head == "leader" and roles & _LEADER_TITLES):
                if any(m not in roles for m in modifiers if m[0].isalpha() and m.endswith("n")):
                    continue
                score = sum(1 for m in modifiers if m in roles)
                candidate = (score, self._last_seen(full, pos), full)
                if self._last_seen(full, pos) >= 0 and (best is None or candidate > best):
                    best = candidate
        return best[2] if best else None


def _lower_use(text: str, word: str) -> bool:
    """True when `word` (lower case) stands alone somewhere in `text`."""
    if not word.isalpha() or not word.islower():
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


def _first_agrees(a: str, b: str) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or ((len(a) == 1 or len(b) == 1) and a[:1] == b[:1]) or a[:3] == b[:3]


def build_index(
    text: str, quoted: list[tuple[int, int]], sentences: list[tuple[int, int]]
) -> PersonIndex:
    """Collect name mentions outside the quoted spans and mark sentence subjects."""
    index = PersonIndex(text)
    gaps = _outside(quoted, len(text))
    for start, end in gaps:
        index.mentions.extend(find_mentions(text, start, end))
    index.mention_starts = [m.start for m in index.mentions]
    people = [m for m in index.mentions if not m.is_org]
    for m in people:
        index.by_key.setdefault(speaker_key(m.name), []).append((m.start, name_tokens(m.name)))
    for m in people:
        if len(name_tokens(m.name)) > 1 or _sole_titled(m.name):
            names = index.full_names.setdefault(speaker_key(m.name), [])
            if m.name not in names:
                names.append(m.name)
    for key, names in index.full_names.items():
        index.full_names[key] = sorted(names, key=fullness, reverse=True)
    _mark_subjects(index, sentences)
    index.plurals = plural_speakers(index)
    return index


def _sole_titled(name: str) -> bool:
    """ "Pope Francis", "King Charles": the title is part of the fullest name."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in SOLE_TITLES


def _outside(quoted: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    gaps, pos = [], 0
    for start, end in sorted(quoted):
        if start > pos:
            gaps.append((pos, start))
        pos = max(pos, end)
    gaps.append((pos, length))
    return gaps


def _mark_subjects(index: PersonIndex, sentences: list[tuple[int, int]]) -> None:
    """The first person and the first body in each sentence not governed by a preposition
    are its subjects ("CNN contributor Jo Dean, a former officer, wrote": Dean, not just CNN).

    A name right before a reporting verb ("..., Phillip Swagel said.") or after
    "according to" is salient too: it is the source of what the sentence reports.
    """
    mentions = index.mentions
    starts = index.mention_starts
    text = index.text
    for s_start, s_end in sentences:
        i = bisect.bisect_left(starts, s_start)
        found = {True: False, False: False}  # is_org -> a subject of that kind marked
        unnamed = _UNNAMED_SUBJECT.match(text, s_start)
        if unnamed:  # "Another staffer was blunter.", "A Port Board spokeswoman declined …"
            index.add_event(s_start, _body_in(index, i, unnamed.end()) or UNNAMED, False)
            found[False] = True
        role = _ROLE_SUBJECT.match(text, s_start)
        holder = index.by_role(role.group(1), s_start) if role and not unnamed else None
        if holder:  # "The president, however, said …": the person the role stands for
            index.add_event(s_start, holder, False)
        pronoun = None if unnamed or role else _PRONOUN_SUBJECT.match(text, s_start)
        if pronoun:  # "He slammed Kim …": he goes on being the one in focus, not Kim
            referent = index.focus(s_start, pronoun=pronoun.group(1).lower())
            if referent:
                index.add_event(s_start, referent, False)
        found[False] = found[False] or bool(role or pronoun)
        governed_end = -1  # end of the last name governed by a preposition
        opener = _OPENING_PHRASE.match(text, s_start, s_end)  # "In a letter to Ann Lee, "
        opener_end = opener.end() if opener else -1
        reset = False
        while i < len(mentions) and mentions[i].start < s_end:
            m = mentions[i]
            i += 1
            if 0 <= opener_end <= m.start and not unnamed and not reset:
                # "As Kim kept attacking, Lee fired back": the main clause has its own subject
                found, reset = {True: False, False: False}, True
            if _listed_after(text, governed_end, m.start) and not (
                governed_end <= opener_end <= m.start and not _LIST_TAIL.match(text, m.end)
            ):
                governed_end = m.end  # "the deaths of Ann Lee, Bo Kim and Cy Ray"
                continue
            if not m.is_org and not found[False] and _PRONOUN_CLAUSE.search(text, s_start, m.start):
                found[False] = True  # "In fact, during the rally, he never named Kim": he is
            governed = _governed(text, s_start, m)
            if (
                _speaks(text, s_start, m) and (_is_salient(index, m) or _bare_speaker(index, m))
            ) or (not found[m.is_org] and not governed and _is_subject(index, m, mentions, i - 1)):
                _add_subject(index, m, s_end)
                found[m.is_org] = True
            elif governed:
                governed_end = m.end
            if not m.is_org:
                _near_pronoun(index, m)


UNNAMED = ""  # an event for a person the article does not name
_UNNAMED_SUBJECT = re.compile(
    r"(?:(?:[A-Z][\w'’-]+\s+){1,2}(?=(?:officials|aides|advisers|staffers)\b)|"
    r"(?:An?|Another|One|Some|Other|Several|Many)\s+(?:[\w-]+\s+){0,3}?(?:staffer|official|"
    r"source|aide|member|employee|person|insider|spokes\w+|worker|lawmaker|executive|writer|"
    r"critic|reporter|journalist|resident|witness|observer|staffers|officials|sources|aides|"
    r"members|people|protesters|demonstrators|critics|residents|voters|activists|supporters)\b)"
)
_SOURCE = re.compile(r"\baccording\s+to\s+(?:[A-Z][a-z]{0,3}\.?\s+)?$")
# A sentence opening with a role noun as its subject: "The president, however, said".
_ROLE_SUBJECT = re.compile(
    r"\s*(The\s+(?:[\w-]+\s+){0,2}?(?i:"
    + alternation(sorted((_PERSON_TITLES | _ROLE_NOUNS) - {"state", "house", "press"}))
    + r"))(?=,|\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\b)"
)
_SPEECH = "said|says|told|tells|added|wrote|writes|asked|argued|tweeted|explained|noted"
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:But|And|Yet|Still|Later|Then),?\s+)?(He|She)\b")
_PRONOUN_CLAUSE = re.compile(r"(?:^|[,;]\s*|\s(?:and|but)\s+)(?:[Hh]e|[Ss]he)\s+[a-z]{3,}")
_STAFF_NEXT = re.compile(
    r"\s+(?:administration|officials|aides|allies|advisers|advisors|staff|staffers|supporters|"
    r"campaign|loyalists|voters|lawyers|attorneys|spokesman|spokeswoman|spokesperson)\b"
)
_LIST_TAIL = re.compile(r"(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*,?\s+(?:and|or)\s+[A-Z]")
_OPENING_PHRASE = re.compile(
    r"\s*(?:In|At|During|After|Before|With|Under|Speaking|Writing|Responding|As|When|While|"
    r"Although|Though|Because|Since|Asked|Despite|Amid|Following)\b[^,.;“”\"]{0,120},"
)
_LIST_GAP = re.compile(r"(?:,?\s*(?:and\s+|or\s+)?[A-Z][\w'’.-]*)*,?\s*(?:and\s+|or\s+)?")


def _body_in(index: PersonIndex, i: int, end: int) -> str | None:
    """The body an unnamed spokesperson or official speaks for, named in their phrase."""
    while i < len(index.mentions) and index.mentions[i].start < end:
        if index.mentions[i].is_org:
            return index.expand(index.mentions[i].name)
        i += 1
    return None


def _speaks(text: str, s_start: int, m: Mention) -> bool:
    """ "Lee said", or "according to Lee": the mention is the source of the sentence."""
    if _SAYS.match(text, m.end) is not None:
        return True
    if (
        not m.is_org
        and text[m.end : m.end + 1] in ",.;("
        and _SAID_BEFORE.search(text, max(s_start, m.start - 60), m.start)
    ):
        return True  # "…, said Andrew Light, a fellow": not "said Iran is a threat"
    before = max(s_start, m.start - 20)
    return (
        "ccording" in text[before : m.start] and _SOURCE.search(text, before, m.start) is not None
    )


def _governed(text: str, s_start: int, m: Mention) -> bool:
    """True when the word before the name is a preposition ("with Lee", "of the Council"),
    titles between ("a letter to Interior Secretary Ann Lee") included."""
    words = text[max(s_start, m.start - 60) : m.start].split()
    while len(words) > 1 and _title_like(words[-1]):
        words.pop()
    return bool(words) and words[-1].strip(".,;:()\"“”'‘’").lower() in _PREPOSITIONS


def _title_like(word: str) -> bool:
    """A capitalised title or place word before a name ("Interior", "Secretary", "Ostrian")."""
    bare = word.rstrip(".").lower()
    return word[:1].isupper() and word[-1:] not in ",;:)" and bare not in STOP_CAPS


def _listed_after(text: str, governed_end: int, start: int) -> bool:
    """True for a later item of a list that a preposition governs."""
    if governed_end < 0:
        return False
    return _LIST_GAP.fullmatch(text, governed_end, start) is not None


def _is_subject(index: PersonIndex, m: Mention, mentions: list[Mention], i: int) -> bool:
    if m.possessive or (not m.is_org and _STAFF_NEXT.match(index.text, m.end)):
        return False  # "Lee's plan", "Lee officials": the name only modifies the subject
    if i + 1 < len(mentions):
        # "White House press secretary Karine Jean-Pierre": the role's holder is the subject
        between = index.text[m.end : mentions[i + 1].start].split()
        if between and len(between) <= 3 and all(w.lower() in TITLE_WORDS for w in between):
            return False
    return _is_salient(index, m)


def _bare_speaker(index: PersonIndex, m: Mention) -> bool:
    """A lone surname that speaks ("Granholm said") when the article never gives a full name."""
    lone = " " not in m.name and not m.possessive and not adverb_like(m.name)
    return lone and not index.is_word(m.name)


def _is_salient(index: PersonIndex, m: Mention) -> bool:
    if m.is_org:
        return True
    name = index.canonical(m.name, m.start)
    titled = bool(m.roles & _PERSON_TITLES)
    if titled or len(name_tokens(name)) > 1 or speaker_key(name) in index.full_names:
        return True
    # A surname the article keeps using alone ("Trump ... Trump's plan ... Trump said").
    uses = index.by_key.get(speaker_key(name), ())
    return len(uses) >= 3 and not index.is_word(m.name) and not adverb_like(name)


def _add_subject(index: PersonIndex, m: Mention, s_end: int) -> None:
    name = index.expand(m.name) if m.is_org else index.canonical(m.name, m.start)
    index.add_event(m.start, name, m.is_org)
    if not m.is_org:
        _count_pronouns(index, name, m, s_end)


_SAYS_VERBS = _words(
    """
    said says told added wrote noted argued explained stated tweeted continued warned insisted
    claimed declared announced cited urged called praised criticized slammed blasted accused
    predicted
    """
)
_SAYS = re.compile(
    r"(?:\s*\([^)]{0,30}\))?,?\s+(?:(?:also|then|later|\w+ly)\s+)?(?:"
    + alternation(_SAYS_VERBS)
    + r")\b"
)

# "…, said Andrew Light, a fellow": the name straight after the verb (titles between) speaks.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|added|wrote|noted|argued|explained|stated|tweeted|continued|warned|"
    r"insisted|claimed|declared|announced)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$"
)


# Titles that say whether "he" or "she" can mean the person.
_HIS_TITLES = _words("mr congressman chairman spokesman councilman king prince sir lord")
_HER_TITLES = _words(
    "mrs ms miss congresswoman chairwoman spokeswoman councilwoman queen princess dame lady"
)


# Subject forms only: "his"/"her" often mean others.
_PRONOUNS = re.compile(r"\b(?:([Hh]e|[Hh]imself)|[Ss]he|[Hh]erself)\b")


# Not across a sentence end or a quote mark: a pronoun there is someone else's word.
_NEAR_PRONOUN = re.compile(r"[^\w.!?“”\"«»]+(?:\w+[^\w.!?“”\"«»]+){0,2}?(?:([Hh]e)|[Ss]he)\b")


def _near_pronoun(index: PersonIndex, m: Mention) -> None:
    """ "Collins as she tried": a pronoun right after any name is evidence of gender."""
    match = _NEAR_PRONOUN.match(index.text, m.end, m.end + 24)
    if match is None:
        return
    name = index.canonical(m.name, m.start)
    he, she = index.gender.get(name, (0, 0))
    # Weighs more than a pronoun later in the sentence, which often means someone else.
    index.gender[name] = (he + 2, she) if match.group(1) else (he, she + 2)


def _count_pronouns(index: PersonIndex, name: str, mention: Mention, s_end: int) -> None:
    """Evidence of gender: pronouns in the rest of the sentence a person is the subject of,
    up to the next person named (a pronoun after that more likely means them)."""
    he, she = index.gender.get(name, (0, 0))
    end = min(s_end, mention.end + 200)
    following = bisect.bisect_right(index.mention_starts, mention.start)
    if following < len(index.mentions):
        end = min(end, max(mention.end, index.mentions[following].start))
    rest = index.text[mention.end : end]
    for match in _PRONOUNS.finditer(rest):
        if match.group(1):
            he += 1
        else:
            she += 1
    he += 3 * bool(mention.roles & _HIS_TITLES)
    she += 3 * bool(mention.roles & _HER_TITLES)
    index.gender[name] = (he, she)
