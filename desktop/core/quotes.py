"""Direct quotations in an article: spans, split quotes, kind (quote/fragment) and speaker."""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field, replace

from desktop.core.attribution import (
    OBJECT_PRONOUNS,
    REPORTING_VERB,
    Attribution,
    cue_after,
    cue_before,
)
from desktop.core.body_referents import full_body_name
from desktop.core.cleanup import link_list_lines
from desktop.core.continuity import dated_caption, echoed_speakers, repeated_speakers
from desktop.core.cue_subjects import QUOTED_TITLE
from desktop.core.document_issuers import document_issuer
from desktop.core.groups import leading_body, study_source
from desktop.core.lost_openers import lost_openings
from desktop.core.mention_merges import person_of_initials
from desktop.core.mentions import WHEN_WORDS
from desktop.core.model import Quote, QuoteAnalysis
from desktop.core.name_bounds import clean_name
from desktop.core.nested_quotes import nested_quotes
from desktop.core.people import UNNAMED, PersonIndex
from desktop.core.pronoun_referents import (
    answering_unnamed,
    exchange_parties,
    interviewer_before,
    pronoun_referent,
)
from desktop.core.quote_kinds import headline_case, is_naming, names_something, quote_kind
from desktop.core.quote_marks import (
    MarkedSpan,
    only_a_cue,
    scan_quotes,
    sentence_bounds,
)
from desktop.core.quoted_headings import (
    embed_signatures,
    pulled_speakers,
    quoted_heading,
    signature_after,
    word_key,
)
from desktop.core.referents import introduced_after, named_agreeing, quoted_focus
from desktop.core.reported_speech import find_reported, tail_cue_start
from desktop.core.roles import by_role
from desktop.core.sentence_subjects import build_index
from desktop.core.speakers import HONORIFICS, STOP_CAPS, is_org_name, name_tokens, same_person
from desktop.core.speech_words import (
    BODY_NOUNS,
    GOING_ON,
    OBJECT_SPEECH_VERBS,
    PLACES,
    RESPONSE_VERBS,
    SPEECH_VERBS,
    UNNAMED_PERSON,
    kin_pronoun,
)
from desktop.core.split_quotes import split_groups
from desktop.core.subject_names import (
    SURNAMED_FAMILY,
    UNNAMED_GROUP,
    generic_body,
    kin_of_named,
    last_name,
    resolve_subject,
)
from desktop.core.subject_openings import UNNAMED_PLURALS
from desktop.core.word_regex import alternation, word_set

_log = logging.getLogger(__name__)
_CONTEXT = 300
_PARAGRAPH_JOIN = re.compile(r"\s*\n\s*[“\"‘'«„]?\s*")
_BODY_SUBJECT = re.compile(r"\s*The\s+(?:" + alternation(sorted(BODY_NOUNS)) + r")\b")
_WHEN_NAMES = alternation(sorted(word.capitalize() for word in WHEN_WORDS))
# A sentence after the quote that names whose words they were.
_HOW_VERBS = "opened|began|started|summed|put|described|explained|ended|closed|greeted"
_SOURCE_AFTER = re.compile(
    r"\s*(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:words?|message|verdict|view|reaction|response|warning|assessment|answer|reply)"
    r"(?:\s+(?:of|from)|,\s+(?:delivered|given)\s+by)"  # "the union's answer, delivered by"
    r"|(?:The|That|This|Those|These)\s+(?:[\w'’-]+\s+){0,2}?(?:words?|remarks?|comments?|message|"
    r"warning|verdict|view|assessment|answer|reply|reaction|rebuke|retort|jab|quip|plea|"
    r"criticism|complaint|admission|promise|pledge|vow|prediction|forecast|claim|boast|"
    r"argument|accusation|charge|threat|line|sentiment|question)\s+(?:came|come|comes)\s+from"
    # "That was Brenda Kowalczyk, 61, a retired driver": the speaker and who she is
    r"|That\s+was(?=\s+(?!(?:" + _WHEN_NAMES + r")\b)(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*,\s+"
    r"(?:\d|an?\s|the\s))"
    r"|That\s+was(?=\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+again\b)"  # "That was Lee again"
    # "That was how Dana Holcomb, the incident commander, opened her update"
    r"|That\s+(?:was|is)\s+how(?=\s+(?:(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    # "That was how the Brennick police chief described it": a role, named in the story
    r"|the\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?:,[^,.;“”\"]{1,60},)?"
    r"\s+(?:" + _HOW_VERBS + r")\b)"
    r"|So\s+(?:said|says))\s+((?:[a-z]+\s+){0,2}(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*"
    # "from Marovia’s fisheries minister, Dragan Petrik,": the holder named after the role
    r"|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*"
    r"|the\s+\w[\w\s-]{0,40}?)"
    r"(?=\s?[,.;]|\s+(?:who|on|in|at|again|from|" + _HOW_VERBS + r")\b)"  # (" ," tokenised)
)
# "“…” Loretta Ashby, Jalen’s mother, spoke those words softly": the speaker, then the words
_SPOKE_THOSE_WORDS = re.compile(
    r"\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)(?:,[^,.;“”\"]{1,60},)?\s+"
    r"(?:spoke|said|uttered|delivered|wrote)\s+(?:those|these|the)\s+words\b"
)
_CUE_PRONOUN = re.compile(r"^([Hh]e|[Ss]he)\s+\w+$|^\w+\s+(he|she)$")
# "“…” — Kai Lund, fisher", or a review signed on the next line ("— Man**", masked;
# "– Priya N., Orchard Avenue").
_SIGNED = re.compile(
    r"[ \t]*(?:\n[ \t]*){0,2}[—–][ \t]*((?:[A-Z][\w.'’*-]*[ \t]+){0,3}[A-Z](?:[\w'’*-]*|\.))"
    r"(?=[ \t]*(?:,[^\n.]{0,60})?(?:\n|$))"  # the signature ends its line
)
# '“…,” Sen. Ann Lee (D-Del.).': a cue whose verb the outlet left out; the comma before
# the closing mark hands the words to the name that ends the sentence.
_NAME_ONLY = re.compile(
    r"[ \t]+((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)(?:[ \t]*\([^()\n]{1,20}\))?"
    r"[ \t]*\.(?=\s|$)"
)
# A photo's caption set between two paragraphs of a quote: "People wait in line. The
# Tarn Courier via AP, File".
_CAPTION = re.compile(
    r"[^“”\"«»]{0,300}?(?:\bvia\s+(?:AP|Getty\s+Images|Reuters|AFP)|\bAP\s+Photo\b[^“”\"«»]{0,40}?"
    r"|\bGetty\s+Images)(?:,\s*File)?\)?\s*"
)
# A sentence whose subject is a law ("Varnian law now bans “…”", "Under the Harbour Defence
# Act, no part … may be used “…”"): the words are the law's, nobody's said.
_LAW_SUBJECT = re.compile(
    r"\s*(?:Under\s+(?:the\s+terms\s+of\s+)?)?(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}"
    r"(?:law|Act|statute|ordinance|Constitution)\b"
)
_SAME_SOURCE = re.compile(
    r"\b[Tt]he\s+same\s+(?:[\w-]+\s+){0,3}?(?:aide|official|source|staffer|spokes(?:man|woman|person))\b"
)
_PASSED_ON = frozenset({"according to", "reported", "reports"})
_THEY_CUE = re.compile(r"(?i)they\s")
# A sentence's closing cue: ", he added." — one subject word or name, then the verb.
_TAIL_CUE = re.compile(
    r",\s*(?=(?:he|she|[A-Z][\w'’-]+)\s+(?:" + alternation(SPEECH_VERBS) + r")\s*[.!?]?\s*$)"
)
_SIGN_READ = re.compile(
    r"\b(?:signs?|banners?|placards?|posters?|shirts?|t-shirts?|hats?|billboards?|stickers?)"
    r"\b[^.!?“”\"]{0,40}?\b(?:read|reads|reading|said|saying|declared|declaring)\s*[:,]?\s*$"
)
_OWNER_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|[Ss]he|[Hh]er)\b")
_UNNAMED_CUE = re.compile(r"(?i)(?:a|an|one|another|some)\s")
_SPEECH_NOUNS = (
    r"(?:pledge|promise|vow|remarks?|comments?|words|message|warning|claim|assertion|quip|"
    r"response|reply|answer|statement|tweet|post|declaration|lines?|verdict|advice)"
)
# The words right before the mark belong to a named person: "Lee’s 2019 pledge – “…”",
# "Lee's best line of the night: “…”".
_OWNED_WORDS = (
    rf"\s?['’]s?\s+(?:[\w-]+\s+){{0,3}}{_SPEECH_NOUNS}"
    r"(?:\s*(?:[—–:,]|\s-)?|\s(?![^:]*\b(?:said|says|told|wrote|added|asked)\b)[^“”\"«».!?;]{1,60}:)"
    r"\s*$"
)
_OWNER_NEXT = re.compile(r"\b((?:[A-Z][\w-]+\s+)?[A-Z][\w-]+)" + _OWNED_WORDS)
# ... or to the one a role noun stands for: "The mayor’s reply: “…”".
_ROLE_OWNER_NEXT = re.compile(r"\s*([Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z]+)" + _OWNED_WORDS)
# "Kim dismissed Lee's claim that the plan was “…”": the claim, and its words, are Lee's.
_OWNER_CLAIM = re.compile(
    r"\b((?:[A-Z][\w-]+\s+)?[A-Z][\w-]+)\s?['’]s?\s+(?:[\w-]+\s+){0,2}(?:claims?|assertions?|"
    r"argument|insistence|suggestion|description|characterization|charges?|accusations?|"
    r"allegations?|contention|warnings?|boasts?|promises?)\s+that\s+[^“”\"«».!?;]{0,100}$"
)
# "directives from Venn to “…”": the quoted order is the words of whoever gave it.
_FROM_OWNER = re.compile(
    r"\b(?:directives?|orders?|instructions?|calls?|demands?|pledges?|promises?|appeals?)\s+"
    r"(?:from|by)\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:to|that)\s*$"
)
# A document from someone, then what it says: "a letter from Sen. Beverly Strand
# (R-Quenshaw) warning of “…”".
_WRITTEN_BY = re.compile(
    r"\b(?:letter|statement|memo|post|message|note|email|op-ed|column)\s+from\s+"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(?:\s+\([^()]{1,24}\))?,?\s+"
    r"(?:warning|saying|calling|urging|describing|claiming|arguing|demanding|accusing)\b"
    r"[^“”\"«».!?;]{0,60}$"
)
# Links to other stories left in the text ("Also read: ...") quote other articles.
_JUNK_LINE = re.compile(
    r"(?im)^[ \t]*(?:also read|read also|read more|read next|up next|more|related|see also|"
    r"watch|listen|recommended|also on)"
    r"\b[^\n]{0,12}[:|][^\n]*$"  # ("Also Read | “…”: Minister warns contractors")
    # and in running text, a link in brackets: "( Also on POLITICO : Public ' … ' on NSA )"
    r"|\((?i:\s*(?:also\s+on\s+[^:()\n]{1,30}|related|read\s+more|see\s+also|also\s+read)"
    r"\s*:)[^()\n]{0,200}\)"
    # or in capitals, with no line of its own: "… a fortnight . READ MORE : ‘ Not fit …"
    r"|(?-i:\b(?:READ\s+MORE|RELATED|ALSO\s+READ|SEE\s+ALSO)\s*:)[^.!?\n]{0,200}"
)


