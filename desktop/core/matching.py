"""Statement alignment: quotes of different articles that are the same utterance."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from desktop.core.candidates import find_candidate_pairs
from desktop.core.clustering import CANDIDATE_CUTOFF, cluster_quotes
from desktop.core.continuity import utterance_runs
from desktop.core.first_names import given_name
from desktop.core.flags import (
    Version,
    attribution_apart,
    speaker_key_function,
    speaks_for_body,
    statement_flags,
)
from desktop.core.model import (
    ArticleQuotes,
    CellState,
    Flag,
    Relation,
    Statement,
    StatementMember,
)
from desktop.core.nested_quotes import own_words
from desktop.core.paraphrase import attach_paraphrases
from desktop.core.relation import (
    QuoteItem,
    is_excerpt,
    make_item,
    member_relation,
    relate,
    same_words,
)
from desktop.core.speakers import is_org_name, name_tokens, same_first_name, same_person

_VERBATIM: tuple[Relation, float] = ("verbatim", 100.0)
MIN_REORDERED_WORDS = 12  # pieces in another order: the same words, enough not to be chance
REFERENCE_CANDIDATES = 4  # longest versions considered for the reference


def align_statements(articles: Sequence[ArticleQuotes]) -> tuple[Statement, ...]:
    """Group the quotes of the articles into statements, sorted by first appearance."""
    speaker_key = _story_speaker_key(articles, speaker_key_function())
    items = _quote_items(articles, speaker_key)
    fragments = {
        (slot, index)
        for slot, article in enumerate(articles)
        for index, quote in enumerate(article.quotes)
        if quote.kind == "fragment"
    }
    runs = [
        tuple((slot, index) for index in run)
        for slot, article in enumerate(articles)
        for run in utterance_runs(article.text, article.quotes, speaker_key)
    ]
    groups = cluster_quotes(items, fragments, runs)
    run_of = {ref: number for number, run in enumerate(runs) for ref in run}
    apart = attribution_apart([article.text for article in articles], speaker_key)
    statements = [_statement(group, articles, (speaker_key, apart), run_of) for group in groups]
    statements = attach_paraphrases(statements, articles)
    return tuple(sorted(statements, key=lambda s: _first_appearance(s, articles)))


def _story_speaker_key(
    articles: Sequence[ArticleQuotes], key: Callable[[str], str]
) -> Callable[[str], str]:
    """The speaker key, with a first name added where the story quotes two people of one
    surname ("Kate Ellison" and "Nathan Ellison" are two speakers, not one). A surname
    alone, or a name whose first word is no given name, goes to the one of them the story
    quotes most."""
    counts = Counter(q.speaker for a in articles for q in a.quotes if q.speaker)
    key = _spelled_alike(counts, key)
    by_key: dict[str, list[str]] = {}
    for name in sorted(counts, key=lambda n: (-len(n), n)):
        by_key.setdefault(key(name), []).append(name)
    own: dict[str, str] = {}
    for shared, group in by_key.items():
        people: list[str] = []  # one full name per person, fullest first
        for name in group:
            named = " " in name and given_name(name.split()[0])
            if named and not any(same_person(name, other) for other in people):
                people.append(name)
        if len(people) < 2:
            continue
        quoted = {p: sum(counts[n] for n in group if same_person(n, p)) for p in people}
        most = max(people, key=lambda p: quoted[p])
        for name in group:
            matches = [p for p in people if same_person(name, p)]
            person = matches[0] if len(matches) == 1 else most
            own[name] = f"{shared}|{person.split()[0].lower()}"
    return lambda name: own.get(name) or key(name)


SURNAME_ALIKE = 0.85  # Indel similarity of two outlets' spellings of one surname
_SURNAME_LETTERS = 6  # ...each this long: shorter surnames differ in a letter ("Kerr"/"Kerry")


def _spelled_alike(names: Iterable[str], key: Callable[[str], str]) -> Callable[[str], str]:
    """The speaker key, with two outlets' transliterations of one person made one:
    "Ilona Marchuk" / "Ilona Marčuk", "Rustam Ekhsanov" / "Rustam Eksanov" (first names
    that agree, surname keys nearly alike)."""
    full = [n for n in names if len(name_tokens(n)) >= 2 and not is_org_name(n)]
    merged: dict[str, str] = {}
    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            ka, kb = merged.get(key(a), key(a)), merged.get(key(b), key(b))
            if ka == kb or min(len(ka), len(kb)) < _SURNAME_LETTERS:
                continue
            if Indel.normalized_similarity(ka, kb) >= SURNAME_ALIKE and same_first_name(a, b):
                merged[max(ka, kb)] = min(ka, kb)
    if not merged:
        return key
    return lambda name: merged.get(key(name), key(name))


@dataclass(frozen=True)
class ArticleLink:
    """Two articles that quote the same utterances (a story suggestion)."""

    a: int  # ArticleQuotes.key, the smaller of the two
    b: int
    shared: int  # quotes of a that have a same-utterance quote in b


def article_links(articles: Sequence[ArticleQuotes], *, min_shared: int = 1) -> list[ArticleLink]:
    """Library-wide: which articles share statements, most shared first.

    Uses the blocking candidate search, so it scales to a whole library.
    """
    speaker_key = speaker_key_function()
    by_key = {article.key: article for article in articles}
    texts = {article.key: [q.text for q in article.quotes] for article in articles}
    items: dict[tuple[int, int], QuoteItem | None] = {}

    def item(ref: tuple[int, int]) -> QuoteItem | None:
        if ref not in items:
            quote = by_key[ref[0]].quotes[ref[1]]
            key = speaker_key(quote.speaker) if quote.speaker else None
            body = bool(quote.speaker) and speaks_for_body(quote.speaker or "")
            items[ref] = make_item(ref[0], ref[1], quote.text, key, speaker_body=body)
        return items[ref]

    linked: dict[tuple[int, int], set[int]] = {}
    for pair in find_candidate_pairs(texts, score_cutoff=CANDIDATE_CUTOFF):
        a, b = sorted((pair.a, pair.b))
        qa, qb = item(a), item(b)
        if qa is not None and qb is not None and relate(qa, qb) is not None:
            linked.setdefault((a[0], b[0]), set()).add(a[1])
    links = [ArticleLink(a, b, len(quotes)) for (a, b), quotes in linked.items()]
    return sorted(
        (link for link in links if link.shared >= min_shared),
        key=lambda link: (-link.shared, link.a, link.b),
    )


def primary_members(statement: Statement) -> tuple[StatementMember, ...]:
    """Each article's best version of the statement, one per article, in member order.

    An article may quote one utterance more than once (a fragment and the full quote,
    or two pieces); its cell in the table and the report shows the best one: the
    reference if the article holds it, else its version closest to the reference: a
    verbatim one, then one with changed words or words of its own (a variant) over an
    excerpt, as the gold policy has it ("partial" only when every part is an excerpt): a
    cut beside it must not hide a changed figure; then the highest similarity; on a tie the
    first (align_statements lists each article's verbatim and then longest versions first).
    """
    reference = statement.members[statement.reference] if statement.members else None

    def rank(member: StatementMember) -> tuple[bool, bool, bool, float]:
        return (
            member is reference,
            member.relation == "verbatim",
            member.relation == "variant",
            member.similarity,
        )

    best: dict[int, StatementMember] = {}
    for member in statement.members:
        current = best.get(member.article)
        if current is None or rank(member) > rank(current):
            best[member.article] = member
    chosen = set(map(id, best.values()))
    return tuple(m for m in statement.members if id(m) in chosen)


@dataclass(frozen=True)
class ArticleVersion:
    """How one article printed a statement once: one quote, or the pieces of one
    utterance ("A," she said. "B.") read together. `start`/`end` span all of it."""

    members: tuple[StatementMember, ...]
    text: str
    start: int
    end: int
    cue: str | None = None  # the attribution(s) it was printed with ("she said; Marrow said")


def article_versions(
    statement: Statement,
    article: ArticleQuotes,
    runs: Sequence[Sequence[int]] | None = None,
) -> tuple[ArticleVersion, ...]:
    """The article's versions of a statement, the one that stands for it first.

    Quotes that are pieces of one utterance make one version (as the flags judge
    them); any other quote of the statement, and a reported-speech sentence, is a
    version of its own. `runs`: the article's `utterance_runs`, when the caller has them.
    """
    if runs is None:
        runs = utterance_runs(article.text, article.quotes, speaker_key_function())
    run_of = {quote: number for number, run in enumerate(runs) for quote in run}
    members = [m for m in statement.members if m.article == article.key]
    by_quote = {m.quote: m for m in members if m.quote is not None}
    kept = run_pieces(list(by_quote), run_of.get, article)
    versions = []
    if kept:
        quotes = [article.quotes[q] for q in kept]
        text = join_pieces([q.text for q in quotes])
        pieces = tuple(by_quote[q] for q in kept)
        cue = "; ".join(dict.fromkeys(q.cue for q in quotes if q.cue)) or None
        versions.append(ArticleVersion(pieces, text, quotes[0].start, quotes[-1].end, cue))
    joined = {id(m) for m in versions[0].members} if versions else set()
    versions.extend(_single_version(m, article) for m in members if id(m) not in joined)
    standing = {id(m) for m in primary_members(statement)}
    if statement.members:
        standing.add(id(statement.members[statement.reference]))
    versions.sort(key=lambda v: not any(id(m) in standing for m in v.members))
    return tuple(versions)


def _single_version(member: StatementMember, article: ArticleQuotes) -> ArticleVersion:
    if member.quote is not None and 0 <= member.quote < len(article.quotes):
        quote = article.quotes[member.quote]
        return ArticleVersion((member,), quote.text, quote.start, quote.end, quote.cue)
    if member.reported is not None and 0 <= member.reported < len(article.reported):
        speech = article.reported[member.reported]
        return ArticleVersion((member,), speech.text, speech.start, speech.end, speech.cue)
    return ArticleVersion((member,), "", 0, 0)


def cell_state(statement: Statement, article_key: int) -> CellState:
    """How one article reports a statement (its best version), or "absent"."""
    for member in primary_members(statement):
        if member.article == article_key:
            return member.relation
    return "absent"


def _quote_items(
    articles: Sequence[ArticleQuotes], speaker_key: Callable[[str], str]
) -> list[QuoteItem]:
    items = []
    for slot, article in enumerate(articles):
        # A quote holding another's quoted words is matched by its speaker's own words.
        words = own_words(article.quotes) if article.text else {}  # no text: no offsets
        for index, quote in enumerate(article.quotes):
            key = speaker_key(quote.speaker) if quote.speaker else None
            body = bool(quote.speaker) and speaks_for_body(quote.speaker or "")
            spans = _span_texts(article, index) if index not in words else ()
            text = words.get(index, quote.text)
            item = make_item(slot, index, text, key, spans, speaker_body=body)
            if item is not None:
                items.append(item)
    return items


def _span_texts(article: ArticleQuotes, index: int) -> tuple[str, ...]:
    """The texts of a split quote's spans (empty for a one-span quote)."""
    spans = article.quotes[index].spans
    if len(spans) < 2 or not article.text:
        return ()
    return tuple(article.text[start:end] for start, end in spans)


def _statement(
    items: Sequence[QuoteItem],
    articles: Sequence[ArticleQuotes],
    keys: tuple[Callable[[str], str], Callable[[str | None, str | None], bool]],
    run_of: dict[tuple[int, int], int],
) -> Statement:
    """`keys`: the story's speaker key, and whether two named speakers are apart."""
    speaker_key, apart = keys
    items = list(items)
    # An outlet that printed one utterance in pieces ("A," she said. "B.") has the whole
    # of it: the others' versions compare with all of it, not with its longest piece.
    reference, whole = _choose_reference(items, articles, run_of)
    speaker, statement_key = _majority_speaker(items, articles, speaker_key)
    relations = {
        id(item): member_relation(item, whole, False) if item is not reference else _VERBATIM
        for item in items
    }
    relations.update(_whole_in_pieces(items, whole, articles, relations, run_of))
    items = _member_order(items, reference, relations)
    ref_pos = items.index(reference)
    flags = _version_flags(
        items,
        reference,
        relations,
        articles,
        run_of,
        (statement_key, speaker_key, lambda name: not apart(name, speaker)),
    )
    members = [
        StatementMember(
            article=articles[item.slot].key,
            quote=item.quote,
            relation=relations[id(item)][0],
            similarity=round(relations[id(item)][1], 1),
            flags=flags[id(item)],
        )
        for item in items
    ]
    return Statement(
        speaker=speaker,
        members=tuple(members),
        reference=ref_pos,
        # As printed: a quote holding another's words is matched without them (own_words).
        reference_text=(
            whole.text if whole is not reference else articles[whole.slot].quotes[whole.quote].text
        ),
    )


def _version_flags(
    items: Sequence[QuoteItem],
    reference: QuoteItem,
    relations: dict[int, tuple[Relation, float]],
    articles: Sequence[ArticleQuotes],
    run_of: dict[tuple[int, int], int],
    speakers: tuple[str | None, Callable[[str], str], Callable[[str], bool]],
) -> dict[int, tuple[Flag, ...]]:
    """Flags per member, each judged as printed against the whole reference version.

    The pieces of one utterance in one article ("A," she said. "B.") are judged
    together: judged piece by piece, each would "leave out" what the others hold.
    """
    groups: dict[tuple[int, int], list[QuoteItem]] = {}
    for item in items:  # best piece of each article first
        ref = (item.slot, item.quote)
        key = (item.slot, run_of[ref]) if ref in run_of else (item.slot, -1 - item.quote)
        groups.setdefault(key, []).append(item)
    versions, members = [], []
    for pieces in groups.values():
        best = pieces[0]
        is_reference = reference in pieces
        version = _version(best, articles, None if is_reference else relations[id(best)][0])
        joined = _joined(pieces, articles, run_of)
        if joined is not None:
            version = replace(version, text=joined.text)
        versions.append(version)
        members.append(pieces)
    ref_index = next(pos for pos, pieces in enumerate(members) if reference in pieces)
    statement_key, speaker_key, spoke_for = speakers
    flags = statement_flags(
        versions,
        ref_index,
        statement_speaker_key=statement_key,
        speaker_key=speaker_key,
        spoke_for=spoke_for,
    )
    return {id(item): flag for pieces, flag in zip(members, flags, strict=True) for item in pieces}


def _member_order(
    items: Sequence[QuoteItem],
    reference: QuoteItem,
    relations: dict[int, tuple[Relation, float]],
) -> list[QuoteItem]:
    """By article; within one article its best version first (see primary_members).

    Best: the reference, then a verbatim version, then the most words.
    """

    def rank(item: QuoteItem) -> tuple[int, int, int, int]:
        relation = relations[id(item)][0]
        return (item.slot, item is not reference, relation != "verbatim", -item.n_words)

    return sorted(items, key=rank)


def _pieces_of(items: Sequence[QuoteItem], slot: int) -> list[QuoteItem]:
    return [item for item in items if item.slot == slot]


def _whole_in_pieces(
    items: Sequence[QuoteItem],
    whole: QuoteItem,
    articles: Sequence[ArticleQuotes],
    relations: dict[int, tuple[Relation, float]],
    run_of: dict[tuple[int, int], int],
) -> dict[int, tuple[Relation, float]]:
    """The relation of an article's pieces taken together, where that says more.

    "A," she said. "B." quoted as two pieces by one outlet and as "A. B." by another
    is the same words: both articles report it verbatim. Pieces of which one is not an
    excerpt of the whole (re-worded, or a part the whole lacks) make the article's
    version a variant; pieces that are all excerpts of it stay partial (words were
    cut, none changed).
    """
    by_slot: dict[int, list[QuoteItem]] = {}
    for item in items:
        by_slot.setdefault(item.slot, []).append(item)
    found: dict[int, tuple[Relation, float]] = {}
    for slot_pieces in by_slot.values():
        joined = _joined(slot_pieces, articles, run_of)
        if joined is None:
            continue
        pieces = _in_one_run(slot_pieces, articles, run_of)
        if same_words(joined, whole) or _same_words_reordered(joined, whole):
            found.update((id(piece), ("verbatim", 100.0)) for piece in pieces)
        elif any(relations[id(piece)][0] == "variant" for piece in pieces):
            similarity = fuzz.ratio(joined.key, whole.key)
            found.update((id(piece), ("variant", similarity)) for piece in pieces)
    return found


def _same_words_reordered(a: QuoteItem, b: QuoteItem) -> bool:
    """The same words in pieces printed in another order ("B." "A." / "A. B.")."""
    return a.n_words >= MIN_REORDERED_WORDS and Counter(a.words) == Counter(b.words)


def _joined(
    pieces: Sequence[QuoteItem],
    articles: Sequence[ArticleQuotes],
    run_of: dict[tuple[int, int], int],
) -> QuoteItem | None:
    """One article's pieces of one utterance run as one version; None if it has none."""
    kept = _in_one_run(pieces, articles, run_of)
    if not kept:
        return None
    first, article = kept[0], articles[kept[0].slot]
    text = join_pieces([article.quotes[p.quote].text for p in kept])
    return make_item(
        first.slot, first.quote, text, first.speaker_key, speaker_body=first.speaker_body
    )


def _in_one_run(
    pieces: Sequence[QuoteItem],
    articles: Sequence[ArticleQuotes],
    run_of: dict[tuple[int, int], int],
) -> list[QuoteItem]:
    """The pieces (of one article) that are one utterance run, in reading order."""
    if len(pieces) < 2:
        return []
    slot = pieces[0].slot
    article = articles[slot]
    if not article.text:
        # Only the quotes are known (no text to read the gaps in): pieces that are not
        # a repetition inside another piece are taken as one utterance.
        ordered = sorted(pieces, key=lambda p: article.quotes[p.quote].start)
        kept = [
            p
            for p in ordered
            if not any(
                o is not p and o.n_words > p.n_words and is_excerpt(p.vkey, o.vkey) for o in ordered
            )
        ]
        return kept if len(kept) >= 2 else []
    by_quote = {p.quote: p for p in pieces}
    in_run = run_pieces(list(by_quote), lambda quote: run_of.get((slot, quote)), article)
    return [by_quote[q] for q in in_run]


def run_pieces(
    quotes: Sequence[int], run_id: Callable[[int], int | None], article: ArticleQuotes
) -> list[int]:
    """Of an article's quotes (indices), those that are pieces of one utterance run, in
    reading order: the largest such group of two or more, a piece printed twice word for
    word counted once. Empty when no two of them are one utterance.

    Relations, flags and the detail pane all read an article's version through this.
    """
    groups: dict[int, list[int]] = {}
    for quote in quotes:
        run = run_id(quote)
        if run is not None:
            groups.setdefault(run, []).append(quote)
    largest: list[int] = max(groups.values(), key=len) if groups else []
    seen: set[str] = set()
    kept = []
    for quote in sorted(largest, key=lambda q: article.quotes[q].start):
        words = " ".join(article.quotes[quote].text.casefold().split())
        if words not in seen:
            seen.add(words)
            kept.append(quote)
    return kept if len(kept) >= 2 else []


def join_pieces(texts: Sequence[str]) -> str:
    """Pieces of one utterance as one text, as it was said.

    `"The barrier will be built," she said. "It will be built soon."` closes its first
    sentence with the comma of the attribution; before a piece that starts a new
    sentence that comma was a full stop (a piece that goes on in lower case keeps it).
    """
    joined = ""
    for text in texts:
        text = text.strip()
        if joined and text[:1].isupper() and joined.endswith(","):
            joined = joined[:-1] + "."
        joined = f"{joined} {text}" if joined else text
    return joined


def _choose_reference(
    items: Sequence[QuoteItem],
    articles: Sequence[ArticleQuotes],
    run_of: dict[tuple[int, int], int],
) -> tuple[QuoteItem, QuoteItem]:
    """The longest well-attested version: most others fit it, then most words.

    An article's version is its pieces in reading order (one quote, or one utterance
    printed in pieces). Returns that article's longest piece (the reference member)
    and the whole version. Only the few longest versions are candidates, which keeps
    this linear in the number of outlets.
    """
    # (whole, longest piece, the pieces of the whole), by slot
    versions: list[tuple[QuoteItem, QuoteItem, list[QuoteItem]]] = []
    for slot in dict.fromkeys(item.slot for item in items):
        pieces = _pieces_of(items, slot)
        longest = max(pieces, key=lambda p: p.n_words)  # the first on a tie
        joined = _joined(pieces, articles, run_of)
        parts = _in_one_run(pieces, articles, run_of) if joined is not None else []
        versions.append((joined or longest, longest, parts))

    def fits(other: QuoteItem, candidate: QuoteItem) -> bool:
        related = relate(other, candidate)
        if related and (related[0] != "partial" or len(other.key) <= len(candidate.key)):
            return True
        # a fragment too short for relate() that it holds
        return other.n_words < candidate.n_words and is_excerpt(other.vkey, candidate.vkey)

    def support(whole: QuoteItem, parts: list[QuoteItem]) -> int:
        # Another outlet's quote of one part of an utterance printed in pieces fits it.
        return sum(
            1
            for other in items
            if other.slot != whole.slot
            and (fits(other, whole) or any(fits(other, part) for part in parts))
        )

    by_length = sorted(range(len(versions)), key=lambda pos: (-versions[pos][0].n_words, pos))
    candidates = by_length[:REFERENCE_CANDIDATES]
    scored = {
        pos: (support(versions[pos][0], versions[pos][2]), versions[pos][0].n_words, -pos)
        for pos in candidates
    }
    whole, longest, _ = versions[max(candidates, key=lambda pos: scored[pos])]
    return longest, whole


def _version(
    item: QuoteItem, articles: Sequence[ArticleQuotes], relation: Relation | None
) -> Version:
    quote = articles[item.slot].quotes[item.quote]
    return Version(text=quote.text, speaker=quote.speaker, verb=quote.verb, relation=relation)


def _majority_speaker(
    items: Sequence[QuoteItem],
    articles: Sequence[ArticleQuotes],
    speaker_key: Callable[[str], str],
) -> tuple[str | None, str | None]:
    """The speaker most members agree on (its fullest spelling) and that speaker's key."""
    names = [articles[i.slot].quotes[i.quote].speaker for i in items]
    keyed = [(speaker_key(n), n) for n in names if n]
    if not keyed:
        return None, None
    counts = Counter(key for key, _ in keyed)
    best_key = max(counts, key=lambda k: (counts[k], -[key for key, _ in keyed].index(k)))
    fullest = max((n for k, n in keyed if k == best_key), key=len)
    return fullest, best_key


def _first_appearance(statement: Statement, articles: Sequence[ArticleQuotes]) -> tuple[int, int]:
    slot_of = {article.key: slot for slot, article in enumerate(articles)}
    positions = []
    for member in statement.members:
        article = articles[slot_of[member.article]]
        if member.quote is not None:
            start = article.quotes[member.quote].start
        elif member.reported is not None:
            start = article.reported[member.reported].start
        else:
            start = 0
        positions.append((slot_of[member.article], start))
    return min(positions)
