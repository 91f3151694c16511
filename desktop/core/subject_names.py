"""Cue subjects turned into names: pronouns, roles, bodies, documents and people left unnamed."""

from __future__ import annotations

import bisect
import itertools
import re

from desktop.core.article_places import is_demonym
from desktop.core.body_referents import (
    BODIES,
    COMPANY_WORDS,
    DESCRIBED_AS,
    body_in_focus,
    body_just_acted,
    described_body,
    employer_side,
    group_in_passing,
    latest_company,
    latest_side,
    main_side,
    named_body,
    union_named,
)
from desktop.core.body_subjects import body_since_cue
from desktop.core.document_issuers import document_issuer
from desktop.core.first_names import given_name
from desktop.core.groups import (
    OUTLET_ENDINGS,
    coalition,
    document_author,
    moniker_before,
    paper_before,
)
from desktop.core.joint_speakers import joint_bodies, joint_speakers, listed_before
from desktop.core.mentions import NAME_RUN, UPPER, group_possessive
from desktop.core.name_bounds import clean_name
from desktop.core.office_subjects import (
    HEAD_OF,
    PRESS_SERVICE,
    head_of,
    latest_regulator,
    press_service,
    titled_office,
    titled_office_name,
)
from desktop.core.people import PERSON_TITLES, ROLE_NOUNS, PersonIndex
from desktop.core.pronoun_referents import pronoun_referent, speaker_referent
from desktop.core.referents import (
    COUNTERPART,
    GENERATION_WORDS,
    YEARS_OLD,
    counterpart_of,
    family_of,
    holder_named_after,
    introduced_after,
    named_agreeing,
    of_generation,
    of_other_age,
    person_of_age,
)
from desktop.core.roles import (
    TITLE_INITIALS,
    UNDER_ROLES,
    by_role,
    office_holder,
    person_noun,
    person_roles,
)
from desktop.core.speakers import (
    GROUP_NOUNS,
    INNER_PARTICLES,
    NAME_PARTICLES,
    STOP_CAPS,
    TITLE_WORDS,
    given_name_gender,
    is_org_name,
    same_person,
    speaker_key,
)
from desktop.core.speech_words import (
    BODY_NOUNS,
    DOC_NOUNS,
    IN_TOWN,
    INDIVIDUAL_NOUNS,
    KIN_NOUNS,
    KIN_SUBJECT,
    LIFE_STAGES,
    MEMBER_PLURALS,
    PLACES,
    PREPOSITIONS,
    SPOKES_WORDS,
    UNNAMED_PERSON,
    kin_pronoun,
)
from desktop.core.study_authors import study_pair
from desktop.core.subject_openings import PERFORMERS
from desktop.core.unnamed_nouns import introduced_unnamed
from desktop.core.us_members import STATE_MEMBER, state_member
from desktop.core.word_regex import alternation, word_set

_UP = UPPER  # capitals of Latin and Cyrillic names
PRONOUN = re.compile(r"^(?:he|she|it|they|we|i|you)$", re.I)
# "the" in the other languages, before a lower-case role ("le maire", "el alcalde").
_FOREIGN_THE = re.compile(
    r"^(?:[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Ll]o|[Dd]er|[Dd]ie)\s+(?=[a-zäöüßéèêàáíóúñç])"
)
# The third person in the other languages our users' outlets write in: "he" or "she", or
# "" where the language does not say ("dia", "beliau").
FOREIGN_PRONOUNS = {
    "er": "he", "il": "he", "él": "he", "lui": "he", "ele": "he", "он": "he", "він": "he",
    "sie": "she", "elle": "she", "ella": "she", "lei": "she", "ela": "she", "она": "she",
    "вона": "she",
    "dia": "", "ia": "", "beliau": "",
}  # fmt: skip
# Who speaks through a document or an office: "a statement from X", "X's office".
_VIA = re.compile(
    r"(?i)^(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|release|message|post)\s+"
    r"(?:from|by)\s+(.+?)(?:['’]s?(?:\s+(?:office|team))?)?$"
    r"|^(.+?)['’]s?\s+(?:(?:social\s+)?media\s+|press\s+|communications\s+|digital\s+)?"
    r"(?:office|team|spokesman|spokeswoman|spokesperson|representative)$"
)
# A role whose office speaks: "the governor's office", "the Nevada secretary of state's
_THE_ROLE = re.compile(
    r"(?:[Tt]he\s+)?([A-Z][a-z]+\s+)?((?:governor|president|mayor|premier|prime\s+minister|"
    r"chancellor|attorney\s+general|secretary\s+of\s+state|sheriff|county\s+clerk))"
)


# An office named by its owner before: "Gov. Dan Lowe’s office", "His office".
_OWNED_OFFICE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*['’]s?\s+office|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+office)\b"
)


def _named_office(index: PersonIndex, seat: str, pos: int) -> str | None:
    """The latest office named in full before `pos` for the seat ("the sheriff": "Kessler
    County Sheriff’s Office")."""
    title = r"\s+".join(word.capitalize() for word in seat.split())
    named = re.compile(rf"((?:[A-Z][\w.-]*\s+){{1,4}}{title}['’]s\s+Office)\b")
    found = list(named.finditer(index.text, max(0, pos - 3000), pos))
    return re.sub(r"^The\s+", "", found[-1].group(1)) if found else None


# "the Fed chief", "the NATO head", "the IMF boss": a body's head, by a short role noun
_BODY_HEAD = re.compile(r"(?i:the)\s+((?:[A-Z][\w'’.&-]*\s+){1,3})(?i:chief|head|boss)")
_HEAD_ROLES = word_set(
    "chief head chair chairman chairwoman chairperson president director executive ceo "
    "governor commissioner secretary-general director-general secretary leader boss"
)


def _head_of_body(index: PersonIndex, body: str, pos: int) -> str | None:
    """The person the article gives a head's role at `body` ("Federal Reserve Chair Helena
    Vorstadt" for "the Fed chief"): the body's words, or their start, among the roles."""
    words = [w.lower().replace(".", "") for w in body.split()]
    found = []
    for full, roles in person_roles(index).items():
        if not full or not roles & _HEAD_ROLES or index.last_seen(full, pos) < 0:
            continue
        roles = {r.replace(".", "") for r in roles}
        named = all(
            w in roles or (len(w) >= 3 and any(r.startswith(w) for r in roles)) for w in words
        ) or _initials_of(body, roles - _HEAD_ROLES - {"the"})
        if named:
            found.append((index.last_seen(full, pos), full))
    return max(found)[1] if found else None


def _initials_of(body: str, words: set[str]) -> bool:
    """Whether `body` is an acronym of those role words ("U.N.", "UN" for "United
    Nations"), in whatever order the roles were collected."""
    letters = body.replace(".", "").strip()
    words = {w for w in words if len(w) > 1}  # (not the "s" of "Organization's")
    if not (2 <= len(letters) <= 5 and letters.isupper()) or len(words) != len(letters):
        return False
    return sorted(w[0] for w in words) == sorted(letters.lower())


_THE_AUTHORS = re.compile(
    r"(?i)the\s+(?:(?:study|paper|report)['’]s\s+)?(?:authors|researchers|scientists|team)"
)
_A_STUDY = re.compile(
    r"(?i:an?|the)\s+(?:(?:new|recent|latest)\s+)?(?:study|paper)"
    r"(?:\s+(?:published\s+)?in\s+(?:the\s+)?[A-Z].*)?"
)
# "The team, led by marine ecologist Hanne Aukrust of …,": the one who led the study
_TEAM_LED_BY = re.compile(
    r"\b(?:[Tt]eam|[Ss]tudy|[Rr]esearch|[Rr]esearchers|[Aa]uthors|[Ss]cientists),?\s+led\s+by\s+"
    r"(?:[a-z-]+\s+){0,3}((?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"
)
_SPOKES_FOR_OFFICE = re.compile(
    r"(?i:an?|one)\s+(?:[\w-]+\s+){0,2}?spokes(?:man|woman|person)\s+for\s+(.+['’]s?\s+(?i:office))"
)


def _capitalised(name: str) -> str:
    """ "office of the governor" -> "Office of the Governor"."""
    small = {"of", "the", "and", "for"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in name.split())


