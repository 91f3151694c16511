"""Which body a cue's noun or pronoun means: "the company", "the group", "it", "they"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from desktop.core.first_names import FIRST_NAMES, given_name
from desktop.core.groups import OUTLET_ENDINGS
from desktop.core.mentions import NAME_RUN, PEOPLE_AGAINST
from desktop.core.name_bounds import SENTENCE_END_IN_NAME
from desktop.core.people import CAMEL_CASE, PERSON_TITLES, PersonIndex, model_line
from desktop.core.speakers import (
    CLUB_ENDINGS,
    GROUP_NOUNS,
    SOLE_BODIES,
    STOP_CAPS,
    TITLE_WORDS,
    is_org_name,
    speaker_key,
)
from desktop.core.speech_words import BODY_NOUNS
from desktop.core.word_regex import alternation, name_uses, word_set

BODIES = word_set(
    "agency company department group organization organisation spokesperson spokesman spokeswoman"
)

# The nouns an article describes a body with, by the noun a later cue uses for it: "the
# regulator said" after "the Oversight Office, the UK's data watchdog,".
COMPANY_WORDS = (
    "company firm business retailer operator maker manufacturer chain studio airline carrier "
    "bank lender insurer publisher brand label startup start-up supplier carmaker broadcaster "
    "utility automaker conglomerate"
)
DESCRIBED_AS = {
    **dict.fromkeys(COMPANY_WORDS.split(), COMPANY_WORDS),
    **dict.fromkeys(("regulator", "watchdog"), "regulator watchdog"),
    **dict.fromkeys(("group", "organisation", "organization", "charity", "coalition"),
                    "group organisation organization charity coalition nonprofit"),
    "union": "union",
    "club": "club",
    "band": "band group",
    # ("Organisers Lantern Hill Live announced …": a sentence may open with the noun)
    **dict.fromkeys(("promoter", "organiser", "organizer", "organisers", "organizers"),
                    "promoter promoters organiser organisers organizer organizers Promoters "
                    "Organisers Organizers"),
}  # fmt: skip


def named_body(index: PersonIndex, noun: str, pos: int) -> str | None:
    """ "Greenfin and its allies … “…,” the group said": with no body in focus, the name in
    focus when the article treats it as a body ("its", "which", "the group Greenfin")."""
    if noun not in BODIES and noun not in BODY_NOUNS:
        return None
    name = index.focus(pos)
    if not name or index.evidence(name) != (0, 0):
        described = list(_DESCRIBED_BODY.finditer(index.text, max(0, pos - 1500), pos))
        return described[-1].group(1) if described else None  # "the group Greenfin"
    return name if treated_as_body(name, index.text) else None


def treated_as_body(name: str, text: str) -> bool:
    """ "Greenfin and its allies", "Greenfin, which", "the group Greenfin", "Greenfin
    founder Ann Lee": the article writes of the name as a body."""
    word = re.escape(name)
    body = _BODY_WORDS
    treated = re.search(
        rf"\b{word}(?:\s+and|\s+[a-z]+)?\s+its\b|\b{word}\s*,\s+which\b|\b{body}\s+{word}\b"
        rf"|\b{word}\s+(?:[a-z][\w-]+\s+)?{body}\b"  # "the Tide Wardens (hacking) group"
        rf"|\b{word}\s+(?:co-?)?founder\b"  # "Dalmo founder Ann Berg"
        # "Shares in Kestrel Vane fell", "Kestrel Vane’s shares": a listed company
        rf"|\b(?:[Ss]hares|[Ss]tock)\s+(?:in|of)\s+{word}\b|\b{word}(?:['’]s?)?\s+(?:shares|stock)\b"
        rf"|\b{word}\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}{body}\b",
        text,
    )
    return treated is not None


def _subjects_before(index: PersonIndex, pos: int, reach: int) -> Iterator[tuple[int, str, bool]]:
    """The subjects of the `reach` characters before `pos`, latest first."""
    for at, name, org in reversed(index.events):
        if at >= pos:
            continue
        if at < pos - reach:
            return
        yield at, name, org


