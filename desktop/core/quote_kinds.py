"""Whether quoted words are a quote, a fragment woven into the reporter's sentence, or
a name (a title, a nickname, a slogan, a scare quote) that nobody said."""

from __future__ import annotations

import re

from desktop.core.attribution import Attribution
from desktop.core.first_names import given_name
from desktop.core.model import QuoteKind
from desktop.core.speech_words import SPEECH_VERBS
from desktop.core.word_regex import word_set

_LAST_WORD = re.compile(r"(\w+)\W*$")
_IN_ON = re.compile(r"\b(?:in|on)\s*$")
_CAPS_LINE = re.compile(r"[A-Z]{2,}[^a-z]{0,12}$")
_NAMING = re.compile(
    r"(?:so\s?-\s?called|dubbed|nicknamed|titled|entitled|known as|named|branded|billed as|"
    r"hashtag|slogan|motto|tagline|strapline|catchphrase|headline|headlined|captioned|lyrics?|"
    r"subtitled|the heading|\bpoll(?:\s+question)?|subject\s+line|"
    r"searches\s+for|search\s+terms?"
    r"|\b(?:is|was|are|were|be|been|being)\s+(?:now\s+|also\s+|still\s+)?called"
    # the same naming words in the other languages our users' outlets write in
    r"|\b(?:baptis|intitul|surnomm|dénomm)ée?s?|\bsous\s+le\s+(?:titre|nom)|\b(?:sogenannte|"
    r"so\s+genannte|genannte|betitelte)[mnrs]?|\b(?:genannt|namens|betitelt)"
    r"|\bmit\s+dem\s+Titel|\b(?:titulad|denominad|bautizad|apodad|intitulad|batizad|apelidad)"
    r"[oa]s?|\bbajo\s+el\s+(?:título|lema)|\bconocid[oa]s?\s+como|\b(?:el|la|los|las)\s+"
    r"llamad[oa]s?|\bпод\s+названием|\bтак\s+называем\w*|\bназванн\w*|\bхештег\w*|"
    r"\b(?:berjudul|bertajuk|bertema|dijuluki|bernama|tagar|istilah))"
    r"(?:,\s+[a-z][^,“”\"\n]{0,40},)?\W*$",  # ("titled, with a straight face, “…”")
    re.I,
)
# A name people have for something, set after a colon: "conservatives have a name for him:
# “Injunction Ike.”" (a survey's question and a sign's words stay quotes, as the PAC gold
# counts them).
_NAME_FOR = re.compile(r"\b(?:nick)?name\s+for\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+\s*:\s*$", re.I)
_EVENTS_TOO = ("episode", "exhibit", "single")  # nouns for more than a work
# "Episode two, “…”, is better still": a numbered part's title
_NUMBERED_WORK = re.compile(
    r"\b(?:Episode|Chapter|Part|Track|Season|Volume)\s+(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s*,?\s*$"
)
# "Ihr neuer Roman »…«": a work named by its noun in German, not words quoted from it
_WORK_DE = re.compile(
    r"\b(?:Roman|Buch|Film|Album|Lied|Song|Serie|Sendung|Stück|Dokumentarfilm|Ausstellung|"
    r"Kampagne|Projekt)\s*,?\s*$"
)
# "her new book “The Long Winter”" names a work; "wrote in her book: “I was afraid …”" quotes it.
_WORK = re.compile(
    r"(?:\b(?:the|his|her|their|its)|\b[A-Z][\w.-]*['’]s?)\s+(?:(?:new|latest|debut)\s+)?"
    r"(?P<noun>book|film|show|song|movie|series|album|podcast|documentary|play|memoir|novel|"
    r"episode|exhibition|exhibit|musical|opera|sitcom|single|mixtape|sequel)\W*$",
    re.I,
)
# "The paper, ‘Fermented food intake and …’, was published": a title set off by commas.
_WORK_APPOSED = re.compile(
    r"(?:\b(?:the|his|her|their|its|a)|\b[A-Z][\w.-]*['’]s?|\b[a-z]+['’]s)\s+"
    r"(?:(?:new|latest|debut|official|final|interim|independent|policy|white|green|\d{4})\s+)?"
    r"(?:(?:inspection|research|annual|progress|review|audit|consultation)\s+)?"
    r"(?:book|film|show|song|movie|series|album|podcast|documentary|play|memoir|novel|paper|"
    r"study|report|article|essay|thesis|episode|petition|poem|column|editorial|op-ed|"
    r"group|campaign|movement|charity|initiative|programme|program|project|review|inquiry|"
    r"audit|evaluation|assessment|strategy|manifesto|blueprint|roadmap)\s*,\s*$",
    re.I,
)
# ... or after the body it is from: "A new report from the Fairhaven Policy Institute, “…,”
# found that"
_WORK_FROM = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:new\s+|latest\s+)?(?:report|study|paper|review|audit|"
    r"analysis|book|film|documentary)\s+(?:from|by)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,5}"
    r"[A-Z][\w'’.&-]*\s*,\s*$",
    re.I,
)
# A law or bill by its name: "… (Age Assurance and Design Standards) Bill".
_NAMED_LAW = re.compile(r"\s(?:Bill|Act|Amendment|Regulations|Directive|Ordinance)\s*$")
# A subheading's speaker and colon at the start of its sentence: "McConnell : ‘…’"
_NAME_COLON = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*:\s*")
_CODE = re.compile(r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{3,}")  # "50OFF699", "XR-7"
# A string in program code: 'print("Hello there")', 'name = "my app"', '{"title": "…"}'.
_IN_CODE = re.compile(r"(?:[A-Za-z_]\w*\(|[\w\]]\s*=\s*|\{[^{}\n]*)$")
_MAX_TITLE_WORDS = 8
_MAX_HEADLINE_WORDS = 20
_OWNER = r"[A-Z][\w.]*(?:['’]s|s['’])"  # "the Daily Beast's", "Nordland’s", "Fox News’"
# "the Daily Beast's “…”", "HuffPost's “…”": an owner's title-cased words are its headline
_OWNED_TITLE = re.compile(rf"\b{_OWNER}\s*$")
# "the “…” campaign", "Nordland’s “…” ad campaign": a name
# (or "the usual “…” drivel": a stock adjective between)
_DETERMINED = re.compile(
    rf"(?:\b(?:[Tt]he|its|their)|{_OWNER})"
    r"(?:\s+(?:usual|same|old|familiar|whole|typical|classic|standard|tired|infamous))?\s*$"
)
_TERM_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:word|words|term|phrase|label|name|definition of|slogan|hashtag)\W*$", re.I
)
_FUNCTION_WORDS = word_set(
    """
    of to for in on by and or nor that which as at with from is was were are be been being has
    have had will would could should may might can do does did not than into over under about
    after before during against because but so if when while who whom whose he she it they we
    i you his her its their our my your this these those there here then also only even just
    still yet already said says told added wrote according across through since until unless
    """
)
_CLAUSE_OPENERS = word_set("i we you he she it they this there that's it's we're i'm")
# Words after which a quote opens a clause of its own ('said that "the sale was off"').
_INTRODUCERS = SPEECH_VERBS | word_set("say saying that reads read")
# A sentence that opens with its source and then the quote: "According to the board, “".
_SOURCE_LEAD = re.compile(r"(?:^|[.!?”\"]\s+)According to [^,;:.!?“”\"]{1,120},$")
_MINOR = word_set(
    """
    a an and at by for from in of on or the to with as vs is
    de del la las los el y du des le les der die das und van von
    """
)


