"""Cue subjects: the phrase before a reporting verb, or the name after it, that names a speaker."""

from __future__ import annotations

import re

from desktop.core.article_places import is_demonym
from desktop.core.mentions import NAME_RUN
from desktop.core.name_bounds import PARTY_TAG_AFTER, clean_name, is_party_tag
from desktop.core.people import PERSON_TITLES, ROLE_NOUNS
from desktop.core.referents import COUNTERPART
from desktop.core.speakers import GROUP_NOUNS, NAME_PARTICLES, STOP_CAPS, TITLE_WORDS, is_org_name
from desktop.core.speech_words import (
    DOC_NOUNS,
    IN_TOWN,
    INDIVIDUAL_NOUNS,
    KIN_SUBJECT,
    MEMBER_NOUNS,
    PLACES,
    PREPOSITIONS,
    SPOKES_WORDS,
    TITLE_ABBREVIATIONS,
    UNNAMED_PERSON,
)
from desktop.core.subject_names import (
    AGENCIES,
    BOTH,
    CLOSE_TO,
    CROWD_AT,
    FOREIGN_PRONOUNS,
    NATIONAL_BODY,
    ON_PLATFORM,
    ONE_OF_THEM,
    OWNED_DOCUMENT,
    OWNED_NOUN,
    PRONOUN,
    SHARE_OF_PEOPLE,
    UNNAMED,
    UNNAMED_GROUP,
    last_name,
    owned_role,
    trailing_name,
)
from desktop.core.word_regex import alternation, word_set

