"""Several members per article, the best one per cell, and the relation policy."""

import pytest

from desktop.core.matching import align_statements, cell_state, primary_members
from desktop.core.model import ArticleQuotes, Quote, QuoteKind, ReportedSpeech, Statement
from desktop.core.quotes import find_quotes

FIRST = "The ferry will run twice a day from the first of March."
SECOND = "Tickets stay free for pupils and nurses for the whole year."
LONG = (
    "We will keep the night clinic open through the flood season, and the council "
    "will pay the nurses for every extra shift they work."
)


def q(
    text: str, start: int = 0, speaker: str | None = "Ilse Varga", kind: QuoteKind = "quote"
) -> Quote:
    return Quote(text, start, start + len(text), speaker, kind, f"{speaker} said", "said")


def article(key: int, *quotes: Quote, reported: tuple[ReportedSpeech, ...] = ()) -> ArticleQuotes:
    return ArticleQuotes(key, f"Outlet {key}", "", quotes, reported)


def holding(statements: tuple[Statement, ...], key: int, quote: int) -> Statement:
    return next(
        s for s in statements if any(m.article == key and m.quote == quote for m in s.members)
    )


def test_quote_printed_in_two_pieces_is_one_verbatim_statement() -> None:
    # '"First," she said. "Second."' in one outlet, one quote in the other.
    a = article(1, q(FIRST), q(SECOND, start=100))
    b = article(2, q(f"{FIRST} {SECOND}"))
    (statement,) = align_statements([a, b])
    assert sorted((m.article, m.quote) for m in statement.members) == [(1, 0), (1, 1), (2, 0)]
    assert cell_state(statement, 1) == cell_state(statement, 2) == "verbatim"


def test_two_pieces_that_are_not_the_whole_stay_partial() -> None:
    a = article(1, q(FIRST), q("Tickets stay free for pupils.", start=100))
    b = article(2, q(f"{FIRST} {SECOND}"))
    (statement,) = align_statements([a, b])
    assert len(statement.members) == 3
    assert cell_state(statement, 1) == "partial"


def test_overlapping_pieces_chain_into_one_statement() -> None:
    # Outlet 1 prints "A." and "B. C."; outlet 2 prints "A. B," and "C.": one utterance.
    third = "Nobody will pay more in winter."
    a = article(1, q(FIRST), q(f"{SECOND} {third}", start=100))
    b = article(2, q(f"{FIRST} {SECOND[:-1]},"), q(third, start=100))
    (statement,) = align_statements([a, b])
    assert len(statement.members) == 4
    assert cell_state(statement, 1) == cell_state(statement, 2) == "verbatim"


def test_fragment_joins_the_quote_it_was_cut_from() -> None:
    a = article(1, q(LONG), q("every extra shift", start=300, kind="fragment"))
    b = article(2, q(LONG))
    (statement,) = align_statements([a, b])
    assert len(statement.members) == 3
    best = [m for m in primary_members(statement) if m.article == 1]
    assert [m.quote for m in best] == [0]  # the full quote, not the fragment


def test_one_word_fragment_joins_only_a_single_host() -> None:
    other = "The nurses deserve better than another promise from the council."
    a = article(1, q(LONG), q(other, start=200), q("nurses", start=400, kind="fragment"))
    b = article(2, q(LONG), q(other, start=200))
    statements = align_statements([a, b])
    alone = holding(statements, 1, 2)
    assert [(m.article, m.quote) for m in alone.members] == [(1, 2)]


def test_short_answer_does_not_join_a_longer_quote() -> None:
    # "Never." is a reply of its own, though the word appears in a longer quote.
    long = "Never, never will we sell the harbour to the ferry company."
    a = article(1, q(long), q("Never.", start=100))
    b = article(2, q(long))
    statements = align_statements([a, b])
    assert len(holding(statements, 1, 1).members) == 1


def test_fragment_of_another_speaker_does_not_join() -> None:
    a = article(1, q(LONG), q("every extra shift", 300, "Tomas Brenner", "fragment"))
    b = article(2, q(LONG))
    statements = align_statements([a, b])
    assert len(holding(statements, 1, 1).members) == 1


