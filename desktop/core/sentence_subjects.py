"""Sentence subjects: which person or body each sentence is about, the ones a pronoun can mean."""

from __future__ import annotations

import bisect
import itertools
import re

from desktop.core.article_places import article_places, is_demonym
from desktop.core.body_subjects import mark_body_subject
from desktop.core.first_names import FIRST_NAMES, given_name
from desktop.core.governed_names import in_relative_clause, is_governed
from desktop.core.groups import plural_speakers
from desktop.core.mention_merges import (
    bodies_throughout,
    couples,
    honorific_people,
    initialled_people,
    knights,
    nicknamed,
)
from desktop.core.mentions import Mention, appositive_roles, find_mentions
from desktop.core.name_bounds import adverb_like, clean_name
from desktop.core.people import (
    PERSON_TITLES,
    ROLE_NOUNS,
    UNNAMED,
    PersonIndex,
)
from desktop.core.pronoun_evidence import count_pronouns, note_near_pronoun
from desktop.core.referents import (
    COUNTERPART,
    GENERATION_WORDS,
    YEARS_OLD,
    counterpart_of,
    of_generation,
    person_of_age,
)
from desktop.core.roles import by_role
from desktop.core.speakers import (
    NAME_PARTICLES,
    ORG_WORDS,
    SOLE_TITLES,
    TITLE_WORDS,
    fullness,
    is_org_name,
    name_tokens,
    speaker_key,
)
from desktop.core.speech_words import (
    KIN_NOUNS,
    OBJECT_SPEECH_VERBS,
    PLACES,
    PREPOSITIONS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    kin_pronoun,
)
from desktop.core.subject_openings import (
    BODY_AFTER,
    HEAD_APPOSED,
    MODIFIED_ROLE,
    NAMED_APPOSITIVE,
    OWNED_ROLE_APPOSED,
    ROLE_SUBJECT,
    SPEAKS_FOR,
    STATE_MEMBER_SUBJECT,
    TRADE_ROLES,
    UNNAMED_PLURALS,
    UNNAMED_SUBJECT,
    kin_subject,
)
from desktop.core.us_members import state_member
from desktop.core.word_regex import alternation, word_set

_FIRM_ENDINGS = word_set(
    "airways airlines bank group holdings records motors systems technologies labs foods "
    "partners ventures studios pictures industries pharmaceuticals inc ltd plc llc corp"
)


def _firm(name: str) -> bool:
    return name.split()[-1].lower().rstrip(".") in _FIRM_ENDINGS


def build_index(
    text: str, quoted: list[tuple[int, int]], sentences: list[tuple[int, int]]
) -> PersonIndex:
    """Collect name mentions outside the quoted spans and mark sentence subjects."""
    index = PersonIndex(text)
    gaps = _outside(quoted, len(text))
    for start, end in gaps:
        index.mentions.extend(find_mentions(text, start, end))
    index.mentions = initialled_people(bodies_throughout(honorific_people(index.mentions)))
    persons = [m.name for m in index.mentions if not m.is_org]
    # A firm's full name holds words that are no place ("inside Skyvane" after "Skyvane
    # Airways"), as a person's does ("the Sarkand government" is no firm)
    named = [m.name for m in index.mentions if " " in m.name and (not m.is_org or _firm(m.name))]
    index.places = article_places(text, persons, named)
    if index.places:  # "Dravia", "Calveran": places no list knows are nobody
        index.mentions = [m for m in index.mentions if m.is_org or not index.is_place(m.name)]
    index.mentions = knights(couples(text, nicknamed(text, index.mentions)))
    index.mention_starts = [m.start for m in index.mentions]
    people = [m for m in index.mentions if not m.is_org]
    for m in people:
        index.by_key.setdefault(speaker_key(m.name), []).append((m.start, name_tokens(m.name)))
    for m in people:
        if len(name_tokens(m.name)) > 1 or _sole_titled(m.name):
            names = index.full_names.setdefault(speaker_key(m.name), [])
            if m.name not in names:
                names.append(m.name)
    for m in people:
        middle = _paternal_surname(m.name) or _surname_after_particle_name(m.name)
        if middle and speaker_key(middle) not in index.full_names:
            # "Aurelio Benítez Oca … Benítez said": a Spanish first surname used alone
            index.full_names[speaker_key(middle)] = [m.name]
    for key, names in index.full_names.items():
        index.full_names[key] = sorted(names, key=fullness, reverse=True)
    _mark_subjects(index, sentences)
    _titled_in_passing(index, people)
    index.plurals = plural_speakers(index)
    return index


def _titled_in_passing(index: PersonIndex, people: list[Mention]) -> None:
    """ "a statement signed by … Mrs. Folake Adeyemi-Obi": a woman, though never a sentence's
    subject (whose titles `count_pronouns` reads), so no later "he" means her."""
    for m in people:
        honorific = _gendered_honorific(m)
        if honorific is None or len(index.full_names.get(speaker_key(m.name), [])) > 1:
            continue  # ("Mr Delahunt" of a couple: the honorific is evidence for neither)
        name = index.canonical(m.name, m.start)
        if index.gender.get(name, (0, 0)) == (0, 0):
            index.gender[name] = (0, 3) if honorific in ("mrs", "ms", "miss") else (3, 0)


def _paternal_surname(name: str) -> str | None:
    """ "Aurelio Benítez Oca": a first name, then two surnames, the first of which the
    article may use alone; never a middle name ("Mary Anne Lee", "John Paul Berg")."""
    words = name.split()
    if len(words) != 3 or not given_name(words[0]) or given_name(words[1]):
        return None
    middle = words[1]
    if not all(w[:1].isupper() for w in words) or "." in middle or len(middle) < 3:
        return None
    return middle


