"""Attribution: find the cue ("he said", "said Kellogg") of a quotation and resolve its speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.cue_subjects import (
    ABBREVIATION_DOT,
    PARENTHESES,
    QUOTED_TITLE,
    subject_after,
    subject_before,
)
from desktop.core.groups import ON_BEHALF, VOICED_DOCUMENT, drafters
from desktop.core.joint_speakers import joint_list_before, joint_speakers
from desktop.core.mentions import UPPER
from desktop.core.people import PersonIndex
from desktop.core.referents import introduced_after, named_agreeing
from desktop.core.speakers import TITLE_WORDS, is_org_name, same_person
from desktop.core.speech_words import (
    FOREIGN_REPORTING_VERBS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
)
from desktop.core.subject_names import (
    OWNER_PRONOUNS,
    PRONOUN,
    TRAILING,
    UNNAMED_GROUP,
    is_demonym_word,
    last_name,
    resolve_subject,
    trailing_name,
)
from desktop.core.word_regex import alternation, word_set

_VERBS = sorted(REPORTING_VERBS | REPORTING_PARTICIPLES | FOREIGN_REPORTING_VERBS)
_VERB = re.compile(
    r"(?<!\bso-)(?<!\bso\s)"  # "of the so-called Justice Coalition": no verb
    r"\b(?:a\s+(?:déclaré|affirmé|ajouté|expliqué|dit|répondu|estimé|souligné|indiqué|assuré|"
    r"précisé|insisté|lancé|martelé|confié|reconnu|averti|écrit|rétorqué|répliqué|réagi|"
    r"commenté|poursuivi|jugé|dénoncé)"
    r"|ha\s+(?:detto|dichiarato|affermato|aggiunto|spiegato|risposto|sottolineato|scritto)|"
    + alternation(_VERBS)
    + r")\b|\baccording to\b|\bpointed out\b|\b(?:went|goes) on\b"
    r"|\b(?:found|finds|held|holds|ruled|rules) that\b"
    r"|\b(?:shot|fired|hit|snapped|pushed) back\b|\bcame the (?:reply|response|answer) from\b"
    # "“So you’d cut?” Farrow followed up.", "Kim chimed in:": a turn in an exchange
    r"|\b(?:followed|follows) up(?=\s*[.,:;—–])"
    r"|\b(?:chimed|chimes|cut|cuts|broke|breaks) in(?=\s*[.,:;—–])"  # "Vandam cut in."
    # "“The grid is the enemy,” our lead designer Priya Venkataraman likes to say."
    r"|\b(?:likes|liked|loves|loved)\s+to\s+(?:say|tell|joke|quip|remind)\b"
    # "Lee, a fellow, has written." (but not "learned who had written it")
    r"|(?:(?<=\bhas )|(?<=\bhave )|(?<=\bhad ))written(?=\s*[.,:;—–]|\s+(?:in|on)\b)"
    r"|\b[Ii]n the words of\b"  # "in the words of the patient: “…”"
    # "«…», — пожаловался наладчик Павел Сёмкин": a Russian cue's past-tense verb after
    # the dash that follows a quotation
    r"|(?<=, — )[а-яё]+(?:л|ла|ли|лся|лась)\b"
    # "which Kestrel views as “a basic right of every user”": a stance in the body's own words
    r"|\b(?:views|viewed|regards|regarded)\b(?=\s+(?:[\w’'-]+\s+){0,4}?as\s*(?:[“\"‘]|$))"
)
# A crowd left unnamed thinking or crying out the quoted words (present or future tense).
# The crowd is the subject: only lower-case words (no name) lead to its verb.
_CROWD_VOICE = re.compile(
    r"\b(?i:people|public|voters|crowds?|fans|readers|viewers|audiences?|nation|country)"
    r"((?:,?\s+[a-z][\w'’-]*){0,12}?),?\s+(think|wonder|scream|shout|cry|yell|sigh|ask)s?\s*[,:]\s*$"
)
# ... and not the object of a verb or preposition ("told the nation and asks:" is Vale's).
_CROWD_OBJECT = re.compile(
    r"\b(?:\w+ed|to|of|for|with|in|across|at|by|from|on|told|tells|tell|thanks|whose|who)"
    r"(?:\s+(?:the|its|our|their|his|her|many|some|most|all))?\s*$",
    re.I,
)
_SOURCE_FIRST = frozenset({"according to", "in the words of"})  # the source comes after
REPORTING_VERB = _VERB  # used by quotes.py to tell a cue between two halves of a split quote
_UP = UPPER  # capitals of Latin and Cyrillic names
_RELATIVE = re.compile(r"\s*(?:[—–-]\s*)?(?:in|of|for|to|by)?\s*(?:which|whom|whose)\b")
_SUBORDINATE = re.compile(
    r"\s*(?:As for|As|After|Before|While|When|Asked|Despite|Although|Though|Since|Because|"
    r"If|Noting|Responding|Following|Amid)\b[^,;:“”\"]{0,200},"
)
_RELATIVE_WHO = re.compile(r",\s+who\b")
# A who-clause still open before a verb: "Koll, who has repeatedly".
_OPEN_WHO = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,3}$")
_CLAUSE_STOP = re.compile(r"[.!?;“”\"]")
_SENTENCE_END = re.compile(r"(?:[.!?][\"”’»]?|[\"”»])\s+(?=[\"“«‘']?[A-Z])|\n")
# "Lee, who once said": Lee; "Lee, who it said": not Lee, but whom "it" means.
_WHO = re.compile(r"\bwho\s+(?!(?:it|he|she|they|we|you)\s)(?:[a-z]+\s+)?$")
_TELLS = frozenset({"told", "tells", "telling", "warned", "warns", "assured", "reminded"})
_LISTENER = re.compile(r"\s+(?:(?:[A-Z][\w'’-]*\s?){1,3}(?<!\s)|reporters|journalists|lawmakers)")
_INITIALS = re.compile(r"\b[A-Z]\.")  # "U.N.", "Christopher F. Rufo"
# ", R-Okla.," after a name: the state's abbreviation dot does not end the cue's sentence.
_PARTY_AFTER_NAME = re.compile(
    r",\s*[DRI]\s*-\s*[A-Z][A-Za-z]*(?:\s?\.\s?(?:[A-Z][a-z]?\s?\.\s?)*)?(?=\s*,)"
)
_READ_OUT = r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + VOICED_DOCUMENT
_VOICED = re.compile(_READ_OUT + r"\s+(?:from|by)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)")
_VOICED_FOR = re.compile(_READ_OUT + ON_BEHALF.pattern)
_RESTATED = re.compile(
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:charge|claim|accusation|reference|remark|comment|"
    r"description|phrase|nod|line|allusion|jab|dig|swipe|allegation|sentiment|assertion)\b"
)
_INSERTED = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s*,\s*(?:he|she)\s*$")
_NEXT_CLAUSE = re.compile(r"(?:and|but|while|whereas)\s+(?!(?:he|she|they)\s+(?:said|added)\b)")
_THEY = re.compile(r"^(?:[A-Z]\w+,\s+)?(?:they|we|They|We)\s")
_WINDOW = 220  # a cue may follow a name with two affiliations and their places
# Plural nouns that double as reporting verbs: only verbs when no determiner precedes.
_NOUN_LIKE = word_set(
    """
    questions claims states notes calls comments remarks posts tweets reads answers charges
    demands counters warns says claim note
    """
)
_COUNTED = re.compile(r"\b(?:other|many|several|\d[\d,]*)\s+$")  # "19 other states said"
_DETERMINER = re.compile(
    r"(?:\b(?:the|his|her|their|its|our|your|these|those|a|an|of|and|in|on|to|\w+ing)|['’]s?)\s*$"
    # ... or with an adjective between: "the ad’s central claim", "his main claim"
    r"|(?:\b(?:the|his|her|their|its|our|your|a|an)|['’]s?)\s+(?:central|main|key|chief|false|"
    r"latest|new|earlier|original|core|basic|bold|broad|wild|dubious)\s+$",
    re.I,
)


@dataclass(frozen=True)
class Attribution:
    """Who said a quote and how the article says so."""

    speaker: str | None
    cue: str | None
    verb: str | None
    position: int  # where the cue's subject is, for salience tracking


_PUT_IT = r"(puts?|phrased|phrases)\s+it"
_PUTS_IT = re.compile(  # "as Lee put it", "“…,” is how Lee put it"
    r"(?:[Aa]s|(?:is|was)\s+how)\s+((?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*|he|she|they)\s+"
    + _PUT_IT
    + r"\b"
)
# The same with the speaker first and a colon: "Pell put it bluntly: “…”", "She put it this
# way: “…”" (up to three words of manner between "it" and the colon).
_PUT_IT_COLON = re.compile(
    r"(?:^|(?<=[.!?”\"]\s)|(?<=\n)|(?<=,\s))((?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
    r"\s+" + _PUT_IT + r"(?:\s+[a-z]+){0,3}\s*:\s*$"
)
# "In her own words: “…”": the one the pronoun stands for ("In Pell’s words" is quotes.py's).
_IN_WORDS = re.compile(r"\b[Ii]n\s+(his|her|their)\s+(?:own\s+)?words\s*[,:]\s*$")
# A sentence that puts out a statement, then its words after a colon: "Ana Pell and Dan Lee
# issued a joint statement on Friday: “…”".
_PUT_OUT_COLON = re.compile(
    r"\s*((?:(?:[A-Z][\w'’.-]*|and|the|of|her|his|their)\s+){1,8}?)"
    r"(?:released|issued|put\s+out|posted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|letter|message)\b[^.!?:“”\"]{0,80}:\s*"
)
# "Said Lowe: “…”", "Says the mayor, a Democrat, “…”": the verb first, its subject after
# (the sentence opens with the verb, the quotation follows the name and its appositive)
_VERB_FIRST = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))(Said|Says|Added|Adds|Wrote|Writes)\s+"
    r"((?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’-]+)(?:,[^“”\"‘.!?:]{1,120}?)?\s*[,:]\s*$"
)

# "“…,” was the verdict of Rhys Banner": the quote is the subject, its speaker named after
_VERDICT_OF = re.compile(
    r"(?:was|were)\s+(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:verdict|view|message|"
    r"assessment|response|reply|answer|warning|reaction|advice)\s+(?:of|from)(?=\s)"
)
# ... or named before it: "“…,” was Councillor Dan Lowe's verdict", "the union's reaction"
_OWNED_VERDICT = re.compile(
    r"(?:was|were)\s+((?:(?:[Tt]he|[a-z]+|[A-Z][\w.'’-]*)\s+){0,5}?[A-Z][\w.'’-]*?)\s?['’]s?\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:verdict|view|message|assessment|response|reply|answer|warning|"
    r"reaction|advice)\b"
)


def cue_after(
    text: str, pos: int, limit: int, index: PersonIndex, anchor: int
) -> Attribution | None:
    """A cue right after a closing mark: '," he said' or '," said Keith Kellogg'."""
    window = text[pos : min(limit, pos + _WINDOW)]
    if window.startswith(":") and _HEADLINE_LABEL.match(text, pos):
        return None  # "“They did not wait”: Police rushed in as …": a headline's label
    lead = re.match(r"[\s,;:—–-]*", window)
    offset = lead.end() if lead else 0
    puts = _PUTS_IT.match(window, offset)
    if puts:  # "“…,” as Lee puts it": Lee's words, though "puts" reports nothing else
        name = resolve_subject(puts.group(1), pos + puts.start(1), index)
        return Attribution(name, puts.group().strip(), puts.group(2), pos + puts.start(1))
    verdict = _VERDICT_OF.match(window, offset)
    if verdict:  # "“…,” was the verdict of council leader Rhys Banner": named after it
        subject, at = subject_after(text, pos + verdict.end())
        name = resolve_subject(subject, at, index) if subject else None
        if subject and name:
            cue = re.sub(r"\s+", " ", text[pos + offset : at + len(subject)])
            return Attribution(name, cue, "said", at)
    owned = _OWNED_VERDICT.match(window, offset)
    if owned:
        at = pos + owned.start(1)
        name = resolve_subject(owned.group(1), at, index)
        if name:
            return Attribution(name, owned.group(), "said", at)
    came = _CAME_REPLY.match(window, offset)
    if came:  # "“…?” Lee asked Brandt. “…,” came the reply": the one asked replies
        asked = _asked_ones(text, max(0, anchor - 300), anchor)
        name = resolve_subject(asked[-1].group(1), asked[-1].start(1), index) if asked else None
        asker = None if asked else list(_ASKER.finditer(text, max(0, anchor - 300), anchor))
        if asker:  # "“…?” Lee asked. “…,” came the reply": the one Lee was talking to
            who = resolve_subject(asker[-1].group(1), asker[-1].start(1), index)
            name = index.focus(anchor, besides=who) if who else None
        return Attribution(name, came.group().strip(), came.group(1).lower(), pos + came.start())
    put = _PUT_TO_HIM.match(window, offset)
    if put and "?" in text[max(0, pos - 3) : pos]:
        # "‘Was it a penalty?’ he was asked": a question put to him by someone unnamed
        return Attribution(None, put.group(), "asked", pos + offset)
    if _NEXT_CLAUSE.match(window, offset) or _RESTATED.match(window, offset):
        # "“…,” a charge Kim denies": a phrase about the quote, not its cue
        return None  # "“…,” and experts warn that": a clause of its own, not its cue
    aside = _UNNAMED_BEFORE_ASIDE.match(window, offset)
    past_aside = 0  # verbs before this end a who-clause between the name and its verb
    for verb in _VERB.finditer(window, offset):
        if verb.group().lower() in _NOUN_LIKE and _COUNTED.search(window, offset, verb.start()):
            continue  # "“…,” Westland and 19 other states said": a noun, not the verb
        if aside and verb.start() < aside.end():
            continue  # "“…,” one official, who asked not to be named, told": the aside's
        if verb.start() < past_aside:
            continue
        if _OPEN_WHO.search(window, offset, verb.start()):
            comma = window.find(",", verb.end())
            if comma > 0 and _VERB.search(window, comma, _clause_end(window, comma)):
                past_aside = comma  # "“…,” Koll, who has denied the claims, told the BBC"
                continue
        head = PARENTHESES.sub(" ", window[offset : verb.start()])  # "Durbin ( D - Ill . )"
        head = QUOTED_TITLE.sub(" ", head)  # "editor of the Post's “The Fact Checker,” wrote"
        head = _INITIALS.sub(" ", ABBREVIATION_DOT.sub(" ", _PARTY_AFTER_NAME.sub(",", head)))
        if re.search(r"[.!?;“”\"]", head) or len(head) > _WINDOW or _RELATIVE.match(head):
            return None  # "“…” — in which she claimed": a clause about the quote, not a cue
        result = _from_verb(text, pos + offset, pos + verb.start(), pos + verb.end(), index, anchor)
        if result is not None:
            return result
        if head.strip():
            return None
    return None


_ASKED_ABOUT = re.compile(
    r"[^.!?“”\"]{0,60}?,\s+when\s+asked\s+(?:whether|if)\s+"
    r"(the\s+[a-z]+(?:\s+[a-z]+)?|(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:had|has|was|would|will)\b"
)
_IN_NAME_OF = re.compile(
    r"[^.;“”\"]{0,40}?\bin\s+a\s+statement\s+(?:issued|released|put\s+out|signed)\s+"
    r"(?:in\s+the\s+name\s+of|by)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:president|chair|chairman|"
    r"chairwoman|leader|head|director|secretary|executive),\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)"
)
_HEADLINE_LABEL = re.compile(r":\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s+[a-z]")
_PUT_TO_HIM = re.compile(r"(?:he|she|they)\s+(?:was|were)\s+(?:then\s+|later\s+)?asked\b")


# An interview's question set as "Q:" at the start of its line.
_INTERVIEW_QUESTION = re.compile(r"(?:^|\n)\s*(Q|Question)\s*:\s*$")
# A transcript's line: a name in capitals and a colon right before the words ("ISLA: “…”").
_TRANSCRIPT_NAME = re.compile(
    r"(?:^|\n|[.!?:”\"]\s+)((?:[A-Z][A-Z.'’-]+\s+){0,2}[A-Z][A-Z'’-]{2,}):\s*$"
)


def _transcript_speaker(words: str, at: int, index: PersonIndex) -> str | None:
    """The person a transcript's capitals name ("CLLR OAKES" is Martin Oakes), if the
    article names that person; None for a heading in capitals ("BREAKING")."""
    parts = [w.title() for w in words.split() if w.lower().rstrip(".") not in TITLE_WORDS]
    if not parts:
        return None
    name = " ".join(parts)
    full = index.canonical(name, at)
    if full != name or index.by_first_name(name):
        return index.by_first_name(name) or full
    known = any(m.name == name and not m.is_org for m in index.mentions)
    return name if known else None


def cue_before(text: str, start: int, pos: int, index: PersonIndex) -> Attribution | None:
    """A cue in the sentence before an opening mark: 'Kellogg said: "' or 'he called it "'."""
    window_start = max(start, pos - 400)
    puts = _PUTS_IT.search(text, max(start, pos - 80), pos)
    if puts and re.fullmatch(r"\s*[,:]\s*", text[puts.end() : pos]):  # "as Lee put it, “…”"
        name = resolve_subject(puts.group(1), puts.start(1), index)
        return Attribution(name, puts.group().strip(), puts.group(2), puts.start(1))
    colon = _PUT_IT_COLON.search(text, max(start, pos - 120), pos)
    if colon:  # "Pell put it bluntly: “…”"
        name = resolve_subject(colon.group(1), colon.start(1), index)
        return Attribution(name, colon.group().strip(" :"), colon.group(2), colon.start(1))
    put_out = _PUT_OUT_COLON.fullmatch(text, start, pos)
    name = resolve_subject(put_out.group(1).strip(), put_out.start(1), index) if put_out else None
    if put_out and name:  # "Ana Pell and Dan Lee issued a joint statement: “…”": both
        return Attribution(name, put_out.group().strip(" :"), "said", put_out.start(1))
    first = _VERB_FIRST.search(text, max(start, pos - 200), pos)
    if first and _VERB.search(text, first.end(2), first.end()):
        first = None  # "Said Hamdan, 45, said: “…”": a given name, the verb after it
    name = resolve_subject(first.group(2), first.start(2), index) if first else None
    if first and name:  # "Said Lowe: “…”"
        cue = first.group().strip(" ,:")
        return Attribution(name, cue, first.group(1).lower(), first.start())
    owner = _IN_WORDS.search(text, max(start, pos - 80), pos)
    if owner:  # "In her own words, “…”": hers
        name = resolve_subject(OWNER_PRONOUNS[owner.group(1)], owner.start(1), index)
        return Attribution(name, owner.group().strip(" ,:"), "said", owner.start(1))
    asked = _INTERVIEW_QUESTION.search(text, max(0, pos - 20), pos)
    if asked:  # "Q: “Will you run again?”": the interviewer's question, nobody named
        return Attribution(None, asked.group(1), "asked", asked.start(1))
    speaking = _TRANSCRIPT_NAME.search(text, max(0, pos - 60), pos)
    speaker = _transcript_speaker(speaking.group(1), speaking.start(1), index) if speaking else None
    if speaking and speaker:  # "CLLR OAKES: “…”": a transcript's speaker in capitals
        return Attribution(speaker, speaking.group(1), "said", speaking.start(1))
    crowd = _CROWD_VOICE.search(text, max(start, pos - 160), pos)
    if crowd and not _CROWD_OBJECT.search(text, max(start, crowd.start() - 30), crowd.start()):
        # "the more the people shrug and think, “…”": a crowd's words, nobody named
        return Attribution(None, crowd.group().strip(" ,:"), crowd.group(2).lower(), crowd.start())
    verbs = list(_VERB.finditer(text, window_start, pos))
    if verbs and verbs[-1].group().endswith("ing"):
        found = _with_subject(text, window_start, verbs[-1], index)
        if found is not None:
            return found
    unnamed: Attribution | None = None  # "the report states", "a spokesman said"
    source: Attribution | None = None  # "X said ..., according to Y": Y only reports X
    later: re.Match[str] | None = None  # the verb after this one
    for verb in reversed(verbs):
        if verb.group().lower() in _NOUN_LIKE and (
            _DETERMINER.search(text, max(0, verb.start() - 12), verb.start())
            or _COUNTED.search(text, max(0, verb.start() - 12), verb.start())
        ):
            continue
        if verb.group().endswith("ing"):
            continue  # "…, saying": the subject is the main clause's, found below
        relative = _WHO.search(text, max(window_start, verb.start() - 24), verb.start())
        if relative and later is not None and _ANONYMITY.match(text, verb.end()):
            # "A nurse, who asked not to be named, said": the nurse, by the main verb
            found = _antecedent(text, window_start, relative.start(), later, index)
            head = _clause_start(text, window_start, relative.start())
            cue = re.sub(r"\s+", " ", text[head : later.end()]).strip(" ,")
            return Attribution(found.speaker, cue, later.group().lower(), found.position)
        later = verb
        if relative and verb.end() > pos - 60:
            relative_clause = text[relative.start() : verb.start()]
            passive = _characterised(
                text, relative.start(), relative_clause, verb.group().lower(), verb.end(), index
            )  # "Lowe, who was accused by colleagues of “…”": not Lowe's words
            return passive or _antecedent(text, window_start, relative.start(), verb, index)
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
            said_by = (result.cue or "")[: max(0, verb.start() - result.position)].strip(" ,")
            if UNNAMED_GROUP.match(re.sub(r"^(?:and|but)\s+", "", said_by)):
                return result  # "…, and experts warn that “…”": the experts, unnamed
        elif result is not None and unnamed is None and _THEY.search(result.cue or ""):
            unnamed = result  # "In a letter, they write that … “…”": whoever "they" are
        elif result is not None and unnamed is None and _group_says(text, result, verb, pos):
            return result  # "The doctors said they … to “…”": the doctors, unnamed
    if source is not None:
        return source
    participles = [v for v in verbs if v.group().endswith("ing")]
    if participles:
        opener = re.match(r"\s*(?:[A-Z]\w+,\s+)?(he|she|He|She)\b", text[start : start + 40])
        verb = participles[-1]
        recalled = _RECALLED_BEFORE.search(text[start : verb.start()])
        if recalled:  # "Lee remembers Brandt saying": Brandt speaks, as Lee remembers
            at = start + recalled.start(1)
            speaker = _remembered(recalled.group(1), at, index)
            cue = text[at : verb.end()]
            return Attribution(speaker, cue, verb.group().lower(), at)
        doer = text[start : verb.start()]
        heard = _OVERHEARD.search(doer)
        if _UNNAMED_DOER.search(doer[: heard.start()] if heard else doer):
            # "a man can be heard shouting from a balcony, “…”": someone left unnamed
            return Attribution(None, verb.group(), verb.group().lower(), verb.start())
        who = _RELATIVE_WHO.search(text, start, verb.start())
        if who and not re.search(r"[,;:]", text[who.end() : verb.start()].rstrip(" ,")):
            # "the candidate, who softened his tone by claiming that …": the antecedent
            return _antecedent(text, start, who.start() + who.group().index("who"), verb, index)
        lead = _SUBORDINATE.match(text, start, verb.start())
        led_by = _clause_subject(text, lead.end() if lead else start, index)
        subject: str | None
        if opener:  # "He also alluded to ..., saying"
            subject = index.focus(start, pronoun=opener.group(1).lower())
        elif led_by is not None:  # "the report attacks …, saying": the report's
            subject = led_by
        else:
            # "As for Kim's comments, Lee fired back, saying": the main clause's subject;
            # "Pell and Rudd had circulated a letter …, calling": the pair
            clause = lead.end() if lead else start
            subject = _opening_pair(text, clause, index) or index.first_subject(
                clause, verb.start()
            )
        if subject is not None:  # "" for an unnamed subject ("Lee officials …, calling")
            return Attribution(subject or None, verb.group(), verb.group().lower(), verb.start())
    return unnamed or _source_of_predicate(text, start, pos, index)


def _list_opened_by(subject: str, start: int, index: PersonIndex) -> str | None:
    """The list of three or more people the subject's name opens or ends ("Sens. Gil
    Paddock, Marjorie Sillanpaa and Devin Orr", cut at its first or last name)."""
    if not subject[:1].isupper():
        return None
    for at, name in index.plurals:
        if ", " in name and start - 120 <= at < start + len(subject):
            last = name.rsplit(" and ", 1)[-1]
            ends = at < start and subject.endswith(last.split()[-1])
            if start <= at or (ends and re.search(r"\band\s+$", index.text[at:start])):
                return name
    return None