# "the Romney campaign", "Lee's campaign": a campaign is a body, named after its candidate.
_CAMPAIGN = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w-]*)(?:['’]s?)?\s+campaign"
)
# "his statement", "their joint letter": a document of the person a pronoun means.
# The owner of a document or words: "Harris' tweet", "the Center for Fiscal Policy’s report"
# (a name's small joining words kept, so not "Fiscal Policy").
_OWNER_OF_WORDS = re.compile(
    r"(?!The\b)([A-Z][\w.\-]*(?:\s+(?:(?:of|for|on|&)\s+(?:the\s+)?)?[A-Z][\w.\-]*)*)"
    r"\s?['’]s?\s+(\w+)"
)
OWNED_DOCUMENT = re.compile(
    r"(?i)(his|her|their|its)\s+(?:[\w-]+\s+)?(?:" + alternation(DOC_NOUNS) + r")"
)
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# "President Lee's administration", "the Lee administration": whose government it is.
_LEADER_ADMINISTRATION = re.compile(
    r"\b(?!(?:The|This|That|An?|His|Her|Its|Their|Our|Your|Whose|Every|Each)\b)"
    r"([A-Z][\w-]+)(?:['’]s?)?\s+administration\b"
)
AGENCIES = {"AP": "Associated Press", "AFP": "Agence France-Presse", "Reuters": "Reuters"}
_ADJECTIVE_BODIES = word_set("federal national state international local general supreme white")
# Trades written as capitals ("PR aides", "IT staff"): what the group does, not whom it serves.
_TRADE_ACRONYMS = word_set("pr hr it er icu")
UNNAMED = re.compile(r"(?i)^(?:a|an|one|another|some|several|two|three|many|other)\s")
# "critics", "Pentagon officials", "federal prosecutors": people left unnamed, maybe a body's.
UNNAMED_GROUP = re.compile(r"(?i)^(?:[\w.’'-]+\s+){0,3}?(?:" + alternation(GROUP_NOUNS) + r")$")
# People of a place who speak for no body: "Residents of Westfield Heights", "Workers at the
# Westfield Steel plant", "Fans at Park Lane".
CROWD_AT = re.compile(
    r"(?i)(?:[\w.’'-]+\s+){0,2}?(?:residents|protesters|demonstrators|activists|voters|"
    r"neighbou?rs|workers|employees|fans|passengers|commuters|shoppers|parents|students|pupils|"
    r"patients|locals|villagers|onlookers|witnesses|spectators|mourners|campaigners|farmers|"
    r"teachers|nurses|families)\s+(?:of|at|in|outside|near|from|inside|around|on)\s+\S.*"
)
# "a source close to Brandt", "people familiar with her thinking": someone unnamed near a
# person, who is not that person.
CLOSE_TO = re.compile(
    r"(?i)(?:(?:a|an|one|two|some|several|other|[\w’'-]+)\s+){0,3}?(?:sources?|people|persons?"
    r"|friends?|allies|ally|insiders?|confidants?|officials?|figures?|those)\s+(?:close\s+to|"
    r"familiar\s+with|around|in\s+(?:the\s+)?(?:camp|circle|orbit)\s+of)\s+\S.*"
)
# Someone of a group the article left unnamed: "“…,” one said", "said another".
ONE_OF_THEM = frozenset({"one", "another", "one of them", "another one"})
# "Fifty-one percent say", "most Americans say": a poll's share of people, nobody named.
SHARE_OF_PEOPLE = re.compile(
    r"(?i)(?:[\w-]+\s+){1,2}(?:percent|per\s+cent|%)(?:\s+of\s+(?:the\s+)?[\w\s-]+)?"
    r"|(?:most|many|few|some)\s+(?:[a-z]+\s+)?(?:americans|voters|people|respondents|adults)"
)
# A country's body named in lower case: "the French foreign ministry", "Varnia's embassy".
_NATIONAL_FORCES = word_set("embassy consulate military army navy police government")
_BODY_PLURALS = word_set("ministries departments governments agencies militaries")
NATIONAL_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|One|Another)\s)"
    # ("the Russian and Syrian defense ministries": two nations' bodies, jointly)
    r"([A-Z][\w-]*?(?:\s+and\s+[A-Z][\w-]*)?)(['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}(?:"
    + alternation(sorted(BODY_NOUNS | _NATIONAL_FORCES | _BODY_PLURALS))
    + r")"
)
_PLURAL_BODY = re.compile(
    r"(?i)the\s+(?:[\w-]+\s+){0,3}?(groups|organi[sz]ations|countries|nations|coalitions)"
)
_THE_GROUP = re.compile(r"(?i)the\s+group(?:['’]s?\s+[\w-]+)?")
_THE_PAPER = re.compile(r"(?i)the\s+(?:(?:news)?paper|editorial\s+(?:board|page))")
_BODY_STAFF = re.compile(r"(?i)the\s+(\w+)\s+(?:members|staff|authors|drafters|writers)")
_PERSON_ROLES = (
    PERFORMERS
    | LIFE_STAGES
    | word_set(
        "republican democrat senator congressman congresswoman lawmaker politician billionaire "
        "businessman businesswoman entrepreneur veteran candidate guitarist drummer bassist "
        "pianist keyboardist engineer photographer snapper photojournalist scientist "
        "researcher historian designer architect chef athlete campaigner whistleblower envoy "
        "diplomat player challenger retiree millionaire tycoon mogul resident fan supporter "
        "voter homeowner commuter shopper tenant student graduate alumnus alumna pollster"
    )
)
# A player's position: "the striker said" is the player in focus unless the article gave
# that player another position ("Skipper Rhys Tandy … said the goalkeeper": someone else).
_POSITIONS = word_set(
    "striker forward midfielder goalkeeper keeper defender winger captain skipper quarterback"
    " centre-back center-back full-back fullback left-back right-back wing-back playmaker"
    " centre-forward center-forward goalie goaltender defenceman defenseman pitcher catcher"
    " flanker prop hooker lock scrum-half fly-half outside-half openside blindside back-rower"
    " batsman batter bowler wicketkeeper wicket-keeper all-rounder spinner seamer paceman"
)
_LEADS = word_set("captain skipper")  # a side's leader plays any position
# Roles someone holds in a body or side ("their captain", "its chairman"), not its things
# ("their website").
_HELD_ROLES = TITLE_WORDS | ROLE_NOUNS | _POSITIONS


def _just_spoke(index: PersonIndex, name: str, pos: int) -> bool:
    """The sentence before the quote ending at `pos` has `name` saying something."""
    surname = re.escape(name.split()[-1])
    before = index.text[max(0, pos - 400) : pos]
    opening = max(before.rfind("“"), before.rfind('"'))
    return bool(
        opening > 0
        and re.search(
            rf"\b{surname},?(?:\s+[^.!?“”\"]{{0,60}},)?\s+(?:said|told|added|says|insisted)\b"
            r"[^.!?“”\"]*[.:]\s*$",
            before[:opening],
        )
    )


# Role nouns only a person holds ("the Republican leader", "the Ohio senator").
_HOLDERS = _PERSON_ROLES | word_set(
    "leader senator governor president congressman congresswoman lawmaker mayor representative "
    "boss gaffer manager coach chairman chairwoman"  # "the Vale boss": the manager, not the club
    " councillor councilor councilman councilwoman councilmember alderman mp mep msp mla"
)  # "the Labour councillor added": the councillor in focus, not the party
_STUDIES = word_set("report study survey poll analysis book article review research")
_RULINGS = word_set("ruling order decision opinion judgment judgement")
_AGE = re.compile(r"(?i)the\s+" + YEARS_OLD)
# Someone already named, told apart by age: "the older woman", "the younger man".
_BY_AGE = re.compile(r"(?i)the\s+(?:older|younger|elderly|old|young)\s+(woman|man)")
# A British epithet for someone already named: "the mother-of-two", "the father-of-three".
_KIN_EPITHET = re.compile(
    r"(?i)the\s+(?:\w+\s+)?((?:grand)?(?:mother|father|mum|dad))(?:-of-|\s+of\s+)"  # ("of six")
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
)


# ("Consejo Salmonero del Sur", "Ursula von der Leyen": particles inside the name)
TRAILING = re.compile(
    rf"(?:[{_UP}][\w'’.\-]*\s+(?:(?:{INNER_PARTICLES}|la|le|bin|binti)\s+)*)"
    rf"{{0,3}}[{_UP}][\w'’\-]*$"
)


_OWNED_BY_PRONOUN = frozenset({"her", "his", "their", "its", "our", "my", "your"})


def trailing_name(segment: str) -> str | None:
    """The name a segment ends with ("... VENEZUELA Murad Awawdeh" -> "Murad Awawdeh")."""
    match = TRAILING.search(segment.strip())
    if match is None:
        return None
    words = match.group().split()
    while len(words) > 1 and words[0].isupper() and not words[-1].isupper():
        words.pop(0)
    before = segment.strip()[: match.start()].split()
    while before and before[-1].lower() in ("the", "a", "an"):
        before.pop()  # "an official with the Petroleum Institute": governed all the same
    if before and before[-1].lower() in PREPOSITIONS:
        return None
    if before and before[-1] in _OWNED_BY_PRONOUN:
        return None  # "a message on her Story", "on his Instagram": a thing of hers, no name
    if words[0].lower() in PREPOSITIONS:
        return None
    name = clean_name(" ".join(words))
    return name or None


def _member_of(head: str) -> str | None:
    """The person in "Rosa Linde of " before a possessive body: a full name, not a body."""
    member = re.fullmatch(r"(.+?)\s+of\s+", head)
    name = clean_name(member.group(1)) if member else ""
    return name if " " in name and not is_org_name(name) else None