@dataclass(frozen=True)
class _Context:
    """Precomputed structure shared by every quote of one article."""

    text: str
    sentences: list[tuple[int, int]]
    starts: list[int]
    index: PersonIndex
    previous: list[tuple[int, str | None]]  # (end of its sentence, speaker) of the last quote
    unnamed: list[str | None]  # whom each quote an unnamed aide or official gave spoke for
    names: set[str] = field(default_factory=set)  # quoted words the article uses as a name
    # (where its opening mark is, whether it asks or breaks off) of each quote in `previous`
    turns: list[tuple[int, bool]] = field(default_factory=list)
    switched: set[int] = field(default_factory=set)  # the turns _other_party gave the other

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sentences[i]

    def next_sentence(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.starts, pos)
        return self.sentences[i] if i < len(self.sentences) else None

    def previous_sentence(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, pos) - 2
        return self.sentences[i] if i >= 0 else None


# "After making statements that …", "Before calling …", "Despite having said …"
_SAYING_OPENER = re.compile(
    r"\s*(?:After|Before|While|Despite|Since|Besides|Having|In|By)\s+(?:\w+\s+){0,2}?"
    r"(?:making|saying|calling|describing|claiming|declaring|insisting|writing|tweeting|"
    r"arguing|suggesting|labell?ing|dubbing|branding|vowing|promising|warning|said|called|"
    r"described|claimed)\b"
)


def _teaser_lines(text: str) -> list[tuple[int, int]]:
    """Where the lines a lone "Trending now" or "More from …" label heads stand: other
    stories' headlines, whose quotes are not this article's."""
    if "\n" not in text:
        return []
    lines = [m.span() for m in re.finditer(r"[^\n]+", text)]
    picked = link_list_lines([text[a:b] for a, b in lines])
    return [lines[i] for i in sorted(picked)]


def find_quotes(text: str) -> QuoteAnalysis:
    """Find every direct quotation in `text`, with its speaker, cue and kind."""
    junk = [m.span() for m in _JUNK_LINE.finditer(text)] + embed_signatures(text)
    junk += _teaser_lines(text)
    spans = [s for s in scan_quotes(text) if not _inside(s.open_at, junk)]
    lost = lost_openings(text, spans)
    if lost:
        spans = sorted(spans + lost, key=lambda s: s.start)
    sentences = sentence_bounds(
        text, frozenset(s.close_at for s in spans if s.close_at is not None)
    )
    outer = [(s.open_at, _after(s, text)) for s in spans] + junk
    index = build_index(text, outer, sentences)
    ctx = _Context(text, sentences, [s[0] for s in sentences], index, [], [])
    quotes: list[Quote] = []
    for group in split_groups(text, spans):
        quote = _quote(ctx, group)
        if quote is not None:
            quotes.append(quote)
    if ctx.names:
        # "“Ferries. We sail for you.”" alone, after "Nordland’s “Ferries. We sail for you.”
        # campaign": the slogan again, not someone's words
        quotes = [q for q in quotes if q.cue is not None or word_key(q.text) not in ctx.names]
    quotes = repeated_speakers(pulled_speakers(_share_following_cues(ctx, quotes)))
    quotes = echoed_speakers(quotes)
    reported = find_reported(text, sentences, quotes, index)
    inner = nested_quotes(text, quotes, index)
    if inner:
        quotes = sorted(quotes + inner, key=lambda q: (q.start, -q.end))
    quotes = _owned_offices(_full_names(_self_named(quotes), index), text)
    return QuoteAnalysis(tuple(quotes), reported)


# An unnamed spokesperson of a body known by its kind: "a department spokesperson said".
_KIND_SPOKES = re.compile(
    r"^(?:an?|one)\s+(?:[\w-]+\s+)?(department|ministry|agency|company|council|union|"
    r"university|office|commission|authority|court|board|government)\s+spokes(?:person|man|woman)\b",
    re.IGNORECASE,
)


def _self_named(quotes: list[Quote]) -> list[Quote]:
    """ "“The Justice Department strongly disagrees …,” a department spokesperson said":
    the one body of that kind the spokesperson's own words name."""
    found = []
    for quote in quotes:
        kind = _KIND_SPOKES.match(quote.cue or "")
        if kind:
            noun = kind.group(1).capitalize()
            named = {
                re.sub(r"^The\s+", "", m.group(1)).strip()
                for m in re.finditer(
                    rf"\b((?:[A-Z][\w’'-]+\s+){{0,3}}{noun}"
                    rf"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s?){{1,3}})?)",
                    quote.text,
                )
            }
            named = {n for n in named if n != noun}
            if len(named) == 1:
                quote = replace(quote, speaker=named.pop())
        found.append(quote)
    return found


# Titles written before a surname alone: "Sen. Graham" is nobody's first name.
_SURNAME_TITLES = HONORIFICS | word_set(
    "sen rep gov senator representative governor president judge justice prof professor mayor "
    "minister chancellor gen general col colonel"
)


# A US official's account: the title, then the surname ("RepAchterberg", "SenLee").
_OFFICIAL_HANDLE = re.compile(r"(?:Rep|Sen|Gov|Senator|Mayor|Speaker)([A-Z][a-z][\w-]+)")


def _full_names(quotes: list[Quote], index: PersonIndex) -> list[Quote]:
    """ "Baz" (the pronoun's last named form) is "Baz Dunmore" when the article names one
    person so: speakers in the fullest form the article gives."""
    titled = {m.name for m in index.mentions if m.roles & _SURNAME_TITLES}  # "Sen. Graham"
    full = {
        name: index.by_first_name(name) or kin_of_named(index, name)
        for name in {q.speaker for q in quotes if q.speaker and " " not in q.speaker}
        if name not in titled and index.canonical(name, -1) == name
    }
    for name in {q.speaker for q in quotes if q.speaker and not full.get(q.speaker)}:
        official = _OFFICIAL_HANDLE.fullmatch(name)  # "@RepAchterberg": Rep. Achterberg
        owner = index.canonical(official.group(1), -1) if official else ""
        owner = owner or person_of_initials(name, index.mentions) or ""  # "AOC said"
        # "Karsten Ridge": "Karsten Ridge Minerals"
        full[name] = owner if " " in owner else full_body_name(index, name)
    return [
        replace(q, speaker=full[q.speaker]) if q.speaker and full.get(q.speaker) else q
        for q in quotes
    ]


def _owned_offices(quotes: list[Quote], text: str) -> list[Quote]:
    """ "Peru’s Ministry of Foreign Affairs issued a statement. “…,” the statement said":
    a body every country has, named by its kind alone, is the one of the country the
    article last gave it before the quote ("Peru’s Foreign Ministry", not "Foreign
    Ministry", which Chile's is too)."""
    found = []
    for quote in quotes:
        name = quote.speaker
        if name and generic_body(name):
            owned = re.compile(rf"\b([A-Z][\w-]*)(['’])s\s+{re.escape(name)}\b")
            owners = list(owned.finditer(text, max(0, quote.start - _OWNER_REACH), quote.start))
            if owners and not is_org_name(owners[-1].group(1)):
                owner = owners[-1]
                quote = replace(quote, speaker=f"{owner.group(1)}{owner.group(2)}s {name}")
        found.append(quote)
    return found


_OWNER_REACH = 1500  # characters before a quote where its body's country is named