def _opening_pair(text: str, start: int, index: PersonIndex) -> str | None:
    """The pair of people (or plural body) that opens the clause at `start`."""
    head = text[start : start + 40]
    opening = start + len(head) - len(head.lstrip())
    titled = _PLURAL_TITLE.match(text, opening)  # "City Council members Ruth Ebbers and …"
    titled = titled or _ONE_TITLE.match(text, opening)  # "Sen. Ana Pell and Sen. Dan Lowe"
    at_pair = {opening, titled.end()} if titled else {opening}
    found = next((name for at, name in index.plurals if at in at_pair), None)
    names = None if found else _NAMES_THEN_VERB.match(text, opening)
    if names and " and " in names.group(1):  # "Mayor Ana Pell and Councillor Dan Lowe signed"
        return joint_speakers(names.group(1), opening, index)
    return found


# A clause opening with names joined by "and", then its verb: "Mayor Ana Pell and
# Councillor Dan Lowe signed".
_NAMES_THEN_VERB = re.compile(
    r"((?:[A-Z][\w.'’-]*|and)(?:,?\s+(?:[A-Z][\w.'’-]*|and)){2,9})\s+[a-z]"
)


_ONE_TITLE = re.compile(r"(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Sgt|Capt|Prof)\.\s+(?=[A-Z])")
_PLURAL_TITLE = re.compile(
    r"(?:[A-Z][\w.-]*\s+){0,3}(?:members|councillors|councilors|senators|lawmakers|"
    r"representatives|Sens\.|Reps\.)\s+(?=[A-Z])"
)