_ADVERBS = word_set(
    """
    also later then previously once further again recently had has have would will quickly
    simply just repeatedly flatly has been had been later publicly privately separately
    bluntly angrily first initially pointedly
    """
)
# "Lowe reportedly said", "Kim angrily told": a manner adverb ("a close ally", "the
# family" and "the assembly" are nouns)
_LY_ADVERB = re.compile(
    r"(?!(?:family|ally|assembly|rally|supply|monopoly|anomaly|bully|folly|homily|jelly|belly)$)"
    r"[a-z]{2,}ly"
)
_OBTAINED = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:obtained|seen|reviewed|viewed)\s+by\b"
)
_DASHED = re.compile(r"\s[—–]\s[^—–]{1,160}?\s[—–]\s")  # "X — then under Y — declared"
_OWNER = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s?['’]s?\s+(\w+)")
_OWNER_END = re.compile(r"\b[A-Z][\w.\-]*\s?['’]s?\s+(\w+)$")  # "2019 Harris' tweet"
# "said the House speaker, Nancy Pelosi", "said the trust’s chair, Oona Feld", "said the
# chair of the Calloway Arts Trust, Oona Feld": a role, then the name of its holder
_ROLE_THEN_NAME = re.compile(
    r"(?:the|its|his|her|their|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?"
    # ("a déclaré le maire, Gérard Pellisson", "dijo el alcalde, Fernando Olmedilla")
    r"|le|la|el|il|lo|der|die|das|o|a)\s+"
    r"(?:[\w’'-]+\s+){0,3}[a-z][\w-]*"
    r"(?:\s+(?:of|for|at|de|du|del|della|des|der|do|da|dos)\s+(?:the\s+|la\s+|le\s+)?"
    r"(?:[A-Z][\w.-]*\s+(?:(?:de|do|da|dos|das|del|di)\s+)?){0,4}[A-Z][\w.-]*)?\s?,\s+"
    r"(?:(?:Dr|Prof|Rev|Mr|Mrs|Ms|Sen|Rep|Gov|Lt|Sgt|Capt|Det|Insp|Supt)\.[^\S\n]+){0,2}"  # "Dr."
    r"((?:(?:[A-Z]\.|[A-Z][\w'’\-]*)[^\S\n]+){0,3}[A-Z][\w'’\-]*)"  # not past a full stop
    # (not the subject of quoted words: "According to his family, Dan Lowe “died …”")
    r"(?![\w'’\-]|(?:[^\S\n]+[A-Z][\w'’\-]*)*[^\S\n]*[“\"])"
)
_OWNER_ROLE_NAME = re.compile(
    r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+(?:[a-z][\w-]*\s+){1,3}"
    r"((?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’\-]*)"
)
# "its founder Ana Pell", "their head coach Dan Lowe": a role with no comma, then its holder
_PRONOUN_ROLE_NAME = re.compile(
    r"(?:its|his|her|their)\s+(?:[a-z][\w-]*\s+){1,3}((?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’\-]*)"
)
_OWNED_FAMILY = re.compile(r"(?:his|her|their)\s+(?:[a-z-]+\s+)?family\b")
_PRONOUN_ROLE = re.compile(r"(?:its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
# A name that ends the cue after a comma: "…, Ana Pell." (the name only, nothing after it)
_NAME_ENDING = r"((?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’\-]*)(?=\s*[,.;]|\s*$)"
_UNNAMED_THEN_NAME = re.compile(
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:spokes\w+|aide|official|adviser|lawyer|attorney)"
    r"(?:\s+(?:for|of|to|at)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+)?,\s+" + _NAME_ENDING
)
_THEN_NAMED = re.compile(r",\s+" + _NAME_ENDING)
_HANDLE = re.compile(r"@\w{2,30}\b")  # an account's handle: "@birdsofcalder"
_THEN_HANDLE = re.compile(r",\s+(@\w{2,30})\b")  # "wrote one, @liftwithlottie"
_LEADING_SUBJECT = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'’.\-]*\s+){0,5}[A-Z][\w\-]*)\s+[a-z]")
# A body's name with "and" or "of" inside: "Food and Drug Administration".
_LEADING_BODY = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w'’.\-]*\s+(?:(?:and|of|for|&)\s+)?){1,5}[A-Z][\w\-]*)\s+[a-z]"
)
_GOES_ON = re.compile(r"\s+(?:goes|went|go|continues|continued)\s+on\s+to$")
_HONORIFICS = frozenset({"the", "mr", "mrs", "ms", "dr"})
ABBREVIATION_DOT = re.compile(
    r"\b(?:" + alternation(word.capitalize() for word in TITLE_ABBREVIATIONS) + r")( ?\.)"
)
_GROUP_WORDS = alternation(sorted(GROUP_NOUNS))
# A short title in quote marks inside a cue: 'editor of the Post's “The Fact Checker,” wrote'.
QUOTED_TITLE = re.compile(r"[“\"](?:[A-Z][\w'’-]*[\s,]*){1,5}[”\"]")
_ASIDES = word_set("though however meanwhile too also moreover instead still yet again indeed")
PARENTHESES = re.compile(r"\([^()]{0,40}\)")
# A participle phrase naming who went along, not who speaks: "joined by Lee", "led by Lee".
_ACCOMPANIED = re.compile(
    r"(?:(?:led|joined|flanked|accompanied|backed|headed|chaired|surrounded|followed)\s+by|"
    r"(?:along|together)\s+with|alongside)\s"
)
_DESCRIBED = re.compile(
    r"(?:best\s+|widely\s+|long\s+)?(?:known|founded|based|formed|created|established|"
    r"described|dubbed|famed|notorious)\s+(?:for|in|as|by|on|at)\s"
)
_WITH_TEAM = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+and\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:team|colleagues|co-?authors|collaborators|group)|colleagues|co-?authors|collaborators)"
)
# A clause or phrase about circumstances, ending before the verb: the subject comes after it.
_ADVERBIAL = re.compile(r"(?:despite|although|though|because|unless|until)\s")
# "said another witness in the probe, former adviser Fiona Hall": the witness has a name
_ANOTHER_THEN_NAME = re.compile(
    r"(?:another|one|a|an)\s+(?:[\w-]+\s+){0,5}?[a-z][\w-]*\s?,\s+"
    r"((?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w'’.\-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}"
    r"[A-Z][\w'’.\-]*\s+[A-Z][\w'’\-]*)(?=\s*[,.;]|\s*$)"
)
_AUTHORS_OF = re.compile(
    r"((?:[Tt]he\s+)?(?:[\w-]+\s+)?(?:authors|co-?authors|researchers|scientists))\s+"
    r"(?:of|behind)\s+(?:the|this|that|a|an|their)\s+[a-z]"
)
_APPOSITIVE = re.compile(r"(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)*\s+(?:of|for|at)\s")
_NAME_OF_PLACE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,5}of\s+(?:[A-Z][\w.'’-]*\s*){1,3}")


# A person, then the body they are of: "Harriet Munoz-Bell of the Center for Energy Transition".
_MEMBER_OF_BODY = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s+(?:of|at|from|with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.&-]*\s+(?:for\s+|of\s+|and\s+|on\s+)?){0,5}[A-Z][\w'’.&-]*"
)


def subject_before(before: str, offset: int) -> tuple[str | None, int]:
    """The subject phrase at the end of `before` (appositives and adverbs skipped)."""
    words = PARENTHESES.sub(lambda m: " " * len(m.group()), before)
    words = PARTY_TAG_AFTER.sub(lambda m: " " * len(m.group()), words)  # ", D-Ohio, and"
    words = QUOTED_TITLE.sub(lambda m: " " * len(m.group()), words)
    words = _DASHED.sub(lambda m: " " * len(m.group()), words).rstrip()
    words = _GOES_ON.sub("", words)  # "The report goes on to say": the report says
    while True:
        stripped = re.sub(r"(?:^|\s)(\w+)$", "", words)
        last = words[len(stripped) :].strip()
        if (last.lower() in _ADVERBS or _LY_ADVERB.fullmatch(last)) and stripped != words:
            words = stripped.rstrip()
        else:
            break
    words = words.rstrip(" ,")
    found = [(m.start(), m.group().strip()) for m in re.finditer(r"[^,]+", words)]
    segments = [
        part
        for k, part in enumerate(found)
        if not (k and _place_after_city(found[k - 1][1], part[1]))
    ][-4:]
    segments = [
        (start + words[start:].find(seg), seg)
        for start, seg in segments
        if seg
        and not is_party_tag(seg)  # "Chuck Schumer, D-N.Y., said"
        and seg.lower() not in _ASIDES  # "The Courier report, though, concedes"
        and not _ADVERBIAL.match(seg)  # "Lee, though tired, said"; "despite …, said Hill"
        and not _ACCOMPANIED.match(seg)  # "the court, led by Justice Ann Lee, said"
        and not _DESCRIBED.match(seg)  # "the group, known for its boats, said"
    ]
    if len(segments) > 1 and re.fullmatch(r"\d{1,3}", segments[-1][1]):
        segments.pop()  # an age: "the nurse, 34, said", as "Pell, 54, said"
    if not segments:
        return None, -1
    last_start, last_seg = segments[-1]
    if last_seg.lower() in ONE_OF_THEM:
        return last_seg, offset + last_start  # "“…,” one said": one of those unnamed
    if len(segments) > 1 and _AFFILIATION.match(last_seg) and _pure_name(segments[-2][1]):
        # "Owen Pryce, of Wexham Police, said": the person, not the body he is from
        return segments[-2][1], offset + segments[-2][0]
    lead = _SUBORDINATOR.match(last_seg)
    if lead:  # "When a company says": a company, unnamed; "When" is no name
        last_start, last_seg = last_start + lead.end(), last_seg[lead.end() :]
    calls = _CALLS_ITSELF.fullmatch(last_seg)
    if calls:  # "The organisers, who call themselves the Tashqala Residents' Council, said"
        return calls.group(1), offset + last_start + calls.start(1)
    if _AND_THEN.fullmatch(last_seg) and len(segments) > 1:
        # "Brandt turned to Achterberg, who sat between …, Joel Maas, and asked:": the
        # subject of the sentence's first verb, not the last name listed before "and"
        lead = _CLAUSE_SUBJECT.match(words)
        if lead and _pure_name(lead.group(1)):
            return lead.group(1), offset + lead.start(1)
    if (
        _VERB_AND.fullmatch(last_seg)
        and len(segments) > 2
        and _pure_name(segments[0][1])
        and all(re.match(r"(?:an?|the|one)\s", seg) for _, seg in segments[1:-1])
    ):
        # "Carol Baptiste, a retired nurse from nearby Ashby Mills, stood and read": the
        # name the appositives describe, not the place in the last of them
        return segments[0][1], offset + segments[0][0]
    when = _TIME_LEAD.match(last_seg) or _OPENER_LEAD.match(last_seg)
    if when:  # "On Tuesday evening the service said": the service
        last_start, last_seg = last_start + when.end(), last_seg[when.end() :]
    if CROWD_AT.fullmatch(last_seg):  # "Workers at the Westfield Steel plant said": nobody
        return last_seg, offset + last_start
    authors = _AUTHORS_OF.match(last_seg)
    if authors:  # "The authors of the paper in the journal X": nobody named
        return authors.group(1), offset + last_start
    team = _WITH_TEAM.fullmatch(last_seg)
    if team:  # "Holm and his team wrote": the team's named lead speaks for it
        return team.group(1), offset + last_start
    if UNNAMED_GROUP.match(last_seg) or SHARE_OF_PEOPLE.fullmatch(last_seg):
        return last_seg, offset + last_start  # "officials said": said, but by nobody named
    if (
        len(segments) > 1
        and not _OPENER.match(segments[-2][1])  # ("In Valdor, the Marovian foreign ministry")
        and _office_of_named(segments[-2][1], last_seg)
    ):
        return segments[-2][1], offset + segments[-2][0]  # "Rob Vale, President Kestrel Inc."
    agency = re.sub(r"^[Tt]he\s+", "", last_seg) in AGENCIES
    pair = _AND_COUNTERPART.search(segments[-2][1]) if len(segments) > 1 else None
    if pair and _pure_name(last_seg):
        # "Mr Baranek and his Pellarian counterpart, Ivo Rusk, said": both of them
        return f"{pair.group(1)} and {last_seg}", offset + segments[-2][0] + pair.start(1)
    if _pure_name(last_seg) or _is_pronoun_phrase(last_seg) or agency:
        return last_seg, offset + last_start
    body = re.fullmatch(r"[Tt]he\s+((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*)", last_seg)
    if body and is_org_name(body.group(1)):  # "In Lee v. Kim (1959), the Supreme Court held"
        return body.group(1), offset + last_start
    which = _WHICH_NAME.fullmatch(last_seg)
    if which and _pure_name(which.group(1)):  # "privacy, which Apple describes as “…”"
        return which.group(1), offset + last_start + which.start(1)
    setting = _IN_WHICH.search(last_seg)
    if setting:  # "a news conference in which the president called the threats “…”"
        return setting.group(1), offset + last_start + setting.start(1)
    relative = re.match(r"(?:who|which|whose|whom)\b", last_seg) is not None
    titled = _ROLE_WORDS_NAME.fullmatch(last_seg)
    if titled and titled.group(1).lower() in ROLE_NOUNS | PERSON_TITLES:
        # "sent shortly before 8 a.m. Pacific, co-founder and chief executive Ann Lee said"
        return titled.group(2), offset + last_start + titled.start(2)
    for k in range(len(segments) - 2, -1, -1):
        start, seg = segments[k]
        if _APPOSITIVE.match(seg) and not relative:
            continue  # "Ann Lee, the head of the Port Union, a trade group, said": Lee
        if relative and _APPOSITIVE.match(seg) and k and _pure_name(segments[k - 1][1]):
            continue  # "Ann Lee, the cabinet member for transport, who proposed it, said"
        if _OPENER.match(seg) and _resolvable(last_seg):
            continue  # "On Lake Radio's The Morning, host Ann Lee asked": not the show
        member = _MEMBER_OF_BODY.fullmatch(seg) if re.match(r"(?:an?|the)\s", last_seg) else None
        if member and _pure_name(member.group(1)):
            # "Harriet Munoz-Bell of the Center for Energy Transition, a progressive think
            # tank, called": the person, whom the body's description follows
            return member.group(1), offset + start
        name = trailing_name(seg)
        if name and _OBJECT_BEFORE.search(seg, 0, seg.rfind(name)) and _resolvable(last_seg):
            break  # "In an email to developer Gideon Marlow, the 61-year-old promised"
        if name:
            return name, offset + start + seg.rfind(name)
        if _NAME_OF_PLACE.fullmatch(seg):  # "Rep. Ann Lee of Maryland, the ranking member,"
            name = clean_name(seg)
            if name and name in seg:
                return name, offset + start + seg.find(name)
        the_or_unnamed = re.match(r"(?i)the\s", seg) or UNNAMED.match(seg)
        if relative and the_or_unnamed and len(seg.split()) <= 6:
            return seg, offset + start  # "one user on Vox, which is a forum, posted": unnamed
    if KIN_SUBJECT.fullmatch(last_seg):
        return last_seg, offset + last_start  # "his father told Lee": a relative, unnamed
    if _resolvable(last_seg) or NATIONAL_BODY.fullmatch(last_seg):
        return last_seg, offset + last_start  # "he", "the president", "Canada's ministry"
    if CLOSE_TO.fullmatch(last_seg) and len(last_seg.split()) <= 10:
        return last_seg, offset + last_start  # "a senior source close to the MP": unnamed
    longest = 8 if re.search(r"\bspokes(?:person|man|woman)\s+for\s", last_seg) else 6
    if UNNAMED.match(last_seg) and len(last_seg.split()) <= longest:
        # "a DOI spokesperson", "one insider", "a spokesperson for the county sheriff’s office"
        return last_seg, offset + last_start
    acted = _ACTED_AND.match(last_seg)
    if acted:  # "At two in the morning the president turned to me and said": who turned
        return acted.group(1), offset + last_start + acted.start(1)
    lead = _LEADING_SUBJECT.match(last_seg)
    if lead and last_seg.endswith((" and", " but")):  # "The Council welcomed it and urged"
        body = _LEADING_BODY.match(last_seg)
        if body and is_org_name(body.group(1)):  # "The Food and Drug Administration …"
            lead = body
        return lead.group(1), offset + last_start + lead.start(1)
    return None, -1


# A name's affiliation set off by commas: "of Wexham Police", "from the Halden Institute".
_AFFILIATION = re.compile(r"(?:of|from|at|with)\s+(?:the\s+)?[A-Z]")
_CALLS_ITSELF = re.compile(
    r"(?:who|which|that)\s+(?:calls?|called)\s+(?:themselves|itself)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’.&-]*\s+){0,5}[A-Z][\w'’&-]*)"
)
_AND_THEN = re.compile(r"(?:and|but)(?:\s+then)?")
_VERB_AND = re.compile(r"[a-z]+(?:\s+up)?\s+and(?:\s+then)?")  # "stood and", "got up and"
_SUBORDINATOR = re.compile(
    r"(?:When|If|As|Because|Since|While|Although|Though|Unless|Once|Until|Whenever)\s+(?=[a-z])"
)
# Lower-case role words, then a full name: "co-founder and chief executive Ann Lee".
_ROLE_WORDS_NAME = re.compile(
    r"(?:[a-z][\w-]*\s+){0,4}([a-z][\w-]*)\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)"
)
# A clause opening on a subject who did something first, then spoke: "the minister stood
# in this square and told us", "he pointed at a willow and said", maybe after a time or
# place ("In January", "At the end of it") that has no comma.
_ACTED_AND = re.compile(
    r"(?:(?:And|But|Then|So)\s+)?(?:(?:At|In|On|By|After|Before|During)\s+(?:[\w'’-]+\s+){0,4}?)?"
    r"((?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?[a-z]+|[Hh]e|[Ss]he|[Tt]hey"
    r"|(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’\-]*)"
    r"\s+(?:just\s+|then\s+|simply\s+)?(?:[a-z]{2,}ed|stood|came|went|got|sat|took|rose|"
    r"leant|bent|spun|shook|held|put|ran|drew|threw|stopped)\b[^,;]*\s(?:and|but)(?:\s+then)?$"
)
# A sentence opening on a name and its verb (not "Obama and the others pledged").
_CLAUSE_SUBJECT = re.compile(
    r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w'’.\-]*\s+){0,5}[A-Z][\w\-]*)\s+(?!and\b|or\b|of\b|who\b)[a-z]"
)
# "Mr Baranek and his Pellarian counterpart": a person, then a role a name in apposition fills
_AND_COUNTERPART = re.compile(
    r"(?:^|\s)((?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’\-]*)\s+and\s+(?:his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}[a-z][\w-]*$"
)
# A time before the subject, with no comma: "On Tuesday evening the service said",
# "Later the council said".
_TIME_LEAD = re.compile(
    r"(?:(?:On|By|Late\s+on|Early\s+on)\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|"
    r"night))?|Later|Earlier|Afterwards|Last\s+(?:week|month|year|night)|"
    r"(?:This|That)\s+(?:morning|afternoon|evening|week))\s+(?=(?:the|a|an|its|his|her|their)\s)"
)
# "In a statement released on Thursday morning the club said": an opening phrase with no
# comma after it, then the subject, "the" and a noun or two (not "the head of the club")
_OPENER_LEAD = re.compile(
    r"(?:In|On|At|During|After|Before|Later|Earlier)\s[^,]*?"
    r"(?<!\bof)(?<!\bto)(?<!\bfor)(?<!\bwith)(?<!\bfrom)(?<!\bby)(?<!\bat)\s+"
    r"(?=(?:the|its)\s+(?:[a-z-]+\s+)?(?!(?:and|or|but|then)$)[a-z-]+$)"
)
# A sentence's opening phrase of time or place: "On Lake Radio's The Morning,"
_OPENER = re.compile(r"(?:On|In|At|During|Before|After|Speaking\s+(?:on|to|at))\s")
# A name after a preposition (and a role) is an object: "In a letter to developer Ann Lee,"
_OBJECT_BEFORE = re.compile(r"\b(?:to|for|from|with|about|against)\s+(?:[a-z]+\s+){0,2}$")
_WHICH_NAME = re.compile(
    r"(?:which|that)\s+((?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})"
)
_IN_WHICH = re.compile(
    r"\b(?:in|during|at|on)\s+which\s+((?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*"
    r"|the\s+(?:[a-z-]+\s+){0,2}[a-z-]+|he|she|they)$"
)
_STATE_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,3}\.\s?){1,3}")  # "D.C.", "Calif.", "N.Y."


