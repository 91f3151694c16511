"""Match reported speech ("X said that …") to statements another outlet quoted directly."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from desktop.core.flags import attribution_apart, speaker_key_function
from desktop.core.model import ArticleQuotes, Flag, ReportedSpeech, Statement, StatementMember
from desktop.core.normalize import STOPWORDS, match_key, stem
from desktop.core.reported_speech import tail_cue_start

MIN_SHARED = 3  # content words a paraphrase must share with the quote
MIN_PIECE_CONTENT = 6  # a quoted piece this long may be retold on its own
MIN_VERSION_CONTENT = 4  # an outlet's whole quote this long may be retold on its own
MIN_COVERAGE = 0.5  # share of the quote's content words found in the paraphrase...
UNNAMED_COVERAGE = 0.6  # ...when the sentence names nobody (a poll, "critics said")...
SAME_SPEAKER_COVERAGE = 0.3  # ...when both name the same speaker, with this many words:
SAME_SPEAKER_SHARED = 5
APART_COVERAGE = 0.8  # coverage needed when the two name different speakers...
APART_PHRASE_COVERAGE = 0.6  # ...or this much plus a phrase kept word for word
PHRASE_WORDS = 5  # ...or a phrase this long kept word for word
RETOLD_SHARE = 0.6  # a second statement may take a sentence only for words mostly its own
SCREEN_CUTOFF = 50.0  # token_set_ratio screen before the overlap test
# One named speaker: shared words rare in the story (weight: the sum of 1 / the texts
# holding each word) -- this many, this rare...
ANCHOR_SHARED = 3
ANCHOR_WEIGHT = 1.0
PAIR_WEIGHT = 1.0  # ...or two words no other text of the story has


# Words of the attribution itself: every reported sentence has them.
_REPORTING_TEXT = "said says say saying told tells tell according added adds stated asked"
_REPORTING = frozenset(_REPORTING_TEXT.split())


# Words a reported sentence quotes ("... said it was “a disgrace”") are a quote of their
# own, aligned as one; the retelling is the reporter's words around them.
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]")


_SENTENCE_END = re.compile(r"(?<=[a-z0-9])\s?[.!?]\s+(?=[A-Z])")  # also tokenised " . "


def _content(text: str) -> frozenset[str]:
    return frozenset(
        stem(w)
        for w in match_key(text).split()
        if w not in STOPWORDS and w not in _REPORTING and len(w) > 1
    )


def _same_speaker(a: str | None, b: str | None, key: Callable[[str], str]) -> bool:
    return a is not None and b is not None and key(a) == key(b)


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

    Each statement takes one paraphrase per article, or several if each names the
    statement's speaker (an outlet retells one utterance over a few sentences:
    "Fenske added that ..."). A reported sentence may retell several statements of
    one speaker (another outlet quoted the pieces of one sentence apart), never
    statements of two different speakers. A statement its article also quotes (the
    outlet retells one part and quotes another) takes it only if it keeps a phrase
    of the reference word for word, or retells most of one version in many words
    (nearly all of it, if it names someone else). The speaker the sentence names
    first, then best coverage.
    """
    result = list(statements)
    joined: dict[tuple[int, int], str | None] = {}  # reported -> its first statement's speaker
    retold: dict[tuple[int, int], frozenset[str]] = {}  # reported -> words its statements share
    taken: set[tuple[int, int]] = set()  # (statement, article slot)
    speaker_key = speaker_key_function()
    # Read once for the story: the screen and the flags ask the same question.
    apart = attribution_apart([article.text for article in articles], speaker_key)

    def rank(candidate: Candidate) -> tuple[bool, Candidate]:
        # A retelling credited to the statement's own speaker first, then coverage.
        _, _, slot, index, s = candidate
        said = articles[slot].reported[index].speaker
        return _same_speaker(said, result[s].speaker, speaker_key), candidate

    for _coverage, score, slot, index, s in sorted(
        _candidates(result, articles, apart), key=rank, reverse=True
    ):
        item = articles[slot].reported[index]
        speaker = result[s].speaker
        if (s, slot) in taken and not _same_speaker(item.speaker, speaker, speaker_key):
            continue
        said_by = speaker_key(speaker) if speaker else None
        if (slot, index) in joined and (joined[(slot, index)] != said_by or _gist(item)):
            continue
        shared = _content(_said(item)) & _statement_content(result[s], articles)
        if _retold_already(shared, retold.get((slot, index))):
            continue  # the part it retells is another statement's: a like one, not a piece
        retold[(slot, index)] = retold.get((slot, index), frozenset()) | shared
        joined.setdefault((slot, index), said_by)
        taken.add((s, slot))
        statement = result[s]
        flags: tuple[Flag, ...] = ()
        if apart(item.speaker, statement.speaker):
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


