"""Speakers beyond one named person: pairs, plural bodies and the authors of documents."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from desktop.core.speakers import is_org_name, speaker_key
from desktop.core.speech_words import BODY_NOUNS, PAIR_TITLES, PLACES
from desktop.core.word_regex import alternation, word_set

if TYPE_CHECKING:
    from desktop.core.mentions import Mention
    from desktop.core.people import PersonIndex


PLURAL_BODIES = word_set(
    "republicans democrats senators lawmakers members conservatives progressives gop "
    "plaintiffs officials leaders authors signatories"
)
# What may stand between the two names of a pair: a party tag, "and", a title.
_PAIR_GAP = re.compile(
    r"(?:\s*\([^()]{0,12}\))?(?:,\s*[DRI]\s*-\s*[\w.]+(?:\s[\w.]+)?,)?"
    r"(?:,\s*\d{1,3}(?=,))?"  # "Mr Lim Boon Huat, 71, and his wife"
    r"(?:,\s+an?\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:Democrat|Republican|independent|Independent),)?"
    r",?\s*and\s+"
    # "His daughter, Sylvie Gauthier, and son, Marc Gauthier,": a kin word set off by commas
    r"(?:(?:son|daughter|wife|husband|brother|sister|mother|father|partner),\s+)?"
    r"(?:(?:" + alternation(sorted(t.capitalize() for t in PAIR_TITLES)) + r")\.?\s+)?"
    r"(?:the\s+(?:[a-z][\w-]*\s+){1,2})?"  # "the historian Ann Lee and the engineer Bo Kim"
    # "Kilbride and his assistant Paul Dunmore", "Lee and her husband, Tom Berg,", "Moran and
    # his partner, nurse Tríona Keogh,"
    r"(?:(?:his|her|their)\s+(?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*(?:,\s+[a-z][\w-]*)?,?\s+)?"
    # "… and Senate Majority Leader Priscilla Vantongeren": a capitalised title
    r"(?:(?:Senate|House|Assembly|Majority|Minority|Deputy|Vice|Prime|Chief|Speaker|Leader|"
    r"President|Minister|Secretary|Mayor|Chair|Chairman|Chairwoman|Attorney|General|Madam|"
    r"Mdm|Mrs|Mr|Ms)\.?\s+){0,4}"
)
# What lies between a pair and a body that only describes it ("…, both Norland Democrats",
# "… — along with a dozen Ridge State Republicans"): one clause, no "and" of a third party.
_APPOSITIVE = re.compile(r"\s*(?:,|—|–|--)\s*(?:(?!\band\b)[^.;!?,—–]){0,60}")
# Bodies given as examples of a larger group: "The groups, which included the …".
_EXAMPLES_BEFORE = re.compile(r"\b(?:includ\w*|such\s+as|like|among)\s+(?:the\s+)?$")
# "Kristy and Dana Dumont" (not the end of "Horace Delacroix-Ames and …")
_SHARED_SURNAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+and\s+$")


# "Republican senators", "Democratic lawmakers": a party's members named in lower case.
_PARTY_MEMBERS = re.compile(
    r"(?=[RDGCL])\b(Republican|Democratic|GOP|Conservative|Labour)\s+"
    r"(senators|lawmakers|legislators|attorneys\s+general)\b"
)
_PARTY_NOUN = {"Republican": "Republicans", "GOP": "Republicans", "Democratic": "Democrats"}


def plural_speakers(index: PersonIndex) -> list[tuple[int, str]]:
    """(position, name) of every pair of people and plural body, in reading order."""
    text = index.text
    found: list[tuple[int, str]] = []
    for match in _PARTY_MEMBERS.finditer(text):
        if match.group(2).startswith("attorneys"):  # an office the party holds in many states
            found.append((match.start(), re.sub(r"\s+", " ", match.group())))
            continue
        party = _PARTY_NOUN.get(match.group(1), match.group(1) + "s")
        chamber = "Senate " if match.group(2) == "senators" else ""
        found.append((match.start(), chamber + party))
    mentions = index.mentions
    subjects = {pos for pos, _, is_org in index.events if is_org}
    pair_end = -1
    listed_to = -1  # the last mention of a list of people found, whose members pair no more
    for i, m in enumerate(mentions):
        if i <= listed_to:
            continue
        if m.is_org:
            if pair_end >= 0 and _APPOSITIVE.fullmatch(text, pair_end, m.start):
                continue  # "Sens. Ann Lee and Bo Kim, both Norland Democrats,": the pair speaks
            one, _, other = m.name.partition(" and the ")
            listed = _EXAMPLES_BEFORE.search(text, max(0, m.start - 30), m.start)
            if other and not listed and is_org_name(one) and is_org_name(other):
                # "called by the Flight Crew Alliance and the Cabin Staff Union": "the two
                # unions said" is both
                found.append((m.start, f"{one} and {other}"))
                continue
            if m.name.split()[-1].lower() in PLURAL_BODIES and _acts(index, m, subjects):
                name = re.sub(r"\bGOP$", "Republicans", index.expand(m.name))
                found.append((m.start, name))
            continue
        shared = None
        if text.endswith("and ", 0, m.start):
            shared = _SHARED_SURNAME.search(text, max(0, m.start - 20), m.start)
        if shared and text[: shared.start(1)].rstrip()[-1:].isalpha():
            before = text[: shared.start(1)].split()
            shared = None if before and before[-1][:1].isupper() else shared  # "Tom Brandt and"
        if shared and len(m.name.split()) == 2:
            found.append((shared.start(1), f"{shared.group(1)} and {m.name}"))
            continue
        bare = _BARE_PAIR.search(text, max(0, m.start - 40), m.start) if " " not in m.name else None
        if bare and _opens_pair(bare) and _both_named_in_full(index, bare.group(2), m.name):
            # "Gresham and Arkwright, who rarely agree, said": two people named in full before
            first = index.canonical(bare.group(2), bare.start(2))
            found.append((bare.start(2), f"{first} and {index.canonical(m.name, m.start)}"))
            continue
        people = _listed_people(text, mentions, i)
        if people:  # "Sens. Gil Paddock, Marjorie Sillanpaa and Devin Orr": all of them
            names = [index.canonical(p.name, p.start) for p in people]
            found.append((m.start, ", ".join(names[:-1]) + " and " + names[-1]))
            listed_to, pair_end = i + len(people) - 1, people[-1].end
            continue
        second = _next_person(mentions, i)
        if second is not None and _pair(text, m, second):
            pair_end = second.end
            first_name = index.canonical(m.name, m.start)
            found.append(
                (m.start, f"{first_name} and {index.canonical(second.name, second.start)}")
            )
    return sorted(found + _bodies_with_others(index) + _place_pairs(index))


# "The Ridge Fund and 12 other groups warned …", "Indiana and 19 other states argued …".
_WITH_OTHERS = re.compile(
    r"(?:^|[.!?”\"]\s+)(?:The\s+)?((?:[A-Z][\w.&’'-]*\s+(?:(?:of|for|the|and)\s+)*){0,5}"
    r"[A-Z][\w&’'-]*)(\s+and\s+(?:\d+|[a-z]+)\s+other\s+(?:\w+(?:\s*-\s*\w+)?\s+){0,2}"
    r"(?:groups|organi[sz]ations|unions|countries|nations|states))\b"
)
# "Norland and Ostmark said in a joint statement": two countries speaking as one.
_PLACE_PAIR = re.compile(
    r"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+and\s+([A-Z][\w.]*(?:\s[A-Z]\w*)?)\s+[a-z]"
)


# A lone surname and "and" right before another: "Gresham and Arkwright".
_BARE_PAIR = re.compile(r"(?:^|(\S*)\s)([A-Z][a-z][\w’'-]+)\s+and\s+$")


def _opens_pair(bare: re.Match[str]) -> bool:
    """The lone surname is not the end of a longer name ("Tom Gresham and Arkwright")."""
    before = bare.group(1) or ""
    return not before[:1].isupper() or before.endswith((".", "!", "?", ","))


def _both_named_in_full(index: PersonIndex, first: str, second: str) -> bool:
    keys = {speaker_key(first), speaker_key(second)}
    return len(keys) == 2 and all(key in index.full_names for key in keys)


def _bodies_with_others(index: PersonIndex) -> list[tuple[int, str]]:
    """ "The Ridge Fund and 12 other groups": the body that leads them and speaks for them;
    "Indiana and 19 other Republican-led states": all of them, as no state speaks for the
    others (nor is a state's name alone a voice)."""
    found = []
    for match in _WITH_OTHERS.finditer(index.text):
        rest = re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", match.group(2)))
        places = rest.endswith(("countries", "nations", "states"))
        found.append((match.start(1), index.expand(match.group(1)) + (rest if places else "")))
    return found


def _place_pairs(index: PersonIndex) -> list[tuple[int, str]]:
    """Two countries as the subject of a sentence ("Norland and Ostmark said"), never the
    object of a preposition ("ties between Norland and Ostmark")."""
    found = []
    for m in _PLACE_PAIR.finditer(index.text):
        if not all(name.lower() in PLACES for name in m.groups()):
            continue
        before = index.text[max(0, m.start() - 30) : m.start()].split()
        while before and before[-1].lower() == "the":
            before.pop()
        if before and (before[-1].lower() in _NOT_SUBJECT or before[-1][-1:].isalpha()):
            continue
        found.append((m.start(), f"{m.group(1)} and {m.group(2)}"))
    return found


_NOT_SUBJECT = word_set("between among of for with from to in on at by against and or")


def coalition(index: PersonIndex, pos: int, noun: str, reach: int = 3000) -> str | None:
    """ "the countries said": the latest pair of countries; "the groups wrote": the latest
    body named with its fellows ("the Ridge Fund and 12 other groups")."""
    countries = noun.lower() in ("countries", "nations")
    named = _place_pairs(index) if countries else _bodies_with_others(index)
    recent = [name for at, name in named if pos - reach <= at < pos]
    return recent[-1] if recent else None


# "organizing under the moniker “Tide Watch”": a body the article names in quote marks.
_MONIKER = re.compile(
    r"(?<!so-)(?<!so\s)\b(?:moniker|name|banner|called|named)\s+[\"“]\s*"  # not "so-called"
    r"([A-Z][\w'’-]*(?:\s[\w'’-]+){0,5}?)\s*[\"”]"
)


def moniker_before(index: PersonIndex, pos: int, reach: int = 1500) -> str | None:
    """The latest body named in quote marks ("under the name “Tide Watch”") before `pos`."""
    found = list(_MONIKER.finditer(index.text, max(0, pos - reach), pos))
    return found[-1].group(1) if found else None


def leading_body(index: PersonIndex, start: int, end: int) -> str | None:
    """The organisation a sentence opens with as its subject ("Tide Watch is one of the
    groups fighting …"), when no person is its subject before `end`."""
    i = bisect.bisect_left(index.events, (start, "", False))
    found = [(at, name, org) for at, name, org in index.events[i : i + 4] if at < end]
    if not found or not found[0][2] or not found[0][1]:
        return None
    if any(name and not org for _, name, org in found) or found[0][0] > start + 5:
        return None
    name = found[0][1]
    # A body's full name, not a headline's capitals ("DRAG QUEEN") or a lone word
    return name if " " in name and not name.isupper() else None


_PRESS = word_set(
    "journal times post herald tribune gazette globe chronicle examiner telegraph guardian "
    "courier inquirer register observer star sun"
)
# The last word of an outlet's name, printed or broadcast ("Kingsmere FM", "the Courier").
OUTLET_ENDINGS = _PRESS | word_set("fm radio tv television news podcast channel")


def paper_before(index: PersonIndex, pos: int) -> str | None:
    """The latest newspaper the article named ("the Harbour Courier editorial page")."""
    papers = [
        m.name
        for m in index.mentions
        if pos - 3000 <= m.start < pos and m.name.split()[-1].lower() in _PRESS
    ]
    return papers[-1] if papers else None


def pick_group(plurals: list[tuple[int, str]], pos: int, noun: str, reach: int) -> str | None:
    """The latest plural speaker before `pos`; "the senators" prefers a Senate body."""
    i = bisect.bisect_left(plurals, (pos, ""))
    recent = [name for at, name in plurals[:i] if at >= pos - reach]
    if noun:
        stem = noun.lower().rstrip("s")[:5]
        fitting = [name for name in recent if stem in name.lower()]
        if fitting:
            return fitting[-1]
    return recent[-1] if recent else None


def _acts(index: PersonIndex, m: Mention, subjects: set[int]) -> bool:
    """A body that is a sentence's subject, or counted ("47 Republicans"): not an object."""
    before = index.text[max(0, m.start - 12) : m.start]
    return m.start in subjects or re.search(r"\b\d+\s+$", before) is not None


def _next_person(mentions: list[Mention], i: int) -> Mention | None:
    """The next mention after i, skipping letters of a party tag ("D-N.Y." gives "Y")."""
    for m in mentions[i + 1 : i + 4]:
        if len(m.name) > 1:
            return m
    return None


# Between two people of a list: a comma or "and", maybe an abbreviated title ("…, Sen. Bo Kim").
_LIST_GAP = re.compile(r"(?:,\s+|,?\s+and\s+)(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.?\s+)?")
MAX_JOINT_SPEAKERS = 6  # people one list, pair or joint statement may name


def _listed_people(text: str, mentions: list[Mention], i: int) -> list[Mention]:
    """Three or more people listed from mention i on ("A, B and C"), else nothing."""
    people = [mentions[i]]
    for m in mentions[i + 1 : i + MAX_JOINT_SPEAKERS]:
        gap = _LIST_GAP.fullmatch(text, people[-1].end, m.start)
        if m.is_org or gap is None or people[-1].possessive:
            break
        people.append(m)
        if "and" in gap.group():
            return people if len(people) >= 3 else []
    return []


def _pair(text: str, first: Mention, second: Mention) -> bool:
    if second.is_org or first.possessive or second.start - first.end > 40:
        return False
    return _PAIR_GAP.fullmatch(text, first.end, second.start) is not None


_MESSAGES = word_set("message note email text tweet post")
# Nouns that name one document in different words ("the analysis" … "the report said").
_DOCUMENT_KINDS = (
    word_set(
        "report analysis study review outline document assessment evaluation memo draft poll survey"
    ),
    word_set("lawsuit suit complaint filing petition"),
    word_set("letter"),
    _MESSAGES,  # "Lee sent a message of support"
    word_set("order"),  # "The executive order she signed"
    word_set("editorial op-ed column"),  # "The Clarion published an editorial"
)
_NAME = r"((?:[A-Z][\w.’'-]*\s+(?:(?:of|for|the|and)\s+)*)*[A-Z][\w’'-]*)"
_OWNER_BEFORE = re.compile(_NAME + r"\s?['’]s?\s+(?:[\w-]+\s+){0,3}$")  # "Treasury’s analysis"
# A document from someone the article does not name: "a letter from residents".
# ("a letter from the authority" may name a body the article named before)
_FROM_UNNAMED = re.compile(
    r"\s+from\s+(?:(?:a|an|some|several|two|three|\d+)\s+)?(?!(?:the|his|her|their|its|our)\b)[a-z]"
)
# A document its sentence's subject received: "Koll received a letter".
_RECEIVED = re.compile(r"\b(?:received|receives|got)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")
_ISSUER_BEFORE = re.compile(
    _NAME + r"\s*,?\s+(?:[a-z]+\s+)?(?:filed|issued|released|published|sent|wrote|signed|"
    r"submitted)"  # "Ann Lee, who wrote the draft opinion", "Lee wrote in the memo"
    r"(?:\s+in)?\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}$"
)
_BY_AFTER = re.compile(  # ("The inspection report, released by the … Department")
    # (its title in apposition: "The report, “Warming and the Economy,” was produced by")
    r"(?:,\s*[“\"][^”\"]{1,120}[”\"]\s*,?)?"
    r",?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|has\s+been)\s+)?"
    r"(?:(?:filed|issued|released|written|signed|sent|published|produced|prepared|compiled|"
    r"commissioned|authored|conducted)\s+)?"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
    r"\s+)?(?:by|from)\s+"  # ("a poll released Monday by the Center for Civic Research")
    r"(?:the\s+)?" + _NAME
)
# Someone a document speaks for, maybe after who they are: "on behalf of Eleanor’s
# parents, Graham and Lucy Fisk", "on behalf of the Marrow family" (no name: no match).
ON_BEHALF = re.compile(
    r"\s+(?:(?:read|issued|released)\s+)?on\s+behalf\s+of\s+(?:[\w’'-]+\s+(?:[a-z]+\s+)?[a-z]+,\s+)?"
    r"((?:[A-Z][\w.'’-]*\s+(?:and\s+)?){0,4}[A-Z][\w'’-]*)"
)
# The documents someone reads out for someone else, and one read on behalf of named people.
VOICED_DOCUMENT = r"(?:statement|letter|message|note)"
READ_FOR = re.compile(r"\b" + VOICED_DOCUMENT + ON_BEHALF.pattern)
_REPORTED_BY = re.compile(r"\b(?:reported|obtained|seen|reviewed|viewed)\s+by\s+(?:the\s+)?[A-Z]")
_BODY_OWNER = re.compile(r"\b[Tt]he\s+([a-z]+)['’]s?\s+(?:[\w-]+\s+){0,3}$")
_BODY_AFTER = re.compile(r"\s+(?:by|from)\s+the\s+([a-z]+)\b")  # "a letter from the agency"
_SIGNED_BY_PRONOUN = re.compile(
    r"\s+(?:that\s+)?(he|she|they)\s+(?:had\s+|has\s+)?(?:signed|issued|sent|wrote|filed)\b"
)
_BODY_LEAD = re.compile(r"\s*[Tt]he\s+([a-z]+)\b")
_INTRODUCED = re.compile(
    r"\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w,-]+\s+){0,3}$"
)  # "a 1,400-word"


def document_author(index: PersonIndex, noun: str, pos: int, reach: int = 3000) -> str | None:
    """Who wrote "the report" or "the letter": the owner the article gave it when it first
    came up ("Treasury’s analysis", "a letter from Ann Lee", "Lee filed a lawsuit"), else
    the subject of the sentence that introduced it ("In a letter to Kim, Lee said …").
    "" when the article says it does not know ("a memo obtained by the Courier")."""
    text = index.text
    nouns = re.compile(rf"\b{re.escape(noun)}\b").finditer(text, max(0, pos - reach), pos)
    for hit in reversed(list(nouns)):
        behalf = ON_BEHALF.match(text, hit.end())
        if behalf:  # "a statement on behalf of her parents, Graham and Lucy Fisk"
            return behalf_of(index, behalf)
        break  # only the latest mention of the document
    kind = next((k for k in _DOCUMENT_KINDS if noun in k), None)
    if kind is None:
        return None
    pattern = r"\b(?:" + "|".join(sorted(kind)) + r")s?\b"
    if "lawsuit" in kind:
        pattern += r"|\b(?:sued|suing|sues)\b"  # "the department is suing": the suer
    floor = max(0, pos - reach)
    for hit in reversed(list(re.finditer(pattern, text[floor:pos]))):
        at, end = floor + hit.start(), floor + hit.end()
        before = text[max(0, at - 80) : at]
        if re.match(r"\s+(?:obtained|seen|reviewed|viewed)\s+by\b", text[end : end + 20]):
            return ""  # "a memo obtained by the Courier": its author is not named
        if _FROM_UNNAMED.match(text, end):
            return ""  # "a letter from residents": its authors are not named
        body = _BODY_OWNER.search(before) or _BODY_AFTER.match(text, end)
        if body and index.body_named(body.group(1).lower(), at):
            return index.body_named(body.group(1).lower(), at)  # "the commission’s report"
        signed = _SIGNED_BY_PRONOUN.match(text, end)
        if signed:  # "The executive order she signed Wednesday": whom "she" means there
            from desktop.core.pronoun_referents import pronoun_referent  # (reads this module)

            return pronoun_referent(signed.group(1).lower(), at, index)
        owner = (
            _OWNER_BEFORE.search(before)
            or _BY_AFTER.match(text, end)
            or _ISSUER_BEFORE.search(before)
        )
        if owner is not None:
            name = _owner_name(index, owner.group(1), at, owner.re is _OWNER_BEFORE)
            if name:
                return name
        if _INTRODUCED.search(before) or hit.group().startswith("su"):  # (or no name above)
            if _RECEIVED.search(before):
                return ""  # "Koll received a letter on Monday": not hers, nor named
            sentence = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
            lead = _BODY_LEAD.match(text, sentence)  # "The commission … argues in a report"
            if lead and lead.group(1) in BODY_NOUNS and index.body_named(lead.group(1), at):
                return index.body_named(lead.group(1), at)
            # "Migrants sued the governor": the suer comes before the verb
            until = at if hit.group().startswith("su") else at + 200
            subject = index.first_subject(sentence, until)
            stop = _sentence_stop(text, end)
            if subject and _REPORTED_BY.search(text, end, until + len(subject)):
                continue  # "a memo … first reported by The Ledger Line": the paper, no author
            if subject and (stop < 0 or index.first_subject(sentence, stop) == subject):
                return _pair_led_by(index, subject, sentence, until)
        if kind is _MESSAGES and not re.search(r"(?:^|[.!?]\s+)The\s+$", before):
            # "posts", "text", "note" are other words too: only the message the quote's own
            # sentence opens with ("The message, which was read to the court, said") leads
            # back to where it came up
            break
    return None


_ABBREVIATED = re.compile(r"(?:\b[ap]\.m|\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bNo)$")


def _sentence_stop(text: str, start: int) -> int:
    """Where the sentence going on at `start` ends ("6 a.m. Pacific time" goes on); -1 at
    the end of the text."""
    for dot in re.finditer(r"[.!?]\s", text[start:]):
        if not _ABBREVIATED.search(text, max(0, start + dot.start() - 4), start + dot.start()):
            return start + dot.start()
    return -1


def _pair_led_by(index: PersonIndex, subject: str, start: int, end: int) -> str:
    """ "Reps. Ann Lee and Bo Kim signed a letter": the pair, when the subject leads one."""
    pairs = [name for at, name in index.plurals if start <= at < end]
    return next((name for name in pairs if name.startswith(subject + " and ")), subject)


def behalf_of(index: PersonIndex, behalf: re.Match[str]) -> str | None:
    """The person or pair ON_BEHALF names, by their fullest names."""
    from desktop.core.subject_names import resolve_subject  # (which reads this module)

    return resolve_subject(behalf.group(1), behalf.start(1), index)


def _owner_name(index: PersonIndex, name: str, at: int, possessive: bool) -> str | None:
    """The fullest name of a document's owner; "Treasury" is the "Treasury Department".
    A person's report is often one about them ("Lee’s medical report"): bodies only."""
    from desktop.core.name_bounds import SENTENCE_END_IN_NAME, clean_name
    from desktop.core.speakers import STOP_CAPS, is_org_name, speaker_key

    name = SENTENCE_END_IN_NAME.split(name)[0]  # ("… for Civic Research. Fifty-seven")
    words = set(name.split())
    if speaker_key(name) not in index.full_names:
        for m in index.mentions:
            if m.is_org and m.start < at + 2000 and words < set(m.name.split()):
                return index.expand(m.name)  # "Treasury" -> "Treasury Department"
    name = clean_name(name)
    if not name or name.lower() in STOP_CAPS or index.is_word(name):
        return None
    if is_org_name(name):
        return index.expand(name)
    return None if possessive else index.canonical(name, at)


_STUDY = (
    r"(?:report|study|survey|analysis|poll|investigation|review|audit|brief|filing|lawsuit"
    r"|complaint)"
)
_FINDS = (
    r"(?:found|finds|shows|showed|concluded|concludes|says|said|noted|notes|argues|argued"
    r"|warns|warned|claims|claimed|states|stated)"
)
_BODY_NAME = r"((?:[A-Z][\w.’'-]*\s+(?:(?:of|for|the|and|from|on)\s+)*)*[A-Z][\w’'-]*)"
# "A new report from the Harbour Ledger on the firms … found that “…”": the study's authors.
_STUDY_BY = re.compile(
    rf"\b{_STUDY}\s+(?:by|from)\s+(?:the\s+)?{_BODY_NAME}(?:,\s*which)?[^.;“”\"]{{0,80}}?"
    rf"\b{_FINDS}\b"
)
_STUDY_FINDS = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?{_STUDY}\s+{_FINDS}\b")
# "stopped by Democrats, who labeled Lee's plan a “…”": the ones who gave it that name.
_LABELLER = re.compile(
    r"\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),\s+(?:who|which)\s+(?:labell?ed|called|dubbed"
    r"|branded|termed|described)\b[^.;“”\"]{0,80}$"
)


def study_source(index: PersonIndex, start: int, end: int) -> str | None:
    """Who speaks through a study the sentence `start:end` reports a finding of: the body
    it names ("a report from the Ridge Fund, which found"), or for "the study found" the
    body of the latest study the article named with its authors. Else a body that gave
    something the quoted name ("Democrats, who called the plan a “…”")."""
    text = index.text
    found = list(_STUDY_BY.finditer(text, start, end))
    if not found and _STUDY_FINDS.search(text, start, end):
        found = list(_STUDY_BY.finditer(text, max(0, start - 3000), start))
    if not found:
        labeller = _LABELLER.search(text, start, end)
        name = labeller.group(1) if labeller else None
        return index.expand(name) if name and is_org_name(name) else None
    name = found[-1].group(1)
    return name if " and " in name else index.expand(name)


_DRAFTED_BY = re.compile(r"\s*,?\s*(?:drafted|written|signed|sent|issued|authored)\s+by\s+")
_WRITINGS = word_set("letter statement report memo document op-ed column bill resolution brief")


def drafters(index: PersonIndex, document: str, pos: int) -> str | None:
    """ "said the letter, drafted by Sen. Ann Lee of Norland, a Democrat, and Bo Kim":
    the one or two people the words after `document` (ending at `pos`) name as its writers."""
    match = _DRAFTED_BY.match(index.text, pos)
    if match is None or document.split()[-1].lower() not in _WRITINGS:
        return None
    i = bisect.bisect_left(index.mention_starts, match.end())
    named: list[Mention] = []
    for m in index.mentions[i : i + 6]:
        if m.start > match.end() + 160 or len(named) == 2:
            break
        if not m.is_org and len(m.name) > 1:
            named.append(m)
    if not named or named[0].start - match.end() > 30:
        return None  # "signed by the chair of the Ridge Council": no one named
    first = index.canonical(named[0].name, named[0].start)
    if len(named) == 2 and re.search(r"\band\s+(?:\S+\s+){0,2}$", index.text[: named[1].start]):
        return f"{first} and {index.canonical(named[1].name, named[1].start)}"
    return first
