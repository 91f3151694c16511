"""Name mentions: runs of capitalised words cut into people and organisations, with roles."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from desktop.core.first_names import given_name
from desktop.core.name_bounds import (
    COMPOUND_ADJECTIVE,
    CONTRACTION,
    HONOURS,
    MEMBERS_OF,
    described_opener,
    is_party_tag,
    member_for_seat,
    name_start,
    title_as_surname,
)
from desktop.core.quote_marks import acronym_ends_sentence, initial_at
from desktop.core.speakers import (
    ARABIC_ARTICLES,
    GROUP_NOUNS,
    HONORIFICS,
    INNER_PARTICLES,
    NAME_PARTICLES,
    ORG_WORDS,
    SOLE_TITLES,
    STOP_CAPS,
    TITLE_WORDS,
    is_org_name,
    utility,
)
from desktop.core.speech_words import (
    BODY_NOUNS,
    PAIR_TITLES,
    PLACES,
    REPORTING_VERBS,
    TITLE_ABBREVIATIONS,
)
from desktop.core.word_regex import alternation, word_set

PLACE_WORDS = word_set(
    "gulf sea ocean river valley coast island islands inlet bay lake mountain mountains "
    "peninsula strait canal desert county province"
)
_TIME_ZONES = frozenset(
    {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT",
     "UTC", "BST", "CET", "CEST", "IST", "AEST", "AEDT", "JST"}
)  # fmt: skip
_CLOCK_BEFORE = re.compile(r"(?:\d|[AaPp]\.?[Mm]\.?)\s*$")
# A place's common noun after its name, in lower case: "the Little Pell rivers", "Pell and
# Sallow counties".
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:rivers?|lakes?|creeks?|streets|roads|avenues|counties|valleys|mountains|islands|"
    r"bays|canyons|peninsulas)\b"
)
# "A Granby Springs woman", "a Tarrow man": the town a person unnamed comes from.
_TOWNSPERSON_AFTER = re.compile(
    r"\s+(?:woman|man|teen|teenager|boy|girl|couple|mother|father|grandmother|grandfather|"
    r"resident|native|family|pensioner|driver|student|men|women|teens|residents)\b"
)
_A_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]wo|[Tt]hree)\s+$")
_PLACE_PREFIXES = word_set("port fort cape mount")  # "Port Elena"; "Port Calder Alliance" speaks
_LISTED = re.compile(r",\s*|\s+and\s+")
STREET_WORDS = word_set("road street avenue lane boulevard highway motorway")  # last word only
_VENUE_WORDS = STREET_WORDS | word_set("park stadium arena ground")
# ("WASHINGTON (AP) —", "TARVIK, April 9 (Meridian Wire) -")
_AGENCY_IN_DATELINE = re.compile(r"\)\s*[—–-]\s")
_DATELINE = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z\d][\w.]*)?)?\s*(?:\([\w ]{1,20}\)\s*)?[—–-]")
# Days and months (not "May", a first name too): never a speaker.
WHEN_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december"
)
_PEOPLES = word_set(
    """
    americans latinos latinas latinx hispanics catholics christians muslims jews evangelicals
    europeans africans asians mexicans canadians russians ukrainians israelis palestinians
    iranians britons germans italians californians texans floridians americans blacks whites
    immigrants"""
)
_HEADLINE_WORDS = word_set(
    "To After Is Are Was Were Will Has Have Into Against Amid About From With Says Could "
    "Would Should"
)
# A campaign named for the people in it and what they oppose: a body, not a headline.
PEOPLE_AGAINST = re.compile(
    r"\b(?:Students|Parents|Mothers|Fathers|Moms|Mums|Dads|Doctors|Teachers|Veterans|Citizens|"
    r"Nurses|Scientists|Lawyers|Women|Neighbors|Neighbours|Residents|Families|Survivors|"
    r"Workers|Christians|Catholics|Muslims|Jews|Evangelicals|Taxpayers|Voters|Clergy)\s+Against\s"
)
_BODY_TITLES = word_set("gop house senate state treasury")  # "Senate GOP" is a body
_ADJECTIVES = word_set("federal national international general supreme state")
# A nationality standing alone before a role ("Chinese scientist He Jianxiong"): no person.
_NATIONALITIES = word_set(
    """
    chinese japanese korean vietnamese taiwanese french british english irish scottish welsh
    spanish portuguese dutch german italian russian ukrainian belarusian polish greek swiss
    swedish norwegian danish finnish austrian belgian hungarian romanian serbian turkish
    american canadian mexican brazilian argentine colombian venezuelan cuban australian
    indian pakistani afghan iranian iraqi israeli palestinian syrian lebanese egyptian saudi
    qatari yemeni nigerian kenyan ethiopian african european asian
    """
)
_POSSESSIVE = re.compile(r"['’]s?$")


class Mention(NamedTuple):
    """A capitalised name in the text (outside quotes); a tuple, as articles hold thousands."""

    start: int
    end: int
    name: str  # the name words, titles stripped
    roles: frozenset[str]
    is_org: bool
    possessive: bool = False


# Abbreviated titles and initials a name may hold ("Sen.", "Dr.", "St.", "J."): not "War."
# What follows the capital of a short title ("Sen." -> "en"), for the pattern below.
_ABBREVIATIONS = alternation({word[1:] for word in TITLE_ABBREVIATIONS})
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽА-ЯЁІЇЄҐ"
UPPER = _UPPER  # capitals that may open a name, Latin and Cyrillic
# A run of capitalised name words, particles between ("Ursula von der Leyen").
_CAP_WORD = rf"[{_UPPER}][\w'’.\-]*"
# The Arabic article or kin word joined to a name: "Abdel Fattah el-Sisi", "Bashar al-Assad".
_ARTICLE = rf"(?:(?<![\w-])(?:{ARABIC_ARTICLES}|ibn|bin|abu|ben)-)?"
# "in Education" after a body named "… for …" ("Foundation for Individual Rights in
# Education"), but not "in Atlanta", where the body is.
_FOR_IN_TAIL = (
    rf"\s+in\s+(?:the\s+)?(?!(?i:{alternation(PLACES)})\b){_CAP_WORD}"
    rf"(?:\s+(?:(?:of|and|the)\s+)*{_CAP_WORD})*"
)
_BODY_FOR_IN = (
    rf"{_CAP_WORD}(?:\s+{_CAP_WORD})*\s+for\s+(?:(?:the|and|of)\s+)*{_CAP_WORD}"
    rf"(?:\s+(?:(?:the|and|of)\s+)*{_CAP_WORD})*{_FOR_IN_TAIL}"
)
# "Council on Foreign Relations", "Committee to Protect Journalists": a body's head noun,
# then what it is on or for, as one name.
_BODY_HEADS = (
    "Council|Committee|Commission|Campaign|Coalition|Alliance|Conference|Center|Centre|"
    "Institute|Board|Office|Panel|Caucus|Forum|Network|Project|Fund|Foundation|Society|"
    "Movement|Partnership|Initiative|Task Force"
)
_BODY_ON_TO = (
    rf"(?:{_CAP_WORD}\s+)*(?:{_BODY_HEADS})\s+(?:on|to)\s+(?:the\s+)?{_CAP_WORD}"
    rf"(?:\s+(?:(?:of|and|the|for)\s+)*{_CAP_WORD})*"
)
NAME_RUN = re.compile(
    rf"{_BODY_FOR_IN}|{_BODY_ON_TO}|"
    rf"(?:{_ARTICLE}[{_UPPER}][\w'’.\-]*(?:\s+-\s+|[ ]?&[ ]?"
    rf"|\s+(?:(?:{INNER_PARTICLES}|bin|binti|al|la|las|los|of|for|the|and)\s+)*))*"
    rf"{_ARTICLE}[{_UPPER}][\w'’\-]*"
)
# Initials ("U.N."), an abbreviated title before a name ("Sen."), or a word. Opening with a
# plain character class lets the regex engine skip ahead to the next capital quickly.
_CAP_TOKEN = (
    rf"[{_UPPER}](?:\.(?:[A-Z]\.)+|(?<=[A-Z])(?:{_ABBREVIATIONS})?\.(?=\s[{_UPPER}])|[\w'’\-]*)"
)
_RUN = re.compile(
    rf"{_CAP_TOKEN}(?:(?:[ \u00a0]|[ ]-[ ]|[ ]?&[ ]?)"
    rf"(?:(?:{INNER_PARTICLES}|bin|binti|al|la|le|of|for|the|and|on)[ ])*"
    rf"{_ARTICLE}{_CAP_TOKEN})*"
)


def _split_run(surface: str, offset: int) -> list[list[tuple[int, int, str]]]:
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    tokens = [t for t in _TOKEN.finditer(surface) if t.group() != "-"]
    for i, token in enumerate(tokens):
        current.append((offset + token.start(), offset + token.end(), token.group()))
        after = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if (
            _POSSESSIVE.search(token.group())
            and not group_possessive(token.group())
            and not _office_possessive(current, after)
        ):
            runs.append(current)  # "Trump's Kellogg": a possessive ends the name
            current = []
    if current:
        runs.append(current)
    return [part for run in runs for part in _split_pair(run)]


# Plural nouns whose possessive sits inside a body's name: "Women's March", "Fishers' Union".
_GROUPS = word_set(
    "women men children people veterans workers farmers teachers nurses citizens parents "
    "fishers fishermen consumers taxpayers voters mothers fathers families students "
    "residents miners doctors patients tenants drivers pilots officers employees journalists "
    "lawyers victims survivors pensioners owners growers producers dockers seafarers "
    "musicians writers artists athletes players firefighters midwives carers scientists "
    "engineers importers exporters shareholders investors supporters fans members bishops "
    "priests pastors clergymen chiefs editors"
)


# The head nouns of a body named for an office or a saint: "the Sheriff's Office", "St.
# Brenna's Hospital".
_OFFICE_HEADS = word_set(
    "office hospital department bureau division unit school college church cathedral chapel "
    "clinic center centre infirmary foundation fund association league union society"
)


def _office_possessive(run: list[tuple[int, int, str]], after: str) -> bool:
    """ "County Attorney's Office", "St. Brenna's Hospital": the possessive of a title or a
    saint inside a body's name, not a person's possessive ending the name."""
    if after.lower() not in _OFFICE_HEADS:
        return False
    owner = _POSSESSIVE.sub("", run[-1][2]).lower()
    saint = len(run) >= 2 and run[-2][2].rstrip(".").lower() in ("st", "saint")
    return owner in TITLE_WORDS or saint


def group_possessive(token: str) -> bool:
    """ "Women's", "Fishers'": a plural's possessive that a body's name may hold."""
    return _POSSESSIVE.search(token) is not None and _POSSESSIVE.sub("", token).lower() in _GROUPS


def _split_pair(run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """ "Ines Morris and Tomas Brandt" is two people; "Health and Human Services" stays whole."""
    words = [w[2] for w in run]
    if "and" not in words:
        return [run]
    k = words.index("and")
    left, right = words[:k], words[k + 1 :]
    if right[:1] and right[0] not in ("the", "al", "bin") and right[0].islower():
        # "sold at Homestead and on Kalvenn's site": a preposition after "and" opens no name
        lead = next((i for i, w in enumerate(right) if not w[:1].islower()), len(right))
        return [part for part in (run[:k], run[k + 1 + lead :]) if part]
    skip = 1 if right[:1] == ["the"] and 0 < name_start(right[1:]) < len(right) - 1 else 0
    if skip:  # "Mayor Ana Lee and the MP Tom Berg": the second is a titled person
        right = right[1:]
    if _surname_then_titled(left, right):
        return [run[:k], run[k + 1 :]]
    # A lower-case word on the right is the second person's own ("Tom Berg of Vesk"), as
    # is the place after the first ("Chancellor Mira Stoica of Kestania and President …")
    left_head = _before_of(left)
    if len(left_head) < 2 or len(right) < 2 or any(w[:1].islower() for w in left_head + right[:2]):
        return [run]
    # Judge each side by the name after its titles: "Senate Minority Leader Ann Lee and
    # House Minority Leader Tom Kim" is two people, though "Senate" names a body.
    if any(
        is_org_name(" ".join(side[name_start(side) :]) or " ".join(side))
        for side in (left_head, _before_of(right))
    ):
        return [run]
    return [run[:k], run[k + 1 + skip :]]


def _before_of(side: list[str]) -> list[str]:
    """A titled name's words before its place: "Mira Stoica of Kestania" -> "Mira Stoica"
    (a title and two names at least before "of", so "Bank of Lisaria" stays whole)."""
    cut = side.index("of") if "of" in side else len(side)
    head = side[:cut]
    if cut == len(side) or cut - name_start(head) < 2 or not all(w[:1].isupper() for w in head):
        return side
    return head


def _surname_then_titled(left: list[str], right: list[str]) -> bool:
    """ "Amundsen and Sen. Peter Lindahl said": a surname named before, then a titled person."""
    return (
        len(left) == 1
        and len(right) >= 3
        and right[0].rstrip(".").lower() in PAIR_TITLES
        and left[0][:1].isupper()
        and left[0].lower() not in TITLE_WORDS
        and not is_org_name(left[0])
    )


_TOKEN = re.compile(r"[^\s]+")
_PAD = 3  # characters of context either side that `_mention` looks at


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """The mentions in text[start:end]; each run of capitals is read once per surface form."""
    found: list[Mention] = []
    at = start
    while (match := _RUN.search(text, at, end)) is not None:
        # "Foundation for Individual Rights in Education": a body named "… for … in …"
        place = _FOR_IN.match(text, match.end(), end) if " for " in match.group() else None
        if place is not None and place.group("place").lower() in PLACES:
            place = None
        spans = [(match.start(), place.end())] if place else _cut_at_sentence_letters(text, match)
        spans = [piece for span in spans for piece in _cut_glued_names(text, *span)]
        for run_start, run_end in spans:
            if _PLACE_NOUN_AFTER.match(text, run_end):
                continue  # "the Sallow and Little Pell rivers": places, not people
            if _TOWNSPERSON_AFTER.match(text, run_end) and (
                _A_BEFORE.search(text, max(0, run_start - 6), run_start)
                or re.match(r"(?:An?|Two|Three)\s", text[run_start : run_start + 6])
            ):
                continue  # "A Granby Springs woman": where she is from, not her name
            found.extend(_run_mentions(text, run_start, run_end))
        at = max(spans[-1][1] if spans else match.end(), at + 1)
    return found


def _cut_glued_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Two people's names run together where a byline or a photo credit meets the next
    sentence with no stop between them ("By Sofía Brandwein Yusuf Haddad, left, and his
    cousin", "Photograph: Sam Ruddle Dario Menegatti hailed"): a first name and a surname,
    then another first name, or a name the article also prints on its own."""
    words = list(re.finditer(r"\S+", text[start:end]))
    lead = 1 if words and words[0].group() == "By" else 0
    names = [w.group() for w in words[lead:]]
    article = len(names) >= 2 and names[-1] in ("A", "An") and re.match(r"\s+[a-z]", text[end:])
    if article and names[-2].lower() in TITLE_WORDS:
        # "By Ann Lee, Local Government Correspondent A council has voted …": the
        # reporter's title, glued to the story's opening article, names nobody
        return []
    for k, word in enumerate(names[1:-2], start=1):
        # "By Dean Ashurst at Millfield Lane Henrique Valadas refused", "By Nikos
        # Andrianakis The Central Bank of …": a street, ground or "The" ends the byline
        venue = word.lower() in _VENUE_WORDS and given_name(names[k + 1])
        glued = word == "The" and (given_name(names[0]) or lead == 1) and k <= 3
        if venue or (glued and all(w[:1].isupper() for w in names[:k])):
            cut = start + words[lead + k + venue].start()
            return [(start, start + words[lead + k - 1 + venue].end()), (cut, end)]
    if len(names) < 4 or not all(w[:1].isupper() and w.isalpha() for w in names[:4]):
        return [(start, end)]
    head, tail = names[:2], names[2:]
    if not given_name(head[0]) or given_name(head[1]) or head[1].lower() in TITLE_WORDS:
        return [(start, end)]
    if tail[0].lower() in TITLE_WORDS or is_org_name(" ".join(tail)):
        return [(start, end)]
    alone = " ".join(tail)
    if not (given_name(tail[0]) and not given_name(tail[1])) and text.count(alone) < 2:
        return [(start, end)]
    cut = start + words[lead + 2].start()
    return [(start, start + words[lead + 1].end()), (cut, end)]