def _place_after_city(previous: str, segment: str) -> bool:
    """ "Hamburg, Germany", "Greenbelt, Maryland": the state or country after a city ends an
    appositive ("a fellow at the institute in Hamburg, Germany, said"), it names no speaker."""
    if not previous[-1:].isalpha() or not previous.split()[-1][:1].isupper():
        return False
    return segment.lower() in PLACES or _STATE_ABBREVIATION.fullmatch(segment) is not None


def _office_of_named(previous: str, segment: str) -> bool:
    """ "Rob Vale, President Kestrel North America, says": a title glued to a body with no
    "of" describes the person named before it; "Senator Ann Lee" names the speaker."""
    tokens = segment.split()
    titles = 0
    while titles < len(tokens) and tokens[titles].lower().rstrip(".") in TITLE_WORDS:
        titles += 1
    rest = tokens[titles:]
    if not titles or len(rest) < 2 or not _a_body(rest):
        return False
    named = previous.split()
    return (
        _pure_name(previous)
        and len(named) >= 2
        and not _a_body(named)
        and not any(word.lower().rstrip(".") in TITLE_WORDS for word in named)
    )


def _a_body(words: list[str]) -> bool:
    """ "Kestrel Systems", "Ascom North America": an organisation or a place's branch."""
    tail = " ".join(words[-2:]).lower()
    return is_org_name(" ".join(words)) or tail in PLACES or words[-1].lower() in PLACES