def _surname_after_particle_name(name: str) -> str | None:
    """ "Della Hargrove … Hargrove said", "Van Kessler … Kessler said": a first name that is
    also a surname's particle ("Marco Della Vigna"), so the surname alone may mean her."""
    words = name.split()
    if len(words) != 2 or words[0].lower() not in NAME_PARTICLES or not given_name(words[0]):
        return None
    return words[1] if words[0][:1].isupper() else None


def _sole_titled(name: str) -> bool:
    """ "Pope Francis", "King Charles": the title is part of the fullest name."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in SOLE_TITLES


def _outside(quoted: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    gaps, pos = [], 0
    for start, end in sorted(quoted):
        if start > pos:
            gaps.append((pos, start))
        pos = max(pos, end)
    gaps.append((pos, length))
    return gaps


# A role that ends a sentence as the second one to act: "…, and so did the judge."
_SO_DID = re.compile(
    r",?\s+(?:and\s+)?(?:so|as|neither|nor)\s+(?:did|does|has|had)\s+(the\s+[a-z]+)[.!?]"
)


def _mark_subjects(index: PersonIndex, sentences: list[tuple[int, int]]) -> None:
    """The first person and the first body in each sentence not governed by a preposition
    are its subjects ("CNN contributor Jo Dean, a former officer, wrote": Dean, not just CNN).

    A name right before a reporting verb ("..., Phillip Swagel said.") or after
    "according to" is salient too: it is the source of what the sentence reports.
    """
    mentions = index.mentions
    starts = index.mention_starts
    text = index.text
    terms = {match.group(1) for match in _TERM_ACRONYM.finditer(text)}
    for s_start, s_end in sentences:
        if _PROMO.search(text, s_start, s_end):
            continue  # "Sign up for our newsletter with Dr. Ann Lee": the page's, not the story's
        if _BYLINE.match(text, s_start, s_end):
            index.bylines.append((s_start, s_end))
            continue  # "Ann Lee, Health Correspondent": the reporter, not a person in focus
        i = bisect.bisect_left(starts, s_start)
        unnamed = UNNAMED_SUBJECT.match(text, s_start)
        mark_body_subject(index, s_start, i)  # "The company denied it": the body named last
        # is_org -> a subject of that kind marked
        found = {True: False, False: _mark_opening(index, s_start, i, unnamed)}
        echo = _SO_DID.search(text, s_start, s_end)
        holder = by_role(index, echo.group(1), echo.start(1)) if echo else None
        if echo and holder:  # "The jury rejected that account, and so did the judge"
            index.add_event(echo.start(1), holder, False)
        _mark_demonym_clause(index, s_start, s_end)
        governed_end = -1  # end of the last name governed by a preposition
        opener = _OPENING_PHRASE.match(text, s_start, s_end)  # "In a letter to Ann Lee, "
        opener_end = opener.end() if opener else -1
        # "In a recent Courier profile, he …": names in a prepositional opener are objects
        objects_end = opener_end if opener and _PREPOSITION_OPENER.match(opener.group()) else -1
        # "By Dean Ashurst at Millfield Lane Henrique Valadas refused …": a byline run into
        # the lede names the reporter (and the ground), not the subject
        byline_end = _glued_byline_end(index, s_start, s_end, i)
        objects_end = max(objects_end, byline_end)
        reset = False
        while i < len(mentions) and mentions[i].start < s_end:
            m = mentions[i]
            i += 1
            work = _A_WORK_AFTER.match(text, m.end) or _A_WORK_BEFORE.search(
                text, max(0, m.start - 40), m.start
            )
            if m.name in terms or work:
                # "a Notice to Appear, or NTA": a thing the article names, not a body; "Salt
                # Hours, the third album from Ysolde Marr, opens …": a work, not a person
                continue
            if _the_demonym(index, m):
                continue  # "The Dane said": a player from Denmark, not someone called Dane
            if i < len(mentions) and _modifies_next(text, m, mentions[i]):
                continue  # "Wild defenseman Ryan Suter": the team only modifies Suter
            if 0 <= opener_end <= m.start and not unnamed and not reset:
                # "As Kim kept attacking, Lee fired back": the main clause has its own subject
                found, reset = {True: False, False: False}, True
            after_byline = m.start == byline_end  # (what stood before it was the byline)
            if (
                not after_byline
                and _listed_after(text, governed_end, m.start)
                and not (
                    governed_end <= opener_end <= m.start and not _LIST_TAIL.match(text, m.end)
                )
            ):
                governed_end = m.end  # "the deaths of Ann Lee, Bo Kim and Cy Ray"
                continue
            if not m.is_org and not found[False] and _PRONOUN_CLAUSE.search(text, s_start, m.start):
                found[False] = True  # "In fact, during the rally, he never named Kim": he is
            governed = m.end <= objects_end or (not after_byline and is_governed(text, s_start, m))
            # "Hamish Dale, who leads the Dairy Federation, did not mince words": the
            # relative clause's names are not the sentence's subjects
            governed = governed or in_relative_clause(text, s_start, m)
            # ("the 22-year-old from Sainte-Odile said": the town before the verb is no speaker)
            hometown = _FROM_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
            if (
                _speaks(text, s_start, m)
                and not hometown
                and (_is_salient(index, m) or _bare_speaker(index, m))
            ) or (
                not found[m.is_org]
                and not governed
                and (
                    _is_subject(index, m, mentions, i - 1)
                    or _opens(index, s_start, m)
                    or after_byline
                )
            ):
                _add_subject(index, m, s_end)
                found[m.is_org] = True
            elif not m.is_org and not governed and _second_clause_subject(text, m):
                # "Lowe was making his third appearance, and Doyle was quick to defend him":
                # the one who acts last is in focus too
                _add_subject(index, m, s_end)
            elif governed:
                governed_end = m.end
            if not m.is_org:
                note_near_pronoun(index, m)
                _note_person(index, m)


_FROM_BEFORE = re.compile(r"(?:-old|native|resident|woman|man|girl|boy)\s+(?:from|of)\s+$")


# "…, but the Welshman was in no mood for pleasantries": a second clause led by a demonym.
_CLAUSE_JOIN = r",\s+(?:and|but)\s+"
_FINITE = r"\s+(?:was|were|is|had|has|did|would|could|will|went|[a-z]{3,}ed)\b"
_DEMONYM_CLAUSE = re.compile(_CLAUSE_JOIN + r"the\s+([A-Z][a-z]+)" + _FINITE)


def _mark_demonym_clause(index: PersonIndex, s_start: int, s_end: int) -> None:
    """ "Maddox went looking for his opposite number, Rhys Tregenza, but the Welshman was
    in no mood": the demonym is the person named last before it in the sentence, when the
    sentence's subject was someone else."""
    clause = _DEMONYM_CLAUSE.search(index.text, s_start, s_end)
    if clause is None or not is_demonym(clause.group(1), PLACES | index.places):
        return
    people = [
        index.canonical(m.name, m.start)
        for m in index.mentions
        if s_start <= m.start < clause.start() and not m.is_org and not m.possessive
    ]
    if len(people) >= 2 and people[-1] != people[0]:
        index.add_event(clause.start(1), people[-1], False)


