"""Where a name begins and ends in a run of capitalised words: titles, offices, places,
trades and honours around it are not part of it ("Louisiana Governor Bobby Jindal")."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.first_names import FIRST_NAMES, given_name
from desktop.core.speakers import (
    GENERATIONS,
    GROUP_NOUNS,
    ORG_WORDS,
    SOLE_BODIES,
    SOLE_TITLES,
    STOP_CAPS,
    TITLE_WORDS,
    WORLD_HONORIFICS,
    is_org_name,
)
from desktop.core.speech_words import BODY_NOUNS, LIFE_STAGES, PLACES
from desktop.core.word_regex import word_set


def _place_before_name(words: list[str], i: int) -> bool:
    word = words[i].lower()
    if word not in PLACES:
        return False
    if words[i + 1].lower() in FIRST_NAMES:
        return True
    rest = words[i + 1 :]
    return (
        word not in FIRST_NAMES
        and len(rest) == 2
        and all(w[:1].isupper() and w.isalpha() and w.lower() not in TITLE_WORDS for w in rest)
        and not is_org_name(" ".join(rest))
    )


# Kin words that are also religious titles when capitalised before a full name.
_RELIGIOUS_KIN_TITLES = frozenset({"Sister", "Brother", "Father", "Mother", "Deacon", "Elder"})


_FORMER_TITLE = re.compile(r"[Ee]x-([A-Za-z]+)")


# Words for a person that may open a sentence before the name ("Neighbour Linda Fawcett"),
# beside the nouns of people by their ending ("Owner", "Trooper", "Englishman").
_DESCRIPTORS = word_set(
    "regular witness neighbour neighbor patron landlord landlady hero fan mum dad victim "
    "survivor scrum-half fly-half full-back centre-back center-back winger local nurse chef "
    "pilot medic paramedic host guest veteran widow wife husband pupil plaintiff star legend "
    "boss chief coach forward actress comic grandmother grandfather grandma granddad nan "
    "gran auntie aunt uncle cousin niece nephew sister brother son daughter fellow young "
    "proud brave evacuee retiree employee trainee refugee attendee detainee devotee"
)
_PERSON_ENDINGS = ("er", "or", "ant", "ent", "ist", "ian", "man", "woman")
# ... or an adjective for them: "Tearful Kirra Dawes", "Longtime resident …", "Retired …"
_DESCRIBING_ENDINGS = ("ful", "less", "ed", "ive", "ous", "al", "ic", "time", "long")


def person_word(word: str) -> bool:
    """A word for a person: "stallholder", "neighbour", "resident", "daughter"."""
    lowered = word.lower()
    return lowered in _DESCRIPTORS or (len(word) > 4 and lowered.endswith(_PERSON_ENDINGS))


def described_opener(word: str, following: str) -> bool:
    """A capitalised word for the person before a first name that opens a sentence
    ("Neighbour Linda Fawcett", "Scrum-half Dara Whelan"): no first name, title word or body
    word itself."""
    lowered = word.lower()
    return (
        re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", word) is not None
        and (person_word(word) or (len(word) > 4 and lowered.endswith(_DESCRIBING_ENDINGS)))
        and not given_name(word)
        and word.lower() not in STOP_CAPS
        and not is_org_name(word)
        and given_name(following)
        and re.fullmatch(r"[A-Z][a-z]+", following) is not None
    )


def name_start(words: list[str]) -> int:
    """Index of the first name word after titles, places and sentence words.

    "Louisiana Governor Bobby Jindal" -> 2, "Ukrainian President Volodymyr Zelensky" -> 2.
    """
    if len(words) > 3 and words[0].lower() in MEMBERS_OF and words[1] == "of":
        return 3 if words[2] == "the" else 2  # "Leaders of the Church of …": the body
    first = 0
    named = False  # a name word since the last title: "Ann Lee of Homeland Security"
    portfolio = False  # "Minister for Enterprise Caoimhe Rafferty": the office's field
    for i, word in enumerate(words[:-1]):
        if word in ("of", "for") and named:
            break  # the titles after "of" name the body the person is from
        if (word in ("of", "for") and first == i > 0) or (portfolio and word in ("and", "&")):
            portfolio = True  # ("Minister for Foreign Affairs and Trade Simon Coveney")
            continue
        if portfolio and word == "the":
            continue  # "Chancellor of the Exchequer Rachel Reeves"
        if portfolio and word.lower().rstrip(".") in _PERSONAL_TITLES:
            first, portfolio = i + 1, False  # "… for Flood Control Shri Devendra Pratap Singh"
            continue
        if portfolio and word[:1].isupper() and i < len(words) - 2:
            first = i + 1  # (two name words must follow)
            continue
        portfolio = False
        # two name words must follow, and no name word before ("Hiroko Lindqvist of …")
        trade = i < len(words) - 2 and not named and _occupation(word)
        # "envoy to Ukraine Kurt Volker", "ambassador to Britain Liu Xiaoming": the place the
        # role is for, then a first name or a two-word name (never "Georgia", a first name)
        placed = i < len(words) - 2 and _place_before_name(words, i)
        # "Sister Lucía Ybarra", "Father Tom Kerr": a kin word as a religious title
        religious = i == 0 and word in _RELIGIOUS_KIN_TITLES and len(words) > 2
        suffixes_only = all(w.rstrip(".").lower() in GENERATIONS for w in words[i + 1 :])
        if named and suffixes_only and title_as_surname(words[: i + 1]):
            continue  # "Martin Luther King Jr.": a surname, not the title "King"
        # "Meridian Star Cruises", "Harbor Star Lines": a star inside a body's name
        starred = word == "Star" and named and i == len(words) - 2
        if (
            word[:1].isupper()
            and not starred
            and (
                word.lower().rstrip(".") in TITLE_WORDS
                or trade
                or placed
                or religious
                or _FORMER_TITLE.fullmatch(word) is not None  # "Ex-mayor Aske"
                or " ".join(words[i : i + 2]) in _HONORIFIC_PAIRS
                or " ".join(words[max(0, i - 1) : i + 1]) in _HONORIFIC_PAIRS
                # "Actors Fenella Rourke and Jasper Quill": a title's plural before a pair
                or (i < len(words) - 2 and word.endswith("s") and word.lower()[:-1] in TITLE_WORDS)
            )
        ):
            first, named = i + 1, False
        elif word[:1].isupper() and word.lower() not in STOP_CAPS:
            named = True
    while first < len(words) and words[first].lower().rstrip(".") in STOP_CAPS:
        first += 1
    body_end = _body_end(words, first)
    if body_end > first:
        first = body_end  # "Secretary of Health and Human Services Ann Lee"
    headed = _head_of_body(words)
    if first == 0 and headed:
        first = headed  # "Bank of England Governor Andrew Bailey": its governor
    if (
        first < len(words) - 1
        and len(words[first]) > 5
        and words[first].endswith("ing")
        and not is_org_name(" ".join(words[first:]))  # "Voting Access Project"
    ):
        first += 1  # "Admitting Ukraine's difficulties": a participle opening the sentence
    caps = 0
    while first + caps < len(words) - 1 and words[first + caps].rstrip(".").isupper():
        if len(words[first + caps].rstrip(".")) == 1:
            break  # initials ("J. R. Smith") belong to the name, not to a headline
        caps += 1
    if caps >= 2 and not words[-1].isupper():
        first += caps  # a headline in capitals run into the name
    return first


# A full stop after a word of three or more small letters ends the sentence, not an
# abbreviation ("St.", "Co.", "Jr."): a name read over it ends there.
SENTENCE_END_IN_NAME = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")
# People of a body named after them: "Leaders of the Church of the Restored Covenant".
MEMBERS_OF = word_set("leaders members officials heads representatives officers")
# Who heads a body named before the title: "Board of Supervisors Chairman Dwight Lamoreaux".
_HEADS = word_set(
    "chairman chairwoman chair president governor director secretary commissioner chief ceo "
    "head leader spokesman spokeswoman spokesperson chancellor provost dean principal "
    "superintendent manager coach"
)


def _head_of_body(words: list[str]) -> int:
    """Where the person starts in a body's name with "of", a head's title and a first name
    and a surname ("Bank of England Governor Andrew Bailey" -> 4); else 0."""
    if len(words) < 5 or "of" not in words[1:-3]:
        return 0
    title, given = words[-3], words[-2]
    if title.lower() not in _HEADS or not title[:1].isupper() or not given_name(given):
        return 0
    return len(words) - 2


# Titles a person carries before the name, never a portfolio's field ("Foreign", "Health").
_PERSONAL_TITLES = WORLD_HONORIFICS | word_set(
    "mr mrs ms miss dr sir dame senator sen prof professor rev reverend"
)
# Malaysian honorifics of two words, neither a title alone ("Tan" is a surname too).
_HONORIFIC_PAIRS = frozenset({"Tan Sri", "Toh Puan", "Dato Sri", "Dato' Sri", "Dato’ Sri"})


def _occupation(word: str) -> bool:
    """ "Virologist", "Businesswoman", "Physician", "Singer-guitarists": a trade (or two,
    or their plural) named before the person."""
    lowered = word.lower()
    if lowered in _DESCRIBED_AS or _KIN_COUNT.fullmatch(lowered):
        return True  # "Grandmother Edna Pilling", "Mum-of-two Kayleigh Dawes, 29,"
    trade = lowered.split("-")[-1]
    if trade.endswith(("ists", "icians", "writers")) or trade[:-1] in _TRADES:
        trade = trade[:-1]  # "Singer-guitarists Tom Vale and Pat Ross", "Organisers Lantern …"
    return (len(word) > 6 and trade.endswith(_TRADE_ENDINGS)) or trade in _TRADES


# What a tabloid calls someone before the full name: "Teenager Jayden Okoro, 16, said".
_DESCRIBED_AS = LIFE_STAGES | word_set(
    "grandpa granddad gran mum mom dad wife husband schoolgirl schoolboy student toddler "
    "correspondent"
)
_KIN_COUNT = re.compile(r"(?:mum|mom|mother|dad|father|grandmother|grandfather|gran)-of-[a-z0-9]+")


# Trades a local report writes before a name ("Barmaid Jade Coombes", "Carer Ann Lee"),
# only ever stripped before a first name and a surname ("Baker Mayfield" keeps his name).
_TRADES = word_set(
    """
    barmaid barman bartender waitress waiter cleaner driver plumber farmer fisherman porter
    carer midwife postman postwoman baker butcher hairdresser caretaker builder cabbie
    decorator gardener lifeguard firefighter paramedic nanny labourer laborer welder miner
    quarterback striker midfielder goalkeeper defender winger pitcher catcher rookie
    landowner homeowner promoter organiser organizer
    """
)


_TRADE_ENDINGS = (
    "ologist", "ist", "ician", "sman", "swoman", "sperson", "songwriter",
    # German compound offices: "Oppositionsführer", "Regierungssprecher", "Außenminister"
    "führer", "führerin", "sprecher", "sprecherin", "minister", "ministerin", "präsident",
    "präsidentin", "vorsitzende", "vorsitzender", "chefin",
)  # fmt: skip


def _body_end(words: list[str], first: int) -> int:
    """Where a person's name starts after the body they serve, when two or three plain
    capitalised words follow the body's last word ("… Human Services Ann Lee")."""
    for j in range(len(words) - 3, first - 1, -1):
        if words[j].lower().rstrip(".,") in BODY_NOUNS:
            rest = words[j + 1 :]
            plain = all(w[:1].isupper() and w.lower() not in ORG_WORDS for w in rest)
            return j + 1 if plain and 2 <= len(rest) <= 3 else first
    return first


