"""Figures stated outside quotes, grouped into facts and compared across a story's articles."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from rapidfuzz import fuzz

from desktop.core.figures import find_figures
from desktop.core.model import ArticleQuotes, Figure
from desktop.core.normalize import STOPWORDS, match_key, strip_accents

# Quote marks the quote finder may not have turned into a quote still mark quoted words.
_QUOTED_RE = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"|«[^»\n]{1,600}»|„[^“”\n]{1,600}[“”]")
_SENTENCE_END_RE = re.compile(r"[.!?…]['\"”’»]?\s+|\n")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Another number also ends the phrase: "from 3.8 percent to 5 percent" counts nothing.
_CLAUSE_BREAK = re.compile(r"[;:()\[\]—–“”\"«»]|,(?!\d)|\s-\s|\d")
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})  # fmt: skip
# Words that say what kind of number it is, or who gave it, not what was counted.
_FILLER = STOPWORDS | frozenset({
    "around", "nearly", "almost", "roughly", "some", "least", "over", "under", "just",
    "said", "says", "told", "according", "officials", "official", "approximately",
    "estimated", "reportedly", "fewer", "less", "another", "other",
})  # fmt: skip
_FRACTION_RE = re.compile(r"[\s-]?(halves|half|thirds?|quarters?|fifths?|tenths?)\b", re.IGNORECASE)
# find_figures leaves "one"/"a" alone (a pronoun more often than a number), not so here.
_ONE_FRACTION_RE = re.compile(r"\b(?:one|a)[\s-](half|third|quarter|fifth|tenth)\b", re.IGNORECASE)
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:Title|Section|Article|Chapter|Amendment|Route|Highway|Interstate|Flight|Room|No\.?"
    r"|Number|Resolution|Proposition|Prop\.?|Phase|Stage|Category|Level|Grade|Class|Type"
    r"|Model|Version|Channel|Gate|Platform|Ward|District|Precinct|Exit|Page|Paragraph|Rule"
    r"|Clause|Bill|Act|Form|Schedule|Covid|COVID|Air Force|Apollo|Windows)[\s-]*$"
)
_TIME_AFTER_RE = re.compile(r"\s?(?:[ap]\.\s?m\.|[ap]m\b|o['’]clock\b)", re.IGNORECASE)
_ZONE_AFTER_RE = re.compile(r"\s?(?:GMT|UTC|ET|EST|EDT|PT|PST|PDT|CET|CEST|BST)\b")
AFTER_WORDS = 5
BEFORE_WORDS = 3
LINK_SCORE = 70.0
# Different values join one fact only when this close (high / low) ...
MAX_RATIO = 1.5
NEAR_RATIO = 1.05  # rounding: "45,000" for "45,100"
# ... and their sentences this similar (0..100; rounding may come with rewording).
CLOSE_SENTENCE = 65.0
NEAR_SENTENCE = 45.0
MAX_HOLDERS = 60


@dataclass(frozen=True)
class FigureMention:
    """One figure printed outside quote marks in one article, with what it counts."""

    article: int  # ArticleQuotes.key
    figure: Figure
    counted: str  # the words after the number as printed ("homes", "Ukrainians had lost")
    lead: str  # the words before it in its clause ("the storm damaged")
    sentence: str  # the whole sentence, whitespace collapsed

    @property
    def label(self) -> str:
        """The fact with the number left out: "the storm damaged … homes"."""
        return " ".join(part for part in (self.lead, "…", self.counted) if part)


@dataclass(frozen=True)
class FigureFact:
    """The same fact as printed by several articles (at most one mention per article)."""

    mentions: tuple[FigureMention, ...]  # in the order of the story's articles

    @property
    def label(self) -> str:
        """The fact with the number left out, from the most telling lead and counted words:
        "national share at … of the total"."""
        if not self.mentions:
            return ""
        lead = max(self.mentions, key=lambda m: len(_keys(m.lead))).lead
        counted = max(self.mentions, key=lambda m: len(_keys(m.counted))).counted
        return " ".join(part for part in (lead, "…", counted) if part)

    @property
    def differs(self) -> bool:
        """True when the articles print different values (not merely different spellings)."""
        return len({_value_key(m.figure) for m in self.mentions}) > 1

    def mention_for(self, article: int) -> FigureMention | None:
        return next((m for m in self.mentions if m.article == article), None)

    def is_odd(self, mention: FigureMention) -> bool:
        """True when this mention's value is not the one most articles print.

        On a tie the value printed first (in article order) counts as the usual one.
        """
        if not self.differs:
            return False
        counts = Counter(_value_key(m.figure) for m in self.mentions)
        usual = counts.most_common(1)[0][0]
        return _value_key(mention.figure) != usual


def compare_story_figures(
    articles: Sequence[ArticleQuotes], *, min_articles: int = 2
) -> tuple[FigureFact, ...]:
    """Facts stated with a number outside quotes by at least `min_articles` articles.

    Mentions in different articles join one fact when they count the same thing (a
    shared word after the number, or the same lead-in) in similar sentences. Facts
    whose values differ ("45,100" vs "45,000") come first, then by how many articles
    print them, then by first appearance.
    """
    order = {article.key: position for position, article in enumerate(articles)}
    mentions = [m for article in articles for m in figures_outside_quotes(article)]
    groups = _group(mentions)
    facts = [
        FigureFact(tuple(sorted(group, key=lambda m: order[m.article])))
        for group in groups
        if len(group) >= min_articles
    ]
    first = {id(m): index for index, m in enumerate(mentions)}
    facts.sort(
        key=lambda fact: (
            not fact.differs,
            -len(fact.mentions),
            min(first[id(m)] for m in fact.mentions),
        )
    )
    return tuple(facts)


def figures_outside_quotes(article: ArticleQuotes) -> tuple[FigureMention, ...]:
    """Every figure of an article's text outside quotation marks, years and dates left out."""
    text = article.text
    quoted = [span for quote in article.quotes for span in quote.span_list()]
    quoted += [(m.start(), m.end()) for m in _QUOTED_RE.finditer(text)]
    mentions = []
    for figure in _figures(text):
        if any(start < figure.end and figure.start < end for start, end in quoted):
            continue
        if _is_date_or_label(text, figure):
            continue
        figure = _with_fraction(text, figure)
        sentence_start, sentence_end = _sentence_bounds(text, figure.start)
        mentions.append(
            FigureMention(
                article=article.key,
                figure=figure,
                counted=_after(text[figure.end : sentence_end]),
                lead=_before(text[sentence_start : figure.start]),
                sentence=" ".join(text[sentence_start:sentence_end].split()),
            )
        )
    return tuple(mentions)