_CLAUSE_LEAD = re.compile(_CLAUSE_JOIN + "$")
_FINITE_VERB = re.compile(_FINITE)


def _second_clause_subject(text: str, m: Mention) -> bool:
    """A name that opens a sentence's second main clause: "…, and Doyle was quick to"."""
    return bool(
        _CLAUSE_LEAD.search(text, max(0, m.start - 8), m.start) and _FINITE_VERB.match(text, m.end)
    )


_ROLE_GAP = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,2})")
_POSITIONS = word_set(
    """
    defenseman defenceman forward winger goalie goaltender quarterback receiver linebacker
    center centre guard striker midfielder defender pitcher catcher rookie teammate captain
    manager coach spokesman spokeswoman
    """
)


def _modifies_next(text: str, m: Mention, following: Mention) -> bool:
    """ "Wild defenseman Ryan Suter", "Google executive Jo Lee": a team or body written
    before the role of the person named next, not someone of its own."""
    gap = _ROLE_GAP.match(text, m.end)
    if gap is None or gap.end() != following.start or m.possessive:
        return False
    names = m.name.split()
    if len(names) > 1 and names[0].lower() in FIRST_NAMES:
        return False  # "Tom Vale fires coach Bob Kim": a person acting, not a team
    words = gap.group(1).split()
    if any(w in REPORTING_VERBS or w.endswith("ed") for w in words):
        return False  # "Trump slammed the Justice Department": a verb, not a role
    return words[-1] in PERSON_TITLES or words[-1] in ROLE_NOUNS or words[-1] in _POSITIONS


def _the_demonym(index: PersonIndex, m: Mention) -> bool:
    """ "the Dane", "the Finn": a demonym after "the", though a given name too."""
    if " " in m.name or m.is_org or not _THE_BEFORE.search(index.text, 0, m.start):
        return False
    return is_demonym(m.name, PLACES | index.places)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_UNNAMED_PLURAL = re.compile(rf"\b(?:{UNNAMED_PLURALS})$")


# An unnamed subject's appositive that gives a name: ", a trader who gave her name only as
# Funmilayo,".
_SOMEONE = re.compile(
    r"\s*(?:Another|One|A|An)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=,|\s+who\s+gave\b)"
)
_GAVE_NAME_AS = re.compile(
    r"(?:\s+of\s+the\s+[a-z][\w\s-]{0,40}?)?,?\s+(?:an?\s+[a-z][\w\s-]{0,40}?\s+)?who\s+"
    r"(?:gave\s+(his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as"
    # ("A second prisoner, who asked to be identified only as Petro,")
    r"|asked\s+to\s+be\s+(?:identified|named|called)\s+(?:only\s+)?as)"
    # ("A caller who gave her name only as Noreen from Tiller's Cove said")
    r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"(?:,|\s+(?=[a-z]))"
)
# A sentence opening on "the" and a demonym as its subject: "The Portuguese, who …, said".
_DEMONYM_SUBJECT = re.compile(r"\s*[Tt]he\s+([A-Z][a-z]+)(?=,|\s+[a-z]{2,}\b)")