def _office_holder(words: list[str]) -> list[str] | None:
    """For "… Commissioner for Human Rights [Anna Berg]": the holder's name words after the
    office, [] when the run names only the office, None when the run holds no such office."""
    for i, word in enumerate(words[:-2]):
        if word[:1].isupper() and word.lower() in TITLE_WORDS and words[i + 1] in _OF_FOR:
            rest = words[i + 2 :]
            given = next((j for j, w in enumerate(rest[:-1]) if w.lower() in FIRST_NAMES), None)
            if given is not None:
                return rest[given:]
            return [] if i > 0 and words[0][:1].isupper() else None
    return None


_OF_FOR = frozenset({"for", "of", "on"})
COMPOUND_ADJECTIVE = re.compile(
    r"-(?:sized|size|style|based|backed|led|owned|born|made|like|controlled|linked|funded|"
    r"run|friendly|free|wide|inspired|themed|affiliated|allied|aligned|occupied)$"
)


# Honours written after a name: "Hugh Castellan SC", "Ann Lee MP", "Tom Berg OBE".
HONOURS = word_set("kc qc sc bl mp msp mla mep td obe mbe cbe kbe dbe frs")
# "You'd", "I’d need to", "Don't": a contraction opening a sentence, no one's name.
CONTRACTION = re.compile(
    r"(?:I|You|We|They|He|She|It|That|There|Here|What|Who|Let)['’](?:d|re|ll|ve|m|s)"
    r"|[A-Z][a-z]*n['’]t"
)


