"""The people and organisations an article names, and how a cue's subject resolves to one."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from desktop.core.figures import NUMBER_WORDS
from desktop.core.first_names import given_name
from desktop.core.groups import pick_group
from desktop.core.mentions import PLACE_WORDS, STREET_WORDS, Mention
from desktop.core.name_bounds import JOBS_BEFORE_NAMES, person_word
from desktop.core.speakers import (
    HONORIFICS,
    NAME_PARTICLES,
    STOP_CAPS,
    TITLE_WORDS,
    census_gender,
    first_name_gender,
    first_name_hint,
    fullness,
    generation,
    given_name_gender,
    is_org_name,
    name_tokens,
    only,
    opened_by,
    same_person,
    speaker_key,
    spelled_out,
    world_gender,
)
from desktop.core.speech_words import KIN_NOUNS, PLACES, SPEECH_VERBS
from desktop.core.word_regex import alternation, name_uses, word_set

PERSON_TITLES = TITLE_WORDS - {"the", "then", "former", "u.s", "us", "american", "state", "house"}
A_TITLE = "(?:" + alternation(sorted(PERSON_TITLES)) + ")"  # one of them, in a pattern
ROLE_NOUNS = word_set(
    "leader envoy official chief aide lawmaker congressman congresswoman senator actor actress "
    "singer chairman chairwoman president minister judge justice governor mayor secretary "
    "teacher mechanic owner farmer rancher nurse doctor student mother father veteran pilot "
    "premier favourite favorite winner contestant legend"
)
# "chief executive Mireille Adjoran", "Minister Ana Berg": a person, whatever her name.
_A_ROLE_BEFORE = r"\b(?:" + alternation(sorted(PERSON_TITLES | ROLE_NOUNS)) + r")\s+"
# A product's word ("AirCrisp", "iPhone", "PlayStation"), not a surname ("McDonald", "DeSantis")
CAMEL_CASE = re.compile(r"\b(?:(?!Ma?c)[A-Z][a-z]{2,}|[a-z]+)[A-Z]")


def model_line(text: str, name: str) -> bool:
    """A product line that the article never names without its model number ("the Veyra
    Ring 2 went on sale", "Veyra Ring 2 review"), not the fuller name of its brand."""
    after = [text[m.end() : m.end() + 3] for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(after) and all(re.match(r"\s\d", rest) for rest in after)


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "MPs", "CEOs": many people, never one
# "Her mother, Ruth Lee", "his late wife Ann Lee", "daughter Wren Lee": a relative named
_KIN_BEFORE = re.compile(
    r"\b(?:(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:late\s+)?)?"
    + alternation(KIN_NOUNS)
    + r"(?:\s*,?\s*|\s*,\s+(?:[a-z][\w-]*\s+){1,4})$",  # ("Her father, retired drummer Ed Lee")
    re.IGNORECASE,
)
# Whose child someone is: "their son Josh Ferriday", "The couple’s son, Jamie Kessler".
CHILD_NOUNS = "son|daughter|grandson|granddaughter"
PARENT_NOUNS = "father|mother|dad|mum|mom|grandfather|grandmother|grandpa|grandma"
# A child's age written out: "one" to "seventeen".
_UNDER_18 = alternation(sorted(word for word, value in NUMBER_WORDS.items() if 0 < value < 18))
# A name's last word for a body of the kind a cue's noun means: "Harbor Airways … the airline"
_NAME_HEADS = {"airline": "airways"}
# Words of a body's name that a noun for it stands for: "a club statement" is Castlebrook
# FC's, "a force spokesman" Westfield Police's.
_NAME_WORDS_FOR = {
    "club": frozenset({"fc", "afc", "f.c.", "cf", "sc"}),
    "force": frozenset({"police", "constabulary"}),
    # "an agency spokesperson" after "the Federal Lands Administration"
    "agency": frozenset({"administration", "authority", "commission", "bureau", "service"}),
    "panel": frozenset({"committee", "commission", "tribunal", "board"}),
    "forecaster": frozenset({"weather", "meteorological", "meteorology", "met"}),
}
_LEGAL_SUFFIX = re.compile(r",?\s+(?:Inc|Ltd|LLC|Plc|PLC|Corp|Co|GmbH|AG|SA)\.?$")
# "the draughty Corn Exchange", "The Port Aubrey Courier": "the", maybe one word that
# reads as an adjective ("the speech Marit Veldhoen gave" puts a noun between)
_THE_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?:[a-z]+(?:y|ful|ous|ic|al|ive|ish|ed|ern|est|less|ent|ant|ible|able)"
    r"|old|new|former|great|grand|main|little|big|historic)\s+)?$"
)
# "Environmental Protection Agency", "Citizens for Responsibility and Ethics in Washington"
_OFFICES = r"(?:Department|Ministry|Office|Bureau)"
_OF_BEFORE = re.compile(r"\bof\s+(?:[A-Z][\w.]*\s+){0,2}$")  # "of Gov. Ann Lee's"
_PERSONAL = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)
_CAPITAL_PHRASE = re.compile(
    r"(?:(?:[A-Z]\.){2,3}|[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|on|in|&))+"
)
UNNAMED = ""  # an event for a person the article does not name
SPEECH = "|".join(sorted(SPEECH_VERBS))
# Not across a sentence end or a quote mark: a pronoun there is someone else's word.
_JUST_NAMED = 300  # characters: how near a full name makes its bare surname mean that person
_PLACED = r"\b(?:in|near|outside|across|throughout|inside)\s+"  # "in Marrow": a place
# "Valmora coach Ilario Benavente": a team or body before someone's role, no one itself
_BEFORE_A_ROLE = rf"(?-i:\s+{A_TITLE}\s+[A-Z])"
_SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH})\s+$")
# "Kowalczyk had said Lumenfield would never …": the name after the verb is what the
# reported clause is about, not who spoke.
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:would|will|could|can|should|must|might|may|had|has|was|is|were|are|did|does)\b"
)
# "Marlowe, standing beside her, nodded. “…,” she said.": the next quotation's cue pronoun.
_NEXT_CUE_PRONOUN = re.compile(
    r"[^.!?“”\"]*[.!?]?\s*[“\"][^“”\"]{1,200}?[,?!]\s*[”\"]\s+(?:([Hh]e)|[Ss]he)\s+[a-z]+"
)
# The first "he" or "she" later in the sentence, outside its quoted words
# (a quotation ending in a full stop ends the sentence too)
_SENTENCE_PRONOUN = re.compile(
    r"(?:[^.!?“”\"]|“[^“”]*[^.!?“”]”|\"[^\"]*[^.!?\"]\")*?\b(?:([Hh]e)|[Ss]he)\b"
)
# The title right before a bare surname: "Chief Ferreira said"
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
# Honorifics written before a first word that is no surname: "Mr Lim", "Uncle Raymond".
_FIRST_WORD_TITLES = frozenset({"mr", "mrs", "ms", "madam", "mdm", "uncle", "aunty", "auntie"})
NEAR_PRONOUN = re.compile(r"[^\w.!?“”\"«»‘]+(?:\w+[^\w.!?“”\"«»‘]+){0,2}?(?:([Hh]e)|[Ss]he)\b")


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
    clippings: dict[str, str] = field(default_factory=dict)  # "Met": "Metropolitan Police"
    plurals: list[tuple[int, str]] = field(default_factory=list)  # pairs and plural bodies
    phrases: str = ""  # the capitalised phrases an acronym may be spelled out in
    cues: list[tuple[int, str, str]] = field(default_factory=list)  # (pos, speaker, sentence)
    canon_memo: dict[str, str] = field(default_factory=dict)  # name -> full name, any position
    lower_words_speaks: dict[str, bool] = field(default_factory=dict)  # lone name -> speaks
    things: dict[str, bool] = field(default_factory=dict)  # name -> only ever "the …"
    voiced_bodies: set[str] = field(default_factory=set)  # "an official at the X told"
    bylines: list[tuple[int, int]] = field(default_factory=list)  # the reporters' lines
    lone_people: set[str] = field(default_factory=set)  # lone names marked as persons
    first_names: dict[str, set[str]] | None = None  # first name -> full names, when needed
    introduced_alone: dict[str, bool] = field(default_factory=dict)  # "Margaret, a stallholder,"
    called_by_pronoun: set[str] = field(default_factory=set)  # "Ann Dale … He …": a person
    # Where an unnamed relative is the subject, the pronoun their kin word takes: "Her
    # brother told …" is a "he", so a "she said" after it still means the woman before;
    # and where an unnamed spokeswoman's body is the subject, hers ("A Harcourt spokeswoman").
    unnamed_pronouns: dict[int, str] = field(default_factory=dict)
    places: frozenset[str] = frozenset()  # lone words the article uses as places ("Dravia")
    bodies_by_first_word: dict[str, set[str]] | None = None  # "Tessaract" -> its full name
    ages: list[tuple[str, str]] | None = None  # (name, age) the article gives, when needed

    def canonical(self, name: str, pos: int) -> str:
        """The fullest name the article gives for the person called `name` near `pos`."""
        relative = (
            self._relative(name, pos) or self._titled(name, pos) or self._just_named(name, pos)
        )
        relative = relative or self._titled_first_word(name, pos)
        if relative:
            return relative
        known = self.canon_memo.get(name)
        candidates = self._candidates(name) if known is None else known
        if isinstance(candidates, str):
            earlier = self._only_one_before(name, candidates, pos)
            if earlier:
                return earlier
            self.canon_memo[name] = candidates  # the same wherever the name appears
            return candidates
        return max(candidates, key=lambda c: (self.last_seen(c, pos), fullness(c)))

    def _only_one_before(self, name: str, chosen: str, pos: int) -> str | None:
        """ "Kirra Dunstall … Dunstall told reporters" before her parents are named: a bare
        surname means the one person of that name named so far, whoever is named most."""
        people = self.full_names.get(speaker_key(name), [])
        if " " in name or pos < 0 or chosen not in people:
            return None
        before = [c for c in people if self.first_seen(c) < pos]
        return before[0] if len(before) == 1 and before[0] != chosen else None

    def _relative(self, name: str, pos: int) -> str | None:
        """ "Floyd said she …" where the article names George and Bridgett Floyd: the
        relative whose first name fits the pronoun right after the surname, or the pronoun
        of the next quotation's cue when every Floyd's first name tells their sex."""
        if " " in name or pos < 0:
            return None
        at = self._name_at(name, pos)
        if at < 0:
            return None
        after = at + len(name)
        if at == pos:
            near = NEAR_PRONOUN.match(self.text, after, after + 24)
            if near is not None:
                return self._one_of_gender(name, "he" if near.group(1) else "she")
            near = _NEXT_CUE_PRONOUN.match(self.text, after, pos + 240)
        else:
            # "Hollins called the inquiry “a witch hunt” … and predicted that he would be
            # “fully vindicated”": (`pos` the cue's verb) the pronoun later in the sentence
            near = _SENTENCE_PRONOUN.match(self.text, after, after + 240)
        people = self.full_names.get(speaker_key(name), [])
        if near is None or not all(given_name_gender(c) for c in people):
            return None
        return self._one_of_gender(name, "he" if near.group(1) else "she")

    def _name_at(self, name: str, pos: int) -> int:
        """Where `name` starts: at `pos`, or, when `pos` is the cue's verb ("Chief Ferreira,
        speaking after …, said"), its last use shortly before; -1 if none."""
        if self.text.startswith(name, pos):
            return pos
        return self.text.rfind(name, max(0, pos - 120), pos)

    def _titled_first_word(self, name: str, pos: int) -> str | None:
        """ "Mr Lim" for Lim Boon Huat, "Mr Rizwan" for Rizwan Abdul Karim, "Uncle Raymond"
        for Raymond Jarrah: an honorific before the first word of the one full name the
        article gives that opens with it, when no one has it for a surname."""
        if " " in name or pos < 0 or self.full_names.get(speaker_key(name)):
            return None
        at = self._name_at(name, pos)
        title = _TITLE_BEFORE.search(self.text, max(0, at - 24), at) if at > 0 else None
        if title is None or title.group(1).lower() not in _FIRST_WORD_TITLES:
            return None
        fitting = {
            full
            for names in self.full_names.values()
            for full in names
            if full.split()[0] == name and not is_org_name(full)
        }
        return fitting.pop() if len(fitting) == 1 else None

    def _titled(self, name: str, pos: int) -> str | None:
        """ "Chief Ferreira said" where the article names Mayor Lucia Ferreira and Fire
        Chief Daniel Ferreira: of two people of one surname, the one the article gave the
        title before the surname (an honorific is read by `by_honorific`)."""
        if " " in name or pos < 0:
            return None
        at = self._name_at(name, pos)
        title = _TITLE_BEFORE.search(self.text, max(0, at - 24), at) if at > 0 else None
        if title is None or title.group(1).lower() not in PERSON_TITLES - HONORIFICS:
            return None
        people = self.full_names.get(speaker_key(name), [])
        if len(people) < 2:
            return None
        word = re.escape(title.group(1))
        fitting = [c for c in people if re.search(rf"\b{word}\.?\s+{re.escape(c)}\b", self.text)]
        return fitting[0] if len(fitting) == 1 else None

    def by_honorific(
        self, name: str, honorific: str, *, strict: bool = False, pos: int = -1
    ) -> str | None:
        """ "Mrs Ellison said" where the article names Kate and Nathan Ellison: the one
        whose first name fits the honorific, children left out ("Mr Ferriday" beside
        "their son Josh Ferriday, nine": the father). `strict`: only when every adult of
        the name has a first name that tells their sex. With `pos`, of two who fit, the one
        named last before it ("his mother, Susan Rowntree … his sister, Chloe Rowntree …
        Ms Rowntree said": Chloe)."""
        pronoun = "he" if honorific.lower().rstrip(".") == "mr" else "she"
        people = self.full_names.get(speaker_key(name), [])
        adults = {c: self._sex(c) for c in people if not self._child(c)}
        if strict and "" in adults.values():
            return None
        if not strict and (found := self._one_of_gender(name, pronoun)):
            return found
        fitting = [c for c, sex in adults.items() if sex == pronoun]
        if len(people) > 1 and len(fitting) > 1 and pos >= 0:
            named = {self.text.rfind(c, 0, pos): c for c in fitting}
            return named[max(named)] if max(named) >= 0 else None
        return fitting[0] if len(people) > 1 and len(fitting) == 1 else None

    def _child(self, name: str) -> bool:
        """The article names the person as a son or daughter, or with an age under 18."""
        word = re.escape(name)
        child = re.search(
            rf"\b(?:{CHILD_NOUNS}|boy|girl)\s+{word}\b"
            rf"|\b{word},\s+(?:(?:1[0-7]|[1-9])|{_UNDER_18})\s*,",
            self.text,
        )
        return child is not None

    def _one_of_gender(self, name: str, pronoun: str) -> str | None:
        """Of two or more people the article names in full with this surname, the only one
        whose first name is a "he" (or a "she")."""
        people = self.full_names.get(speaker_key(name), [])
        # (the census's first names too: "Tomás Reyes" and "Marisol Reyes")
        fitting = [c for c in people if self._sex(c) == pronoun]
        return fitting[0] if len(people) > 1 and len(fitting) == 1 else None

    def _sex(self, name: str) -> str:
        """ "he" or "she" by the first name, else by the article's pronouns for the name
        ("Chef Conor Delahunt lost his star": a first name no list holds)."""
        known = given_name_gender(name)
        if known:
            return known
        he, she = self.evidence(name)
        return "he" if he > she else "she" if she > he else world_gender(name)

    def _just_named(self, name: str, pos: int) -> str | None:
        """ "Kai Tolle, the president's son, … Tolle said": a bare surname shared by two
        people the article names in full is the one named in full just before it."""
        if " " in name or pos < 0:
            return None
        key = speaker_key(name)
        people = self.full_names.get(key, [])
        if len(people) < 2:
            return None
        entries = self.by_key.get(key, [])
        cut = bisect.bisect_left(entries, pos, key=lambda entry: entry[0])
        for start, words in reversed(entries[max(0, cut - 3) : cut]):
            if pos - start > _JUST_NAMED:
                break
            if len(words) > 1:
                fitting = [c for c in people if _first_agrees(words[0], name_tokens(c)[0])]
                if len(fitting) != 1:
                    return None
                if _KIN_BEFORE.search(self.text, max(0, start - 60), start) and any(
                    len(w) == 1 for at, w in entries if at < start
                ):
                    # "Halloway said … Her mother, Ruth Halloway, … Halloway went on": the
                    # surname still means whom it meant before the relative was introduced
                    others = [c for c in people if c != fitting[0]]
                    return min(others, key=self.first_seen)
                return fitting[0]
        return None

    def _candidates(self, name: str) -> str | list[str]:
        """The full name `name` stands for, or the full names to choose from by position."""
        key = speaker_key(name)
        candidates = self.full_names.get(key, [])
        nicknamed = self._known_as(name)
        if nicknamed:
            return nicknamed
        if not candidates:
            return self._body_opened_by(name) or name
        # "Bob Casey" and "Bob Casey Sr." are father and son: a suffix tells people apart
        same_generation = [c for c in candidates if generation(c) == generation(name)]
        candidates = same_generation or candidates
        words = name_tokens(name)
        if _surname_alone(name, words):  # "Van Der Beek" after "James Van Der Beek"
            words = words[-1:]
            candidates = [c for c in candidates if not _surname_alone(c, name_tokens(c))] or [name]
        if len(words) == 1 and self._dominant_surname(key, candidates):
            return name  # "Trump" named alone far more often than "Eric Trump": someone else
        if len(words) > 1 and words[0] not in NAME_PARTICLES:
            # "Coutinho Mota", "López Obrador": both surnames of the one named in full
            surnames = not given_name(name.split()[0]) and not is_org_name(name)
            same = _both_surnames(candidates, words) if surnames else []
            same = same or [c for c in candidates if _first_agrees(words[0], name_tokens(c)[0])]
            if not same:
                return name
            candidates = same
        if len(words) == 1 and len(candidates) > 1:
            # "Activist Judge Blocks Tollefson's Order" beside "President Graham Tollefson":
            # a headline's verb before the surname is no one's first name
            named = [c for c in candidates if not self._headline_verb(c.split()[0])]
            candidates = named or candidates
        if len(candidates) == 1:
            return candidates[0]
        if len(words) == 1:  # a bare surname: the person the article names most
            return max(candidates, key=lambda c: (self._mentions_of(c), -self.first_seen(c)))
        return candidates

    def _headline_verb(self, word: str) -> bool:
        """A capitalised word the article also writes as a lower-case verb ("Blocks" beside
        "blocked"), and no one's first name."""
        stem = word.lower().removesuffix("s")
        if len(stem) < 4 or given_name(word):
            return False
        return re.search(rf"\b{re.escape(stem)}(?:s|ed|d|ing)?\b", self.text) is not None

    def _body_opened_by(self, word: str) -> str | None:
        """ "Tessaract said" after "Tessaract Apparel Inc": the one body whose name the lone
        word opens, without its legal suffix."""
        if self.bodies_by_first_word is None:
            bodies = (
                m.name
                for m in self.mentions
                # not a headline in title case, nor "Lee campaign"
                if m.is_org
                and len(m.name.split()) <= 4
                and all(w[:1].isupper() for w in m.name.split())
                # not "Kingsmere Town Supporters’ Trust": a body of the side's supporters
                and not re.search(r"\s\S+['’]", m.name)
            )
            self.bodies_by_first_word = opened_by(bodies, lambda name: _LEGAL_SUFFIX.sub("", name))
        return only(self.bodies_by_first_word.get(word, set()))

    def by_first_name(self, name: str) -> str | None:
        """ "Baz posted" after "Baz Dunmore": a lone name that is the first name of exactly
        one person the article names in full (and the surname of nobody)."""
        words = name_tokens(name)
        if " " in name or len(words) != 1 or self.is_word(name) or words[0] in PLACES:
            return None  # "Inflation" (used in lower case too), "Britain": nobody's first name
        if name not in self.introduced_alone:
            self.introduced_alone[name] = self._introduced_alone(name)
        if self.introduced_alone[name]:
            return None  # "Margaret, a stallholder," / "a stallholder, Margaret,": by first name
        if self.first_names is None:
            self.first_names = {}
            for names in self.full_names.values():
                for full in names:
                    tokens = name_tokens(full)
                    written = full.split()
                    if len(tokens) > 1 and not any(
                        (w.isupper() and len(w) > 1) or CAMEL_CASE.match(w) for w in written
                    ):  # (not "Kalvenn AirCrisp": a brand and its product line)
                        self.first_names.setdefault(tokens[0], set()).add(full)
        fuller = only(self.first_names.get(words[0], set())) or self._nicknamed(name)
        if fuller is None and len(words[0]) >= 3 and not given_name(name, world=False):
            # "Raf, asked whether …, shrugged" after "Rafael Ostrowski": a short form of
            # the one first name it opens
            opened = [
                fulls
                for first, fulls in self.first_names.items()
                if first.startswith(words[0]) and first != words[0]
            ]
            fuller = only(set().union(*opened))
        return None if fuller and model_line(self.text, fuller) else fuller  # ("Veyra Ring 2")

    def _known_as(self, name: str) -> str | None:
        """ "Big Mo said" after 'Maurice Fenwick, the building's superintendent, known to
        tenants as "Big Mo,"': the one the article says goes by that name."""
        if not any(mark + name in self.text for mark in "“\"‘'"):
            return None
        found = re.search(
            r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?:,[^“”\"\n]{0,100}?)?,?\s+"
            r"(?:(?:better|widely|affectionately|universally)\s+)?(?:known(?:\s+to\s+[a-z]"
            r"[\w\s]{0,30}?)?\s+as|nicknamed|dubbed)\s+[“\"‘']" + re.escape(name) + r"[,.]?[”\"’']",
            self.text,
        )
        if found is None:
            return None
        full = found.group(1)
        return full if full in self.full_names.get(speaker_key(full), []) else None

    def _nicknamed(self, name: str) -> str | None:
        """ "Dozer said" after 'Skipper Lewis "Dozer" Pennock': the one the nickname names."""
        nick = re.escape(name)
        found = re.search(rf"\b([A-Z][\w'’-]+)\s+[“\"‘']{nick}[”\"’']\s+([A-Z][\w'’-]+)", self.text)
        if found is None:
            return None
        full = f"{found.group(1)} {found.group(2)}"
        return full if full in self.full_names.get(speaker_key(full), []) else None

    def _introduced_alone(self, name: str) -> bool:
        """ "Margaret, a stallholder," / "a stallholder, Margaret,": someone the article
        calls by first name only, outside the quotes ("Just sign it, Mirela," is not);
        "Mirela, who quit" only if no full name opened by it came before."""
        word = re.escape(name)
        outside = set(self.mention_starts)
        forms = (
            rf"\b(?P<a>{word})\s*,\s+(?:an?|the|\d)\b|\b(?P<noun>[a-z]+)\s*,\s+(?P<b>{word})\s*,"
        )
        # (its full name: "Lydia Quenell", or a couple's "Lydia and Bryony Quenell")
        full = re.search(rf"\b{word}\s+(?:and\s+[A-Z][\w'’-]+\s+)?[A-Z]", self.text)
        for m in re.finditer(forms, self.text):
            if m.start("b" if m.group("b") else "a") not in outside:
                continue
            if (
                m.group("b")
                and re.search(
                    r"\band\s+(?:his|her)\s+$", self.text[max(0, m.start() - 10) : m.start()]
                )
                and m.group("noun") in ("wife", "husband")
            ):
                continue  # "Roland Ashby and his wife, Bettina,": Bettina Ashby
            if m.group("b") and person_word(m.group("noun")):
                return True  # "Another stallholder, Margaret, said": by first name only
            if full is None or m.start() < full.start():
                return True  # ("Connor, 27, said" after "Connor Maitland": the same man)
        return any(
            m.start() in outside and (full is None or m.start() < full.start())
            for m in re.finditer(rf"\b{word}(?=\s*,\s+who\b)", self.text)
        )

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

    def first_seen(self, full: str) -> int:
        tokens = name_tokens(full)
        if not tokens:  # a title or suffix alone ("Jr."): never seen as a name
            return len(self.text)
        first = tokens[0]
        for start, words in self.by_key.get(speaker_key(full), ()):
            if len(words) > 1 and _first_agrees(first, words[0]):
                return start
        return len(self.text)

    def _mentions_of(self, full: str) -> int:
        tokens = name_tokens(full)
        if not tokens:  # a title or suffix alone ("Jr."): no name to count
            return 0
        first = tokens[0]
        entries = self.by_key.get(speaker_key(full), [])
        return sum(1 for _, words in entries if len(words) > 1 and _first_agrees(first, words[0]))

    def last_seen(self, full: str, pos: int) -> int:
        tokens = name_tokens(full)
        if not tokens:  # a title or suffix alone ("Jr."): never seen as a name
            return -1
        first = tokens[0]
        entries = self.by_key.get(speaker_key(full), [])
        # The latest fitting mention before pos: from the cut backwards, not from the top
        # (scanning every mention of a shared surname at every mention was quadratic).
        cut = bisect.bisect_left(entries, pos, key=lambda entry: entry[0])
        for index in range(cut - 1, -1, -1):
            start, words = entries[index]
            if len(words) == 1 or _first_agrees(first, words[0]):
                return start
        return -1

    def add_event(self, pos: int, name: str, is_org: bool | None = None) -> None:
        org = is_org_name(name) if is_org is None else is_org
        bisect.insort(self.events, (pos, name, org))

    def is_place(self, name: str) -> bool:
        """True for a lone name the article uses as a place or its demonym ("Dravian"), or a
        name a place word ends ("the Sundar Sea")."""
        lowered = name.lower()
        if " " not in name:
            return lowered in self.places or lowered in PLACES
        return lowered in PLACES or lowered.split()[-1] in PLACE_WORDS | STREET_WORDS

    def is_word(self, name: str) -> bool:
        """True for a capitalised common word ("Nevertheless") used elsewhere in lower case."""
        if " " in name:
            return False
        if name not in self.lower_words:
            self.lower_words[name] = _lower_use(self.text, name.lower())
        return self.lower_words[name]

    def surname_holder(self, word: str, pos: int) -> str | None:
        """The person named in full whose surname is `word` ("Early" for "Chris Early"),
        though the word alone reads as an adverb or a common word."""
        people = [n for n in self.full_names.get(speaker_key(word), []) if n.endswith(word)]
        return self.canonical(word, pos) if any(" " in n for n in people) else None

    def expand(self, name: str) -> str:
        """An acronym's long form when the article spells it out ("EPA"); a body's number
        when the article names it with one ("the 1912 Commission")."""
        if not (name.isupper() and 2 <= len(name) <= 6 and name.isalpha()):
            return self._numbered(name)
        if name not in self.acronyms:
            if not self.phrases:  # read the article's capitalised phrases once
                found = (m.group() for m in _CAPITAL_PHRASE.finditer(self.text))
                self.phrases = " | ".join(dict.fromkeys(found)) or " "
            long = spelled_out(self.phrases, name)
            office = re.search(rf"\b{_OFFICES}\s+of\s+(?:the\s+)?{re.escape(long)}\b", self.text)
            # "HHS" for the "Department of Health and Human Services", spelled out in full
            self.acronyms[name] = office.group() if office and long != name else long
        return self.acronyms[name]

    def _numbered(self, name: str) -> str:
        if " " in name or name.endswith("s") or not is_org_name(name):
            return name  # "19 Democrats" is a count, not a name
        if name not in self.acronyms:
            year = r"\d{4}|\d{1,2}/\d{1,2}"  # "the 1912 Commission", "the 9/11 Commission"
            numbered = re.search(rf"\b({year})\s+{re.escape(name)}\b", self.text)
            self.acronyms[name] = f"{numbered.group(1)} {name}" if numbered else name
        return self.acronyms[name]

    def clipped(self, name: str) -> str:
        """A body's clipped name ("the Met", "the Fed") in full, when the article names
        one body whose first word it begins ("the Metropolitan Police", "Federal Reserve")."""
        if not re.fullmatch(r"[A-Z][a-z]{2,3}", name):
            return name
        if name not in self.clippings:
            bodies = {
                m.name
                for m in self.mentions
                if m.is_org and m.name.split()[0].startswith(name) and m.name.split()[0] != name
            }
            self.clippings[name] = bodies.pop() if len(bodies) == 1 else name
        return self.clippings[name]

    def focus(
        self, pos: int, *, org: bool = False, pronoun: str = "", besides: str = ""
    ) -> str | None:
        """The latest salient person (or organisation) before `pos` a pronoun can mean,
        other than `besides`."""
        index = bisect.bisect_left(self.events, (pos, "", False))
        for k in range(index - 1, -1, -1):  # no slice: articles may hold thousands of events
            event_pos, name, is_org = self.events[k]
            if is_org == org and event_pos < pos and not name:
                kin = self.unnamed_pronouns.get(event_pos)
                if pronoun and kin and kin != pronoun:
                    continue  # "Her husband told …": a "she" after him is someone else
                return None  # the last one to speak was left unnamed ("a staffer said")
            voice = self.unnamed_pronouns.get(event_pos) if name else None
            if voice and pronoun in ("he", "she") and voice != pronoun:
                continue  # "A Harcourt spokeswoman said …. “…,” he says": not her body
            if is_org == org and event_pos < pos and self.agrees(name, pronoun):
                if besides and (same_person(name, besides) or name == besides.split()[0]):
                    continue  # "Dolores" when "Dolores Quenby" is the one left out
                if not org and " " not in name and name and not self.personal(name):
                    continue  # "Uvalde", "Delta": a lone word nobody calls he or she
                if pronoun in ("he", "she") and (self._a_thing(name) or self._epithet(name)):
                    continue  # "in the draughty Corn Exchange, she …": a hall is no she
                return name
        return None

    def _epithet(self, name: str) -> bool:
        """A headline's or caption's word before a given name ("Queen of Clean Kiki hits
        back", "STINKER: Smoked Brenna, now hit by a tariff"): a common word the article
        also writes in lower case, so no one's full name."""
        words = name.split()
        return (
            len(words) == 2
            and not given_name(words[0])
            and given_name(words[1])
            and self.is_word(words[0])
        )

    def _a_thing(self, name: str) -> bool:
        """A name without a first name that the article only ever writes after "the" ("the
        draughty Corn Exchange", "The Port Aubrey Courier"): a place, a paper, a thing, even
        if a "she" after it was counted for it."""
        if name in self.voiced_bodies:
            return False  # "A spokeswoman for the Space Consortium said …, she said"
        if name not in self.things:
            uses = name_uses(self.text, name)
            self.things[name] = (
                bool(uses)
                and not given_name(name.split()[0])
                and all(_THE_BEFORE.search(self.text, max(0, at - 40), at) for at in uses)
            )
        return self.things[name]

    def personal(self, name: str) -> bool:
        """A lone name that is someone: called he or she, speaking ("Lee said"), or marked as
        a person ("Berg, her rival,", "Mayor Berg") and never a place ("in Marrow")."""
        if self.evidence(name) != (0, 0) or name in self.called_by_pronoun:
            return True
        if name not in self.lower_words_speaks:
            word = re.escape(name)
            self.lower_words_speaks[name] = self.speaks(name) or (
                name in self.lone_people
                and not re.search(_PLACED + word, self.text)
                and not re.search(r"\b" + word + _BEFORE_A_ROLE, self.text)
            )
        return self.lower_words_speaks[name]

    def speaks(self, name: str) -> bool:
        """ "Lee said", "said Lee", "One engineer, Ann Lee, wrote" anywhere: each use of the
        name checked, not each verb."""
        word = re.escape(name)
        if re.search(rf"\b{word}\s+(?:{SPEECH})\b|,\s+{word},\s+(?:{SPEECH})\b", self.text):
            return True
        # "Tomas, a plumber who has worked there for 22 years, said"
        if re.search(rf"\b{word},\s+(?:an?|the)\s+[^,.;“”\"]{{1,80}},\s+(?:{SPEECH})\b", self.text):
            return True
        for use in re.finditer(rf"(?<=\s){word}\b", self.text):
            if _SPEECH_BEFORE.search(
                self.text, max(0, use.start() - 40), use.start()
            ) and not _CLAUSE_VERB_AFTER.match(self.text, use.end()):
                return True
        return False

    def body_named(self, noun: str, pos: int, reach: int = 3000) -> str | None:
        """The latest organisation before `pos` whose name holds `noun` ("the council")."""
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= pos - reach:
            m = self.mentions[i]
            words = set(m.name.lower().split())
            also = _NAME_WORDS_FOR.get(noun, frozenset())
            if m.is_org and (noun in words | {w.rstrip("s") for w in words} or also & words):
                return self.expand(m.name)
            i -= 1
        return None

    def headed_by(self, noun: str, pos: int, reach: int = 3000) -> str | None:
        """The latest name before `pos` that ends in `noun`: "the Vesk Water Utility …
        the utility said"."""
        if noun in PERSON_TITLES or noun in ROLE_NOUNS:
            return None  # "the president": a role, resolved by who holds it
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= pos - reach:
            words = self.mentions[i].name.split()
            if len(words) > 1 and words[-1].lower() in (noun, f"{noun}s", _NAME_HEADS.get(noun)):
                return self.mentions[i].name  # ("SkyHarbor Airlines' chief … the airline")
            if len(words) > 2 and words[0].lower() == noun and words[1] in ("of", "for"):
                return self.mentions[i].name  # "the Journal of Hepatology … the journal said"
            i -= 1
        return None

    def note_pronoun(self, name: str, pronoun: str, weight: int = 1) -> None:
        """Evidence of gender: the article called `name` "he" or "she" (e.g. in a cue)."""
        he, she = self.gender.get(name, (0, 0))
        self.gender[name] = (he + weight, she) if pronoun == "he" else (he, she + weight)

    def add_cue(self, pos: int, speaker: str, sentence: str) -> None:
        """Remember who spoke in a sentence, so "the statement" can find its author later."""
        self.cues.append((pos, speaker, sentence.lower()))

    def last_body_cue(self, pos: int, reach: int) -> str | None:
        """The speaker of the cue just before `pos` when it is an organisation or several
        people speaking jointly ("Ann Lee and Tom Kim"): whom a "they" goes on with."""
        before = [(at, name) for at, name, _ in self.cues if pos - reach <= at < pos]
        if not before:
            return None
        name = before[-1][1]
        # "Ravensby Runs said in a statement …": no first name, never called he or she
        return name if is_org_name(name) or " and " in name or self.unpersoned(name) else None

    def unpersoned(self, name: str) -> bool:
        """A name of several words with no first name, never called he or she ("Dalby
        Foods", "Ravensby Runs"): a body, though no word of it says so."""
        return (
            " " in name
            and not given_name(name.split()[0])
            and self.gender.get(name, (0, 0)) == (0, 0)
            and not re.search(_A_ROLE_BEFORE + re.escape(name) + r"\b", self.text)
        )

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
        hint = "" if prior else first_name_hint(name)  # weaker than a known name
        return (
            he + 2 * (prior == "he") + (hint == "he"),
            she + 2 * (prior == "she") + (hint == "she"),
        )

    def agrees(self, name: str, pronoun: str) -> bool:
        """False when the article's pronouns for `name` contradict "he"/"she", or when it
        names two ("Velmoria and Tarsanne", "Ann and Bo Lee"): they are not one person."""
        if pronoun in ("he", "she") and (" and " in name or _PLURAL_ACRONYM.fullmatch(name)):
            return False  # (nor are "MPs" or "CEOs")
        he, she = self.evidence(name)
        if (he, she) == (0, 0) and pronoun in ("he", "she"):
            return (census_gender(name) or world_gender(name)) in ("", pronoun)
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
            # "the success of Lee's message “…”": what the words are about, not who said them,
            # unless a pronoun goes on with the person ("one of Lee's pledges was her vow")
            about = (
                m.possessive
                and _OF_BEFORE.search(self.text, max(0, m.start - 40), m.start)
                and not _PERSONAL.search(self.text, m.end, end)
            )
            if (
                not m.is_org
                and not about
                and (len(name_tokens(m.name)) > 1 or speaker_key(m.name) in self.full_names)
            ):
                return self.canonical(m.name, m.start)
            i -= 1
        return None


def _both_surnames(candidates: list[str], words: list[str]) -> list[str]:
    """The full names, opening on a first name, that `words` end: "Inês Coutinho Mota"
    for "Coutinho Mota" (not "SOBBING Wren Halloway", a caption's word before a name)."""
    return [
        c
        for c in candidates
        if len(name_tokens(c)) > len(words)
        and name_tokens(c)[-len(words) :] == words
        and _opens_on_a_first_name(c.split()[0])
    ]


def _opens_on_a_first_name(word: str) -> bool:
    """ "Inês", "Catarina": a first name, or a capitalised word no title, heading in capitals
    or sentence word ("SOBBING", "Publisher", "The")."""
    if given_name(word):
        return True
    lowered = word.lower()
    if lowered in TITLE_WORDS or lowered in STOP_CAPS or lowered in JOBS_BEFORE_NAMES:
        return False
    return word[:1].isupper() and not word.isupper()


def _lower_use(text: str, word: str) -> bool:
    """True when `word` (lower case) stands alone somewhere in `text`, not in a web
    address ("@kalvenn", "kalvenn.com/recall")."""
    if not word.isalpha() or not word.islower():
        return False
    address = r"\.(?:com|org|net|co|gov|edu|io|uk|de|fr)\b"
    return re.search(rf"(?<![^\W_]|[@/]){re.escape(word)}(?![^\W_]|{address})", text) is not None


def _first_agrees(a: str, b: str) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or ((len(a) == 1 or len(b) == 1) and a[:1] == b[:1]) or a[:3] == b[:3]


def _surname_alone(name: str, words: list[str]) -> bool:
    """A surname with its particles and no first name: "Van Der Beek", "de la Cruz", "Bin
    Talok" at a sentence's start (but "Van Jones" and "Del Shannon" may be a first name and
    a surname)."""
    particles = words[:-1]
    if not particles or not all(w in NAME_PARTICLES for w in particles):
        return False
    return len(particles) > 1 or name[:1].islower() or particles[0] in _NEVER_GIVEN


# Particles no one is called by as a first name, so "Bin Talok" is a surname even capitalised.
_NEVER_GIVEN = frozenset({"bin", "binti", "ibn", "von", "dos", "das", "da", "della", "der", "den"})