def _mark_opening(index: PersonIndex, s_start: int, i: int, unnamed: re.Match[str] | None) -> bool:
    """Subjects a sentence's opening words give before any name: an unnamed official, a
    role ("The president, however, said"), a relative or a pronoun. True when one is set."""
    text = index.text
    # "A police spokesman, Sergeant Rhys Tennant, repeated …", "The head of the mission,
    # Ann Berg, noted …": the one named
    named = _named_holder(index, NAMED_APPOSITIVE.match(text, unnamed.end()) if unnamed else None)
    named = named or _named_holder(index, HEAD_APPOSED.match(text, s_start))
    named = named or _named_holder(index, OWNED_ROLE_APPOSED.match(text, s_start))
    someone = None if unnamed or named else _SOMEONE.match(text, s_start)
    lead_end = unnamed.end() if unnamed else someone.end() if someone else -1
    # ("Another father, who gave his name only as Tony, asked …": a kin word, not unnamed)
    gave = _GAVE_NAME_AS.match(text, lead_end) if lead_end >= 0 and not named else None
    if gave:  # "One of the passengers, a trader who gave her name only as Funmilayo, said"
        named = gave.group(2)
        if gave.group(1):
            index.note_pronoun(named, "he" if gave.group(1) == "his" else "she")
    if named:
        index.add_event(s_start, named, False)
        if " " not in named:
            index.lone_people.add(named)  # "One resident, …, Marcus,": a person, named once
        unnamed = None
    if unnamed:  # "Another staffer was blunter.", "A Port Board spokeswoman declined …"
        # "A senior official at the Disaster Agency told …": the body after the phrase too
        end = unnamed.end()
        if SPEAKS_FOR.search(unnamed.group()):
            after = BODY_AFTER.match(text, end)
            end = after.end() if after else end
        body = _body_in(index, i, end) or _spoken_for(index, text, unnamed, s_start)
        if i < len(index.mentions) and index.mentions[i].start < end:
            # (the name in the phrase, a body or not, is whom the next "she" speaks for)
            index.voiced_bodies.add(
                index.canonical(index.mentions[i].name, index.mentions[i].start)
            )
        index.add_event(s_start, body or UNNAMED, False)
        spokes = re.search(r"spokes(wo)?man$", unnamed.group())
        if body and spokes:  # "A Harcourt spokeswoman said …": a later "he" is not her body
            index.unnamed_pronouns[s_start] = "she" if spokes.group(1) else "he"
        if not body and _UNNAMED_PLURAL.search(unnamed.group()):
            # "Some supporters wiped away tears, prompting Dunaway to …. “…,” he said": a
            # "he" after them is not one of them
            index.unnamed_pronouns[s_start] = "they"
    role = ROLE_SUBJECT.match(text, s_start) or kin_subject(text, s_start)
    holder = by_role(index, role.group(1), s_start) if role and not unnamed else None
    aged = _AGED_ROLE.search(role.group(1)) if role and not unnamed and not holder else None
    if aged:  # "The 64-year-old nominee did not flinch": the one the article gave that age
        holder = person_of_age(index, aged.group(1), s_start)
    modified = None if holder or unnamed else MODIFIED_ROLE.match(text, s_start)
    if modified:  # "the Republican senator said": the senator, whatever the party word
        holder = by_role(index, "the " + modified.group(1).lower(), s_start)
    demonym = None if holder or unnamed or role else _DEMONYM_SUBJECT.match(text, s_start)
    if demonym and is_demonym(demonym.group(1), PLACES | index.places):
        holder = index.focus(s_start)  # "The Portuguese, who was booked, said": the man in focus
    tagged = None if holder or unnamed else STATE_MEMBER_SUBJECT.match(text, s_start)
    if tagged:  # "The Florida Republican then confronted Lee": the one tagged (R-Fla.)
        holder = state_member(index, tagged.group(1), tagged.group(2), s_start)
    if role and not (holder or unnamed or modified or demonym or tagged):
        trade = role.group(1).split()[-1].lower()
        focus = index.focus(s_start) if trade in TRADE_ROLES else None
        if focus and not is_org_name(focus):  # "The “Glass Harbour” singer, 38, opened up"
            holder = focus
    # "The leader of Lisaria, President Celine Vautrin, said": the holder named here
    apposed = NAMED_APPOSITIVE.match(text, role.end()) if role and not unnamed else None
    holder = _named_holder(index, apposed) or holder
    kin = bool(role and not unnamed and kin_subject(text, s_start))
    counterpart = None if holder or unnamed else COUNTERPART.match(text, s_start)
    if counterpart:  # "Her counterpart was more cautious.": the other of the two
        holder = counterpart_of(index, counterpart.group(1), s_start)
    if holder:  # "The president, however, said …": the person the role stands for
        index.add_event(s_start, holder, False)
    elif kin and role:
        index.add_event(s_start, UNNAMED, False)  # "The girl's mother told …": unnamed
        gender = kin_pronoun(role.group(1).split()[-1])
        if gender:
            index.unnamed_pronouns[s_start] = gender
    relative = None if unnamed or role else _KIN_NAMED.match(text, s_start)
    if relative:  # "His wife, Mira, runs the post office": her and his genders
        _note_relative(index, relative)
    owner = None if unnamed or role else _OWNER_OF_KIN.match(text, s_start)
    if owner and not is_org_name(owner.group(1)):
        # "Rosa Delgado’s husband of 41 years, Manuel, was among those killed. “…,” she
        # said": she is in focus too, beside the relative the sentence is about
        index.add_event(s_start, index.canonical(owner.group(1), s_start), False)
    pronoun = None if unnamed or role or relative else _PRONOUN_SUBJECT.match(text, s_start)
    if pronoun:  # "He slammed Kim …": he goes on being the one in focus, not Kim
        said = (pronoun.group(1) or pronoun.group(2)).lower()
        referent = index.focus(s_start, pronoun=said)
        if referent and pronoun.group(1) and not _acted_lately(index, referent, s_start):
            referent = None  # "But he added …" long after anyone he may be was a subject
        if referent:
            index.add_event(s_start, referent, False)
            if said in ("he", "she"):
                # "Hamish Dale was angry. He …": the article calls the name a person (maybe
                # wrongly: "He faces charges" after the police chief spoke, so no gender)
                index.called_by_pronoun.add(referent)
    # A role nobody holds yet ("The president, Ana Ruiz, left") leaves the subject to the
    # name that follows it.
    return bool(named or unnamed or holder or kin or pronoun)