def _pure_name(segment: str) -> bool:
    """A segment made only of capitalised words: "Keith Kellogg", "Sen. Jon Tester"."""
    tokens = segment.split()
    if len(tokens) > 2 and tokens[0].lower() == "the" and tokens[1].endswith("."):
        tokens = tokens[1:]  # "the Rev. Dr. Martin Luther King Jr.": titles after "the"
    if not tokens or len(tokens) > 7:
        return False
    names = [t for t in tokens if t.lower() not in NAME_PARTICLES]
    return all(t[0].isupper() or t[0] in "-–" for t in names) and last_name(segment) is not None


def _is_pronoun_phrase(segment: str) -> bool:
    """ "he", "but she", "then they", "who it" ("Brandt, who it said"): not a who-clause
    ending in its object ("who backed it")."""
    tokens = segment.split()
    return (
        bool(tokens)
        and len(tokens) <= 3
        and bool(PRONOUN.match(tokens[-1]))
        and not (len(tokens) == 3 and tokens[0].lower() in ("who", "which", "whom", "whose"))
    )


def _resolvable(segment: str) -> bool:
    """A pronoun, a short role phrase ("the president") or a phrase ending in a name."""
    tokens = [t for t in segment.split() if t not in ("-", "–")]  # "64 - year - old"
    if _is_pronoun_phrase(segment):
        return True
    if re.match(r"(?i)the\s", segment) and len(tokens) <= 6:
        return True
    if BOTH.fullmatch(segment):  # "both women said", "they both said"
        return True
    if OWNED_DOCUMENT.fullmatch(segment) or owned_role(segment):
        return True  # "his statement began", "Brandt’s lawyer said"
    owner = _OWNER.match(segment) or _OWNER_END.search(segment)
    if owner and (owner.group(1).lower() in DOC_NOUNS or tokens[-1].lower() in DOC_NOUNS):
        return True  # "The CBO's evaluation of the plan"
    trailing = re.search(r"(?:[A-Z][\w'’.\-]*\s+)*[A-Z][\w'’\-]*$", segment)
    return trailing is not None and last_name(trailing.group()) is not None