# A body a possessive owns: "Russia's Defence Ministry", "Britain’s Foreign Office".
_OWNED_BODY = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]*)['’]s\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)")
# The words of a body every country has: "Defence Ministry", "Foreign Office", "Army".
_GENERIC_BODY_WORDS = word_set(
    """
    ministry office embassy consulate army navy air force forces armed military government
    parliament police central bank cabinet foreign defence defense interior home health
    finance justice education energy trade economy economic transport environment culture
    agriculture security intelligence emergency emergencies
    """
)


def generic_body(name: str) -> bool:
    """ "Defence Ministry", "Foreign Office", "Ministry of Foreign Affairs": a body named by
    its kind alone."""
    words = [w for w in name.lower().split() if w not in ("of", "the", "affairs")]
    return 0 < len(words) <= 3 and all(w in _GENERIC_BODY_WORDS for w in words)


# A surname written with its lower-case particles first: "von der Leyen", "de Jong".
_PARTICLED = re.compile(
    r"(?:(?:" + alternation(sorted(NAME_PARTICLES)) + r")\s+){1,3}[A-Z][\w'’-]+"
)


def last_name(segment: str) -> str | None:
    """The last capitalised name in a segment that is not a possessive modifier."""
    runs = NAME_RUN.findall(segment)
    for run in reversed(runs):
        if re.search(r"['’]s?$", run):
            continue
        owner = re.match(r"^.*?(\S+['’]s?)\s+(?=[A-Z])", run)
        if owner and titled_office(run[: owner.end(1)], run[owner.end(1) :]):
            owner = None  # "the Prosecutor General's Office of …": one body's whole name
        if owner and not group_possessive(owner.group(1)):  # keep "Women’s March"
            person = _member_of(run[: owner.start(1)])
            if person:
                return person  # "Rosa Linde of NASA’s Lantern Laboratory": Linde, not the lab
            run = re.sub(r"^.*['’]s?\s+(?=[A-Z])", "", run)  # "the Vatican’s Congregation for …"
        cleaned = clean_name(run)
        if cleaned:
            return cleaned
    return None


_SIDE_ROLE = re.compile(
    r"(?i:the)\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}|(?:visitors|hosts|home\s+side|away\s+side)['’]s?\s+)"
    r"(?i:(boss|gaffer|manager|coach|captain|skipper|chairman|"
    r"chairwoman|owner))"
)
# A player capped by a country: "the Ghana international", "the former England international".
_CAPPED = re.compile(
    r"(?i:the)\s+(?:(?i:former)\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?i:international|U-?21\s+international)"
)
# ... or by a side and a position: "the Hallett Comets guard", "the Rovers striker".
_SIDE_PLAYER = re.compile(
    r"(?i:the)\s+(?:(?i:former|veteran|young)\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?i:guard|forward|"
    r"cent(?:er|re)|striker|midfielder|defender|goalkeeper|keeper|winger|full-?back|quarterback|"
    r"receiver|pitcher|batter|bowler|batsman|wicketkeeper|prop|flanker|fly-half|scrum-half|"
    r"halfback|playmaker|rookie|star|all-rounder|opener|sprinter|rider|driver)"
)
# People by their town or region in "-er", which no place list spells: "the Dubliner".
_PLACE_ER_WORDS = word_set(
    "dubliner londoner berliner aucklander icelander highlander islander northerner southerner "
    "westerner easterner midlander"
)


def is_demonym_word(word: str, index: PersonIndex) -> bool:
    """ "Argentine", "Englishman", "Dubliner": a word for someone from a place (not "the
    Speaker", a title, nor "the Guardian", a paper)."""
    return is_demonym(word, PLACES | index.places) or word.lower() in _PLACE_ER_WORDS


_OF_A_GENERATION = re.compile(rf"(?i:the)\s+({GENERATION_WORDS})\s+([A-Z][\w'’-]+)")


# Someone online, by the name they post under: "a user called brineghost", "one reader
# going by Tide_Watcher".
_CALLED_ONLINE = re.compile(
    r"(?i:a|an|one|another)\s+(?:[\w-]+\s+)?(?i:user|reader|commenter|poster|player|reviewer|"
    r"customer|fan|viewer|listener|member|subscriber|redditor)\s+(?:called|named|"
    r"calling\s+(?:himself|herself|themselves)|going\s+by|who\s+goes\s+by)\s+(@?[\w.-]+)"
)
_BODY_DOCUMENT = re.compile(
    r"[Tt]he\s+([a-z]+)['’]s\s+(?:[\w-]+\s+){0,2}(?:" + alternation(DOC_NOUNS) + r")"
)


_FROM_HOME = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+from\s+[A-Z][\w'’\s-]{1,40}")


def resolve_subject(subject: str, pos: int, index: PersonIndex) -> str | None:
    """Turn a cue subject into the fullest name of the person (or organisation) it means."""
    subject = re.sub(r"(?<=\w)\s+(['’]s)(?=\s)", r"\1", subject)  # tokenised "Women ’s March"
    subject = re.sub(r"(?<=\w)\s+(?:itself|himself|herself|themselves)$", "", subject)
    subject = ON_PLATFORM.sub("", subject)  # "The university's account on X": not X
    subject = re.sub(r"^that\s+(?=(?:the|a|an|his|her|their)\s)", "", subject)  # "noted that the"
    subject = _NUMBER_TEN.sub("Downing Street", subject)  # "a No 10 spokesman said"
    subject = re.sub(r"\brep\b(?!\.)", "representative", subject)  # "a rep for Ana Pell"
    home = _FROM_HOME.fullmatch(subject)
    lead = home.group(1).split()[0] if home else ""
    if home and (given_name(lead) or not (index.is_word(lead) or lead.lower() in STOP_CAPS)):
        subject = home.group(1)  # "Bheki from Kgosing Extension": a caller, where he lives
    if re.fullmatch(r"(?i)the\s+representative", subject):  # "A rep for Ana Pell … the rep"
        introduced = _introduced_spokesperson(subject, pos, index)
        if introduced:
            return introduced
    owned_by_body = re.fullmatch(
        r"(?:[Ii]ts|[Tt]heir)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", subject
    )
    role = owned_by_body.group(1) if owned_by_body else ""
    if role.split()[-1:] and role.split()[-1] in _HELD_ROLES and not KIN_SUBJECT.fullmatch(subject):
        held = by_role(index, f"the {role}", pos)  # "said their captain": the one named
        if held:
            return held
    speaks_for = _SPOKES_FOR_OFFICE.fullmatch(subject)
    if speaks_for:  # "a spokesman for the Nevada secretary of state's office": the office
        subject = speaks_for.group(1)
    if _THE_AUTHORS.fullmatch(subject):
        # "Dr. Helena Marsh, … the study’s lead author. … the authors wrote", "The team,
        # led by Hanne Aukrust, … the researchers wrote": the lead speaks for them, as a
        # spokesperson for a body
        lead = by_role(index, "the lead author", pos)
        if lead and index.roles.get(lead, set()) & {"lead", "senior", "first", "principal"}:
            return lead
        led = list(_TEAM_LED_BY.finditer(index.text, max(0, pos - 3000), pos))
        if led:
            return index.canonical(led[-1].group(1), led[-1].start(1))
        pair = None if subject.endswith("team") else study_pair(index, pos)
        if pair:  # "The study, by Dr Ann Lee … and Dr Bo Kim …": the two, jointly
            return pair
    if _A_STUDY.fullmatch(subject):
        pair = study_pair(index, pos)
        if pair:  # "A new study in the Journal of Ecology finds that": its two authors
            return pair
    by_pronoun = OWNED_DOCUMENT.fullmatch(subject)
    if by_pronoun:  # "“…,” his statement began": whom the pronoun means wrote it
        return pronoun_referent(OWNER_PRONOUNS[by_pronoun.group(1).lower()], pos, index)
    if re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w-]*['’]s?", subject):
        subject = re.sub(r"['’]s?$", "", subject)  # "said the statement from Lee's office"
    body_head = _BODY_HEAD.fullmatch(subject)
    body_chief = _head_of_body(index, body_head.group(1), pos) if body_head else None
    if body_chief:  # "the Fed chief told", "the NATO chief said": the one who heads it
        return body_chief
    side_role = _SIDE_ROLE.fullmatch(subject)
    if side_role:  # "the Rovers boss", "the visitors' boss": a side's manager, not the side
        role = side_role.group(1).lower()
        role = "manager" if role == "boss" else role  # a side's boss is its manager
        holder = by_role(index, "the " + role, pos) or index.focus(pos)
        return holder if holder and not is_org_name(holder) else None
    if _CAPPED.fullmatch(subject) or _SIDE_PLAYER.fullmatch(subject):
        # "the Ghana international wrote", "the Hallett Comets guard said": the player in focus
        return index.focus(pos) or introduced_after(index, pos, "")
    generation = _OF_A_GENERATION.fullmatch(subject)
    if generation:  # "the younger Kessler said": of the family's two, by age or by kin
        return of_generation(index, generation.group(2), generation.group(1))
    handle = _CALLED_ONLINE.fullmatch(subject)
    if handle:  # "a user called brineghost wrote": the name the user goes by
        return handle.group(1).rstrip(".,")
    if re.fullmatch(r"@\w{2,30}", subject):
        return subject  # "wrote @birdsofcalder": the account, by its handle
    subject = _FOREIGN_THE.sub("the ", subject)  # "le maire", "der Bürgermeister": the role
    tokens = subject.split()
    last = tokens[-1].lower() if tokens else ""
    if len(tokens) == 1 and subject in FOREIGN_PRONOUNS:  # "sagte sie", "dijo él", "kata dia"
        # (in lower case only: "Ella", "Lei" and "Elle" are names)
        pronoun = FOREIGN_PRONOUNS[subject]
        return speaker_referent(pronoun, pos, index) if pronoun else index.focus(pos)
    if PRONOUN.match(last) or (tokens and PRONOUN.match(tokens[0]) and len(tokens) == 1):
        return speaker_referent(last, pos, index)
    if subject.isupper() and subject.lower() in _TITLES_IN_CAPITALS:
        return by_role(index, "the " + subject, pos)  # "the PM said", "the MP said"
    owned_family = _NAMED_FAMILY.fullmatch(subject)
    if owned_family:  # "Keely’s family said": the family of the Keely named before
        given = owned_family.group(1)
        whose = index.by_first_name(given) or index.canonical(given, pos)
        if " " in whose and not is_org_name(whose):
            return f"{whose.split()[-1]} family"
    surnamed_family = SURNAMED_FAMILY.fullmatch(subject)
    if surnamed_family:  # "the Dunleavy family said": that family, named as one
        return f"{surnamed_family.group(1)} family"
    family = _FAMILY.fullmatch(subject)
    if family:  # "her family said in a statement": the family of the one she means
        owner = family.group(1).lower()
        person = _possessor(owner, pos, index) if owner in ("his", "her") else None
        families = [] if person else list(_FAMILY_OF.finditer(index.text, max(0, pos - 1500), pos))
        if families:  # "The family of Marcus Dell … “…,” the family said": Dell's
            last_of = families[-1]
            person = index.canonical(clean_name(last_of.group(1)) or "", last_of.start(1))
        surnamed = None if person or owner != "the" else _last_family_named(index.text, pos)
        if surnamed:  # "the Delacroix family released a statement … “…,” the family said"
            return f"{surnamed} family"
        surname = family_of(index, pos) if person is None and owner == "the" else None
        if surname:  # "The family said": of the one the story is about
            return f"{surname} family"
        person = person or (index.focus(pos) if owner not in ("his", "her") else None)
        return f"{person.split()[-1]} family" if person and not is_org_name(person) else None
    if KIN_SUBJECT.fullmatch(subject):  # "his father told Stoll": the father, if named
        return by_role(index, subject, pos) or _relative_by_surname(subject, pos, index)
    kin_given = _KIN_GIVEN.fullmatch(subject)
    if kin_given:  # "Mum Leanne said", "Her dad Graham said": the family's surname
        return _family_member(kin_given.group(1), kin_given.group(2), pos, index)
    counsel = _BODY_COUNSEL.fullmatch(subject)
    body = _counsel_for(counsel.group(1), pos, index) if counsel else None
    if body:  # "Westfield Bank's lawyers wrote", "the bank's attorneys said": the bank
        return body
    counsel = _COUNSEL_FOR_BODY.fullmatch(subject)
    if counsel:  # "Lawyers for Brightwater Pharmacy argued": the firm; "for Lowe": nobody
        owner = re.sub(r"^the\s+(?=[A-Z])", "", counsel.group(1))
        body = _counsel_for(owner, pos, index)
        if body or owner[:1].islower() or _someone_named(owner, pos, index):
            return body
        return index.expand(owner)
    worker = owned_role(subject)
    if worker and is_org_name(worker.group(1)):
        # "SkyHarbor Airlines' chief executive told reporters": the one who holds that role
        holder = by_role(index, "the " + worker.group(2), pos)
        if holder and not is_org_name(holder):
            return holder
    if worker and not is_org_name(worker.group(1)):
        # "Brandt’s lawyer said": someone unnamed who works for him, not Brandt himself
        holder = by_role(index, "the " + worker.group(2), pos)
        employer = index.canonical(worker.group(1), pos)
        return holder if holder and not same_person(holder, employer) else None
    seat = _MEMBER_FOR.fullmatch(subject)
    if seat:  # "the MP for Nordvik said": the member, not the seat
        return office_holder(index, seat.group(1).lower(), pos)
    office = _OFFICE_TO.fullmatch(subject)
    if office and office.group(1).lower() in PERSON_TITLES | ROLE_NOUNS:
        return office_holder(index, office.group(1).lower(), pos)  # not the place it is to
    tagged = STATE_MEMBER.fullmatch(subject)
    lawmaker = state_member(index, tagged.group(1), tagged.group(2), pos) if tagged else None
    if lawmaker:  # "the Oregon Democrat": the one lawmaker tagged "(D-Ore.)"
        return lawmaker
    if _PLACE_PARTY_MEMBER.fullmatch(subject):
        # "the Fenwick County Republican said": the party member in focus, not a name
        focus = index.focus(pos)
        return focus if focus and not is_org_name(focus) else None
    pair = joint_speakers(subject, pos, index) or joint_bodies(subject)
    if pair:  # "Sen. Ann Lee and Gov. Tom Kim blasted it as “…”": both, as one statement
        return pair
    member = _MEMBER_OF_BODY.fullmatch(subject)
    if member and _member_of(member.group(1) + " of "):
        return resolve_subject(member.group(1), pos, index)  # not the group she is from
    head = HEAD_OF.fullmatch(subject)
    if head:  # "the head of state said": the president, else the person in focus
        return head_of(index, head.group(2), pos, head.group(1) or "")
    if PRESS_SERVICE.fullmatch(subject):  # "the press service said"
        return press_service(index, pos)
    members = _MEMBERS_OF.fullmatch(subject)
    if members:  # "Members of the Harwick Education Association said": the body
        return resolve_subject(members.group(1), pos + members.start(1), index)
    leaders = _THE_LEADERS.fullmatch(subject)
    if leaders:  # "the three leaders said": the people the article just listed together
        return listed_before(index, pos, leaders.group(1))
    former = re.fullmatch(r"(?i)the\s+(former|latter)", subject)
    pair = listed_before(index, pos, "2") if former else None
    if former and pair:  # "Ana Pell and Dan Lee debated. … said the former": Pell
        first, second = pair.split(" and ")
        return first if former.group(1).lower() == "former" else second
    if re.fullmatch(r"[Tt]he\s+campaign", subject):  # the one the article named last
        named = _CAMPAIGN.findall(index.text, max(0, pos - 3000), pos)
        owners = [name for name in named if name != "The"]
        return f"{owners[-1]} campaign" if owners else None
    campaign = _CAMPAIGN.fullmatch(subject)
    if campaign:
        return f"{campaign.group(1)} campaign"
    owner_body = _BODY_DOCUMENT.fullmatch(subject)
    if owner_body and owner_body.group(1).lower() in BODY_NOUNS:
        # "The institute’s news release said": the institute named before, as "the institute"
        return resolve_subject(f"the {owner_body.group(1)}", pos, index)
    via = _VIA.match(subject)
    if via:  # "a statement from Lee's office", "the president's office"
        owner = via.group(1) or via.group(2)
        seat = _THE_ROLE.fullmatch(owner)
        if seat and subject.lower().endswith("office"):
            # "the governor's office said" with no governor named: the office itself, not
            # whoever the article last wrote of
            if seat.group(1):  # "the Nevada secretary of state's office"
                return _capitalised(f"{seat.group(1)} {seat.group(2)}'s office")
            in_full = _named_office(index, seat.group(2), pos)
            if in_full:  # "The Kessler County Sheriff’s Office has moved …": that office
                return in_full
            holder = by_role(index, owner, pos)
            return holder or _capitalised(f"office of the {seat.group(2)}")
        lower_seat = re.fullmatch(r"(?i:the)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)", owner)
        if lower_seat and subject.lower().endswith("office"):
            # "the county engineer’s office": its holder if named, else the office itself,
            # never the person in focus
            named_office = _capitalised(f"office of the {lower_seat.group(1)}")
            return by_role(index, owner, pos) or named_office
        return titled_office_name(subject, owner) or resolve_subject(owner, pos, index)
    if _THE_UNNAMED.fullmatch(subject):  # "the aide said": the one introduced before
        return _unnamed_before(pos, index)
    body = aide_body(subject)
    if body:  # "said one House GOP leadership aide": the body the aide speaks for
        return body
    if _THE_GROUP.fullmatch(subject) and moniker_before(index, pos):
        return moniker_before(index, pos)  # "the group’s website reads": “Tide Watch”
    if _THE_PAPER.fullmatch(subject):  # "the paper said": the newspaper named before
        return paper_before(index, pos)
    staff = _BODY_STAFF.fullmatch(subject)
    if staff and staff.group(1).lower() in BODY_NOUNS:  # "the commission members argue"
        return index.body_named(staff.group(1).lower(), pos) or index.focus(pos, org=True)
    members = re.fullmatch(r"(?i)the\s+([a-z]+s)", subject)
    members_body = _body_of_members(index, members.group(1), pos) if members else None
    if members_body:  # "The Ardmoyle Bishops’ Conference … “…,” the bishops wrote": that body
        return members_body
    plural = _PLURAL_BODY.fullmatch(subject)
    if plural:  # "the groups wrote": the coalition or countries named, else the body in focus
        return coalition(index, pos, plural.group(1)) or index.focus(pos, org=True)
    if CROWD_AT.fullmatch(subject):
        return None  # "Protesters outside the Vessey County Courthouse": not the courthouse
    if CLOSE_TO.fullmatch(subject) or subject.lower() in ONE_OF_THEM:
        return None  # "sources close to Brandt said": not Brandt; "one said": one unnamed
    staff = _THE_STAFF.fullmatch(subject)
    body = _staff_body(index, staff.group(1), pos) if staff else None
    if body:  # "Analysts at Sterling Hythe downgraded … “…,” the analysts wrote": the bank
        return body
    if _PM_SPOKESPERSON.fullmatch(subject):  # "the Prime Minister's official spokesman"
        if _NUMBER_TEN.search(index.text) or "Downing Street" in index.text:
            return "Downing Street"
        return by_role(index, "the prime minister", pos)
    counterpart = COUNTERPART.fullmatch(subject)
    if counterpart:  # "said her counterpart": the other of the two
        return counterpart_of(index, counterpart.group(1), pos)
    if _ONE_OF_UNNAMED.fullmatch(subject):  # "one of the officials said": their body
        return _unnamed_before(pos, index)
    if UNNAMED.match(subject):
        return _unnamed_speaker(subject, pos, index)
    modifier = last_name(subject) if UNNAMED_PERSON.fullmatch(subject) else None
    if modifier and not is_org_name(modifier):  # "the Norlandic leadership aide"
        return by_role(index, subject, pos) if subject[:1] in "tT" else None
    agency = AGENCIES.get(re.sub(r"^[Tt]he\s+", "", subject))
    if agency:  # "the AP wrote": photo credits aside, a news agency can be a source
        return agency
    age = _AGE.match(subject)
    if age:
        return _aged(subject, age, pos, index)
    epithet = _KIN_EPITHET.fullmatch(subject)
    if epithet:  # "the mother-of-two said": the woman in focus
        return index.focus(pos, pronoun=kin_pronoun(epithet.group(1)))
    by_age = _BY_AGE.fullmatch(subject)
    if by_age:  # "Tate, standing beside her, nodded. “…,” the older woman said": Tate
        return index.focus(pos, pronoun="she" if by_age.group(1).lower() == "woman" else "he")
    if SHARE_OF_PEOPLE.fullmatch(subject):
        return None  # "Fifty-one percent say": a poll's share, nobody named
    if UNNAMED_GROUP.match(subject):
        body = last_name(subject)  # "Pentagon officials": the body they speak for
        trade = body is not None and body.lower() in _ADJECTIVE_BODIES | _TRADE_ACRONYMS
        if body and is_org_name(body) and not trade:
            return index.expand(body)
        return None
    if len(tokens) == 2 and tokens[0].lower() == "the" and tokens[1].islower():
        # "the utility said" after "the Vesk Water Utility": the name its noun heads
        headed = None if last in DOC_NOUNS else index.headed_by(last, pos)
        if headed:
            return index.expand(headed) if is_org_name(headed) else headed
    if len(tokens) <= 3 and last in BODY_NOUNS and tokens[0].lower() == "the":
        # "the council said", "the school district": the body named before
        body = index.body_named(last, pos)
        if body is None and last == "union":  # "Quillfield Workers United … the union said"
            body = union_named(index, pos)
        if body is None and len(tokens) == 3:  # ("the school district": the school's)
            body = index.body_named(tokens[-2].lower(), pos)
        owners = _LEADER_ADMINISTRATION.findall(index.text, max(0, pos - 3000), pos)
        owners = [name for name in owners if not index.is_word(name)]  # "Previous"
        if not body and last == "administration" and owners:
            body = f"{owners[-1]} administration"  # "President Ann Lee's administration"
        offices = (
            []
            if body or len(tokens) != 2 or last != "office"
            else list(_OWNED_OFFICE.finditer(index.text, max(0, pos - 1500), pos))
        )
        if offices:  # "Gov. Dan Lowe’s office released … “…,” the office said": Lowe's
            return resolve_subject(offices[-1].group(1), offices[-1].start(1), index)
        if body:
            return body
    if len(tokens) <= 3 and tokens[0].lower() == "the" and last in DESCRIBED_AS:
        described = described_body(index, last, pos)
        if described:  # "Nordvik Terminals, the company that runs …": "the company said"
            return described
        if last in _GROUP_WORDS:
            # "The Marsh Rangers’ Delta chapter joined the protest … The paramilitary
            # group said": the body that acted last, or whose chapter or staff did
            found = latest_side(index, pos) or group_in_passing(index, pos)
            if found:
                return found
        if last in ("regulator", "watchdog"):
            # "scrutiny from the Belmoran Competition Authority … The regulator said"
            return latest_regulator(index, pos)
        if last in _COMPANIES_OR_BANDS:
            # "Halvorsen Biotherapeutics raised the price … the company said", "Hollow
            # Meridian … the band wrote": the body in focus, or a subject with no first
            # name that nobody calls he or she
            found = latest_company(index, pos)
            if found:
                return found
    if len(tokens) == 2 and tokens[0].lower() == "the" and last in _SIDES:
        # "Corran City confirmed …", "Dunmarsh's media team …": the club in focus, never
        # the station or paper its chairman spoke to ("speaking on Kingsmere FM's show")
        focus = index.focus(pos, org=True)
        if focus and focus.split()[-1].lower() in OUTLET_ENDINGS:
            focus = None
        return (
            latest_side(index, pos) or focus or main_side(index, pos) or employer_side(index, pos)
        )
    if re.fullmatch(r"(?i)the\s+force", subject):
        return index.body_named("police", pos)  # "the force said": the police force named
    named_for = re.fullmatch(r"(?i)the\s+(?:national\s+|state\s+)?(panel|forecaster)", subject)
    if named_for:
        # "The House Ethics Committee has opened an inquiry … “…,” the panel said", "The
        # National Weather Office kept a red warning. “…,” the forecaster said"
        return index.body_named(named_for.group(1).lower(), pos)
    if re.fullmatch(r"(?i)the\s+(?:justices|judges)", subject):
        return index.body_named("court", pos)  # "the justices said": the court named before
    if BOTH.fullmatch(subject) or re.fullmatch(
        r"(?i)the\s+(?:two\s+(?:men|women)|pair|duo)", subject
    ):
        # "Ana Pell said … Kim Ode said … “…,” both women said": the two who spoke
        return index.group(pos, tokens[-1]) or listed_before(index, pos, "2")
    if re.match(
        r"(?i)the\s+(?:two(?:\s+[a-z]+s)?|couple|"  # (two men or women, a pair: just above)
        + alternation(sorted(MEMBER_PLURALS))
        + r")$",
        subject,
    ):
        return index.group(pos, tokens[-1])  # "the senators wrote", "the two governors said"
    if len(tokens) == 2 and introduced_unnamed(index, tokens[1], pos):
        return None  # "A former Lumeris engineer … said … “…,” the engineer said": unnamed
    if re.match(r"(?i)the\s+(?:[\w-]+\s+){0,4}[a-z][\w-]*$", subject):
        role = by_role(index, subject, pos)  # "the Ukrainian leader", "the president"
        if role:
            return role
        place = last_name(subject)
        holder = re.sub(r"\s*-\s*", "-", subject).split()[-1].split("-")[0].lower()
        under = UNDER_ROLES & {t.lower() for t in tokens[:-1]}  # ("the vice chairman")
        if (
            holder in _HOLDERS
            and len(tokens) <= 5
            and not (place and is_org_name(place))
            and not under
        ):
            # "the Connecticut senator responded": the person in focus, not the state
            return index.focus(pos) or introduced_after(index, pos, "")
    demonym = re.fullmatch(r"[Tt]he\s+(?:\d+-year-old\s+)?([A-Z][a-z]+)(?:\s+([a-z]+))?", subject)
    if demonym and is_demonym_word(demonym.group(1), index):
        noun = demonym.group(2)
        if noun is None:
            # "the Argentine said": the player in focus, not a country or a body ("the
            # Texan" after "Senator Lucius Hawtrey of Texas": the one from there)
            from_there = _person_from(index, demonym.group(1), pos)
            return from_there or index.focus(pos) or introduced_after(index, pos, "")
        if noun in _POSITIONS or noun in _PERSON_ROLES:
            return _the_phrase(subject, noun, 3, pos, index)  # "the Dutch forward said"
    owner = _OWNER_OF_WORDS.search(subject)
    owned = owner and (owner.group(2).lower() in DOC_NOUNS or last in DOC_NOUNS)
    if owner and owned and last_name(subject) is None:
        subject = owner.group(1)  # "Harris' tweet reads"
    placed = _OWNED_BODY.fullmatch(subject)
    if placed and generic_body(placed.group(2)):
        # "Russia's Defence Ministry": that country's, not every defence ministry
        return re.sub(r"^[Tt]he\s+", "", subject)
    stationed = _STATIONED.fullmatch(subject)  # "the Kestanian embassy in London"
    national = NATIONAL_BODY.fullmatch(stationed.group(1) if stationed else subject)
    if national and (
        national.group(2) is None
        or national.group(1).lower() in PLACES
        or index.is_place(national.group(1))
    ):
        return re.sub(r"^[Tt]he\s+", "", subject)  # "the French foreign ministry", not "French"
    name = last_name(subject)
    describes = _NAME_DESCRIBES.fullmatch(subject)
    if (
        name
        and describes
        and _a_person_noun(describes.group(1))
        and describes.group(1) not in _SPEAKS_FOR_NAME
        and (not is_org_name(name) or describes.group(1) in INDIVIDUAL_NOUNS)
        and not index.speaks(name)
    ):
        # "the Harvard professor said", "the Oscar winner said": a person the name only
        # describes, not Harvard or Oscar
        name = None
    if name and _PARTICLED.fullmatch(subject):
        # "von der Leyen added", "de Jong said": the particles open the surname
        written = subject[0].upper() + subject[1:]
        full = index.canonical(written, pos)
        return subject if full == written else full
    if name and name.isupper() and len(name) > 3 and " " not in name and index.expand(name) == name:
        # "LINDQVIST asked:": a transcript's capitals for a surname the article gives in full
        titled = name.title()
        full = index.canonical(titled, pos)
        if full != titled and not is_org_name(full):
            return full
    if name and not index.is_word(name):
        if is_org_name(name):
            return index.expand(name)
        if index.is_place(name):
            return None  # "said Dravia": a country speaks through someone the cue omits
        honorific = re.search(rf"\b(Mrs|Ms|Miss|Mr)\.?\s+{re.escape(name)}$", subject)
        by_honorific = honorific and index.by_honorific(name, honorific.group(1), pos=pos)
        if by_honorific:
            return by_honorific  # "Mrs Ellison said"
        full = index.canonical(name, pos)
        if full == name and subject.strip() == name:  # "Baz posted", not "Sen. Graham said"
            kin = _kin_before(index.text, name, pos)
            if kin and not index.by_first_name(name):  # "Daughter Wren, 52, said"
                return _family_member(kin.group(1), name, pos, index)
            return index.by_first_name(name) or name
        return full
    if re.match(r"(?i)the\s", subject):
        introduced = _introduced_spokesperson(subject, pos, index)
        found = introduced or _the_phrase(subject, last, len(tokens), pos, index)
        if found is None:  # "“…,” the cabinet member said. The cabinet member, Meera Lathbury,"
            found = _role_named_after(subject, pos, index)
        if found is None and pos < _LEDE_REACH:
            # "“It was never about the money,” said the man who spent 23 years in prison
            # …\n\nCalvin Rourke, now 58, …": an opening that describes whom it names next
            found = _described_in_lede(subject, pos, index)
        return found
    return None


_LEDE_REACH = 400
# "the man who spent 23 years …", "the county’s top homicide investigator", "the study’s
# current director": one person, by what they are or did (not a spokesperson or a body)
_LEDE_DESCRIPTION = re.compile(
    r"(?i)the\s+(?:[\w’'-]+\s+){0,4}?([a-z][\w-]*[^s\W])(?:\s+(?:who|whose)\b.*)?", re.S
)


def _person_from(index: PersonIndex, demonym: str, pos: int) -> str | None:
    """The one person named before `pos` as from the place a demonym names: "Senator Lucius
    Hawtrey of Texas", "Rep. Ann Lee (R-Texas)", "Ann Lee, a Texas Republican"."""
    lowered = demonym.lower()
    stems = [lowered[: -len(end)] for end in ("ian", "an", "n") if lowered.endswith(end)]
    found: set[str] = set()
    for stem in (s for s in stems if len(s) >= 3):
        for place in set(re.findall(rf"\b{stem[0].upper()}{stem[1:]}[a-z]{{0,3}}\b", index.text)):
            person = re.compile(
                rf"((?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’-]+)(?:\s+of\s+{place}\b|"
                rf"\s*\(\s*[RDI]\s*-\s*{place}|,\s+(?:a|the)\s+{place}\s+(?:Republican|Democrat))"
            )
            for match in person.finditer(index.text, 0, pos):
                name = index.canonical(match.group(1), match.start(1))
                if " " in name and not is_org_name(name):
                    found.add(name)
    return found.pop() if len(found) == 1 else None


def _described_in_lede(subject: str, pos: int, index: PersonIndex) -> str | None:
    """The person named next, when nobody was before: anyone for "the man who …", only
    one given the same role for "the incident commander" (not the fire chief named first)."""
    described = _LEDE_DESCRIPTION.fullmatch(subject)
    if described is None:
        return None
    head = described.group(1).lower()
    if {head, *subject.lower().split()} & (SPOKES_WORDS | BODY_NOUNS | DOC_NOUNS):
        return None
    person = introduced_after(index, pos, "", reach=600)
    if person is None or head in _ANYONE:
        return person
    after = _after_subject(index, subject, pos)
    at = index.text.find(person, after)
    near = index.text[max(after, at - 60) : at + len(person) + 80] if at >= 0 else ""
    return person if re.search(rf"\b{re.escape(head)}\b", near, re.I) else None


def _role_named_after(subject: str, pos: int, index: PersonIndex) -> str | None:
    """ "“…,” the council’s cabinet member for environment said. … The cabinet member,
    Councillor Meera Lathbury, said": the role's holder, named in the sentences after."""
    role = _ROLE_HEAD.fullmatch(subject)
    if role is None or role.group(1).lower() in SPOKES_WORDS | BODY_NOUNS | DOC_NOUNS:
        return None
    return holder_named_after(index, role.group(1), _after_subject(index, subject, pos), 400)


def _after_subject(index: PersonIndex, subject: str, pos: int) -> int:
    """Where the cue's subject phrase ends (the description itself names no holder)."""
    said_at = index.text.find(subject, pos)
    return said_at + len(subject) if said_at >= 0 else pos


# "the council’s cabinet member for environment": the role's last word before its field
_ROLE_HEAD = re.compile(
    r"(?i)the\s+(?:[\w’'-]+\s+){0,4}?([a-z][\w-]*)(?:\s+(?:for|of)\s+[\w\s’'-]{1,40})?"
)


_ANYONE = word_set("man woman boy girl person teenager mother father")


def _introduced_spokesperson(subject: str, pos: int, index: PersonIndex) -> str | None:
    """ "A Lumenfield spokesperson confirmed it. “…,” the spokesperson said": the body the
    one introduced just before speaks for."""
    if not re.fullmatch(r"(?i)the\s+(?:spokes(?:person|man|woman)|representative)", subject):
        return None
    start = max(0, pos - 1500)
    introduced = list(_A_SPOKES.finditer(index.text, start, pos))
    introduced += _A_SPOKES_FOR.finditer(index.text, start, pos)
    introduced += _OWNED_SPOKES.finditer(index.text, start, pos)  # "Ana Pell’s rep confirmed"
    if not introduced:
        return None
    latest = max(introduced, key=lambda m: m.start())
    return resolve_subject(latest.group(), latest.start(), index)


# A hospital's name: "St Anne's Hospital", "Harlow Bend Regional Medical Center".
_HOSPITAL = re.compile(
    r"\b(?:St\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}?(?:[A-Z][\w'’-]*\s+)"
    r"(?:Hospital|Medical\s+Cent(?:er|re)|Infirmary)\b"
)


def _body_of_members(index: PersonIndex, plural: str, pos: int) -> str | None:
    """The latest body before `pos` named for its members by `plural` in the possessive
    ("Ardmoyle Bishops’ Conference" for "the bishops")."""
    owner = re.compile(rf"\b{re.escape(plural)}['’]\s", re.I)
    i = bisect.bisect_left(index.mention_starts, pos) - 1
    while i >= 0 and index.mentions[i].start > pos - 1500:
        m = index.mentions[i]
        i -= 1
        if m.is_org and owner.search(m.name + " "):
            return index.expand(m.name)
    return None


def _the_phrase(subject: str, last: str, size: int, pos: int, index: PersonIndex) -> str | None:
    """ "the president", "the report", "the Arkansas Republican": a role's holder, a
    document's author, or the person in focus."""
    if last == "hospital" and size <= 2:
        hospitals = list(_HOSPITAL.finditer(index.text, max(0, pos - 3000), pos))
        if hospitals:  # "At Harlow Bend Regional Medical Center … the hospital said"
            return re.sub(
                r"^(?:At|In|From|To|The|On|By|For|With|Outside)\s+", "", hospitals[-1].group()
            )
    role = by_role(index, subject, pos)
    if role:
        return role
    author = document_author(index, last, pos)
    if author is not None:
        return author or None  # "Treasury’s analysis … “…,” the report said"
    if last in DOC_NOUNS and last not in _STUDIES:
        # "… wrote in the statement. … the statement added": its author, else the body
        author = None if last in BODIES else index.author_of(last, pos)
        author = _said_in_it(index, last, pos) or body_since_cue(index, last, pos) or author
        author = author or _writer_just_before(index, last, pos)
        author = author or document_issuer(index, last, pos, resolve_subject)
        # "Judge Ana Pell ruled … “…,” the ruling said": the judge, when no court is named
        judge = by_role(index, "the judge", pos) if last in _RULINGS else None
        return author or index.focus(pos, org=True) or judge or named_body(index, last, pos)
    if last in _PERSON_ROLES and size <= 4:
        return index.focus(pos)  # "the Arkansas Republican added": the person in focus
    if last in _POSITIONS and size <= 3:
        focus = index.focus(pos)
        other = index.roles.get(focus or "", set()) & _POSITIONS - {last}
        if other <= _LEADS and focus and _just_spoke(index, focus, pos):
            return focus  # "Captain Joel Ade said the players shared the blame. “…,” said
            # the centre-back": the captain who just spoke plays there
        return None if other else focus
    if last in ("authors", "drafters") and size <= 3:
        body = index.focus(pos, org=True)  # "the authors continue": the body whose report
        body = None if body and _journal(index, body) else body
        return body or _written_by(index, pos)
    if last in _PARENTS and size == 2:
        return _parent_of_child(index, _PARENTS[last], pos)
    return None


def _written_by(index: PersonIndex, pos: int) -> str | None:
    """ "The report by the Tarn Institute … the authors wrote": the author of the latest
    report or study the article named before `pos`."""
    works = list(
        re.finditer(r"\b(report|study|analysis|paper)\b", index.text[max(0, pos - 1500) : pos])
    )
    if not works:
        return None
    return document_author(index, works[-1].group(1), pos) or None


def _journal(index: PersonIndex, name: str) -> bool:
    """Whether the article names `name` as where a study appeared ("published in The
    Lancet"): a journal prints the authors' words, it does not write them."""
    appeared = r"\b(?:published|appeared|appears|reported)\s+(?:[\w-]+\s+){0,3}?in\s+"
    named = rf"(?:the\s+)?(?:journal\s+)?(?:The\s+)?{re.escape(name)}\b"
    return re.search(appeared + named, index.text) is not None


_PARENTS = {"mother": "she", "mum": "she", "mom": "she", "father": "he", "dad": "he"}
# A parent named by the child: "Ana Pell’s son", "Dan Lowe’s 16-year-old daughter".
_CHILD_OF = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*)['’]s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:son|daughter|child|baby|boy|girl)\b"
)


def _parent_of_child(index: PersonIndex, pronoun: str, pos: int) -> str | None:
    """ "Ana Pell’s son was killed in the crash. “…,” the mother said": the one whose child
    the article named last, when the parent word fits the name."""
    found = list(_CHILD_OF.finditer(index.text, max(0, pos - 1500), pos))
    if not found:
        return None
    name = index.canonical(found[-1].group(1), found[-1].start(1))
    if is_org_name(name) or given_name_gender(name) not in (pronoun, None):
        return None
    return name


_FAMILY = re.compile(r"(?i)(his|her|their|the)\s+(?:[\w-]+\s+)?family")
# Staff the article introduced with their body: "Analysts at Sterling Hythe", "Economists
# from the Harrow Institute"; then "the analysts wrote", "the minutes said".
_THE_STAFF = re.compile(
    r"(?i)the\s+(analysts|economists|strategists|researchers|inspectors|investigators|minutes)"
)
_PM_SPOKESPERSON = re.compile(
    r"(?i)(?:the\s+)?prime\s+minister['’]s\s+(?:official\s+)?spokes(?:man|woman|person)"
)


def _staff_body(index: PersonIndex, noun: str, pos: int) -> str | None:
    """The body the latest "<noun> at|from|of <Body>" before `pos` names (staff work at a
    body, whatever its name reads like: "Analysts at Sterling Hythe")."""
    intro = rf"\b(?i:{noun})\s+(?:at|from|with|of)\s+(?:the\s+)?" + _CAPITALISED_RUN
    found = list(re.finditer(intro, index.text[max(0, pos - 1500) : pos]))
    return index.expand(re.sub(r"['’]s?$", "", found[-1].group(1))) if found else None


_CAPITALISED_RUN = r"((?:[A-Z][\w.&’'-]*\s+(?:of\s+|for\s+|&\s+)?){0,4}[A-Z][\w&’'-]*)"
_STATIONED = re.compile(r"(.+?)\s+in\s+(?:[A-Z][\w'’-]*\s*){1,3}")
_NAMED_FAMILY = re.compile(r"([A-Z][\w'-]+)['’]s?\s+family")
SURNAMED_FAMILY = re.compile(r"\b[Tt]he\s+([A-Z][\w'’-]+)\s+family\b")


def _last_family_named(text: str, pos: int) -> str | None:
    """The surname of the family the text last named as one ("the Delacroix family")."""
    found = list(SURNAMED_FAMILY.finditer(text, max(0, pos - 1500), pos))
    return found[-1].group(1) if found else None


_FAMILY_OF = re.compile(r"\b[Tt]he\s+family\s+of\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)")


def _writer_just_before(index: PersonIndex, noun: str, pos: int) -> str | None:
    """ "“…,” Margaret Ashdown wrote to her campus. “…,” the letter went on": the one who
    wrote the quote just before (within a sentence or two) wrote the letter; "Dan Lowe
    wrote to the mayor. “…,” the letter said": the one who wrote to someone."""
    if noun not in ("letter", "memo", "email", "message", "note", "post"):
        return None
    before = [(at, name, sentence) for at, name, sentence in index.cues if pos - 300 <= at < pos]
    if before and re.search(r"\bwrote\b", before[-1][2]):
        return before[-1][1]
    wrote = list(_WROTE_TO.finditer(index.text, max(0, pos - 300), pos))
    return resolve_subject(wrote[-1].group(1), wrote[-1].start(1), index) if wrote else None


_WROTE_TO = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:has\s+|had\s+)?wr(?:ote|itten)\s+to\b"
)