_SOURCE_LEAD = re.compile(r"\s*According to ([^,;:“”\"]{1,120}),")
_PREDICATE = re.compile(r"\s?[a-z][\w’'-]*(?:[,;]?\s+[\w’'-]+){1,2}")  # "was beginning the …"
# The subject the quoted predicate is given: a name, "he", or a short phrase ("the steroids")
_BARE_SUBJECT = re.compile(
    r",\s*(?:(?:[\w’'-]+\s+){0,4}?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*|[Hh]e|[Ss]he|"
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:\s+[a-z][\w’'-]*){1,3}"
    r"|[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})\s*$"  # "investigators found"
)
# Someone the source phrase leaves unnamed: "according to the man", "a neighbour".
_UNNAMED_ONE = re.compile(
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|patient|boy|girl|victim|neighbou?r|"
    r"witness|resident|driver|passenger|friend|relative|worker|employee)"
)


_FILED_DOCUMENTS = word_set(
    "complaint lawsuit filing indictment affidavit report memo letter statement study ruling "
    "order motion petition"
)
# A document and who filed, issued or wrote it: "a criminal complaint filed Sunday by the
# Corvell County District Attorney's Office", "a report from the Harbour Board".
_FILED_BY = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:" + alternation(sorted(_FILED_DOCUMENTS)) + r")\s+"
    r"(?:[\w-]+\s+){0,3}?(?:by|from)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’&.-]*\s+(?:of\s+|and\s+|for\s+)?){0,6}[A-Z][\w'’&-]*)$"
)

