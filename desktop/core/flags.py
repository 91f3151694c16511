"""Flags a fact-checker should see on one outlet's version of a statement."""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel

from desktop.core.diff import is_word, token_key, tokenize
from desktop.core.figures import CURRENCY_WORDS, FIGURE_WORDS, compare_figures, spell_figures
from desktop.core.model import Flag, Relation, Token
from desktop.core.normalize import (
    NEGATIONS,
    STOPWORDS,
    match_key,
    name_key,
    normalize_typography,
    spelled_alike,
)
from desktop.core.reworded_words import fold_words
from desktop.core.speakers import utility

_CURRENCIES = frozenset(CURRENCY_WORDS.values()) | {"euro", "dollar", "pound"}

# Neutral reporting verbs: swapping one for another changes nothing a reader infers.
_NEUTRAL_VERB_TEXT = """
say says said saying tell tells told add adds added state states stated
write writes wrote note notes noted explain explains explained
reply replies replied response respond responds responded answer answers answered
comment comments commented remark remarks remarked continue continues continued
post posts posted tweet tweets tweeted email emails emailed text texts texted according
"""  # how it was said (in reply, online, by email), not what the outlet makes of it
_NEUTRAL_VERBS = frozenset(_NEUTRAL_VERB_TEXT.split())
_SENTENCE_END = frozenset(".!?;:")
_ELLIPSES = ("...", "[...]", "(...)")


@dataclass(frozen=True)
class Version:
    """One member's text and attribution, as flags need them."""

    text: str
    speaker: str | None
    verb: str | None
    relation: Relation | None  # None for the reference itself
    is_quote: bool = True


def speaker_key_function() -> Callable[[str], str]:
    """speakers.speaker_key when that module exists, else a spelling-tolerant name key;
    a body's whole name either way (see body_key)."""
    try:
        module = importlib.import_module("desktop.core.speakers")
    except ImportError:
        module = None
    func = getattr(module, "speaker_key", None) if module else None
    person_key = func if callable(func) else _fallback_speaker_key

    def key(name: str) -> str:
        return body_key(name) if speaks_for_body(name) else person_key(name)

    return key


@lru_cache(maxsize=65536)
def body_key(name: str) -> str:
    """A body is known by its whole name, not its last word: "White House" and
    "Republicans on the Senate and House", "Budget Office" and "the governor's office"
    are different speakers."""
    # (in any order: "Commerce Department" is the "Department of Commerce"; "Peru's
    # Foreign Ministry" the "Ministry of Foreign Affairs of Peru")
    name = re.sub(r"['’]s\b", "", name)
    # (British and American spelling as quotes are compared; without the "Affairs" that
    # "Ministry of Foreign Affairs" has and "Foreign Ministry" lacks)
    words = (spelled_alike(w) for w in name_key(name).split() if w not in _BODY_FILLER)
    return "@" + " ".join(sorted(w for w in words if w not in STOPWORDS))


_BODY_FILLER = frozenset({"affairs", "afairs"})


# Words that name a body rather than a person ("Congressional Budget Office", "Bush
# White House", "Chris Christie's office"): such a body speaks through people.
_BODY_TEXT = """
office department administration committee agency ministry council campaign party
commission court church congregation foundation union association bureau service services
house center centre institute university schools government police spokesman spokeswoman
spokesperson officials times post news today journal network coalition group organization
organisation company corporation board authority pentagon kremlin senate congress caucus
democrats republicans general staff aides team alliance federation league
"""
_BODY_WORDS = frozenset(_BODY_TEXT.split())


@lru_cache(maxsize=65536)
def speaks_for_body(name: str) -> bool:
    """Whether a speaker names a body or a group of people, not one person.

    One outlet credits the body ("the Congressional Budget Office"), another the
    person who spoke for it (its director, its spokeswoman): the two names do not
    contradict each other the way two persons' names do.
    """
    words = match_key(name).split()
    return any(w in _BODY_WORDS for w in words) or "and" in words or utility(name)


def speakers_contradict(a: str | None, b: str | None, key: Callable[[str], str]) -> bool:
    """Two named speakers who cannot have said the same words: two different persons
    or two different bodies (a person may have spoken for a body)."""
    if not a or not b or key(a) == key(b):
        return False
    return speaks_for_body(a) == speaks_for_body(b)


def attribution_apart(
    texts: Sequence[str], key: Callable[[str], str]
) -> Callable[[str | None, str | None], bool]:
    """Whether two named speakers of a story are apart: two persons or two bodies, or a
    person the story never names as speaking for the body ("Ann Lee, a spokeswoman for
    the alliance", "White House spokeswoman Ann Lee": she spoke for it)."""
    known: dict[tuple[str, str], bool] = {}

    def apart(a: str | None, b: str | None) -> bool:
        if a is None or b is None or key(a) == key(b):
            return False
        if _first_name_of(a, b) or _first_name_of(b, a):
            return False  # "Jamie's mum Susan said …" and the "Susan Rowntree" quoted
        if speaks_for_body(a) == speaks_for_body(b):
            return True
        person, body = (b, a) if speaks_for_body(a) else (a, b)
        if (person, body) not in known:
            known[(person, body)] = not any(_speaks_for(person, body, text) for text in texts)
        return known[(person, body)]

    return apart