def _cue_subject(cue: str) -> str:
    """Who a cue says speaks: the words before its verb, else after it ("said the leadership
    aide"); the whole cue when it has no reporting verb."""
    verb = REPORTING_VERB.search(cue)
    if verb is None:
        return cue
    return cue[: verb.start()].strip(" ,") or cue[verb.end() :].strip(" ,")


def _unnamed_cue(cue: str) -> bool:
    """ "an aide said", "critics said": whoever speaks next is not the person in focus."""
    subject = _cue_subject(cue)
    if UNNAMED_PERSON.fullmatch(subject):
        return True  # "the House leadership aide", "a senior official"
    return _UNNAMED_CUE.match(cue) is not None or UNNAMED_GROUP.match(subject) is not None


def _unnamed_gender(cue: str) -> str:
    """ "he" for "one man yelled", "she" for "said a woman in the crowd", "they" for
    "Korvan officials have dismissed", else ""."""
    subject = _cue_subject(cue)
    words = re.findall(r"[a-z]+", subject.lower())
    if len(words) > 6:
        return ""
    if _UNNAMED_PLURAL.search(subject):
        return "they"
    return next(filter(None, map(kin_pronoun, words)), "")


_UNNAMED_PLURAL = re.compile(rf"\b(?:{UNNAMED_PLURALS})\b")


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in ranges)


def _after(span: MarkedSpan, text: str) -> int:
    """Offset just after the closing mark (or the end of an unclosed quote)."""
    return span.close_at + 1 if span.close_at is not None else span.end


def _quote(ctx: _Context, group: list[MarkedSpan]) -> Quote | None:
    text = ctx.text
    first, last = group[0], group[-1]
    spans = tuple((s.start, s.end) for s in group)
    # A quote running over paragraphs repeats its opening mark: not part of the words.
    inner = " ".join(_PARAGRAPH_JOIN.sub(" ", text[s:e].strip()) for s, e in spans)
    if not re.search(r"\w", inner) or only_a_cue(inner):
        return None  # ('" South Carolina Rep. Ann Lee wrote. "': marks paired the wrong way)
    sent_start, _ = ctx.sentence(first.open_at)
    _, sent_end = ctx.sentence(max(first.open_at, _after(last, text) - 1))
    # Bounded context keeps run-on text (no sentence breaks) linear.
    prefix = text[max(sent_start, first.open_at - _CONTEXT) : first.open_at]
    suffix = text[_after(last, text) : min(sent_end, _after(last, text) + _CONTEXT)]
    try:
        attribution = _attribute(ctx, group, max(sent_start, first.open_at - _CONTEXT), sent_end)
    except Exception:  # a fault in one quote's attribution must not lose the article's quotes
        _log.exception("Could not attribute the quote at %d; left without a speaker", first.start)
        attribution = Attribution(None, None, None, first.open_at)
    other = _someone_else(ctx, first, attribution)
    if other:
        attribution = replace(attribution, speaker=other)
    kind = quote_kind(inner, prefix)
    # A cue far back in a long sentence ("He called for a slate of laws: …, a “red flag”
    # law") does not make a quoted modifier somebody's words.
    near = attribution.cue is not None and attribution.position >= first.open_at - 80
    if is_naming(inner, prefix, suffix, attribution, len(group), near):
        if names_something(inner, suffix):  # "the “Ferries. We sail for you.” campaign"
            ctx.names.add(word_key(inner))
        return None
    if attribution.speaker and attribution.cue:
        ctx.index.add_event(attribution.position, attribution.speaker)
        pronoun = _CUE_PRONOUN.search(attribution.cue)
        if pronoun:  # "“…,” she said": what the article calls the speaker from now on
            word = pronoun.group(1) or pronoun.group(2)
            ctx.index.note_pronoun(attribution.speaker, word.lower())
        ctx.index.add_cue(attribution.position, attribution.speaker, text[sent_start:sent_end])
        if is_org_name(attribution.speaker) and _unnamed_cue(attribution.cue):
            # "said a House GOP aide": the body spoke through someone left unnamed
            ctx.index.add_event(attribution.position, UNNAMED, False)
            ctx.unnamed.append(attribution.speaker)
            if _unnamed_gender(attribution.cue) == "they":
                # ("an idea Korvan officials dismissed as “…” … “…,” he said": not them)
                ctx.index.unnamed_pronouns[attribution.position] = "they"
    elif attribution.cue and _unnamed_cue(attribution.cue):
        ctx.index.add_event(attribution.position, UNNAMED, False)  # "an aide said": nobody
        ctx.unnamed.append(None)
        gender = _unnamed_gender(attribution.cue)
        if gender:  # "“Sit down!” one man yelled. “…,” she insisted": not him, the mayor
            ctx.index.unnamed_pronouns[attribution.position] = gender
    ctx.previous.append((max(sent_end, _after(last, text)), attribution.speaker))
    ctx.turns.append((first.open_at, _ASKS_OR_BREAKS.search(inner) is not None))
    return Quote(
        text=inner,
        start=first.start,
        end=last.end,
        speaker=attribution.speaker or None,  # ("" is an unnamed subject: nobody)
        kind=kind,
        cue=attribution.cue,
        verb=attribution.verb,
        spans=spans if len(spans) > 1 else (),
    )


def _attribute(
    ctx: _Context, group: list[MarkedSpan], sent_start: int, sent_end: int
) -> Attribution:
    """Cue after the quote, then before it, then the speaker of the surrounding passage.

    A word or phrase someone "called" the thing just before the marks is theirs, whatever
    the sentence's main clause goes on to report ("in which the president called the
    threats “irresponsible,” McConnell said he …")."""
    first = group[0]
    read_out = _READ_OUT.search(ctx.text, max(sent_start, first.open_at - 120), first.open_at)
    owner = read_out and resolve_subject(read_out.group(1), read_out.start(1), ctx.index)
    if len(group) == 1 and read_out and owner:
        # "Thorsby … read the minority leader’s answer aloud — “…”": the leader's words
        return Attribution(owner, read_out.group().strip(" —–-"), "said", read_out.start(1))
    shown = _SHOWN_SAYING.search(ctx.text, max(sent_start, first.open_at - 120), first.open_at)
    if len(group) == 1 and shown:  # "a video showed her calling police budgets “…”": hers
        name = _referent(shown.group(1), shown.start(1), ctx.index)
        if name:
            return Attribution(name, shown.group().strip(), "said", shown.start(1))
    # ("While Pell said the plan was “fine,” Lowe called it …": the clause's own speaker)
    conceded = _CONCESSIVE.match(ctx.text, sent_start, first.open_at)
    if len(group) == 1 and (
        _CALLED_IT.search(ctx.text, max(sent_start, first.open_at - 90), first.open_at) or conceded
    ):
        found = cue_before(ctx.text, sent_start, first.open_at, ctx.index)
        if found is not None and found.speaker is not None:
            return found
    found = _following_cue(ctx, group, sent_start, sent_end)
    if found is None:
        found = _cue_around(ctx, group, sent_start)
    if found is None:
        return _passage_speaker(ctx, group[0], sent_start)
    return _goes_on(ctx, found, first.open_at)


# "She went on:", "he added", "she continued": the one who spoke just before goes on.
_GOING_ON = re.compile(rf"(?i)^(he|she)\s+(?:also\s+|then\s+)?{GOING_ON}$|^{GOING_ON}\s+(he|she)$")
GOING_ON_REACH = 120  # characters from the last quote's sentence to this cue


def _goes_on(ctx: _Context, found: Attribution, open_at: int) -> Attribution:
    """ "the president replied: ‘…’ She went on: ‘…’": the pronoun of a going-on cue means
    the speaker of the quote just before, when the pronoun fits that person, rather than
    another person named in between (the interviewer who asked)."""
    cue = _GOING_ON.match(found.cue or "")
    if cue is None or not ctx.previous:
        return found
    end, speaker = ctx.previous[-1]
    pronoun = (cue.group(1) or cue.group(2)).lower()
    near = 0 <= min(found.position, open_at) - end <= GOING_ON_REACH
    if speaker is None or speaker == found.speaker or not near or is_org_name(speaker):
        return found
    if not ctx.index.agrees(speaker, pronoun):
        return found
    paragraph = ctx.text.rfind("\n", 0, open_at) + 1
    speaker_now = found.speaker or ""
    opens_on = speaker_now and speaker_now.split()[-1] in ctx.text[paragraph : paragraph + 40]
    if (
        paragraph > end
        and opens_on
        and ctx.index.subject_in(paragraph, open_at) == found.speaker
        and ctx.index.agrees(speaker_now, pronoun)
    ):
        # "Mr. Mehta-Iyer, however, said the stock … “…,” he added": a new paragraph about
        # someone else, who goes on
        return found
    return replace(found, speaker=speaker)