def _figures(text: str) -> list[Figure]:
    found = [_without_article(figure) for figure in find_figures(text)]
    for m in _ONE_FRACTION_RE.finditer(text):
        value = 1 / _DENOMINATORS[m.group(1).lower()]
        found.append(Figure(m.group(0), value, m.start(), m.end(), unit="fraction"))
    return sorted(found, key=lambda figure: figure.start)


def _without_article(figure: Figure) -> Figure:
    """ "a two-week strike" states two, not "a two" (which find_figures reads as 3)."""
    head = figure.raw[:2].lower()
    if head not in ("a ", "a-") or figure.unit is not None:
        return figure
    rest = find_figures(figure.raw[2:])
    if not rest:
        return figure
    return replace(
        rest[0], start=figure.start + 2 + rest[0].start, end=figure.start + 2 + rest[0].end
    )


def _is_date_or_label(text: str, figure: Figure) -> bool:
    """Years, days of a month, clock times, ordinals and codes are not facts to compare."""
    raw = figure.raw
    after = text[figure.end : figure.end + 1]
    before = text[max(0, figure.start - 1) : figure.start]
    if after.isalnum() or (after in ":/" and text[figure.end + 1 : figure.end + 2].isdigit()):
        return True  # "1st", "10:30", "3/4"
    if before in ":/" and figure.start >= 2 and text[figure.start - 2].isdigit():
        return True
    if raw.isdigit() and len(raw) == 4 and 1800 <= figure.value <= 2100:
        return True
    if _LABEL_BEFORE_RE.search(text, max(0, figure.start - 16), figure.start):
        return True  # "Title 42", "Section 230": names, not quantities
    if _TIME_AFTER_RE.match(text, figure.end) or _ZONE_AFTER_RE.match(text, figure.end):
        return True
    if raw.isdigit() and figure.value <= 31:
        near = text[max(0, figure.start - 12) : figure.end + 12].lower()
        if any(word in _MONTHS for word in _WORD_RE.findall(near)):
            return True
    return False


def _with_fraction(text: str, figure: Figure) -> Figure:
    """ "two thirds" is one figure (2/3), not the number two."""
    found = _FRACTION_RE.match(text, figure.end)
    if found is None or figure.unit is not None:
        return figure
    word = found.group(1).lower()
    denominator = _DENOMINATORS[word[:-1] if word.endswith("s") else word]
    return replace(
        figure,
        raw=text[figure.start : found.end()],
        value=figure.value / denominator,
        end=found.end(),
        unit="fraction",
    )


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    start = 0
    for boundary in _SENTENCE_END_RE.finditer(text, 0, position):
        start = boundary.end()
    after = _SENTENCE_END_RE.search(text, position)
    return start, (after.start() + 1 if after else len(text))


def _after(rest: str) -> str:
    """Up to AFTER_WORDS words after the number, within its clause."""
    clause = _CLAUSE_BREAK.split(rest, maxsplit=1)[0]
    return " ".join(_WORD_RE.findall(clause)[:AFTER_WORDS])


def _before(lead: str) -> str:
    """Up to BEFORE_WORDS words before the number, within its clause."""
    clause = _CLAUSE_BREAK.split(lead)[-1]
    return " ".join(_WORD_RE.findall(clause)[-BEFORE_WORDS:])