# A body's name, its small joining words kept: "Center for Fiscal Policy", "Department of
# the Interior".
_BODY_NAME = r"((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}[A-Z][\w'’&-]*)"
# A sentence led by a document and who put it out: "The report, released by the Center
# for Fiscal Policy on Tuesday, concluded that …": the words are that body's.
_ISSUED_BY = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:"
    + alternation(sorted(_FILED_DOCUMENTS | word_set("analysis survey review paper audit")))
    + r")\s*,?\s+(?:released|published|issued|filed|written|drafted|authored|commissioned|"
    r"prepared|compiled|produced|put\s+out|signed)\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?"
    + _BODY_NAME
    + r"(?:\s+(?:on|in|last|this|earlier|late)\b[^,;“”\"]{0,30})?\s*,?\s*"
)

# A named one and a count of others ending the subject: "Westland and 19 other states".
_OTHERS_BEFORE = re.compile(
    r"(?<![\w-])[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w.&’'-]*)*\s+and\s+"
    r"(?:\d+|[a-z]+)\s+other\s+(?:\w+(?:\s*-\s*\w+)?\s+){0,2}?[a-z]+s\s*,?\s*$"
)


def _source_of_predicate(text: str, start: int, pos: int, index: PersonIndex) -> Attribution | None:
    """ "According to Lee, the agent Ann Kim “was vanishing”": the quote is the predicate
    Lee gave Kim, so the words are Lee's; a verb of Kim's own in between ("Kim stated that
    “…”") makes them Kim's, found elsewhere."""
    lead = _SOURCE_LEAD.match(text, start, pos)
    if lead is None:
        return None
    if not text[lead.end() : pos].strip():  # "According to the Harbour Board, “…”": its words
        return _lead_source(text, lead, index)
    if not _PREDICATE.match(text, pos + 1):
        return None
    if _BARE_SUBJECT.search(text[start:pos].rstrip(' “"')) is None:
        return None
    # (a source nobody the article knows is still not the subject the words describe:
    # "According to court documents, Lowe “knowingly misled investors”")
    cue = re.sub(r"\s+", " ", lead.group().strip(" ,"))
    return _lead_source(text, lead, index) or Attribution(None, cue, "according to", lead.start(1))