# A concessive clause opening the sentence holds the quote: "While Pell said the plan was".
_CONCESSIVE = re.compile(r"\s*(?:While|Whereas|Although|Though|Even\s+though)\s+[^,;:“”\"]{1,160}$")
# "called the plan “…”", "calling it a “…”", "described it as “…”": the naming verb's words.
# Someone's words read out by another: "read the minority leader’s answer aloud — “…”".
_READ_OUT = re.compile(
    r"\b(?:read|reads|reading|quoted|quotes|quoting)\s+(?:out\s+)?"
    r"((?:[Tt]he\s+)?(?:[a-z]+\s+){0,2}[a-z]+|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)['’]s?\s+"
    r"(?:own\s+)?(?:answer|words|remarks?|comments?|statement|post|tweet|reply|response|"
    r"letter|message|line)(?:\s+aloud)?\s*(?:[,:—–-]\s*)?$"
)
# Someone a recording shows speaking: "a resurfaced video showed her calling police
# budgets “…”", "audio captured Lee saying “…”".
_SHOWN_SAYING = re.compile(
    r"\b(?:showed|shows|captured|captures|caught|catches|recorded|heard)\s+"
    r"(him|her|them|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+"
    r"(?:calling|saying|describing|telling|labell?ing|dubbing|referring\s+to)\b[^“”\"]{0,80}$"
)
_CALLED_IT = re.compile(
    r"\b(?:called|calls|calling|dubbed|dubs|labell?ed|branded|described|describes|describing)"
    r"\s+(?:[\w’'-]+\s+){0,12}?(?:as\s+)?(?:an?\s+|the\s+)?$"
)


def _following_cue(
    ctx: _Context, group: list[MarkedSpan], sent_start: int, sent_end: int
) -> Attribution | None:
    """The cue right after a span of the quote ('“…,” Lee said')."""
    text, index = ctx.text, ctx.index
    first = group[0]
    for span in group:
        end = _after(span, text)
        limit = max(sent_end, min(len(text), end + 160)) if span is not group[-1] else sent_end
        found = cue_after(text, end, limit, index, first.open_at)
        if found is not None and found.verb in _PASSED_ON:
            # "He claimed that … “…”, according to the Courier", "The ministry cited a
            # “…”, the Courier reported": the paper only passes the words on
            told = cue_before(text, sent_start, first.open_at, index)
            if told is not None and told.speaker and told.verb != "according to":
                return told
        if found is not None and _THEY_CUE.match(found.cue or ""):
            # "While they might “…”, they agreed on a lot, he added.": the clause is what
            # the sentence's closing cue reports
            closing = _closing_cue(ctx, found.position, sent_end, first.open_at)
            found = closing or found
        if found is not None:
            return found
    credit = signature_after(text, _after(group[-1], text))
    whole_line = text[: first.open_at].rstrip(" \t")[-1:] in ("", "\n")
    if credit and whole_line:  # a post quoted whole over its line: "— Quillchat (@QuillchatApp)
        # October 8, 2024" (not words a reporter's post quotes from someone else)
        at = credit.start("name")
        name = resolve_subject(credit.group("name"), at, index) or credit.group("name")
        cue = credit.group().strip().split(")")[0] + ")"  # (not the date)
        return Attribution(name, cue, "posted", at)
    return None


def _cue_around(ctx: _Context, group: list[MarkedSpan], sent_start: int) -> Attribution | None:
    """A signature, a verbless cue, an owner ("Lee's pledge: “…”"), or a cue before the
    quote or in the sentence after it."""
    text, index = ctx.text, ctx.index
    first = group[0]
    signed = _SIGNED.match(text, _after(group[-1], text))
    if signed:  # "“…” — Kai Lund, fisher": an epigraph's signature
        # a reader's or reviewer's name the page masks or cuts ("Jo** Al****", "Priya N."):
        # as printed
        name = signed.group(1)
        if "*" not in name and not re.search(r"\s[A-Z]\.$", name):
            name = resolve_subject(name, signed.start(1), index)
        if name:
            return Attribution(name, signed.group(1), None, signed.start(1))
    verbless = _name_only(ctx, group[-1])
    if verbless is not None:
        return verbless
    floor = max(sent_start, first.open_at - 160)
    if _SIGN_READ.search(text, floor, first.open_at):  # "a sign that read: “…”": nobody
        return Attribution(None, None, None, first.open_at)
    written = _WRITTEN_BY.search(text, floor, first.open_at)
    writer = resolve_subject(written.group(1), written.start(1), index) if written else None
    if written and writer:  # "a letter from Sen. Beverly Strand (R-Quenshaw) warning of “…”"
        return Attribution(writer, written.group().strip(), None, written.start(1))
    owner = (
        _OWNER_NEXT.search(text, floor, first.open_at)
        or _OWNER_CLAIM.search(text, floor, first.open_at)
        or _FROM_OWNER.search(text, floor, first.open_at)
    )
    # (only opening the sentence: "One wrote under the band’s statement: “…”" is One's)
    role = None if owner else _ROLE_OWNER_NEXT.match(text, sent_start, first.open_at)
    held_by = resolve_subject(role.group(1), role.start(1), index) if role else None
    if role and held_by:  # "The mayor’s reply: “…”": the mayor the article named
        return Attribution(held_by, None, None, role.start())
    if owner and owner.group(1).lower() in PLACES:
        owner = None  # "orders from Ohio to “…”": a place gives no words
    if owner:  # "Doo noted Lee’s 2019 pledge – “…”": the words are Lee's, not Doo's
        lead, _, rest = owner.group(1).partition(" ")
        named = rest if rest and lead.lower() in STOP_CAPS else owner.group(1)  # "In Pell’s words"
        name = index.canonical(named, owner.end(1) - len(named))
        return Attribution(name, None, None, owner.start())
    found = cue_before(text, sent_start, first.open_at, index)
    if found is not None:
        return found
    found = _cue_sentence_after(ctx, _after(group[-1], text), first.open_at)
    if found is not None:
        return found
    found = _speaker_of_next_sentence(ctx, first, _after(group[-1], text))
    if found is not None:
        return found
    if not text[sent_start : first.open_at].strip():
        previous = ctx.previous_sentence(first.open_at)
        if previous is not None and text[previous[1] - 1 : previous[1]] == ":":
            found = cue_before(text, previous[0], previous[1], index)
            if found is not None:
                return Attribution(found.speaker, found.cue, found.verb, found.position)
        read = _READ_FROM.fullmatch(text, previous[0], previous[1]) if previous else None
        if read:  # "A statement from her was read aloud by the union's director. “…”"
            name = _referent(read.group(1), read.start(1), index)
            if name:
                return Attribution(name, read.group().strip(), "read", read.start(1))
        released = _RELEASED.fullmatch(text, previous[0], previous[1]) if previous else None
        if released:  # "Her family released a statement on Sunday afternoon. “…”"
            name = resolve_subject(released.group(1), released.start(1), index)
            if name:
                return Attribution(name, released.group().strip(), "said", released.start(1))
    return None


def _referent(word: str, at: int, index: PersonIndex) -> str | None:
    """Whom "her" or a name at `at` means: the pronoun's referent, or the named person."""
    pronoun = _subject_pronoun(word)
    return pronoun_referent(pronoun, at, index) if pronoun else resolve_subject(word, at, index)


def _subject_pronoun(word: str) -> str | None:
    """ "she" for "her" or "she", "he" for "him" or "he"; None for a name."""
    lowered = word.lower()
    return OBJECT_PRONOUNS.get(lowered) or (lowered if lowered in ("he", "she") else None)


# A question's cue that names whom it was put to, right before the answer's opening mark:
# '?” we asked her at the main gate. “', '?" the Beacon asked Chloe. "'.
_ASKED_NAMED = re.compile(
    r"\?\s*[”\"’]\s*,?\s*(?:[Ww]e|I|[Aa]n?\s+[a-z]+|[Tt]he\s+[A-Z]?[\w-]+|[A-Z][\w'’-]+)\s+asked\s+"
    r"(him|her|(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\b[^.!?“”\"]{0,60}[.!?]\s*[“\"‘]?$"
)
# '“Thirty seconds,” Whitt told him.' and a new paragraph's quote: the one told speaks next
# (in the same paragraph, Whitt goes on).
_TOLD_HIM = re.compile(
    r"[”\"’]\s*,?\s*(?:[A-Z][\w'’-]+|[Tt]he\s+[a-z]+)\s+told\s+(him|her)\s*[.!][ \t]*\n\s*[“\"‘]?$"
)
# '?’ he was asked. ‘': the question was put to him, who answers next.
_ASKED_HIM = re.compile(
    r"\?\s*[”\"’]\s*,?\s*(he|she)\s+was\s+(?:then\s+|later\s+)?asked\b[^.!?“”\"]{0,60}[.!?]"
    r"\s*[“\"‘]?$"
)
# A sentence telling that someone's statement was read out, then its words in marks.
_READ_FROM = re.compile(
    r"\s*(?:A|The)\s+(?:[\w-]+\s+)?(?:statement|letter|message|note)\s+from\s+"
    r"(her|him|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+was\s+(?:then\s+)?read\b[^“”\"]*[.]\s*"
)
# A sentence telling that someone put out a statement, then its words in marks.
_RELEASED = re.compile(
    r"\s*([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s+(?:released|issued|put\s+out|posted)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|message)\b[^.!?:“”\"]*[.]\s*"
)


# A document named in the sentence, then a clause it is the subject of, then the quote:
# "a memo from the Office of Management and Budget, sent Monday, that directs agencies to
# prepare layoff notices for programs “not consistent with …”" -- the document's words.
_DOCUMENT_THAT = re.compile(
    r"\b(memo|letter|order|directive|notice|guidance|report|email|statement)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:from|by)\s+[^.;“”\"]{1,160}?\b(?:that|which)\s+"
    r"(?:[a-z]+\s+){0,2}?[a-z]+(?:s|ed)\b[^.;“”\"]{0,200}$"
)


