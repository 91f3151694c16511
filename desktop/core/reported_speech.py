"""Reported speech: sentences such as "X said that …" with no quotation marks."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from desktop.core.attribution import Attribution, cue_after, cue_before
from desktop.core.model import Quote, ReportedSpeech
from desktop.core.people import PersonIndex
from desktop.core.speech_words import REPORTING_VERBS, STANCE_VERBS
from desktop.core.subject_names import resolve_subject
from desktop.core.word_regex import alternation, word_set

# The shared reporting verbs that open a clause of what was said ("Lee argued that …"),
# and verbs of belief. Verbs of attack and praise, of asking, and those whose object is a
# thing read, posted or denied ("slammed the plan", "asked the crowd", "posted a video")
# report no words; nor do plural forms ("Democratic states argue …"), whose speakers are
# too loose to align with anyone's quote.
_NO_CLAUSE = STANCE_VERBS | word_set(
    """
    asked asks reported reports quoted cites read reads posted posts offered pressed calls
    charged charges questions questioned comments denied denies dismissed decried mocked
    interrupted say write argue contend allege insist explain warn urge predict complain
    assert maintain claim note continue conclude
    """
)
_REPORTING = "|".join(
    [
        *sorted(REPORTING_VERBS - _NO_CLAUSE | word_set("believes believed")),
        *("pointed out", "points out"),  # "Birch also pointed out that …"
    ]
)
_CLAUSE = re.compile(
    r"\b(?P<verb>"
    + alternation(_REPORTING.split("|"))
    + r")\b(?:\s+(?:reporters|him|her|them|us|me|lawmakers|"
    r"the\s+\w+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
    r"(?:\s+(?:again|repeatedly|previously|later|recently|publicly|privately|afterwards?|"
    r"yesterday|today|tonight|also|separately|[A-Z][a-z]+day))?"
    r"(?:\s+(?:on|in|at|late|earlier|last)"
    r"(?:\s+[\w'’-]+){1,3}?)?,?\s+(?:that\b|(?=(?:the|a|an|he|she|it|they|there|his|her|"
    r"their|this|these|those|we|I|no|all|only|both|such|[A-Z][a-z]+)[\s’'])"
    # "said core inflation at 3.9 per cent was …": a bare noun phrase, then its verb
    r"|(?=(?:[a-z][\w’'-]*\s+){1,2}(?:[\w.,%’'-]+\s+){0,4}?(?:was|were|is|are|had|has|"
    r"would|will|could|should|must|might|may|can)\s)"
    # "said deputies reached the scene in …": a plural noun, then its verb in the past
    r"|(?=[a-z]{3,}s\s+[a-z]{3,}ed\s+(?:the|a|an|their|his|her|its|to|in|on)\s))"
)
# "..., his office said, different states have ...": a cue in the middle of the sentence
_ASIDE = re.compile(
    r",\s+(?:he|she|they|it|(?:his|her|their|the)(?:\s+\w+){1,2}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?P<verb>said|says|added|noted|argued|explained|wrote)\s*,"
)
# "Exports will fall by a third, the ministry said on Tuesday.": the sentence's last
# clause is its cue, as wire copy retells what someone said without quotation marks.
_NOT_IN_CUE = r"[^,;:()“”\"]"
_WHEN_OR_WHERE = (  # "… said on Tuesday", "… said in a statement", "… said last week"
    r"(?:\s+(?:on|in|at|during|after|before|last|this|earlier|later|late|yesterday|today|"
    r"tonight|overnight|again|also|[A-Z][a-z]+day)\b" + _NOT_IN_CUE + r"{0,50})?"
)
_TAIL = re.compile(
    rf",\s+(?P<cue>{_NOT_IN_CUE}{{1,60}}?\s+(?:(?P<verb>said|says|added|noted|wrote|writes|"
    r"stated|explained|explains|confirmed|confirms|argued|argues|warned|warns|estimated|"
    rf"estimates){_WHEN_OR_WHERE}|(?P<told>told)\s+(?:reporters|journalists|the\s+\w+"
    rf"(?:\s+\w+)?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}){_WHEN_OR_WHERE}))[.!]?\s*$"
)
_TAIL_MAX_WORDS = 12  # the cue names its speaker and, at most, when and where
# "According to Lindqvist, the ferry will …": the source opens the sentence.
_ACCORDING_LEAD = re.compile(r"\s*According\s+to\s+(?P<cue>[^,;:“”\"]{2,80}?),\s+(?=[a-zA-Z])")

# "X urged the ministry to …", "accused Y of …", "is calling for …", "threatened to …":
# demands, charges and threats
_DEMAND = re.compile(
    r"\b(?P<verb>urged|urges|urging|accused|accuses|accusing|blamed|blames|pressed|presses|"
    r"told|tells|ordered|orders|instructed|instructs)"
    r"\s+(?:[\w'’.-]+\s+){1,6}?(?:to|of|for)\s+\w"
    r"|\b(?P<call>calls for|called for|calling for|calls on|called on|calling on|demanded|demands|"
    r"demanding|pledged|pledges|vowed|vows|promised|promises|threatened to|threatens to)\s+\w"
)
# "X asked the senator if …", "asked for the crowd to …": a question or a request retold
_ASKED = re.compile(
    r"\b(?P<verb>asked|asks|asking)\s+(?:(?:[\w'’.-]+\s+){1,6}?"
    r"(?:if|whether|why|how|what|when|to)|(?:if|whether|why|how|what|when)),?\s+\w"
)
# "X responded to the ruling on Tuesday, saying the migrants …": a reply retold in a
# participle; only after a verb of replying (after "sued", "arguing" is the plaintiffs').
_SAYING = re.compile(
    r"\b(?:responded|responds|reacted|reacts|replied|replies|hit back|fired back|pushed back|"
    # "Ochoa declined to speculate about why, saying …", "He rejected the comparison, arguing
    # that …": a stance taken in words, then the words
    r"declined|declines|refused|refuses|rejected|rejects|mocked|mocks|dismissed|dismisses|"
    r"defended|defends|criticized|criticised|criticizes|criticises|praised|praises|"
    r"lamented|laments|downplayed|downplays|brushed off|hailed|hails|welcomed|welcomes|"
    r"condemned|condemns|denounced|denounces|blasted|blasts|slammed|slams|touted|touts|"
    # "He apologized to patients …, saying …", "Stroud cut her off, saying …"
    r"thanked|thanks|apologized|apologised|apologizes|apologises|spoke|speaks|testified|"
    r"testifies|interrupted|cut\s+(?:her|him|them)\s+off|weighed\s+in|chimed\s+in)"
    r"\b[^.;:]{0,120}?,\s+(?P<verb>saying|arguing|insisting|adding|noting|contending)\s+"
    r"(?:that\b|(?=(?:the|a|an|he|she|it|they|there|his|her|their|this|we|I|no|no-one|"
    r"nobody|[A-Z][a-z]+)[\s’'])|(?=[a-z][\w’'-]*\s+(?:[\w.,%’'-]+\s+){0,3}?(?:was|were|is|"
    r"are|had|has|have|would|will|could|should|must|might|may|can)\s))"
)
# A lead-in that ends in a colon, then the speaker's words set without quotation marks.
_COLON_BLOCK = re.compile(r":\s+(?=[A-Z])")
_BLOCK_MIN_WORDS = 6
# Case-sensitive (reporting verbs are lower case) and factored: a case-blind alternation of
# this many words costs several times more.
_TRIGGER_WORDS = (
    _REPORTING + "|urg|accus|blam|press|call|demand|pledg|vow|promis|threat|ask|respon|repl|react"
    "|saying|arguing|insisting|contending"
    "|According to"
)
_TRIGGER = re.compile(r"\b" + alternation(_TRIGGER_WORDS.split("|")))
_REACH = 200  # the verb must come early: later ones belong to a clause inside the sentence
_MIN_WORDS = 6


def find_reported(
    text: str, sentences: list[tuple[int, int]], quotes: list[Quote], index: PersonIndex
) -> tuple[ReportedSpeech, ...]:
    """Every sentence outside quotation marks that reports what someone said."""
    quoted = sorted((q.start, q.end) for q in quotes if q.kind == "quote")
    # One pass over the text for the verbs, so only sentences holding one get the full patterns.
    verbs = [m.start() for m in _TRIGGER.finditer(text)]
    found: list[ReportedSpeech] = []
    qi = 0
    for start, end in sentences:
        while qi < len(quoted) and quoted[qi][1] <= start:
            qi += 1
        if qi < len(quoted) and quoted[qi][0] < end:
            continue
        vi = bisect.bisect_left(verbs, start)
        if vi == len(verbs) or verbs[vi] >= end:
            continue
        sentence = text[start:end]
        if len(sentence.split()) < _MIN_WORDS:
            continue
        found_clause = _main_clause(sentence, start, verbs)
        if found_clause is None:
            cued = _cue_at_either_end(text, start, end, index)
            if cued is not None:
                found.append(cued)
            continue
        clause_from, match = found_clause
        group = "verb" if match.group("verb") else "call"
        verb_end = clause_from + match.end(group)
        # "The NDAA, the president said, fails …": the aside's subject speaks, not the
        # sentence's.
        subject_from = clause_from + match.start() + 1 if match.re is _ASIDE else clause_from
        attribution = cue_before(text, subject_from, verb_end, index)
        if attribution is None and len(text[start:verb_end].split()) > 12:
            continue  # no subject in reach: not a report of speech
        verb = match.group(group).lower()
        # "The court ruled that …, but the justices said that …": the second clause's words
        first = clause_from if clause_from > start else start
        for part_start, part_end in _parts(text, first, end, verb_end):
            found.append(
                ReportedSpeech(
                    text=text[part_start:part_end],
                    start=part_start,
                    end=part_end,
                    speaker=attribution.speaker if attribution else None,
                    cue=attribution.cue if attribution else None,
                    verb=verb,
                )
            )
    found.extend(_set_off_blocks(text, quoted, index, {r.start for r in found}))
    found.extend(_run_in_blocks(text, sentences, quoted, index, found))
    return tuple(sorted(found, key=lambda r: r.start))


# A paragraph that ends in a lead-in naming a speaker ("… said in a statement:", "she
# posted on X:"), then the speaker's words as a paragraph of their own without marks: a
# block quote or an embedded post, flattened by the page's extraction.
_LEAD_IN_END = re.compile(
    r"\b(?P<verb>said|says|wrote|writes|posted|posts|tweeted|stated|states|added|read|reads)"
    r"\b[^.!?:\n“”\"]{0,80}:\s*$"
)
_OPENS_QUOTE = re.compile(r"\s*[\"“‘'«„]")


def _set_off_blocks(
    text: str, quoted: list[tuple[int, int]], index: PersonIndex, taken: set[int]
) -> list[ReportedSpeech]:
    """The paragraph after a lead-in that ends in a colon, when it opens without a mark:
    a paraphrase candidate credited to the lead-in's speaker."""
    found: list[ReportedSpeech] = []
    for colon in re.finditer(r":[ \t]*\n\s*\n", text):
        line_start = text.rfind("\n", 0, colon.start()) + 1
        lead = _LEAD_IN_END.search(text, line_start, colon.end())
        if lead is None:
            continue
        start = colon.end()
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        if start in taken or _OPENS_QUOTE.match(text, start):
            continue
        block = _block(text, (start, end), line_start, lead, quoted, index)
        if block is not None:
            found.append(block)
    return found