# A job written before a name that opens a sentence: "Publisher Northwake Interactive
# said", "Co-author Tobias Lind added" (no title of the name's own).
JOBS_BEFORE_NAMES = word_set(
    "publisher developer co-author co-founder founder designer producer analyst economist "
    "researcher scientist"
)


def _titled_person(words: list[str]) -> list[str] | None:
    """The person a long office title ending in a title word leads to: "Board of Trustees
    Chair Roland Mercer" -> Roland Mercer (a given name, then a surname or two)."""
    if "of" not in words and "for" not in words:
        return None
    for k in range(len(words) - 3, 0, -1):
        if words[k].lower().rstrip(".") in TITLE_WORDS and given_name(words[k + 1]):
            rest = words[k + 1 :]
            return rest if 2 <= len(rest) <= 3 and "of" not in rest else None
    return None


_SEAT_HOLDERS = word_set("mp msp mla mep td member")


def member_for_seat(words: list[str]) -> bool:
    """ "Conservative MP for Wendlebury North": the seat after "for", with no first name
    after it that would make it "MP for Leeds Central Ann Lee"."""
    for k, word in enumerate(words[:-2]):
        if word.rstrip(".").lower() in _SEAT_HOLDERS and words[k + 1] == "for":
            return not any(given_name(w) for w in words[k + 2 :])
    return False