def _said_in_it(index: PersonIndex, noun: str, pos: int) -> str | None:
    """ "Prairie Crest, which employs 1,400 people, said in a statement that it … “…,” the
    statement said", "Ann Lee issued a written statement. “…,” the statement said": the
    subject of the sentence just before that told of the document; "her victim statement
    was read …": whom the pronoun means. None when another one comes up in between."""
    told = list(_SAID_IN.finditer(index.text, max(0, pos - 400), pos))
    owned = list(_OWNED_BEFORE.finditer(index.text, max(0, pos - 300), pos))
    latest = owned[-1] if owned and owned[-1].group(2) == noun else None
    if (
        latest
        and (not told or latest.start() > told[-1].end())
        and not _named_since(noun, latest.end(), pos, index)
    ):
        # "… and her victim statement was read to the court. “…,” the statement said"
        return pronoun_referent(OWNER_PRONOUNS[latest.group(1).lower()], latest.start(), index)
    if not told or _told_noun(told[-1]) != noun:
        return None
    if _named_since(noun, told[-1].end(), pos, index):
        return None  # "… said in another statement": a later one, which the cue means
    return resolve_subject(told[-1].group(1), told[-1].start(1), index)


def _told_noun(told: re.Match[str]) -> str:
    """The document a _SAID_IN sentence told of: its noun, or the post or tweet it made."""
    return told.group(2) or ("tweet" if "tweeted" in told.group() else "post")