_FOR_IN = re.compile(
    rf"[ ]in[ ](?:the[ ])?(?P<place>{_CAP_TOKEN})(?:[ ](?:(?:of|and|the)[ ])*{_CAP_TOKEN})*"
)


def _cut_at_sentence_letters(text: str, match: re.Match[str]) -> list[tuple[int, int]]:
    """Split a run where a single letter or an acronym and its full stop end a sentence:
    "voted on X. Ana Ruiz" holds no "X. Ana Ruiz", "in Washington, D.C. Ana Ruiz" no
    "D.C. Ana Ruiz" (see `is_initial`, `acronym_ends_sentence`)."""
    pieces: list[tuple[int, int]] = []
    start = match.start()
    for letter in _LETTER_DOT.finditer(match.group()):
        at = match.start() + letter.end() - 2  # the last letter before the dot
        if at < start:
            continue
        if len(letter.group()) > 2:
            if not acronym_ends_sentence(text, at + 1):
                continue  # "U.S. Rep. Ann Lee": the acronym belongs to the name
        elif initial_at(text, at):
            continue
        if at > start:
            pieces.append((start, at + 1))  # "Plan B": the label stays, its dot goes
        start = at + 2
        while start < match.end() and text[start].isspace():
            start += 1
    if start < match.end():
        pieces.append((start, match.end()))
    return pieces