# A headline in capitals that quotes someone after a colon: "Whitcomb Blasts Budget Deal: ".
_HEADLINE_LEAD = re.compile(
    r"[ \t]*((?:[A-Z][\w'’.-]*[ \t]+){1,3})(?:[\w'’,.-]+[ \t]+){0,10}?[\w'’.-]+:[ \t]*"
)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _headline_speaker(index: PersonIndex, headline: re.Match[str]) -> str | None:
    """The person a headline opens on, by the fullest name the article gives them, if it
    names them ("Whitcomb" … "Sen. Darla Whitcomb"); else nobody."""
    words = headline.group(1).split()
    for size in range(len(words), 0, -1):
        lead = " ".join(words[:size])
        full = index.canonical(lead, headline.end())
        if full != lead and " " in full and not is_org_name(full):
            return full
    return None


def _passage_speaker(ctx: _Context, first: MarkedSpan, sent_start: int) -> Attribution:
    """A quote without a cue: the speaker going on, the sentence's subject, or the person
    in focus."""
    text, index = ctx.text, ctx.index
    if quoted_heading(text, first.open_at, first.close_at):
        return Attribution(None, None, None, first.open_at)  # a heading citing a claim
    addressed = _not_the_addressed(ctx, first)
    exchange = _unnamed_exchange(ctx, first)
    last = ctx.previous[-1][1] if ctx.previous else None
    if exchange is not None and not (addressed and exchange == last):
        # a turn of an exchange after a question the narration told (unless the turn
        # speaks to the one the count gives it to)
        return Attribution(exchange or None, None, None, first.open_at)
    other = addressed or _other_party(ctx, first) or _answers_question(ctx, first)
    if other:
        ctx.switched.add(first.open_at)
        return Attribution(other, None, None, first.open_at)
    between = text[ctx.previous[-1][0] : first.open_at] if ctx.previous else "x"
    if not between.strip() or _CAPTION.fullmatch(between) or dated_caption(between):
        # Straight after another quote, or a photo's caption and credit only: the same
        # speaker goes on -- unless that quote was a question put to someone, who answers
        floor = max(0, first.open_at - 200)
        asked = _ASKED_NAMED.search(text, floor, first.open_at)
        asked = asked or _ASKED_HIM.search(text, floor, first.open_at)
        asked = asked or _TOLD_HIM.search(text, floor, first.open_at)
        if asked:  # "“Will you put the offer to members?” we asked her. “Not this offer.”"
            who = asked.group(1)
            pronoun = _subject_pronoun(who)
            found = (
                pronoun_referent(pronoun, asked.start(), index)
                if pronoun
                else index.canonical(who, asked.start(1))
            )
            if found:
                return Attribution(found, None, None, first.open_at)
        return Attribution(ctx.previous[-1][1], None, None, first.open_at)
    floor = ctx.previous[-1][0] if ctx.previous else 0
    same = _SAME_SOURCE.search(text, max(floor, first.open_at - 800), first.open_at)
    if same and ctx.unnamed:  # "The same senior aide says …. “…”": whom that aide spoke for
        return Attribution(ctx.unnamed[-1], None, None, first.open_at)
    opening = ctx.sentence(first.open_at)[0]
    if _LAW_SUBJECT.match(text, opening) and index.named_in(opening, first.open_at) is None:
        return Attribution(None, None, None, first.open_at)  # "State law now bans “…”"
    body_subject = _BODY_SUBJECT.match(text, opening)
    if body_subject:  # "The department also halted ... because of “...”"
        return Attribution(index.focus(first.open_at, org=True), None, None, first.open_at)
    closes_line = first.close_at is not None and _LINE_END.match(text, first.close_at + 1)
    headline = (
        _HEADLINE_LEAD.fullmatch(text, text.rfind("\n", 0, first.open_at) + 1, first.open_at)
        if closes_line and headline_case(text[first.start : first.end])
        else None
    )
    if headline:  # "Whitcomb Blasts Budget Deal: “They Sold Out …”": the person it opens on
        return Attribution(_headline_speaker(index, headline), None, None, first.open_at)
    # The sentence's subject ("Lee denounced Kim for policies that inflicted “…”"), else
    # the last person it names ("Kim's plan also calls for “…”").
    named = _opener_subject(ctx, opening)
    words = text[first.start : first.end]
    if named is None and opening == first.open_at and not _puts_question(words):
        # "Another reporter asked whether …\n\n“No, no. I will not get into all that.”"
        # (not "Whitlock then pressed him on the cost. “Governor, your critics say …”")
        named = answering_unnamed(index, first.open_at)
    family = None if named else SURNAMED_FAMILY.match(text, opening, first.open_at)
    if family:  # "The Mulhall family later thanked the community in a statement: “…”"
        named = f"{family.group(1)} family"
    named = named or study_source(index, sent_start, first.open_at)
    document = None if named else _DOCUMENT_THAT.search(text, sent_start, first.open_at)
    if document:  # "a memo from the Office of Management and Budget … that directs “…”"
        named = document_issuer(index, document.group(1), first.open_at, resolve_subject)
    named = named or index.subject_in(sent_start, first.open_at)
    if named is None and not text[:opening].strip() and _LEDE_WHO.match(text, opening):
        # "A former ambassador who served under three presidents has accused the
        # administration of “…”\n\nConstance Albright-Nwosu, who retired …": named next
        # (not a place the sentence names: "A walker who spent two nights on the
        # Crannoch Fells … has told how he survived by ‘…’")
        named = introduced_after(index, first.open_at, "", reach=600)
    named = named or _pronoun_owner(ctx, sent_start, first.open_at)
    named = named or leading_body(index, opening, first.open_at)
    named = named or index.named_in(sent_start, first.open_at)
    named = named or _told_before(ctx, opening, first.open_at)
    named = named or _credited_next(ctx, first)
    if named is not None:
        return Attribution(named, None, None, first.open_at)
    return Attribution(quoted_focus(index, first.open_at), None, None, first.open_at)


# The paragraph after a quote set alone that says whose words they were: "That warning,
# delivered Monday by Attorney General Lucinda Marsh at a news conference, …".
_CREDITED_NEXT = re.compile(
    r"\s*(?:That|This|Those|These|The)\s+(?:[a-z-]+\s+){0,2}?(?:warning|statement|remarks?|"
    r"comments?|message|pledge|promise|vow|threat|assessment|claim|words|verdict|quip|jab|"
    r"retort|admission|appeal|plea|prediction|boast|declaration|rebuke|charge|accusation)"
    r"\s*,?\s+(?:(?:was|were)\s+)?(?:(?:delivered|issued|made|offered|posted|written|spoken|"
    r"uttered|voiced|given)\s+(?:[\w-]+\s+){0,2}?)?(?:by|from)\s+"
    r"((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*)"
)


# "“…”\n\nSo said jury president Anatole Brisset as he handed …"
_SO_SAID = re.compile(
    r"\s*(?:So|Thus)\s+(?:said|says|wrote|writes|declared|declares)\s+"
    r"((?:[a-z]+\s+){0,3}(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)"
)


# "“…”\n\nThat was Rep. Annika Thorsby, a Democrat, speaking to …"
_THAT_WAS = re.compile(
    r"\s*(?:That|This)\s+(?:was|is)\s+((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*)"
    r"(?=(?:\s*\([^()]{1,20}\))?(?:,|\s+(?:speaking|talking|addressing|at|on|in|during)\b))"
)
# "“…”\n\nSen. Mitchell Ravensworth (R-Ohio) offered that wry assessment Wednesday …"
_OFFERED_THAT = re.compile(
    r"\s*((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*)(?:\s*\([^()]{1,20}\))?,?\s+"
    r"(?:offered|gave|delivered|issued|made|posted|wrote|shared|voiced)\s+(?:that|this|those|these)\s+"
    r"(?:[a-z]+\s+){0,2}(?:assessment|warning|verdict|remarks?|comments?|message|prediction|"
    r"summary|view|take|answer|plea|promise|pledge|rebuke|quip|jab)\b"
)
# "“…”\n\nThat was Gerald Nwachukwu-Hale’s first reaction when …"
_THAT_WAS_THEIRS = re.compile(
    r"\s*(?:That|This)\s+(?:was|is)\s+((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'-]*?)['’]s?\s+"
    r"(?:first\s+|initial\s+|immediate\s+|own\s+)?(?:reaction|response|verdict|assessment|"
    r"view|take|answer|message|advice|explanation|warning|plea|promise)\b"
)
# "“…”\n\nThat was how Chief Loretta Ashkewe of Sand Point Cree Nation described …": the
# one who then describes
_THAT_WAS_HOW = re.compile(
    r"\s*(?:That|This|Such)\s+(?:was|is)\s+how\s+([^;:!?“”\"\n]{1,120}?)\s+(?:described|"
    r"describes|summed|put\s+it|explained|recalled|remembered|characteri[sz]ed|opened|"
    r"began|closed|ended|started|greeted|welcomed)\b"
)