def _named_since(noun: str, start: int, pos: int, index: PersonIndex) -> bool:
    return re.search(rf"\b{noun}\b", index.text[start:pos]) is not None


# Where people post: "one fan on X", "Lee wrote on Facebook".
PLATFORMS = (
    r"(?:X|Twitter|Facebook|Instagram|TikTok|Threads|YouTube|LinkedIn|Bluesky|Truth\s+Social)"
)
# "her victim personal statement was read": a document of whom the pronoun means
_OWNED_BEFORE = re.compile(r"\b(his|her|their)\s+(?:[\w-]+\s+){0,3}?(statement|letter|post)\b")
_ISSUING_BODIES = (
    "office|department|agency|company|ministry|council|board|club|police|campaign|firm|"
    "university|district|embassy|authority|commission|union|charity|hospital|school|church"
)
_SAID_IN = re.compile(
    r"(?:^|(?<=[.!?”\"]\s)|(?<=,\s)(?:the\s+)?)(?:[A-Z][a-z]+\s+[a-z]+\s+(?=[A-Z]))?"
    r"([A-Z][\w'’.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5}"
    # ("Lowe’s office released a statement": the office, for Lowe)
    r"(?:\s+(?:military|army|navy|government|police|embassy|office|campaign|team))?"
    # ("Later that evening, the sheriff’s office issued a written statement": the office)
    rf"|[Tt]he\s+(?:[a-z]+['’]s\s+)?(?:[a-z]+\s+)?(?:{_ISSUING_BODIES}))"
    r"(?:,[^.;“”\"]{1,90}?,)?"
    r"\s+(?:(?:(?:said|announced|wrote|added|responded|replied|reacted)(?:\s+[a-z]+){0,2}?\s+in"
    r"|issued|released|published|posted|read|put\s+out)"
    r"\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?(statement|letter|email|post|release)\b"
    r"(?!\s+(?:on\s+behalf\s+of|from|by|written\s+by)\b)"  # (one read for someone else)
    rf"|(?:wrote|posted)\s+on\s+(?:{PLATFORMS}|social\s+media)\b|tweeted\b)"
)  # ("Lee wrote on Facebook": a post; "Lee tweeted": a tweet)


