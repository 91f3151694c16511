"""Synthetic stories for benchmarks: fictional statements quoted and perturbed by outlets.

Every sentence is generated from word lists written for this project (fictional
people, towns and projects). Outlets quote a story's statements with the changes real
outlets make: swapped words, cuts, re-printed or changed numbers, another speaker
name, typography. Different statements of one story share topic words on purpose,
so matching has to tell them apart.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from desktop.core.model import ArticleQuotes, Quote

SPEAKERS = [
    ("Ilse Varga", ("Varga", "Mayor Varga", "Ilse Varga")),
    ("Tomas Brenner", ("Brenner", "Tomas Brenner", "Mr Brenner")),
    ("Oona Lindqvist", ("Lindqvist", "Oona Lindqvist", "Lindkvist")),
    ("Piet Marlowe", ("Marlowe", "Piet Marlowe")),
    ("Adaeze Okafor", ("Okafor", "Adaeze Okafor")),
    ("Rurik Zelenkov", ("Zelenkov", "Zelenkovv", "Rurik Zelenkov")),
]
OPENERS = ["", "Let me be clear:", "Frankly,", "As I said before,", "Today", "Honestly,"]
SUBJECTS = ["we", "the council", "our government", "the agency", "my team", "the region"]
MODALS = ["will", "will not", "must", "cannot", "should", "intend to"]
VERBS = ["rebuild", "fund", "close", "review", "expand", "protect", "delay", "inspect"]
OBJECTS = [
    "the northern bridge",
    "the harbour clinic",
    "every rural school",
    "the old tram depot",
    "the flood barrier",
    "the river ferry",
    "the wind farm at Kessel Point",
    "the public archive",
]
PLACES = ["in Arnholt", "in Velmar", "across the valley", "in the capital", "on the coast"]
_ADJECTIVE_TEXT = """northern southern old new public rural coastal central eastern western
    municipal regional flooded damaged temporary main second upper lower historic"""
_NOUN_TEXT = """bridge clinic school depot barrier ferry archive library station hospital
    tunnel market harbour reservoir stadium museum courthouse shelter plant pier
    road bypass canal dam orchard mill garrison campus hall terminal"""
_SYLLABLE_TEXT = (
    "ar bel cor dan el fen gar hol is kes lum mor nav ost pel quin ras sol tor ul ven wyn"
)
ADJECTIVES = _ADJECTIVE_TEXT.split()
NOUNS = _NOUN_TEXT.split()
SYLLABLES = _SYLLABLE_TEXT.split()
TAILS = [
    "because {n} families depend on it",
    "even if it costs {n} crowns",
    "and {n} workers will keep their jobs",
    "before {n} more people are forced to leave",
    "since only {n} inspectors remain",
]
NUMBERS = [45100, 390000, 1200, 600000, 7500, 38000, 12, 250000]
SYNONYMS = {
    "rebuild": "restore",
    "fund": "finance",
    "close": "shut",
    "review": "examine",
    "expand": "enlarge",
    "protect": "defend",
    "delay": "postpone",
    "inspect": "check",
    "families": "households",
    "workers": "employees",
    "people": "residents",
    "every": "each",
    "must": "have to",
    "cannot": "can't",
}
VERBS_SAID = ["said", "said", "told reporters", "claimed", "insisted", "added"]
FILLERS = [
    "It was a long week for everyone here",
    "Nobody expected the vote to pass so quickly",
    "We thank the volunteers for their patience",
    "The weather made the count harder than usual",
]


@dataclass(frozen=True)
class SyntheticStatement:
    speaker: int
    text: str


@dataclass(frozen=True)
class SyntheticStory:
    """Articles of one story and, per quote, the statement it truly belongs to."""

    articles: tuple[ArticleQuotes, ...]
    truth: dict[tuple[int, int], int]  # (article key, quote index) -> statement id


def fmt_number(n: int, rng: random.Random) -> str:
    """The same number printed in one of the ways outlets print it."""
    style = rng.choice(["comma", "space", "plain", "comma"])
    if style == "plain" or n < 1000:
        return str(n)
    text = f"{n:,}"
    return text.replace(",", "\u202f" if style == "space" else ",")


def place_name(rng: random.Random) -> str:
    """A fictional place name built from syllables ("Kesvenor")."""
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return name.capitalize()


def thing(rng: random.Random) -> str:
    """A noun phrase: a stock one, or an adjective, noun and fictional place."""
    if rng.random() < 0.1:
        return rng.choice(OBJECTS)
    return f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} at {place_name(rng)}"


def make_statement(rng: random.Random, topic: list[str] | None = None) -> SyntheticStatement:
    """A two-sentence statement; with ``topic``, about that story's few subjects.

    Statements of one story share their subjects, as coverage of one event does, so
    telling them apart takes more than topic words.
    """

    def thing_or_topic() -> str:
        return rng.choice(topic) if topic and rng.random() < 0.7 else thing(rng)

    n = rng.choice(NUMBERS) + rng.randrange(0, 1000, 100)
    parts = [
        rng.choice(OPENERS),
        rng.choice(SUBJECTS),
        rng.choice(MODALS),
        rng.choice(VERBS),
        thing_or_topic(),
        rng.choice(PLACES),
        rng.choice(TAILS).replace("{n}", f"{{{n}}}"),
    ]
    first = " ".join(p for p in parts if p)
    second = (
        f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(MODALS)} {rng.choice(VERBS)} "
        f"{thing_or_topic()} {rng.choice(PLACES)}"
    )
    text = f"{first[0].upper()}{first[1:]}. {second}."
    return SyntheticStatement(rng.randrange(len(SPEAKERS)), text)


def render(text: str, rng: random.Random, *, change_number: bool = False) -> str:
    """Fill {n} placeholders, printing each number one way, or changing it."""
    out = []
    for piece in text.split("{"):
        if "}" in piece:
            number, rest = piece.split("}", 1)
            value = int(number)
            if change_number:
                value = round(value * rng.choice([0.9, 1.1, 2]))
            out.append(fmt_number(value, rng) + rest)
        else:
            out.append(piece)
    return "".join(out)


def perturb(text: str, rng: random.Random) -> tuple[str, str]:
    """One outlet's version of a statement and the kind of change made."""
    kind = rng.choices(
        ["verbatim", "swap", "cut_end", "cut_start", "number", "first_sentence"],
        weights=[3, 3, 2, 2, 1, 2],
    )[0]
    change_number = kind == "number"
    words = text.split()
    if kind == "swap":
        swappable = [i for i, w in enumerate(words) if w.strip(".,") in SYNONYMS]
        for i in rng.sample(swappable, min(len(swappable), rng.randint(1, 2))):
            word = words[i].strip(".,")
            words[i] = words[i].replace(word, SYNONYMS[word])
    elif kind == "cut_end":
        words = words[: max(6, int(len(words) * rng.uniform(0.5, 0.8)))]
    elif kind == "cut_start":
        words = words[int(len(words) * rng.uniform(0.2, 0.4)) :]
    elif kind == "first_sentence":
        first = text.split(". ")[0]
        words = first.split()
    rendered = render(" ".join(words), rng, change_number=change_number)
    if rng.random() < 0.3:
        rendered = rendered.replace("'", "\u2019").replace(" - ", " \u2014 ")
    return rendered, kind