def _a_body(index: PersonIndex, name: str, org: bool) -> bool:
    """An organisation, or a name the article writes of as a body ("Dalmo", "Harbour
    Records", even if "Harbour Records, says she …" reads as a pronoun)."""
    lone = " " not in name or name.split()[0].lower() not in FIRST_NAMES
    org = org or name.lower() in SOLE_BODIES  # "the Treasury did not dispute it"
    return bool(name) and (org or (lone and treated_as_body(name, index.text)))


def body_in_focus(
    index: PersonIndex, pos: int, reach: int = 1500, *, itself: bool = False
) -> str | None:
    """ "Dalmo is based in Lund. A company spokesperson said": the latest subject that is
    an organisation or that the article writes of as a body; with `itself`, only one that
    acts itself ("Harbour Records have denied it", not "Some Kestrel News staffers …")."""
    for at, name, org in _subjects_before(index, pos, reach):
        if itself and _ITS_PEOPLE.match(index.text, at + len(name)):
            return None
        if _a_body(index, name, org):
            return name
    return None


def body_just_acted(index: PersonIndex, pos: int, reach: int = 400) -> str | None:
    """ "The Ohio Attorney General's Office said it was looking into it. “…,” a spokesperson
    said": the subject of the sentences just before, when it is a body."""
    latest = next(_subjects_before(index, pos, reach), None)
    if latest is None:  # "… evening, the Treasury did not dispute it": a body no list marks
        return _body_acting(index, pos, reach)
    return latest[1] if _a_body(index, latest[1], latest[2]) else None


_ACTS = re.compile(r"\s+(?:did|does|has|had|was|is|would|will|could|[a-z]{3,}ed)\b")


def _body_acting(index: PersonIndex, pos: int, reach: int) -> str | None:
    """The latest name before `pos` that names a body and acts ("the Treasury did not
    dispute …"), when no subject was found in reach."""
    i = bisect.bisect_left(index.mention_starts, pos) - 1
    while i >= 0 and index.mentions[i].start >= pos - reach:
        m = index.mentions[i]
        i -= 1
        if not m.possessive and is_org_name(m.name) and _ACTS.match(index.text, m.end):
            return index.expand(m.name)
    return None


# The people of a body a subject names: "CNN staffers", "Dalmo's lawyers".
_ITS_PEOPLE = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z-]+\s+)?(?:"
    + alternation(GROUP_NOUNS | word_set("staffers staff employees members executives insiders"))
    + r")\b"
)
_BODY_WORDS = r"(?:group|company|firm|organi[sz]ation|nonprofit|charity|coalition|network|agency)"
_DESCRIBED_BODY = re.compile(rf"\b{_BODY_WORDS}\s+([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){{0,3}})")


# What may follow the noun of a description: it ends there, or goes on as a clause ("the
# company that runs the port"), never as a compound ("a company director").
_DESCRIPTION_END = (
    r"(?=\s*[,.;:)]|\s+(?:that|which|who|whose|behind|based|in|of|from|at|with|for|"
    r"founded|owned|run|known)\b)"
)


# The full stop of a company's legal form: "Kaito Cell Co., a battery maker".
_LEGAL_DOT = r"(?:(?<=Co)|(?<=Inc)|(?<=Ltd)|(?<=Corp)|(?<=Bros))\."

# "a group that calls itself Hollow Tide", "a charity called Safe Harbour"
_CALLED = r"(?:(?:that|which)\s+calls\s+itself\s+|(?:called|named|known\s+as)\s+)"


