"""Quotation-mark scanning: find quoted spans, paragraphs and sentences in article text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.first_names import FIRST_NAMES
from desktop.core.speakers import ORG_WORDS, STOP_CAPS
from desktop.core.speech_words import PLAIN_CUE_VERBS, TITLE_ABBREVIATIONS
from desktop.core.word_regex import alternation, word_set

# Opening mark -> the marks that may close it. Typographers and outlets disagree,
# so each opener accepts every closer seen in the wild for its family.
_CLOSERS: dict[str, str] = {
    "“": '”“"',
    '"': '"”“',
    "„": '“”"',
    "«": "»",
    "»": "«",  # German and Danish: »So«
    "‹": "›",
    "›": "‹",
    "‘": "’'‘",
    "'": "'’",
    "‚": "‘’'",
    "「": "」",
    "『": "』",
    "”": '”"',  # a right mark used as an opener by some outlets
}
_DOUBLE = frozenset('“”"„«»「」『』')
_OPEN_PUNCT = "([{—–-/\u00a0"
_CLOSE_PUNCT = ".,;:!?)]}—–-…/"
_MARK_CHARS = frozenset("“”\"„«»‘’'‚「」『』‹›")
_MARK_RE = re.compile("[" + re.escape("".join(sorted(_MARK_CHARS))) + "]")
# Elisions that start with an apostrophe and are never an opening mark.
_ELISION = re.compile(
    r"(?:n['’]|em\b|til\b|cause\b|tis\b|twas\b|round\b|bout\b|\d0s\b|\d\d\b|"
    r"(?:s|m|re|ve|ll|d|t)\s)",  # tokenised contractions: "I 'm", "Biden 's"
    re.I,
)
_MAX_UNCLOSED_SENTENCES = 3
_MAX_RUN_ON_CHARS = 1500  # a quotation's paragraph that runs on over a repeated mark
_CUE_VERB = alternation(sorted(PLAIN_CUE_VERBS | {"tweeted", "posted"}))
_CUE_WORD = re.compile(rf"\b(?:{_CUE_VERB})\b|[A-Z][a-z]+\s+[A-Z]")
_SPEAKING = re.compile(r"\b(?:I|we|We|our|Our|they|They|us)\b")

_ABBREVIATIONS = TITLE_ABBREVIATIONS | word_set(
    """
    inc co corp ltd no vs jan feb
    mar apr jun jul aug sept sep oct nov dec u.s u.k
    u.n e.g i.e a.m p.m d.c d-n.y r-ky etc al approx dept univ assn
    """
)
# End punctuation (with closing marks) before more text, or a run of newlines. Starting
# with one character class lets the regex engine jump to candidates quickly.
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)\n*|[.!?…]*[”\"’')\]»«›‹“‘]*(?=\s+\S))")
_SENTENCE_STARTERS = "“\"‘'(«»‹›„[—–-"
# Words that open a sentence and never follow an initial or a title: "in the U.S. The …".
_OPENERS = word_set(
    """
    the a an he she it they we i this that these those there but and or so yet in on at as
    if when while after before however meanwhile his her their its our my what who why how
    where also then now even since though although during with without for from to of by
    about despite according still instead
    """
)
# Capitalised words a letter labels rather than names a person by: "Plan B", "Class A".
_LABELS = word_set(
    "option class type vitamin section article appendix grade division tier phase category "
    "exhibit model level stage building block gate terminal route lot zone unit"
)


@dataclass(frozen=True)
class MarkedSpan:
    """One run of text between quotation marks (inner offsets, marks excluded)."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None when the closing mark is missing
    opener: str


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _left_flanking(text: str, i: int) -> bool:
    """True when the mark at i sits before a word (may open)."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if _is_space(nxt) or _ends_clause(text, i + 1):
        return False  # ('its “ best phone yet ”, and': a spaced closer before a comma)
    return _is_space(prev) or prev in _OPEN_PUNCT or prev in _MARK_CHARS


def _ends_clause(text: str, i: int) -> bool:
    """A comma, semicolon or colon at i, or a full stop, question or exclamation mark that
    ends the text or stands before a space: punctuation no quotation opens with."""
    ch = text[i : i + 1]
    return ch in (",", ";", ":") or (ch in (".", "!", "?") and _is_space(text[i + 1 : i + 2]))


def _right_flanking(text: str, i: int) -> bool:
    """True when the mark at i sits after a word (may close)."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if _is_space(prev):
        return False
    return _is_space(nxt) or nxt in _CLOSE_PUNCT or nxt in _MARK_CHARS


