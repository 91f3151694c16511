"""Speaker names: alias keys, canonical full names, and names cut free of titles and words."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from rapidfuzz.distance import Indel

from desktop.core.census_names import CENSUS_HE, CENSUS_SHE
from desktop.core.first_names import FIRST_NAMES, HE_NAMES, SHE_NAMES, ending_gender
from desktop.core.model import QuoteAnalysis
from desktop.core.word_regex import word_set
from desktop.core.world_names import WORLD_HE, WORLD_SHE

# Words that may precede a name but are not part of it.
# Honorifics a person carries before the name in the English-language press of South Asia,
# Africa and Malaysia ("Shri", "Datuk", "Alhaji", "Engr.", "Hon."): titles, never a
# portfolio's field.
WORLD_HONORIFICS = word_set(
    "shri shrimati smt kumari datuk dato datin haji hajah alhaji alhaja engr barrister hon "
    "honourable honorable"
)
TITLE_WORDS = WORLD_HONORIFICS | word_set(
    """
    president vice prime minister sen senator rep representative gov governor mr mrs ms miss
    dr secretary speaker chancellor pope judge justice gen general attorney mayor chairman
    chairwoman chair chief leader majority minority former king queen prince princess sheikh
    ayatollah rev reverend sir dame lord lady commissioner ambassador deputy assistant
    director press spokesman spokeswoman spokesperson lt col colonel sgt capt captain adm
    admiral maj major cmdr commander councilman councilwoman congressman congresswoman coach
    ds dci dsi dcs det insp cpl
    sheriff undersheriff state house senate foreign defense defence interior health finance treasury
    homeland security special counsel envoy adviser advisor officer executive ceo founder
    professor prof candidate nominee hopeful host anchor lawmaker activist economist analyst
    author u.s us american democratic republican gop dem the then democrat administrator
    communications chairperson sec secy atty supt whip journalist delegate writer reporter columnist
    editor commentator strategist pollster lawyer producer comedian actor actress singer rapper
    star pastor bishop cardinal archbishop rabbi imam spokesperson alderman alderwoman
    premier councillor councilor councilmember councilperson assemblyman assemblywoman
    assemblymember assemblyperson trustee selectman selectwoman freeholder legislator
    superintendent supervisor treasurer comptroller auditor magistrate prosecutor ombudsman
    provost lieutenant solicitor inspector detective sergeant corporal mp mep pm
    cllr cr headteacher headmaster headmistress principal manager boss gaffer chef goalkeeper
    striker backup halfback fullback full-back half-back runner-up quarterback winger
    flanker
    midfielder defender skipper musician member members cfo coo cto cmo presenter broadcaster
    dj vocalist guitarist drummer bassist frontman frontwoman gran granny grandma grandad grandpa
    nan daughter son widow widower grandson granddaughter campaigner organiser organizer
    correspondent collector
    volunteer resident stallholder shopkeeper landlord landlady tenant protester protestor
    demonstrator survivor pensioner commuter
    teacher mechanic rancher nurse student veteran pilot physician surgeon scientist
    researcher historian presidents senators sens reps representatives governors govs
    coroner constable marshal registrar chaplain warden curator conductor soprano tenor baritone
    clerk commandant commodore brigadier
    assessor co-author co-founder co-chair co-host co-director co-leader co-owner co-star costar
    agent agents charge
    moderator interviewer panelist panellist
    dancer choreographer referee umpire jockey mum mom dad
    ministers justices judges councillors councilors councilmembers commissioners trustees
    mayors legislators supervisors aldermen secretary-general director-general attorney-general
    governor-general solicitor-general inspector-general surgeon-general vice-president
    vice-chancellor vice-chair vice-chairman vice-chairwoman president-elect governor-elect
    mayor-elect senator-elect premier-elect chancellor-elect
    präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin
    bürgermeister bürgermeisterin ministre président présidente presidente ministra
    alcalde alcaldesa президент министр премьер-министр прем'єр-міністр міністр мэр мер
    ministro presidenta senador senadora diputado diputada gobernador gobernadora
    presiden menteri gubernur bupati walikota prezydent premier-minister
    hajjah mzee puan encik deacon deaconess sarpanch baale cp dcp acp ssp
    garda gardaí madam mdm mla mlas mpp mpps mha mna td tds mec learner uncle aunty auntie
    oberbürgermeister oberbürgermeisterin landrat landrätin herr frau staatssekretär
    staatssekretärin mme mlle monsieur maire préfet préfète sra srta doña dña concejal
    concejala consejero consejera sindaco sindaca assessore signor signora dott avv prefeito
    prefeita vereador vereadora pak bu ibu bapak camat lurah kapolres kapolda kapolsek
    губернатор мэр депутат akbp kompol iptu aiptu ipda brigjen irjen kombes stadtrat stadträtin
    """
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
# Lower-case words inside a surname: "Ursula von der Leyen", "Ana de la Cruz".
NAME_PARTICLES = word_set(
    "de da del della di van von der den bin binti ibn al el la le du dos das ter ten"
)
# The particles a capitalised run of name words may hold inside it, as a regex
# alternation: "Consejo Salmonero del Sur", "Ursula von der Leyen".
INNER_PARTICLES = "de|del|della|di|du|dos|das|da|van|von|der"
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)


def _ascii_fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text.lower())
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_tokens(name: str) -> list[str]:
    """The words of a name without titles, suffixes or punctuation, folded to ASCII."""
    return list(_name_tokens(name))


@lru_cache(maxsize=8192)
def _name_tokens(name: str) -> tuple[str, ...]:
    words = [w for w in re.split(r"[\s,]+", _ascii_fold(re.sub(r"\s+-\s+", "-", name))) if w]
    words = [w.strip(".'’\"“”()") for w in words]
    words = [w for w in words if w]
    while words and words[-1].rstrip(".") in _SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0].rstrip(".") in TITLE_WORDS:
        words.pop(0)
    return tuple(words)


def generation(name: str) -> str:
    """The generational suffix of a name ("jr", "sr", "iii"), or "" when it has none."""
    words = name.replace(",", " ").split()
    last = words[-1].lower().rstrip(".") if len(words) > 1 else ""
    return last if last in GENERATIONS else ""


GENERATIONS = word_set("jr sr ii iii iv")  # "Bob Casey Sr.", "Martin Luther King Jr."


_NON_LETTER = re.compile(r"[^a-z]")
_SLAVIC_ENDING = re.compile(r"(sk|ck|zk|tsk|ts)(yy|iy|ij|yi|ii|i|y|yj)$")
_DOUBLED = re.compile(r"(.)\1")
_VOWEL_RUN = re.compile(r"[aeiou]{2,}")
_GLIDE_Y = re.compile(r"(?<=[aeiou])y(?=e)")
_Y_AS_I = re.compile(r"(?<=.)y")


# The Arabic article joined to a surname ("al-Assad", "el-Sisi"), in its assimilated forms.
ARABIC_ARTICLES = "al|el|ad|an|ar|as|ash|at|az"
_ARABIC_ARTICLE = re.compile(rf"^(?:{ARABIC_ARTICLES})-(?=\w)")


def _fold_surname(word: str) -> str:
    """Collapse common transliteration variants: Zelenskyy/Zelenskiy/Zelenskij -> zelensky."""
    word = _ARABIC_ARTICLE.sub("", word)  # "al-Assad" = "Assad"
    word = _NON_LETTER.sub("", word.replace("'s", ""))
    word = _SLAVIC_ENDING.sub(r"\1y", word)
    word = word.replace("kh", "h").replace("tch", "ch").replace("ff", "v").replace("w", "v")
    # "Mirzayev"/"Mirzaev", "Marynchuk"/"Marinchuk", "Rashydov"/"Rashidov": a y between
    # vowels before e is often left out, and a y inside a name is often written i.
    word = _Y_AS_I.sub("i", _GLIDE_Y.sub("", word))
    word = _DOUBLED.sub(r"\1", word)
    # A swapped pair of vowels is the commonest misspelling ("Macchairola"/"Macchiarola").
    return _VOWEL_RUN.sub(lambda m: "".join(sorted(m.group())), word)


@lru_cache(maxsize=8192)
def speaker_key(name: str) -> str:
    """A key shared by the aliases of one person: surname-based and spelling-tolerant.

    "Zelensky", "Zelenskyy", "President Volodymyr Zelenskiy" all give the same key.
    Different people sharing a surname also share a key; `canonical_speakers` tells
    them apart by first name when the list holds both.
    """
    words = name_tokens(name)
    if not words:
        return ""
    if len(words) >= 2 and words[-2] in NAME_PARTICLES and not _GIVEN_AL.search(name):
        return _fold_surname(f"{words[-2]}-{words[-1]}")  # "De Bernardo" = "DeBernardo"
    return _fold_surname(words[-1])


# "Al Gore", "Rev. Al Sharpton": a capital "Al" followed by a surname is a given name.
_GIVEN_AL = re.compile(r"(?:^|\s)Al\s+\S+$")


def _first_name(name: str) -> str:
    words = name_tokens(name)
    return words[0] if len(words) > 1 else ""


_NICKNAMES = {
    "joe": "joseph",
    "bob": "robert",
    "bill": "william",
    "mike": "michael",
    "jim": "james",
    "tom": "thomas",
    "dick": "richard",
    "chuck": "charles",
    "ted": "edward",
    "ben": "benjamin",
    "bibi": "benjamin",
    "liz": "elizabeth",
    "beto": "robert",
    "mitch": "addison",
    "andy": "andrew",
    "dan": "daniel",
    "dave": "david",
    "don": "donald",
    "matt": "matthew",
    "nick": "nicholas",
    "pete": "peter",
    "rob": "robert",
    "sam": "samuel",
    "steve": "stephen",
    "tony": "anthony",
}


def _first_names_agree(a: str, b: str) -> bool:
    """Same first name, one an initial of the other, or one a short form ("Joe"/"Joseph")."""
    a, b = a.rstrip("."), b.rstrip(".")
    if not a or not b:
        return True
    a, b = _NICKNAMES.get(a, a), _NICKNAMES.get(b, b)
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a.startswith(b[:3]) or b.startswith(a[:3]) or transliterated_alike(a, b)


TRANSLITERATED = 0.7  # Indel similarity of two spellings of one foreign name
_J_AS_Y = str.maketrans("j", "y")


def transliterated_alike(a: str, b: str) -> bool:
    """Two spellings of one name in another alphabet: "Yuliya"/"Julia", "Yorgos"/
    "Giorgos", "Evgeny"/"Yevgeniy" (both four letters or more)."""
    if len(a) < 4 or len(b) < 4:
        return False
    a, b = a.lower().translate(_J_AS_Y), b.lower().translate(_J_AS_Y)
    return Indel.normalized_similarity(a, b) >= TRANSLITERATED


def _same_person(a: str, b: str) -> bool:
    """Two names of one surname key for one person: first names agree, or the shorter
    is the end of the longer ("Rue Simmons" in "Robin Rue Simmons": a double surname or
    a middle name used alone)."""
    if _first_names_agree(_first_name(a), _first_name(b)):
        return True
    short, long = sorted((name_tokens(a), name_tokens(b)), key=len)
    return 2 <= len(short) < len(long) and long[-len(short) :] == short


def same_first_name(a: str, b: str) -> bool:
    """Both names give a first name, and the two agree (see `_first_names_agree`)."""
    first_a, first_b = _first_name(a), _first_name(b)
    return bool(first_a and first_b) and _first_names_agree(first_a, first_b)


def same_person(a: str, b: str) -> bool:
    """One person by name: the same surname key and no clash of first names ("Ruth
    Halloway" and "Wren Halloway" are two people; "Halloway" may be either)."""
    return speaker_key(a) == speaker_key(b) and _same_person(a, b)


def fullness(name: str) -> tuple[int, int, int]:
    """How complete a name is: number of name words, then fewer titles and suffixes
    ("William Alsup" over "Judge William Alsup"), then length."""
    words = len(name_tokens(name))
    return words, words - len(name.split()), len(name)


def canonical_speakers(names: Iterable[str]) -> dict[str, str]:
    """Map each name to the fullest name of its person.

    Names group by `speaker_key`; inside a group, names whose first names differ are
    different people. A bare surname goes to the person named most often in the list.
    """
    all_names = [n for n in names if n and n.strip()]
    counts = Counter(all_names)
    groups: dict[tuple[str, str, bool], list[str]] = defaultdict(list)
    for name in dict.fromkeys(all_names):
        # "Bob Casey" and "Bob Casey Sr." are son and father; "Joanne Rudd" is one of
        # "Garrett Pell and Joanne Rudd", never the pair
        groups[speaker_key(name), generation(name), _joint(name)].append(name)
    result: dict[str, str] = {}
    for members in groups.values():
        people: list[list[str]] = []
        bare: list[str] = []
        for name in members:
            first = _first_name(name)
            if not first:
                bare.append(name)
                continue
            for person in people:
                if all(_same_person(name, other) for other in person):
                    person.append(name)
                    break
            else:
                people.append([name])
        for person in people:
            best = max(person, key=fullness)
            for name in person:
                result[name] = best
        if bare:
            if people:
                main = max(people, key=lambda p: sum(counts[n] for n in p))
                target = max(main, key=fullness)
            else:
                target = max(bare, key=fullness)
            for name in bare:
                result[name] = target
    return _pairs_alike(all_names, _bodies_alike(all_names, _first_words(all_names, result)))


def _pairs_alike(names: list[str], result: dict[str, str]) -> dict[str, str]:
    """A joint speaker named in another order ("Tom Kim and Ann Lee" beside "Ann Lee and
    Tom Kim") goes to the form the list gives first."""
    first: dict[frozenset[str], str] = {}
    for name in dict.fromkeys(names):
        members = LIST_ITEMS.split(name)
        if len(members) < 2 or not all(members):
            continue
        key = frozenset(speaker_key(member) for member in members)
        result[name] = result[first.setdefault(key, name)]
    return result


LIST_ITEMS = re.compile(r",?\s+and\s+|,\s+")  # what separates the people of a list


# "Department of Justice", "U.S. Department of Justice", "Justice Department": one body.
_OFFICE_OF = re.compile(
    r"(?:(?:[Tt]he\s+)?(?:U\.S\.|US|United\s+States)\s+)?(Department|Ministry)\s+of\s+(?:the\s+)?"
    r"([A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)?)"
)
_FIELD_OFFICE = re.compile(
    r"(?:(?:[Tt]he\s+)?(?:U\.S\.|US)\s+)?([A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)?)\s+(Department|Ministry)"
)


def _bodies_alike(names: list[str], result: dict[str, str]) -> dict[str, str]:
    """A body under its acronym ("EPA") or with its words in another order ("Justice
    Department") goes to the fullest name the list gives it ("Environmental Protection
    Agency", "U.S. Department of Justice")."""
    spelled = " | ".join(n for n in dict.fromkeys(names) if not n.isupper())
    for name in dict.fromkeys(names):
        if result[name] == name and name.isupper() and name.isalpha() and 2 <= len(name) <= 6:
            long = spelled_out(spelled, name)
            if long != name and long in result:
                result[name] = result[long]
    offices: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in dict.fromkeys(names):
        of, after = _OFFICE_OF.fullmatch(name), _FIELD_OFFICE.fullmatch(name)
        key = (
            (of.group(2), of.group(1))
            if of
            else (after.group(1), after.group(2))
            if after
            else None
        )
        if key is not None:
            offices[key[0].lower(), key[1].lower()].append(name)
    for forms in offices.values():
        fullest = max(forms, key=len)
        for name in forms:
            result[name] = result.get(fullest, fullest)
    return result


def _joint(name: str) -> bool:
    """ "Garrett Pell and Joanne Rudd", "the Flight Crew Alliance and the Cabin Staff
    Union": a name joined of two or more."""
    return " and " in name or " & " in name


def _first_words(names: list[str], result: dict[str, str]) -> dict[str, str]:
    """A lone name nobody else shares that opens exactly one longer name: "Wren" for
    "Wren Halloway", "Norvane" for "Norvane Systems"."""
    capitalised = (name for name in names if all(w[:1].isupper() for w in name.split()))
    opening = opened_by(capitalised, result.__getitem__)  # not "Lee campaign"
    for name in names:
        if " " not in name and result[name] == name:
            result[name] = only(opening.get(name, set())) or name
    return result


def opened_by(names: Iterable[str], form: Callable[[str], str] = str) -> dict[str, set[str]]:
    """Names of two or more words by their first word ("Wren" -> {"Wren Halloway"}), each
    in the `form` the caller keeps: the lone word stands for the one name it opens."""
    opening: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = name.split()
        if len(words) > 1:
            opening[words[0]].add(form(name))
    return opening


def only(found: set[str]) -> str | None:
    """The one name of `found`, or None when there are none or several."""
    return next(iter(found)) if len(found) == 1 else None


def story_speakers(analyses: Sequence[QuoteAnalysis]) -> dict[str, str]:
    """Every speaker the articles of one story name (quotes and reported speech), mapped
    to the fullest name of that person across them."""
    names = [q.speaker for a in analyses for q in a.quotes if q.speaker]
    names += [r.speaker for a in analyses for r in a.reported if r.speaker]
    return canonical_speakers(names)


# Cutting a name out of a run of capitalised words ("Ukrainian President Volodymyr Zelensky").
STOP_CAPS = word_set(
    """
    the a an shares but and or in on at as if when while after before meanwhile however still yet
    so this that these those it he she they we i you his her their our my its there here
    what who why how where also then now even since though although during with without for
    from to of by about under over despite according asked speaking last next one two three
    some many most all both each every no not nor mr mrs ms dr monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august
    september october november december ok yes instead indeed like unlike because until
    unless once whether earlier later today tonight tomorrow yesterday sources source read
    related watch photo nevertheless furthermore moreover besides thus therefore otherwise
    meanwhile nonetheless getty images ap reuters afp file credit twitter has have had is was
    were does did do would can could should shall might must another am pm gmt utc bst cet
    est edt pst pdt four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions dozens except amid amidst among
    amongst against toward towards through throughout upon within whereas whilst perhaps
    maybe only just again already never always sometimes often inside outside around across
    along behind beside between into onto via beyond regardless whatever whoever whenever
    wherever published updated posted nobody everybody everyone someone somebody anyone anybody
    der die dem ein eine einer einem eines auch aber und oder nach laut pour selon avec
    dans mais ils elles nous cette ces según para pero secondo poi gli segundo
    сам сама по на но это он она они мы его её их menurut seorang para namun
    """
)
# People the article does not name, in the plural: "Critics said", "“…,” officials said".
GROUP_NOUNS = word_set(
    """
    critics officials experts analysts prosecutors investigators authorities witnesses
    residents opponents advocates economists scientists researchers doctors lawyers attorneys
    sources insiders aides organizers organisers parents teachers farmers workers protesters
    demonstrators activists supporters observers voters police detectives diplomats
    negotiators neighbors neighbours relatives groups organizations organisations officers
    deputies troopers soldiers firefighters paramedics people reporters journalists
    colleagues friends fans teammates mourners students pupils passengers shoppers customers
    patients nurses families tenants commuters
    """
)


# The last words of football clubs' names ("Castlebrook Rovers", "Tottenham Hotspur").
CLUB_ENDINGS = word_set("rovers wanderers athletic albion hotspur fc afc")
ORG_WORDS = (
    word_set(
        """
    house court department committee party senate congress news times post street university
    county city republic union council agency office service force army navy church
    congregation ministry administration association foundation institute center centre bank
    group inc corp company club network journal press tribune republicans democrats act
    island islands sea ocean river valley coast gulf kingdom emirates states nations
    pentagon kremlin commission board bureau police guard fund organization organisation
    campaign caucus coalition alliance forum media magazine review channel radio television
    tv cnn fox twitter facebook instagram youtube google apple microsoft amazon supreme
    federal national international general assembly parliament government cabinet agency
    hospital school college state district circuit federation movement front brigade
    unit corps grant program programme plan agreement treaty deal accord protocol guild society
    league policy credit initiative amendment authority trust co directorate laboratory lab
    observatory records productions studios pictures entertainment industries holdings
    technologies systems airlines airline airways motors pharmaceuticals partners ventures
    enterprises ltd llc plc embassy consulate secretariat inspectorate tribunal regulator
    watchdog fm podcast conference convention diocese archdiocese synod project minerals mining
    metals chamber quarterly weekly monthly gazette herald courier chronicle telegraph affairs
    """
    )
    | CLUB_ENDINGS
)


HONORIFICS = word_set("mr mrs ms miss dr")  # only people carry these
SOLE_TITLES = word_set("pope king queen prince princess sheikh emperor sultan saint")


@lru_cache(maxsize=4096)
def is_org_name(name: str) -> bool:
    """Organisations, not people: "White House", "EPA", "Minneapolis Public Schools"."""
    parts = name.split()
    if parts and parts[0].lower().rstrip(".") in HONORIFICS:
        return False  # "Ms. Fox": a person, whatever her name reads like
    if len(parts) == 2 and parts[0].lower() in FIRST_NAMES and parts[1][:1].isupper():
        return False  # "Jim Banks", "Frank Church": a first name, then a surname
    if (len(parts) == 1 and parts[0].lower() in SOLE_BODIES) or parts[-1:] == ["GOP"]:
        return True  # "a Treasury spokesman", "the Minnesota GOP" (as titles, "GOP Sen. Lee")
    words = {w.lower().rstrip(".’'") for w in parts}
    words |= {w[:-1] for w in words if w.endswith("s")}  # "Schools", "Services"
    if "&" in name:
        return True  # "Procter & Gamble", "AT&T": a firm
    if utility(name):
        return True
    return bool(words & ORG_WORDS) or (name.isupper() and len(name) > 1)


# The last word of a utility's or a carrier's name ("Cascade Meridian Power", "Harlow Gas and
# Electric", "Northwind Air"), never a person's: no word of the name is a first name or a
# title ("Samantha Power"), and only as the last word ("Air Marshal Ann Lee" is a person).
_UTILITY_ENDINGS = word_set(
    "power energy electric utilities air water health logistics steel retail semiconductor "
    "semiconductors brewing brewery telecom telecoms hotels securities pharmacy foods insurance "
    "therapeutics biotech shipping freight software chemicals capital hospitality resorts"
)  # ("Marrowby Health", "Corrigan Steel", "Whitlock Securities": firms by their trade)


def utility(name: str) -> bool:
    """A name ending in "Power", "Energy", "Electric", "Utilities" or "Air", with no
    person's first name or title in it."""
    parts = name.split()
    return (
        len(parts) > 1
        and parts[-1].lower() in _UTILITY_ENDINGS
        and not any(p.lower().rstrip(".") in FIRST_NAMES for p in parts)
        and not any(p.lower() in TITLE_WORDS for p in parts[:-1])  # ("Health" may end it)
    )


_MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "&"})
SOLE_BODIES = frozenset({"treasury", "exchequer", "gop"})  # title words that alone name a body