def described_body(index: PersonIndex, noun: str, pos: int, reach: int = 3000) -> str | None:
    """The latest name before `pos` the article describes with the noun or a word like it:
    "Nordvik Terminals, the company that runs …", "a parents' group, Fernhill Parents
    for Transparency," -- never a person or a place."""
    nouns = alternation(DESCRIBED_AS[noun].split())
    window_start = max(0, pos - reach)
    window = index.text[window_start:pos]
    after_name = re.compile(
        rf"(?P<name>(?:{NAME_RUN.pattern})(?:{_LEGAL_DOT})?)\s*,\s+(?:the|a|an|its|[A-Z][\w.]*['’]s?)\s+"
        rf"(?:[\w'’-]+\s+){{0,4}}?(?:{nouns}){_DESCRIPTION_END}"
    )
    before_name = re.compile(  # "regulator Ofcom", "a group, Tide Watch, that"
        rf"\b(?:{nouns})(?:\s+{_CALLED}?(?:the\s+)?(?P<name>{NAME_RUN.pattern})"
        rf"|,\s+(?:the\s+)?(?P<apposed>{NAME_RUN.pattern})(?=\s*,))"
    )
    patterns = [after_name, before_name]
    if noun == "union":  # "the Pell Valley Education Association, which represents teachers"
        patterns.append(_REPRESENTS)
    found = [
        (match.start(), str(match.group("name") or match.groupdict()["apposed"]))
        for pattern in patterns
        for match in pattern.finditer(window)
    ]
    for _, name in sorted(found, reverse=True):
        name = re.sub(r"^The\s+", "", name)
        name = SENTENCE_END_IN_NAME.split(name)[0]  # "band Halfmoon Static. In a statement"
        if index.is_place(name) or index.is_word(name) or someones_name(name, index):
            continue
        return index.expand(name)
    return None


_REPRESENTS = re.compile(
    rf"(?P<name>{NAME_RUN.pattern})\s*,\s+(?:which\s+represents|representing)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:workers|employees|staff|members|teachers|nurses|drivers|"
    r"officers|pilots|miners|doctors|actors|writers|players|firefighters|educators)\b"
)


def someones_name(name: str, index: PersonIndex) -> bool:
    """ "the company, Colin Ferraby,": a first name, a title, or a name the article calls
    he or she (not a guess from how the name ends: "Data Standards Office")."""
    first = name.split()[0]
    titled = first.rstrip(".").lower() in PERSON_TITLES
    return first.lower() in FIRST_NAMES or titled or index.gender.get(name, (0, 0)) != (0, 0)


def unpersoned(name: str | None, index: PersonIndex) -> str | None:
    """ "Dalby Foods makes the bars. “…,” it said": a subject without a first name, never
    called he or she, is the body "it" means."""
    return name if name and index.unpersoned(name) else None


def latest_unpersoned(index: PersonIndex, pos: int, reach: int = 1500) -> str | None:
    """The latest subject before `pos` with no first name that nobody calls he or she."""
    return next(
        (n for _, n, _ in _subjects_before(index, pos, reach) if unpersoned(n, index)), None
    )


# Names a list of bodies holds that are things, never speakers: laws, deals, plans.
_THINGS = word_set(
    "act bill law amendment treaty accord agreement deal protocol plan program programme policy"
)


# The last word of a sports side's name: "Ravensmoor United", "Kingsbridge City".
_SIDE_NAMES = CLUB_ENDINGS | word_set("united city town county rangers")


def latest_side(index: PersonIndex, pos: int, reach: int = 600) -> str | None:
    """ "Calvera confirmed the agreement. “…,” the club said": the latest subject that is a
    body, or of one word that no first name, fuller name or pronoun makes a person, or the
    body whose staff acted since ("Dunmarsh's media team was quick to celebrate")."""

    def side(name: str, org: bool) -> str | None:
        if org and name.split()[-1].lower() in _THINGS | OUTLET_ENDINGS:
            # "the Safe Homes Act": a law the group fought, not the group; "Kingsmere FM",
            # the station the chairman spoke to, not the club
            return None
        lone = " " not in name and not given_name(name) and index.canonical(name, pos) == name
        club = " " in name and name.split()[-1].lower() in _SIDE_NAMES  # "Ravensmoor United"
        unsexed = index.gender.get(name, (0, 0)) == (0, 0)
        if org or club or (lone and unsexed) or (unsexed and treated_as_body(name, index.text)):
            # ("The Hollow Tide ransomware group listed …": a body, though named as no body is)
            return full_body_name(index, name)
        return None

    return _latest_acting(index, pos, reach, side, acting_owner(index, pos, reach))


# The last word of a campaigning group's name: "Hartsmere Arms Trade Coalition".
_GROUP_HEADS = word_set(
    "coalition alliance campaign network group association society movement action collective "
    "federation league front"
)


