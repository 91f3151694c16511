"""Whether two quotes are one utterance, and how a version relates to the reference."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from desktop.core.figures import spell_figures
from desktop.core.model import Relation
from desktop.core.normalize import NEGATIONS, STOPWORDS, comparison_keys, match_key, stem
from desktop.core.reworded_words import FIGURE, fold_words

# Tuned on the PAC gold set and the synthetic corpus (tests/eval/eval_statements.py).
VARIANT_WORDS = 0.75  # word-level similarity of two full versions with changed words
VARIANT_CONTENT = 0.6  # ...and of their content words (topic words must mostly agree)
SAME_SPEAKER_WORDS = 0.6  # one named speaker: looser word similarity...
SAME_SPEAKER_CONTENT = 0.75  # ...when the content words agree this much
STRONG_VERBATIM_WORDS = 6  # identical words from two named speakers: this many at least
STRONG_WORDS = 0.85  # word similarity that overrides two different named speakers
STRONG_CONTENT_WORDS = 5  # ...or this many content words, the same once stemmed
PARTIAL_RATIO = 90.0  # fuzz.partial_ratio for an excerpt inside a longer version
PARTIAL_COVERAGE = 0.75  # share of the excerpt's content words found in the longer one
MIN_PARTIAL_WORDS = 4  # excerpts shorter than this need the same speaker and exact words
STRONG_PARTIAL_WORDS = 7  # excerpt length that overrides two different named speakers
OVERLAP_WORDS = 8  # a shared run this long at the edges makes two excerpts one utterance
OVERLAP_SHARE = 0.5  # ...or this share of the shorter, when both start or both end alike
SENTENCE_WORDS = 6  # a shared whole sentence this long does too
REWORDED_SHARE = 0.4  # one speaker: re-worded sentences this share of the shorter quote
REWORDED_CHANGES = 3  # ...with at most this many content words added or dropped
IN_ORDER_MIN_WORDS = 8  # an excerpt this long may have words cut out of its middle...
IN_ORDER_SHARE = 0.85  # ...if this share of its words appear in the longer one, in order
ONE_EDIT_MIN_WORDS = 6  # one changed word in a quote this long still is a variant
PASSAGE_WORDS = 8  # words two re-worded excerpts share in one passage (small edits inside)
PASSAGE_GAP = 2  # ...an edit inside the passage changes at most this many words
PASSAGE_DENSITY = 0.8  # ...and this share of the passage's words on each side is shared
PASSAGE_COVERAGE = 0.8  # the passage is all but the whole shorter quote...
PASSAGE_EDGE = 2  # ...or runs to an end of each quote (but this many small words)...
PASSAGE_CONTENT = 3  # content words the passage must hold
SPEAKER_RUN_WORDS = 8  # one named speaker: a whole sentence this long of one quote...
SPEAKER_RUN_CONTENT = 3  # ...with this many content words, inside the other
TRANSLATED_WORDS = 0.55  # one speaker, two translations: word similarity at least...
TRANSLATED_MIN_WORDS = 8  # ...both this long...
TRANSLATED_LENGTHS = 0.8  # ...of like length...
TRANSLATED_SHARED = 0.5  # ...sharing this share of the shorter's content words...
TRANSLATED_EDGE = 0.25  # ...and content words in common this near each end of both
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘]?[A-Z0-9])")


@dataclass(frozen=True)
class QuoteItem:
    """One quote as alignment sees it, with its comparison keys computed once."""

    slot: int  # position of the article in the input
    quote: int
    text: str
    key: str  # match_key: lower-case words
    vkey: str  # verbatim_key
    nkey: str  # verbatim_key with name spellings folded
    words: tuple[str, ...]
    content: tuple[str, ...]
    speaker_key: str | None
    # The speaker names a body ("the Budget Office"): it may have spoken through a
    # person another outlet names, so a different name does not set the two apart.
    speaker_body: bool = False
    # A split quote ("A," she said, "B"): its spans joined by an ellipsis, because the
    # words between them were the reporter's -- possibly a cut. "" for one span.
    cut_vkey: str = ""

    @cached_property
    def sentences(self) -> frozenset[tuple[str, ...]]:
        """Words of its whole sentences (computed only when an overlap is checked)."""
        return _sentences(self.text)

    @cached_property
    def stems(self) -> tuple[str, ...]:
        """Its content words cut to their stems ("arrived" -> "arrive"), read once."""
        return tuple(stem(w) for w in self.content)

    @cached_property
    def names(self) -> frozenset[str]:
        """Capitalised words inside its sentences (names), read once."""
        return _names(self.text)

    @cached_property
    def negations(self) -> int:
        """How many times it says "not" or "never", counted once."""
        return _count_negations(self.words)

    @cached_property
    def pieces(self) -> tuple[tuple[str, ...], ...]:
        """Words of each sentence, cut edges included (computed only when needed)."""
        return tuple(tuple(match_key(part).split()) for part in _sentence_parts(self.text))

    @cached_property
    def spelled(self) -> QuoteItem | None:
        """This quote with contractions spelled out; None when it has none."""
        return self._with_words(fold_words(self.words, figures=False))

    @cached_property
    def folded(self) -> QuoteItem | None:
        """This quote with contractions spelled out and figures folded (reworded_words);
        None when that changes nothing."""
        return self._with_words(fold_words(self.words))

    def _with_words(self, words: tuple[str, ...]) -> QuoteItem | None:
        if words == self.words:
            return None
        key = " ".join(words)
        content = tuple(w for w in words if w not in STOPWORDS)
        return replace(self, key=key, vkey=key, nkey=key, words=words, content=content, cut_vkey="")

    @property
    def n_words(self) -> int:
        return len(self.words)

    @property
    def n_content(self) -> int:
        return len(self.content)


def make_item(
    slot: int,
    quote: int,
    text: str,
    speaker_key: str | None,
    spans: Sequence[str] = (),
    *,
    speaker_body: bool = False,
) -> QuoteItem | None:
    """The comparison form of one quote; None when it has no words.

    `spans`: the texts of a split quote's spans, if it has more than one.
    """
    # Matching reads "3m" as "three million"; the verbatim keys keep the wording.
    key, vkey, nkey = comparison_keys(text)
    spelled = spell_figures(text)
    if spelled != text:
        key = comparison_keys(spelled)[0]
    words = tuple(key.split())
    if not words:
        return None
    return QuoteItem(
        slot=slot,
        quote=quote,
        text=text,
        key=key,
        vkey=vkey,
        nkey=nkey,
        words=words,
        content=tuple(w for w in words if w not in STOPWORDS),
        speaker_key=speaker_key,
        speaker_body=speaker_body,
        cut_vkey=comparison_keys(" ... ".join(spans))[1] if len(spans) > 1 else "",
    )


def _sentence_parts(text: str) -> list[str]:
    return _SENTENCE_SPLIT_RE.split(text.strip())


def _sentences(text: str) -> frozenset[tuple[str, ...]]:
    """Words of each complete sentence of at least SENTENCE_WORDS words."""
    parts = _sentence_parts(text)
    if len(parts) < 2:
        return frozenset()
    # The first and last pieces may be cut mid-sentence; only closed ones count.
    closed = list(parts[1:-1])
    if parts[0][:1].isupper():
        closed.append(parts[0])
    if parts[-1].rstrip("\"'”’ ,")[-1:] in ".!?":
        closed.append(parts[-1])
    words = (tuple(match_key(p).split()) for p in closed)
    return frozenset(w for w in words if len(w) >= SENTENCE_WORDS)


def relate(a: QuoteItem, b: QuoteItem) -> tuple[Relation, float] | None:
    """Whether two quotes are the same utterance, and how; None when they are not.

    Two versions that differ only by a figure or a contraction spelled out ("A ban of
    two years …" / "A ban of eighteen months …") are the same utterance with changed
    words: at best a variant (or an excerpt), never verbatim; the flags show the figure.
    """
    found = _relate(a, b)
    if found is not None or (a.folded is None and b.folded is None) or speakers_apart(a, b):
        return found
    if a.spelled is not None or b.spelled is not None:
        found = _relate(a.spelled or a, b.spelled or b)
    folded = a.folded or a, b.folded or b
    if found is None and (FIGURE in folded[0].words or FIGURE in folded[1].words):
        # Sentences built alike differ by their figures too: with the figures folded,
        # only a figure (and its unit) may be what changed
        found = _relate(*folded) if _nearly_same_words(*folded) else None
    if found is None:
        return None
    return ("partial" if found[0] == "partial" else "variant"), found[1]


FOLDED_CHANGES = 2  # words besides figures one folded version may change (a unit: one out, one in)


def _nearly_same_words(a: QuoteItem, b: QuoteItem) -> bool:
    """The shorter folded version's words all but all in the longer, in order, and the
    longer adds no more than a word between them: a figure changed, not a sentence
    built alike ("must close the bridge because # families" / "will rebuild the bridge
    because # families")."""
    short, long = (a, b) if a.n_words <= b.n_words else (b, a)
    ops = list(Indel.opcodes(short.words, long.words))
    equal = [op for op in ops if op.tag == "equal"]
    if not equal:
        return False
    inner = range(equal[0].dest_start, equal[-1].dest_end)
    changed = sum(
        1
        for op in ops
        if op.tag != "equal"
        for k in (
            range(op.src_start, op.src_end)
            if op.tag == "delete"
            else [j for j in range(op.dest_start, op.dest_end) if j in inner]
        )
        if (short.words[k] if op.tag == "delete" else long.words[k]) != FIGURE
    )
    return changed <= FOLDED_CHANGES


def _relate(a: QuoteItem, b: QuoteItem) -> tuple[Relation, float] | None:
    """Whether two quotes are the same utterance, and how; None when they are not.

    Character scores alone overrate two sentences built alike ("We will close the
    northern bridge" / "We will close the southern ferry"), so full versions must
    also agree word by word and on their content words.
    """
    short, long = (a, b) if len(a.key) <= len(b.key) else (b, a)
    if short.n_content == 0:
        return None
    same_speaker = a.speaker_key is not None and a.speaker_key == b.speaker_key
    known_apart = speakers_apart(a, b)
    # Short stock phrases ("thank you very much") from two named people are two remarks.
    enough = short.n_words >= (STRONG_VERBATIM_WORDS if known_apart else 3)
    if same_words(a, b):
        return ("verbatim", 100.0) if enough or same_speaker else None
    if known_apart and _negation_turned(a, b):
        return None  # "You raised taxes …" / "I did not raise taxes …": a rebuttal
    if short.n_words >= 3 and _is_variant(a, b, known_apart):
        if short.n_words < long.n_words and is_excerpt(short.vkey, long.vkey):
            # A contiguous excerpt: cut, not re-worded (a piece of a split quote).
            return "partial", fuzz.partial_ratio(short.key, long.key)
        return "variant", fuzz.ratio(a.key, b.key)
    if short.n_words >= MIN_PARTIAL_WORDS and short.n_content >= 2:
        if known_apart and short.n_words < STRONG_PARTIAL_WORDS:
            return None
        if _coverage(short, long) >= PARTIAL_COVERAGE:
            partial = fuzz.partial_ratio(short.key, long.key)
            if partial >= PARTIAL_RATIO:
                return "partial", partial
        if (
            _in_order(short, long)
            or _overlaps(short, long)
            or (not known_apart and _shares_passage(short, long))
            or (same_speaker and _shares_sentence(short, long))
            or ("..." in short.vkey and is_excerpt(short.vkey, long.vkey))
        ):
            return "partial", fuzz.partial_ratio(short.key, long.key)
        if same_speaker and _reworded_sentence(short, long):
            return "variant", fuzz.ratio(short.key, long.key)
        return None
    if short.n_words >= 2 and same_speaker and f" {short.key} " in f" {long.key} ":
        return "partial", 100.0
    return None


def speakers_apart(a: QuoteItem, b: QuoteItem) -> bool:
    """Two different named persons, or two different bodies (a body and a person may
    be one source: the person spoke for it)."""
    if a.speaker_key is None or b.speaker_key is None or a.speaker_key == b.speaker_key:
        return False
    return a.speaker_body == b.speaker_body


def _is_variant(a: QuoteItem, b: QuoteItem, known_apart: bool) -> bool:
    word_sim = Indel.normalized_similarity(a.words, b.words)
    content_sim = Indel.normalized_similarity(a.content, b.content)
    same_speaker = a.speaker_key is not None and a.speaker_key == b.speaker_key
    if same_speaker and word_sim >= SAME_SPEAKER_WORDS and content_sim >= SAME_SPEAKER_CONTENT:
        return True  # one person's words in two transcriptions or translations
    if (
        same_speaker
        and word_sim >= SAME_SPEAKER_WORDS
        and _stem_similarity(a, b) >= SAME_SPEAKER_CONTENT
    ):
        return True  # "a world that did not arrive" / "a world that never arrived"
    if same_speaker and word_sim >= TRANSLATED_WORDS and _translated(a, b):
        return True
    if same_speaker and _retold_with_its_words(a, b):
        return True
    if known_apart and word_sim >= VARIANT_WORDS and _same_content_stems(a, b):
        return True  # one line given to two people, a word inflected otherwise
    if word_sim < (STRONG_WORDS if known_apart else VARIANT_WORDS):
        return False
    if content_sim >= VARIANT_CONTENT:
        return True
    # One swapped word in an otherwise identical, long enough quote ("kind" / "nice").
    shortest = min(a.n_words, b.n_words)
    return shortest >= ONE_EDIT_MIN_WORDS and Levenshtein.distance(a.words, b.words) <= 1


def _same_content_stems(a: QuoteItem, b: QuoteItem) -> bool:
    """At least STRONG_CONTENT_WORDS content words each, the same ones once stemmed."""
    if min(a.n_content, b.n_content) < STRONG_CONTENT_WORDS:
        return False
    return a.stems == b.stems


def _stem_similarity(a: QuoteItem, b: QuoteItem) -> float:
    """Content-word similarity once each word is cut to its stem ("arrive" = "arrived")."""
    return Indel.normalized_similarity(a.stems, b.stems)


RETOLD_LENGTHS = 0.6  # a reordered rendering: the shorter at least this share as long...
RETOLD_STEMS = 6  # ...content stems the two share at least...
RETOLD_SHARE = 0.5  # ...and this share of the smaller set of them


def _retold_with_its_words(a: QuoteItem, b: QuoteItem) -> bool:
    """One person's long remark in two renderings that reorder it but keep most of its
    content words ("Our friendship … is older than any tariff … A tariff can be lifted
    with one signature, but a friendship takes generations to repair" / "Our nations’
    friendship predates every tariff …; one signature can remove a tariff, but repairing
    a friendship takes generations")."""
    short, long = sorted((a, b), key=lambda item: item.n_words)
    if not _rendered_alike(short, long, RETOLD_LENGTHS):
        return False
    mine, theirs = set(short.stems), set(long.stems)
    shared = mine & theirs
    if len(shared) < RETOLD_STEMS or len(shared) < RETOLD_SHARE * min(len(mine), len(theirs)):
        return False
    if _line_said_twice(short, long):
        return False
    # Content shared from the first few to the last few of both, as in a translation
    return all(
        any(w in shared for w in stems[: max(2, round(TRANSLATED_EDGE * len(stems)))])
        and any(w in shared for w in stems[-max(2, round(TRANSLATED_EDGE * len(stems))) :])
        for stems in (short.stems, long.stems)
    )


def _translated(a: QuoteItem, b: QuoteItem) -> bool:
    """One sentence rendered twice: like length, half the content words shared, and content
    words in common from the first few to the last few of both ("Today a scar that has
    stayed raw for 80 years begins to fade" / "Today, a scar that was raw for 80 years
    starts to heal"), where two remarks that share a phrase share it at one end only."""
    short, long = sorted((a, b), key=lambda item: item.n_words)
    if not _rendered_alike(short, long, TRANSLATED_LENGTHS):
        return False
    shared = set(short.content) & set(long.content)
    if len(shared) < PASSAGE_CONTENT or len(shared) < TRANSLATED_SHARED * len(set(short.content)):
        return False
    if _line_said_twice(short, long):
        return False
    common = [
        (op.src_start, op.src_end, op.dest_start, op.dest_end)
        for op in Indel.opcodes(short.content, long.content)
        if op.tag == "equal"
    ]
    if not common:
        return False
    first, last = common[0], common[-1]
    return (
        first[0] <= TRANSLATED_EDGE * short.n_content
        and first[2] <= TRANSLATED_EDGE * long.n_content
        and last[1] >= (1 - TRANSLATED_EDGE) * short.n_content
        and last[3] >= (1 - TRANSLATED_EDGE) * long.n_content
    )


def _rendered_alike(short: QuoteItem, long: QuoteItem, lengths: float) -> bool:
    """Two renderings of one remark: both long enough, of like length, with the same "not"s
    ("we will protect …" / "we will not review …": a translation keeps a no) and the same
    names ("the dam at Islum" / "the pier at Quinul": and keeps its names)."""
    return (
        short.n_words >= TRANSLATED_MIN_WORDS
        and short.n_words >= lengths * long.n_words
        and short.negations == long.negations
        and short.names == long.names
    )


def _line_said_twice(short: QuoteItem, long: QuoteItem) -> bool:
    """A long line word for word amid other words: a line said twice, not one remark
    rendered twice."""
    return any(
        op.tag == "equal" and op.src_end - op.src_start >= OVERLAP_WORDS
        for op in Indel.opcodes(short.words, long.words)
    )


# A capitalised word inside a sentence: a name (the first word of a sentence may be any).
_INNER_NAME = re.compile(r"(?<![.!?:;]\s)(?<![“‘\"'(])(?<=\s)([A-Z][\w'’-]+)")


def _names(text: str) -> frozenset[str]:
    return frozenset(match_key(name) for name in _INNER_NAME.findall(text) if name != "I")


def _count_negations(words: Sequence[str]) -> int:
    return sum(1 for w in words if w in NEGATIONS or w.endswith("n't"))


def _negation_turned(a: QuoteItem, b: QuoteItem) -> bool:
    """Where the two differ, one says "not" and the other does not ("You raised taxes on
    every family" / "I did not raise taxes on every family"); words one version alone
    has before or after the shared ones, a cut ("… Nobody even said goodbye"), do not
    count."""
    equal = [op for op in Indel.opcodes(a.words, b.words) if op.tag == "equal"]
    if not equal:
        return False
    first, last = equal[0], equal[-1]
    regions = [(a.words[first.src_start : last.src_end], b.words[first.dest_start : last.dest_end])]
    for head_a, head_b in (
        (a.words[: first.src_start], b.words[: first.dest_start]),
        (a.words[last.src_end :], b.words[last.dest_end :]),
    ):
        if head_a and head_b:  # changed on both sides: re-worded, not cut
            regions.append((head_a, head_b))
    return sum(_count_negations(x) - _count_negations(y) for x, y in regions) != 0


def _reworded_sentence(short: QuoteItem, long: QuoteItem) -> bool:
    """A large share (REWORDED_SHARE) of the shorter quote is one sentence the longer one
    prints re-worded: one person's words, translated or transcribed twice and cut
    differently ("I believe he was tired of running." / "He didn't run. I think he was
    tired of running.")."""
    others: list[tuple[tuple[str, ...], list[str]]] | None = None
    for own in short.pieces:
        if len(own) < SENTENCE_WORDS or len(own) < REWORDED_SHARE * short.n_words:
            continue
        content = [w for w in own if w not in STOPWORDS]
        if len(content) < PASSAGE_CONTENT:
            continue
        if others is None:  # the longer quote's sentences and content words, once
            others = [(p, [w for w in p if w not in STOPWORDS]) for p in long.pieces]
        for other, other_content in others:
            if Indel.normalized_similarity(own, other) < VARIANT_WORDS:
                continue
            if Indel.normalized_similarity(content, other_content) < VARIANT_CONTENT:
                continue
            # A word or two re-translated ("believe" / "think"), not what is done and
            # where ("expand the harbour on the coast" / "close it in the capital").
            if Indel.distance(content, other_content) <= REWORDED_CHANGES:
                return True
    return False


def _in_order(short: QuoteItem, long: QuoteItem) -> bool:
    """A long excerpt whose words nearly all appear in the longer one, in order.

    Catches cuts in the middle without an ellipsis, which defeat partial_ratio. Its
    content words must all but appear too: stopwords alone line up by chance in a
    long quote.
    """
    if short.n_words < IN_ORDER_MIN_WORDS or _coverage(short, long) < IN_ORDER_SHARE:
        return False
    # Indel distance = len(a) + len(b) - 2 * (longest common subsequence).
    common = (short.n_words + long.n_words - Indel.distance(short.words, long.words)) / 2
    return common >= IN_ORDER_SHARE * short.n_words


def _overlaps(short: QuoteItem, long: QuoteItem) -> bool:
    """Two excerpts that overlap: "A. B. C." and "C. D." share C at their edges.

    The shared run must be long and reach an end of each quote (a run in the middle
    of both is more likely a stock phrase), or be a whole sentence in both.
    """
    if not short.sentences.isdisjoint(long.sentences):
        return True
    sentences = short.sentences | long.sentences
    for op in Indel.opcodes(short.words, long.words):
        run = op.src_end - op.src_start
        if op.tag != "equal" or run < SENTENCE_WORDS:
            continue
        short_edges = (op.src_start == 0, op.src_end == short.n_words)
        long_edges = (op.dest_start == 0, op.dest_end == long.n_words)
        if (short_edges[0] and long_edges[1]) or (short_edges[1] and long_edges[0]):
            # The end of one is the start of the other: a long run, or a whole
            # sentence of one of them ("A. B," / "B. C.").
            if run >= OVERLAP_WORDS or short.words[op.src_start : op.src_end] in sentences:
                return True
            continue
        # Both start (or both end) alike, then differ: a stock opening, unless an
        # ellipsis says words were left out there.
        same_edge = (short_edges[0] and long_edges[0]) or (short_edges[1] and long_edges[1])
        elided = "..." in short.vkey or "..." in long.vkey
        if run >= OVERLAP_WORDS and same_edge and elided and run >= OVERLAP_SHARE * short.n_words:
            return True
    return False


def _shares_sentence(short: QuoteItem, long: QuoteItem) -> bool:
    """A whole sentence of one, word for word inside the other: one speaker, one
    utterance.

    Two outlets cut one speech differently ("A. And B. C." / "B. D."); when one named
    person says both, a complete sentence of one that the other prints whole is the
    same passage. A shared clause that goes on differently ("we should delay the
    shelter because ..." / "... even if ...") is a stock line, and stays apart.
    """
    for own, other in ((short, long), (long, short)):
        padded = f" {' '.join(other.words)} "
        for sentence in own.sentences:
            if len(sentence) < SPEAKER_RUN_WORDS:
                continue
            if sum(1 for w in sentence if w not in STOPWORDS) < SPEAKER_RUN_CONTENT:
                continue
            if f" {' '.join(sentence)} " in padded:
                return True
    return False


def _shares_passage(short: QuoteItem, long: QuoteItem) -> bool:
    """Two versions that print one passage with small edits: one utterance.

    Outlets transcribe a speech differently ("all these" / "all of these",
    "process" / "processes") and cut it in different places. The shared passage
    must be long and dense, its content words must agree, and it must make up
    nearly the whole shorter quote, or run to an end of each (one outlet's quote
    continues where the other's stops). A shared stretch in the middle of both is
    left alone: speakers repeat their stock lines in different statements.
    """
    passage = _passage(short.words, long.words)
    if passage is None:
        return False
    s0, s1, l0, l1, shared = passage
    if (
        shared < PASSAGE_WORDS
        or shared < PASSAGE_DENSITY * (s1 - s0)
        or shared < PASSAGE_DENSITY * (l1 - l0)
        or not _content_agrees(short.words[s0:s1], long.words[l0:l1], PASSAGE_DENSITY)
    ):
        return False
    if shared >= PASSAGE_COVERAGE * short.n_words:
        return True
    # Only part of the shorter one: then the very same content words (a stock line
    # of a speaker varies a name or a number, and that makes it another statement).
    if not _content_agrees(short.words[s0:s1], long.words[l0:l1], 1.0):
        return False
    starts = (_loose(short.words[:s0]), _loose(long.words[:l0]))
    ends = (_loose(short.words[s1:]), _loose(long.words[l1:]))
    return (starts[0] and ends[1]) or (starts[1] and ends[0])


def _loose(words: Sequence[str]) -> bool:
    """Words left beyond the end of a passage that do not count: a few small words
    ("So the easy way out" / "The easy way out")."""
    return len(words) <= PASSAGE_EDGE and all(w in STOPWORDS for w in words)


def _content_agrees(a: Sequence[str], b: Sequence[str], share: float) -> bool:
    """The two spans of a passage name the same things: the words changed inside it
    are small words or re-inflections ("process" / "processes"), not the place, the
    number or the verb -- the words that make two sentences built alike differ."""
    stems_a = {stem(w) for w in a if w not in STOPWORDS}
    stems_b = {stem(w) for w in b if w not in STOPWORDS}
    shared = len(stems_a & stems_b)
    if shared < PASSAGE_CONTENT:
        return False
    return shared >= share * max(len(stems_a), len(stems_b))


def _passage(a: Sequence[str], b: Sequence[str]) -> tuple[int, int, int, int, int] | None:
    """The longest chain of equal runs with small gaps: (a_start, a_end, b_start, b_end,
    shared words), or None when nothing is shared."""
    best: tuple[int, int, int, int, int] | None = None
    chain: tuple[int, int, int, int, int] | None = None
    for op in Indel.opcodes(a, b):
        if op.tag != "equal":
            continue
        run = op.src_end - op.src_start
        if (
            chain is not None
            and op.src_start - chain[1] <= PASSAGE_GAP
            and op.dest_start - chain[3] <= PASSAGE_GAP
        ):
            chain = (chain[0], op.src_end, chain[2], op.dest_end, chain[4] + run)
        else:
            chain = (op.src_start, op.src_end, op.dest_start, op.dest_end, run)
        if best is None or chain[4] > best[4]:
            best = chain
    return best


def _coverage(short: QuoteItem, long: QuoteItem) -> float:
    """Share of the shorter quote's content words that the longer one contains."""
    have = set(long.content)
    return sum(1 for w in short.content if w in have) / max(1, short.n_content)


def same_words(a: QuoteItem, b: QuoteItem) -> bool:
    """Verbatim: equal once typography, case and name spellings are normalised."""
    return a.vkey == b.vkey or a.nkey == b.nkey


def member_relation(
    item: QuoteItem, reference: QuoteItem, is_reference: bool
) -> tuple[Relation, float]:
    """Verbatim, an excerpt of the reference (partial), or anything else (variant)."""
    if is_reference or same_words(item, reference):
        return "verbatim", 100.0
    if item.n_words < reference.n_words and (
        is_excerpt(item.vkey, reference.vkey)
        or (item.cut_vkey and is_excerpt(item.cut_vkey, reference.vkey))
    ):
        # An excerpt; for a split quote each span may be its own excerpt, in order.
        return "partial", fuzz.partial_ratio(item.key, reference.key)
    # A variant, or neither inside the other (two overlapping excerpts, or re-worded): the
    # gold policy's "variant" -- "partial" is only for one version inside the other. Scored
    # on the words as printed: "€840m" for "€840 million" is a change, however small, so no
    # variant shows 100.
    return "variant", fuzz.ratio(item.vkey, reference.vkey)


def is_excerpt(part: str, whole: str) -> bool:
    """True if part is a contiguous excerpt of whole (both verbatim keys).

    An ellipsis in part marks an announced cut: each piece between ellipses must
    appear unchanged and in order. A silent cut in the middle is a variant.
    """
    pieces = [p.strip() for p in part.split("...") if p.strip()]
    padded = f" {whole} "
    position = 0
    for piece in pieces:
        found = padded.find(f" {piece} ", position)
        if found < 0:
            return False
        position = found + len(piece) + 1
    return bool(pieces)