# Short capitals that are never one person's initials: places, bodies, offices.
NOT_INITIALS = frozenset(
    word.upper()
    for word in word_set(
        """
        dc us uk eu un la ny nj tv ap pr hr it ai pm mp mps ceo cfo gop fbi cia nhs bbc cnn nbc
        abc cbs npr nfl nba fc ufc who imf ice epa irs doj dhs nsa fda cdc id
        """
    )
)
_PLACE_ACRONYMS = frozenset({"DC", "LA", "NY", "NJ"})  # "Washington, DC": no one's name


def spelled_out(text: str, acronym: str) -> str:
    """Find "Environmental Protection Agency" for "EPA" (initials, minor words optional)."""
    if acronym in _PLACE_ACRONYMS:
        return acronym  # not "Daniel Cole" for "DC police"
    word = r"(?:[A-Z][\w'’-]*|(?:[A-Z]\.){2,3}|of|the|and|for|on|in|&)"  # "U.S." too
    first = rf"(?:{acronym[0]}[\w'’-]*|(?:[A-Z]\.){{2,3}}(?<=\b{acronym[0]}\.[A-Z]\.))"
    pattern = re.compile(rf"\b{first}(?:\s+{word}){{1,{len(acronym) * 2 + 2}}}")
    for match in pattern.finditer(text):
        words = match.group().split()
        for end in range(2, len(words) + 1):
            part = words[:end]
            if part[-1].lower() in _MINOR_WORDS:
                continue
            full = "".join(_initials(w) for w in part).upper()
            major = "".join(_initials(w) for w in part if w.lower() not in _MINOR_WORDS).upper()
            middle = "".join(_initials(w) for w in part if w.lower() not in {"the", "and", "&"})
            middle = middle.upper()
            if acronym in (full, major, middle):
                return re.sub(r"['’]s?$", "", " ".join(part))
    return acronym