def _acted_lately(index: PersonIndex, name: str, pos: int, reach: int = 1000) -> bool:
    at = bisect.bisect_left(index.events, (pos - reach, "", False))
    return any(n == name for _, n, _ in itertools.islice(index.events, at, None))


def _named_holder(index: PersonIndex, apposed: re.Match[str] | None) -> str | None:
    """The fullest name of the person an appositive match names, if it names one."""
    name = clean_name(apposed.group(1)) if apposed else ""
    aged = apposed is not None and re.match(r"\s*\d{1,3},", index.text[apposed.end() :]) is not None
    if " " not in name and not given_name(name) and not aged:
        return None  # "a machinist from Harwick, Ohio,": a place; "Another passenger, Conor, 29,"
    return index.canonical(name, apposed.start(1)) if apposed else None


_REACTION_FROM = re.compile(
    r"\b(?:criticism|praise|response|reaction|rebuke|warning|condemnation|pushback|"
    r"support|backlash|objections?)\s+from\s+(?:[A-Z][\w.]*\s+){0,3}$"
)
_SOURCE = re.compile(r"\baccording\s+to\s+(?:[A-Z][a-z]{0,3}\.?\s+)?$")
# "He slammed Kim", "Then he turned to face Kim": the pronoun is the sentence's subject.
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|Later|Then|Now|Finally|Instead),?\s+([Hh]e|[Ss]he)|(He|She))\b"
)
_PRONOUN_CLAUSE = re.compile(r"(?:^|[,;]\s*|\s(?:and|but)\s+)(?:[Hh]e|[Ss]he)\s+[a-z]{3,}")
_STAFF_NEXT = re.compile(
    r"\s+(?:administration|officials|aides|allies|advisers|advisors|staff|staffers|supporters|"
    r"campaign|loyalists|voters|lawyers|attorneys|spokesman|spokeswoman|spokesperson)\b"
)
_LIST_TAIL = re.compile(r"(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*,?\s+(?:and|or)\s+[A-Z]")
# Words that open a phrase of time or place before the subject ("Back at her apartment,").
_OPENING_PREPOSITIONS = (
    "In|At|During|After|Before|With|Under|Despite|Amid|On|Back|Outside|Inside|Across|Over|"
    "From|Along|Around|Near|Behind|Within|Throughout"
)
_OPENING_PHRASE = re.compile(
    # ("Later, under questioning from Rep. Aisha Lowry, D-Mich., Banfield insisted")
    r"\s*(?:(?:Later|Earlier|Then|Meanwhile|Afterwards?|Separately|Finally),\s+(?=[a-z]))?"
    rf"(?i:{_OPENING_PREPOSITIONS}|Speaking|Writing|Responding|As|When|While|Although|Though|"
    r"Because|Since|Asked|Following)\b"
    r"(?:[^,.;“”\"]|\b(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|St|Lt|Gen|Col)\.){0,120},"
    r"(?:\s*[DRI]-[A-Z][a-z]+\.,)?"
)
_PREPOSITION_OPENER = re.compile(rf"\s*(?:{_OPENING_PREPOSITIONS})\s")
# Each list item is taken whole ("*+" never gives back): a run of capitals such as
# "NATO" could otherwise be split into items in exponentially many ways when the gap
# does not match (an all-capitals article took minutes).
_LIST_GAP = re.compile(r"(?:,?\s*(?:and\s+|or\s+)?[A-Z][\w'’.-]*+)*+,?\s*(?:and\s+|or\s+)?")


# "His wife, Mira, …", "Tom Kerr's daughter, Maria, …": a relative named in an appositive
# opening the sentence.
_KIN_NAMED = re.compile(
    r"\s*(His|Her|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*['’]s)\s+("
    + alternation(KIN_NOUNS)
    + r")\s*,\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,"
)
_HER_KIN = word_set("wife daughter mother sister widow")
_AGED_ROLE = re.compile(YEARS_OLD)
_OWNER_OF_KIN = re.compile(
    r"\s*((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*?)['’]s?\s+(?:late\s+|[\w-]+\s+)?(?:"
    + alternation(KIN_NOUNS - {"family", "parents"})
    + r")\b"
)


def _note_relative(index: PersonIndex, relative: re.Match[str]) -> None:
    """ "His"/"her" and the kin noun tell both genders. The relative is not made the
    subject: a biography's "His father, Rafael, fled …" leaves the focus where it was."""
    if relative.group(1) in ("His", "Her"):
        pronoun = "he" if relative.group(1) == "His" else "she"
        owner = index.focus(relative.start(), pronoun=pronoun)
        if owner:
            index.note_pronoun(owner, pronoun)
        if owner and " " not in relative.group(3) and relative.group(2) in _FAMILY_NAMED:
            _name_in_family(index, relative.group(3), owner)
    name = index.canonical(relative.group(3), relative.start(3))
    index.note_pronoun(name, "she" if relative.group(2) in _HER_KIN else "he")


_FAMILY_NAMED = word_set("wife husband son daughter")


def _name_in_family(index: PersonIndex, given: str, owner: str) -> None:
    """ "His wife, Linda," beside Robert Kessler: Linda Kessler, so that a later "Mrs
    Kessler said" can be her."""
    words = owner.split()
    if len(words) < 2 or not given_name(given) or is_org_name(owner):
        return
    surname = words[-1]
    full = f"{given} {surname}"
    names = index.full_names.setdefault(speaker_key(surname), [])
    if full not in names and not any(n.split()[0] == given for n in names):
        names.append(full)
        index.canon_memo.pop(surname, None)


# "A spokeswoman for the company": the kind of body an unnamed spokesperson speaks for.
_FOR_THE_KIND = re.compile(r"\s+for\s+the\s+[a-z]+\b")