@pytest.mark.parametrize("host_speaker", [None, "Harbour Commission"])
def test_a_named_sources_one_word_does_not_join_a_quote_nobody_else_credits_to_it(
    host_speaker: str | None,
) -> None:
    # A post nobody is named for, or a body's report, uses the word the mayor used:
    # the mayor's "reckless" is not an excerpt of it.
    post = "The new harbour plan is reckless and nobody on the council has costed it."
    a = article(1, q(post, speaker=host_speaker), q("reckless", 200, "Ilse Varga", "fragment"))
    b = article(2, q(post, speaker=host_speaker))
    statements = align_statements([a, b])
    assert len(holding(statements, 1, 1).members) == 1
    assert len(holding(statements, 1, 0).members) == 2


def test_an_unnamed_one_word_fragment_still_joins_the_quote_it_was_cut_from() -> None:
    a = article(1, q(LONG), q("flood", 300, None, "fragment"))
    b = article(2, q(LONG))
    (statement,) = align_statements([a, b])
    assert len(statement.members) == 3


def test_two_utterances_of_one_speaker_in_one_article_stay_apart() -> None:
    close = "We will close the northern bridge for repairs in the winter."
    open_ = "We will open the southern ferry for passengers in the spring."
    a = article(1, q(close), q(open_, start=100))
    b = article(2, q(close))
    statements = align_statements([a, b])
    assert len(statements) == 2
    assert holding(statements, 1, 1) is not holding(statements, 2, 0)


def test_second_quote_by_another_speaker_never_joins() -> None:
    a = article(1, q(LONG), q(LONG[:60], start=200, speaker="Tomas Brenner"))
    b = article(2, q(LONG))
    statements = align_statements([a, b])
    assert len(holding(statements, 1, 0).members) == 2
    assert len(holding(statements, 1, 1).members) == 1


def test_excerpt_is_partial_and_overlapping_excerpts_are_variants() -> None:
    # Policy: "partial" when one version lies inside the other, "variant" otherwise.
    whole = f"{FIRST} {SECOND} Nobody will pay more in winter."
    a = article(1, q(whole))
    b = article(2, q(f"{FIRST} {SECOND}"))
    c = article(3, q(f"{SECOND} Nobody will pay more in winter, or in spring."))
    (statement,) = align_statements([a, b, c])
    assert cell_state(statement, 2) == "partial"
    assert cell_state(statement, 3) == "variant"


def test_words_cut_from_the_middle_without_ellipsis_are_a_variant() -> None:
    a = article(1, q(LONG))
    b = article(2, q(LONG.replace(" through the flood season,", "")))
    (statement,) = align_statements([a, b])
    assert cell_state(statement, 2) == "variant"


def test_reported_speech_with_reworded_inflections_is_a_paraphrase() -> None:
    quote = "I think what a parent decides matters more than what an official decides."
    said = ReportedSpeech(
        "Varga noted she thinks a parent's decision matters more than an official's.",
        0,
        76,
        "Ilse Varga",
    )
    (statement,) = align_statements([article(1, q(quote)), article(2, reported=(said,))])
    assert cell_state(statement, 2) == "paraphrase"


def test_outlet_may_retell_one_part_and_quote_another() -> None:
    whole = f"{FIRST} {SECOND}"
    said = ReportedSpeech(
        "Varga said the ferry will run twice a day from the first of March.", 0, 66, "Ilse Varga"
    )
    a = article(1, q(SECOND, start=100), reported=(said,))
    b = article(2, q(whole))
    (statement,) = align_statements([a, b])
    assert {(m.article, m.relation) for m in statement.members} >= {(1, "paraphrase")}


def test_sentence_around_a_quote_is_not_its_paraphrase() -> None:
    # 'She said the fares "stay free for pupils"': the frame of the fragment itself.
    frame = ReportedSpeech(
        "Varga said tickets would stay free for pupils and nurses for the whole year.",
        0,
        76,
        "Ilse Varga",
    )
    a = article(
        1, q("stay free for pupils and nurses", start=26, kind="fragment"), reported=(frame,)
    )
    b = article(2, q(SECOND))
    (statement,) = align_statements([a, b])
    assert all(m.relation != "paraphrase" for m in statement.members)


def test_one_word_reply_in_two_outlets_is_not_one_statement_by_itself() -> None:
    # Unattributed "Never." in two outlets is a stock reply, not evidence of one remark.
    a = article(1, q("Never.", speaker=None))
    b = article(2, q("Never.", start=50, speaker=None))
    assert len(align_statements([a, b])) == 2