def _first_name_of(short: str, full: str) -> bool:
    """ "Susan" is the first name of "Susan Rowntree": one person, called by it."""
    words = full.split()
    return " " not in short and len(words) >= 2 and words[0].casefold() == short.casefold()


# What an article calls a body it has named: "a spokeswoman for the utility".
_BODY_KINDS = ("company", "firm", "utility", "airline", "hospital", "university", "agency")


def _speaks_for(person: str, body: str, text: str) -> bool:
    """ "Ann Lee, a spokeswoman for the Ohio Teachers Alliance", "Lee, the alliance's
    president", "Ohio Teachers Alliance spokeswoman Ann Lee": her role at the body."""
    surname = re.escape(person.split()[-1])
    bare = re.sub(r"^[Tt]he\s+", "", body)
    head = bare.split()[-1].lower()  # "a spokeswoman for the alliance"
    heads = re.escape(head)
    if bare in text:  # "Cascade Meridian Power … Rhea Dunmore, a spokeswoman for the utility"
        heads = "|".join([heads, *_BODY_KINDS])
    name = rf"(?:{re.escape(bare)}|(?<=the\s)(?:{heads}))"
    role = r"(?:[a-z][\w-]*\s+){1,4}"
    near = (
        rf"\b{surname},\s+(?:an?\s+|the\s+)?{role}(?:of|for|at|with)\s+(?:the\s+)?{name}\b"
        rf"|\b{surname},\s+(?:the\s+)?{name}['’]s\s"
        rf"|\b{name}(?:['’]s)?\s+{role}(?:[A-Z][\w'’.-]*\s+){{0,2}}{surname}\b"
    )
    return re.search(near, text) is not None


def _fallback_speaker_key(name: str) -> str:
    # Without alias resolution the surname is the best cheap key ("Volodymyr Zelensky"
    # and "Zelenskyy" are one person far more often than two).
    parts = name_key(name).split()
    return parts[-1] if parts else ""


def statement_flags(
    versions: Sequence[Version],
    reference: int,
    *,
    statement_speaker_key: str | None,
    speaker_key: Callable[[str], str],
    spoke_for: Callable[[str], bool] | None = None,
) -> list[tuple[Flag, ...]]:
    """Flags for every version of one statement (``reference`` indexes versions).

    `spoke_for`: whether a version's speaker is the statement's speaker's body or
    spokesperson (no different speaker, then, just the other side of one voice).
    """
    unique = unique_words_by_version([v.text if v.is_quote else None for v in versions])
    ref = versions[reference]
    return [
        _flags(v, ref, unique[i], statement_speaker_key, speaker_key, spoke_for)
        for i, v in enumerate(versions)
    ]


def _flags(
    version: Version,
    reference: Version,
    unique: list[str],
    statement_speaker_key: str | None,
    speaker_key: Callable[[str], str],
    spoke_for: Callable[[str], bool] | None,
) -> tuple[Flag, ...]:
    flags: list[Flag] = []
    compared = version.relation is not None and version.is_quote  # not the reference
    if compared:
        figures = compare_figures(
            reference.text, version.text, excerpt=version.relation == "partial"
        )
        if figures.differ:
            flags.append(Flag("figures_differ", figures.describe()))
    if (
        version.speaker
        and statement_speaker_key is not None
        and speaker_key(version.speaker) != statement_speaker_key
        and not (spoke_for and spoke_for(version.speaker))
    ):
        flags.append(Flag("different_speaker", f"attributed to {version.speaker}"))
    cut = quote_cut(version.text, reference.text) if compared else ""
    if cut:
        flags.append(Flag("quote_cut", cut))
    if unique:
        flags.append(Flag("unique_words", ", ".join(unique)))
    if (
        version.relation is not None
        and version.verb
        and reference.verb
        and _verb_differs(version.verb, reference.verb)
    ):
        detail = f'"{version.verb}" instead of "{reference.verb}"'
        flags.append(Flag("different_verb", detail))
    return tuple(flags)