def subject_after(text: str, pos: int) -> tuple[str | None, int]:
    """The name or role after a verb: 'said ACLU attorney Lee Gelernt', 'said the president'."""
    chunk_match = re.match(
        r"[^\S\n]+([^,;:!?()“”\"\n]{1,90}?)"  # on the verb's line: not into a byline
        r"(?=[,;:!?()“”\"\n]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])\.(?:\s|$)|$)",
        ABBREVIATION_DOT.sub(lambda m: m.group().replace(".", " "), text[pos : pos + 120]),
    )
    if not chunk_match:
        return None, -1
    chunk = chunk_match.group(1)
    base = pos + chunk_match.start(1)
    holder = _ROLE_THEN_NAME.match(text, base) or _OWNER_ROLE_NAME.match(text, base)
    if holder and re.search(r"['’]s?$", holder.group(1)):
        # "said the host, Estmark’s prime minister Halvard Brenne": the owner's role's holder
        holder = _OWNER_ROLE_NAME.match(text, holder.start(1))
    if holder:  # "said its president, Maya MacGuineas", "said Lee’s spokeswoman Ann Kim"
        return holder.group(1), holder.start(1)
    if chunk in FOREIGN_PRONOUNS:  # "„…“, sagte sie", "«…», dijo él" (not "said Ella")
        return chunk, base
    handle = _HANDLE.match(chunk)
    if handle:  # "“…,” wrote @birdsofcalder": the account that posted it
        return handle.group(), base
    if chunk.lower() in ONE_OF_THEM:  # "“…,” said one": one of those unnamed
        named = _THEN_NAMED.match(text, base + len(chunk)) or _THEN_HANDLE.match(
            text, base + len(chunk)
        )
        if named:  # "said one of them, Ana Pell": the one named
            return named.group(1), named.start(1)
        return chunk, base
    if BOTH.fullmatch(chunk):  # "“…,” said both": the two just named
        return chunk, base
    if CLOSE_TO.fullmatch(chunk):  # "said a source close to the MP": unnamed, not the MP
        return chunk, base
    if OWNED_NOUN.fullmatch(chunk):  # "said Brandt’s lawyer", "said Lee's wife": not him
        return chunk, base
    kin = _KIN_THEN_NAME.fullmatch(chunk)
    if kin:  # "said her son Tom", "said his daughter Rosa Pell": the relative named
        return chunk, base
    role_holder = _PRONOUN_ROLE_NAME.fullmatch(chunk)
    if role_holder:  # "said its founder Ana Pell": the one who holds the role
        return role_holder.group(1), base + role_holder.start(1)
    if _PRONOUN_ROLE.fullmatch(chunk) and chunk.split()[-1] in TITLE_WORDS | ROLE_NOUNS:
        return chunk, base  # "said their captain": whoever holds that role ("their website": no)
    named = _UNNAMED_THEN_NAME.match(text, base) or _ANOTHER_THEN_NAME.match(text, base)
    if named:  # "said a spokeswoman for Lee, Ann Kim.": the spokeswoman has a name
        return named.group(1), named.start(1)
    chunk = ON_PLATFORM.sub("", chunk)  # "wrote one fan on X": the fan, not X
    if UNNAMED.match(chunk) and re.fullmatch(r"[a-z\s-]+", chunk) and len(chunk.split()) <= 12:
        return chunk, base  # "said one official", "said another aide"
    described = _UNNAMED_WHO.match(chunk)
    gave = _GAVE_NAME.match(chunk, described.end(1)) if described else None
    if gave:  # "said a man who gave his name only as Tom": Tom
        return gave.group(1), base + gave.start(1)
    if described:  # "said a woman who was working at a stand near the entrance"
        return described.group(1), base
    member = _UNNAMED_MEMBER.match(chunk)
    if member:  # "said a Cresswell senior who declined to give his name": nobody named
        return member.group(), base
    the_member = _THE_MEMBER.match(chunk)
    if the_member:  # "said the Tarn resident, who …": the resident, not Tarn
        return the_member.group(), base
    if _UNNAMED_FROM_PLACE.match(chunk):
        return chunk, base  # "said a bond trader in Calder City": nobody named, not the city
    hometown = _UNNAMED_FROM_TOWN.fullmatch(chunk)
    if (
        hometown
        and not is_org_name(hometown.group(2))
        and not SPOKES_WORDS & set(hometown.group(1).lower().split())
    ):
        return chunk, base  # "said a 34-year-old teacher from Velmar": nobody named
    if _OBTAINED.match(chunk) or UNNAMED_PERSON.fullmatch(chunk):
        # "according to a memo obtained by the Courier", "said the Norlandic leadership
        # aide": the capitalised words only modify someone unnamed
        return chunk, base
    if not chunk.split():  # only spacing before the quote mark
        return None, -1
    family = _OWNED_FAMILY.match(chunk) or COUNTERPART.match(chunk)
    if family:  # "according to his family", "said her family in a statement": theirs;
        return family.group(), base  # "said her counterpart": the other of the two
    lead = chunk.split()[0].lower()
    if lead in STOP_CAPS - _HONORIFICS and not UNNAMED.match(chunk):
        return None, -1
    group = re.match(r"(?:[a-z][\w-]*\s+){0,2}?(?:" + _GROUP_WORDS + r")\b", chunk)
    if group:  # "chanted young activists in Chicago": unnamed people, not the city
        return group.group(), base
    demonym = re.fullmatch(r"[Tt]he\s+([A-Z][a-z]+)(?:\s+[a-z]+)?", chunk)
    if demonym and is_demonym(demonym.group(1), PLACES):
        return chunk, base  # "said the Scot", "said the Italian forward": someone from there
    runs = [
        m
        for m in NAME_RUN.finditer(chunk)
        if clean_name(m.group()) and clean_name(m.group()).lower() not in PLACES
    ]
    if len(runs) > 1 and _role_between(chunk[runs[0].end() : runs[1].start()]):
        runs = runs[1:]  # "said Nord Lines chief executive Ola Brenn": Brenn holds the role
    people = [m for m in runs if not is_org_name(clean_name(m.group()))]
    if people and people[0].start() < 60:
        return people[0].group(), base + people[0].start()
    if runs and runs[0].start() < 30:
        return runs[0].group(), base + runs[0].start()
    role = re.match(r"[Tt]he\s+(?:[\w-]+\s+){0,3}[\w-]+", chunk)
    if role:
        return role.group(), base
    return None, -1