def _gist(item: ReportedSpeech) -> bool:
    """ "The ferry will run all winter, Lee said.", "According to Lee, …": a sentence
    whose cue closes or opens it retells the gist of one statement, never several."""
    return item.verb == "according" or tail_cue_start(item.text) is not None


def _retold_already(shared: frozenset[str], retold: frozenset[str] | None) -> bool:
    """A reported sentence retells several statements of one speaker only where each
    takes another part of it ("A and B" quoted apart), not the same words twice (two
    like utterances of one speaker: only the better one is retold)."""
    if not retold or not shared:
        return False
    return len(shared & retold) > RETOLD_SHARE * len(shared)


def _candidates(
    statements: Sequence[Statement],
    articles: Sequence[ArticleQuotes],
    apart: Callable[[str | None, str | None], bool],
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
    all_content = [_statement_content(s, articles) for s in statements]
    versions = [_versions(s, ref, articles) for s, ref in zip(statements, ref_content, strict=True)]
    rarity = _rarity(articles)
    by_speaker: dict[str, list[int]] = {}
    for s, statement in enumerate(statements):
        if statement.speaker:
            by_speaker.setdefault(speaker_key(statement.speaker), []).append(s)
    choices = [" ".join(sorted(words)) for words in ref_content]
    found: list[Candidate] = []
    for slot, index, item in reported:
        words = _content(_QUOTED.sub(" ", _said(item)))
        hits = process.extract(
            " ".join(sorted(words)),
            choices,
            scorer=fuzz.token_set_ratio,
            score_cutoff=SCREEN_CUTOFF,
            limit=None,
        )
        for _choice, score, s in hits:
            statement = statements[s]
            if _quoted_there(item, statement, articles[slot]) and (
                _frames_member(item, statement, articles[slot])
                or not _close_retelling(item, words, versions[s], statement, speaker_key)
            ):
                continue
            coverage = _retells(item, words, versions[s], statement, speaker_key, apart)
            if coverage is not None:
                found.append((coverage, float(score), slot, index, s))
        screened = {c[4] for c in found if c[2] == slot and c[3] == index}
        said_by = by_speaker.get(speaker_key(item.speaker), []) if item.speaker else []
        for s in said_by:
            statement = statements[s]
            if s in screened or _quoted_there(item, statement, articles[slot]):
                continue
            if _anchored(words & all_content[s], all_content[s], rarity):
                coverage = len(words & ref_content[s]) / max(1, len(ref_content[s]))
                score = fuzz.token_set_ratio(" ".join(sorted(words)), choices[s])
                found.append((coverage, score, slot, index, s))  # (below the screen's cut)
    return found


def _said(item: ReportedSpeech) -> str:
    """The words after the reporting verb: those before it name who spoke, and when
    and where ("New Jersey Gov. Chris Christie, on a trip to ..., said"), not what.
    An aside ("..., his office said, ...") keeps the whole sentence."""
    if not item.verb:
        return item.text
    if item.verb == "according":
        return item.text.split(",", 1)[-1]  # "According to Lee, the plan …"
    tail = tail_cue_start(item.text)
    if tail is not None and item.verb in item.text[tail:]:
        return item.text[:tail]  # "The plan …, Lee said on Monday."
    match = re.search(rf"\b{re.escape(item.verb)}\b", item.text)
    if match is None or item.text[match.end() :].lstrip()[:1] == ",":
        return item.text
    return item.text[match.end() :]


def _anchored(shared: frozenset[str], quoted: frozenset[str], rarity: dict[str, float]) -> bool:
    """A retelling by the statement's own speaker that shares its rare words: several
    of them, two found nowhere else in the story, or every word of a short fragment."""
    weight = math.fsum(rarity[w] for w in shared)  # (exact: the same in any set order)
    if len(shared) >= ANCHOR_SHARED:
        return weight >= ANCHOR_WEIGHT
    return len(shared) == 2 and (weight >= PAIR_WEIGHT or shared == quoted)


def _close_retelling(
    item: ReportedSpeech,
    words: frozenset[str],
    versions: Sequence[frozenset[str]],
    statement: Statement,
    speaker_key: Callable[[str], str],
) -> bool:
    """A sentence that retells one version in many of its words, most of them if it
    names the statement's speaker, nearly all otherwise: the same utterance even where
    its outlet quotes a part of it too."""
    same = _same_speaker(item.speaker, statement.speaker, speaker_key)
    needed = MIN_COVERAGE if same else APART_COVERAGE
    return any(
        len(words & v) >= SAME_SPEAKER_SHARED and len(words & v) >= needed * len(v)
        for v in versions
    )


def _quoted_there(item: ReportedSpeech, statement: Statement, article: ArticleQuotes) -> bool:
    """The article quotes the statement itself: its reported sentence is a frame of
    that quote, or another part, unless it keeps a phrase of it word for word."""
    return article.key in statement.articles and (
        _frames_member(item, statement, article)
        or not _shares_phrase(item.text, statement.reference_text)
    )


def _statement_content(statement: Statement, articles: Sequence[ArticleQuotes]) -> frozenset[str]:
    """Content words of all the statement's quotes (outlets quote different parts)."""
    by_key = {article.key: article for article in articles}
    words: set[str] = set()
    for member in statement.members:
        if member.quote is not None:
            words |= _content(by_key[member.article].quotes[member.quote].text)
    return frozenset(words)


def _versions(
    statement: Statement, reference: frozenset[str], articles: Sequence[ArticleQuotes]
) -> list[frozenset[str]]:
    """Content words of the reference and of each long enough quoted piece or sentence:
    a retelling may retell one part of an utterance an outlet quoted whole, or in pieces."""
    by_key = {article.key: article for article in articles}
    found = [reference]
    for member in statement.members:
        if member.quote is None:
            continue
        text = by_key[member.article].quotes[member.quote].text
        whole = _content(text)  # one outlet's whole quote, however short, is a version
        if len(whole) >= MIN_VERSION_CONTENT and whole not in found:
            found.append(whole)
        for part in _SENTENCE_END.split(text):
            words = _content(part)
            if len(words) >= MIN_PIECE_CONTENT and words not in found:
                found.append(words)
    return found


def _rarity(articles: Sequence[ArticleQuotes]) -> dict[str, float]:
    """1 / the number of the story's quotes and reported sentences holding each word:
    a word only one statement uses anchors a retelling, one every quote uses does not."""
    counts: dict[str, int] = {}
    for article in articles:
        for text in [q.text for q in article.quotes] + [r.text for r in article.reported]:
            for word in _content(text):
                counts[word] = counts.get(word, 0) + 1
    return {word: 1 / count for word, count in counts.items()}


def _retells(
    item: ReportedSpeech,
    words: frozenset[str],
    versions: Sequence[frozenset[str]],
    statement: Statement,
    speaker_key: Callable[[str], str],
    apart: Callable[[str | None, str | None], bool],
) -> float | None:
    """How much of the statement the reported sentence retells (the share of the
    content words of the reference, or of the quoted piece it retells best, it has);
    None if it does not retell it."""
    scored = [(len(words & v) / max(1, len(v)), len(words & v)) for v in versions]
    usable = [score for score in scored if score[1] >= MIN_SHARED]
    if not usable:
        return None
    coverage, shared = max(usable)
    reference = statement.reference_text
    if apart(item.speaker, statement.speaker):
        # Another named speaker: only a close retelling is the same statement.
        close = coverage >= APART_COVERAGE or (
            coverage >= APART_PHRASE_COVERAGE and _shares_phrase(item.text, reference)
        )
        return coverage if close else None
    # A sentence that names nobody cannot confirm the speaker: it must say more. One
    # that names the statement's speaker may retell a part of a long quote.
    needed = UNNAMED_COVERAGE if statement.speaker and not item.speaker else MIN_COVERAGE
    if coverage >= needed or _shares_phrase(item.text, reference):
        return coverage
    same_speaker = _same_speaker(item.speaker, statement.speaker, speaker_key)
    if same_speaker and shared >= SAME_SPEAKER_SHARED and coverage >= SAME_SPEAKER_COVERAGE:
        return coverage
    return None