def group_in_passing(index: PersonIndex, pos: int, reach: int = 600) -> str | None:
    """ "The sit-in was organised by the Hartsmere Arms Trade Coalition … A spokeswoman for
    the group said": with no group acting, the latest group named in passing before `pos`."""
    i = bisect.bisect_left(index.mention_starts, pos) - 1
    while i >= 0 and index.mentions[i].start > pos - reach:
        m = index.mentions[i]
        i -= 1
        head = m.name.split(" of ")[0].split()[-1].lower()
        if (
            m.is_org
            and not m.possessive
            and (head in _GROUP_HEADS or PEOPLE_AGAINST.search(m.name))
        ):
            return index.expand(m.name)
    return None


def main_side(index: PersonIndex, pos: int) -> str | None:
    """ "Piet Vos has been sacked as Harwick Town manager … a defeat by Dunmore Rovers …
    “…,” the club said": with no side acting, the side named before `pos` that the
    article names most often, if one is named more than any other and more than once."""
    sides: dict[str, int] = {}
    for m in index.mentions:
        if m.start >= pos:
            break
        words = m.name.split()
        if len(words) > 1 and words[-1].lower() in _SIDE_NAMES and m.name not in sides:
            sides[m.name] = len(name_uses(index.text, words[0]))
    if not sides:
        return None
    most = max(sides.values())
    best = next(name for name, times in sides.items() if times == most)
    return best if most >= 2 and list(sides.values()).count(most) == 1 else None


# A side that hires or sacks someone: "Castlebrook sacked Dan Lowe", "was sacked by Kelvale".
_STAFFING = r"(?:sacked|fired|dismissed|appointed|hired|signed|released|parted\s+company\s+with)"
_SIDE_WORD = r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
_EMPLOYER = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)){_SIDE_WORD}\s+(?:have\s+|has\s+)?{_STAFFING}\b"
    rf"|\b(?:was|were|has\s+been|had\s+been)\s+{_STAFFING}\s+by\s+{_SIDE_WORD}\b"
)


def employer_side(index: PersonIndex, pos: int, reach: int = 1500) -> str | None:
    """ "Castlebrook sacked Dan Lowe on Monday. “…,” the club said": the side that hired or
    sacked someone, when its name is no person's (no first name, never a person's surname)."""
    found = list(_EMPLOYER.finditer(index.text, max(0, pos - reach), pos))
    if not found:
        return None
    name = found[-1].group(1) or found[-1].group(2)
    first = name.split()[0]
    if given_name(first) or index.full_names.get(first.lower()) or index.gender.get(name):
        return None
    return name


# The head nouns of bodies that are no company: "the company" never means them.
_NO_COMPANY = word_set(
    "union unions court council committee department ministry agency party police church "
    "school university hospital commission government senate house congress association "
    "federation league coalition campaign administration authority inspectorate regulator "
    "watchdog reserve tribunal parliament assembly bureau"
)


# A trade union's name, whatever its head word: "Quillfield Workers United", "Local 88".
UNION_NAME = re.compile(
    r"\b(?:Workers|Union|Unions|Guild|Federation|Brotherhood|Teamsters|Employees|Local\s+\d+)\b"
)


def union_named(index: PersonIndex, pos: int, reach: int = 3000) -> str | None:
    """ "represented by Quillfield Workers United … the union said": the latest body
    before `pos` named as a union is, though "union" is not in its name."""
    for m in reversed(index.mentions):
        if m.start >= pos:
            continue
        if m.start < pos - reach:
            break
        if UNION_NAME.search(m.name):  # (a person's name never says "Workers")
            return index.expand(m.name)
    return None