# A relative, then the relative's name: "her son Tom", "his late wife's sister Rosa Pell".
_KIN_THEN_NAME = re.compile(KIN_SUBJECT.pattern + r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
# Someone unnamed placed by the town they are in: "a bond trader in Calder City" (not "an
# analyst at Vell Bank" or "a spokesman for the Kellby Council": a body there may speak).
_UNNAMED_FROM_PLACE = re.compile(
    r"(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){1,3}" + IN_TOWN + r"\s+[A-Z]"
)


# ... or by the town they come from: "a 34-year-old teacher from Velmar" (not "a
# spokesman from the Kellby Council", nor "an engineer from Lumeo Motors", a body).
_UNNAMED_FROM_TOWN = re.compile(
    r"(?:a|an|one|another)\s+((?:[\w-]+\s+){1,3})from\s+((?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*)"
)


# Someone unnamed, then a relative clause about them: "a woman who was working at a stand".
_UNNAMED_WHO = re.compile(r"((?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+who\b")
# ... unless the clause gives a name: "said a man who gave his name only as Tom".
_GAVE_NAME = re.compile(
    r"\s+who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


# Someone unnamed, known by the place or body they belong to: "a Cresswell senior", "a
# Lakeside resident", "an Orrin Motors worker" -- not the body, not a person named.
_UNNAMED_MEMBER = re.compile(
    r"(?:a|an|one|another)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z][\w-]*\s+)?"
    + alternation(sorted(MEMBER_NOUNS))
    + r"\b"
)
# ... and the one the article introduced, so called: "said the Tarn resident", "said the
# Silicon Valley billionaire" (the person, not Tarn or Silicon Valley).
_THE_MEMBER = re.compile(
    r"[Tt]he\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z][\w-]*\s+)?"
    + alternation(sorted(MEMBER_NOUNS | INDIVIDUAL_NOUNS))
    + r"\b"
)


def _role_between(words: str) -> bool:
    """ " chief executive ", " columnist ": lower-case role words between a body and a name."""
    parts = words.split()
    if not 0 < len(parts) <= 3 or any(not p.islower() or p in _NOT_ROLE for p in parts):
        return False
    return parts[-1] in TITLE_WORDS


_NOT_ROLE = PREPOSITIONS | {"the", "a", "an", "and", "or", "then", "former"}
