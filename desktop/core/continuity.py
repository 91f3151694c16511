"""Continuity: quotes of one article that are one utterance interrupted only by attribution."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from desktop.core.attribution import REPORTING_VERB
from desktop.core.mentions import WEEKDAYS
from desktop.core.model import Quote
from desktop.core.nested_quotes import nesting
from desktop.core.speakers import same_person
from desktop.core.speech_words import GOING_ON, MANNER_VERBS
from desktop.core.word_regex import word_set

MAX_GAP_WORDS = 45  # an attribution with the speaker's full title still fits
LEAD_IN_WORDS = 8  # a second sentence may only lead in to the next quote ("He added:")
THAT_TAIL_WORDS = 4  # "He added that the Legislature" + quote: the quote ends the clause


_MARKS = '"“”„‟«»‚‹›\u200b\u200c\u200d\ufeff'
# Single marks are quote marks unless they are an apostrophe ("Christie 's", "Lago’s").
_SINGLE_MARK = re.compile(r"(?<!\w)['‘’](?!s\b)|(?<=\w)['‘’](?!\w)")
# A sentence ends at a full stop before a capital, unless the word before it is an
# abbreviation ("Mr." "Sen." "Fla." "Dec."), an initial or a dotted one ("U.S.").
_SENTENCE_END = re.compile(r"(\S*)[.!?][)\]]?\s+(?=[A-Z])")
_ABBREVIATIONS = word_set(
    "mr mrs ms dr sen rep gov gen lt col sgt st jr sr prof rev hon pres atty sec dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec no vs "
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa tenn tex va vt wash wis wyo"
)
_SPACED_PUNCTUATION = re.compile(r"\s+(?=[.,:;!?)])|(?<=\()\s+")
_CONJUNCTIONS = frozenset({"and", "but", "or", "and then"})
# Verbs that take the listener as object ("told reporters", "asked the crowd").
_OBJECT_VERBS = word_set(
    "told tells telling asked asks asking urged urges reminded assured answered pressed"
)
# After a say-type verb these lead to when, where, to whom or how it was said; any
# other word begins what was said ("said the plan failed", "accused rivals of ...").
_CIRCUMSTANCE = word_set(
    "in on at to of from during before after about for with via through by while when as "
    "upon over under ahead inside outside yesterday today tonight earlier later again also "
    "then once recently previously repeatedly just late early afterwards shortly"
)
# After "he said," these start a clause of what was said.
_CLAUSE_STARTS = word_set(
    "the a an he she it they we i you there this these those his her their its our my no "
    "all some many"
)
_TIME_NOUNS = word_set("week month year morning afternoon evening night weekend")
_WHEN = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december"
)
_SUBORDINATE = word_set("as when while after before if because that which")
_POSSESSIVES = word_set("'s his her their its")
_DETERMINERS = _POSSESSIVES | {"the", "a", "an"}
# What follows a verb of manner that has an object: "reflected on", "laughed at", "cracked down"
_MANNER_OBJECTS = word_set("on about at over upon down up off open through")
_NOT_A_CREDIT = word_set("be been being is was were are not never n't didn't")
# A photo credit line: "Jane Roe/AP", "The Chronicle via AP, File", "... / Getty Images".
_PHOTO_CREDIT = re.compile(
    r"(?:\bvia|/)\s*(?:AP|AFP|Reuters|Getty Images)(?:,\s*[Ff]ile)?\s*$|\bGetty Images\s*$"
)
# The second of two attribution sentences continues the same remarks.
_CONTINUING = re.compile(rf"\b(?:{GOING_ON}|also)\b")


def utterance_runs(
    text: str, quotes: Sequence[Quote], speaker_key: Callable[[str], str]
) -> list[tuple[int, ...]]:
    """Groups (two or more) of quote indices that are one continuous utterance.

    Consecutive quotations (not fragments) of one named speaker with nothing but
    attribution between them: `"A," she said. "B."`, `"A." "B."` (one quotation set
    as two paragraphs), `"A," he said. He added: "B."`. Narration of the reporter, the
    speaker's reported content ("She said the plan ...") or another occasion between
    them makes two statements.
    """
    if not text:
        return []  # no text to read between them (a caller that only has the quotes)
    inside = {i for held in nesting(quotes).values() for i in held}
    order = sorted(
        (i for i in range(len(quotes)) if i not in inside),
        key=lambda i: (quotes[i].start, quotes[i].end),
    )
    runs: list[list[int]] = []
    previous: int | None = None
    for index in order:
        if previous is not None and _continues(text, quotes[previous], quotes[index], speaker_key):
            if runs and runs[-1][-1] == previous:
                runs[-1].append(index)
            else:
                runs.append([previous, index])
        previous = index
    return [tuple(run) for run in runs]


def _continues(text: str, a: Quote, b: Quote, speaker_key: Callable[[str], str]) -> bool:
    if a.kind != "quote" or b.kind != "quote" or a.end > b.start or b.start > len(text):
        return False
    if not a.speaker and not b.speaker:
        # "“A,” the post read. “B.”" or "… “B,” it continued": one unnamed source goes on
        # (not "“A,” said one resident. “B,” said another": each a source of its own)
        if a.cue is None or (b.cue is not None and not _same_source(a, b)):
            return False
    elif not a.speaker or not b.speaker or speaker_key(a.speaker) != speaker_key(b.speaker):
        return False
    gap = text[a.end : b.start]
    if not attribution_only(gap):
        return False
    ends = a.text.rstrip(" \"'”’")[-1:] + gap.lstrip(" \"'”’")[:1]
    closed = any(mark in ends for mark in ".!?")  # the first quotation ended its sentence
    if _introduced_on_its_own_occasion(gap, closed):
        return False
    # A split quotation's own credit stands after its first span ("“A,” X told Y, “B.”").
    first_end = b.span_list()[0][1]
    after = text[max(first_end - 1, 0) : first_end + 200]
    if not any(c.isalnum() for c in gap) and _COLON_LED.search(text, max(0, a.start - 4), a.start):
        # "prompting Lee to tell them: “A.” “B,” he said to a standing ovation": each
        # quotation has its own credit, before it and after it: two remarks
        return not _credited(after)
    return not _said_on_its_own_occasion(gap, after)


def _same_source(a: Quote, b: Quote) -> bool:
    """The second cue names the first one's unnamed source again: by a pronoun ("it
    continued"), or by the same words ("the official said … the official added")."""
    source = [_cue_source(q) for q in (a, b)]
    return source[1] == "it" or source[0] == source[1] != ""