def _lead_source(text: str, lead: re.Match[str], index: PersonIndex) -> Attribution | None:
    """The one an "According to …," lead names: a person or body, or whoever filed the
    document it names; None when it names nobody the article knows."""
    source, at = subject_after(text, lead.start(1) - 1)
    name = resolve_subject(source, at, index) if source else None
    filed = None if source else _FILED_BY.match(lead.group(1))
    if filed:  # "According to a criminal complaint filed Sunday by the District Attorney's
        # Office, Crace “fired …”": the words of the document, so of whoever filed it
        source, at = filed.group(1), lead.start(1) + filed.start(1)
        name = index.expand(source) if is_org_name(source) else resolve_subject(source, at, index)
    cue = re.sub(r"\s+", " ", lead.group().strip(" ,"))
    if name is None and not (source and _UNNAMED_ONE.fullmatch(source)):
        return None
    return Attribution(name, cue, "according to", lead.start(1))


def _group_says(text: str, result: Attribution, verb: re.Match[str], pos: int) -> bool:
    """ "The doctors said they would work with the agency to “…”": a group left unnamed
    opens the sentence and no name comes between its verb and the quote."""
    said_by = (result.cue or "")[: max(0, verb.start() - result.position)].strip(" ,")
    if not UNNAMED_GROUP.match(said_by) or not said_by[:1].isupper():
        return False
    return re.search(r"[.!?;“”\"]|\s[A-Z][a-z]", text[verb.end() : pos].rstrip(' “"')) is None


_WITH_SUBJECT = re.compile(
    r",\s+with\s+((?:[\w.'’-]+\s+){0,4}?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*"
    # "…, with one user writing:": someone unnamed, or whom the words name ("a company
    # spokesperson")
    r"|(?:one|a|an|another)\s+(?:[a-z-]+\s+){0,2}?[a-z]+)\s+$"
)


def _with_subject(
    text: str, floor: int, verb: re.Match[str], index: PersonIndex
) -> Attribution | None:
    """ "The league blasted it, with its vice president Ann Lee saying": Lee speaks."""
    found = _WITH_SUBJECT.search(text, max(floor, verb.start() - 90), verb.start())
    if found is None:
        return None
    name = resolve_subject(found.group(1), found.start(1), index)
    cue = re.sub(r"\s+", " ", text[found.start(1) : verb.end()])
    return Attribution(name, cue, verb.group().lower(), found.start(1))


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
    if "," in between and _WHO.search(text, max(floor, outer.start() - 24), outer.start()):
        return None  # "Lee, who told us that she would help, claimed": an aside, not nested
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


_NAME_THEN_APPOSITIVE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*,\s*(?:a|an|the)\s+[^,.;]{0,60}$"
)


# A clause led by a document or body in lower case, or by a body's lawyers: the phrase the
# first name after it must not displace ("the report attacks the Salt Riots, saying").
_PARTICIPLE_OPENING = re.compile(
    r"\s*(?:[A-Z][a-z]+ed\b[^,;:“”\"]{0,200}"
    # "Within an hour, the company issued a statement saying": a time or place first
    r"|(?:Within|After|Before|On|In|At|During|Later|Earlier|Hours|Minutes|Days)\b[^,;:“”\"]{0,60}),"
)
_CLAUSE_SUBJECT = re.compile(
    r"\s*(?:(?:[Tt]he\s+)?((?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w&-]*)['’]s?\s+"
    r"(?:lawyers|attorneys|spokes(?:man|woman|person))"
    r"|([Tt]he\s+(?:report|study|letter|statement|lawsuit|memo|document|commission|committee|"
    r"council|board|group|company|agency|department)))\s"
)


def _clause_subject(text: str, start: int, index: PersonIndex) -> str | None:
    """The speaker a clause's leading phrase names: "" when it names one not resolvable
    (so that no later name stands in), None when the clause leads with something else."""
    opening = _PARTICIPLE_OPENING.match(text, start)  # "Released on Monday, the report"
    match = _CLAUSE_SUBJECT.match(text, opening.end() if opening else start)
    if match is None:
        return None
    if match.group(2):
        return resolve_subject(match.group(2), match.start(2), index) or ""
    owner = resolve_subject(match.group(1), match.start(1), index)
    return owner if owner and is_org_name(owner) else None


def _antecedent(
    text: str, floor: int, who: int, verb: re.Match[str], index: PersonIndex
) -> Attribution:
    """ "a columnist who called it “…”": the speaker is who "who" stands for, maybe nobody."""
    before = text[max(floor, who - 80) : who].rstrip(" ,")
    name = trailing_name(before) if before[-1:].isalnum() else None
    if name is None:  # "a dinner for Lee, who": governed, but still the antecedent
        run = TRAILING.search(before)
        name = last_name(run.group()) if run else None
    if name is None:  # "Gov. Kevin Lee, a Republican who": the name the appositive follows
        named = _NAME_THEN_APPOSITIVE.search(before)
        name = last_name(named.group(1)) if named else None
    if name is None:  # "the presidential candidate, who": the role's holder
        role = re.search(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}[\w-]+$", before)
        name = role.group() if role else None
    speaker = resolve_subject(name, who, index) if name else None
    if speaker is None:  # "Republican attorneys general from 20 states who": the group
        speaker = index.group(who, "", reach=who - max(floor, who - 80))
    if speaker is None and _UNNAMED_LEDE.match(text) and not _SENTENCE_END.search(text, 0, who):
        # "A drug dealer who told police he was ‘…’ has been jailed.\n\nJordan Pike, 22, …":
        # the story's opening leaves unnamed the one it names next
        speaker = introduced_after(index, who, "")
    cue = re.sub(r"\s+", " ", text[who : verb.end()]).strip()
    return Attribution(speaker, cue, verb.group().lower(), who)


_UNNAMED_LEDE = re.compile(r"\s*An?\s+[a-z]")  # "A man who …", "An Ashcombe mum …" (not)
_CAME_REPLY = re.compile(
    r"came\s+(?:the|his|her|their)\s+(reply|response|answer|retort)\b(?!\s+(?:from|of)\b)"
)  # ("came the reply from Nessim" names its speaker after "from")
_ASKER = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+asked\b")
_REPLIES = frozenset({"replied", "responded", "answered", "replies", "responds", "answers"})
_ASKED_WHOM = re.compile(r"\basked\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)")
_ASKED_PASSIVE = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:was|were|is|has\s+been|had\s+been)\s+asked\b"
)  # "In an interview, Whitlow was asked whether she would resign": the one asked