def _block(
    text: str,
    span: tuple[int, int],
    lead_start: int,
    lead: re.Match[str],
    quoted: list[tuple[int, int]],
    index: PersonIndex,
) -> ReportedSpeech | None:
    """The words of text[span] as the lead-in's speaker's, unless too short, holding a
    quotation of their own, or with no named speaker."""
    start, end = span
    block = text[start:end].strip()
    if len(block.split()) < _BLOCK_MIN_WORDS:
        return None
    if any(q_start < end and start < q_end for q_start, q_end in quoted):
        return None  # the block holds a quotation of its own
    attribution = cue_before(text, lead_start, lead.end("verb"), index)
    if attribution is None or attribution.speaker is None:
        return None
    return _credited(block, start, attribution, lead.group("verb").lower())


def _credited(words: str, start: int, attribution: Attribution, verb: str) -> ReportedSpeech:
    """The words at `start` as reported speech of the attribution's speaker."""
    return ReportedSpeech(
        text=words,
        start=start,
        end=start + len(words),
        speaker=attribution.speaker,
        cue=attribution.cue,
        verb=verb,
    )


# A lead-in ending in a colon inside a paragraph ("the report stated: It is …"), as pages
# whose paragraphs were run together print a block quote.
_RUN_IN_LEAD = re.compile(
    r"\b(?P<verb>said|says|wrote|writes|stated|states|read|reads|claim|claimed|claims)"
    r"\b[^.!?:\n“”\"]{0,120}:\s+(?=[A-Z])"
)
_RUN_IN_SENTENCES = 3
_ANY_MARK = re.compile(r"[“”\"«»]")