def _spoken_for(index: PersonIndex, text: str, unnamed: re.Match[str], s_start: int) -> str | None:
    """ "A company spokeswoman defended the decision. “…,” she said": the body in focus
    that the unnamed spokesperson's words name by its kind ("company", "council")."""
    if not unnamed.group().lower().endswith(("spokesman", "spokeswoman", "spokesperson")):
        return None
    from desktop.core.subject_names import resolve_subject  # (which reads this module)

    kind = _FOR_THE_KIND.match(text, unnamed.end())
    phrase = unnamed.group() + (kind.group() if kind else "")
    found = resolve_subject(phrase, s_start, index)
    return found if found and (is_org_name(found) or index.unpersoned(found)) else None


def _body_in(index: PersonIndex, i: int, end: int) -> str | None:
    """The body an unnamed spokesperson or official speaks for, named in their phrase."""
    while i < len(index.mentions) and index.mentions[i].start < end:
        if index.mentions[i].is_org:
            return index.expand(index.mentions[i].name)
        i += 1
    return None


def _speaks(text: str, s_start: int, m: Mention) -> bool:
    """ "Lee said", or "according to Lee": the mention is the source of the sentence."""
    says = _SAYS.match(text, m.end)
    if (
        says is not None
        and not m.is_org
        and _PLACED_IN.search(text, max(s_start, m.start - 12), m.start)
        and UNNAMED_SUBJECT.match(text, s_start)
    ):
        return False  # "A woman who had driven in from Corbin Mills told": the woman speaks
    if says is not None:
        # "Kai Lund, chief of Vesper Robotics, said": the body closes Lund's appositive;
        # "Lisa Cheung, who chairs Save Our Exchange, told": so does a relative clause
        appositive = is_governed(text, s_start, m) or in_relative_clause(text, s_start, m)
        return not (_COMMA_SAID.match(says.group()) and appositive)
    if (
        not m.is_org
        and text[m.end : m.end + 1] in ",.;("
        and _SAID_BEFORE.search(text, max(s_start, m.start - 60), m.start)
    ):
        return True  # "…, said Andrew Light, a fellow": not "said Iran is a threat"
    before = max(s_start, m.start - 20)
    if _REACTION_FROM.search(text, max(s_start, m.start - 40), m.start):
        return True  # "The plan drew criticism from Lee": Lee is the one who spoke
    return (
        "ccording" in text[before : m.start] and _SOURCE.search(text, before, m.start) is not None
    )


_PLACED_IN = re.compile(r"\b(?:from|in|near|outside)\s+$")
_NAME_WORDS = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
# A byline line: "By Ann Lee in Kellby", "Ann Lee, Health Correspondent", "Ann Lee | Reporter"
_BYLINE = re.compile(
    rf"\s*(?:(?:By|Words:?|Text:?|Words\s+by)\s+{_NAME_WORDS}(?:\s+(?:and|&)\s+{_NAME_WORDS})?"
    r"(?:\s+in\s+[A-Z][\w'’-]+)?"
    # "Parlour Sound · Features · Interview · 12 March 2026": a page's dateline, no sentence
    r"|[^\n.!?]{1,60}(?:\s[·|•]\s[^\n.!?·|•]{1,40}){2,}"
    rf"|{_NAME_WORDS}\s*[,|–—]\s*(?:[A-Z][\w&'’-]*\s+){{0,4}}"
    r"(?:Correspondent|Editor|Reporter|Writer|Staff|Chief|Contributor|Columnist))\s*(?:\n|$)"
)
_BY = re.compile(r"\s*By\s+")
_CAPS = r"(?:[A-Z][\w'’-]*\s+)"
_BYLINE_NAME_GAP = re.compile(r"\s+(?:and|&)\s+|,?\s+(?:at|in)(?:\s+the)?\s+")  # another name
_BYLINE_END_GAP = re.compile(rf",?\s+(?:(?:at|in)(?:\s+the)?\s+{_CAPS}{{1,3}}|{_CAPS}{{0,3}})")


def _glued_byline_end(index: PersonIndex, s_start: int, s_end: int, i: int) -> int:
    """Where a byline run into the sentence ends: the start of the first name after the
    reporter's ("and" a second reporter, "at"/"in" a place, are the byline's too); -1 if
    the sentence opens with no byline."""
    by = _BY.match(index.text, s_start, s_end)
    mentions = index.mentions
    if by is None or i >= len(mentions) or mentions[i].start != by.end() or mentions[i].is_org:
        return -1
    previous = mentions[i].end
    for m in mentions[i + 1 :]:
        if m.start >= s_end:
            break
        if _BYLINE_NAME_GAP.fullmatch(index.text, previous, m.start):
            previous = m.end
            continue
        return m.start if _BYLINE_END_GAP.fullmatch(index.text, previous, m.start) else -1
    return -1


_PROMO = re.compile(
    r"(?i)\bnewsletter\b.{0,200}\b(?:sign\s+up|subscribe)\b|\b(?:sign\s+up|subscribe)\b.{0,200}\bnewsletter\b"
)
# "a Notice to Appear, or NTA", "an Open Data Request (ODR)": an acronym for a thing.
_TERM_ACRONYM = re.compile(
    r"\b(?:a|an)\s+(?:[A-Z][\w-]*\s+(?:(?:to|of|for|on|and)\s+)?){0,4}[A-Z][\w-]*"
    r"(?:\s*,\s+or\s+|\s*\()([A-Z]{2,6})\b"
)


def _listed_after(text: str, governed_end: int, start: int) -> bool:
    """True for a later item of a list that a preposition governs."""
    if governed_end < 0:
        return False
    return _LIST_GAP.fullmatch(text, governed_end, start) is not None