def _credited_next(ctx: _Context, first: MarkedSpan) -> str | None:
    """A quote that is a paragraph of its own, credited by the paragraph after it ("That
    warning, delivered Monday by Attorney General Lucinda Marsh, …"): that person."""
    text = ctx.text
    if first.close_at is None or not _opens_paragraph(text, first.open_at):
        return None
    after = _LINE_END.match(text, first.close_at + 1)
    if after is None:
        return None
    credit = _CREDITED_NEXT.match(text, after.end()) or _SO_SAID.match(text, after.end())
    for pattern in (_THAT_WAS, _THAT_WAS_THEIRS, _OFFERED_THAT):
        credit = credit or pattern.match(text, after.end())
    words = None if credit else _THAT_WAS_HOW.match(text, after.end())
    if words:
        return ctx.index.first_subject(words.start(1), words.end(1) + 1) or resolve_subject(
            words.group(1), words.start(1), ctx.index
        )
    if credit is None:
        return None
    name = clean_name(credit.group(1))
    return resolve_subject(name, credit.start(1), ctx.index) if name else None


# A story's opening subject, someone described and named only later: "A former ambassador
# to Sandovar who served under three presidents" (not an unnamed source: "A senior official
# who spoke on condition of anonymity").
_LEDE_WHO = re.compile(
    r"An?\s+(?:(?!official|source|aide|person|people|spokes)[\w’'-]+\s+){1,7}?who\s"
    # "A federal judge on Friday blocked …": a judge or a lawmaker the next paragraph names
    r"|An?\s+(?:[a-z][\w’'-]*\s+){0,2}(?:judge|senator|lawmaker|congressman|congresswoman|"
    r"governor|mayor|prosecutor|justice)\s+(?:on\s+\w+\s+)?[a-z]+(?:ed|s)\b",
)


_ASKS_OR_BREAKS = re.compile(r"(?:\?|—|–|--)\W*$")  # "… before the crash?", "… a review—"


def _other_party(ctx: _Context, first: MarkedSpan) -> str | None:
    """An exchange set as paragraphs of their own, each one turn: a quote with no cue after
    a question or a broken-off answer, or that asks one back or says it was not answered,
    is the other person's turn, and so is each uncued turn after such a turn.

    "“Do you still believe that?” Gaines asked.\n\n“Senator, I wrote that …—” Kell
    began.\n\n“Do you still believe it?”" is Gaines again, not Kell going on."""
    if len(ctx.previous) < 2:
        return None
    text = ctx.text
    other = ctx.previous[-1][1]
    open_b, breaks = ctx.turns[-1]
    paragraph_b = text.rfind("\n", 0, open_b) + 1
    # the turn before: the last quote of the paragraph before (one may have said two things)
    k = next((k for k in range(len(ctx.turns) - 2, -1, -1) if ctx.turns[k][0] < paragraph_b), None)
    if k is None or not _one_paragraph(text, ctx.turns[k][0], paragraph_b):
        return None
    one = ctx.previous[k][1]
    rest = _rest_of_line(text, first)
    words = text[first.start : first.end]
    asks = _ASKS_OR_BREAKS.search(words) is not None or _REBUTS.search(words) is not None
    # the turn before spoke to the other one ("But you chose to make it tight"): this is
    # the reply
    answered = _ADDRESSED_YOU.search(
        text, paragraph_b, paragraph_b + len(text[paragraph_b:].split("\n", 1)[0])
    )
    if (
        other
        and one in (None, other)
        and asks
        and not rest.strip()
        and _one_paragraph(text, open_b, first.open_at)
        and _opens_paragraph(text, first.open_at)
    ):
        # "Abernathy pressed her on reports …\n\n“I’ve seen those reports.”\n\n“You don’t
        # think, or you know?”": the interviewer the narration named asks back
        asker = interviewer_before(ctx.index, paragraph_b, max(0, paragraph_b - 600))
        if asker and not same_person(asker, other):
            return asker
    if not one or not other or one == other or not _one_paragraph(text, open_b, first.open_at):
        return None  # not two people's turns, each a paragraph, one straight after the other
    # (after a turn given to the other party, the exchange goes on turn by turn)
    if rest.strip() or not (breaks or asks or answered or open_b in ctx.switched):
        return None
    return one


# Words put to the one spoken to, not the "you" of anyone: "you chose", "are you asking",
# "we are asking you to", "your government"
_ADDRESSED_YOU = re.compile(
    r"\b[Yy]ou\s+(?:said|told|promised|voted|chose|signed|wrote|claimed|knew|were|are|did|"
    r"didn['’]t|decided|approved|refused|admitted|agreed|won['’]t|haven['’]t|hadn['’]t)\b"
    r"|\b(?:asking|ask|tell|telling|remind|reminding)\s+you\b"
    r"|\b[Yy]our\s+(?:government|council|party|department|office|administration|budget|plan|"
    r"decision|answer|question|program|programme|show|client|watch)\b"
)


# A turn that says the other one did not answer: "That’s not what I asked."
_REBUTS = re.compile(
    r"(?:\bnot|n[’']t)\s+what\s+I\s+asked\b|(?:\bnot|n[’']t)\s+my\s+question\b"
    r"|\b[Aa]nswer\s+(?:the|my)\s+question\b"
)


# A paragraph whose quote answers reporters: "Asked whether the company had sought support,
# Ms Hartigan said: “…”"
_ASKED_OPENING = re.compile(r"Asked\s+(?:whether|if|about|how|why|what|when|who)\b[^“”\"]*[“\"]")


# A pronoun cue that answers the one before: "“…,” he replied, turning toward Drayke."
_REPLY_CUE = re.compile(
    r"(?i)(he|she)\s+(?:replied|responded|retorted|countered|shot\s+back|fired\s+back|"
    r"hit\s+back|snapped\s+back|interjected|cut\s+in)\b"
)


def _someone_else(ctx: _Context, first: MarkedSpan, attribution: Attribution) -> str | None:
    """A pronoun cue read as the one who spoke just before, when the quote cannot be theirs:
    it replies to them ("“…,” he replied" after Drayke's words) or opens by addressing them
    ("“Miriam, your own party’s polling …,” she said" after Miriam Castell): the latest
    other speaker the pronoun fits, else the latest other subject it fits."""
    cue, speaker = attribution.cue or "", attribution.speaker
    if not speaker or not ctx.previous or not re.match(r"(?i)(?:he|she)\s", cue):
        return None
    pronoun = cue.split()[0].lower()
    addressed = _ADDRESSING.match(ctx.text, first.start)
    speaks_to = addressed is not None and addressed.group(1) in speaker.split()
    # (straight after the other's words: not "Asked whether …, she replied: “…”")
    right_after = not ctx.text[ctx.previous[-1][0] : first.open_at].strip()
    replies = _REPLY_CUE.match(cue) is not None and ctx.previous[-1][1] == speaker and right_after
    if not (speaks_to or replies):
        return None
    for _, who in reversed(ctx.previous[-8:]):
        if who and who != speaker and not is_org_name(who) and ctx.index.agrees(who, pronoun):
            return who
    found = ctx.index.focus(first.open_at, pronoun=pronoun, besides=speaker)
    return found if found and found != speaker and ctx.index.agrees(found, pronoun) else None


def _puts_question(words: str) -> bool:
    """The quoted words ask something or open by addressing someone: "How would you pay
    for it?", "Governor, your critics say …"."""
    inner = words.strip().lstrip("“\"‘' ")
    return (
        re.search(r"\?\W*$", words.strip()) is not None
        or re.match(rf"(?:{_VOCATIVE_TITLES})\.?\s*[A-Z]?[\w'’-]*\s*,", inner) is not None
        or re.match(r"You\s+(?:said|told|promised|claimed|wrote|were|are)\b", inner) is not None
    )


def _unnamed_exchange(ctx: _Context, first: MarkedSpan) -> str | None:
    """A quote set alone in the paragraphs of quotes after "One reporter asked whether …"
    or "Abernathy pressed her on …": turn by turn, the one asked answers first, then the
    asker; an unnamed asker's turn is "" and is always a question (a statement there is
    the one asked going on). None when the quote is in no such exchange."""
    text = ctx.text
    line = text.rfind("\n", 0, first.open_at) + 1
    if text[line : first.open_at].strip():
        return None
    start, turns = line, 1
    for _ in range(12):  # back over paragraphs of quotes only (and blank lines)
        before = text.rfind("\n", 0, max(0, start - 1))
        paragraph = text[before + 1 : start].strip()
        opens = bool(paragraph) and paragraph[0] in "“\"‘'"
        turns += opens
        if not paragraph or opens:
            start = before + 1
            continue
        question = text[first.start : first.end].rstrip(" ,").endswith("?")
        if _ASKED_OPENING.match(paragraph):
            # "Asked whether …, Ms Hartigan said: “…”": her first turn, put by reporters
            said = [who for at, who in ctx.previous if before < at <= start and who]
            if not said:
                return None
            return "" if turns % 2 and question else said[-1]
        parties = exchange_parties(ctx.index, before + 1, start)
        if parties is None:
            return None
        asker, answerer = parties
        # ("Whitlock then pressed him on the price tag.\n\n“Governor, your critics say
        # …”": the first turn is the question itself, put to the one asked)
        asks_first = _puts_question(text[start:].lstrip().split("\n", 1)[0])
        if (turns + asks_first) % 2 or (asker is None and not question):
            return answerer
        return asker or ""
    return None