def _asked_ones(text: str, floor: int, anchor: int) -> list[re.Match[str]]:
    """Who was asked between floor and anchor, "asked Quist" or "Quist was asked", in order."""
    found = [
        *_ASKED_WHOM.finditer(text, floor, anchor),
        *_ASKED_PASSIVE.finditer(text, floor, anchor),
    ]
    return sorted(found, key=lambda match: match.start())


def _asked(text: str, anchor: int, pronoun: str, index: PersonIndex) -> str | None:
    """ "Lamm asked Quist about the plan. “…,” she replied": the one asked replies."""
    floor = max(0, anchor - 300)
    found = _asked_ones(text, floor, anchor)
    if not found or re.search(r"[“”\"]", text[found[-1].end() : anchor - 1]):
        return None  # another quote came between the question and this reply
    name = resolve_subject(found[-1].group(1), found[-1].start(1), index)
    return name if name and index.agrees(name, pronoun) else None


def _clause_start(text: str, floor: int, verb_start: int) -> int:
    """Start of the subject segment before a verb: after the last quote or sentence mark."""
    cut = floor
    for match in re.finditer(r"[“”\"«»;:]|\bthat\b|\bwhile\b|\b[Aa]s\b", text[floor:verb_start]):
        at = floor + match.start()
        if match.group() == "that" and not _VERB.search(text, max(floor, at - 30), at):
            continue  # "an ally of the union that has clashed with Kim, said": a relative
        if (
            match.group().lower() in ("that", "as")
            and _RELATIVE_WHO.search(text, floor, at)
            and "," in text[at:verb_start]
        ):
            continue  # "Lee, who told us that she would help, claimed": inside the aside
            # ("The 20-year-old, who was released as a teenager, said": not the teenager)
        if match.group() == "as" and text[max(floor, at - 5) : at] == "such ":
            continue  # "Lee, who split with them on issues such as vouchers, told": Lee's
        if match.group().lower() == "as" and _PASSED_ON_ASIDE.match(text, at, verb_start):
            continue  # "Pell, as quoted by the Gazette, said": Pell's, the paper passes it on
        cut = floor + match.end()
    asked = _ASKED_LEAD.match(text, cut, verb_start)
    if asked:  # "Asked by Petra Lund, the host, whether …, the president replied": the asker
        cut = asked.end()  # is not the subject; the words after the last comma are
    return cut


# A second verb of one subject, right before the verb: "…, but said", "… and added".
_SHARED_SUBJECT = re.compile(r"(,?)\s+(?:but|yet|(and))\s+(?:then\s+|later\s+|also\s+)?$")
# An aside between a subject and its verb that names who passed the words on.
_PASSED_ON_ASIDE = re.compile(
    r"[Aa]s\s+(?:quoted|reported|cited)\s+(?:by|in)\s+[^,;:“”\"]{1,60},\s*$"
)
# A clause opening on who put the question: "Asked by Lee whether …, the mayor said".
_ASKED_LEAD = re.compile(
    r"\s*(?:When\s+|After\s+being\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Cc]hallenged)\b"
    r"[^.!?;]*,(?=\s*(?:the\s+|[A-Z]|he\b|she\b)[^,]{0,60}$)"
)
# "She was quoted by …", "Lee is reported to have said": the subject is who spoke.
_TOLD_PASSIVE = frozenset({"told", "warned", "assured", "informed", "reminded"})  # "was told by"
# Verbs that characterise someone in another's words: "Lowe was described by police as “…”".
_CHARACTERISING = word_set(
    "described accused called branded labelled labeled dubbed characterised characterized "
    "criticised criticized condemned praised hailed blasted slammed attacked mocked"
)
_BY_AGENT = re.compile(
    r"\s+by\s+((?:[^;:“”\"‘’.()]|\.(?=\s*[A-Za-z])|\([^()]{1,20}\)){1,80}?)\s*,?\s+(?:as|of|for|over)"
    r"\s+[“\"‘]"
)  # ("by Sen. Ana Pell (D-Mich.) of", the tag left out below)
_NO_AGENT = re.compile(r"\s*,?\s+(?:as|of|for|over)\s+[“\"‘]")
_TOLD_BY = re.compile(r"\s+by\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)")
_PASSIVE_BEFORE = re.compile(r"\s+(?:was|were|is|are|been|being)\s+(?:widely\s+)?$")


def _characterised(
    text: str, seg_start: int, before: str, verb: str, v_end: int, index: PersonIndex
) -> Attribution | None:
    """The words a passive puts on someone are the agent's: "Lowe was accused by Ana Pell
    of “…”" quotes Pell, "Lowe, described by police as “…”" the police, and "Lowe has been
    accused of “…”" someone left unnamed -- never Lowe, the one described."""
    if verb not in _CHARACTERISING:
        return None
    passive = _PASSIVE_BEFORE.search(before)
    if passive is None and not before.rstrip().endswith(","):  # ("Lowe, described by …")
        return None
    agent = _BY_AGENT.match(text, v_end, v_end + 120)
    if agent is None and (passive is None or not _NO_AGENT.match(text, v_end, v_end + 40)):
        return None
    if agent is None:
        cue = re.sub(r"\s+", " ", text[seg_start:v_end]).strip(" ,")
        return Attribution(None, cue, verb, seg_start)
    phrase, at = PARENTHESES.sub("", agent.group(1)).strip(), agent.start(1)
    role = _NAMED_LAST.fullmatch(phrase)
    if role:  # "by his former deputy, Ana Pell": the one named
        phrase, at = role.group(1), at + role.start(1)
    cue = re.sub(r"\s+", " ", text[v_end - len(verb) : agent.end(1)])
    return Attribution(resolve_subject(phrase, at, index), cue, verb, at)


_NAMED_LAST = re.compile(r"[^,]+,\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)")


# A group named, then its members between dashes, right before the verb.
_DASHED_LIST = re.compile(r"[^—–]{3,120}?\s[—–]\s([^—–]{3,240}?)\s[—–]\s*")
# The subject before an aside, when the verb's object is its listener: "A senior official,
# speaking on condition of anonymity because …, told the Chronicle:".
_TOLD = frozenset({"told", "tells"})
# What someone who speaks unnamed asked for: "who asked not to be named".
_ANONYMITY = re.compile(r"\s+(?:not\s+to\s+be|that\s+(?:his|her|their)\s+names?)\b")
# An unnamed one before an aside: "A White House official, speaking on condition of …,"
_UNNAMED_BEFORE_ASIDE = re.compile(
    r"\s*((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Tt]he)\s+(?:[a-z]+\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}"
    r"(?:[a-z]+\s+)?(?:officials?|aides?|spokes(?:man|woman|person)|sources?|diplomats?)),\s+"
    r"(?:speaking|who)\b[^;.!?“”\"]*,\s*"
)
# Staff of a named body: "Officials at the Department of Health", "staff from Lee's office".
_STAFF_AT = re.compile(
    r"\s*(?:[A-Z][\w.’'-]*\s+)?(?:[Oo]fficials|[Ss]pokespeople|[Rr]epresentatives|[Ss]taff)\s+"
    r"(?:at|from|with)\s+(?:the\s+)?" + _BODY_NAME + r"\s*"
)
_HEAD_BEFORE_ASIDE = re.compile(
    r"\s*([A-Z][^,;:.!?“”\"]{1,60}?),\s+(?:speaking|who|writing|citing|according)\b[^;.!?“”\"]*,\s*"
)
# Someone remembered speaking: "Lee recalled Brandt telling her", "remembers her father saying".
_RECALLS = frozenset({"recalled", "recalls", "recalling", "remembered", "remembers"})
_REMEMBERED = (
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*|(?:his|her|their|my|our)\s+[a-z]+|him|her|them)"
)
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _remembered(words: str, at: int, index: PersonIndex) -> str | None:
    """Who was remembered speaking: a name, a relative, or "him" (the man in focus)."""
    return resolve_subject(OBJECT_PRONOUNS.get(words.lower(), words), at, index)


