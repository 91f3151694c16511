"""Attribution: find the cue ("he said", "said Kellogg") of a quotation and resolve its speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.groups import document_author
from desktop.core.mentions import UPPER
from desktop.core.people import PersonIndex
from desktop.core.speakers import (
    GROUP_NOUNS,
    STOP_CAPS,
    clean_name,
    is_org_name,
    is_party_tag,
)
from desktop.core.word_regex import alternation


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FINITE = """
said says say told tells added adds noted notes wrote writes questioned questions claimed
claims admitted admits stated states explained explains argued argues asked asks insisted
insists continued continues declared declares announced announces acknowledged acknowledges
warned warns recalled recalls remarked remarks replied replies responded responds tweeted
tweets posted posts observed observes concluded concludes reads suggested suggests contended
contends complained complains charged charges countered counters emphasized emphasizes
emphasised stressed stresses conceded concedes confirmed confirms testified testifies urged
urges predicted predicts promised promises vowed vows boasted boasts joked jokes quipped quips
lamented laments cautioned cautions alleged alleges maintained maintains reiterated reiterates
revealed reveals answered answers shouted yelled chanted screamed exclaimed agreed agrees
disagreed demanded demands called calls described describes wondered wonders mused opined
objected protested
pleaded texted emailed commented comments elaborated clarified recounted recounts retorted
offered thundered sighed scoffed snapped fumed declared denied denies blasted slammed praised
criticized criticised accused accuses mocked dismissed pledged stresses assured assures told
writes read wrote added predicted cited cites reported reports quoted clarifies describes
explained pressed
""".split()  # noqa: SIM905 - a word list reads best as text
# Common reporting verbs of other languages (German, French, Spanish, Ukrainian, Russian).
_FOREIGN = """
sagte sagt erklärte betonte schrieb fügte dijo afirmó declaró aseguró señaló explicó añadió
déclaré affirmé ajouté expliqué сказал сказала заявил заявила отметил отметила добавил
добавила сказав сказала заявив зазначив додав написал написала
""".split()  # noqa: SIM905 - a word list reads best as text
_PARTICIPLE = """
adding noting saying telling writing arguing insisting warning calling describing explaining
claiming asking stating declaring suggesting stressing emphasizing emphasising acknowledging
admitting citing questioning observing concluding continuing urging promising vowing pointing
""".split()  # noqa: SIM905 - a word list reads best as text
_VERBS = sorted(set(_FINITE) | set(_PARTICIPLE) | set(_FOREIGN), key=len, reverse=True)
_VERB = re.compile(
    r"\b(?:a\s+(?:déclaré|affirmé|ajouté|expliqué|dit)|"
    + alternation(_VERBS)
    + r")\b|\baccording to\b|\bpointed out\b|\bwent on\b|\b(?:found|held|ruled) that\b"
)
REPORTING_VERB = _VERB  # used by quotes.py to tell a cue between two halves of a split quote
_UP = UPPER  # capitals of Latin and Cyrillic names
_PRONOUN = re.compile(r"^(?:he|she|it|they|we|i|you)$", re.I)
_ADVERBS = _words(
    """
    also later then previously once further again recently had has have would will quickly
    simply just repeatedly flatly has been had been later publicly privately separately
    bluntly angrily first initially pointedly
    """
)
_DOC_NOUNS = _words(
    """
    document statement report text letter memo complaint lawsuit filing ruling order
    decision declaration release post tweet message note indictment bill proposal plan
    policy rule study survey poll book article editorial op-ed agency company department
    spokesperson spokesman spokeswoman group organization organisation email website
    evaluation estimate assessment analysis guidance filing brief page website account
    office campaign team
    """
)
# Who speaks through a document or an office: "a statement from X", "X's office".
_VIA = re.compile(
    r"(?i)^(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|release|message|post)\s+"
    r"(?:from|by)\s+(.+?)(?:['’]s?(?:\s+(?:office|campaign|team))?)?$"
    r"|^(.+?)['’]s?\s+(?:office|campaign|team|spokesman|spokeswoman|spokesperson)$"
)
_OBTAINED = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:obtained|seen|reviewed|viewed)\s+by\b"
)
_AIDE = re.compile(
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:aide|official|source|staffer|adviser|advisor|"
    r"insider|spokes(?:man|woman|person))"
)
_AGENCIES = {"AP": "Associated Press", "AFP": "Agence France-Presse", "Reuters": "Reuters"}
_ADJECTIVE_BODIES = _words("federal national state international local general supreme white")
_SPOKES = _words(
    "spokesperson spokesman spokeswoman statement spokespeople representative official officials"
)
_UNNAMED = re.compile(r"(?i)^(?:a|an|one|another|some|several|two|three|many|other)\s")
# "critics", "Pentagon officials", "federal prosecutors": people left unnamed, maybe a body's.
UNNAMED_GROUP = re.compile(r"(?i)^(?:[\w.’'-]+\s+){0,3}?(?:" + alternation(GROUP_NOUNS) + r")$")
_PLURAL_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:two\s+|[A-Z]\w+\s+)?(senators|lawmakers|republicans|democrats|members)\b"
)
_RELATIVE = re.compile(r"\s*(?:[—–-]\s*)?(?:in|of|for|to|by)?\s*(?:which|whom|whose)\b")
_DASHED = re.compile(r"\s[—–]\s[^—–]{1,160}?\s[—–]\s")  # "X — then under Y — declared"
_OWNER = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s?['’]s?\s+(\w+)")
_PERSON_ROLES = _words(
    "republican democrat senator congressman congresswoman lawmaker politician billionaire "
    "businessman businesswoman entrepreneur actor actress singer star rapper veteran candidate"
)
# Role nouns only a person holds ("the Republican leader", "the Ohio senator").
_HOLDERS = _PERSON_ROLES | _words(
    "leader senator governor president congressman congresswoman lawmaker mayor representative"
)
_BODY_NOUNS = _words(
    "council committee department agency company court board ministry commission campaign "
    "organization organisation administration union network association foundation party "
    "district school university college institute bureau office"
)
_SUBORDINATE = re.compile(
    r"\s*(?:As for|As|After|Before|While|When|Asked|Despite|Although|Though|Since|Because|"
    r"If|Noting|Responding|Following|Amid)\b[^,;:“”\"]{0,200},"
)
_RELATIVE_WHO = re.compile(r",\s+who\b")
_WHO = re.compile(r"\bwho\s+(?:[a-z]+\s+)?$")
_BODIES = _words(
    "agency company department group organization organisation spokesperson spokesman spokeswoman"
)
_OWNER_END = re.compile(r"\b[A-Z][\w.\-]*\s?['’]s?\s+(\w+)$")  # "2019 Harris' tweet"
_STUDIES = _words("report study survey poll analysis book article review research")
_LISTENER = re.compile(r"\s+(?:(?:[A-Z][\w'’-]*\s?){1,3}(?<!\s)|reporters|journalists|lawmakers)")
_ROLE_THEN_NAME = re.compile(
    r"(?:the|its|his|her|their|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s?,\s+"
    r"((?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’\-]*)"
)
_LEADING_SUBJECT = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'’.\-]*\s+){0,5}[A-Z][\w\-]*)\s+[a-z]")
_HONORIFICS = frozenset({"the", "mr", "mrs", "ms", "dr"})
_INITIALS = re.compile(r"\b[A-Z]\.")  # "U.N.", "Christopher F. Rufo"
_ABBREVIATION_DOT = re.compile(
    r"\b(?:Rep|Sen|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|Capt|Adm|Maj|St|Jr|Sr)( ?\.)"
)
# ", R-Okla.," after a name: the state's abbreviation dot does not end the cue's sentence.
_PARTY_AFTER_NAME = re.compile(
    r",\s*[DRI]\s*-\s*[A-Z][A-Za-z]*(?:\s?\.\s?(?:[A-Z][a-z]?\s?\.\s?)*)?(?=\s*,)"
)
_WINDOW = 160
_PARENTHESES = re.compile(r"\([^()]{0,40}\)")
_PREPOSITIONS = _words(
    """
    in at on from for with by after before during under over since about across inside
    """
)
_PARTICLES = frozenset(["de", "da", "van", "von", "der", "bin", "al", "la", "le"])
# Plural nouns that double as reporting verbs: only verbs when no determiner precedes.
_NOUN_LIKE = _words(
    """
    questions claims states notes calls comments remarks posts tweets reads answers charges
    demands counters warns says
    """
)
_DETERMINER = re.compile(
    r"(?:\b(?:the|his|her|their|its|our|your|these|those|a|an|of|and|in|on|to|\w+ing)|['’]s?)\s*$",
    re.I,
)


@dataclass(frozen=True)
class Attribution:
    """Who said a quote and how the article says so."""

    speaker: str | None
    cue: str | None
    verb: str | None
    position: int  # where the cue's subject is, for salience tracking


def cue_after(
    text: str, pos: int, limit: int, index: PersonIndex, anchor: int
) -> Attribution | None:
    """A cue right after a closing mark: '," he said' or '," said Keith Kellogg'."""
    window = text[pos : min(limit, pos + _WINDOW)]
    lead = re.match(r"[\s,;:—–-]*", window)
    offset = lead.end() if lead else 0
    for verb in _VERB.finditer(window, offset):
        head = _PARENTHESES.sub(" ", window[offset : verb.start()])  # "Durbin ( D - Ill . )"
        head = _INITIALS.sub(" ", _ABBREVIATION_DOT.sub(" ", _PARTY_AFTER_NAME.sub(",", head)))
        if re.search(r"[.!?;“”\"]", head) or len(head) > 160 or _RELATIVE.match(head):
            return None  # "“…” — in which she claimed": a clause about the quote, not a cue
        result = _from_verb(text, pos + offset, pos + verb.start(), pos + verb.end(), index, anchor)
        if result is not None:
            return result
        if head.strip():
            return None
    return None


def cue_before(text: str, start: int, pos: int, index: PersonIndex) -> Attribution | None:
    """A cue in the sentence before an opening mark: 'Kellogg said: "' or 'he called it "'."""
    window_start = max(start, pos - 400)
    verbs = list(_VERB.finditer(text, window_start, pos))
    unnamed: Attribution | None = None  # "the report states", "a spokesman said"
    source: Attribution | None = None  # "X said ..., according to Y": Y only reports X
    for verb in reversed(verbs):
        if verb.group().lower() in _NOUN_LIKE and _DETERMINER.search(
            text, max(0, verb.start() - 12), verb.start()
        ):
            continue
        if verb.group().endswith("ing"):
            continue  # "…, saying": the subject is the main clause's, found below
        relative = _WHO.search(text, max(window_start, verb.start() - 24), verb.start())
        if relative and verb.end() > pos - 60:
            return _antecedent(text, window_start, relative.start(), verb, index)
        seg_start = _clause_start(text, window_start, verb.start())
        result = _from_verb(text, seg_start, verb.start(), verb.end(), index, verb.start())
        if unnamed is None and source is None:
            nested = _nested(text, window_start, verbs, verb, pos, index)
            if nested is not None:
                return nested
        if result is not None and result.speaker is not None:
            if verb.group() != "according to" or source is not None:
                return result
            source = result
            continue
        if result is not None and unnamed is None and verb.end() > pos - 40:
            unnamed = result
    if source is not None:
        return source
    participles = [v for v in verbs if v.group().endswith("ing")]
    if participles:
        opener = re.match(r"\s*(?:[A-Z]\w+,\s+)?(he|she|He|She)\b", text[start : start + 40])
        verb = participles[-1]
        who = _RELATIVE_WHO.search(text, start, verb.start())
        if who and not re.search(r"[,;:]", text[who.end() : verb.start()].rstrip(" ,")):
            # "the candidate, who softened his tone by claiming that …": the antecedent
            return _antecedent(text, start, who.start() + who.group().index("who"), verb, index)
        if opener:  # "He also alluded to ..., saying"
            subject = index.focus(start, pronoun=opener.group(1).lower())
        else:
            # "As for Kim's comments, Lee fired back, saying": the main clause's subject
            lead = _SUBORDINATE.match(text, start, verb.start())
            subject = index.first_subject(lead.end() if lead else start, verb.start())
        if subject is not None:  # "" for an unnamed subject ("Lee officials …, calling")
            return Attribution(subject or None, verb.group(), verb.group().lower(), verb.start())
    return unnamed


_THAT = re.compile(r"\s+(?:[\w’'-]+\s+){0,5}?that\s+")  # "said on Tuesday that "
_DIRECT = re.compile(
    r"\s*(?:(?:him|her|them|me|us|you|reporters|police|officers|the\s+crowd)\s*)?[,:—–-]?\s*"
)
# People who can speak though unnamed: "protesters chanted, “…”", "two men shouted, “…”".
_CROWD = re.compile(
    r"\s*(?:the\s+|some\s+|two\s+|three\s+|several\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:men|women|man|woman|people|protesters|demonstrators|attackers|crowd|voters|"
    r"supporters|students|residents|officers|someone|somebody|critics|fans|activists)\b"
)


def _nested(
    text: str,
    floor: int,
    verbs: list[re.Match[str]],
    inner: re.Match[str],
    pos: int,
    index: PersonIndex,
) -> Attribution | None:
    """Reported speech inside reported speech: "Lee said that Kim told him …".

    Words the inner verb introduces directly ("… and shouted, “…”") are the inner
    speaker's, named or not; words woven into the inner clause ("told him that people
    “…”") are the outer speaker's, who is the one talking.
    """
    outer = next((v for v in reversed(verbs) if v.end() <= inner.start()), None)
    if outer is None:
        return None
    word = outer.group().lower()
    if word.endswith("ing") or word == "according to" or word in _NOUN_LIKE:
        return None
    between = text[outer.end() : inner.start()]
    that = _THAT.match(between)
    if re.search(r"[.!?;:“”\"«»]", between) or not (that or re.match(r"\s+[A-Z]", between)):
        return None
    start = _clause_start(text, floor, outer.start())
    teller = _from_verb(text, start, outer.start(), outer.end(), index, outer.start())
    if teller is None or teller.speaker is None:
        return None
    # The inner clause starts after the outer verb ("said Kim told him").
    found = _from_verb(text, outer.end(), inner.start(), inner.end(), index, inner.start())
    if not _DIRECT.fullmatch(text, inner.end(), pos):
        if re.search(r"\bthat\b", text[inner.end() : pos]) or found is None:
            return teller  # "told him that people “…”": the teller's own telling
        return found if found.speaker else teller  # "said Kim called it “…”": Kim's word
    if found is not None and found.speaker is not None:
        return found
    if not _CROWD.match(between[that.end() :] if that else between):
        return None  # "said that the plan was dead and added:": the teller goes on
    cue = re.sub(r"\s+", " ", text[inner.start() : inner.end()])
    return Attribution(None, cue, inner.group().lower(), inner.start())


def _antecedent(
    text: str, floor: int, who: int, verb: re.Match[str], index: PersonIndex
) -> Attribution:
    """ "a columnist who called it “…”": the speaker is who "who" stands for, maybe nobody."""
    before = text[max(floor, who - 80) : who].rstrip(" ,")
    name = _trailing_name(before) if before[-1:].isalnum() else None
    if name is None:  # "a dinner for Lee, who": governed, but still the antecedent
        run = _TRAILING.search(before)
        name = _last_name(run.group()) if run else None
    if name is None:  # "the presidential candidate, who": the role's holder
        role = re.search(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}[\w-]+$", before)
        name = role.group() if role else None
    speaker = resolve_subject(name, who, index) if name else None
    cue = re.sub(r"\s+", " ", text[who : verb.end()]).strip()
    return Attribution(speaker, cue, verb.group().lower(), who)


def _clause_start(text: str, floor: int, verb_start: int) -> int:
    """Start of the subject segment before a verb: after the last quote or sentence mark."""
    cut = floor
    for match in re.finditer(r"[“”\"«»;:]|\bthat\b|\bwhile\b|\b[Aa]s\b", text[floor:verb_start]):
        at = floor + match.start()
        if match.group() == "that" and not _VERB.search(text, max(floor, at - 30), at):
            continue  # "an ally of the union that has clashed with Kim, said": a relative
        cut = floor + match.end()
    return cut


def _from_verb(
    text: str, seg_start: int, v_start: int, v_end: int, index: PersonIndex, anchor: int
) -> Attribution | None:
    """Resolve the subject before the verb (or the name right after it)."""
    verb = text[v_start:v_end].lower()
    before = text[seg_start:v_start]
    subject, subj_start = _subject_before(before, seg_start)
    if verb == "according to" or (subject is None and not before.strip(" ,")):
        subject, subj_start = _subject_after(text, v_end)
    elif subject is None and before.rstrip().endswith(","):
        subject, subj_start = _subject_after(text, v_end)  # "“…” of the plan, said Lee"
    elif verb in ("quoted", "reported", "cited"):
        # "quoted Lee as saying", "The Courier reported Lee saying": Lee speaks
        quoted = re.match(r"\s+(.{1,60}?)\s+(?:as\s+)?saying\b", text[v_end : v_end + 80])
        if quoted:
            subject, subj_start = quoted.group(1), v_end + quoted.start(1)
    if subject is None:
        return None
    speaker = resolve_subject(subject, anchor, index)
    cue_start = min(subj_start, v_start)
    cue_end = max(v_end, subj_start + len(subject))
    if verb in ("told", "tells") and cue_end == v_end:
        listener = _LISTENER.match(text, v_end)
        if listener:  # "Zelensky told Morgan", "he told reporters"
            cue_end = listener.end()
    cue = re.sub(r"\s+", " ", text[cue_start:cue_end]).strip(" ,")
    word = verb if verb == "according to" else verb.split()[-1 if verb.startswith("a ") else 0]
    return Attribution(speaker, cue, word, cue_start)


def _subject_before(before: str, offset: int) -> tuple[str | None, int]:
    """The subject phrase at the end of `before` (appositives and adverbs skipped)."""
    words = _PARENTHESES.sub(lambda m: " " * len(m.group()), before)
    words = _DASHED.sub(lambda m: " " * len(m.group()), words).rstrip()
    while True:
        stripped = re.sub(r"(?:^|\s)(\w+)$", "", words)
        last = words[len(stripped) :].strip()
        if last.lower() in _ADVERBS and stripped != words:
            words = stripped.rstrip()
        else:
            break
    words = words.rstrip(" ,")
    segments = [(m.start(), m.group().strip()) for m in re.finditer(r"[^,]+", words)][-4:]
    segments = [
        (start + words[start:].find(seg), seg)
        for start, seg in segments
        if seg and not is_party_tag(seg)  # "Chuck Schumer, D-N.Y., said"
    ]
    if not segments:
        return None, -1
    last_start, last_seg = segments[-1]
    if UNNAMED_GROUP.match(last_seg):
        return last_seg, offset + last_start  # "officials said": said, but by nobody named
    agency = re.sub(r"^[Tt]he\s+", "", last_seg) in _AGENCIES
    if _pure_name(last_seg) or _is_pronoun_phrase(last_seg) or agency:
        return last_seg, offset + last_start
    body = re.fullmatch(r"[Tt]he\s+((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*)", last_seg)
    if body and is_org_name(body.group(1)):  # "In Lee v. Kim (1959), the Supreme Court held"
        return body.group(1), offset + last_start
    relative = re.match(r"(?:who|which|whose|whom)\b", last_seg) is not None
    for start, seg in reversed(segments[:-1]):
        name = _trailing_name(seg)
        if name:
            return name, offset + start + seg.rfind(name)
        if _NAME_OF_PLACE.fullmatch(seg):  # "Rep. Ann Lee of Maryland, the ranking member,"
            name = clean_name(seg)
            if name and name in seg:
                return name, offset + start + seg.find(name)
        if relative and re.match(r"(?i)the\s", seg) and len(seg.split()) <= 6:
            return seg, offset + start
    if _resolvable(last_seg):
        return last_seg, offset + last_start
    if _UNNAMED.match(last_seg) and len(last_seg.split()) <= 6:
        return last_seg, offset + last_start  # "a DOI spokesperson", "one insider"
    lead = _LEADING_SUBJECT.match(last_seg)
    if lead and last_seg.endswith((" and", " but")):  # "The Council welcomed it and urged"
        return lead.group(1), offset + last_start + lead.start(1)
    return None, -1


def _pure_name(segment: str) -> bool:
    """A segment made only of capitalised words: "Keith Kellogg", "Sen. Jon Tester"."""
    tokens = segment.split()
    if not tokens or len(tokens) > 7:
        return False
    names = [t for t in tokens if t.lower() not in _PARTICLES]
    return all(t[0].isupper() or t[0] in "-–" for t in names) and _last_name(segment) is not None


def _is_pronoun_phrase(segment: str) -> bool:
    tokens = segment.split()
    return bool(tokens) and len(tokens) <= 3 and bool(_PRONOUN.match(tokens[-1]))


def _resolvable(segment: str) -> bool:
    """A pronoun, a short role phrase ("the president") or a phrase ending in a name."""
    tokens = segment.split()
    if _is_pronoun_phrase(segment):
        return True
    if re.match(r"(?i)the\s", segment) and len(tokens) <= 6:
        return True
    owner = _OWNER.match(segment) or _OWNER_END.search(segment)
    if owner and (owner.group(1).lower() in _DOC_NOUNS or tokens[-1].lower() in _DOC_NOUNS):
        return True  # "The CBO's evaluation of the plan"
    trailing = re.search(r"(?:[A-Z][\w'’.\-]*\s+)*[A-Z][\w'’\-]*$", segment)
    return trailing is not None and _last_name(trailing.group()) is not None


def _subject_after(text: str, pos: int) -> tuple[str | None, int]:
    """The name or role after a verb: 'said ACLU attorney Lee Gelernt', 'said the president'."""
    chunk_match = re.match(
        r"\s+([^,;:!?()“”\"]{1,90}?)"
        r"(?=[,;:!?()“”\"]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])\.(?:\s|$)|$)",
        _ABBREVIATION_DOT.sub(lambda m: m.group().replace(".", " "), text[pos : pos + 120]),
    )
    if not chunk_match:
        return None, -1
    chunk = chunk_match.group(1)
    base = pos + chunk_match.start(1)
    holder = _ROLE_THEN_NAME.match(text, base)
    if holder:  # "said its president, Maya MacGuineas"
        return holder.group(1), holder.start(1)
    if _UNNAMED.match(chunk) and re.fullmatch(r"[a-z\s-]+", chunk) and len(chunk.split()) <= 5:
        return chunk, base  # "said one official", "said another aide"
    if _OBTAINED.match(chunk) or _AIDE.fullmatch(chunk):
        # "according to a memo obtained by the Courier", "said the Norlandic leadership
        # aide": the capitalised words only modify someone unnamed
        return chunk, base
    lead = chunk.split()[0].lower()
    if lead in STOP_CAPS - _HONORIFICS and not _UNNAMED.match(chunk):
        return None, -1
    runs = [m for m in _NAME_RUN.finditer(chunk) if clean_name(m.group())]
    people = [m for m in runs if not is_org_name(clean_name(m.group()))]
    if people and people[0].start() < 60:
        return people[0].group(), base + people[0].start()
    if runs and runs[0].start() < 30:
        return runs[0].group(), base + runs[0].start()
    role = re.match(r"[Tt]he\s+(?:[\w-]+\s+){0,3}[\w-]+", chunk)
    if role:
        return role.group(), base
    return None, -1


_NAME_RUN = re.compile(
    rf"(?:[{_UP}][\w'’.\-]*(?:\s+-\s+|\s+(?:(?:de|van|von|bin|al|da|der|of|for|the|and)\s+)*))*"
    rf"[{_UP}][\w'’\-]*"
)


_NAME_OF_PLACE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,5}of\s+(?:[A-Z][\w.'’-]*\s*){1,3}")
_TRAILING = re.compile(rf"(?:[{_UP}][\w'’.\-]*\s+){{0,3}}[{_UP}][\w'’\-]*$")


def _trailing_name(segment: str) -> str | None:
    """The name a segment ends with ("... VENEZUELA Murad Awawdeh" -> "Murad Awawdeh")."""
    match = _TRAILING.search(segment.strip())
    if match is None:
        return None
    words = match.group().split()
    while len(words) > 1 and words[0].isupper() and not words[-1].isupper():
        words.pop(0)
    before = segment.strip()[: match.start()].split()
    while before and before[-1].lower() in ("the", "a", "an"):
        before.pop()  # "an official with the Petroleum Institute": governed all the same
    if before and before[-1].lower() in _PREPOSITIONS | {"of", "to"}:
        return None
    if words[0].lower() in _PREPOSITIONS:
        return None
    name = clean_name(" ".join(words))
    return name or None


def _last_name(segment: str) -> str | None:
    """The last capitalised name in a segment that is not a possessive modifier."""
    runs = _NAME_RUN.findall(segment)
    for run in reversed(runs):
        if re.search(r"['’]s?$", run):
            continue
        run = re.sub(r"^.*['’]s\s+(?=[A-Z])", "", run)  # "the Vatican’s Congregation for …"
        cleaned = clean_name(run)
        if cleaned:
            return cleaned
    return None


def resolve_subject(subject: str, pos: int, index: PersonIndex) -> str | None:
    """Turn a cue subject into the fullest name of the person (or organisation) it means."""
    if re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w-]*['’]s?", subject):
        subject = re.sub(r"['’]s?$", "", subject)  # "said the statement from Lee's office"
    tokens = subject.split()
    last = tokens[-1].lower() if tokens else ""
    if _PRONOUN.match(last) or (tokens and _PRONOUN.match(tokens[0]) and len(tokens) == 1):
        return _pronoun_referent(last, pos, index)
    if _UNNAMED.match(subject):
        return _unnamed_speaker(subject, pos, index)
    modifier = _last_name(subject) if _AIDE.fullmatch(subject) else None
    if modifier and not is_org_name(modifier):  # "the Norlandic leadership aide"
        return index.by_role(subject, pos) if subject[:1] in "tT" else None
    agency = _AGENCIES.get(re.sub(r"^[Tt]he\s+", "", subject))
    if agency:  # "the AP wrote": photo credits aside, a news agency can be a source
        return agency
    via = _VIA.match(subject)
    if via:  # "the statement from Lee's office", "the president's office"
        return resolve_subject(via.group(1) or via.group(2), pos, index)
    if UNNAMED_GROUP.match(subject):
        body = _last_name(subject)  # "Pentagon officials": the body they speak for
        named = body and is_org_name(body) and body.lower() not in _ADJECTIVE_BODIES
        return index.expand(body) if body and named else None
    if len(tokens) <= 3 and last in _BODY_NOUNS and tokens[0].lower() == "the":
        # "the council said", "the school district": the body named before
        body = index.body_named(last, pos) or index.body_named(tokens[-2].lower(), pos)
        if body:
            return body
    if re.match(
        r"(?i)the\s+(?:two|(?:two\s+)?(?:senators|lawmakers|republicans|democrats|members))$",
        subject,
    ):
        return index.group(pos, tokens[-1])  # "the senators wrote"
    if re.match(r"(?i)the\s+(?:[\w-]+\s+){0,4}[a-z][\w-]*$", subject):
        role = index.by_role(subject, pos)  # "the Ukrainian leader", "the president"
        if role:
            return role
        place = _last_name(subject)
        holder = re.sub(r"\s*-\s*", "-", subject).split()[-1].split("-")[0].lower()
        if holder in _HOLDERS and len(tokens) <= 5 and not (place and is_org_name(place)):
            # "the Connecticut senator responded": the person in focus, not the state
            return index.focus(pos) or index.introduced_after(pos, "")
    owner = re.search(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)\s?['’]s?\s+(\w+)", subject)
    owned = owner and (owner.group(2).lower() in _DOC_NOUNS or last in _DOC_NOUNS)
    if owner and owned and _last_name(subject) is None:
        subject = owner.group(1)  # "Harris' tweet reads"
    name = _last_name(subject)
    if name and not index.is_word(name):
        if is_org_name(name):
            return index.expand(name)
        return index.canonical(name, pos)
    if re.match(r"(?i)the\s", subject):
        role = index.by_role(subject, pos)
        if role:
            return role
        author = document_author(index, last, pos)
        if author is not None:
            return author or None  # "Treasury’s analysis … “…,” the report said"
        if last in _DOC_NOUNS and last not in _STUDIES:
            # "… wrote in the statement. … the statement added": its author, else the body
            author = None if last in _BODIES else index.author_of(last, pos)
            return author or index.focus(pos, org=True)
        if last in _PERSON_ROLES and len(tokens) <= 4:
            return index.focus(pos)  # "the Arkansas Republican added": the person in focus
    return None


def _pronoun_referent(pronoun: str, pos: int, index: PersonIndex) -> str | None:
    if pronoun in {"he", "she"}:
        found = index.focus(pos, pronoun=pronoun) or index.introduced_after(pos, pronoun)
        subject = index.focus(pos)
        if subject and not index.agrees(subject, pronoun) and found != subject:
            # "Rep. Ann Lee criticized Gov. Tom Brandt. “…,” he said": the other one named
            return index.named_agreeing(pos, pronoun, subject) or found
        return found
    if pronoun == "it":
        return index.focus(pos, org=True)
    if pronoun == "they":
        # "The senators also wrote ... “…,” they wrote": the plural noun they stand for
        noun = _PLURAL_SUBJECT.findall(index.text, max(0, pos - 400), pos)
        return index.group(pos, noun[-1] if noun else "")
    return None


def _unnamed_speaker(subject: str, pos: int, index: PersonIndex) -> str | None:
    """ "a DOI spokesperson": the body; "a spokesperson for Ann Lee": Lee; "an aide": nobody."""
    org = _last_name(subject)
    spokes = any(t.lower() in _SPOKES for t in subject.split())
    if re.search(r"\b(?:obtained|seen|reviewed|viewed)\s+by\b", subject):
        return None  # "a memo obtained by the Courier": the paper did not write it
    if org and (spokes or subject.endswith(org)) and is_org_name(org):
        body = index.expand(org)
        return _named_next(index, pos, body) or body
    if org and spokes and not index.is_word(org):
        return index.canonical(org, pos)
    if org and subject.endswith(org) and not index.is_word(org) and " " not in org:
        return index.canonical(org, pos)  # "a noticeably upbeat McConnell said"
    return None


def _named_next(index: PersonIndex, pos: int, body: str) -> str | None:
    """An opening "a top Port Board official said" names the official next: the first
    person the article names, when their introduction ties them to the same body."""
    person = index.introduced_after(pos, "", reach=400)
    if person is None:
        return None
    at = index.text.find(person, pos)
    near = index.text[at : at + 160] if at >= 0 else ""
    acronym = "".join(w[0] for w in body.split() if w[0].isupper())
    found = body in near or (len(acronym) > 1 and re.search(rf"\b{acronym}\b", near))
    return person if found else None