def _keys(words: str) -> frozenset[str]:
    """Content words, lower case, a plural "s" dropped: "Ukrainians" = "Ukrainian"."""
    found = (strip_accents(w).lower() for w in _WORD_RE.findall(words))
    return frozenset(
        w[:-1] if len(w) > 3 and w.endswith("s") else w for w in found if w not in _FILLER
    )


def _kind(figure: Figure) -> str:
    # A currency sign is often dropped in retelling; a percent sign changes the meaning.
    return figure.unit if figure.unit in ("%", "fraction") else ""


def _value_key(figure: Figure) -> tuple[str, float]:
    return _kind(figure), round(figure.value, 4)


def _counted_keys(mention: FigureMention) -> frozenset[str]:
    keys = _keys(mention.counted)
    if mention.figure.unit == "fraction":  # "two thirds" counts thirds
        keys |= _keys(mention.figure.raw.split()[-1].split("-")[-1])
    return keys


@dataclass(frozen=True)
class _Profile:
    """What pairing compares of one mention, computed once."""

    kind: str
    value: tuple[str, float]
    counted: frozenset[str]
    lead: frozenset[str]
    sentence: str  # match key without digits
    names: frozenset[str]  # capitalised words among the counted ones ("of Colorado's")


def _profile(mention: FigureMention) -> _Profile:
    return _Profile(
        kind=_kind(mention.figure),
        value=_value_key(mention.figure),
        counted=_counted_keys(mention),
        lead=_keys(mention.lead),
        sentence=re.sub(r"\d", "", match_key(mention.sentence)),
        names=_keys(" ".join(w for w in _WORD_RE.findall(mention.counted) if w[:1].isupper())),
    )


def _pair_score(a: FigureMention, b: FigureMention, pa: _Profile, pb: _Profile) -> float:
    """How surely two mentions state the same fact; links at LINK_SCORE or more.

    Equal values need a shared counted or lead word and a similar sentence. Different
    values are a claim that an outlet misprinted or rounded a number, so they need more:
    the same counted word, values close together and a closely similar sentence
    ("12,400 homes" vs "14,200 homes"; never "310 families" vs "12,400 homes").
    """
    if pa.kind != pb.kind:
        return 0.0
    counted = len(pa.counted & pb.counted)
    lead = len(pa.lead & pb.lead)
    if not counted and not lead:
        return 0.0
    # token_set_ratio alone rates a short sentence contained in a long one as equal.
    sentences = (
        fuzz.token_set_ratio(pa.sentence, pb.sentence)
        + fuzz.token_sort_ratio(pa.sentence, pb.sentence)
    ) / 2
    evidence = 25.0 * min(counted, 2) + 10.0 * min(lead, 2)
    if pa.value == pb.value:
        return sentences + evidence + 15.0
    low, high = sorted((abs(a.figure.value), abs(b.figure.value)))
    closeness = high / max(low, 1e-9)
    if not counted or closeness > MAX_RATIO:
        return 0.0
    if pa.names and pb.names and not pa.names & pb.names:
        return 0.0  # "21 percent of Colorado's" and "30 percent … in Arizona": two places
    needed = NEAR_SENTENCE if closeness <= NEAR_RATIO else CLOSE_SENTENCE
    return sentences + evidence if sentences >= needed else 0.0


def _candidate_pairs(profiles: Sequence[_Profile]) -> set[tuple[int, int]]:
    """Pairs sharing at least one counted or lead word: only they can score."""
    holders: dict[str, list[int]] = defaultdict(list)
    for index, profile in enumerate(profiles):
        for word in profile.counted | profile.lead:
            holders[word].append(index)
    # A word most mentions share ("people") is no evidence and would make this quadratic.
    return {
        pair
        for indices in holders.values()
        if len(indices) <= MAX_HOLDERS
        for pair in combinations(indices, 2)
    }


def _group(mentions: Sequence[FigureMention]) -> list[list[FigureMention]]:
    """Join the best-scoring pairs first; a group never holds two mentions of one article."""
    profiles = [_profile(mention) for mention in mentions]
    pairs = []
    for i, j in _candidate_pairs(profiles):
        if mentions[i].article == mentions[j].article:
            continue
        score = _pair_score(mentions[i], mentions[j], profiles[i], profiles[j])
        if score >= LINK_SCORE:
            pairs.append((score, i, j))
    pairs.sort(key=lambda pair: (-pair[0], pair[1], pair[2]))
    group_of = list(range(len(mentions)))
    members: dict[int, set[int]] = {i: {i} for i in range(len(mentions))}
    for _score, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        articles_i = {mentions[k].article for k in members[gi]}
        if any(mentions[k].article in articles_i for k in members[gj]):
            continue
        for k in members.pop(gj):
            group_of[k] = gi
            members[gi].add(k)
    return [[mentions[k] for k in sorted(group)] for group in members.values()]