def _word_count(inner: str) -> int:
    return len(re.findall(r"\w+(?:['’]\w+)?", inner))


def quote_kind(inner: str, prefix: str) -> QuoteKind:
    """A fragment is quoted wording woven into the reporter's own sentence.

    A quote that opens its own clause ('said "we will win"') stays a quote even when
    the reporter's sentence runs into it.
    """
    lead = prefix.rstrip()
    if inner[:1].isupper() and _CAPS_LINE.search(lead[-30:]):
        return "quote"  # the text before is a headline in capitals, not a sentence
    woven = bool(lead) and (lead[-1].isalnum() or lead[-1] in "’'")
    woven = woven or (bool(lead) and inner[:1].islower() and not lead.endswith(":"))
    if not woven:
        return "quote"
    first = re.match(r"[\w']+", inner.strip())
    if first and first.group().lower() in _CLAUSE_OPENERS:
        return "quote"
    if _SOURCE_LEAD.search(lead[-160:]) and _word_count(inner[:120]) >= 5:
        return "quote"  # 'According to the board, “the ferry will run …”': the whole sentence
    last = _LAST_WORD.search(lead[-40:])
    if last and last.group(1).lower() in _INTRODUCERS and _word_count(inner[:120]) >= 5:
        return "quote"  # 'said that "the sale was canceled"': a clause of its own
    return "fragment"