# A position or trade after an age that no one in the article holds by that word: the one
# in focus ("the 29-year-old back-row", "the 31-year-old midfielder", "the 40-year-old mum").
_AGED_PERSON_NOUN = re.compile(r"[a-z]+(?:-[a-z]+)?")
_COMPANIES_OR_BANDS = word_set(COMPANY_WORDS) | {"band"}
# A sports side: the body in focus when no name says "club" ("Corran City").
_SIDES = word_set("club team side")
_GROUP_WORDS = word_set("group organisation organization coalition charity nonprofit")


def _aged(subject: str, age: re.Match[str], pos: int, index: PersonIndex) -> str | None:
    """ "the 58-year-old said": the person the article gave that age ("Lee, 58,"), else
    the rest of the phrase ("the 64-year-old Norlandic leader": the leader), else in focus."""
    named = person_of_age(index, age.group(1), pos)
    if named:
        return named
    rest = subject[age.end() :].strip()
    # ("the 22-year-old from Sainte-Odile": where the person is from, not who)
    rest = re.sub(r"^(?:(?:[a-z-]+\s+){0,2}(?:from|of|in)\s+(?:[A-Z][\w'’.-]*\s*)+)$", "", rest)
    described = resolve_subject("the " + rest, pos, index) if rest else None
    if described or (rest and not _AGED_PERSON_NOUN.fullmatch(rest)):
        return described  # "the 64-year-old Norlandic leader": the leader
    focus = index.focus(pos)  # ("the 29-year-old back-row wrote": the one in focus)
    if focus and "&" in focus:  # "Speaking to Larder & Line, the 47-year-old said": a firm
        focus = index.focus(pos, besides=focus)
    if focus and of_other_age(index, focus, age.group(1), pos):
        return index.focus(pos, besides=focus)  # "the 48-year-old Pell" is someone else
    # ("Kelderton City signed midfielder Luca Ferrand. The 24-year-old told": no one a
    # subject yet, the one just named)
    return focus or named_agreeing(index, pos, "", "", 1500, first=True)