def _cue_source(quote: Quote) -> str:
    """A cue's words without its verb: "the official" of "the official added"."""
    words = (quote.cue or "").lower().split()
    return " ".join(w for w in words if w != (quote.verb or "").lower())


_COLON_LED = re.compile(r":\s*[“\"‘']?$")


def _credited(after: str) -> bool:
    """Whether a credit of its own follows the quotation `after` starts at the end of."""
    credit = _OWN_CREDIT.search(after[:4])
    sentence = _sentences(after[credit.end() :])[:1] if credit else []
    return bool(sentence) and _attributes(sentence[0])


def _introduced_on_its_own_occasion(gap: str, closed: bool) -> bool:
    """A lead-in of the second quotation that places it elsewhere: `“A.” Oakes later told
    the Mercury: “B.”`, `… She said in an interview: “B.”`, or, after a first quotation
    that ended its sentence, `He also tweeted at the president and wrote, “B.”`."""
    lead = re.split(r"[.!?][”\"’]?\s+|[”\"]\s*", gap.strip(" “‘\"'"))[-1]
    if not lead.rstrip().endswith(":"):
        return closed and lead.rstrip().endswith(",") and _ANSWER.search(lead) is not None
    if _ANSWER.search(lead):
        return True  # "And asked about the offer, he added:": the answer to another question
    if _CONTINUING.search(lead):
        return False  # ("She later added:" goes on with the same remarks)
    return _NEW_OCCASION.search(lead[:1].lower() + lead[1:]) is not None