_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s$")
_SURNAME_AFTER = re.compile(r"\s[A-Z][\w'’-]+")


def is_naming(
    inner: str, prefix: str, suffix: str, attribution: Attribution, parts: int, near: bool
) -> bool:
    """Titles, nicknames and scare quotes: no speaker cue, short or title-cased."""
    if parts > 1:
        return False
    tail = prefix[-40:]  # the patterns below look only at the words before the mark
    words = _word_count(inner[:120])  # only small counts matter below
    if _NAMING.search(tail) or _WORK_DE.search(tail) or _NUMBERED_WORK.search(tail):
        return True  # a name or a title
    if words <= 6 and _NAME_FOR.search(prefix[-120:]):
        return True  # a name for something, not words anyone said
    if inner.lstrip().startswith(("@", "#", "http")) and words < 9:
        return True  # a handle or link, not a post that opens by tagging someone
    given = _GIVEN_BEFORE.search(tail)
    if given and given_name(given.group(1)) and _SURNAME_AFTER.match(suffix):
        return True  # Naomi “Regulate-It-All” Faraday-Lin: a nickname inside a name
    if _IN_CODE.search(prefix[-200:]):
        return True  # a string in code: nobody said it
    if _CODE.fullmatch(inner.strip(" .,")):
        return True  # "use the code “50OFF699”", "the “XR-7” model": a code, not words
    if _WORK_APPOSED.search(tail) and (
        suffix.lstrip()[:1] == ","
        or (inner.rstrip()[-1:] == "," and attribution.cue is None)  # (not "“…,” she wrote")
    ):
        return True  # "the paper, ‘…’, was published": its title between commas
    between_commas = suffix.lstrip()[:1] == "," or inner.rstrip()[-1:] == ","
    if between_commas and _WORK_FROM.search(prefix[-120:]):
        return True  # its title between commas
    if _NAMED_LAW.search(inner) and title_case(re.sub(r"\([^)]*\)", "", inner), most=20):
        return True  # 'passed the “Protection of Children in Digital Spaces … Bill”'
    work = _WORK.search(tail)
    if work and work["noun"].lower() in _EVENTS_TOO and not inner.lstrip()[:1].isupper():
        work = None  # 'called the episode ‘a national embarrassment’': an incident
    if work and not tail.rstrip().endswith(":"):
        titled = _capitalised(re.findall(r"[^\W\d_][\w'’-]*", inner[:200]))
        if titled or (words <= _MAX_TITLE_WORDS and inner.rstrip(" ,")[-1:] not in ".!?"):
            return True  # a work's title, not words quoted from it
    if re.match(r":[A-Z]", suffix) and (prefix.rstrip()[-1:] in ".!?" or not prefix.strip()):
        return True  # "‘We will rebuild’:Mayor vows …", a linked story's headline left in
    if (
        _NAME_COLON.fullmatch(prefix)
        and re.match(r"\s+[A-Z]", suffix)
        and inner.rstrip()[-1:].isalpha()
    ):
        return True  # "McConnell : ‘ No shutdown ’ McConnell has been tested": a subheading
    if _OWNED_TITLE.search(tail) and not inner.isupper() and headline_case(inner):
        return True  # "the Daily Beast's “Governor Shrugs Off Old Photo as a Joke”"
    if _OWNED_TITLE.search(tail) and words <= 2 and _show_title(inner):
        return True  # "Lowe told Fox News’ “Hannity” that …": a programme, by its owner
    if inner.isupper() and _CAPS_LINE.search(tail):
        return True  # a word quoted in another story's headline left in the text
    if 2 <= words <= 3 and not near and _modifier(inner, suffix):
        return True  # the “zero tolerance” policy (one word there is often an opinion)
    if words <= 6 and _DETERMINED.search(tail) and _modifier(inner.rstrip(".!"), suffix):
        return True  # the “Ferries. We sail for you.” campaign: a slogan naming a campaign
    if words <= 4 and inner.strip()[:1].isupper() and _IN_ON.search(tail):
        return True  # 'said in “Frontlines,” a new film': a title, not words anyone said
    has_cue = attribution.cue is not None
    reads = re.search(r"\breads?\s*:?\s*$", prefix[-20:]) is not None  # a plaque's words
    if (reads or not has_cue) and _prose_line(prefix) and _long_title(inner):
        return True  # 'a plaque reads “What You Are Looking For Is Not on That Screen.”'
    opens = not prefix.strip() or prefix.rstrip()[-1:] in ".!?:"
    shouted = has_cue and opens and inner.isupper() and inner.rstrip()[-1:] in ",.!?"
    if prefix.rstrip().endswith(":") and inner.rstrip()[-1:] in ".!?":
        return False  # 'His response was curt: “Nonsense.”': a sentence said, not a title
    line = prefix.rsplit("\n", 1)[-1]
    if line.rstrip().endswith(":") and re.match(r"[ \t]*(?:\n|$)", suffix) and _SPOKEN.match(inner):
        return False  # 'Whitcomb Blasts Deal: “They Sold Out Every Family”': a headline's quote
    if title_case(inner) and not (has_cue and re.match(r"\s*[,—–-]", suffix)) and not shouted:
        return True  # (words in capitals closed by a comma before a cue are shouted)
    if has_cue or words > 3:
        return False
    alone = not prefix.strip() or prefix.rstrip(" \t").endswith("\n")
    if alone and re.match(r"[ \t]*(?:\n|$)", suffix) and inner.rstrip()[-1:] in ".?!":
        return False  # "‘When?’" set as a paragraph of its own: a turn, not a name
    single_name = words == 1 and inner.strip()[:1].isupper()
    return single_name or _TERM_BEFORE.search(tail) is not None or _modifier(inner, suffix)