def quote_cut(version: str, reference: str) -> str:
    """Why version looks cut compared with reference, or "" if it does not."""
    ver_norm = normalize_typography(version)
    if any(mark in ver_norm for mark in _ELLIPSES) and not any(
        mark in normalize_typography(reference) for mark in _ELLIPSES
    ):
        return "uses an ellipsis"
    # "45,000" for "Forty-five thousand" is one word for another, not words cut
    ref_tokens, ref_words, ref_keys = _word_tokens(spell_figures(reference))
    ver_keys = _word_tokens(spell_figures(version))[2]
    if not ref_words or not ver_keys:
        return ""
    matched = [op for op in Indel.opcodes(ref_keys, ver_keys) if op.tag == "equal"]
    if not matched:
        return ""
    first = ref_words[matched[0].src_start]
    last = ref_words[matched[-1].src_end - 1]
    reasons = []
    # Words of its own in place of the reference's before the first shared word, or
    # after the last, are re-wording ("… before the storms come" for "… arrive"), not a
    # cut; fewer of them than the reference's words there still leave words out.
    leads = matched[0].dest_start >= _words_between(ref_tokens, first, backwards=True)
    trails = len(ver_keys) - matched[-1].dest_end >= _words_between(ref_tokens, last, False)
    if not leads and first > 0 and ref_tokens[first - 1].text not in _SENTENCE_END:
        reasons.append("starts mid-sentence")
    after = ref_tokens[last + 1 :]
    if (
        not trails
        and after
        and after[0].text not in _SENTENCE_END
        and any(is_word(t) for t in after)
    ):
        reasons.append("stops mid-sentence")
    return " and ".join(reasons)


def _words_between(tokens: Sequence[Token], at: int, backwards: bool) -> int:
    """Words from the token at `at` (exclusive) to its sentence's start or end."""
    step = -1 if backwards else 1
    count, i = 0, at + step
    while 0 <= i < len(tokens) and tokens[i].text not in _SENTENCE_END:
        count += is_word(tokens[i])
        i += step
    return count


@lru_cache(maxsize=4096)  # the reference is compared with every version of a statement
def _word_tokens(text: str) -> tuple[tuple[Token, ...], tuple[int, ...], tuple[str, ...]]:
    """Tokens of text, the indices of its word tokens, and their comparison keys."""
    tokens = tokenize(text)
    words = tuple(i for i, token in enumerate(tokens) if is_word(token))
    keys = tuple(token_key(tokens[i], ignore_case=True, ignore_typography=True) for i in words)
    return tokens, words, keys


def unique_words_by_version(texts: Sequence[str | None]) -> list[list[str]]:
    """Per text, content words no other text has where the others quote it too.

    ``None`` marks a member that is not a quote. A word counts only if it sits inside
    the stretch some other version also quotes: an excerpt leaving out the rest of a
    sentence does not make every word of the full version "unique". Numbers are left
    to the figures flag.
    """
    # contractions spelled out: "don't" and "we'll" are no words of their own beside "do not"
    word_lists = [_spelled(t) if t is not None else [] for t in texts]
    counts: Counter[str] = Counter()
    for word_list in word_lists:
        counts.update(set(word_list))
    result: list[list[str]] = []
    for index, words in enumerate(word_lists):
        lonely = {
            w
            for w in words
            if counts[w] == 1
            and (w not in STOPWORDS or w in NEGATIONS)  # "will not run" for "will run"
            and len(w) > 1
            and not any(ch.isdigit() for ch in w)
            and w not in FIGURE_WORDS  # "three million" for "3m": the figures flag's
            and w not in _CURRENCIES
        }
        if not lonely:  # the common case; skip the alignment
            result.append([])
            continue
        others = {tuple(w) for i, w in enumerate(word_lists) if i != index}
        covered = _covered_positions(words, others)
        unique = (w for pos, w in enumerate(words) if pos in covered and w in lonely)
        result.append(list(dict.fromkeys(unique)))
    return result


def _spelled(text: str) -> list[str]:
    return list(fold_words(tuple(match_key(spell_figures(text)).split()), figures=False))


def _covered_positions(words: list[str], others: Iterable[tuple[str, ...]]) -> set[int]:
    """Positions of words that lie between the first and last word another version shares,
    and of a word or two swapped right at either edge ("until the end of March" / "… of
    May"): there the other version has words too, where an excerpt would only stop."""
    covered: set[int] = set()
    for other in others:
        if not other or not words:
            continue
        shared = [op for op in Indel.opcodes(words, other) if op.tag == "equal"]
        if not shared:
            continue
        start, end = shared[0].src_start, shared[-1].src_end
        if 0 < start <= _EDGE_SWAP and 0 < shared[0].dest_start <= _EDGE_SWAP:
            start = 0
        tail, other_tail = len(words) - end, len(other) - shared[-1].dest_end
        if 0 < tail <= _EDGE_SWAP and 0 < other_tail <= _EDGE_SWAP:
            end = len(words)
        covered.update(range(start, end))
    return covered


_EDGE_SWAP = 2  # words at most on each side


def _verb_differs(verb: str, reference_verb: str) -> bool:
    a, b = verb.lower().strip(), reference_verb.lower().strip()
    if a == b:
        return False
    # "according to": the phrase's first word
    return not (a.split()[0] in _NEUTRAL_VERBS and b.split()[0] in _NEUTRAL_VERBS)