def _said_on_its_own_occasion(gap: str, after: str) -> bool:
    """Whether the second quotation's own credit places it on another occasion than the
    first, or as the answer to another question: `"A," she told reporters. "B," she said
    when asked about sanctions.` or `"A," he wrote on X. "B," he said later at a news
    conference.` -- two statements, though nothing but attribution stands between them."""
    credit = _OWN_CREDIT.search(after[:4])
    if credit is None or not _credited(after):
        return False
    sentence = _sentences(after[credit.end() :])[:1]
    said_before = {m.group().lower() for m in _NEW_OCCASION.finditer(gap)}
    return any(m.group().lower() not in said_before for m in _NEW_OCCASION.finditer(sentence[0]))


def attribution_only(gap: str) -> bool:
    """Whether the text between two quotations is only their attribution (or nothing)."""
    core = _SINGLE_MARK.sub(" ", gap.translate({ord(c): " " for c in _MARKS}))
    # (paragraph breaks kept: a sentence ends there even after "p.m.")
    core = "\n".join(" ".join(line.split()) for line in core.split("\n") if line.strip())
    core = _SPACED_PUNCTUATION.sub("", core)  # tokenised text: "he said . He added :"
    if not any(c.isalnum() for c in core):
        return True  # nothing, or the punctuation of the first quote's end
    if core.lower() in _CONJUNCTIONS:
        return True  # '"A" and "B"': two pieces of one sentence
    if _PHOTO_CREDIT.search(core):
        core = " ".join(_without_photo_caption(_sentences(core)))
        if not any(c.isalnum() for c in core):
            return True  # only a photo caption the page set inside the quotation
    if len(core.split()) > MAX_GAP_WORDS or _OTHER_OCCASION.search(core):
        return False  # "In Monday's address, the mayor had told the council:": another time
    if len(WEEKDAYS.intersection(re.findall(r"[a-z]+", core.lower()))) > 1:
        return False  # "she said on Monday, a promise she repeated on Wednesday:"
    sentences = _sentences(core.lstrip(" .,;:!?"))  # (the first quotation's end)
    if len(sentences) > 2 or not all(_attributes(s) for s in sentences):
        return False
    if len(sentences) == 2:
        lead_in = sentences[1]
        return len(lead_in.split()) <= LEAD_IN_WORDS and bool(_CONTINUING.search(lead_in))
    return True