def _run_in_blocks(
    text: str,
    sentences: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    index: PersonIndex,
    found: list[ReportedSpeech],
) -> list[ReportedSpeech]:
    """The sentences after a run-in lead-in, up to the paragraph's end (three at most),
    when no mark opens them: a paraphrase candidate credited to the lead-in's speaker."""
    blocks: list[ReportedSpeech] = []
    for i, (s_start, s_end) in enumerate(sentences):
        lead = _RUN_IN_LEAD.search(text, s_start, s_end)
        if lead is None or any(r.start <= lead.end() < r.end for r in found):
            continue
        start = lead.end()
        end = sentences[min(i + _RUN_IN_SENTENCES - 1, len(sentences) - 1)][1]
        newline = text.find("\n", start, end)
        end = newline if newline >= 0 else end
        if _ANY_MARK.search(text, start, end):
            continue
        block = _block(text, (start, end), s_start, lead, quoted, index)
        if block is not None:
            blocks.append(block)
    return blocks


# "The bank held its rate on Thursday, and Governor Ann Lee told reporters that …": a
# second main clause, with a reporting verb of its own, after a long first one.
_SECOND_CLAUSE = re.compile(
    r"[,;]\s+(?:(?:and|but)\s+(?=[A-Z]|the\s+[a-z]+\s+(?:said|says|told|added|wrote|argued|noted)\b)"
    r"|(?:though|although)\s+(?=(?:he|she|they)\s+(?:said|added|noted|acknowledged)\b))"
)  # "…, but the justices said that …", "…, though he added he was not willing …"