def _answers_question(ctx: _Context, first: MarkedSpan) -> str | None:
    """An uncued quote set alone right after a question put to "you" in a paragraph of its
    own, when no one else has spoken yet: the latest other person the article named before
    the question answers it ("Defense attorney Renata Voss walked Gary Pelletier through his
    testimony. “… Do you remember that?” Voss asked.\n\n“I do.”": Pelletier)."""
    if not ctx.turns or not ctx.previous or ctx.previous[-1][1] is None:
        return None
    text = ctx.text
    open_b, asks = ctx.turns[-1]
    asker = ctx.previous[-1][1]
    if not asks or not _opens_paragraph(text, first.open_at) or _rest_of_line(text, first).strip():
        return None
    paragraph_b = text.rfind("\n", 0, open_b) + 1
    if not _one_paragraph(text, paragraph_b, first.open_at):
        return None  # (the question is the paragraph just before)
    question = text[open_b : text.find("\n", open_b) if "\n" in text[open_b:] else len(text)]
    # a question put to someone: to "you", or a yes-or-no question ("Did Mr. Dandridge ever
    # explain why?"), asked in the cue or set alone (not "Who will pay?" answered by its
    # speaker)
    put = re.search(r"\b(?i:you|your)\b", question) or (
        _YES_NO.match(question) and not re.search(r"\b(?:he|she|they)\b", question)
    )  # ("Did he apologise?": about the one it names, not put to them)
    # put in a cue ("… Do you remember that?” Voss asked"), or set alone as the first words
    # of whoever it went to (not a reporter's question left to the one answering before)
    alone = question.rstrip()[-1:] in "”\"’'" and not text[paragraph_b:open_b].strip()
    first_words = all(who != asker for _, who in ctx.previous[:-1])
    cued = re.search(r"\basked\b", question) or (alone and first_words)
    if not (put and cued) and open_b not in ctx.switched:
        return None
    if any(who and who != asker for _, who in ctx.previous[:-1]):
        return None  # (two people have spoken: _other_party's turns)
    # (not someone the question speaks of: "Did Mr. Dandridge ever explain why?")
    inner = question[1:]
    for vocative in (_ADDRESSING.match(inner), _ADDRESSED_LAST.search(inner.rstrip("”\"’' "))):
        if vocative:  # (the one it speaks to: "Mrs Stabler, on the night …")
            inner = inner.replace(vocative.group(1), "")
    spoken_of = frozenset(re.findall(r"[A-Z][\w'’-]+", inner))
    return _named_besides(ctx, paragraph_b, asker, spoken_of)


# A quote opening by addressing someone: "Ms. Kolb, with respect, …", "Senator Hale, …"
_VOCATIVE_TITLES = (
    r"Mr|Ms|Mrs|Miss|Dr|Senator|Sen|Congressman|Congresswoman|Judge|Professor|Prof|Minister|"
    r"Chairman|Chairwoman|Governor|Gov|Mayor|Secretary|Director|Councillor|Councilor|Premier|"
    r"Treasurer|Chancellor|Commissioner|Sheriff|Detective|Inspector|Sergeant|Captain|Coach|"
    r"President|Ambassador|General|Colonel|Doctor"
)
# Whom a quote addresses: "Ms. Kolb, with respect, …" (opening), "… a press release, Sipho."
# (closing), "… in March, Minister. They said …" (a title alone, inside)
_ADDRESSING = re.compile(
    r"\s*(?:(?:Well|Look|Yes|No|Oh|So|Listen|Now|OK|Okay|Sorry|Again|Honestly),\s+)?"
    rf"(?:(?:{_VOCATIVE_TITLES})\.?\s+)?([A-Z][\w'’-]+)\s*,"
)
_ADDRESSED_LAST = re.compile(rf",\s+(?:(?:{_VOCATIVE_TITLES})\.?\s+)?([A-Z][\w'’-]+)[.!?]\s*$")
_ADDRESSED_BY_TITLE = re.compile(rf",\s+({_VOCATIVE_TITLES})[.!?,]")
_YOU_ARE_THE = re.compile(
    rf"\b[Yy]ou(?:['’]re|\s+are)\s+the\s+({_VOCATIVE_TITLES})\b"
)  # "You're the Treasurer"


def _not_the_addressed(ctx: _Context, first: MarkedSpan) -> str | None:
    """An uncued quote in a paragraph of its own that addresses the one who spoke last
    ("Ms. Kolb, with respect, you are not under oath.", "You tabled a press release,
    Sipho.", "They wrote to you in March, Minister.") is not theirs: it is the one who spoke
    before them, or else the latest other person named before it."""
    text = ctx.text
    if not _opens_paragraph(text, first.open_at):
        return None
    words = text[first.start : first.end]
    named = _ADDRESSING.match(words) or _ADDRESSED_LAST.search(words)
    if not ctx.previous or ctx.previous[-1][1] is None:
        # "… was cross-examined by prosecutor Simon Achterberg.\n\n‘Mrs Stabler, on the
        # night …?’": nobody has a turn yet; the other one the narration named
        titled = re.match(rf"\s*(?:{_VOCATIVE_TITLES})\.?\s", words) is not None
        addressed = ctx.index.canonical(named.group(1), first.open_at) if named and titled else None
        if addressed is None or " " not in addressed:
            return None
        return _named_besides(ctx, first.open_at, addressed)
    last = ctx.previous[-1][1]
    title = None
    if named is not None and re.fullmatch(_VOCATIVE_TITLES, named.group(1)):
        title, named = named.group(1), None  # "The scope expanded, Senator."
    if named is not None and named.group(1) not in last.split():
        return None
    if named is None:
        found = _ADDRESSED_BY_TITLE.search(words) or _YOU_ARE_THE.search(words)
        title = title or (found.group(1) if found else None)
        holder = by_role(ctx.index, f"the {title.lower()}", first.open_at) if title else None
        if holder is None or not same_person(holder, last):
            return None
    floor = first.open_at - 1500
    turns = zip(reversed(ctx.turns), reversed(ctx.previous), strict=False)
    spoke = next((who for (at, _), (_, who) in turns if at >= floor and who and who != last), None)
    return spoke or _named_besides(ctx, first.open_at, last)


_YES_NO = re.compile(
    r"[“\"‘']\s*(?:Did|Do|Does|Have|Has|Had|Is|Are|Was|Were|Will|Would|Can|Could|Should)\s"
)


def _named_besides(
    ctx: _Context, pos: int, besides: str, spoken_of: frozenset[str] = frozenset()
) -> str | None:
    """The latest person named in full in the 800 characters before `pos`, other than
    `besides` and anyone whose surname is among `spoken_of`."""
    at = bisect.bisect_left(ctx.index.mention_starts, pos)
    for mention in reversed(ctx.index.mentions[max(0, at - 12) : at]):
        if mention.is_org or mention.start < pos - 800:
            continue
        name = ctx.index.canonical(mention.name, mention.start)
        if name.split()[-1] in spoken_of:
            continue
        if " " in name and not same_person(name, besides) and not ctx.index.unpersoned(name):
            return name  # (not "the Cabarita Point erosion event": nobody's name)
    return None


def _opens_paragraph(text: str, pos: int) -> bool:
    """Nothing but space stands between the paragraph's start and `pos`."""
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip()


def _rest_of_line(text: str, first: MarkedSpan) -> str:
    """The text after the quote's closing mark, to the end of its paragraph."""
    close = first.close_at if first.close_at is not None else first.end
    line_end = text.find("\n", close)
    return text[close + 1 : line_end if line_end >= 0 else len(text)]


def _one_paragraph(text: str, start: int, end: int) -> bool:
    """text[start:end] is one paragraph and the break after it."""
    body = text[start:end]
    return "\n" in body and "\n" not in body.rstrip()


def _told_before(ctx: _Context, opening: int, open_at: int) -> str | None:
    """ "Acme cut 300 jobs, the company said. / “We are reviewing …”": a quote opening its
    sentence right after one that a cue closes, with no quote between, is that speaker's."""
    before = ctx.previous_sentence(opening)
    if before is None or ctx.text[opening:open_at].strip():
        return None
    start, end = before
    if ctx.previous and ctx.previous[-1][0] > start:
        return None
    sentence = ctx.text[start:end].rstrip()
    cue_at = tail_cue_start(sentence)
    if cue_at is None:
        return None
    told = cue_after(ctx.text, start + cue_at, start + len(sentence), ctx.index, start + cue_at)
    return told.speaker if told else None


def _opener_subject(ctx: _Context, opening: int) -> str | None:
    """ "After calling it “only slightly less awful”, the attorney general, Jeff Sessions,
    …": words quoted in an opening phrase of saying are the main clause's subject's."""
    opener = _SAYING_OPENER.match(ctx.text, opening)
    if opener is None:
        return None
    end = ctx.sentence(opening)[1]
    first = bisect.bisect_right(ctx.index.mention_starts, opener.end())
    for mention in ctx.index.mentions[first:]:
        if mention.start >= end:
            return None
        if mention.is_org:
            continue
        lead = ctx.text[max(opening, mention.start - 40) : mention.start]
        if re.search(r",\s+(?:the\s+[a-z][\w\s-]*,\s+)?$", lead):
            return ctx.index.canonical(mention.name, mention.start)
    return None


def _closing_cue(ctx: _Context, after: int, sent_end: int, anchor: int) -> Attribution | None:
    """The cue ending a sentence (", he added."), when it comes after `after`."""
    tail = _TAIL_CUE.search(ctx.text, after, sent_end)
    if tail is None:
        return None
    return cue_after(ctx.text, tail.start(), sent_end, ctx.index, anchor)