def make_story(
    rng: random.Random,
    n_articles: int,
    n_statements: int,
    *,
    first_key: int = 0,
    split_share: float = 0.0,
) -> SyntheticStory:
    """Articles quoting some of the story's statements, the reporter's narration between.

    With ``split_share``, that share of versions is printed in two pieces with only the
    attribution between ("A," she said. "B."): one statement, as the gold policy says.
    """
    topic = [thing(rng) for _ in range(3)]
    statements = [make_statement(rng, topic) for _ in range(n_statements)]
    articles = []
    truth: dict[tuple[int, int], int] = {}
    for a in range(n_articles):
        key = first_key + a
        chosen = sorted(
            rng.sample(range(n_statements), rng.randint(max(1, n_statements // 2), n_statements))
        )
        quotes: list[Quote] = []
        text_parts: list[str] = []
        for sid in chosen:
            statement = statements[sid]
            version, _kind = perturb(statement.text, rng)
            name = rng.choice(SPEAKERS[statement.speaker][1])
            if rng.random() < 0.03:  # misattribution
                name = rng.choice(SPEAKERS)[1][0]
            verb = rng.choice(VERBS_SAID)
            # Its own generator, so the library's quotes stay as they were without it.
            local = random.Random(key * 1009 + sid)
            for piece in _pieces(version, local, split_share):
                start = sum(len(p) for p in text_parts) + 1
                text_parts.append(f"\u201c{piece}\u201d {name} {verb}. ")
                truth[(key, len(quotes))] = sid
                quotes.append(
                    Quote(piece, start, start + len(piece), name, "quote", f"{name} {verb}",
                          verb.split()[0])
                )  # fmt: skip
            # Different statements are told apart by the reporter's own words between them.
            text_parts.append(f"{narration(local)} ")
        for filler in rng.sample(FILLERS, rng.randint(0, 2)):
            start = sum(len(p) for p in text_parts) + 1
            text_parts.append(f"\u201c{filler}\u201d a resident said. ")
            # The same filler words in two articles are one (verbatim) utterance.
            truth[(key, len(quotes))] = -1 - FILLERS.index(filler)
            quotes.append(Quote(filler, start, start + len(filler), None, "quote"))
        articles.append(ArticleQuotes(key, f"Outlet {key}", "".join(text_parts), tuple(quotes)))
    return SyntheticStory(tuple(articles), truth)


def narration(rng: random.Random) -> str:
    """A sentence of the reporter's own between two quotes."""
    when = rng.choice(["last spring", "in March", "two years ago", "this winter"])
    return f"Work on {thing(rng)} stopped {rng.choice(PLACES)} {when}."


def _pieces(version: str, rng: random.Random, split_share: float) -> list[str]:
    """The version whole, or (that share of the time) its two sentences as two quotes."""
    first, dot, rest = version.partition(". ")
    if not dot or not rest or rng.random() >= split_share:
        return [version]
    return [f"{first}.", rest]


def make_library(
    rng: random.Random, n_articles: int, *, story_size: tuple[int, int] = (2, 8)
) -> list[SyntheticStory]:
    """Stories until n_articles articles exist (the last story may be cut short)."""
    stories = []
    made = 0
    while made < n_articles:
        size = min(rng.randint(*story_size), n_articles - made)
        stories.append(make_story(rng, size, rng.randint(8, 14), first_key=made))
        made += size
    return stories