def _is_subject(index: PersonIndex, m: Mention, mentions: list[Mention], i: int) -> bool:
    if m.possessive and _OWN_WORDS.match(index.text, m.end):
        return _is_salient(index, m)  # "Marsk's most-quoted line came …": hers, she goes on
    if m.possessive or (not m.is_org and _STAFF_NEXT.match(index.text, m.end)):
        return False  # "Lee's plan", "Lee officials": the name only modifies the subject
    if i + 1 < len(mentions):
        # "White House press secretary Karine Jean-Pierre": the role's holder is the subject
        between = index.text[m.end : mentions[i + 1].start].split()
        if between and len(between) <= 3 and all(w.lower() in TITLE_WORDS for w in between):
            return False
    return _is_salient(index, m)


# A person's own words as the sentence's subject: "Marsk's most-quoted line", "Lee's reply".
_OWN_WORDS = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:line|lines|remark|remarks|words|comment|comments|quip|"
    r"retort|reply|response|answer|message|warning|plea|pledge|vow|speech|testimony|letter|"
    r"essay|post|statement)\b"
)
# What follows a sentence's subject: a verb, maybe after an appositive ("Berg, her rival,").
_CLAUSE_OPENING = re.compile(r"[\s“\"‘']*(?:(?:But|And|Yet|Still|Then)\s+)?")
_SUBJECT_NEXT = re.compile(
    r"(?:\s*,\s+(?:[\w'’-]+\s+){0,9}[\w'’-]+\s*,|\s*([—–])\s*(?:[\w'’-]+\s+){0,11}[\w'’-]+\s*\1)?"
    r"\s+([a-z]{2,})\b"
)  # "Berg, her rival, has", "Tommy — he posts under that name alone — stopped"
# Verbs a subject may open with that end in neither -ed nor -s ("Olsen shook his head").
_PLAIN_VERBS = word_set(
    """
    is was are were has had have will would can could did does do may might must should
    shook sat went came spoke took gave made left met told said wrote ran won lost got held
    kept began saw knew thought felt found brought stood sent paid put set led read heard
    fled spent sought fought threw drove rose fell broke chose stole wore hung struck
    """
)


def _verb_like(word: str) -> bool:
    """A word that can follow a subject as its verb: "arrived", "says", "shook", "has"."""
    return word in _PLAIN_VERBS or (len(word) > 3 and word.endswith(("ed", "s")))


def _opens(index: PersonIndex, s_start: int, m: Mention) -> bool:
    """A lone surname opening its sentence as the subject ("Olsen arrived late", "Berg, her
    rival, has not decided"): that person is in focus though the article has no full name."""
    opening = _CLAUSE_OPENING.match(index.text, s_start, m.start)
    role = index.text[opening.end() if opening else s_start : m.start].lower().split()
    if m.is_org or len(role) > 3 or not set(role) <= _ROLE_WORDS:  # "Union leader Olsen"
        return False
    verb = _SUBJECT_NEXT.match(index.text, m.end)
    if not _bare_speaker(index, m) or not verb or not _verb_like(verb.group(2)):
        return False  # "Medicaid expansion helped": a modifier, not a subject
    uses = index.by_key.get(speaker_key(m.name), ())
    # An article that never names anyone in full calls everyone by surname alone.
    named = not index.full_names or any(_mid_sentence(index.text, start) for start, _ in uses)
    if not named and not _marked_person(index, m) and not given_name(m.name):
        return False  # "Straw purchases rose": capitalised only where a sentence starts
    index.lone_people.add(index.canonical(m.name, m.start))
    return True


_PERSON_NOUNS = (
    PERSON_TITLES
    | ROLE_NOUNS
    | word_set(
        "rival ally friend head founder resident native member partner colleague critic opponent "
        "neighbor neighbour wife husband son daughter mother father widow owner"
    )
)
# What marks a lone name as a person's: an age, "who", a relation or a role after it, or
# "his"/"her" right after its verb ("Olsen shook his head").
_PERSON_AFTER = re.compile(
    r"\s*,\s+(?:\d{1,3}\s*,|who(?:se)?\b|(?:her|his|their)\s+[a-z]|(?:the|a|an)\s+[^,.;]{0,60}?\bwho\b|"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:"
    + alternation(sorted(_PERSON_NOUNS))
    + r")\b)|\s+[a-z]{3,}\s+(?:his|her)\s"
)


_ROLE_WORDS = _PERSON_NOUNS | ORG_WORDS
# One person's verb: "Brun agreed", "Brun says" (not "Lawmakers say": a plural's form).
_ONES_VERBS = {
    verb
    for verb in REPORTING_VERBS - STANCE_VERBS
    if verb + "s" not in REPORTING_VERBS and verb + "es" not in REPORTING_VERBS
}
_SPEAKS_NEXT = re.compile(r"\s+(?:" + alternation(sorted(_ONES_VERBS)) + r")\b")


def _marked_person(index: PersonIndex, m: Mention) -> bool:
    """True when the text marks a lone name as a person's ("Mayor Berg", "Berg, 58,")."""
    if m.roles & PERSON_TITLES or _PERSON_AFTER.match(index.text, m.end):
        return True
    if _SPEAKS_NEXT.match(index.text, m.end):
        return True  # "Brun agreed.": only people agree, insist or say
    return bool(appositive_roles(index.text, m) & PERSON_TITLES)  # "union chief Berg"


def _note_person(index: PersonIndex, m: Mention) -> None:
    if " " not in m.name and not m.possessive and _marked_person(index, m):
        index.lone_people.add(index.canonical(m.name, m.start))