def test_outlet_repeating_its_own_quote_keeps_both_in_the_statement() -> None:
    a = article(1, q(LONG), q(LONG, start=400))
    b = article(2, q(LONG))
    (statement,) = align_statements([a, b])
    assert len(statement.members) == 3
    assert len(primary_members(statement)) == 2


def split_quote(first: str, second: str, gap: str) -> tuple[str, Quote]:
    """An article text '"first" gap "second"' and its two-span quote."""
    body = f"\u201c{first}\u201d {gap} \u201c{second}\u201d"
    start_a = 1
    start_b = body.index(second)
    spans = ((start_a, start_a + len(first)), (start_b, start_b + len(second)))
    quote = Quote(f"{first} {second}", start_a, spans[1][1], "Ilse Varga", "quote", spans=spans)
    return body, quote


def test_split_quote_with_reporter_words_between_is_an_excerpt() -> None:
    # The words the reporter put between the two spans were left out, not changed.
    body, quote = split_quote(
        "We will keep the night clinic open",
        "the council will pay the nurses for every extra shift they work.",
        "through the floods, Varga said, and",
    )
    a = ArticleQuotes(1, "Outlet 1", body, (quote,), ())
    (statement,) = align_statements([a, article(2, q(LONG))])
    assert cell_state(statement, 1) == "partial"


def test_split_quote_interrupted_only_by_attribution_is_verbatim() -> None:
    first = "We will keep the night clinic open through the flood season,"
    second = "and the council will pay the nurses for every extra shift they work."
    body, quote = split_quote(first, second, "Varga said,")
    a = ArticleQuotes(1, "Outlet 1", body, (quote,), ())
    (statement,) = align_statements([a, article(2, q(LONG))])
    assert cell_state(statement, 1) == cell_state(statement, 2) == "verbatim"


def test_fragment_joins_one_speakers_remark_printed_once_whole_and_once_reworded() -> None:
    # Outlet 1 prints '"A," Varga said. "B."' and later A again, re-worded: the two
    # statements it holds are one remark, so outlet 2's "twice a day" joins them, even
    # though the longest piece (B) does not hold those words.
    first = "The ferry will run twice a day from the first of March,"
    second = f"{SECOND[:-1]}, and the council will pay for every extra crossing we need."
    again = "the ferry is going to run twice a day from the first of March."
    text = (
        f"“{first}” Varga said. “{second}” The council met on Friday. "
        f"At the pier, Varga promised again: “{again}”"
    )
    quotes = tuple(q(words, start=text.index(words)) for words in (first, second, again))
    a = ArticleQuotes(1, "Outlet 1", text, quotes, ())
    b = article(2, q("twice a day", speaker=None, kind="fragment"))
    statement = holding(align_statements([a, b]), 2, 0)
    assert {(m.article, m.quote) for m in statement.members} >= {(1, 0), (1, 2), (2, 0)}


def test_fragment_in_two_different_remarks_of_one_speaker_joins_neither() -> None:
    ferry = "The ferry will run twice a day from the first of March,"
    clinic = "Nurses at the island clinic will check on every pupil twice a day in winter."
    a = article(1, q(ferry), q(clinic, start=200))
    b = article(2, q("twice a day", speaker=None, kind="fragment"))
    statements = align_statements([a, b])
    assert [m.article for m in holding(statements, 2, 0).members] == [2]


def test_a_figure_abbreviated_is_a_variant_that_never_scores_as_identical() -> None:
    intro = "Minister Tomas Kerr spoke on Monday. "
    texts = [
        intro + "“The state will cover two thirds of the cost, about €840 million,” Kerr said.",
        intro + "“The state will cover two thirds of the cost, about €840m,” Kerr said.",
    ]
    articles = [
        ArticleQuotes(
            slot, f"doc{slot}", text, find_quotes(text).quotes, find_quotes(text).reported
        )
        for slot, text in enumerate(texts)
    ]
    (statement,) = align_statements(articles)
    (variant,) = [m for m in statement.members if m.relation != "verbatim"]
    assert variant.relation == "variant" and 90 < variant.similarity < 100
    assert not variant.flags  # the same figure, no words of its own