# Words a headline quotes someone saying, in headline capitals: a person speaking ("They
# Sold Out …", "I Was Told …", "We Don't Need …"), not a work's title.
_SPOKEN = re.compile(r"\s*(?:I|We|They|He|She|You|It['’]s|We['’]re|I['’]m|Nobody|Don['’]t)\s")


def _prose_line(prefix: str) -> bool:
    """The words before the mark, on its line, are a sentence's, not a headline's: three
    of the last eight or more are in lower case."""
    words = re.findall(r"[^\W\d_][\w'’-]*", prefix.rsplit("\n", 1)[-1][-160:])[-8:]
    return sum(1 for w in words if w[0].islower() and w.lower() not in _MINOR) >= 3


def _long_title(inner: str) -> bool:
    """Five to sixteen words, every one but the minor ones capitalised (not all in
    capitals: a post in capitals is shouted), not a question or a cry: in a sentence of
    prose, a title, sign or slogan, not anyone's speech."""
    if inner.isupper():
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    major = [w for w in words if w.lower() not in _MINOR]
    return (
        5 <= len(words) <= 16
        and len(major) >= 4
        and inner.rstrip(" ,")[-1:] not in "?!"
        and _capitalised(words)
    )


def names_something(inner: str, suffix: str) -> bool:
    """Quoted words used as the name of what the next noun says: the “Ferries. We sail
    for you.” campaign, the “zero tolerance” policy."""
    return _modifier(inner.rstrip(".!"), suffix)


def _modifier(inner: str, suffix: str) -> bool:
    """A quoted compound used as a modifier: the “zero tolerance” policy, “red flag” laws."""
    if inner.rstrip()[-1:] in ".,;:!?":
        return False
    following = re.match(r"\s*([a-z][a-z-]*)", suffix)
    return following is not None and following.group(1) not in _FUNCTION_WORDS


def title_case(inner: str, most: int = 0) -> bool:
    """Names of works, bodies and slogans: "Make America Great Again", "State of the Union"
    (`most`: the most words a title may have, by default 8, or 14 with a colon)."""
    if len(inner) > 160:
        return False  # more than a title's words
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    most = most or (14 if ":" in inner else 8)  # ("The Accidental Candidate: Mei Lin and …")
    if len(words) < 2 or inner.rstrip()[-1:] in "?!" or len(words) > most:
        return False
    return _capitalised(words)


def _show_title(inner: str) -> bool:
    """One or two capitalised words, no question or exclamation: "Hannity", "Face Time"."""
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    return bool(words) and inner.rstrip(" ,.")[-1:] not in "?!" and _capitalised(words)


def headline_case(inner: str) -> bool:
    """A headline's capitals: more than a title's eight words may stand capitalised."""
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    return 3 <= len(words) <= _MAX_HEADLINE_WORDS and _capitalised(words)


def _capitalised(words: list[str]) -> bool:
    """Every word but the minor ones starts with a capital, as in a title."""
    major = [w for w in words if w.lower() not in _MINOR]
    return bool(major) and all(w[0].isupper() for w in major)