_RECALLED = re.compile(r"\s+" + _REMEMBERED + r"\s+(?:saying|telling|asking)\b")
_RECALLED_BEFORE = re.compile(r"\b(?:recall|remember)(?:s|ed|ing)?\s+" + _REMEMBERED + r"\s+$")
# A participle whose name after it is the listener; the main clause's subject speaks.
_TO_LISTENER = frozenset({"telling", "asking"})
_MAIN_SUBJECT = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+[a-z][^,]*,\s*$")
# "“…” in traditional Medicare, said the letter": the quote's sentence ends in a phrase.
_PHRASE_TAIL = re.compile(r"\s*(?:in|of|for|at|on|from|to|with|than|under)\s+[^,.;]{1,60},\s*")


_UNNAMED_DOER = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]omeone|[Ss]omebody)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:man|woman|passenger|person|voice|heckler|fan|resident|protester|onlooker)\s*$"
    r"|\b(?:[Ss]omeone|[Ss]omebody)\s*$"
)
_WAS_ASKED = re.compile(
    r"(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Tt]hey)\s+(?:was|were|is|are|being|been)\s+"
    r"(?:also\s+|then\s+|later\s+|directly\s+)?$"
)
# A speaker caught on a recording: "Lee can be heard saying", "Lee was recorded telling".
_OVERHEARD = re.compile(
    r"(?<=\w)\s+(?:(?:can|could|may|might)\s+be|is|was|were|are|(?:has|have|had)\s+been)\s+"
    r"(?:clearly\s+)?(?:heard|seen|recorded|caught|filmed|captured|shown)\s+$"
)


def _clause_end(text: str, start: int) -> int:
    """The next sentence or quote mark from `start`."""
    stop = _CLAUSE_STOP.search(text, start)
    return stop.start() if stop else len(text)


def _earlier_verb(
    text: str, end: int, index: PersonIndex, anchor: int, bare_and: bool
) -> Attribution | None:
    """The named speaker of the sentence's first verb of speech before `end`: the subject
    a second verb shares ("Koll admitted that …, but said"). After a bare "and", not across
    a that-clause, whose own subject the verb may have."""
    floor = max(0, end - 300)
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, floor, end)), default=floor)
    first = _VERB.search(text, opening, end)
    if first is None or first.group().endswith("ing") or _SUBORDINATE.match(text, opening):
        return None  # ("When Lowe said …, Koll shook her head and said": Koll's, not Lowe's)
    between = text[first.end() : end]
    if "," in between or (bare_and and re.search(r"\bthat\b", between)):
        return None  # "Lee told police that men attacked him, beat him, and shouted": theirs
    if re.search(r"[:“‘\"«]", between):
        return None  # "Lee posted: ‘The boss came in and said, “…”’": the boss's words
    found = _from_verb(text, opening, first.start(), first.end(), index, anchor)
    return found if found is not None and found.speaker is not None else None


