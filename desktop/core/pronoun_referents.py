"""The person or body a cue's pronoun means: "he said", "it states", "they wrote"."""

from __future__ import annotations

import re
from collections import Counter

from desktop.core.body_referents import body_in_focus, unpersoned
from desktop.core.groups import READ_FOR, behalf_of, document_author
from desktop.core.name_bounds import clean_name
from desktop.core.people import PersonIndex
from desktop.core.referents import holder_named_after, introduced_after, named_agreeing
from desktop.core.roles import by_role
from desktop.core.speakers import given_name_gender, is_org_name, world_gender
from desktop.core.speech_words import MEMBER_PLURALS
from desktop.core.study_authors import study_pair
from desktop.core.word_regex import alternation

_PLURAL_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:two\s+|[A-Z]\w+\s+)?(" + alternation(sorted(MEMBER_PLURALS)) + r")\b"
)
# The sentence of a quote, or the one right before it in its paragraph, has a document as
# its subject ("The report likens … Mussolini, who it said “…”").
_DOCUMENT_LEAD = re.compile(
    r"(?m)(?:^|[.!?][”\"’]?\s+)(?:An?|The|Its|His|Her|Their)\s+(?:[\w-]+\s+){0,2}?"
    r"(letter|report|memo|study|review|analysis|assessment|complaint|lawsuit|filing|petition)"
    # (its title in apposition: "The report, “Warming and the Economy,” was produced by …")
    # and the cue's own "It finds that …" before the quote
    r"\b(?:,\s*[“\"][^”\"\n]{1,120}[”\"]\s*,?)?[^.!?“”\"\n]*(?:[.!?]\s*)?"
    r"(?:It\s+(?:[a-z]+\s+that\s+[^.!?“”\"\n]*)?)?$"
    # or a message someone sent in the sentence before ("Garside sent a chilling text to a
    # pal. It read: “…”", "Pell released a statement. “…,” it said")
    r"|\b(?:sent|posted|wrote|emailed|texted|released|issued|published)\s+(?:an?\s+)"
    r"(?:[\w-]+\s+){0,2}?(text|message|email|note|letter|tweet|post|statement)\b"
    r"[^.!?“”\"\n]*[.!?]\s*(?:It\s+|[“\"][^“”\"\n]{1,600}[”\"]\s*)?$"
)


# Someone's office as a subject: "Gov. Dan Lowe’s office", "His office".
_OFFICE = re.compile(r"(?:(?:[A-Z][\w.'’-]*\s+){1,4}|[Hh]is\s+|[Hh]er\s+|[Tt]heir\s+)office")
# Who puts a question and goes unnamed: "a reporter", "one journalist".
_ASKER_NOUNS = "reporter|journalist|questioner|interviewer"
_ASKERS = f"(?:{_ASKER_NOUNS})"
UNNAMED_ASKER = (
    r"(?:(?:An?|One|Another|The)\s+(?:[\w-]+\s+)?(?:" + _ASKER_NOUNS + r"|host|moderator)"
    r"|Reporters|Journalists)\s+"
)
# "Whitlock pressed him on the cost.": an interviewer's question, just before a quote
# ("A reporter asked him whether …": the asker unnamed)
_PRESSED_HIM = re.compile(
    r"(?:^|(?<=[.!?”\"’]\s))((?:[A-Z][\w'’.-]*\s+){1,3}|"
    + UNNAMED_ASKER
    # (or who they are between commas: "Councillor Ewan Strachan, whose ward includes
    # Kinlochtarran, asked him whether …")
    + r"|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*,[^,.!?“”\"]{1,80},\s+)"
    r"(?:pressed|asked|questioned|"
    r"challenged|quizzed|grilled|interrupted|confronted|pushed)\s+(him|her)\b[^.!?“”\"]*[.!?]\s*$"
)
# "Quist asked whether she regretted staying on.": the question put to her, by its pronoun
_ASKED_IF_PRONOUN = re.compile(
    r"(?:^|(?<=[.!?”\"’]\s)|(?<=\n))((?:[A-Z][\w'’.-]*\s+){1,3})asked\s+(?:whether|if)\s+"
    r"(he|she)\b[^.!?“”\"]*[.!?]\s*$"
)