# The prime minister's office by its door: "a No 10 spokesman", "Number 10 sources".
_NUMBER_TEN = re.compile(r"\b(?:No\.?|Number)\s+(?:10|Ten)\b")


# A party's member by the county or city they come from: "the Fenwick County Republican".
_PLACE_PARTY_MEMBER = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){1,2}(?:County|City|Township|Parish|Borough)\s+"
    r"(?:Democrat|Republican)"
)


# Two people, together: "both said", "both women said", "they both said".
BOTH = re.compile(r"(?i)(?:they\s+)?both(?:\s+(?:men|women|of\s+them))?")
_THE_LEADERS = re.compile(
    r"(?i)the\s+(?:(two|three|four|five|six|seven|eight|\d)\s+)?(?:leaders|presidents|"
    r"(?:prime|foreign|finance|defen[cs]e)\s+ministers|ministers|heads\s+of\s+state|chancellors)"
)


# "Joaquín Ferrel of the aid group Common Shelter Alliance": a person, then the body
# introduced by its kind; "organizer Ana Pell of the new Tenants Coalition": a role first.
_MEMBER_OF_BODY = re.compile(
    r"((?:[a-z][\w-]*\s+){0,2}[A-Z][^,;]*?)\s+of\s+(?:the|an?)\s+(?:[a-z][\w-]*\s+){1,3}[A-Z].*"
)
_MEMBERS_OF = re.compile(
    r"(?:Members|Officials|Leaders|Staff|Supporters|Representatives)\s+of\s+(?:the\s+)?"
    r"([A-Z].*)"
)


# "one House GOP leadership aide", "the Senate Democratic aide": capitalised words, maybe a
# collective noun, then an unnamed aide; "a senior aide" or "a Lee aide" names no body.
_AIDE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:senior|top|same|veteran|longtime)\s+)*"
    r"((?:[A-Z][\w.’'-]*\s+)+(?:leadership\s+)?)(?:aide|staffer|source)$"
)
# "China's ambassador to Britain", "the UN envoy to Yemen": an office, not its place
_OFFICE_TO = re.compile(
    r"(?:[Tt]he|[A-Z][\w.-]*['’]s)\s+(?:[\w.-]+\s+){0,2}?([a-z]+)\s+to\s+(?:the\s+)?"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"  # (a name after the place is the holder's)
)


# Roles written in capitals that a cue keeps without its "the" ("the MP said"); not "GOP".
_TITLES_IN_CAPITALS = TITLE_INITIALS.keys() | word_set("mp mep msp mla td ceo cfo coo cto cmo dj")
# A named owner's unnamed person, office or document: "Brandt’s lawyer", "Lee's chief of
# staff", "Lee's wife".
OWNED_NOUN = re.compile(
    r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*?)['’]s?\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
)


# A body's lawyers, who speak for it: "Westfield Bank's lawyers", "the bank’s attorneys".
_BODY_COUNSEL = re.compile(
    r"((?:[Tt]he\s+[a-z]+)|(?:[A-Z][\w.’'&-]*\s+){0,3}[A-Z][\w’'&-]*?)['’]s?\s+"
    r"(?:[a-z]+\s+)?(?:lawyers|attorneys|legal\s+team|outside\s+counsel)"
)

# ... or after them: "Lawyers for Brightwater Pharmacy argued", "attorneys for the bank said"
_COUNSEL_FOR_BODY = re.compile(
    r"(?:[Ll]awyers|[Aa]ttorneys|[Tt]he\s+legal\s+team)\s+(?:for|representing)\s+"
    r"((?:[Tt]he\s+[a-z]+)|(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){0,3}[A-Z][\w’'&-]*)"
)


def _someone_named(name: str, pos: int, index: PersonIndex) -> bool:
    """A person's name, not a body's: a known given name, or one the article gives a
    person ("Lowe" after "Dan Lowe")."""
    if is_org_name(name):
        return False
    return given_name(name.split()[0]) or given_name(index.canonical(name, pos).split()[0])


def _counsel_for(owner: str, pos: int, index: PersonIndex) -> str | None:
    """The body whose lawyers a cue names; None for a person's ("Brandt’s lawyers")."""
    if not owner.lower().startswith("the "):  # a name
        return index.expand(owner) if is_org_name(owner) else None
    return index.body_named(owner.split()[-1].lower(), pos)


# People who act for someone and are no spokesperson: "Brandt’s chief of staff".
_AGENTS = word_set("staff publicist agent counsel adviser advisor aide aides")


def owned_role(subject: str) -> re.Match[str] | None:
    """ "Brandt’s lawyer": the owner and a role word that is no spokesperson or office."""
    owned = OWNED_NOUN.fullmatch(subject)
    if owned is None:
        return None
    role = owned.group(2).split()[-1]
    if role not in ROLE_NOUNS | PERSON_TITLES | _AGENTS or role in DOC_NOUNS | SPOKES_WORDS:
        return None
    return owned


# "the Labour MP for Nordvik and Eske": a parliament's member for a seat, not the seat
_MEMBER_FOR = re.compile(
    r"(?:[Tt]he|[A-Z][\w.-]*['’]s)\s+(?:[A-Z][\w-]*\s+)?(MP|MEP|MSP|MLA|TD|member)\s+for\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*"
)


_KIN_WORD = r"(?:\b([Hh]is|[Hh]er|[Tt]heir)\s+)?\b(?i:" + alternation(KIN_NOUNS) + r")\s+"
# "Mum Leanne", "Her dad Graham": a relative called by kin and given name, as tabloids do
_KIN_GIVEN = re.compile(_KIN_WORD + r"([A-Z][a-z]+)")


def kin_of_named(index: PersonIndex, given: str) -> str | None:
    """ "Jamie Rowntree’s heartbroken sister Chloe": a given name the article only writes
    alone, with the surname of the named person whose relative it introduces her as (or of
    the parents it names: "Ruby’s parents, Kate and Nathan Ellison")."""
    if not given[:1].isupper() or not given.isalpha():
        return None
    introduced = re.search(
        r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?i:"
        + alternation(KIN_NOUNS)
        + rf")\s+{given}\b",
        index.text,
    )
    if introduced is None:
        # "Ruby’s parents, Kate and Nathan Ellison": a child shares the parents' surname
        parents = re.search(
            rf"\b{given}['’]s\s+(?:[a-z][\w-]*\s+)?parents,?\s+[A-Z][\w'’-]+\s+and\s+"
            r"[A-Z][\w'’-]+\s+([A-Z][\w'’-]+)\b",
            index.text,
        )
        return f"{given} {parents.group(1)}" if parents else None
    owner = index.canonical(introduced.group(1), introduced.start(1))
    owner = owner if " " in owner else index.by_first_name(owner) or owner  # ("Jamie’s")
    return f"{given} {owner.split()[-1]}" if " " in owner and not is_org_name(owner) else None


_CLOSE_KIN = re.compile(
    r"([Hh]is|[Hh]er)\s+(wife|husband|son|daughter|sister|brother|mother|father)"
)


def _possessor(word: str, pos: int, index: PersonIndex) -> str | None:
    """Whom "his" or "her" in a cue means ("his wife said", "her family said"): read from
    before the sentence the kin phrase opens ("Her family said:" is itself someone left
    unnamed there, who is not whom "her" means)."""
    at = bisect.bisect_left(index.events, (pos, "", False)) - 1
    if at >= 0:
        event_pos, name, _ = index.events[at]
        if not name and index.text[event_pos : event_pos + len(word) + 1].lower() == word + " ":
            pos = event_pos
    return pronoun_referent("he" if word == "his" else "she", pos, index)


def _relative_by_surname(subject: str, pos: int, index: PersonIndex) -> str | None:
    """ "David Lind stood with his wife and son. … “…,” his wife said": the one woman the
    article names with his surname (the one man for a husband, son, brother or father;
    "her sister said": the one other woman of her surname)."""
    kin = _CLOSE_KIN.fullmatch(subject)
    owner = kin and _possessor(kin.group(1).lower(), pos, index)
    if not kin or not owner or " " not in owner:
        return None
    wanted = kin_pronoun(kin.group(2))
    family = index.full_names.get(speaker_key(owner), [])
    fitting = [p for p in family if p != owner and given_name_gender(p) == wanted]
    return fitting[0] if len(fitting) == 1 else None


def _kin_before(text: str, name: str, pos: int) -> re.Match[str] | None:
    """ "Daughter Wren, 52, said": a kin word right before the lone given name of a cue."""
    if pos < 0:
        return None
    return re.search(_KIN_WORD + re.escape(name) + r"\b", text[max(0, pos - 80) : pos])


def _family_member(possessive: str | None, given: str, pos: int, index: PersonIndex) -> str:
    """The given name with the surname of the one whose relative this is: the person a
    possessive means, else the person the story is about."""
    known = index.by_first_name(given)
    if known:
        return known
    owner = {"his": "he", "her": "she"}.get((possessive or "").lower(), "")
    family = family_of(index, pos, owner)
    return f"{given} {family}" if family else given