_LETTER_DOT = re.compile(r"(?<![\w.])[A-Z]\.(?:[A-Z]\.)*(?=\s)")  # "X.", "D.C."


def _run_mentions(text: str, start: int, end: int) -> list[Mention]:
    """The mentions of one run of capitals text[start:end]."""
    found: list[Mention] = []
    run = text[start:end]
    # Only what `_mention` reads around the run goes into the cache key.
    head = text[max(0, start - _PAD) : start] if run[:3] == "The" else ""
    tail = text[end : end + _PAD]
    tail = tail if tail in (" 's", " ’s") else ""
    lo = start - len(head)
    surface = head + run + tail
    for m in _surface_mentions(surface, len(head), len(head) + len(run)):
        if _not_a_name(text, m.name, m.end + lo) or _names_a_work(text, m.start + lo, m.end + lo):
            continue
        if m.name in _TIME_ZONES and _CLOCK_BEFORE.search(
            text, max(0, m.start + lo - 8), m.start + lo
        ):
            continue  # "5:02 PM ET": a time zone, not a body
        if m.name.startswith(("Said ", "Says ")) and _verb_first(text, m.start + lo, m.end + lo):
            cut = m.name.index(" ") + 1  # "Said Lowe: “…”": the verb, then Lowe
            m = m._replace(start=m.start + cut, name=m.name[cut:])
        # "his podcast Full Plate", "the charity Hearthline", "the Sunday Blaze": a body or work
        is_org = m.is_org or (not m.roles and _named_as_work_or_body(text, m.start + lo, m.name))
        field = 0 if is_org else _portfolio_before(text, m.start + lo, m.name)
        if field:  # "presidente del Consiglio Giorgia Meloni": the office's field, then her
            roles = m.roles | {m.name[: field - 1].lower()}
            m = Mention(m.start + field, m.end, m.name[field:], roles, False, m.possessive)
        described = None if is_org else _DESCRIBED_OPENER.match(m.name)
        if (
            described
            # (anywhere for "Englishman", "Irishwoman": no name word is that)
            and (
                _opens_sentence(text, m.start + lo) or _DEMONYM_PERSON.fullmatch(described.group(1))
            )
            and described_opener(described.group(1), described.group(2))
        ):
            # "Regular Tony Garside, 59, told", "Witness Paul Okonjo said": a sentence may
            # open on a capitalised word for the person, then the name
            cut = described.end(1) + 1
            roles = m.roles | {described.group(1).lower()}
            m = Mention(m.start + cut, m.end, m.name[cut:], roles, False, m.possessive)
        plural = None if is_org else _PLURAL_OPENER.match(m.name)
        if plural and _opens_sentence(text, m.start + lo):
            # "Parents Marcus and Jodie Eversleigh", "Owners Felix and …": who they are
            cut = plural.end()
            roles = m.roles | {plural.group(1).lower()}
            m = Mention(m.start + cut, m.end, m.name[cut:], roles, False, m.possessive)
        found.append(Mention(m.start + lo, m.end + lo, m.name, m.roles, is_org, m.possessive))
    return found