def _name_only(ctx: _Context, last: MarkedSpan) -> Attribution | None:
    """The speaker of '“…,” Sen. Ann Lee (D-Del.).', a cue without its verb."""
    before = ctx.text[max(0, last.close_at - 8) : last.close_at] if last.close_at else ""
    if last.close_at is None or before.rstrip()[-1:] != ",":
        return None
    match = _NAME_ONLY.match(ctx.text, last.close_at + 1)
    # A full name, not a lone word ("“reassuring,” Drs. Ann Lee and …": a title)
    if match is None or last_name(match.group(1)) is None or len(name_tokens(match.group(1))) < 2:
        return None
    name = resolve_subject(match.group(1), match.start(1), ctx.index)
    return Attribution(name, match.group(1), None, match.start(1)) if name else None


def _pronoun_owner(ctx: _Context, start: int, end: int) -> str | None:
    """ "His claim that … “…”", "the boast that he’d “…”": the person the pronoun means,
    when no one is named before it in the sentence."""
    text = ctx.text
    for match in _OWNER_PRONOUN.finditer(text, start, end):
        if ctx.index.named_in(start, match.start()) is not None:
            return None
        if re.search(r"[“”\"«»]", text[start : match.start()]):
            return None  # inside or after another quotation: someone else's words
        pronoun = "he" if match.group().lower() in ("he", "his") else "she"
        found = ctx.index.focus(end, pronoun=pronoun)
        # "Orla Quist met Bram Tolle. His answer: …": not the subject she, the man named
        return found or named_agreeing(ctx.index, end, pronoun, ctx.index.focus(end) or "")
    return None


def _cue_sentence_after(ctx: _Context, end: int, anchor: int) -> Attribution | None:
    """A cue standing alone after the quote: '“… rates?” Chairwoman Carolyn Maloney said.'"""
    # A question or exclamation ends the quoted sentence before a cue; after a full stop
    # only a bare cue ('“… campaign.” Lee replied.') is one.
    full_stop = ctx.text[:end].rstrip(" ”\"’'»").rstrip()[-1:] not in "?!"
    following = ctx.next_sentence(end)
    if following is None or following[0] - end > 3:
        return None
    body = ctx.text[following[0] : following[1]]
    source = _SOURCE_AFTER.match(body) or _SPOKE_THOSE_WORDS.match(body)
    if source:  # "“…” The words came from Ann Lee, who …": named after the quote
        named = source.group(1).strip()
        speaker = resolve_subject(named.rsplit(", ", 1)[-1], anchor, ctx.index)
        if speaker:
            return Attribution(speaker, source.group().strip(), None, following[0])
    if "\n" in ctx.text[end : following[0]]:
        return None  # "Quist disagreed." opening the next paragraph starts a new passage
    plain = QUOTED_TITLE.sub(" ", body)  # "editor of the Post's “The Fact Checker,” wrote"
    if len(plain.split()) > (4 if full_stop else 24) or re.search(r"[“”\"«»]", plain):
        return None
    found = cue_after(ctx.text, following[0], following[1], ctx.index, anchor)
    if found is None or found.verb is None or found.verb.endswith("ing"):
        return None  # "“…!” Mr. Trump withdrew from the deal, arguing …": no cue of it
    verb_end = ctx.text.find(found.verb, found.position, following[1])
    rest = ctx.text[verb_end + len(found.verb) : following[1]] if verb_end >= 0 else ""
    # A sentence that opens with its speaker ('“…?” Ann Lee, an editor, wrote in reply to
    # the post.') may go on a little after the verb; one that buries it may not.
    opens = not ctx.text[following[0] : found.position].strip()
    if opens:  # "… Lee posted on X, replying to a video …": the clause after a comma is aside
        rest = rest.split(",")[0]
    # ("Lee wrote in a post on Instagram alongside a photo of the crowd": where and how)
    reach = (16 if _CIRCUMSTANCE_NEXT.match(rest) else 10) if opens else 5
    if verb_end < 0 or len(rest.split()) > reach:
        return None
    if full_stop and (re.search(r"\w", rest) or found.verb.lower() in RESPONSE_VERBS):
        return None  # "“… hope.” Lee agreed.": Lee answers the words, she did not say them
    if _OBJECT_AFTER.match(rest) and found.verb.lower() not in _TO_SOMEONE:
        return None  # "“… WIN!” Whitlock … announced the charges at the …": another act
    answered = _ANSWERED.match(ctx.text, verb_end) if verb_end >= 0 else None
    if answered and re.search(r"\w", ctx.text[answered.end() : following[1]]):
        return None  # "“Tamsford gets it!” The Lindahl campaign pushed back within hours."
    return found


_CIRCUMSTANCE_NEXT = re.compile(
    r"\s*(?:in|on|at|to|during|from|via|alongside|under|outside|inside|after|before|amid|as|while)\s"
)
# After a verb that takes no listener, an object: the sentence tells of another act.
_OBJECT_AFTER = re.compile(r"\s*(?:the|a|an|his|her|its|their)\s+[a-z]")
_TO_SOMEONE = OBJECT_SPEECH_VERBS | word_set("wrote writes posted replied answered")
# Verbs of answering back: with more after them, the sentence tells of a reply to the
# words before, not who said them.
_ANSWERED = re.compile(r"(?:pushed|hit|fired|shot|struck)\s+back|responded|reacted|retorted")


# The sentence after a paragraph's opening quote says who spoke ("The mayor spoke to
# reporters …", "Kieran Lalonde, a fire officer, gave that assessment at a briefing").
# A gesture after a quote, in place of a cue: "Juniper grins", "Tom shrugged"
_GESTURES = (
    r"(?:grins|grinned|laughs|laughed|smiles|smiled|shrugs|shrugged|sighs|sighed|nods|nodded|"
    r"winces|winced)"
)
_SPOKE_AFTER = re.compile(
    # ("“He’s exaggerating wildly.” Juniper grins and stirs her tea.")
    rf"\b{_GESTURES}\b|"
    r"\b(?:spoke|speaking|told|tells|said|says|assessment|answer|remarks?|briefing|"
    r"reporters|interview|press\s+conference|admission|warning|comments?|pledge|promise|"
    r"plea|vow|apology|verdict)\b"
)


# "With that line, delivered …, President Ilario Desmonte rejected": who said the words
_WITH_THOSE_WORDS = re.compile(
    r"(?:With|After|Having\s+said)\s+(?:that|those|these|this)(?:\s+(?:line|lines|words|remark|"
    r"remarks|message|declaration|warning|vow|promise|pledge|rebuke)\b[^.!?“”\"]{0,200}?)?,\s+"
    # (a body and a role before the name: "Blackspruce Mining Corp. general manager Wes
    # Thibodeau announced")
    r"((?:[A-Z][\w.'’&-]*\s+){0,4}(?:(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w.'’-]*\s+){0,3})?"
    r"[A-Z][\w'’-]+)\s+[a-z]"
)


def _speaker_of_next_sentence(ctx: _Context, first: MarkedSpan, end: int) -> Attribution | None:
    """A quote opening its paragraph with no cue: the person who is the subject of the next
    sentence of the paragraph, when that sentence is about speaking."""
    text = ctx.text
    line_start = text.rfind("\n", 0, first.open_at) + 1
    if text[line_start : first.open_at].strip():
        return None
    following = ctx.next_sentence(end)
    if following is None:
        return None
    with_those = _WITH_THOSE_WORDS.match(text, following[0], following[1])
    if with_those and not text[end : following[0]].strip('”"’ \n'):
        # "“We will not be lectured …”\n\nWith that line, delivered through an interpreter
        # …, President Ilario Desmonte rejected …": the one the next paragraph names
        name = resolve_subject(with_those.group(1), with_those.start(1), ctx.index)
        return Attribution(name, None, None, following[0]) if name else None
    if "\n" in text[end : following[0]]:
        return None
    if re.search(r"[“”\"«»]", text[following[0] : following[1]]):
        return None  # another quotation: its own cue
    if not _SPOKE_AFTER.search(text, following[0], following[1]):
        return None
    speaker = ctx.index.subject_in(following[0], following[0] + 120)
    beat = None if speaker else _BEAT.match(text, following[0], following[1])
    if beat:  # "Juniper grins and stirs her tea.": the first name of one named in full
        fulls = {
            ctx.index.canonical(m.name, m.start)
            for m in ctx.index.mentions
            if " " in m.name and m.name.split()[0] == beat.group(1) and not m.is_org
        }
        speaker = fulls.pop() if len(fulls) == 1 else None
        if speaker:  # (the subject of that sentence, for what follows it)
            ctx.index.add_event(beat.start(1), speaker)
    return Attribution(speaker, None, None, following[0]) if speaker else None


# A first name then a gesture
_BEAT = re.compile(rf"\s*([A-Z][\w'’-]+)\s+{_GESTURES}\b")


def _share_following_cues(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """A quote without a cue takes the cue of the next quote in its sentence, or of the
    next quote that reopens it: "“A. “B.” So said X" (one passage over two paragraphs,
    the first left open) is X's throughout."""
    shared = list(quotes)
    for i in range(len(shared) - 2, -1, -1):
        quote, following = shared[i], shared[i + 1]
        same_sentence = ctx.sentence(quote.start) == ctx.sentence(following.start)
        reopened = _REOPENED.fullmatch(ctx.text, quote.end, following.start) is not None
        if quote.cue is None and following.cue is not None and (same_sentence or reopened):
            shared[i] = replace(quote, speaker=following.speaker)
    return shared


# Between a quote left open and the next: only space and the next one's opening mark.
_REOPENED = re.compile(r"\s*[“\"‘«„]\s*")