@lru_cache(maxsize=4096)
def clean_name(surface: str) -> str:
    """A capitalised run with leading titles, places and sentence words removed."""
    words = re.sub(r"\([^)]*\)", " ", surface).split()
    while words and (
        words[0].lower() in STOP_CAPS
        or COMPOUND_ADJECTIVE.search(words[0])
        or (len(words) > 1 and words[0].lower() in JOBS_BEFORE_NAMES)
    ):
        words.pop(0)  # (and "Melbourne-based Bramblepay", "Publisher Northwake Interactive")
    while len(words) > 2 and words[-1].isupper() and words[-1].rstrip(".,").lower() in HONOURS:
        words.pop()
    if len(words) == 1 and CONTRACTION.fullmatch(words[0]):
        return ""
    if member_for_seat(words):
        return ""  # "the Conservative MP for Wendlebury North": a seat, nobody's name
    office_title = _titled_person(words)
    if office_title:  # "Tennessee Secretary of State Dwight Kimbrough", "Board of Trustees …"
        words = office_title
    body_on = len(words) > 2 and words[1] in ("on", "to") and is_org_name(words[0])
    if body_on and words[2].lower() not in STOP_CAPS:
        return " ".join(words)  # "Council on Foreign Relations", "Committee to Protect …"
    office = _office_holder(words)
    if office is not None:
        if not office:
            return " ".join(words)  # "United Nations High Commissioner for Human Rights"
        words = office  # "Minister for Foreign Affairs Anna Berg": Anna Berg
    first = name_start(words)
    if 0 < first == len(words) - 1 and words[first - 1].lower() in SOLE_TITLES:
        first -= 1  # "Pope Francis"
    person = words[first:]
    if len(person) == 3 and described_opener(person[0], person[1]):
        person = person[1:]  # "Owner Lucinda Marsh", "Trooper Kyle Marchand": the person
    cut = next(
        (i for i, w in enumerate(person) if i and w in ("of", "for", "on", "in", "at")), None
    )
    if cut is not None and (cut > 1 or first > 0) and not is_org_name(" ".join(person[:cut])):
        person = person[:cut]  # "Josh Gottheimer of New Jersey", "Sen Thune of South Dakota"
    elif cut is not None:
        return " ".join(words)  # "Citizens for Responsibility and Ethics": an organisation
    if person and not is_org_name(" ".join(person)):
        words = person
    name = re.sub(r"\s+-\s+", "-", " ".join(words))
    name = re.sub(r"\s+(?:Twitter|Facebook|Instagram|YouTube|TikTok)$", "", name)
    name = re.sub(r"^[A-Z][\w'’-]+\s+(?=White House$)", "", name)  # "the Rourke White House"
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    if COMPOUND_ADJECTIVE.search(name):
        return ""  # "North Varnia-sized", "Kremlin-backed": a modifier, nobody's name
    opening = surface.split()
    titled = len(opening) > 1 and opening[0].rstrip(".").lower() in TITLE_WORDS  # "Mr Tully"
    if is_party_tag(name) or (" " not in name and not titled and adverb_like(name)):
        return ""  # "D-N.Y.", or an adverb opening the sentence ("Dishonestly called"),
        # never a titled surname ("Mr Tully")
    titled_end = bool(words) and words[-1].lower().rstrip(".") in TITLE_WORDS
    if titled_end and not is_org_name(name) and not title_as_surname(words):
        return ""  # "the Ukrainian President": an office, nobody's name
    lowered = name.lower()
    titled = lowered in TITLE_WORDS and lowered not in SOLE_BODIES  # "Treasury": a body too
    return "" if lowered in STOP_CAPS or titled or lowered in GROUP_NOUNS else name