def latest_company(index: PersonIndex, pos: int, reach: int = 1500) -> str | None:
    """The latest subject that is a body or that nobody treats as a person ("Prosecutors
    for the Inspectorate … In a statement, Wenmouth Water said … “…,” the company said":
    Wenmouth Water)."""

    times: dict[str, int] = {}  # how often each name stands in the article

    def times_named(name: str) -> int:
        if name not in times:
            times[name] = len(name_uses(index.text, name))
        return times[name]

    def company(name: str, org: bool) -> str | None:
        head = name.split(" of ")[0].split()[-1].lower() if name else ""
        if head in _NO_COMPANY or UNION_NAME.search(name):  # ("Department of Transportation")
            return None  # "Union members rallied outside … a company spokesperson said"
        if (
            _named_as_a_thing(index, name)
            or CAMEL_CASE.search(name.partition(" ")[2])
            or model_line(index.text, name)
        ):
            # "the VERITAS-HF trial", "the Lantern programme", "Kalvenn AirCrisp", "the
            # Veyra Ring 2" (a product line the brand opens): no company
            return None
        if _a_body(index, name, org) or unpersoned(name, index):
            return name
        # One word, no first name, that the article keeps naming and never calls he or
        # she ("Loomcart lays off 38% … Loomcart raises $64M"): a company's name
        lone = " " not in name and not given_name(name)
        # (not "Lindqvist-Moore" after "Viktor Lindqvist-Moore": a person's surname)
        lone = lone and not any(" " in full for full in index.full_names.get(speaker_key(name), ()))
        brand = lone and index.gender.get(name, (0, 0)) == (0, 0) and times_named(name) >= 3
        return name if brand else None

    owner = acting_owner(index, pos, reach)
    latest = _latest_acting(index, pos, reach, company, owner)
    acted = next((at for at, _, _ in _subjects_before(index, pos, reach)), -1)
    since = max(acted, owner[0] if owner else -1, pos - 600)
    passing = _named_in_passing(index, pos, company, since)
    if passing or latest is None:
        return passing or _brand_named_throughout(index, pos, company)
    # "Loomcart … its Series B, led by Halvard Ventures. … The company said": the company
    # the story is about, named again and again, over one named once or twice in passing
    named = {n: times_named(n) for _, n, o in _subjects_before(index, pos, reach) if company(n, o)}
    most = max(named.values(), default=0)
    if most >= 3 and most > 2 * named.get(latest, 0):  # (on a tie, the one named first)
        return max(named, key=lambda n: (named[n], -index.text.find(n)))
    return latest


def _brand_named_throughout(
    index: PersonIndex, pos: int, company: Callable[[str, bool], str | None]
) -> str | None:
    """ "after a Coralair system failure grounded 340 flights. The airline said …": with no
    body acting, the lone name, named before `pos`, that the article writes most often (at
    least three times, more than any other) and never as a person's or a place's."""
    names = {m.name for m in index.mentions if m.start < pos and " " not in m.name}
    uses = sorted(
        (
            (len(name_uses(index.text, name)), name)
            for name in names
            if not index.is_place(name) and company(name, False)
        ),
        reverse=True,
    )
    if not uses or uses[0][0] < 3 or (len(uses) > 1 and uses[1][0] == uses[0][0]):
        return None
    return full_body_name(index, uses[0][1], body=True)  # "Arbeth": "Arbeth Pharmaceuticals"


# What a name that is no company's may be the name of: "the VERITAS-HF trial".
_A_THING_AFTER = (
    r"\s+(?:trial|trials|study|results|vaccine|mission|programme|program|project|scheme|"
    r"bill|act|law|rule|treaty|report|survey|poll)\b"
)


# "its best-selling epilepsy treatment, Neurovale XR": a body's product, named after it.
_ITS_PRODUCT = (
    r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:product|drug|treatment|medicine|medication|"
    r"pill|device|phone|smartphone|model|car|vehicle|app|game|console|watch|ring|tablet)"
    r"\s*,\s+"
)


def _named_as_a_thing(index: PersonIndex, name: str) -> bool:
    """The article names `name` before a noun for a study, a law or a scheme, or after a
    body's "its … treatment," as its product, and never with "its" or "which" as a body."""
    word = re.escape(name)
    return bool(
        name
        and re.search(rf"\b{word}{_A_THING_AFTER}|{_ITS_PRODUCT}{word}\b", index.text)
        and not treated_as_body(name, index.text)
    )


def _named_in_passing(
    index: PersonIndex, pos: int, company: Callable[[str, bool], str | None], after: int
) -> str | None:
    """A body named in passing since anyone last acted: "the fire began near a line owned
    by Cascade Meridian Power. “…,” the utility said"."""
    i = bisect.bisect_left(index.mention_starts, pos) - 1
    while i >= 0 and index.mentions[i].start > after:
        m = index.mentions[i]
        i -= 1
        if (m.is_org or _a_body(index, m.name, False)) and not m.possessive:
            # ("Shares in Kestrel Vane fell": a body by how the article writes of it)
            return company(index.expand(m.name), True)
    return None