# A second clause joined to the credit's: the sentence tells more than who said it.
_SECOND_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:the|a|an|he|she|it|they|we|I|this|his|her|their)\s"
)
# After "told" and its listener, a clause of its own: "told the Herald he had been …".
_TOLD_CONTENT = re.compile(
    r"\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:he|she|they|it|we|I|that)\s+[a-z]{2,}"
)
# A credit that places the next quotation on another occasion than the one before.
_OTHER_OCCASION = re.compile(
    r"\bhad\s+(?:said|told|written|added|argued|insisted|warned|declared)\b"
    r"|\b(?:earlier|previously|separately|a\s+day\s+(?:earlier|before)|the\s+day\s+before)\b"
    r"|\b(?:repeat|echo)(?:ed|ing|es|s)?\s+what\b"  # "repeating what he posted on Tuesday"
    # "Later Thursday night he posted again, in capital letters.": another post
    r"|\b(?:posted|wrote|tweeted|spoke)\s+again\b"
    r"|(?:^|[.!?]\s+)Later\s+(?:that|this|on|in|[A-Z][a-z]+day)\b"
    # "Talbot repeated the warning nearly word for word for residents farther inland"
    r"|\brepeat(?:ed|ing|s)?\s+(?:the|his|her|their|that|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:warning|message|line|call|claim|point|remarks?|pledge|promise|words|plea|vow|appeal)\b"
    r"|\b(?:was|were)\s+(?:\w+\s+)?asked\b"  # "The chair was asked about …": a question
    r"|(?:^|[.!?]\s+)(?:In|At|During)\s+(?:an?|the|his|her|their|[A-Z]\w*['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}(?:address|speech|interview|statement|letter|post|briefing|hearing|"
    r"debate|rally|conference|testimony|remarks|paper|report|study|book|memo|filing|lawsuit|"
    r"ruling|opinion|email|op-ed|column|essay|article|editorial|commentary|podcast|video|"
    r"sermon|lecture|newsletter|blog)\b"
)
# Words that make what follows the answer to a question ("asked about", "in reply to").
_QUESTIONED = (
    r"ask(?:ed|s|ing)? (?:about|whether|if|what|why|how)|when asked"  # ("interrupted to ask about")
    r"|in (?:response|reply) to|responding to"
)
# A lead-in that makes the next quotation an answer, or words put out elsewhere.
_ANSWER = re.compile(rf"\b(?:{_QUESTIONED}|tweeted|posted on)\b", re.IGNORECASE)
# A quotation that ends for its credit: `,"` `?"` `!"` (or `",` in British style); `after`
# starts with the quotation's last character.
_OWN_CREDIT = re.compile(r"[,?!]\s*[\"”’']|[\"”’']\s*,")
# What places words on an occasion of their own, or makes them the answer to a question.
_NEW_OCCASION = re.compile(
    rf"\blater\b|\b(?:{_QUESTIONED})\b|\bin an? (?:[\w-]+\s+){{0,3}}?interview\b"
    r"|\bat an? (?:[\w-]+\s+){0,2}?(?:news conference|press conference|briefing|rally|hearing)\b"
    r"|\btweeted\b|\bon (?:X|Twitter|Facebook|Instagram|TikTok)\b"
)
# A photo caption left without its credit: one sentence that ends on the day the photo
# was taken, year included ("Migrants wait at the gate in Tarn, Ostria, on May 2, 2021.").
_DATED_CAPTION = re.compile(
    r"\s*[A-Z][^“”\"«»!?]{10,300}?\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"\.?\s+\d{1,2}\s*,\s+(?:19|20)\d\d(?:\s*,\s+in\s+[A-Z][\w\s,’'-]{0,60}?)?\s*\.\s*"
)


def dated_caption(gap: str) -> bool:
    """Whether `gap` is only a photo caption dated to the day, with no reporting verb."""
    return _DATED_CAPTION.fullmatch(gap) is not None and REPORTING_VERB.search(gap) is None


def repeated_speakers(quotes: list[Quote]) -> list[Quote]:
    """A quote without a cue that repeats words quoted earlier ("“Rock solid” is what the
    board calls it") is the earlier speaker's, whoever the sentence is about."""
    seen: dict[str, str] = {}
    result = []
    for quote in quotes:
        key = " ".join(re.findall(r"\w+", quote.text.lower()))
        if quote.cue is None and key in seen and len(key.split()) >= 3:
            quote = replace(quote, speaker=seen[key])
        elif quote.speaker and key not in seen:
            seen[key] = quote.speaker
        result.append(quote)
    return result


ECHO_SIMILARITY = 90.0  # fuzz.partial_ratio of a loose echo inside the longer quote
MIN_ECHO_WORDS = 4  # "this is not peace"; three-word phrases are too often titles


def echoed_speakers(quotes: list[Quote]) -> list[Quote]:
    """A quote no cue names a speaker for (a headline's "‘This is not peace’", "envoy
    warns ‘…’") whose words another quote of the article holds: that quote's speaker,
    when every quote holding them is one person's."""
    words = [" " + " ".join(re.findall(r"\w+", q.text.lower())) + " " for q in quotes]
    result = []
    for i, quote in enumerate(quotes):
        unnamed = quote.cue is None or quote.speaker is None
        if unnamed and len(words[i].split()) >= MIN_ECHO_WORDS:
            # A quote nobody is named for may echo the words loosely ("as long as he was
            # barking" / "as long as he's barking"): a headline re-tells a body quote.
            loose = quote.speaker is None
            holders = {
                other.speaker
                for j, other in enumerate(quotes)
                if j != i and other.speaker
                and (len(words[j]) > len(words[i]) or _told_again(quote, other, words[i], words[j]))
                and (words[i] in words[j]
                     or (loose and (fuzz.partial_ratio(words[i], words[j]) >= ECHO_SIMILARITY
                                   or _trimmed_from(words[i], words[j]))))
            }  # fmt: skip
            if holders and all(same_person(a, b) for a in holders for b in holders):
                quote = replace(quote, speaker=max(holders, key=len))
        result.append(quote)
    return result


def _trimmed_from(short: str, long: str) -> bool:
    """Whether every word of `short` stands in `long` in order, within a stretch not much
    longer than `short`: a headline trims a body quote ("The door is closed, but it is
    not locked" / "The door to Sarkand is closed, but it is not locked")."""
    wanted, have = short.split(), long.split()
    for first in (k for k, word in enumerate(have) if word == wanted[0]):
        k, found = first, 0
        while k < len(have) and found < len(wanted):
            found += have[k] == wanted[found]
            k += 1
        if found == len(wanted) and k - first <= 2 * len(wanted):
            return True
    return False


def _told_again(quote: Quote, other: Quote, words: str, other_words: str) -> bool:
    """The same words again with a cue of their own: a headline's "“They shot him in front
    of his kids”" told in full in the body ("…,” his mother told reporters)."""
    return quote.speaker is None and other.cue is not None and words == other_words


def _without_photo_caption(sentences: list[str]) -> list[str]:
    """The gap's sentences less a photo caption and its credit line at the end
    ("People wait in line in Augusta on Oct. 12. The Chronicle via AP, File"): page
    furniture scraped into the text, not words of the reporter between two quotes."""
    if len(sentences) >= 2 and _PHOTO_CREDIT.search(sentences[-1]):
        return sentences[:-2]
    return sentences


def _sentences(text: str) -> list[str]:
    bounds = [0]
    for match in _SENTENCE_END.finditer(text):
        word = match.group(1).lstrip("(\"'“‘").lower()
        abbreviated = (len(word) == 1 and word.isalpha()) or "." in word or word in _ABBREVIATIONS
        if abbreviated and "\n" not in match.group():
            continue
        bounds.append(match.end(1) + 1)
    bounds.append(len(text))
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


def _attributes(sentence: str) -> bool:
    """A sentence that credits a quotation: a reporting verb, and no clause after it."""
    matches = [m for m in REPORTING_VERB.finditer(sentence) if _is_verb(sentence, m)]
    return bool(matches) and not any(_reports_content(sentence, m) for m in matches)


def _is_verb(sentence: str, match: re.Match[str]) -> bool:
    """Not a noun ("Christie's comments", "his subsequent tweets") nor a verb of a
    clause about something else ("when asked at a briefing", "as he explained")."""
    before = sentence[: match.start()].lower().replace("’", "'").split()[-3:]
    if before and before[-1] in _SUBORDINATE:
        return False
    if len(before) >= 2 and before[-2] in _SUBORDINATE:
        return False
    word = match.group(0).lower()
    if before and before[-1] in _NOT_A_CREDIT:
        return False  # "ought to be asked", "did not say"
    if word.endswith("s") and before and re.fullmatch(r"[a-z]+ed|ha[sd]|have", before[-1]):
        return False  # "The agency has faced questions about …": a verb's object, a noun
    if word.endswith("s") and before:
        owner = before[-1].endswith("'s") or before[-1] in _DETERMINERS
        if owner or (len(before) >= 2 and before[-2] in _POSSESSIVES):
            return False
        return not (_ends_sentence(sentence[match.end() :]) and _plural_noun(sentence, match))
    return True


def _ends_sentence(rest: str) -> bool:
    return not rest.strip(" .!?\"'”’")


def _plural_noun(sentence: str, match: re.Match[str]) -> bool:
    """A plural noun that ends the sentence ("… a favourite on British deli counters."),
    not the verb of a subject before it ("Varga counters.", "the company counters")."""
    before = sentence[: match.start()].split()[-2:]
    if not before:
        return False
    last = before[-1]
    subject = last[:1].isupper() or last.lower() in ("he", "she", "it", "they")
    return not (subject or (len(before) == 2 and before[0].lower() in _DETERMINERS))


def _reports_content(sentence: str, verb: re.Match[str]) -> bool:
    """The verb introduces what was said ("said the plan failed", "noting that ...",
    "accused his rivals of ...") rather than ending the credit or leading to when,
    where or how it was said."""
    rest = sentence[verb.end() :]
    tail = rest.strip(" ,;.—–-").split()
    if not tail:
        return False
    second = _SECOND_CLAUSE.search(rest)
    if second and not REPORTING_VERB.search(rest[second.end() :]):
        return True  # "… began on Tuesday, and the site will keep running …": narration
    first = tail[0].lower().strip(".,;:")
    if first == "that":
        # "He added that the Legislature “…”" leads in; "… acknowledged that inflation
        # remains a problem." ends its own sentence: what was said
        return len(tail) - 1 > THAT_TAIL_WORDS or (len(tail) > 2 and rest.rstrip()[-1:] in ".!?")
    word = verb.group(0).lower()
    if word in MANNER_VERBS and first in _MANNER_OBJECTS | _DETERMINERS:
        return True  # "Pell reflected on her years in office": narration, no credit
    if rest.lstrip()[:1] == ",":
        # "..., he said, the suit should be dismissed" goes on with what was said; a
        # participle or a relative clause after the comma is checked by its own verb.
        return first in _CLAUSE_STARTS
    if word == "according to" or rest.lstrip()[:1] in (":", "—", "–", "("):
        return False
    if first in ("this", "last", "next") and len(tail) > 1 and tail[1].lower() in _TIME_NOUNS:
        return False  # "said this week"
    if word in _OBJECT_VERBS:
        # "told reporters", but "told the Herald he had been reassured": what was said
        return _TOLD_CONTENT.match(rest) is not None or _that_clause(rest)
    if not sentence[: verb.start()].strip(" ,"):
        return False  # inverted: "said the spokesman, ..."
    if first in _CIRCUMSTANCE or first in _WHEN or first.endswith("ly"):
        return _that_clause(rest)  # "said on Tuesday that the ferry …": what was said
    return True


# "that" and the subject of a clause: "in an interview Wednesday night that the state …"
_THAT_SUBJECT = re.compile(r"\bthat\s+(?:the|a|an|he|she|it|they|we|I|you|his|her|their|its|[A-Z])")


def _that_clause(rest: str) -> bool:
    """After the verb's circumstances ("told the Courier in an interview on Tuesday"),
    a "that" clause longer than a lead-in to the next quotation: what was said."""
    found = _THAT_SUBJECT.search(rest)
    if found is None or len(rest[found.end() :].split()) < THAT_TAIL_WORDS:
        return False
    before = rest[: found.start()].split()[-1:]
    # "in a statement that he posted on his website on Monday": the statement, described
    return not (before and before[0].lower().strip(",") in _MEDIA)


_MEDIA = word_set(
    "statement letter post video message note email interview speech tweet remarks broadcast"
)