_PLURAL_OPENER = re.compile(
    r"(Parents|Owners|Co-owners|Sisters|Brothers|Twins|Siblings|Spouses|Cousins|Founders|"
    r"Co-founders|Partners|Grandparents|Newlyweds) (?=[A-Z][a-z]+$)"
)


_DEMONYM_PERSON = re.compile(r"(?:English|Irish|Scots|Welsh|French|Dutch)(?:man|woman)")
# A word, then a given name and a surname: "Neighbour Linda Fawcett", "Scrum-half Dara Whelan".
_DESCRIBED_OPENER = re.compile(r"([A-Z][a-z]+(?:-[a-z]+)?) ([A-Z][a-z]+) [A-Z][\w'’-]+$")


# What follows a name the sentence's verb opens: an appositive at most, then the quotation.
_THEN_QUOTATION = re.compile(r"(?:,[^“”\"‘.!?:]{1,120}?)?\s*[,:]\s*[“\"‘]")


def _verb_first(text: str, start: int, end: int) -> bool:
    """Whether "Said"/"Says" opening the name at `start` is the sentence's verb ("Said
    Lowe: “…”"), not a given name ("Said Hamdan, 45, said"): the sentence opens with it
    and the quotation follows the name, with no verb of its own."""
    then = _THEN_QUOTATION.match(text, end)
    return (
        _opens_sentence(text, start)
        and then is not None
        and not REPORTING_VERBS & set(re.findall(r"[a-z]+", then.group()))
    )


def _not_a_name(text: str, name: str, end: int) -> bool:
    """A dateline ("WASHINGTON (AP) —"), a bill's number ("S.B. 202", "H.R. 1") or an
    adjective standing alone ("Federal")."""
    if name.isupper() and _DATELINE.match(text, end):
        return True
    if _AGENCY_IN_DATELINE.match(text, end):
        return True  # "(Meridian Wire) -": the agency of a dateline
    if COMPOUND_ADJECTIVE.search(name):
        return True  # "a North Varnia-sized share": a modifier
    if CONTRACTION.fullmatch(name):
        return True  # "I’d need to", "You’re putting": a pronoun opening a sentence
    words = name.lower().split()
    if 1 < len(words) <= 3 and "of" not in words and _ends_in_place(words):
        return True  # "Enter North Varnia to take up the fight": a verb, then a place
    lowered = name.lower()
    if lowered in _ADJECTIVES or lowered in _PEOPLES or lowered in GROUP_NOUNS:
        return True  # "Federal officials": an adjective; "Latinos": a people, not a person
    if lowered in _NATIONALITIES and re.match(r"\s+[a-z]", text[end : end + 3]):
        return True  # "Chinese scientist", "French officials": an adjective
    initials = re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]{1,3}", name)
    return initials is not None and re.match(r"\s*\d", text[end : end + 4]) is not None