_OBJECT_OR_SUBJECT = {"he": ("him", "he"), "she": ("her", "she")}


def _questioned(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """ "Whitlock pressed him on the cost. “…,” he said": the one questioned, whom the
    article had in focus before the question, not the questioner."""
    found = _PRESSED_HIM.search(index.text, max(0, pos - 600), pos)  # (pos: the quote)
    found = found or _ASKED_IF_PRONOUN.search(index.text, max(0, pos - 600), pos)
    if found is None or found.group(2) not in _OBJECT_OR_SUBJECT[pronoun]:
        return None
    unnamed = re.fullmatch(UNNAMED_ASKER, found.group(1)) is not None
    asker = None if unnamed else index.focus(found.start(1) + len(found.group(1)))
    before = index.focus(found.start(1), pronoun=pronoun) or index.focus(found.start(1))
    if before is None or before == asker:
        return None
    return before if _fits(index, before, pronoun) else None


# "“Did you fire her?” a journalist asked. “No one was dismissed,” he said.": an unnamed
# reporter's question right before the quote.
_REPORTER_ASKED = re.compile(
    r"\?\s*[”\"]\s*,?\s*(?:asked\s+)?(?:an?|one|another)\s+(?:[\w-]+\s+)?"
    + _ASKERS
    + r"\s+(?:asked|wanted\s+to\s+know|pressed)?\s*\.\s*[“\"]?\s*$"
)


# "One reporter asked Vos, “Will you resign?” “No,” she said": the one asked, named.
_ASKED_NAMED = re.compile(
    r"\b" + _ASKERS + r"\s+asked\s+((?:[A-Z][\w'’.-]*\s+){0,2}"
    r"[A-Z][\w'’-]*)\s*[,:]\s*[“\"][^”\"]{1,200}\?\s*[”\"]\s*[“\"]?\s*$"
)


# "One reporter asked, “Will you play on clay?” “…,” she said": the question after its cue.
_REPORTER_ASKS = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+)?"
    + _ASKERS
    + r"\s+(?:asked|wanted\s+to\s+know|pressed)\s*[,:]?\s*[“\"][^“”\"]{1,300}\?\s*"
    r"[”\"]\s*[“\"]?\s*$"
)