# Titles that are also common surnames: "Stephen King", "Julie Bishop", "Tom Judge".
_SURNAME_TITLES = word_set("king bishop judge major sheriff chancellor marshal dean prince pastor")


def title_as_surname(words: list[str]) -> bool:
    """ "Stephen King", "Julie Bishop", "Laura Major": a title that is also a surname, after
    a first name (or a middle initial), is the surname -- not after a place ("Georgia
    Judge")."""
    if len(words) < 2 or words[-1].lower() not in _SURNAME_TITLES:
        return False  # "Maria President", "Sen.": always a title
    before = words[-2]
    if re.fullmatch(r"[A-Z]\.", before):
        return True  # "Martin L. King"
    return given_name(before) and before.lower() not in PLACES


def adverb_like(word: str) -> bool:
    """ "Dishonestly", "Finally", "Unimpressed": a sentence-opening adverb (or adjective),
    not a surname ("Kelly", "Daly", "Healy", "Tully")."""
    word = word.lower()
    if re.fullmatch(r"un[a-z]{3,}(?:ed|ing)", word):
        return True  # "Unimpressed, the bench observed", "Undeterred,": a state, nobody
    if word.endswith(("ealy", "iely")) or (word.endswith("ully") and word[-5:] != "fully"):
        return False  # "Healy", "Kiely", "Tully", "Sully": surnames ("Fully" is an adverb)
    return word.endswith("ly") and len(word) > 4 and not word.endswith(("elly", "olly", "illy"))


# Possessive quantifiers: a long run of capitals that fails at the end must not be split
# into pieces in exponentially many ways (an all-capitals page hung on this).
_PARTY_TAG = re.compile(r"^[DRI]\s*-\s*[A-Z][\w.]*+(?:\s?[A-Z.]++)*+$")


# The same tag inside a subject, with its commas: "Sen. Ana Pell, D-Ohio, and Sen. Dan Lee,
# R-Texas," (the comma after it too, before "and" or at the end; not before a next name).
PARTY_TAG_AFTER = re.compile(
    r",\s*[DRI]\s*-\s*[A-Z][\w.]*(?:\s?[A-Z][\w.]*)?(?:,?(?=\s+and\s|\s*$)|(?=,))"
)


def is_party_tag(text: str) -> bool:
    """ "D-N.Y.", "R - Ark.": the party and state printed after a US politician's name."""
    return _PARTY_TAG.match(text.strip()) is not None