def _main_clause(sentence: str, start: int, verbs: list[int]) -> tuple[int, re.Match[str]] | None:
    """Where the reporting clause starts (the sentence's start, or a second main clause
    after ", and") and its match, its verb within reach of that start."""
    for offset in [0, *(m.end() for m in _SECOND_CLAUSE.finditer(sentence))]:
        vi = bisect.bisect_left(verbs, start + offset)
        if vi == len(verbs) or verbs[vi] >= start + min(len(sentence), offset + _REACH):
            continue
        match = _clause(sentence[offset:])
        if match is not None and match.start() <= _REACH:
            # The clause holding the verb names its speaker: the last ", and" before it.
            inner = [
                b
                for b in _SECOND_CLAUSE.finditer(sentence, offset, offset + match.end())
                if b.end() <= offset + match.start()
            ]
            if inner:
                return _main_clause(sentence[inner[-1].end() :], start + inner[-1].end(), verbs)
            return start + offset, match
    return None


def _clause(sentence: str) -> re.Match[str] | None:
    """The first pattern of reported speech the sentence holds, in order of trust."""
    for pattern in (_CLAUSE, _ASIDE, _DEMAND, _ASKED, _SAYING):
        match = pattern.search(sentence)
        if match is not None:
            return match
    return None


@lru_cache(maxsize=8192)  # paraphrase matching asks again for every statement it tries
def tail_cue_start(sentence: str) -> int | None:
    """Where the cue starts in a sentence that ends in one ("…, Szabo said on Tuesday."):
    its comma; None for a sentence whose cue does not close it."""
    match = _tail(sentence)
    return match.start() if match else None


def _tail(sentence: str) -> re.Match[str] | None:
    match = _TAIL.search(sentence)
    if match is None or len(match.group("cue").split()) > _TAIL_MAX_WORDS:
        return None
    return match


def _cue_at_either_end(
    text: str, start: int, end: int, index: PersonIndex
) -> ReportedSpeech | None:
    """The sentence as a named speaker's words retold, when a cue closes it ("…, the
    ministry said on Tuesday.") or "According to X," opens it."""
    sentence = text[start:end].rstrip()
    lead = _ACCORDING_LEAD.match(sentence)
    attribution: Attribution | None
    if lead is not None:
        name = resolve_subject(lead.group("cue"), start + lead.start("cue"), index)
        attribution = Attribution(name, lead.group().strip(" ,"), "according", start)
        verb = "according"
        words = sentence[lead.end() :]
    else:
        match = _tail(sentence)
        if match is None:
            return None
        cue_at, cue_end = start + match.start(), start + len(sentence)
        attribution = cue_after(text, cue_at, cue_end, index, start)
        if attribution is not None and attribution.speaker is None:
            # "Acme Foods cut 300 jobs, the company said.": the body the sentence names
            attribution = cue_after(text, cue_at, cue_end, index, cue_at) or attribution
        verb = (match.group("verb") or match.group("told") or "said").lower()
        words = sentence[: match.start()]
    if attribution is None or attribution.speaker is None or len(words.split()) < _MIN_WORDS:
        return None
    return _credited(sentence, start, attribution, verb)


def _parts(text: str, start: int, end: int, verb_end: int) -> list[tuple[int, int]]:
    """The sentence, or its lead-in and the words after a colon ("Fenske added that …:
    Florida's program …"): set without marks, they are the speaker's words, a
    paraphrase candidate of their own."""
    colon = _COLON_BLOCK.search(text, verb_end, end)
    if colon is None or len(text[colon.end() : end].split()) < _BLOCK_MIN_WORDS:
        return [(start, end)]
    return [(start, colon.start() + 1), (colon.end(), end)]