def _mid_sentence(text: str, start: int) -> bool:
    """True when the name at `start` is capitalised inside a sentence: a name, not any word.
    "the Uvalde shooter" or "in Uvalde" do not count: a modifier or a place."""
    before = text[max(0, start - 20) : start].rstrip(" “\"‘'\u00a0")
    if _NOT_A_PERSON_BEFORE.search(before):
        return False
    after = _NEXT_LOWER.match(text, start)
    if after and not _verb_like(after.group(1)) and after.group(1) not in _AFTER_A_NAME:
        return False  # ", Medicaid expansion": a modifier of the noun after it
    return before != "" and (before[-1].isalnum() or before[-1] in ",;(")


_AFTER_A_NAME = PREPOSITIONS | word_set("and or but who whose which that also then")
_NEXT_LOWER = re.compile(r"[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)*\s+([a-z]+)\b")
_NOT_A_PERSON_BEFORE = re.compile(r"\b(?:the|a|an|in|at|near|from|of|across|to)$", re.I)


def _bare_speaker(index: PersonIndex, m: Mention) -> bool:
    """A lone surname that speaks ("Granholm said") when the article never gives a full name."""
    lone = " " not in m.name and not m.possessive and not adverb_like(m.name)
    return lone and not index.is_word(m.name)


_WORKS = (
    r"(?:album|record|book|novel|film|movie|single|song|EP|show|series|play|game|documentary|"
    r"memoir|podcast)"
)
_A_WORK_AFTER = re.compile(
    rf",\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_WORKS}\s+(?:from|by)\b"
)
# "Her memoir, Borrowed Spotlight, is published on Thursday", "a final album, Low Water,
# followed": the work's title in apposition
_A_WORK_BEFORE = re.compile(
    rf"\b(?i:the|an?|his|her|their|its|my|our)\s+(?:[\w-]+\s+){{0,2}}?{_WORKS},\s+$"
)
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")


def _is_salient(index: PersonIndex, m: Mention) -> bool:
    if m.is_org:
        return True
    name = index.canonical(m.name, m.start)
    titled = bool(m.roles & PERSON_TITLES)
    if titled or len(name_tokens(name)) > 1 or speaker_key(name) in index.full_names:
        return True
    if _AGE_AFTER.match(index.text, m.end):
        return True  # "Gerhard, 67, on his way to a wedding, took a longer view": a person
    if _full_by_first_name(index, name):
        return True  # "Asked about his job, Henrique shrugged" after "Henrique Valadas"
    # A surname the article keeps using alone ("Trump ... Trump's plan ... Trump said").
    uses = index.by_key.get(speaker_key(name), ())
    return len(uses) >= 3 and not index.is_word(m.name) and not adverb_like(name)


_GENDERED_HONORIFICS = word_set("mr mrs ms miss")  # "Mr Ferriday": the man of the family


def _gendered_honorific(m: Mention) -> str | None:
    """ "mr", "mrs", "ms" or "miss" when the mention carries one."""
    return next((r for r in sorted(m.roles) if r in _GENDERED_HONORIFICS), None)


def _add_subject(index: PersonIndex, m: Mention, s_end: int) -> None:
    honorific = _gendered_honorific(m)
    titled = honorific and " " not in m.name and index.by_honorific(m.name, honorific, strict=True)
    name = index.expand(m.name) if m.is_org else titled or index.canonical(m.name, m.start)
    if not m.is_org and " " not in name:
        name = _full_by_first_name(index, name) or name  # "Raf, asked …": Rafael Ostrowski
    generation = _GENERATION_BEFORE.search(index.text, max(0, m.start - 20), m.start)
    if generation and not m.is_org and " " not in m.name:
        # "the elder Henning didn’t hesitate": the grandfather, not the grandson just quoted
        name = of_generation(index, m.name, generation.group(1)) or name
    # "Corvane grew to 9,000 staff" after "Corvane Systems": the company, not a person
    is_org = m.is_org or (" " not in m.name and name != m.name and is_org_name(name))
    index.add_event(m.start, name, is_org)
    if honorific and not titled and len(index.full_names.get(speaker_key(m.name), [])) > 1:
        # "Mr Delahunt" of Conor and Niamh Delahunt, first names no list holds: the
        # honorific is no evidence for the one the surname fell to by position
        m = m._replace(roles=m.roles - _GENDERED_HONORIFICS)
    if not is_org:
        count_pronouns(index, name, m, s_end)


_GENERATION_BEFORE = re.compile(rf"\b[Tt]he\s+({GENERATION_WORDS})\s+$")
_SHORT_FORM = re.compile(r"[A-Z][a-z]{2,3}")  # "Raf", "Dez", "Mags": a first name cut short


def _full_by_first_name(index: PersonIndex, name: str) -> str | None:
    """ "Henrique" (a first name) or "Raf" (one cut short) for the one person the article
    names in full with it; never a body's first word ("Pelham" of Pelham Ridge Capital)."""
    if not given_name(name) and not _SHORT_FORM.fullmatch(name):
        return None
    full = index.by_first_name(name)
    return full if full and not is_org_name(full) else None


_SAYS = re.compile(
    r"(?:\s*\([^)]{0,30}\))?,?\s+(?:(?:also|then|later|\w+ly)\s+)?(?:"
    + alternation(SPEECH_VERBS | STANCE_VERBS)
    + r")\b"
)

_COMMA_SAID = re.compile(r"(?:\s*\([^)]{0,30}\))?,")
# "…, said Andrew Light, a fellow": the name straight after the verb (titles between) speaks.
_SAID_BEFORE = re.compile(
    r"\b(?:" + alternation(SPEECH_VERBS - OBJECT_SPEECH_VERBS) + r")\s+(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