def _isolated(text: str, i: int) -> bool:
    """A mark with spaces on both sides, as in tokenised text: ' " The words , " he said'."""
    return _is_space(text[i - 1] if i > 0 else "") and _is_space(text[i + 1 : i + 2])


def is_unpaired_closer(text: str, i: int) -> bool:
    """A mark shaped to close a quote ('me," Lee said', "here,’ the boss said"): after a
    word, before none."""
    return text[i] in '”"»’' and _right_flanking(text, i) and not _left_flanking(text, i)


def _can_open(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in _CLOSERS:
        return False
    if ch in "'‘" and _ELISION.match(text, i + 1):
        return False
    if _isolated(text, i):
        return ch in '"“”«„' or (ch in "‘'" and _spaced_single_opens(text, i))
    if ch == "”":
        return _left_flanking(text, i) and not _right_flanking(text, i)
    if ch in "“„«「『‚‹":
        return not (_right_flanking(text, i) and not _left_flanking(text, i))
    if ch in "»›":  # reversed guillemets open only before a word: »So«, not « So »
        return _left_flanking(text, i) and not _right_flanking(text, i)
    return _left_flanking(text, i)


def _spaced_single_opens(text: str, i: int) -> bool:
    """A single mark between spaces, in tokenised text, opens when a spaced single mark
    closes it in the same sentence ("activists : ' Does n't have to end in abortion ' .",
    "It ’s like , ‘ Well , you should stay . ’"), or a few sentences on when a colon or a
    sentence end comes before it ("told the chamber : ‘ A . B ? ’"); never "the justices '
    homes", a plural's apostrophe."""
    if text[i] == "'" and re.search(r"[sS]\s*$", text[max(0, i - 3) : i]):
        return False
    closer = _SPACED_SINGLE_CLOSE[text[i]].search(text, i + 2, min(len(text), i + 600))
    if closer is None:
        return False
    between = text[i + 1 : closer.start()]
    if "\n" in between or between.count('"') % 2 or between.count("“") != between.count("”"):
        return False  # (outside any double marks, which may stand inside it in pairs)
    if re.search(r"[.!?]\s+[A-Z]", between):  # sentences: only a quotation introduced so
        return re.search(r"(?:[:.!?]|^)\s*$", text[max(0, i - 3) : i]) is not None
    return closer.start() - i < 300


_SPACED_SINGLE_CLOSE = {
    "'": re.compile(r"(?<=\s)'(?=\s|$)"),
    "‘": re.compile(r"(?<=\s)[’'](?=\s|$)"),
}
_CUE_AFTER = re.compile(rf"\s+(?:{_CUE_VERB})\b")


# A cue and its subject alone: "Giuliani said", "Rep. Ann Lee wrote", "she said".
# (not the speaker's own "I" or "we": "“We asked. We were told no,” Moreau said")
_BARE_CUE = rf"\s*(?:(?!(?:I|We)\s)(?:[A-Z][\w.’'-]*\s+){{1,6}}|(?:he|she|they)\s+)(?:{_CUE_VERB})"
# '" Giuliani said . The …', '" she said . "', '" said Ann Lee , a lawyer . …': narration
# between quotes
_NARRATION = re.compile(
    rf"{_BARE_CUE}\s*[.,:]|\s*(?:{_CUE_VERB})\s+(?:[A-Z][\w.’'-]*\s+){{1,3}}[^\"]*?[.:]\s"
)
# '"He said, 'I understand,' and …"': the speaker reports someone's words, nested in
# single marks; no narration between two quotes.
_REPORTS_WITHIN = re.compile(
    r"\s*(?:He|She|They|I|We|You)\s+(?:said|told\s+\w+|asked)\s*[,:]?\s*['‘]"
)
_ONLY_CUE = re.compile(rf"{_BARE_CUE}\s*[.,:]?\s*")


def only_a_cue(inner: str) -> bool:
    """Words between two marks that are nothing but a cue ("Rep. Ann Lee wrote."): the
    marks around them were paired the wrong way round, closing one quotation and opening
    the next."""
    return _ONLY_CUE.fullmatch(inner) is not None


_GLUED_CUE = re.compile(r"(?:said|says|asked|added|told|wrote)\b")
_CLAUSE_END = re.compile(r"[,.!?]\s+\Z")


def _can_close(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if opener in '“"' and ch in "’'" and text[i + 1 : i + 2] == ch:
        return _right_flanking(text, i + 1)  # "“… voters,’’ Moy said": a doubled apostrophe
    if ch not in _CLOSERS[opener]:
        return False
    if _isolated(text, i):
        if ch == "“" and _CUE_AFTER.match(text, i + 1) and _CLAUSE_END.search(text, i - 3, i):
            return True  # "… weapon of war , “ said Ted Lieu": a typo for ”, a cue follows
        return ch not in "“„«‘‚"  # a left-hand mark between spaces opens
    if ch == '"' and text[i - 1 : i] == " " and _ends_clause(text, i + 1):
        return True  # '" We’re not going away ": hundreds rally': a spaced mark before a colon
    if ch in '"”' and text[i - 1 : i] in (",", "!", "?") and _GLUED_CUE.match(text, i + 1):
        return True  # '"We are here to stay,"said Ana Lopez': the space after it was lost
    if (ch, opener) in (("»", "«"), ("›", "‹")):
        return True  # French sets a space inside guillemets: « Non », a-t-il dit
    if ch in "”»」』":
        return not (_left_flanking(text, i) and not _right_flanking(text, i))
    if ch == "“" and opener not in "„":
        return _right_flanking(text, i) and not _left_flanking(text, i)
    return _right_flanking(text, i)


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line-separated paragraph."""
    bounds: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            bounds.append((start, end))
    return bounds


def sentence_bounds(text: str, closing: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of every sentence; newlines always end a sentence.

    `closing` holds offsets of closing quotation marks, which stay with the sentence
    they end even when a space separates them ('missing . ” In an interview').
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group()[0] != "\n":
            mark = end + 1 if text[end : end + 1] == " " else end
            if mark in closing:
                end = mark + 1
            if not _starts_sentence(text, end):
                continue
        if match.group().startswith((".",)) and is_abbreviation(text, match.start()):
            continue
        if text[start:end].strip():
            bounds.append(_trimmed(text, start, end))
        start = end
    if text[start:].strip():
        bounds.append(_trimmed(text, start, len(text)))
    return bounds


def _starts_sentence(text: str, pos: int) -> bool:
    """True when the first word after pos could open a sentence."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    ch = text[pos : pos + 1]
    return ch.isupper() or ch.isdigit() or (ch != "" and ch in _SENTENCE_STARTERS)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an abbreviation or an initial, not a sentence."""
    word_start = dot
    spaced = text[dot - 1 : dot] == " "
    if spaced:
        word_start = dot = dot - 1  # tokenised text: "Rep . Matt Salmon"
    while (
        word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in '(“"'
    ):
        word_start -= 1
    word = text[word_start:dot].rstrip(".")
    if spaced and "." in word:
        return False  # tokenised "in the U.S . The": "U.S." keeps its own dot mid-sentence
    following = _word_after(text, dot + 1 + spaced)
    if len(word) == 1 and word.isupper():
        return is_initial(_word_before(text, word_start), word, following)
    if len(word) == 1 and word.isalpha():
        return True  # "Roe v. Wade"
    if following.lower() in _OPENERS:
        return False  # "moved to the U.S. The firm", "Acme Inc. He said"
    if "." in word and following.lower() in FIRST_NAMES:
        return False  # "held in Washington, D.C. Ana Ruiz spoke": a new sentence
    return word.lower() in _ABBREVIATIONS


def acronym_ends_sentence(text: str, dot: int) -> bool:
    """True when the dotted acronym ending at `dot` ("D.C.", "U.K.") closes its sentence
    because a first name follows ("in Washington, D.C. Ana Ruiz spoke")."""
    return _word_after(text, dot + 1).lower() in FIRST_NAMES


def is_initial(before: str, letter: str, after: str) -> bool:
    """True when `letter` followed by a full stop is a name's initial, not a sentence end.

    An initial sits between name words: "John F. Kennedy", "J. R. Smith". A letter after a
    lower-case word ("on X.") or labelling a thing ("Plan B.") ends its sentence.
    `before`/`after` are the neighbouring words ("" when there is none).
    """
    if not (len(letter) == 1 and letter.isupper()):
        return False
    if _INITIAL.fullmatch(after) or _INITIAL.fullmatch(before):
        return True  # "J. R. Smith"
    if _SHORT_ABBREVIATION.fullmatch(after):
        return True  # "(D-W. Va.)": a state's abbreviation
    if not after[:1].isupper() or after.lower() in _OPENERS:
        return False  # "on Plan X. The council", "Malcolm X. He"
    if not before:
        return True  # an initial opening the text or the paragraph: "J. Smith said"
    bare = before.rstrip(".").lower()
    if not before[:1].isupper() or before[-1:] in ",;:)":
        return False  # "voted on X. Ana Ruiz"
    return bare not in STOP_CAPS and bare not in ORG_WORDS and bare not in _LABELS


def initial_at(text: str, at: int) -> bool:
    """`is_initial` for the capital letter at `at`, followed by its full stop."""
    return is_initial(_word_before(text, at), text[at], _word_after(text, at + 2))


_INITIAL = re.compile(r"[A-Z]\.")
_SHORT_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.\)?")
_NEXT_WORD = re.compile(r"\s*(\S+)")


def _word_before(text: str, pos: int) -> str:
    """The word ending before `pos` (spaces skipped), "" at a sentence or paragraph start."""
    end = pos
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end]
    if not word or word[-1] in ".!?\"”’“'":
        return "" if not word or len(word.rstrip(".")) != 1 else word
    return word


def _word_after(text: str, pos: int) -> str:
    match = _NEXT_WORD.match(text, pos)
    return match.group(1).rstrip(",;:") if match else ""


def scan_quotes(text: str) -> list[MarkedSpan]:
    """Every top-level quoted span; nested marks stay inside their outer quote."""
    spans: list[MarkedSpan] = []
    paragraphs = paragraph_bounds(text)
    carried: tuple[int, str] | None = None  # an open quote running into the next paragraph
    for index, (p_start, p_end) in enumerate(paragraphs):
        next_start = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
        carried = _scan_paragraph(text, p_start, p_end, next_start, carried, spans)
    return spans


def _scan_paragraph(
    text: str,
    p_start: int,
    p_end: int,
    next_start: int | None,
    carried: tuple[int, str] | None,
    spans: list[MarkedSpan],
) -> tuple[int, str] | None:
    """Scan one paragraph; return the quote still open if it continues in the next one."""
    start = p_start
    repeated = carried is not None and text[start] in _CLOSERS
    if repeated and carried is not None and mark_family(text[start]) == mark_family(carried[1]):
        start += 1  # the repeated opening mark of a continued paragraph
    while True:
        result = _scan_from(text, start, p_end, next_start, carried, spans)
        if not isinstance(result, int):
            return result
        start, carried = result, None  # resynchronise after a quote lost its closing mark


def _scan_from(
    text: str,
    i: int,
    p_end: int,
    next_start: int | None,
    carried: tuple[int, str] | None,
    spans: list[MarkedSpan],
) -> tuple[int, str] | int | None:
    """Pair the marks in text[i:p_end]; an int result means: scan again from there."""
    floor = i
    open_at, opener = carried if carried else (-1, "")
    nested = ""  # opener of a quote nested inside the current one
    reopened = -1  # the last mark that reopened the open quotation's next paragraph
    while i < p_end:
        mark = _MARK_RE.search(text, i, p_end)  # jump from mark to mark
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if open_at < 0:
            if _can_open(text, i):
                open_at, opener, nested = i, ch, ""
                if text[i + 1 : i + 2] == ch:
                    i += 1  # a doubled mark (""Quote") opens once
        elif nested and _can_close(text, i, nested):
            if mark_family(nested) == mark_family(opener) and _shared_close(text, i):
                spans.append(_trimmed_span(text, open_at, i, i, opener))
                open_at = -1
            nested = ""
        elif (
            opener == '"'
            and ch == '"'
            and _NARRATION.match(text, open_at + 1, i)
            and not _REPORTS_WITHIN.match(text, open_at + 1, i)
        ):
            # '… , " Giuliani said . The recording … "': the words between two quotes; an
            # earlier mark was lost, or read the wrong way round; this mark opens the next
            _repair_pairing(text, spans, floor, open_at)
            open_at, opener, nested = i, ch, ""
        elif _can_close(text, i, opener) and not _premature_close(text, i, opener, p_end):
            # A doubled apostrophe closes as one mark: "“… the vote,’’ Vale said"
            double = int(ch in "’'" and opener in '“"' and text[i + 1 : i + 2] == ch)
            spans.append(_trimmed_span(text, open_at, i, i + double, opener))
            open_at, nested = -1, ""
            i += double
        elif not nested and _can_open(text, i) and not _after_sentence(text, i):
            nested = ch  # a quote inside the quote ('He said "no" twice')
        elif (
            ch == opener
            and open_at >= floor
            and _after_sentence(text, i)
            and _paragraph_runs_on(text, max(open_at, reopened), i)
        ):
            # "“A. “B.”": one quotation over two paragraphs whose break is lost (each
            # paragraph measured from its own opening mark: "“A. “B. B. “C.”")
            reopened = i
        elif mark_family(ch) == mark_family(opener) and _can_open(text, i):
            # A new opener after a sentence, or a second nested one: the open quote lost
            # its closing mark.
            end = _close_unclosed(text, open_at, opener, i, spans, floor, sentence_only=True)
            if floor < end < i:
                return end
            open_at, opener, nested = i, ch, ""
        i += 1
    if open_at < 0:
        return None
    if (
        next_start is not None
        and mark_family(text[next_start]) == mark_family(opener)
        and text[next_start] in _CLOSERS
    ):
        return open_at, opener
    end = _close_unclosed(text, open_at, opener, p_end, spans, floor)
    return end if floor < end < p_end else None


def _repair_pairing(text: str, spans: list[MarkedSpan], floor: int, mark: int) -> None:
    """'" A . " B . " The Times reported … " C , " Giuliani said': the straight mark after
    "A ." reopened one quotation over a lost paragraph break ("A . B ."), but was read as
    its close, so the reporter's words after it became a quote and the next quote ("C ,")
    was read as narration. When the last two quotes have that shape (the words after the
    first close are a paragraph of speech, the second quote reports), pair them again."""
    if len(spans) < 2:
        return
    first, second = spans[-2], spans[-1]
    if (
        first.open_at < floor
        or first.opener != '"'
        or second.opener != '"'
        or first.close_at is None
        or second.close_at is None
        or not _after_sentence(text, first.close_at)
        or _DOUBLE_MARK.search(text, first.close_at + 1, second.open_at)
        or _DOUBLE_MARK.search(text, second.close_at + 1, mark)
        or not _paragraph_runs_on(text, first.close_at, second.open_at)
        or not _reports(text[second.start : second.end])
    ):
        return
    spans[-2:] = [
        _trimmed_span(text, first.open_at, second.open_at, second.open_at, '"'),
        _trimmed_span(text, second.close_at, mark, mark, '"'),
    ]


_DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(_DOUBLE))) + "]")


def _reports(words: str) -> bool:
    """A reporting verb whose subject is not the speaker's own "I" or "we"."""
    return any(
        not _SPEAKER_SAYS.search(words, max(0, m.start() - 12), m.start())
        for m in _CUE_VERB_RE.finditer(words)
    )


def mark_family(ch: str) -> str:
    """A mark's family: "double" (also guillemets and corner brackets) or "single"."""
    return "double" if ch in _DOUBLE else "single"


def _after_sentence(text: str, i: int) -> bool:
    """True when the mark at i starts a new sentence (a lost paragraph break)."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] in ".!?…:"


def _premature_close(text: str, i: int, opener: str, p_end: int) -> bool:
    """An apostrophe after a plural ("the Ukrainians’ fight") inside a single-quoted quote."""
    if mark_family(opener) != "single" or i == 0 or text[i - 1] not in "sS":
        return False
    after = text[i + 1 : i + 3]
    if not (after[:1] == " " and after[1:2].islower()):
        return False
    limit = min(p_end, i + 300)
    return any(_can_close(text, j, opener) for j in range(i + 1, limit) if text[j] in "'’")


def _shared_close(text: str, i: int) -> bool:
    """One mark closing a nested and its outer quote: '“… endpoint of “equity,” tweeted X'."""
    if text[i - 1 : i] not in (",", ".", "!", "?"):
        return False
    after = text[i + 1 : i + 3]
    return after == "" or (after[:1] == " " and after[1:2].islower())


def _close_unclosed(
    text: str,
    open_at: int,
    opener: str,
    limit: int,
    spans: list[MarkedSpan],
    floor: int,
    *,
    sentence_only: bool = False,
) -> int:
    """Record a quote whose closing mark is missing, ending where it plainly ends.

    Returns where scanning should resume. A quote carried over from an earlier
    paragraph (`open_at` before `floor`) runs to `limit`.
    """
    start = open_at + 1
    end = limit
    if open_at >= floor:
        window = text[start : min(limit, start + 3000)]  # bounded: stays linear
        sentences = sentence_bounds(window)
        if len(sentences) > (1 if sentence_only else _MAX_UNCLOSED_SENTENCES):
            end = start + sentences[0][1]
        narrated = _narration_after(text, open_at, window, sentences)
        if narrated is not None:
            end = min(end, start + narrated)
        cue = _CUE_AFTER_COMMA.search(text, start, end)
        if cue:  # "‘We used to swim here every summer, said Carys Lloyd": it ends at the cue
            end = cue.start() + 1
        if sentence_only and _speech_runs_on(window, sentences):
            end = limit  # "“ A . B . C . “ D . ”": paragraphs run together, marks kept
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and (mark_family(opener) == "double" or _introduced(text, open_at, opener)):
        spans.append(_trimmed_span(text, open_at, end, None, opener))
    return max(end, open_at + 1)


def _narration_after(
    text: str, open_at: int, window: str, sentences: list[tuple[int, int]]
) -> int | None:
    """Where the reporter takes over in an open quote: “… how that’s relief. Ruiz said he
    now leaves at 5:30.": a later sentence that opens with a name the article gave before
    the quote and a reporting verb (not a pronoun: the speaker may be telling what "he
    said")."""
    for s_start, _ in sentences[1:]:
        said = _NAME_SAYS.match(window, s_start)
        if said and re.search(
            rf"\b{re.escape(said.group(1))}\b", text[max(0, open_at - 2000) : open_at]
        ):
            return s_start
    return None


_NAME_SAYS = re.compile(rf"([A-Z][\w'’-]+)\s+(?:{_CUE_VERB})\b")


# A cue right after a comma inside an open quote: the closing mark before it was lost.
_CUE_AFTER_COMMA = re.compile(
    rf",(?=\s+(?:(?:he|she|they|it)\s+(?:{_CUE_VERB})\b"
    rf"|(?:said|says)\s+(?:[A-Z]|the\s|a\s|an\s|one\s|[a-z]+-[a-z]+-[a-z]+\s)))"
)


def _paragraph_runs_on(text: str, open_at: int, i: int) -> bool:
    """An open quotation whose words up to a new opening mark are a few sentences of speech
    alone (no cue, no name), then a sentence end: the page lost the paragraph break of a
    quotation that repeats its opening mark, "“A. “B.”", so the quotation goes on."""
    if i - open_at > _MAX_RUN_ON_CHARS:
        return False  # (a few sentences at most; keeps a page of reopened marks linear)
    chunk = text[open_at + 1 : i]
    if chunk.rstrip()[-1:] not in (".", "!", "?", "…"):
        return False
    before = text[max(0, open_at - 40) : open_at].rstrip()
    if before and before[-1] not in (".", "!", "?", ":", "”", '"'):
        return False  # 'to “launder its activities. “It would …': a fragment lost its mark
    sentences = sentence_bounds(chunk)
    return (
        0 < len(sentences) <= _MAX_UNCLOSED_SENTENCES
        and not _reports(chunk)  # ("I told her that …" is the speaker's own account)
        and _NAMED_CUE.search(chunk) is None  # "…, Biden recounted in the clip."
    )


_CUE_VERB_RE = re.compile(rf"\b(?:{_CUE_VERB})\b")
_SPEAKER_SAYS = re.compile(r"\b(?:I|we|We|you|You)\s+(?:[a-z]+\s+)?$")
_NAMED_CUE = re.compile(r",\s+(?:[A-Z][\w'’-]+\s+){1,3}[a-z]+(?:ed|s)\b")


def _speech_runs_on(window: str, sentences: list[tuple[int, int]]) -> bool:
    """A quote that lost its closing mark before the next one opens, in a page whose
    paragraph breaks are gone: its few sentences up to that mark are all speech (no cue,
    no name, the speaker's "I" or "we" or "they"), so they are one paragraph of it."""
    if not 1 < len(sentences) <= _MAX_UNCLOSED_SENTENCES:
        return False
    rest = window[sentences[0][1] :]
    return _CUE_WORD.search(rest) is None and _SPEAKING.search(rest) is not None


def _introduced(text: str, open_at: int, opener: str) -> bool:
    """A British single quote that lost its closing mark, on a page that quotes in single
    marks: it follows a colon ("Moorcroft fumed: ‘If …") or opens the paragraph."""
    if opener != "‘" or not text[open_at + 1 : open_at + 2].isascii():
        return False  # Korean and Japanese attach particles to ’: their marks stay paired
    before = text[max(0, open_at - 3) : open_at].rstrip(" ")
    if not (before.endswith(":") or before[-1:] in ("", "\n")):
        return False
    doubles = text.count("“") + text.count('"')  # rare: only for a lost closing mark
    return text.count("‘") > doubles  # a page quoting in single marks


def _trimmed_span(
    text: str, open_at: int, end: int, close_at: int | None, opener: str
) -> MarkedSpan:
    start = open_at + 1
    while start < end and text[start] == text[open_at]:
        start += 1  # a doubled opening mark
    start, end = _trimmed(text, start, end)
    return MarkedSpan(start, end, open_at, close_at, opener)
