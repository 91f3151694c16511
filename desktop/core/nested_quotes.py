"""Quotes inside quotes: another person's words that a quoted speaker repeats.

"Did Lee just admit it? ‘I never read the plan,’" tweeted the party: Lee's words sit
inside the party's quote. Another outlet may print Lee's words as a quote of its own,
so they are a quotation of their own here too, with the outer quote kept whole.

Only the plain cases are taken, so a scare quote or a quoted title inside a quote does
not become somebody's words:
- a clause or sentence (not a few words woven into the speaker's sentence), unless a
  cue inside the quote names who used the words ("the agency called its own figure
  ‘highly uncertain’");
- never the speaker's own words ("I keep telling them, ‘…’", "I said, ‘…’"), which the
  gold policy (and a reader) leave inside the quote.
The cue, when the quote holds one, is read with the article's own attribution rules,
bounded by the sentence of the outer quote that holds the inner one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from desktop.core.attribution import Attribution, cue_after, cue_before
from desktop.core.mentions import find_mentions
from desktop.core.model import Quote
from desktop.core.people import PersonIndex
from desktop.core.quote_kinds import is_naming, quote_kind
from desktop.core.quote_marks import MarkedSpan, mark_family, scan_quotes, sentence_bounds
from desktop.core.roles import by_role
from desktop.core.speakers import TITLE_WORDS, same_person

# The speaker of the outer quote says or thinks the words: "I keep telling them, ‘…’",
# "we asked, ‘…’", "my first reaction was, ‘…’": not another person's quoted words.
_OWN_WORDS = re.compile(
    r"(?i)\b(?:I|we|I['’](?:ve|d|ll|m)|we['’](?:ve|d|ll|re))\b[^.!?;]{0,60}?\b"
    r"(?:say|says|said|saying|tell|told|telling|ask|asked|asking|write|wrote|writing|"
    r"reply|replied|answer|answered|shout|shouted|yell|yelled|think|thought|"
    r"respond|responded|warn|warned)\b[^.!?;]{0,40}$"
    r"|\b(?:my|our)\s+(?:\w+\s+)?(?:reaction|response|thought|answer|reply|message)\s+"
    r"(?:was|is)\b[^.!?;]{0,20}$"
)
# The last speaker before the mark is someone else: "When I asked him why, he wrote back,
# ‘…’": his words, though "I asked" comes first.
_OTHER_SAYS = re.compile(
    r"(?i)\b(?:he|she|they)\s+(?:[a-z]+\s+)?(?:said|says|wrote|replied|answered|told\s+me|"
    r"texted|shouted|yelled|responded|asked)\b(?:\s+(?:back|me|us|to\s+me))?[,:]?\s*$"
)
# "So you say, ‘…’": anyone in the speaker's place, in the present tense
_YOU_SAY = re.compile(r"(?i)\b(?:so\s+)?you\s+(?:say|tell\s+(?:them|people|everyone))\s*[,:]?\s*$")
_REACH = 600  # characters before a quote where a pronoun inside it finds its person
_CONTEXT = 300  # characters of the quote's sentence read around an inner quote
_MAX_INNER = 12  # more quotes than this inside one quote are a list, not people's words
_SPOKEN = re.compile(
    r"(?i)\b(?:say|says|said|ask|asks|asked|asking|hear|heard|tell|tells|told|shout|shouted|"
    r"shouting|yell|yelled|write|wrote|reply|replied|answer|answered)\b[^.!?;“”‘’]{0,30}[,:]?\s*$"
)
_THIRD_PERSON = re.compile(r"(?i)(?:(?:and|but|so|then)\s+)?(he|she)\b")
_FIRST_PERSON_CUE = re.compile(r"(?i)^(?:and\s+|but\s+|so\s+)?(?:I|we)\b")
# A cue inside a quote naming someone by a role: "The gaffer said", "the manager told us".
_ROLE_CUE = re.compile(r"(?i)^(?:(?:and|but|so|then)\s+)?(the\s+([a-z-]+))\s")


def nested_quotes(text: str, quotes: Sequence[Quote], index: PersonIndex) -> list[Quote]:
    """Quotes nested inside `quotes` that are another person's words, in text order."""
    found: list[Quote] = []
    for outer in quotes:
        for start, end in outer.span_list():
            found.extend(_inside(text, start, end, outer, index))
    return found