_THE_UNNAMED = re.compile(r"(?i)the\s+(?:aide|staffer|source|official)")
# ... or one of those introduced: "one of the officials", "one official", "one of them"
_ONE_OF_UNNAMED = re.compile(
    r"(?i)one\s+(?:of\s+(?:the|those|these)\s+)?(?:aides?|staffers?|sources?|officials?)"
    r"|one\s+of\s+them"
)
# Articles vary the word for the same person: "A Port Board official", "Two officials at the
# Department of Homeland Security".
_UNNAMED_INTRODUCED = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:(?!\.)[\w.’'-]+\s+){0,4}?"
    r"(?:aides?|staffers?|sources?|officials?)\b"
    r"(?:\s+(?:at|of|from|with|in)\s+(?:the\s+)?((?:[A-Z][\w.’'&-]*\s+(?:of\s+|for\s+|and\s+)?)*"
    r"[A-Z][\w’'&-]*))?"
)


ON_PLATFORM = re.compile(rf"(?<=\w)\s+on\s+{PLATFORMS}\.?$")  # ("one fan on X.")


# "the Harvard professor", "the Catholic priest": a name, then the noun of a person.
_NAME_DESCRIBES = re.compile(r"[Tt]he\s+(?:[A-Z][\w'’.-]*\s+)+([a-z][\w-]*)")


def _a_person_noun(noun: str) -> bool:
    return noun in _PEOPLE_NOUNS or person_noun(noun)


# Nouns of people a name may describe: roles, trades, "the Olympic champion", "the Tarn
# native".
_PEOPLE_NOUNS = (
    TITLE_WORDS | ROLE_NOUNS | _PERSON_ROLES | word_set("priest nun monk laureate champion native")
)
# ... but these speak for the name ("the White House spokesman", "the Trump lawyer").
_SPEAKS_FOR_NAME = SPOKES_WORDS | word_set(
    "official officials aide aides adviser advisor lawyer lawyers attorney attorneys "
    "representative representatives staffer source sources"
)


def _unnamed_before(pos: int, index: PersonIndex) -> str | None:
    """ "A Port Board official said … “…,” the official added": the body the one
    introduced before speaks for; nobody when no such introduction comes before."""
    found = list(_UNNAMED_INTRODUCED.finditer(index.text, max(0, pos - 3000), pos))
    if not found:
        return None
    body = found[-1].group(1)
    if body:  # "Two officials at the Department of Homeland Security said": that department
        return index.expand(body) if is_org_name(body) else None
    return resolve_subject(found[-1].group(), found[-1].start(), index)


_PARTY_ADJECTIVES = {"Democratic": "Democrats", "Republican": "Republicans"}


def aide_body(subject: str) -> str | None:
    """The body an aide qualified by it speaks for, by the policy that labels a body's
    unnamed staff with the body ("a House GOP leadership aide": House GOP leadership)."""
    match = _AIDE.fullmatch(subject)
    if not match:
        return None
    qualifier = match.group(1).strip()
    party = qualifier.split()[-2:] if qualifier.endswith(" leadership") else []
    if not is_org_name(qualifier) and not (party and party[0] in _PARTY_ADJECTIVES):
        return None  # "a Democratic leadership aide": a party's leadership is a body
    words = match.group(1).split()
    if words[-1] in _PARTY_ADJECTIVES:  # "a Senate Democratic aide": Senate Democrats
        words[-1] = _PARTY_ADJECTIVES[words[-1]]
    return " ".join(words)


# A body named in lower case: "a spokesperson for the foreign ministry".
_SPOKES_FOR_KIND = re.compile(r"\bfor\s+the\s+([a-z]+)$")  # "a spokesman for the regulator"


def _described_body(phrase: str, pos: int, index: PersonIndex) -> str:
    """The body the article named whose name holds every word of a lower-case phrase for
    it ("the housing ministry": the Westfield Housing Ministry), else the phrase."""
    *modifiers, noun = phrase.split()
    if modifiers == ["local"] and noun == "authority":
        noun, modifiers = "council", []  # "the local authority": the council named
    body = index.body_named(noun, pos)
    words = set(body.lower().split()) if body else set()
    return body if body and all(m in words for m in modifiers) else phrase


_SPOKES_FOR = re.compile(
    r"\bfor\s+the\s+((?:[a-z][\w-]*\s+){1,2}(?:ministry|department|office|agency|authority|"
    r"commission|council|committee|embassy|government|army|police|navy))$"
)


# "for the Corvanian delegation", "for the French embassy": a country's body, by its adjective
_FOR_A_DELEGATION = re.compile(
    r"\bfor\s+the\s+([A-Z][\w'’-]*(?:an|ese|ish|ian|i|ic|ch))\s+(delegation|embassy|consulate)$"
)
_PLACING = "on|at|in|from|of|for|with|by|to"  # "a user on X", "an aide to Lee": not X, Lee


def _unnamed_speaker(subject: str, pos: int, index: PersonIndex) -> str | None:
    """ "a DOI spokesperson": the body; "a spokesperson for Ann Lee": Lee; "an aide": nobody."""
    org = last_name(subject)
    spokes = any(t.lower() in SPOKES_WORDS for t in subject.split())
    delegation = _FOR_A_DELEGATION.search(subject) if spokes else None
    if delegation:  # "a spokesman for the Corvanian delegation": that delegation
        return f"{delegation.group(1)} {delegation.group(2).lower()}"
    if re.search(r"\b(?:obtained|seen|reviewed|viewed)\s+by\b", subject):
        return None  # "a memo obtained by the Courier": the paper did not write it
    if not spokes and org and re.search(rf"\b{IN_TOWN}\s+{re.escape(org)}$", subject):
        return None  # "a bond trader in Calder City": somebody there, not the city
    if org and (spokes or subject.endswith(org)) and is_org_name(org):
        body = index.expand(org)
        return _named_next(index, pos, body) or body
    if org and spokes and index.is_place(org):
        based = re.search(rf"\s+in\s+{re.escape(org)}$", subject)
        if based and _SPOKES_FOR_KIND.search(subject[: based.start()]):
            # "a spokesman for the group in Stockholm": the group's, wherever it sits
            return _unnamed_speaker(subject[: based.start()], pos, index)
        return _state_body(subject, org)
    if org and " " not in org and is_demonym(org, PLACES | index.places):
        return None  # "One European official": an adjective, no body to speak for
    if org and spokes and not index.is_word(org):
        full = index.canonical(org, pos)  # ("a Met spokesman": the Metropolitan Police)
        return index.clipped(org) if full == org else full
    placed = org and re.search(rf"\b(?:{_PLACING})\s+{re.escape(org)}$", subject)
    if org and subject.endswith(org) and not index.is_word(org) and " " not in org and not placed:
        return index.canonical(org, pos)  # "a noticeably upbeat McConnell said", not "a user on X"
    described = _SPOKES_FOR.search(subject) if spokes else None
    if org is None and described:  # "a spokesperson for the housing ministry"
        return _described_body(described.group(1), pos, index)
    kind = _SPOKES_FOR_KIND.search(subject) if spokes and org is None else None
    if kind:  # "a spokesperson for the regulator": the body "the regulator" means
        found = resolve_subject(f"the {kind.group(1)}", pos, index)
        if found and is_org_name(found):
            return found
        if found and kind.group(1) in ROLE_NOUNS | PERSON_TITLES:
            return found  # "a spokeswoman for the governor": the governor named, as for Lee
    noun = next((t.lower() for t in subject.split() if t.lower() in BODY_NOUNS), None)
    if org is None and spokes and noun:  # "a company spokesperson": the company in focus
        # "a spokesman for the council": the body last named with that noun, even as an
        # object ("part-funded by the Northern Dairy Council")
        # (however far back: "Margaret Ashdown, the president of Whitcombe University")
        found = index.body_named(noun, pos, reach=pos) or resolve_subject(f"the {noun}", pos, index)
        if noun == "administration":  # "a senior administration official": the one named
            if found and found.endswith("administration"):
                return found
            return "White House" if "White House" in index.text[:pos] else None
        found = found or body_in_focus(index, pos) or index.focus(pos, org=True)
        found = found or named_body(index, noun, pos)
        if found and noun in _OFFICES and noun not in found.lower():
            return None  # "a department spokesperson" is no airline's, whatever is in focus
        return found
    if org is None and _BARE_SPOKES.fullmatch(subject):
        return body_just_acted(index, pos)  # "a spokesperson said": the body that just spoke
    return None


_OFFICES = word_set("department ministry")
_A_SPOKES = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.’'-]+\s+){1,3}?spokes(?:person|man|woman)\b")
# "A spokesman for the Nevada secretary of state's office said …"
# Who speaks for someone: a spokesperson, a rep ("a rep for Ana Pell", "Ana Pell’s rep").
_SPEAKS_FOR_WORD = r"(?:spokes(?:person|man|woman)|rep|representative)"
_A_SPOKES_FOR = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+" + _SPEAKS_FOR_WORD + r"\s+for\s+"
    r"(?:\b(?:Gov|Sen|Rep|Dr|Mr|Mrs|Ms|St)\.|[^,.;:“”\"]){2,80}?"
    r"(?=\s+(?:said|says|told|tells|confirmed|declined|wrote|added|did|had)\b)"
)
_OWNED_SPOKES = re.compile(
    r"\b(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*['’]s?\s+" + _SPEAKS_FOR_WORD + r"\b"
)
_BARE_SPOKES = re.compile(r"(?i)(?:an?|the)\s+spokes(?:person|man|woman)")


def _state_body(subject: str, place: str) -> str:
    """ "a Korvanian energy ministry official": the Korvanian energy ministry; "a senior
    Korvanian official": the Korvanian government."""
    after = subject[subject.rindex(place) + len(place) :].split()
    words = list(itertools.takewhile(lambda w: w.lower() not in SPOKES_WORDS, after))
    if words and words[-1].lower() in BODY_NOUNS:
        return " ".join([place, *words])
    return f"{place} government"


def _named_next(index: PersonIndex, pos: int, body: str) -> str | None:
    """An opening "a top Port Board official said" names the official next: the first
    person the article names, when their introduction ties them to the same body."""
    person = introduced_after(index, pos, "", reach=400)
    if person is None:
        return None
    at = index.text.find(person, pos)
    near = index.text[at : at + 160] if at >= 0 else ""
    acronym = "".join(w[0] for w in body.split() if w[0].isupper())
    found = body in near or (len(acronym) > 1 and re.search(rf"\b{acronym}\b", near))
    return person if found else None
