"""Match reported speech ("X said that …") to statements another outlet quoted directly."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from desktop.core.flags import speaker_key_function
from desktop.core.model import ArticleQuotes, Flag, ReportedSpeech, Statement, StatementMember
from desktop.core.normalize import STOPWORDS, match_key

MIN_SHARED = 3  # content words a paraphrase must share with the quote
MIN_COVERAGE = 0.5  # share of the quote's content words found in the paraphrase...
APART_COVERAGE = 0.8  # coverage needed when the two name different speakers...
APART_PHRASE_COVERAGE = 0.6  # ...or this much plus a phrase kept word for word
PHRASE_WORDS = 5  # ...or a phrase this long kept word for word
SCREEN_CUTOFF = 50.0  # token_set_ratio screen before the overlap test


# Words of the attribution itself: every reported sentence has them.
_REPORTING_TEXT = "said says say saying told tells tell according added adds stated asked"
_REPORTING = frozenset(_REPORTING_TEXT.split())


def _content(text: str) -> frozenset[str]:
    return frozenset(
        _stem(w)
        for w in match_key(text).split()
        if w not in STOPWORDS and w not in _REPORTING and len(w) > 1
    )


def _stem(word: str) -> str:
    """Fold a possessive and a plain plural or third person -s ("parent's", "thinks").

    Reported speech re-inflects the quote's words ("I think" -> "he thinks").
    """
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


def _speakers_apart(a: str | None, b: str | None, key: Callable[[str], str]) -> bool:
    return a is not None and b is not None and key(a) != key(b)


def _shares_phrase(reported: str, quote: str) -> bool:
    """Reported speech often keeps a phrase of the quote word for word."""
    a, b = match_key(reported).split(), match_key(quote).split()
    for op in Indel.opcodes(a, b):
        if op.tag == "equal" and op.src_end - op.src_start >= PHRASE_WORDS:
            run = a[op.src_start : op.src_end]
            if sum(1 for w in run if w not in STOPWORDS) >= 2:
                return True
    return False


def _frames_member(item: ReportedSpeech, statement: Statement, article: ArticleQuotes) -> bool:
    """The reported sentence around one of the statement's quotes (she said it was "X").

    It is the frame of that quote, not a second retelling.
    """
    for member in statement.members:
        if member.article == article.key and member.quote is not None:
            quote = article.quotes[member.quote]
            if quote.start < item.end and item.start < quote.end:
                return True
    return False


Candidate = tuple[float, float, int, int, int]  # coverage, score, slot, reported, statement


def attach_paraphrases(
    statements: Sequence[Statement], articles: Sequence[ArticleQuotes]
) -> list[Statement]:
    """Add each matching reported-speech sentence to the statement it retells.

    A reported sentence joins at most one statement; each statement takes at most one
    paraphrase per article. A statement its article also quotes (the outlet retells
    one part and quotes another) takes it only if it keeps a phrase of the reference
    word for word. Best coverage first.
    """
    result = list(statements)
    used_reported: set[tuple[int, int]] = set()
    taken: set[tuple[int, int]] = set()  # (statement, article slot)
    speaker_key = speaker_key_function()
    for _coverage, score, slot, index, s in sorted(_candidates(result, articles), reverse=True):
        if (slot, index) in used_reported or (s, slot) in taken:
            continue
        used_reported.add((slot, index))
        taken.add((s, slot))
        item = articles[slot].reported[index]
        statement = result[s]
        flags: tuple[Flag, ...] = ()
        if (
            item.speaker
            and statement.speaker
            and speaker_key(item.speaker) != speaker_key(statement.speaker)
        ):
            flags = (Flag("different_speaker", f"attributed to {item.speaker}"),)
        member = StatementMember(
            article=articles[slot].key,
            quote=None,
            relation="paraphrase",
            similarity=round(score, 1),
            reported=index,
            flags=flags,
        )
        result[s] = replace(statement, members=(*statement.members, member))
    return result


def _candidates(
    statements: Sequence[Statement], articles: Sequence[ArticleQuotes]
) -> list[Candidate]:
    """(reported sentence, statement) pairs that pass the screen and the overlap test."""
    reported = [
        (slot, index, item)
        for slot, article in enumerate(articles)
        for index, item in enumerate(article.reported)
    ]
    if not reported or not statements:
        return []
    speaker_key = speaker_key_function()
    ref_content = [_content(s.reference_text) for s in statements]
    choices = [" ".join(sorted(words)) for words in ref_content]
    found: list[Candidate] = []
    for slot, index, item in reported:
        words = _content(item.text)
        hits = process.extract(
            " ".join(sorted(words)),
            choices,
            scorer=fuzz.token_set_ratio,
            score_cutoff=SCREEN_CUTOFF,
            limit=None,
        )
        for _choice, score, s in hits:
            if articles[slot].key in statements[s].articles and (
                _frames_member(item, statements[s], articles[slot])
                or not _shares_phrase(item.text, statements[s].reference_text)
            ):
                continue
            shared = len(words & ref_content[s])
            if shared < MIN_SHARED:
                continue
            coverage = shared / max(1, len(ref_content[s]))
            if _speakers_apart(item.speaker, statements[s].speaker, speaker_key):
                # Another named speaker: only a close retelling is the same statement.
                close = coverage >= APART_COVERAGE or (
                    coverage >= APART_PHRASE_COVERAGE
                    and _shares_phrase(item.text, statements[s].reference_text)
                )
                if close:
                    found.append((coverage, float(score), slot, index, s))
            elif coverage >= MIN_COVERAGE or _shares_phrase(
                item.text, statements[s].reference_text
            ):
                found.append((coverage, float(score), slot, index, s))
    return found