def _latest_acting(
    index: PersonIndex,
    pos: int,
    reach: int,
    accept: Callable[[str, bool], str | None],
    owner: tuple[int, str] | None,
) -> str | None:
    """The latest subject `accept` takes, unless a body's board or staff acted after it
    (`owner`: "Orrin’s board was unmoved"): then that body."""
    for at, name, org in _subjects_before(index, pos, reach):
        if owner and owner[0] > at:
            break
        found = accept(name, org) if name else None  # ("" : someone left unnamed)
        if found:
            return found
    return owner[1] if owner else None


def acting_owner(index: PersonIndex, pos: int, reach: int = 1500) -> tuple[int, str] | None:
    """ "Orrin’s board was unmoved", "Calvera’s own announcement was terse":
    the latest sentence before `pos` whose subject is a body's board or staff, with where
    that body is named and its fullest name."""
    floor = max(0, pos - reach)
    owned = list(_BOARD_OF.finditer(index.text, floor, pos))
    owned += _HEAD_OF.finditer(index.text, floor, pos)
    if not owned:
        return None
    owned.sort(key=lambda m: m.start(1))
    name = re.sub(r"^The\s+", "", owned[-1].group(1))  # "The Marsh Rangers’ chapter"
    return owned[-1].start(1), full_body_name(index, name)


# A sentence whose subject is a body's board, management or media staff: the body acts.
_BOARD_OF = re.compile(
    r"(?m)(?:^|[.!?]\s+)([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:own\s+)?"
    r"(?:board|management|directors|leadership|executives|(?:social\s+)?media\s+team"
    r"|press\s+office|communications\s+team|statement|announcement|(?:[A-Z]\w+\s+)?chapter"
    r"|branch)\b"
)


# ... or whose subject is a firm's head by title: "Kestrel Vane chief executive Lars Berg
# announced …" (the firm acts through its head).
_HEAD_OF = re.compile(
    r"(?m)(?:^|[.!?]\s+)([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:chief\s+executive|CEO|"
    r"chairman|chairwoman|co-?founder|founder)\s+(?=[A-Z][\w'’-]+\s+[A-Z])"
)


_LEGAL_FORMS = word_set("inc ltd plc llc corp co ag sa gmbh nv bv llp lp")


def full_body_name(index: PersonIndex, name: str, *, body: bool = False) -> str:
    """ "Karsten Ridge" is "Karsten Ridge Minerals", "Tottenham" is "Tottenham Hotspur":
    a body called by the start of the name the article gave it in full, when that is the
    only longer name the short form starts and nobody treats the short form as a person."""
    if " " in name and is_org_name(name):
        return name  # "Tamarack University" is whole, not "… University Faculty Association"
    if not (
        body or is_org_name(name) or index.unpersoned(name) or treated_as_body(name, index.text)
    ):
        return name  # (unless the caller knows it for a body: a brand named throughout)
    ending = " " not in name and not name.isupper() and is_org_name(name)  # "Rovers"
    longer = {
        m.name
        for m in index.mentions
        if (m.name.startswith(name + " ") or (ending and m.name.endswith(" " + name)))
        and len(m.name.split()) <= len(name.split()) + 2
        and m.name.split()[0].lower() not in TITLE_WORDS | STOP_CAPS  # not "Former Rovers"
        # not "Harbor United Supporters’ Trust": a body of the side's supporters, not the side
        and not re.search(r"['’]", m.name[len(name) :] if m.name.startswith(name) else "")
        # not "Kalvenn AirCrisp": a product line the brand opens, its name in camel case
        and not CAMEL_CASE.search(m.name.replace(name, "", 1))
    }
    full = longer.pop() if len(longer) == 1 else name
    if model_line(index.text, full):
        return name  # nor "Veyra Ring", always "Veyra Ring 2": a product line
    if full.split()[-1].lower().rstrip(".") in _LEGAL_FORMS:
        return name  # "Wenmouth Water Ltd": the short name is the company's usual name
    if full != name and given_name(full.split()[0]) and not is_org_name(full):
        return name  # "Chelsea" is not "Chelsea Lane", a person
    return full