def _initials(word: str) -> str:
    """What a word gives an acronym: its first letter, or every letter of "U.S."."""
    return word.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,3}", word) else word[0]


def first_name_gender(name: str) -> str:
    """ "she", "he" or "" for a name by its first name ("Nancy Pelosi" -> "she")."""
    words = name_tokens(name)
    if len(words) < 2:
        return ""
    first = words[0]
    if first in SHE_NAMES:
        return "she"
    if first in HE_NAMES:
        return "he"
    return ""


def first_name_hint(name: str) -> str:
    """ "she", "he" or "" guessed from the ending of a first name no list holds."""
    words = name_tokens(name)
    return ending_gender(words[0]) if len(words) >= 2 else ""


def census_gender(name: str) -> str:
    """ "she", "he" or "" by the census's first names ("Delphine", "Dwayne"): enough to
    say a pronoun cannot mean a named person, not to say a name is a person's."""
    return _listed_gender(name, CENSUS_SHE, CENSUS_HE)


def world_gender(name: str) -> str:
    """ "she", "he" or "" by other countries' first names ("Niamh", "Henrique"): weaker
    still (a name one country gives girls another gives boys), so the article's own
    pronouns come first."""
    return _listed_gender(name, WORLD_SHE, WORLD_HE)


def _listed_gender(name: str, she: frozenset[str], he: frozenset[str]) -> str:
    words = name_tokens(name)
    if len(words) < 2:
        return ""
    return "she" if words[0] in she else "he" if words[0] in he else ""


def given_name_gender(name: str) -> str:
    """ "she", "he" or "" by the first name, from the curated lists, else the census's."""
    return first_name_gender(name) or census_gender(name)
