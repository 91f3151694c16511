"""Statement alignment: quotes of different articles that are the same utterance."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.candidates import find_candidate_pairs
from desktop.core.flags import Version, speaker_key_function, statement_flags
from desktop.core.model import ArticleQuotes, CellState, Relation, Statement, StatementMember
from desktop.core.paraphrase import attach_paraphrases
from desktop.core.relation import (
    QuoteItem,
    make_item,
    member_relation,
    relate,
)

# Loose on purpose: relate() decides; this only skips pairs with little in common.
CANDIDATE_CUTOFF = 50.0
REFERENCE_CANDIDATES = 4  # longest versions considered for the reference


@dataclass
class _Cluster:
    items: list[QuoteItem]
    slots: set[int]
    longest: QuoteItem

    def absorb(self, other: _Cluster) -> None:
        self.items.extend(other.items)
        self.slots |= other.slots
        if (other.longest.n_words, -other.longest.slot) > (
            self.longest.n_words,
            -self.longest.slot,
        ):
            self.longest = other.longest


def align_statements(articles: Sequence[ArticleQuotes]) -> tuple[Statement, ...]:
    """Group the quotes of the articles into statements, sorted by first appearance."""
    speaker_key = speaker_key_function()
    items = _quote_items(articles, speaker_key)
    clusters = _cluster(items)
    statements = [_statement(c.items, articles, speaker_key) for c in clusters]
    statements = attach_paraphrases(statements, articles)
    return tuple(sorted(statements, key=lambda s: _first_appearance(s, articles)))


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
            items[ref] = make_item(ref[0], ref[1], quote.text, key)
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


def cell_state(statement: Statement, article_key: int) -> CellState:
    """How one article reports a statement, or "absent"."""
    for member in statement.members:
        if member.article == article_key:
            return member.relation
    return "absent"


def _quote_items(
    articles: Sequence[ArticleQuotes], speaker_key: Callable[[str], str]
) -> list[QuoteItem]:
    items = []
    for slot, article in enumerate(articles):
        for index, quote in enumerate(article.quotes):
            key = speaker_key(quote.speaker) if quote.speaker else None
            item = make_item(slot, index, quote.text, key)
            if item is not None:
                items.append(item)
    return items


def _cluster(items: Sequence[QuoteItem]) -> list[_Cluster]:
    """Greedy merging along the best pairs; one quote per article per statement.

    Two groups merge only if their longest versions are themselves the same utterance,
    so a short fragment that fits two different quotes cannot glue them together.
    """
    by_ref = {(item.slot, item.quote): item for item in items}
    texts: dict[int, list[str]] = {}
    order: dict[int, list[QuoteItem]] = {}
    for item in items:
        texts.setdefault(item.slot, []).append(item.text)
        order.setdefault(item.slot, []).append(item)
    edges = []
    for pair in find_candidate_pairs(texts, score_cutoff=CANDIDATE_CUTOFF):
        a = order[pair.a[0]][pair.a[1]]
        b = order[pair.b[0]][pair.b[1]]
        related = relate(a, b)
        if related is not None:
            rank = 2 if related[0] == "verbatim" else 1
            # Longer shared wording beats a perfect score on a short fragment.
            edges.append((rank, min(a.n_words, b.n_words, 10), related[1], a, b))
    edges.sort(key=lambda e: (e[0], e[1], e[2]), reverse=True)
    owner = {ref: _Cluster([item], {item.slot}, item) for ref, item in by_ref.items()}
    for _, _, _, a, b in edges:
        ca, cb = owner[(a.slot, a.quote)], owner[(b.slot, b.quote)]
        if ca is cb or ca.slots & cb.slots:
            continue
        la, lb = ca.longest, cb.longest
        direct = (la is a and lb is b) or (la is b and lb is a)
        if not direct and relate(la, lb) is None:
            continue
        if len(ca.items) < len(cb.items):
            ca, cb = cb, ca
        ca.absorb(cb)
        for item in cb.items:
            owner[(item.slot, item.quote)] = ca
    unique = {id(c): c for c in owner.values()}
    return list(unique.values())


def _statement(
    items: Sequence[QuoteItem],
    articles: Sequence[ArticleQuotes],
    speaker_key: Callable[[str], str],
) -> Statement:
    items = sorted(items, key=lambda item: item.slot)
    ref_pos = _choose_reference(items)
    reference = items[ref_pos]
    speaker, statement_key = _majority_speaker(items, articles, speaker_key)
    relations = [member_relation(item, reference, pos == ref_pos) for pos, item in enumerate(items)]
    versions = [
        _version(item, articles, None if pos == ref_pos else relations[pos][0])
        for pos, item in enumerate(items)
    ]
    flags = statement_flags(
        versions, ref_pos, statement_speaker_key=statement_key, speaker_key=speaker_key
    )
    members = [
        StatementMember(
            article=articles[item.slot].key,
            quote=item.quote,
            relation=relations[pos][0],
            similarity=round(relations[pos][1], 1),
            flags=flags[pos],
        )
        for pos, item in enumerate(items)
    ]
    return Statement(
        speaker=speaker,
        members=tuple(members),
        reference=ref_pos,
        reference_text=reference.text,
    )


def _choose_reference(items: Sequence[QuoteItem]) -> int:
    """The longest well-attested version: most others fit it, then most words.

    Only the few longest versions are candidates, which keeps this linear in the
    number of outlets.
    """

    def support(candidate: QuoteItem) -> int:
        count = 0
        for other in items:
            if other is candidate:
                continue
            related = relate(other, candidate)
            if related and (related[0] != "partial" or len(other.key) <= len(candidate.key)):
                count += 1
        return count

    by_length = sorted(range(len(items)), key=lambda pos: (-items[pos].n_words, pos))
    candidates = by_length[:REFERENCE_CANDIDATES]
    scored = {pos: (support(items[pos]), items[pos].n_words, -pos) for pos in candidates}
    return max(candidates, key=lambda pos: scored[pos])


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