def _from_verb(
    text: str, seg_start: int, v_start: int, v_end: int, index: PersonIndex, anchor: int
) -> Attribution | None:
    """Resolve the subject before the verb (or the name right after it)."""
    verb = text[v_start:v_end].lower()
    before = text[seg_start:v_start]
    shared = _SHARED_SUBJECT.search(before)
    if shared and not verb.endswith("ing"):
        # (without a comma, "… that two men stopped his car and shouted" is theirs)
        bare_and = bool(shared.group(2)) and not shared.group(1)
        earlier = _earlier_verb(text, v_start - len(shared.group()), index, anchor, bare_and)
        if earlier is not None:  # "Koll admitted that she met Lowe, but said": Koll
            cue = text[earlier.position : v_end]
            return Attribution(earlier.speaker, re.sub(r"\s+", " ", cue), verb, earlier.position)
    overheard = _OVERHEARD.search(before) if verb.endswith("ing") else None
    if overheard:  # "“…,” Whitcombe can be heard saying on the recording": Whitcombe
        before = before[: overheard.start()]
    if verb in ("asked", "questioned") and _WAS_ASKED.search(before):
        # "Sofia Barranco was asked directly: “Do you believe her?”": the one asking,
        # unnamed, not the one asked
        return Attribution(None, text[seg_start:v_end].strip(" ,"), verb, v_start)
    subject, subj_start = subject_before(before, seg_start)
    joint = joint_list_before(before, seg_start, index) if subject else None
    dashed = _DASHED_LIST.fullmatch(before) if joint is None else None
    if dashed:  # "Three attorneys general — Ann Lee of Vermont, … and Bo Kim — said"
        joint = joint_list_before(dashed.group(1), seg_start + dashed.start(1), index)
    lead = _MAIN_SUBJECT.match(before) if verb in _TO_LISTENER and subject is None else None
    passive = _PASSIVE_BEFORE.search(before) if verb in ("quoted", "reported", "cited") else None
    passive_told = verb in _TOLD_PASSIVE and _PASSIVE_BEFORE.search(before)
    told_by = _TOLD_BY.match(text, v_end) if passive_told else None
    if told_by:
        # "Tom Reyes was told by Ana Pell that he would “…”": the one who told him
        name = resolve_subject(told_by.group(1), told_by.start(1), index)
        if name:
            cue = re.sub(r"\s+", " ", text[v_start : told_by.end(1)])
            return Attribution(name, cue, verb, told_by.start(1))
    characterised = _characterised(text, seg_start, before, verb, v_end, index)
    if characterised is not None:
        return characterised
    head = None
    if subject is None and verb in _TOLD:  # (the sentence may hold an "as" cut before)
        opening = max(text.rfind(". ", 0, v_start), text.rfind("\n", 0, v_start)) + 1
        head = _HEAD_BEFORE_ASIDE.fullmatch(text, opening, v_start)
    elif subject is None and not verb.endswith("ing"):
        # "A White House official, speaking on condition of anonymity, said": the head
        head = _UNNAMED_BEFORE_ASIDE.fullmatch(text, seg_start, v_start)
    staff = _STAFF_AT.fullmatch(before) if subject is None and head is None else None
    if staff:  # "Officials at the Department of Health said": that department
        subject, subj_start = staff.group(1), seg_start + staff.start(1)
    if joint:  # "Lee, Ana Ruiz and Tom Berg said": all three, as one joint speaker
        subj_start = joint[1]
        subject = text[subj_start:v_start].rstrip(" ,")
    elif lead:  # "“…,” Penn weighed in, telling Vale": Penn speaks, Vale listens
        subject, subj_start = lead.group(1), seg_start + lead.start(1)
    elif verb in _SOURCE_FIRST or (subject is None and not before.strip(" ,")):
        subject, subj_start = subject_after(text, v_end)
    elif head:  # "A senior official, speaking on condition of anonymity, told the Chronicle:"
        subject, subj_start = head.group(1), head.start(1)
    elif (subject is None and before.rstrip().endswith(",")) or _PHRASE_TAIL.fullmatch(before):
        subject, subj_start = subject_after(text, v_end)  # "“…” of the plan, said Lee"
    elif passive:  # "She was quoted by the agency RUNA as saying": she speaks, not RUNA
        subject, subj_start = subject_before(before[: passive.start()], seg_start)
    elif verb in ("quoted", "reported", "cited"):
        # "quoted Lee as saying", "The Courier reported Lee saying": Lee speaks
        quoted = re.match(  # ("KNA quoted him as telling a session": he speaks)
            r"\s+(.{1,60}?)\s+(?:as\s+)?(?:saying|telling|writing|warning|asking|adding)\b",
            text[v_end : v_end + 80],
        )
        if quoted:
            subject, subj_start = quoted.group(1), v_end + quoted.start(1)
    elif verb in _RECALLS:  # "Lee recalled Brandt telling her:": Brandt speaks
        recalled = _RECALLED.match(text, v_end)
        if recalled:
            subject, subj_start = recalled.group(1), recalled.start(1)
    elif verb in ("read", "reads", "posted", "shared"):
        # "Kroll read a statement from Nessim:": the reader only voices Nessim's words
        behalf = _VOICED_FOR.match(text, v_end)
        if behalf:  # "Pryce read a statement on behalf of her parents, Graham and Lucy Fisk:"
            subject, subj_start = behalf.group(1), behalf.start(1)
        voiced = None if behalf else _VOICED.match(text, v_end)
        if voiced:
            subject, subj_start = voiced.group(1), voiced.start(1)
    if subject is None and verb.endswith("nya") and verb in FOREIGN_REPORTING_VERBS:
        subject, subj_start = "dia", v_start  # "“…,” ujarnya": "he said" in one word
    if subject is None:  # "Westland and 19 other states said": the plural named there
        others = _OTHERS_BEFORE.search(before)
        at = seg_start + others.start() if others else -1
        subject = next((name for start, name in index.plurals if start == at), None)
        if subject:
            cue = re.sub(r"\s+", " ", text[at:v_end]).strip()
            return Attribution(subject, cue, verb, at)
    issued = _ISSUED_BY.fullmatch(before) if subject is None else None
    if issued:  # "The report, released by the Center for Fiscal Policy on Tuesday, concluded"
        subject, subj_start = issued.group(1), seg_start + issued.start(1)
    if subject is None:
        return _bare_surname(text, before, seg_start, v_start, v_end, index)
    document = subject[:4].lower() == "the " and drafters(index, subject, subj_start + len(subject))
    # "the letter, written by"
    listed = _list_opened_by(subject, subj_start, index)  # "wrote Sens. Ann Lee, Bo Kim and …"
    # ("said the Dubliner": someone from Dublin, not someone named so; the cue kept no "the")
    demonym = re.fullmatch(r"[A-Z][a-z]+", subject) and is_demonym_word(subject, index)
    the = re.search(
        r"(?i)\bthe\s+(?:\d+-year-old\s+)?$", text[max(0, subj_start - 20) : subj_start]
    )
    spoken = "the " + subject if demonym and the else subject
    speaker = joint[0] if joint else document or listed or _remembered(spoken, anchor, index)
    inserted = _INSERTED.search(before)
    if inserted and re.search(r"[a-z,]\s*$", before[: inserted.start()]):
        inserted = None  # "When a detective interviewed Daugherty, she told him": no aside
    if inserted and speaker and PRONOUN.match(subject.split()[-1]):
        # "Kim, she added, “has never …”": she is not Kim, whom her words are about
        about = resolve_subject(inserted.group(1), anchor, index)
        if about == speaker:
            pronoun = subject.split()[-1].lower()
            speaker = index.focus(anchor, pronoun=pronoun, besides=about)
    if speaker and verb in _TELLS and subject.lower() in ("he", "she"):
        # "“You were angry,” he told Garside": whoever "he" is, not the one he told
        listener = _LISTENER.match(text, v_end)
        heard = listener.group().strip() if listener else ""
        if heard[:1].isupper() and same_person(index.canonical(heard, v_end), speaker):
            speaker = _someone_else(index, anchor, subject.lower(), speaker)
    if speaker and subject.lower() in ("he", "she"):
        # "“I’m a Nevada vote,” she told reporters, when asked whether the minority leader
        # had tried to change her mind": whoever "she" is, not the one the question names
        asked_about = _ASKED_ABOUT.match(text, v_end)
        named = resolve_subject(asked_about.group(1), v_end, index) if asked_about else None
        if named and same_person(named, speaker):
            speaker = _someone_else(index, anchor, subject.lower(), named)
    if verb in _REPLIES and subject.lower() in ("he", "she"):
        speaker = _asked(text, anchor, subject.lower(), index) or speaker
    voiced = _IN_NAME_OF.match(text, v_end) if speaker and is_org_name(speaker) else None
    if voiced:  # "the union said in a statement issued in the name of its president, Dale
        # Pruitt": his words, the union's statement
        speaker = index.canonical(voiced.group(1), voiced.start(1))
    cue_start = min(subj_start, v_start)
    cue_end = max(v_end, subj_start + len(subject))
    if verb in ("told", "tells", "telling") and cue_end == v_end:
        listener = _LISTENER.match(text, v_end)
        if listener:  # "Zelensky told Morgan", "he told reporters"
            cue_end = listener.end()
    cue = re.sub(r"\s+", " ", text[cue_start:cue_end]).strip(" ,")
    if subj_start < v_start and text[subj_start + len(subject) : v_start].strip() == ",":
        # "the club's chairman, Dan Lowe, told reporters": "Dan Lowe told reporters"
        cue = re.sub(r"\s+", " ", f"{subject} {text[v_start:cue_end]}").strip(" ,")
    word = verb if verb in _SOURCE_FIRST else verb.split()[-1 if verb.startswith("a ") else 0]
    return Attribution(speaker, cue, word, cue_start)


def _someone_else(index: PersonIndex, anchor: int, pronoun: str, other: str) -> str | None:
    """Whom the pronoun means when it cannot be `other` (the one told, or asked about): the
    person in focus besides them, else the latest other one named whom it fits."""
    found = index.focus(anchor, pronoun=pronoun, besides=other)
    return found or named_agreeing(index, anchor, pronoun, other, 1500, first=True)


_LONE_WORD = re.compile(r"\s*([A-Z][a-z]+)\s*")
_LONE_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)(?=\s*(?:[,.;:!?”\"]|$))")


def _bare_surname(
    text: str, before: str, seg_start: int, v_start: int, v_end: int, index: PersonIndex
) -> Attribution | None:
    """ "“…,” says Early" or "Early says" where the article names Chris Early: a surname
    that alone reads as an adverb is the person's all the same."""
    lone = _LONE_WORD.fullmatch(before)
    start = seg_start + lone.start(1) if lone else -1
    if lone is None and not before.strip(" ,"):
        lone = _LONE_WORD_AFTER.match(text, v_end)
        start = lone.start(1) if lone else -1
    if lone is None:
        return None
    speaker = index.surname_holder(lone.group(1), start)
    if speaker is None:
        return None
    span = text[start:v_end] if start < v_start else text[v_start : lone.end(1)]
    cue = re.sub(r"\s+", " ", span).strip(" ,")
    return Attribution(speaker, cue, text[v_start:v_end].lower().split()[0], start)