def _answering(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """The one an unnamed reporter questioned answers: the person in focus before the
    question, not the reporter (one asked by name is _named_just_before's)."""
    asked = _REPORTER_ASKED.search(index.text, max(0, pos - 120), pos)
    if asked is not None:
        question = index.text.rfind("“", 0, asked.start())
        question = max(question, index.text.rfind('"', 0, asked.start()))
    else:
        asks = _REPORTER_ASKS.search(index.text, max(0, pos - 400), pos)
        question = asks.start() if asks else -1
    found = index.focus(question, pronoun=pronoun) if question > 0 else None
    return found if found and _fits(index, found, pronoun) else None


# "… so I ask something else: “Do you ever get tired of it?” She thinks about it.": the
# writer's own question, shortly before the answer.
_WRITER_ASKS = re.compile(
    r"\bI\s+(?:ask|asked|put\s+it\s+to\s+(?:him|her))\b[^.!?“”\"]{0,80}[“\"][^“”\"]{1,300}\?[”\"]"
)


def _writer_asked(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """The one the writer interviews answers the writer's question: the person the
    article has most often as a sentence's subject, whom the pronoun fits (in a profile,
    its subject, though a sister was named last)."""
    if _WRITER_ASKS.search(index.text, max(0, pos - 400), pos) is None:
        return None
    counts = Counter(name for at, name, org in index.events if not org and name and at < pos)
    return next((name for name, _ in counts.most_common() if _fits(index, name, pronoun)), None)


# The question just before a quote, then its cue: "‘You would accept, Mr Tully, that …?’
# Mr Feltham asked."
_QUESTION_BEFORE = re.compile(r"[‘“\"]([^‘’“”\"]{1,400}\?)[’”\"][^‘’“”\"]{0,80}$")
_VOCATIVE = re.compile(
    r"\b(?:Mr|Ms|Mrs|Miss|Dr|Senator|Sen\.|Judge|Professor|Prof\.|Minister)\.?\s+([A-Z][\w'’-]+)"
)


def _addressed(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """The one a question just before names ("Were you told, Mr Tully, …?") answers it:
    "“Nobody told me anything,” he replied" is Tully, not the one who asked."""
    question = _QUESTION_BEFORE.search(index.text, max(0, pos - 500), pos)
    if question is None:
        return None
    named = _VOCATIVE.search(question.group(1))
    if named is None:
        return None
    found = index.canonical(named.group(1), -1)
    return found if _fits(index, found, pronoun) and not is_org_name(found) else None


def _fits(index: PersonIndex, name: str, pronoun: str) -> bool:
    """The pronoun fits the name: by its first name's sex, else by the article's usage."""
    sex = given_name_gender(name)
    return sex == pronoun if sex else index.agrees(name, pronoun)


# "Alvarado then asked whether Tannehill would step aside from …": a question about what
# the named person would do, just before a quote: the answer is theirs.
_ASKED_WHETHER = re.compile(
    r"(?:^|(?<=[.!?”\"’]\s))[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+"
    r"(?:then\s+|also\s+|later\s+|again\s+)?asked\s+(?:(?:him|her)\s+)?(?:whether|if)\s+"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:would|will|could|can|should|planned|"
    r"intended|had|has|was)\b[^.!?“”\"]*[.!?]\s*$"
)


# "That drew a sharp reply from Rep. Luis Echeverry of Florida, a close Vollmer ally.", "…
# in a letter from Annika Strand, chief executive of the UK business.": the one who replied
# or wrote, named in the sentence before the quote, though not as its subject.
_REPLY_FROM = re.compile(
    r"\b(?:reply|response|rebuke|retort|riposte|rejoinder|answer|letter|email|e-mail|memo|"
    r"message|note)\s+from\s+"
    r"((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)[^.!?“”\"]*[.!?]\s*$"
)


# "… came from Carly Benton, a nurse in Arizona, who posted a photo on Reddit.", "He was
# joined by Minister Brett Aumann, who announced …": the one who posted, wrote, told or
# announced, in the sentence before the quote, though not its subject.
_WHO_POSTED = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)(?:,\s+(?:an?|the)\s+[^,.!?;“”\"]{1,60})?"
    r",\s+who\s+(?:had\s+|has\s+|then\s+|later\s+)?(?:posted|wrote|tweeted|shared|published|"
    r"emailed|texted|recalled|described|told|announced|unveiled|pledged|promised|vowed)\b"
    r"[^.!?“”\"]*[.!?]\s*$"
)


_PRONOUN_LEAD = re.compile(r"(?<=\s)(?:He|She)\s+$")


# "Presenter Ashok Verlaine asked the minister to respond. She said:": the one asked.
_ASKED_TO_ANSWER = re.compile(
    r"\b(?:asked|invited|pressed|challenged|urged)\s+(the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
    r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+to\s+(?:respond|answer|reply|react|comment)"
    r"\b[^.!?“”\"]*[.!?]\s*$"
)


def _asked_to_answer(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """The one the sentence before the quote asks to respond answers, when the pronoun
    fits them."""
    lead = _PRONOUN_LEAD.search(index.text, max(0, pos - 12), pos)
    end = lead.start() if lead else pos
    found = _ASKED_TO_ANSWER.search(index.text, max(0, end - 300), end)
    if found is None:
        return None
    asked = found.group(1)
    if asked[:4].lower() == "the ":
        name = by_role(index, asked, found.start(1))
    else:
        name = _full_name(index, asked, found.start(1))
    return name if name and not is_org_name(name) and _fits(index, name, pronoun) else None


def _named_just_before(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """The person the sentence before the quote names as the one asked, replying or
    posting (_ASKED_WHETHER, _REPLY_FROM, _WHO_POSTED, _ASKED_NAMED), when the pronoun
    fits them."""
    lead = _PRONOUN_LEAD.search(index.text, max(0, pos - 12), pos)
    end = lead.start() if lead else pos  # "… from Annika Strand. She wrote: “…”"
    for pattern in (_ASKED_WHETHER, _REPLY_FROM, _WHO_POSTED, _ASKED_NAMED):
        found = pattern.search(index.text, max(0, end - 400), end)
        if found is None:
            continue
        name = _full_name(index, found.group(1), found.start(1))
        if not is_org_name(name) and _fits(index, name, pronoun):
            return name
    return None


def pronoun_referent(pronoun: str, pos: int, index: PersonIndex) -> str | None:
    """Whom "he", "she", "it" or "they" in a cue means at `pos`."""
    if pronoun in {"he", "she"}:
        return _person_referent(pronoun, pos, index)
    return _other_referent(pronoun, pos, index)


def speaker_referent(pronoun: str, pos: int, index: PersonIndex) -> str | None:
    """Whom the pronoun that speaks in a cue ("she said") means: as pronoun_referent, but
    never the one the sentence before says died ("her mother, Lorraine, died when she was
    19. “My mum used to say …,” she says"), unless the cue dates the words before the death
    ("she once told", "he said in 2009"); "his family said" is still the dead man's."""
    found = pronoun_referent(pronoun, pos, index)
    if pronoun in {"he", "she"} and found and _died(index, found, pos):
        if _dated_cue(index.text, pos, pronoun):
            return found  # "Ann Lee died on Sunday. “…,” she once told the Courier"
        return index.focus(pos, pronoun=pronoun, besides=found)
    return found


# A cue that dates the words before a death: "he once told", "she said in 2009", "he told
# the Courier in a 1991 interview".
_EARLIER = (
    r"\s+(?:once\b|(?:[\w,]+\s+){1,5}?(?:in\s+(?:a\s+)?(?:19|20)\d\d\b|in\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}interview\b|years\s+ago\b|before\s+(?:his|her)\s+death\b))"
)


def _dated_cue(text: str, pos: int, pronoun: str) -> bool:
    """The cue of the quote at `pos`, in its paragraph, dates its words (_EARLIER)."""
    newline = text.rfind("\n", max(0, pos - 200), pos)
    start = newline + 1 if newline >= 0 else max(0, pos - 200)
    end = text.find("\n", pos, pos + 600)
    window = text[start : end if end >= 0 else pos + 600]
    return re.search(rf"\b(?i:{pronoun}){_EARLIER}", window) is not None


def _died(index: PersonIndex, name: str, pos: int) -> bool:
    """The sentence before `pos` says the person died: "Lorraine, a dance teacher, died
    when Celeste was 19" (not "Ann Lee, whose son died")."""
    first = re.escape(name.split()[0])
    died = re.compile(
        rf"\b{first}(?:\s+[A-Z][\w'’-]+)*(?:,[^,.!?“”\"]{{1,50}},)?\s+(?:had\s+)?"
        r"(?:died|passed\s+away)\b"
        r"[^.!?“”\"]*[.!?]\s*$"
    )
    return died.search(index.text, max(0, pos - 300), pos) is not None


def _person_referent(pronoun: str, pos: int, index: PersonIndex) -> str | None:
    """Whom "he" or "she" in a cue means at `pos`."""
    role = _unnamed_role_before(index, pos, pronoun)
    if role:
        return role
    questioned = _questioned(index, pos, pronoun) or _named_just_before(index, pos, pronoun)
    questioned = questioned or _asked_to_answer(index, pos, pronoun)
    questioned = questioned or _answering(index, pos, pronoun) or _writer_asked(index, pos, pronoun)
    questioned = (
        questioned or _addressed(index, pos, pronoun) or _asked_at_briefing(index, pos, pronoun)
    )
    if not _QUESTION_AT.match(index.text, pos):  # ("“Are you afraid?” she asked": the asker)
        questioned = questioned or answering_unnamed(index, pos, pronoun)
    if questioned:
        return questioned
    found = index.focus(pos, pronoun=pronoun) or _only_one_before(index, pos, pronoun)
    found = found or introduced_after(index, pos, pronoun)
    if found and index.evidence(found) == (0, 0) and not given_name_gender(found):
        found = _carried_on(index, pos, pronoun) or found
    subject = index.focus(pos)
    if found is None and subject and given_name_gender(subject) == pronoun:
        # "Isaac Vale confirmed she would appeal. “…,” he said": the pronouns the
        # article wrote near him were another's; his first name says he
        return subject
    if subject and not index.agrees(subject, pronoun) and found != subject:
        # "Rep. Ann Lee criticized Gov. Tom Brandt. “…,” he said": the other one named
        other = named_agreeing(index, pos, pronoun, subject)
        if other is None and found is None and _only_guessed(index, subject):
            return subject  # "Juma Mfinanga said …. “…,” he said": a first name's ending misled
        return other or found
    nobody = not any(not org for at, _, org in index.events if at < pos)
    if found is None and nobody:
        # Nobody has been a sentence's subject yet ("Kudos to Ann Lee … Lee's speech …
        # “…,” she said"): the latest person named whom the pronoun fits
        return named_agreeing(index, pos, pronoun, "", reach=2000, first=True) or _owner_named(
            index, pos, pronoun
        )
    return found


def _only_guessed(index: PersonIndex, name: str) -> bool:
    """Nothing but a first name's ending says the person's sex ("Juma", "Chaminda": men)."""
    return index.gender.get(name, (0, 0)) == (0, 0) and not (
        given_name_gender(name) or world_gender(name)
    )


# A sentence led by someone unnamed, by role: "His supervisor was less modest on his
# behalf.", "The town’s director of public works said crews …".
_ROLE_SENTENCE = re.compile(
    r"(?:[A-Z][^,.!?“”\"]{0,40},\s+)?"  # ("In the second row, a woman in a gray cardigan …")
    r"(?:His|Her|Their|Its|The|A|An|One|[Hh]is|[Hh]er|the|a|an|[A-Z][\w'’-]+['’]s?)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}?([a-z][\w-]{3,})(?:\s+(?:of|for)\s+[a-z][\w\s-]{1,30}?)?"
    r"\s+[a-z][^.!?“”\"]*[.!?]?\s*$"
)


def _unnamed_role_before(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """ "His supervisor was less modest on his behalf. “…,” she said. … The supervisor,
    Dr. Katya Strand, said": the role's holder, named in the sentences after, when the
    sentence before the quote is about that role and names no one."""
    text = index.text
    opening = max(
        text.rfind("“", max(0, pos - 600), pos + 1), text.rfind('"', max(0, pos - 600), pos + 1)
    )  # (`pos` may be the quote's own opening mark)
    if opening < 0:
        return None
    before = text[max(0, opening - 300) : opening]
    sentence = re.split(r"(?<=[.!?])\s+|\n", before.rstrip())[-1] + " "
    role = _ROLE_SENTENCE.match(sentence)
    if role is None or re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", sentence[1:]):
        return None
    name = holder_named_after(index, role.group(1), pos, 500, appositive=True)
    return name if name and index.agrees(name, pronoun) else None


def _owner_named(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """With nobody a subject yet, the one whose thing the article is about, when the first
    name fits the pronoun: "Author Ruth Abernethy’s debut novel has been shortlisted. …
    ‘…,’ she said"."""
    for m in reversed(index.mentions):
        if m.start >= pos or not m.possessive or m.is_org or m.start < pos - 2000:
            continue
        name = index.canonical(m.name, m.start)
        if " " in name and given_name_gender(name) == pronoun:
            return name
    return None


# "Asked if the Pole would keep his place, he said": a question put to someone in a cue
_ASKED_LEAD = re.compile(
    r"(?:^|(?<=[.!?’”\"]\s))Asked\s+(?:if|whether|about|why|how|what)\b[^.!?“”‘’\"]*,\s*"
    r"(?:(?:he|she)\s*(?:[a-z]+\s*:?\s*[‘“\"']?\s*)?)?$"  # (up to "he" or the quote)
)


# "One reporter asked whether the city would withhold payment.", "Albright asked whether she
# had ever considered coming back.": a question to someone the sentence does not name
# ("A reporter asked him …" is _PRESSED_HIM's)
ASKED_UNNAMED = re.compile(
    r"\s*(?:(?:where|when|as|after)\s+)?"  # ("…, where host Terry Macaulay asked him whether")
    r"(" + UNNAMED_ASKER + r"|(?:(?:host|presenter|moderator|interviewer|anchor|judge|"
    r"magistrate|prosecutor|counsel|chair)\s+)?(?:[A-Z][\w'’.-]*\s+){1,3})(?:then\s+|also\s+)?"
    r"(?:asked|pressed|questioned|challenged|quizzed|grilled|wanted\s+to\s+know)\s+"
    # the one asked: "him", "the Treasurer directly", "Ruel"
    r"(?:(him|her|the\s+[A-Za-z]+|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+)\s+"
    r"(?:directly\s+|again\s+|repeatedly\s+)?)?"
    r"(?:(?:whether|if)\s+(he|she)\b|whether|if|when|why|how|what|about|on|over|"
    r"to\s+(?:explain|say|confirm|clarify|justify|account\s+for|describe|name))"
    r"[^.!?“”\"]*[.!?]\s*$"
)


# A quote that asks, its cue right after: "“Are you afraid?” she asked"
_QUESTION_AT = re.compile(
    r"[“\"‘'][^“”\"]{0,400}?\?\s*[”\"’']|[“\"‘'][^“”\"]{0,400}?[”\"’'],?\s+\w+\s+asked"
)
_NOT_ASKERS = frozenset({"He", "She", "They", "It", "I", "We", "You", "The", "This", "That"})


def answering_unnamed(index: PersonIndex, pos: int, pronoun: str = "") -> str | None:
    """ "One reporter asked whether … \n\n“Everything is on the table,” she said": the
    one in focus before the question, other than a named asker, answers it."""
    before = _SENTENCE_BEFORE.search(index.text, max(0, pos - 400), pos)
    asked = before and ASKED_UNNAMED.match(index.text, before.start(), before.end())
    if not before or not asked:
        return None
    return _answerer(index, asked, before.start(), pronoun)


def _answerer(index: PersonIndex, asked: re.Match[str], floor: int, pronoun: str) -> str | None:
    """The one an ASKED_UNNAMED question (its sentence from `floor`) was put to."""
    asker = asked.group(1).strip()
    unnamed = re.fullmatch(UNNAMED_ASKER, asked.group(1)) is not None
    if not unnamed and asker.split()[0] in _NOT_ASKERS:
        return None  # ("He asked whether she …": whom "he" means is another question)
    besides = "" if unnamed else _full_name(index, asker, asked.start(1))
    if besides and is_org_name(besides):
        return None
    whom, sex = asked.group(2), asked.group(3)
    if whom in ("him", "her"):
        sex = "he" if whom == "him" else "she"
    elif whom:  # "asked the Treasurer", "pressed Ruel on"
        role = whom.lower().startswith("the ")
        named = (
            by_role(index, whom, asked.start(2)) if role else index.canonical(whom, asked.start(2))
        )
        if named is not None or not role:  # ("asked the MEC": a role no list holds, below)
            if named is None or is_org_name(named) or named == besides:
                return None
            return named if not pronoun or _fits(index, named, pronoun) else None
    if sex and pronoun and sex != pronoun:
        return None  # ("Kim asked whether he …. “…,” she said": not the one asked)
    pronoun = pronoun or sex or ""
    found = index.focus(floor, pronoun=pronoun, besides=besides)
    return found if found and (not pronoun or _fits(index, found, pronoun)) else None


# "Desmond Kearney was pressed by Elise Vandermeer SC, for Brightwater, about …"
_ASKED_BY = re.compile(
    r"\b((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*|he|she)\s+was\s+(?:asked|pressed|questioned|challenged|"
    r"cross-examined|quizzed|grilled)\s+(?:\w+\s+){0,3}?by\s+(?:[a-z]+\s+){0,3}"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
    # "Asked by the chairman of the bench, Roger Elphick, whether he had anything to say,
    # Penhaligon stood up."
    r"|Asked\s+by\s+(?:the\s+[\w\s]{1,40}?,\s+)?((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*),?"
    r"\s+(?:whether|if|about|how|why|what|when)\b[^,.;“”\"]{0,120},\s+"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+[a-z]"
)


def exchange_parties(index: PersonIndex, start: int, end: int) -> tuple[str | None, str] | None:
    """(asker, the one asked) of the last sentence in text[start:end] that tells a
    question ("One reporter asked whether …": no asker; "In an interview, host Mireille
    Gagnon asked her how many …"; "Kearney was pressed by Elise Vandermeer about …")."""
    found: tuple[str | None, str] | None = None
    for sentence in re.finditer(r"[^.!?“”\"\n]*[.!?]", index.text[start:end]):
        s_start, s_end = start + sentence.start(), start + sentence.end()
        passive = _ASKED_BY.search(index.text, s_start, s_end)
        if passive:
            asker, asked = (
                (passive.group(2), passive.group(1))
                if passive.group(2)
                else (
                    passive.group(3),
                    passive.group(4),
                )
            )
            at = passive.start(2) if passive.group(2) else passive.start(3)
            named = _full_name(index, asker, at)
            if asked in ("he", "she"):  # "Speaking on Radio Ardmór, she was challenged by …"
                whom = index.focus(s_start, pronoun=asked, besides=named) or ""
            else:
                whom = _full_name(index, asked, at)
            if not whom:
                continue
            if not is_org_name(named) and not is_org_name(whom) and named != whom:
                found = named, whom
            continue
        for lead in re.finditer(r"(?:^|,\s+)", index.text[s_start:s_end]):
            at = s_start + lead.end()
            asked_match = ASKED_UNNAMED.match(index.text, at, s_end)
            answerer = _answerer(index, asked_match, s_start, "") if asked_match else None
            if asked_match and answerer:
                who = asked_match.group(1).strip()
                unnamed = re.fullmatch(UNNAMED_ASKER, asked_match.group(1)) is not None
                asker = None if unnamed else _full_name(index, who, at)
                found = asker, answerer
                break
    return found


def interviewer_before(index: PersonIndex, pos: int, floor: int) -> str | None:
    """The named asker of the latest question sentence ("Abernathy pressed her on …")
    between `floor` and `pos`."""
    asker = None
    for found in re.finditer(r"[^.!?“”\"\n]*[.!?]", index.text[floor:pos]):
        at = floor + found.start()
        asked = ASKED_UNNAMED.match(index.text, at, floor + found.end())
        if asked and re.fullmatch(UNNAMED_ASKER, asked.group(1)) is None:
            who = asked.group(1).strip()
            if who.split()[0] not in _NOT_ASKERS:
                asker = _full_name(index, who, asked.start(1))
    return asker if asker and not is_org_name(asker) else None


def _asked_at_briefing(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """ "Then Wilk let a tame Reece Okafor shot squirm through his gloves, and Okafor added
    a third. Asked if the Pole would keep his place, he said: ‘…’": after a sentence that
    narrates two or more people none of whom has spoken, the one asked is the one who was
    answering questions: the latest speaker the pronoun fits."""
    lead = _ASKED_LEAD.search(index.text, max(0, pos - 300), pos)
    if lead is None:
        return None
    before = _SENTENCE_BEFORE.search(index.text, max(0, lead.start() - 400), lead.start())
    if before is None:
        return None
    named = _people_in(index, before.start(), before.end())
    spoke = [name for at, name, _ in index.cues if at < before.start() and name]
    if len(named) < 2 or named & set(spoke):
        return None
    fits = [name for name in spoke if _fits(index, name, pronoun) and not is_org_name(name)]
    return fits[-1] if fits else None


def _full_name(index: PersonIndex, words: str, at: int) -> str:
    """The fullest name the article gives for a capitalised run (titles and the like cut)."""
    return index.canonical(clean_name(words) or words, at)


def _people_in(index: PersonIndex, start: int, end: int) -> set[str]:
    """The people (no bodies) named in text[start:end], by their fullest names."""
    return {
        index.canonical(m.name, m.start)
        for m in index.mentions
        if start <= m.start < end and not m.is_org
    }


_SENTENCE_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))[^.!?“”\"]*[.!?]\s*$")


def _only_one_before(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """ "The meeting was chaired by local mother Niamh Geraghty, who set up the group. “…,”
    she said": with no subject in focus, the one person the sentence before names, when
    the pronoun fits her."""
    before = _SENTENCE_BEFORE.search(index.text, max(0, pos - 400), pos)
    if before is None:
        return None
    if any(before.start() <= at < before.end() and not name for at, name, _ in index.events):
        return None  # ("The woman, who asked not to be named, told the Observer …": her)
    named = _people_in(index, before.start(), before.end())
    named = {name for name in named if " " in name and not index.unpersoned(name)}
    if len(named) != 1:
        return None
    name = named.pop()
    he, she = index.evidence(name)
    sex = given_name_gender(name) or ("he" if he > she else "she" if she > he else "")
    return name if sex == pronoun else None


def _carried_on(index: PersonIndex, pos: int, pronoun: str) -> str | None:
    """ "The prop was a jab at Achterberg’s description of the system she inherited, which
    she repeated. “…,” she said": the person the sentence before named and went on to call
    by the same pronoun, when the latest subject is someone nothing says is he or she."""
    before = _SENTENCE_BEFORE.search(index.text, max(0, pos - 400), pos)
    if before is None:
        return None
    same = re.search(r"\b" + pronoun + r"\b", before.group())
    if same is None:
        return None
    at = before.start() + same.start()
    named = _people_in(index, before.start(), at)
    fits = [name for name in named if given_name_gender(name) == pronoun]
    return fits[0] if len(fits) == 1 and len(named) == 1 else None


def _other_referent(pronoun: str, pos: int, index: PersonIndex) -> str | None:
    """Whom "it" or "they" in a cue means at `pos`."""
    if pronoun == "it":
        paragraph = index.text.rfind("\n", 0, pos) + 1
        behalf = list(READ_FOR.finditer(index.text, max(paragraph, pos - 400), pos))
        if behalf:  # "Pryce read a statement on behalf of her parents, …. “…,” it said"
            return behalf_of(index, behalf[-1])
        document = _DOCUMENT_LEAD.search(index.text, paragraph, pos)
        if document:  # "A letter from the agency … is more specific. “…,” it states"
            noun = (document.group(1) or document.group(2)).lower()
            if noun == "statement":  # "Pell released a statement. “…,” it said": Pell
                stop = index.text.rfind(". ", paragraph, document.start())
                opening = stop + 2 if stop >= 0 else paragraph
                subject = index.text[opening : document.start()].strip(" ,")
                if _OFFICE.fullmatch(subject):  # "Gov. Dan Lowe’s office released …": Lowe
                    from desktop.core.subject_names import resolve_subject  # (reads this one)

                    return resolve_subject(subject, opening, index)
                family = re.fullmatch(r"[Tt]he\s+([A-Z][\w'’-]+)\s+family", subject)
                if family:  # "The Addington family released a separate statement."
                    return f"{family.group(1)} family"
                return index.first_subject(opening, document.start()) or None  # ("": unnamed)
            return document_author(index, noun, pos) or None
        body = body_in_focus(index, pos)  # "Harbour Records, which a fund bought …": a body
        return body or index.focus(pos, org=True) or unpersoned(index.focus(pos), index)
    if pronoun == "they":
        # "The senators also wrote ... “…,” they wrote": the plural noun they stand for
        noun = _PLURAL_SUBJECT.findall(index.text, max(0, pos - 400), pos)
        if noun:
            return index.group(pos, noun[-1])
        # Without such a noun, only a pair or body named shortly before: "370 attorneys …
        # they write" is not the Democrats named three paragraphs up
        # else a body that spoke just before: "“…,” the authors continue. “…,” they wrote"
        # "Harbour Records have denied it. “…,” they said": a body that is the latest subject
        body = body_in_focus(index, pos, reach=600, itself=True)
        found = index.group(pos, "", reach=600) or body or index.last_body_cue(pos, reach=600)
        return found or study_pair(index, pos)  # "The work was led by A, … with B. … they write"
    return None
