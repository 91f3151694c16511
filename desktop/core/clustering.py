"""Grouping quotes into statements: greedy merging along same-utterance pairs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.candidates import find_candidate_pairs
from desktop.core.model import Relation
from desktop.core.relation import (
    TRANSLATED_MIN_WORDS,
    TRANSLATED_SHARED,
    QuoteItem,
    is_excerpt,
    relate,
    same_words,
    speakers_apart,
)

# Loose on purpose: relate() decides; this only skips pairs with little in common.
CANDIDATE_CUTOFF = 50.0
MIN_PIECE_WORDS = 4  # a second quote of one article joins a statement only this long...
ONE_SPEAKER_WORDS = 1  # a named fragment this short joins only its own speaker's quote
FRAGMENT_MAX_WORDS = 6  # ...or as a fragment this short found inside one longer quote
SAME_SPEAKER_SHARED = 3  # content words two of one speaker's quotes share to be compared...
MAX_SPEAKER_QUOTES = 200  # ...when the story quotes that speaker at most this often


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


def cluster_quotes(
    items: Sequence[QuoteItem],
    fragments: set[tuple[int, int]],
    runs: Sequence[Sequence[tuple[int, int]]] = (),
) -> list[list[QuoteItem]]:
    """The quotes of one story grouped by utterance.

    `fragments` holds the (slot, quote) of quotes woven into the reporter's sentence;
    `runs` the (slot, quote) groups that are one continuous utterance in one article.
    """
    return [cluster.items for cluster in _cluster(items, fragments, runs)]


def _cluster(
    items: Sequence[QuoteItem],
    fragments: set[tuple[int, int]],
    runs: Sequence[Sequence[tuple[int, int]]],
) -> list[_Cluster]:
    """Greedy merging along the best pairs.

    Two groups merge only if their longest versions are themselves the same utterance,
    so a short fragment that fits two different quotes cannot glue them together.
    Groups that both hold a quote of one article merge only along an excerpt (an
    outlet printing one utterance in pieces, or twice), never along a variant, and
    never when that article names two different speakers for them.
    """
    by_ref = {(item.slot, item.quote): item for item in items}
    texts: dict[int, list[str]] = {}
    order: dict[int, list[QuoteItem]] = {}
    for item in items:
        texts.setdefault(item.slot, []).append(item.text)
        order.setdefault(item.slot, []).append(item)
    edges = []
    pairs = [
        (order[pair.a[0]][pair.a[1]], order[pair.b[0]][pair.b[1]])
        for pair in find_candidate_pairs(texts, score_cutoff=CANDIDATE_CUTOFF)
    ]
    known: dict[tuple[_Form, _Form], tuple[Relation, float] | None] = {}
    for a, b in pairs + _same_speaker_pairs(items, pairs):
        form = (_form(a), _form(b))  # many outlets print one quote alike: relate it once
        related = known[form] if form in known else known.setdefault(form, relate(a, b))
        if related is not None:
            rank = 2 if related[0] == "verbatim" else 1
            # Longer shared wording beats a perfect score on a short fragment.
            edges.append((rank, min(a.n_words, b.n_words, 10), related[1], related[0], a, b))
    edges.sort(key=lambda e: (e[0], e[1], e[2]), reverse=True)
    owner = {ref: _Cluster([item], {item.slot}, item) for ref, item in by_ref.items()}
    for _, _, _, relation, a, b in edges:
        ca, cb = owner[(a.slot, a.quote)], owner[(b.slot, b.quote)]
        if ca is cb or not _may_merge(ca, cb, a, b, relation):
            continue
        if len(ca.items) < len(cb.items):
            ca, cb = cb, ca
        ca.absorb(cb)
        for item in cb.items:
            owner[(item.slot, item.quote)] = ca
    unique = {id(c): c for c in owner.values()}
    clusters = _join_copies(list(unique.values()), owner, fragments)
    clusters = _join_runs(clusters, owner, runs)
    return _attach_fragments(clusters, owner, fragments)


_Form = tuple[str, str | None, bool, str]


def _form(item: QuoteItem) -> _Form:
    """What relate() reads of a quote: two quotes alike in these relate alike."""
    return item.text, item.speaker_key, item.speaker_body, item.cut_vkey


def _same_speaker_pairs(
    items: Sequence[QuoteItem], found: Sequence[tuple[QuoteItem, QuoteItem]]
) -> list[tuple[QuoteItem, QuoteItem]]:
    """Two outlets' quotes of one named speaker that share too few word pairs for the
    index ("We are not going to accept that our fishermen be treated as criminals" / "We
    will not accept our fishermen being treated like criminals": two translations): when
    the index found neither of them a partner in the other's article, both are long
    enough to be rendered twice and they share half their content words; relate() decides."""
    partnered = {(a.slot, a.quote, b.slot) for a, b in found}
    partnered |= {(b.slot, b.quote, a.slot) for a, b in found}
    by_speaker: dict[str, list[tuple[QuoteItem, frozenset[str]]]] = {}
    for item in items:
        if item.speaker_key and item.n_words >= TRANSLATED_MIN_WORDS:
            by_speaker.setdefault(item.speaker_key, []).append((item, frozenset(item.content)))
    pairs = []
    for group in by_speaker.values():
        if len(group) > MAX_SPEAKER_QUOTES:
            continue  # (a story quoting one person this often: the index's pairs only)
        for i, (a, a_words) in enumerate(group):
            for b, b_words in group[i + 1 :]:
                if (
                    a.slot != b.slot
                    and (a.slot, a.quote, b.slot) not in partnered
                    and (b.slot, b.quote, a.slot) not in partnered
                    and _shares_half(a_words, b_words)
                ):
                    pairs.append((a, b))
    return pairs


def _shares_half(a: frozenset[str], b: frozenset[str]) -> bool:
    """A few content words in common, half of the shorter quote's (what a translation
    must share in relate())."""
    shared = len(a & b)
    return shared >= SAME_SPEAKER_SHARED and shared >= TRANSLATED_SHARED * min(len(a), len(b))


def _join_runs(
    clusters: list[_Cluster],
    owner: dict[tuple[int, int], _Cluster],
    runs: Sequence[Sequence[tuple[int, int]]],
) -> list[_Cluster]:
    """The pieces of one continuous utterance ("A," she said. "B.") are one statement,
    with every other outlet's version of any piece: an outlet that printed only "A"
    lines up with the whole.

    Not when another article credits the pieces to two different people: that outlet
    says they are two utterances (one outlet crediting the mayor with the minister's
    words must not glue the mayor's and the minister's quotes together).
    """
    absorbed: set[int] = set()
    for run in runs:
        groups = list({id(owner[ref]): owner[ref] for ref in run if ref in owner}.values())
        first = groups[0] if groups else None
        for cluster in groups[1:]:
            assert first is not None
            if _speakers_differ_within_an_article(first, cluster):
                continue
            first.absorb(cluster)
            for item in cluster.items:
                owner[(item.slot, item.quote)] = first
            absorbed.add(id(cluster))
    return [c for c in clusters if id(c) not in absorbed]


def _speakers_differ_within_an_article(first: _Cluster, other: _Cluster) -> bool:
    for slot in first.slots & other.slots:
        keys = {i.speaker_key for i in (*first.items, *other.items) if i.slot == slot}
        if len(keys - {None}) > 1:
            return True
    return False


def _may_merge(ca: _Cluster, cb: _Cluster, a: QuoteItem, b: QuoteItem, relation: str) -> bool:
    shared = ca.slots & cb.slots
    if shared:
        if relation == "variant" or (
            min(a.n_words, b.n_words) < MIN_PIECE_WORDS and not _edge_piece(a, b)
        ):
            return False
        if _speakers_differ_within_an_article(ca, cb):
            return False
    la, lb = ca.longest, cb.longest
    direct = (la is a and lb is b) or (la is b and lb is a)
    if direct or relate(la, lb) is not None:
        return True
    # A lone excerpt of one member brings no other utterance with it...
    lone, partner = (b, a) if len(cb.items) == 1 else (a, b) if len(ca.items) == 1 else (None, None)
    if lone is None or partner is None:
        return False
    if partner.n_words < lone.n_words and is_excerpt(partner.vkey, lone.vkey):
        # ...nor a longer quote that merely holds a short piece of the group ("the job is
        # not done" / "The job is not done, but it is closer …"): the piece fits both
        return False
    # ...nor does a lone piece sharing a whole sentence with one ("A. B." / "B. C."),
    # unless one named speaker says both: then it is more of the same passage.
    return (
        lone.n_words < partner.n_words
        or not lone.sentences.isdisjoint(partner.sentences)
        or (lone.speaker_key is not None and lone.speaker_key == partner.speaker_key)
    )


def _edge_piece(a: QuoteItem, b: QuoteItem) -> bool:
    """A short piece that opens or closes the other's quote, said by the same person.

    "It's spring," she said. "The ferry runs again." -- one outlet's two pieces of
    the quote another prints whole.
    """
    short, long = (a, b) if a.n_words <= b.n_words else (b, a)
    if short.n_content == 0 or short.speaker_key is None or short.speaker_key != long.speaker_key:
        return False
    return long.key.startswith(f"{short.key} ") or long.key.endswith(f" {short.key}")


def _join_copies(
    clusters: list[_Cluster],
    owner: dict[tuple[int, int], _Cluster],
    fragments: set[tuple[int, int]],
) -> list[_Cluster]:
    """Lone copies of one short fragment ("highly uncertain") are one statement.

    Too short for relate() unless one person says both; but the same few words
    woven into the reporters' sentences of several outlets, credited to speakers who
    do not contradict each other (a body and its director), are one quotation.
    """
    by_words: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        if len(cluster.items) == 1 and _is_piece(cluster):
            by_words.setdefault(cluster.items[0].nkey, []).append(cluster)
    absorbed: set[int] = set()
    for group in by_words.values():
        items = [c.items[0] for c in group]
        if (
            len(group) < 2
            or len({i.slot for i in items}) < 2
            or not any((i.slot, i.quote) in fragments for i in items)
            or any(speakers_apart(a, b) for a in items for b in items)
        ):
            continue
        first = group[0]
        for cluster in group[1:]:
            first.absorb(cluster)
            owner[(cluster.items[0].slot, cluster.items[0].quote)] = first
            absorbed.add(id(cluster))
    return [c for c in clusters if id(c) not in absorbed]


def _attach_fragments(
    clusters: list[_Cluster],
    owner: dict[tuple[int, int], _Cluster],
    fragments: set[tuple[int, int]],
) -> list[_Cluster]:
    """A lone fragment or repeat (or copies of one) joins the one statement of its story
    that contains it.

    "He called it 'a disgrace'" next to the full quote: too short for relate(), but
    its words appear, whole and in order, in the quotes of exactly one statement
    whose speaker does not contradict it. A short quote that is no fragment (a
    one-word answer) joins only an identical quote, never a longer one.
    """
    lone = [c for c in clusters if _is_piece(c)]
    if not lone:
        return clusters
    # Only quotes sharing the piece's rarest content word can contain it.
    by_word: dict[str, list[QuoteItem]] = {}
    for item in (item for c in clusters for item in c.items):
        for word in set(item.content):
            by_word.setdefault(word, []).append(item)
    absorbed: set[int] = set()
    for cluster in sorted(lone, key=lambda c: -c.items[0].n_words):
        piece = cluster.items[0]
        is_fragment = any((i.slot, i.quote) in fragments for i in cluster.items)
        rarest = min(piece.content, key=lambda word: len(by_word[word]))
        hosts = {
            id(owner[(o.slot, o.quote)]): owner[(o.slot, o.quote)]
            for o in by_word[rarest]
            if owner[(o.slot, o.quote)] is not cluster
            and _may_host(o, cluster)
            and _holds(o, piece, is_fragment, len(owner[(o.slot, o.quote)].items))
        }
        host, merge = _one_host(list(hosts.values()), cluster)
        if host is None:
            continue
        for other in hosts.values() if merge else ():
            if other is not host:
                host.absorb(other)
                for item in other.items:
                    owner[(item.slot, item.quote)] = host
                absorbed.add(id(other))
        host.absorb(cluster)
        for item in cluster.items:
            owner[(item.slot, item.quote)] = host
        absorbed.add(id(cluster))
    return [c for c in clusters if id(c) not in absorbed]


def _one_host(hosts: list[_Cluster], cluster: _Cluster) -> tuple[_Cluster | None, bool]:
    """The statement a piece joins: its only host, or among several the only one its
    own speaker says, or the first when all are one speaker's one utterance (then True:
    the caller merges them; the others a piece also fits stay their own statements)."""
    if len(hosts) <= 1:
        return (hosts[0] if hosts else None), False
    piece = cluster.items[0]
    if piece.speaker_key is not None:
        own = [h for h in hosts if any(i.speaker_key == piece.speaker_key for i in h.items)]
        if len(own) == 1:
            return own[0], False
    # Hosts that are one speaker's one utterance (an outlet printed it twice -- the
    # search never compares two quotes of one article) become one statement.
    first = hosts[0]
    said = {i.speaker_key for h in hosts for i in h.items}
    one_speaker = len(said) == 1 and None not in said
    if one_speaker and all(_one_utterance(first, other) for other in hosts[1:]):
        return first, True
    return None, False


def _one_utterance(a: _Cluster, b: _Cluster) -> bool:
    """Their longest quotes are the same utterance, or two quotes of one article are
    (the longest may be another piece of a run: "A," she said. "B.")."""
    if relate(a.longest, b.longest) is not None:
        return True
    return any(relate(x, y) is not None for x in a.items for y in b.items if x.slot == y.slot)


def _may_host(host: QuoteItem, cluster: _Cluster) -> bool:
    """A lone piece may join a quote whose speaker does not contradict it; copies of a
    piece outlets share are a statement already, and join only a longer quote credited
    exactly as they are (not a third party's quote that cites the phrase)."""
    if len(cluster.items) == 1:
        piece = cluster.items[0]
        named = piece.speaker_key is not None
        if named and piece.n_words <= ONE_SPEAKER_WORDS and not same_words(piece, host):
            # "progressivism", "job": a named source's word inside a longer quote is that
            # quote's only when the source says it too (a third party's tweet uses words)
            return piece.speaker_key == host.speaker_key
        return not speakers_apart(piece, host)
    # The same speaker, or nobody named anywhere (a crowd's chant and its echoes).
    return all(item.speaker_key == host.speaker_key for item in cluster.items)


def _is_piece(cluster: _Cluster) -> bool:
    """A lone short quote, or copies of one short quote (outlets printing the same
    fragment): it belongs with the statement whose longer quote holds its words."""
    first = cluster.items[0]
    if first.n_content == 0 or first.n_words > FRAGMENT_MAX_WORDS:
        return False
    return all(same_words(item, first) for item in cluster.items[1:])


def _holds(host: QuoteItem, piece: QuoteItem, is_fragment: bool, host_size: int) -> bool:
    """Whether host quotes piece: the same words (a repeat) or, for a fragment, its words
    inside a longer quote. Two lone copies of a fragment do not count as each other's
    host, so they cannot stop each other from joining their statement.
    """
    if same_words(piece, host):
        # A repeat of a statement outlets share, or of the article's own quote; two
        # lone short quotes in two outlets are left to relate() (stock phrases).
        return host_size > 1 or (host.slot == piece.slot and not is_fragment)
    return is_fragment and host.n_words > piece.n_words and is_excerpt(piece.vkey, host.vkey)