# "the Howard Vale song", "a Lina Stone novel": the artist's name only says whose work it is.
_WORK_NOUN = re.compile(
    r"\s+(?:songs?|albums?|films?|movies?|books?|novels?|tracks?|tunes?|singles?|lyrics|"
    r"poems?|plays?|musicals?|paintings?|records?)\b"
)
_WORK_DETERMINER = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his)\s+$")


def _names_a_work(text: str, start: int, end: int) -> bool:
    return _WORK_NOUN.match(text, end) is not None and bool(
        _WORK_DETERMINER.search(text, max(0, start - 6), start)
    )


def _ends_in_place(words: list[str]) -> bool:
    return " ".join(words[-2:]) in PLACES or (words[-1] in PLACES and words[0] not in PLACES)


@lru_cache(maxsize=32768)
def _surface_mentions(padded: str, start: int, end: int) -> tuple[Mention, ...]:
    """Mentions in one run of capitals, offsets relative to `padded` (a pure function)."""
    mentions = (_mention(padded, run) for run in _split_run(padded[start:end], start))
    return tuple(m for m in mentions if m is not None)


# A lower-case office and its Romance preposition before a run: "ministre de l'Intérieur".
_ROMANCE_OF = re.compile(
    r"(?:^|\s)[a-zà-ú]+\s+(?:del|della|dello|dei|degli|di|de|du|des|do|da)\s+(?:la\s+|l['’])?$"
)


def _portfolio_before(text: str, start: int, name: str) -> int:
    """ "del Consiglio Giorgia Meloni", "de l'Intérieur Gérald Darmanin": the length of a
    capitalised field of an office written in lower case before it, then a first name and
    a surname; else 0."""
    words = name.split()
    if (
        len(words) >= 3
        and not given_name(words[0])
        and given_name(words[1])
        and _ROMANCE_OF.search(text, max(0, start - 40), start) is not None
    ):
        return len(words[0]) + 1
    return 0