def _inside(text: str, start: int, end: int, outer: Quote, index: PersonIndex) -> list[Quote]:
    window = text[start:end]
    outer_mark = _opening_mark(text, start)
    # Marks of the outer quote's own kind inside it are its paragraphs' repeated
    # opening marks, or a lost closing mark, not a quote within the quote.
    spans = [s for s in scan_quotes(window) if mark_family(window[s.open_at]) != outer_mark]
    if not spans or len(spans) > _MAX_INNER:
        return []  # none, or a list of terms and titles ("‘item 1’, ‘item 2’, …")
    sentences = sentence_bounds(window)
    found = []
    for span in spans:
        sent_start, sent_end = _sentence(sentences, span.open_at, len(window))
        quote = _quote(text, start, span, start + sent_start, start + sent_end, index)
        if quote is None:
            continue
        said_by = quote.speaker, outer.speaker
        own = bool(said_by[0] and said_by[1] and same_person(said_by[0], said_by[1]))
        third = _THIRD_PERSON.match(quote.cue or "")
        if third:
            # "‘He told me, “One more word and you’re going”,’ Tandy said": "he" is someone
            # else than the speaker, who is "I" in his own quote
            pronoun = third.group(1).lower()
            who = _referent(text, outer, start + span.open_at, pronoun, index)
            if who is None and own:
                who = index.focus(quote.start, pronoun=pronoun, besides=said_by[1] or "")
                who = who or _main_person(index, quote.start, pronoun, said_by[1] or "")
                if who is None:
                    continue  # nobody else it could be: the speaker's own words after all
            quote = replace(quote, speaker=who or quote.speaker)
        elif own:
            role = _ROLE_CUE.match(quote.cue or "")
            if role is None or role.group(2).lower() not in TITLE_WORDS:
                continue  # the speaker quoting their own words (or "the email said, ‘…’")
            # "‘The gaffer said at half-time, “…”’": the speaker's manager, not himself
            holder = by_role(index, role.group(1), quote.start)
            mine = holder and outer.speaker and same_person(holder, outer.speaker)
            quote = replace(quote, speaker=None if mine else holder)
        found.append(quote)
    return found


_MAIN_SUBJECT = 3  # the subject this often, more than anyone of that sex: the piece's lead


def _main_person(index: PersonIndex, pos: int, pronoun: str, besides: str) -> str | None:
    """ "Her sister, Marisol Lee, … “She said, ‘I know, that’s why it has to go’”": with
    nobody else of that sex near, the one the article is about: its subject most often
    before `pos`."""
    counts: dict[str, int] = {}
    for at, name, is_org in index.events:
        if at < pos and name and not is_org and not same_person(name, besides):
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(
        ((n, name) for name, n in counts.items() if index.agrees(name, pronoun)), reverse=True
    )
    if not ranked or ranked[0][0] < _MAIN_SUBJECT:
        return None
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1] if _known_as(index, ranked[0][1], pronoun) else None


def _known_as(index: PersonIndex, name: str, pronoun: str) -> bool:
    """The article's pronouns make `name` a "he" (or a "she"), more than the other."""
    he, she = index.evidence(name)
    return he > she if pronoun == "he" else she > he


def _referent(
    text: str, outer: Quote, open_at: int, pronoun: str, index: PersonIndex
) -> str | None:
    """The person a "he" or "she" inside `outer` means: the last one known to be of that
    gender named in the quote before the words or in the text just before it, other than
    its speaker ("the referee, Pieter Walbeek … ‘He told me, “…”,’ Tandel said")."""
    floor = bisect.bisect_left(index.mention_starts, outer.start - _REACH)
    before = index.mentions[floor : bisect.bisect_left(index.mention_starts, outer.start)]
    for mention in reversed(before + find_mentions(text, outer.start, open_at)):
        if mention.is_org:
            continue
        name = index.canonical(mention.name, mention.start)
        if outer.speaker and same_person(name, outer.speaker):
            continue
        if _known_as(index, name, pronoun):
            return name
    return None