def _titled_then_named(words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Where the person starts and ends in a run that is a title, a given name and a surname,
    then "of" a body or place: "U.S. District Judge Miriam Castellanos of the Western
    District of Washington" (the judge, not a body called all that)."""
    texts = [w[2] for w in words]
    if "of" not in texts and "for" not in texts:
        return None
    for k in range(1, len(texts) - 1):
        if texts[k] in ("of", "for"):
            return None  # the title's own "of" ("Secretary of State Ann Lee") comes first
        if texts[k - 1].lower().rstrip(".") in TITLE_WORDS and given_name(texts[k]):
            cut = next((j for j in range(k, len(texts)) if texts[j] in ("of", "for")), len(texts))
            return (k, cut) if 2 <= cut - k <= 3 and cut < len(texts) else None
    return None


def _mention(text: str, run: list[tuple[int, int, str]]) -> Mention | None:
    words = list(run)
    k = 0
    while k < len(words) - 1 and words[k][2].lower() in STOP_CAPS:
        k += 1
    if k and COMPOUND_ADJECTIVE.search(words[k][2]):
        words = words[k:]  # "Shares of Halverston-based Tessaract"
    while len(words) > 1 and COMPOUND_ADJECTIVE.search(words[0][2]):
        words = words[1:]  # "Melbourne-based Bramblepay": the body, not where it is based
    while words and words[-1][2].lower() in NAME_PARTICLES:
        words.pop()
    while (
        len(words) > 2 and words[-2][2] in ("on", "in", "at") and words[-1][2].lower() in STOP_CAPS
    ):
        words = words[:-2]  # "White House on Thursday"
    while len(words) > 1 and words[-1][2].lower() in WHEN_WORDS:
        words = words[:-1]  # "the Supreme Court Friday"
    while len(words) > 2 and words[-1][2].rstrip(".").lower() in HONOURS:
        words = words[:-1]  # "Helena Strand KC", "Ann Lee MP": the person, not the honour
    if member_for_seat([w[2] for w in words]):
        return None  # "the Conservative MP for Wendlebury North": a seat, nobody's name
    first = name_start([w[2] for w in words])
    titled = _titled_then_named(words)
    if titled:  # "U.S. District Judge Miriam Castellanos of the Western District of …"
        first, words = titled[0], words[: titled[1]]
    lead = 0
    while lead < len(words) and words[lead][2].lower() in STOP_CAPS:
        lead += 1
    if PEOPLE_AGAINST.search(" ".join(w[2] for w in words[lead:]) + " "):
        first = lead  # "Hartsmere Students Against the Arms Trade": no title to strip
    person = " ".join(w[2] for w in words[first:])
    if (
        first > lead
        and words[lead][2].lower() not in MEMBERS_OF  # "Leaders of the Church of …"
        and is_org_name(" ".join(w[2] for w in words[lead:]))
        and (not person or is_org_name(person))
    ):
        first = lead  # "American Immigration Council": no title to strip from a body
    sole = first > 0 and first == len(words) - 1 and words[first - 1][2].lower() in SOLE_TITLES
    roles = {w[2].lower().rstrip(".") for w in words[:first]}
    if sole:
        first -= 1  # "Pope Francis", "King Charles": the title is part of the name
    words = words[first:]
    while len(words) > 1 and words[0][2] in ("on", "of", "for", "the", "and", "in", "at"):
        words = words[1:]  # "Writing on LinkedIn": the platform, not "on LinkedIn"
    last_word = words[-1][2].lower().rstrip(".") if words else ""
    of = next((k for k, w in enumerate(words) if k and w[2] in ("of", "for")), len(words))
    untitled = any(w[2].lower().rstrip(".") not in TITLE_WORDS for w in words[:of])
    if (
        last_word in TITLE_WORDS
        and not is_org_name(" ".join(w[2] for w in words))
        and not (of < len(words) and untitled)  # "Matthew Eyles of Avalere Health"
        and not title_as_surname([w[2] for w in words])  # "Julie Bishop"
    ):
        return None  # "the Louisiana Governor": a role, not a name
    if not words:
        return None
    titles = [w[2].lower().rstrip(".") for w in words]
    if len(words) > 1 and set(titles) <= TITLE_WORDS and titles[-1] not in _BODY_TITLES:
        return None  # "Attorney General", "Vice President": a role without its holder
    if is_party_tag(text[words[0][0] : words[-1][1]]):
        return None  # "R-Washington"
    if len(words) >= 3 and all(w[2].isupper() for w in words):
        return None  # a headline in capitals
    lowered_words = {w[2].lower() for w in words}
    of = next((k for k, w in enumerate(words) if k and w[2] == "of"), len(words))
    before_of = [w[2].lower() for w in words[:of]]  # "Ann Lee of the Hernando County …"
    # the place word heads the name ("Gulf of Mexico", "Cook Inlet", "Lake Tahoe"), not
    # a body named after a place ("Aske Valley Operations", "Kestrel Valley District")
    placed = before_of[-1] in PLACE_WORDS or (len(before_of) == 2 and before_of[0] in PLACE_WORDS)
    if placed and not lowered_words & BODY_NOUNS:
        return None  # places never speak (bureaus do)
    if words[-1][2].lower() in STREET_WORDS:
        return None  # "Quarry Road", "19th Street"; "Wall Street Journal" goes on
    if len(words) == 2 and words[0][2].lower() in _PLACE_PREFIXES:
        return None  # "Port Elena", "Fort Carson": a town
    if len(words) == 1 and words[0][2].isupper() and words[0][2].lower() in TITLE_WORDS:
        return None  # a headline's "as CEO vows …": a title with no name, not a body
    if _POSSESSIVE.sub("", " ".join(w[2] for w in words)).lower() in PLACES:
        return None  # "Texas", "South Dakota": a place, not a speaker
    start, end = words[0][0], words[-1][1]
    name = text[start:end]
    possessive = name.endswith(("’s", "'s", "s’", "s'")) or text[end : end + 3] in (" 's", " ’s")
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    elif name.endswith(("s’", "s'")):
        name = name[:-1]
    end = start + len(name)
    name = re.sub(r"\s+-\s+", "-", name)
    lowered = {w[2].lower().rstrip(".’'s") for w in words} | {w[2].lower() for w in words}
    is_org = bool(lowered & ORG_WORDS) or (name.isupper() and len(name) > 1) or utility(name)
    # "Grant Sabatier", "Chase Elliott": a first name, then a surname (as is_org_name reads it)
    is_org = is_org and not (len(words) == 2 and not is_org_name(name))
    is_org = is_org or _titled_the(text, run) or any(group_possessive(w[2]) for w in words)
    is_org = is_org and not roles & HONORIFICS  # "Ms. Fox", "Mr. Church": people
    cut = re.search(r"\s(?:of|for|the|and|on)\s", name)
    if PEOPLE_AGAINST.search(name):
        # "Students Against the Arms Trade", "Mothers Against Drunk Driving": one body
        is_org, cut = True, None
    head = name[: cut.start()] if cut else name
    if cut and " " not in head and cut.group().strip() in ("of", "for"):
        is_org = True  # "Citizens for Responsibility and Ethics": one word, then "for ..."
    elif cut and " " not in head and cut.group().strip() == "and" and _two_places_body(name):
        is_org = True  # "the Wexley and Marle NHS Trust": one body named for two places
    elif cut and cut.group().strip() == "and" and not is_org_name(name):
        start += cut.end()  # "Ivanka and Donald Trump Jr.": the last person of the pair
        name = name[cut.end() :]
        if name.startswith(("the ", "The ")):
            start, name = start + 4, name[4:]
        is_org = is_org_name(name)
        cut = re.search(r"\s(?:of|for|on)\s", name)  # "Dana Dumont of Dimondale"
        if cut and not is_org and not is_org_name(name[: cut.start()]):
            name = name[: cut.start()]
            end = start + len(name)
    elif cut and not is_org_name(head):
        name, is_org = head, False  # "William Alsup of Federal District Court"
        head_words = name.split()
        skip = name_start(head_words)  # "Judge William Alsup of …": the title goes too
        if 0 < skip < len(head_words) and head_words[skip - 1].lower() not in SOLE_TITLES:
            roles |= {w.lower().rstrip(".") for w in head_words[:skip]}
            start += len(" ".join(head_words[:skip])) + 1
            name = " ".join(head_words[skip:])
        end = start + len(name)
    name = re.sub(r"\s+(?:Twitter|Facebook|Instagram|YouTube|TikTok)$", "", name)
    if name.lower() in PLACES or (
        " and " in name and all(part.lower() in PLACES for part in _LISTED.split(name))
    ):
        return None  # "between South Dakota and Florida", "the United States and Canada"
    if _MODEL_CODE.fullmatch(name):
        return None  # "model KA-55", "the F-35": a product's code, nobody who speaks
    if not is_org and any(w in _HEADLINE_WORDS for w in name.split()[1:]):
        return None  # "Protests Erupt Nationwide To Support …", "Bottom Line Is": a headline
    roles.discard("the")
    return Mention(start, end, name, frozenset(roles), is_org, possessive)


_MODEL_CODE = re.compile(r"[A-Z]{1,4}-\d{1,4}[A-Z]?")


def _two_places_body(name: str) -> bool:
    """ "Wexley and Marle NHS Trust": one word (never a first name), "and", then a body's
    name ending in a body's noun -- not two people, nor a person and a body."""
    head, _, rest = name.partition(" and ")
    return (
        not given_name(head)
        and not rest.startswith(("the ", "The "))
        and rest.split()[-1].lower() in BODY_NOUNS
        and is_org_name(name)
    )


# A kind of body or work written right before its name: "the relief charity Hearthline".
_KIND_BEFORE = re.compile(
    r"\b(?:podcast|show|programme|program|series|newspaper|tabloid|paper|magazine|website|"
    r"blog|app|brand|label|charity|nonprofit|band|club|company|firm|startup|station|"
    r"channel|network|album|film|documentary|book|novel|campaign|group|organi[sz]ation)"
    r"\s+$"
)
WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")


def _named_as_work_or_body(text: str, start: int, name: str) -> bool:
    """The name follows a kind of body or work, or is a paper named for a day ("the
    Sunday Blaze"), and does not open with a known first name ("the company Ann Lee
    founded" is a person)."""
    lowered = name.split()[0].lower()
    if given_name(lowered):
        return False
    before = text[max(0, start - 24) : start]
    return _KIND_BEFORE.search(before) is not None or (
        lowered in WEEKDAYS and before.rstrip().lower().endswith("the")
    )


def _titled_the(text: str, run: list[tuple[int, int, str]]) -> bool:
    """ "according to The Guardian": a capital "The" inside a sentence names a title or body."""
    if run[0][2] != "The":
        return False
    before = text[max(0, run[0][0] - 3) : run[0][0]].rstrip()
    return bool(before) and before[-1] not in ".!?\"“”'’:;—–-([\n"


_LOWER_WORD = re.compile(r"[a-z][\w-]*")


_OFFICE_BEFORE = re.compile(r"\b([a-z]+)\s+to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+$")


# "Ann Lee, in her fourth year as the county's fire chief,": the office she holds.
_TENURE = re.compile(r"(?:now\s+)?in\s+(?:his|her|their)\s+(?:[\w-]+\s+){1,3}as\s")
# "Bernadette Vos, who has led the Texas-based airline since 2019,": its chief executive
_HEADS_A_FIRM = re.compile(
    r"who\s+(?:has\s+|had\s+)?(?:led|leads|heads|headed|runs|ran|run)\s+(?:the|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:airline|company|firm|carrier|bank|business|chain|retailer|maker|"
    r"manufacturer|insurer|utility|start-?up|conglomerate|automaker|publisher|broadcaster)\b"
)
_FIRM_HEAD = frozenset({"chief", "executive", "boss", "head"})
_ACCORDING_TO = re.compile(r"\s*According\s+to\s+[^.!?“”\"]*$")
_SENTENCE_REACH = 1000  # characters back to a name's sentence start: bounded, stays linear


# An opening clause before a sentence's subject, not an appositive naming a role.
_CLAUSE_OPENER = re.compile(
    r"\s*(?:When|After|Before|While|As|If|Although|Though|Since|Because|Once|Until|Unless)\b"
)


# A sentence's opening name (two or more capitalised words) and the lower-case word after it.
# ("Police chief Ray Holt stood": up to two words of title before it).
_NAMED_SUBJECT = re.compile(r"\s*(\w+)(?:\s+[a-z]\w*)?(?:\s+[A-Z][\w.'’-]*)+\s+(?=([a-z][\w-]*))")


# What follows a quote's closing mark before a comma: its cue's verb, then maybe a role.
_QUOTE_VERBS = r"(?:said|says|added|adds|wrote|writes|explained|insisted|warned|told|tells)"
_AFTER_QUOTE = re.compile(rf"\s*[”\"’]\s*(?:{_QUOTE_VERBS}\s+(.*)|.*\b{_QUOTE_VERBS}\b.*)")


_HONORIFIC_WORDS = word_set("mr mrs ms miss dr cllr sir dame prof rev")


def appositive_roles(text: str, mention: Mention) -> set[str]:
    """Role words from "Trump's special envoy, Keith Kellogg," or "Kellogg, the envoy,"."""
    roles: set[str] = set()
    if text[mention.start - 1 : mention.start].isspace():
        # "Clinton spokesman Nick Merrill", "press secretary Josh Earnest"
        titled = False
        window = text[max(0, mention.start - 40) : mention.start]
        words = window.split()
        while words and words[-1].rstrip(".").lower() in _HONORIFIC_WORDS:
            words.pop()  # "Foreign Office minister Ms Eleanor Vane": the minister
        for word in reversed(words[-3:]):
            if titled and word.isalpha() and word.istitle():
                opening = rf"(?:^|[.!?]\s+|\n\s*){re.escape(word)}\s+\S+\s+$"
                if re.search(opening, window):
                    roles.add(word.lower())  # "Opposition leader Ann Lee" opening a sentence
                    break
            if not _LOWER_WORD.fullmatch(word) or word == "to":
                break  # "ambassador to Ostmark": the place the role is for, not its holder
            if word in TITLE_WORDS:
                roles.add(word)
                titled = True
            elif titled and word not in STOP_CAPS:
                roles.add(word)  # "opposition leader Ann Lee": the leader of the opposition
            elif not titled:
                break  # "the judge addressed Keogh": a verb before the name, no title
    before = text[max(0, mention.start - 80) : mention.start]
    office = _OFFICE_BEFORE.search(before)
    if office and office.group(1) in TITLE_WORDS:
        roles.add(office.group(1))  # "ambassador to Britain Liu Xiaoming"
    titles = re.search(r"(?:\b[A-Z][\w.]*\s+)+$", before)
    cut = titles.start() if titles else len(before)
    words = before[cut:].split()
    if (
        words
        and not mention.possessive
        and all(w.lower().rstrip(".") in TITLE_WORDS for w in words)
    ):
        before = before[:cut]  # "The leader of the council, Councillor Ann Lee"
    if before.endswith(", "):
        phrase = before[:-2].rsplit(",", 1)[-1].rsplit(".", 1)[-1]
        subject = _NAMED_SUBJECT.match(phrase)
        if (
            subject
            and subject.group(1).lower() not in STOP_CAPS
            and subject.group(2) not in TITLE_WORDS  # ("New York senator")
            and not subject.group().rstrip().endswith(("’s", "'s", "’", "'"))  # ("Pell’s aide")
        ):
            # "Police Chief Ray Holt stood beside the mayor, Dan Lee": Holt's titles are
            # not Lee's
            phrase = phrase[subject.end() :]
        after_quote = _AFTER_QUOTE.match(phrase)
        if after_quote:  # "“…,” said the club’s manager, Lee": the role after the verb;
            # "“…,” the coach had told them, Lee said": no role of Lee's ("“…,” the
            # family's attorney, Lee, said" is no match: a role)
            phrase = after_quote.group(1) or ""
        if not _CLAUSE_OPENER.match(phrase):  # ("When it was his turn, Keogh stood": no role)
            roles.update(w.lower() for w in re.findall(r"[A-Za-z-]+", phrase)[-8:])
    after = text[mention.end : mention.end + 80]
    if after.startswith(", "):
        phrase = after[2:].split(",", 1)[0]
        if phrase == after[2:]:
            # a long appositive, to its end but not into a relative clause: "a cardiologist
            # at … Medicine and the study’s lead author." ("a mechanic who is no relation
            # to Councilmember Ann Reyes": no councilmember)
            longer = re.split(r",|[;.](?=\s)|[“”\"]", text[mention.end + 2 : mention.end + 200])[0]
            phrase = re.split(r"\s(?:who|whom|whose|which|that)\s", longer)[0]
        opening = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
        if (
            re.match(r"(?:the|a|an|who is|[A-Z]\w+['’]s)\s", phrase)
            or _TENURE.match(phrase)
            or opening in TITLE_WORDS  # "Gregory Halloran, president and CEO of …,"
        ):
            if not _main_clause_after(text, mention):
                roles.update(w.lower() for w in re.findall(r"[A-Za-z-]+", phrase))
        elif _HEADS_A_FIRM.match(phrase) and not _main_clause_after(text, mention):
            roles.update(_FIRM_HEAD)
        elif (nominee := _NOMINEE.match(phrase)) and not _main_clause_after(text, mention):
            roles.update(w.lower() for w in re.findall(r"[A-Za-z-]+", phrase[nominee.start(1) :]))
    held = _HOLDS_OFFICE.match(after)
    if held and held.group(2) in TITLE_WORDS and _opens_sentence(text, mention.start):
        roles.update(w.lower() for w in held.group(1).split())  # "Dan Lee is its treasurer."
    acts = _ACTS_IN_OFFICE.match(after)
    if acts and (acts.group(1) or _opens_sentence(text, mention.start)):
        roles.update(_OFFICE_OF_VERB[acts.group(2)].split())  # "Dan Lee directs the …"
    return roles


# "Dan Lee directs the food bank.", "Ana Pell, who chairs the board,": the office the verb
# says the person holds.
_OFFICE_OF_VERB = {
    **dict.fromkeys(("directs", "directed"), "director"),
    **dict.fromkeys(("chairs", "chaired"), "chair chairman chairwoman chairperson"),
    "heads": "head",  # (not "headed": "Kane headed the ball")
    **dict.fromkeys(("manages", "managed"), "manager"),
    **dict.fromkeys(("coaches", "coached"), "coach"),
    **dict.fromkeys(("founded", "co-founded"), "founder"),
    **dict.fromkeys(("owns", "owned"), "owner"),
    **dict.fromkeys(("edits", "edited"), "editor"),
}  # fmt: skip
_ACTS_IN_OFFICE = re.compile(
    r"(,\s+who\s+)?\s*("
    + alternation(sorted(_OFFICE_OF_VERB))
    + r")\s+(?:the|its|his|her|their|[A-Z])"
)


# "Dan Lee is its treasurer.", "Ana Pell was the board’s chair at the time": the office a
# sentence's subject holds, by a copula.
_HOLDS_OFFICE = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|became|is\s+now)\s+"
    r"(?:the|its|their|his|her|a|an)\s+(?:[\w-]+['’]s\s+)?"
    r"((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))(?=\s*[.;,]|\s+(?:of|at|for|since|until)\b)"
)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a sentence (or the text) begins at `at`."""
    return re.search(r"(?:^|[.!?][”\"’']?\s+|\n\s*)$", text[max(0, at - 4) : at]) is not None


# "Carla Merrin, President Tom Ridley's pick for attorney general,": the nominee
_NOMINEE = re.compile(r"(?:[A-Z][\w.]*\s+){1,3}[A-Z][\w-]*['’]s\s+((?:pick|choice|nominee)\b)")


def _main_clause_after(text: str, mention: Mention) -> bool:
    """ "According to her sister, Marisol Lee, the singer cut a hit": after the name comes
    the sentence's own subject, no appositive of hers."""
    floor = max(0, mention.start - _SENTENCE_REACH)
    sentence_start = max(
        text.rfind(". ", floor, mention.start), text.rfind("\n", floor, mention.start)
    )
    start = sentence_start + 1 if sentence_start >= 0 else floor
    if not _ACCORDING_TO.match(text, start, mention.start):
        return False
    return not re.match(r"[^.!?“”\"]*?,", text[mention.end + 2 : mention.end + 200])