def _opening_mark(text: str, start: int) -> str:
    """The family ("double" or "single") of the mark opening the quote at `start`."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return mark_family(text[i]) if i >= 0 else ""


def _sentence(sentences: list[tuple[int, int]], pos: int, length: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= pos < end:
            return start, end
    return 0, length


def _quote(
    text: str, offset: int, span: MarkedSpan, sent_start: int, sent_end: int, index: PersonIndex
) -> Quote | None:
    open_at = offset + span.open_at
    after = offset + (span.close_at + 1 if span.close_at is not None else span.end)
    inner = text[offset + span.start : offset + span.end]
    if not re.search(r"\w", inner):
        return None
    # Bounded context, as for any quote: a sentence of many inner quotes stays linear.
    sent_start = max(sent_start, open_at - _CONTEXT)
    sent_end = min(sent_end, after + _CONTEXT)
    prefix, suffix = text[sent_start:open_at], text[after:sent_end]
    if (_OWN_WORDS.search(prefix) or _YOU_SAY.search(prefix)) and not _OTHER_SAYS.search(prefix):
        return None
    found = cue_before(text, sent_start, open_at, index) or cue_after(
        text, after, sent_end, index, open_at
    )
    attribution = found or Attribution(None, None, None, open_at)
    if attribution.cue and _FIRST_PERSON_CUE.match(attribution.cue):
        return None
    if is_naming(inner, prefix, suffix, attribution, 1, attribution.cue is not None):
        return None
    kind = quote_kind(inner, prefix)
    if kind == "fragment" and attribution.cue is None:
        return None  # a few words woven in, nobody named: a scare quote as often as not
    opens = not prefix.strip() or prefix.rstrip()[-1] in ":?!."
    if attribution.speaker is None and not opens and not _SPOKEN.search(prefix):
        # "I'm like, ‘…’", "Our motto is ‘…’", "the subject line was ‘…’": the speaker's
        # own voice or a label, nobody's words; kept when it opens a sentence of the
        # quote ("Did Lee just admit it? ‘…’") or follows someone's speaking ("she was
        # asked, ‘…’", "I've heard, ‘…’").
        return None
    speaker = attribution.speaker
    if speaker is None and opens:  # "Did Joe Biden just admit it? ‘…’": the one just named
        named = [
            m
            for m in find_mentions(text, max(offset, open_at - _CONTEXT), open_at)
            if not m.is_org and " " in m.name
        ]
        speaker = index.canonical(named[-1].name, named[-1].start) if named else None
    return Quote(
        text=inner,
        start=offset + span.start,
        end=offset + span.end,
        speaker=speaker,
        kind=kind,
        cue=attribution.cue,
        verb=attribution.verb,
    )


def nesting(quotes: Sequence[Quote]) -> dict[int, list[int]]:
    """For each quote holding others, the indices of the quotes nested inside it."""
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, -quotes[i].end))
    held: dict[int, list[int]] = {}
    open_outer: list[int] = []  # enclosing quotes, innermost last
    for i in order:
        while open_outer and quotes[open_outer[-1]].end < quotes[i].end:
            open_outer.pop()
        if open_outer and quotes[i].start >= quotes[open_outer[-1]].start:
            held.setdefault(open_outer[0], []).append(i)
        open_outer.append(i)
    return held


def own_words(quotes: Sequence[Quote]) -> dict[int, str]:
    """The words of each quote that holds nested quotes, without them: what its speaker
    said, to be matched against other outlets ("Did Lee admit it?" without Lee's words,
    which are matched as a quote of their own)."""
    words = {}
    for outer, inner in nesting(quotes).items():
        text = quotes[outer].text
        for i in sorted(inner, key=lambda i: -quotes[i].start):  # cut from the end back
            at = quotes[i].start - quotes[outer].start
            piece = quotes[i].text
            if text[at : at + len(piece)] == piece:  # by position: the same words may
                text = f"{text[:at]} {text[at + len(piece) :]}"  # come earlier too
            else:
                text = text.replace(piece, " ", 1)
        if re.search(r"\w", text):  # a quote that is all another's words stays whole
            words[outer] = text
    return words
