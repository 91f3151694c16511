"""Statement alignment: which quotes are one utterance, how each outlet reported it."""

from desktop.core.candidates import find_candidate_pairs
from desktop.core.matching import align_statements, article_links, cell_state, primary_members
from desktop.core.model import ArticleQuotes, Quote, ReportedSpeech, Statement, StatementMember

BRIDGE = (
    "We will not close the northern bridge this winter. We lost 45,100 crossings "
    "last year and the town cannot afford another loss."
)
CLINIC = "The harbour clinic will stay open every night until the flood season ends."


def q(text: str, speaker: str | None = "Ilse Varga", verb: str | None = "said") -> Quote:
    return Quote(text, 0, len(text), speaker, "quote", f"{speaker} {verb}", verb)


def article(key: int, *quotes: Quote, reported: tuple[ReportedSpeech, ...] = ()) -> ArticleQuotes:
    return ArticleQuotes(key, f"Outlet {key}", "", quotes, reported)


def member(statement: Statement, key: int) -> StatementMember:
    return next(m for m in statement.members if m.article == key)


def statement_of(statements: tuple[Statement, ...], key: int, quote: int) -> Statement:
    return next(
        s for s in statements if any(m.article == key and m.quote == quote for m in s.members)
    )


def test_typography_case_and_name_spelling_make_verbatim() -> None:
    a = article(1, q("Zelenkovv is wrong, and we will say so \u2014 loudly."))
    b = article(2, q('"zelenkov is wrong, and we will say so - loudly"'))
    (statement,) = align_statements([a, b])
    assert {m.relation for m in statement.members} == {"verbatim"}
    assert cell_state(statement, 2) == "verbatim"


def test_changed_word_is_a_variant_with_similarity() -> None:
    a = article(1, q("I will not be kind to him after what he did to our town."))
    b = article(2, q("I will not be nice to him after what he did to our town."))
    (statement,) = align_statements([a, b])
    version = next(m for m in statement.members if m.relation != "verbatim")
    assert version.relation == "variant"
    assert 80 <= version.similarity < 100
    assert any(f.kind == "unique_words" and "nice" in f.detail for f in version.flags) or any(
        f.kind == "unique_words" and "kind" in f.detail for f in version.flags
    )


def test_excerpt_is_partial_and_the_longest_version_is_the_reference() -> None:
    a = article(1, q("We lost 45,100 crossings last year"))
    b = article(2, q(BRIDGE))
    c = article(3, q(BRIDGE))
    (statement,) = align_statements([a, b, c])
    assert statement.reference_text == BRIDGE
    assert cell_state(statement, 1) == "partial"
    cut = member(statement, 1)
    assert any(f.kind == "quote_cut" for f in cut.flags)
    assert not any(f.kind == "figures_differ" for f in cut.flags)


def test_different_utterances_on_one_topic_stay_apart() -> None:
    a = article(1, q("We will not close the northern bridge this winter."))
    b = article(2, q("We will close the southern ferry this winter."))
    statements = align_statements([a, b])
    assert len(statements) == 2
    assert all(len(s.members) == 1 for s in statements)


def test_short_fragment_does_not_glue_two_statements() -> None:
    # "this winter" fits both quotes; it must not make them one statement.
    a = article(1, q("We will not close the northern bridge this winter."))
    b = article(2, q("The clinic must stay open this winter, whatever it costs."))
    c = article(3, q("this winter", speaker=None))
    statements = align_statements([a, b, c])
    assert statement_of(statements, 1, 0) is not statement_of(statements, 2, 0)


def test_each_quote_is_in_one_statement_and_the_full_versions_pair() -> None:
    a = article(1, q(BRIDGE), q("We will not close the northern bridge this winter."))
    b = article(2, q(BRIDGE))
    statements = align_statements([a, b])
    seen = [(m.article, m.quote) for s in statements for m in s.members]
    assert len(seen) == len(set(seen)) == 3
    # The full version pairs with the full version; the excerpt joins as a second
    # member of article 1, and the table shows article 1's full version.
    full = statement_of(statements, 2, 0)
    assert full is statement_of(statements, 1, 0) is statement_of(statements, 1, 1)
    assert [(m.article, m.quote) for m in primary_members(full)] == [(1, 0), (2, 0)]
    assert cell_state(full, 1) == cell_state(full, 2) == "verbatim"


def test_paraphrase_joins_the_statement_it_retells() -> None:
    a = article(1, q(CLINIC))
    reported = ReportedSpeech(
        "Varga said the harbour clinic would stay open every night until the flood season ends.",
        0,
        80,
        "Ilse Varga",
    )
    b = article(2, reported=(reported,))
    (statement,) = align_statements([a, b])
    para = member(statement, 2)
    assert para.relation == "paraphrase"
    assert para.quote is None and para.reported == 0


def test_unrelated_reported_speech_is_not_a_paraphrase() -> None:
    a = article(1, q(CLINIC))
    unrelated = ReportedSpeech("Varga said the budget vote would be delayed.", 0, 44, "Ilse Varga")
    b = article(2, reported=(unrelated,))
    (statement,) = align_statements([a, b])
    assert cell_state(statement, 2) == "absent"


def test_speaker_is_the_majority_and_a_misattribution_is_flagged() -> None:
    a = article(1, q(CLINIC, "Ilse Varga"))
    b = article(2, q(CLINIC, "Varga"))
    c = article(3, q(CLINIC, "Tomas Brenner"))
    (statement,) = align_statements([a, b, c])
    assert statement.speaker == "Ilse Varga"
    flags = {f.kind for f in member(statement, 3).flags}
    assert "different_speaker" in flags
    assert "different_speaker" not in {f.kind for f in member(statement, 2).flags}


def test_changed_figure_and_loaded_verb_are_flagged() -> None:
    a = article(1, q(BRIDGE, verb="said"))
    b = article(2, q(BRIDGE.replace("45,100", "45,000"), verb="claimed"))
    c = article(3, q(BRIDGE.replace("45,100", "45 100"), verb="told"))
    (statement,) = align_statements([a, b, c])
    changed = {f.kind: f.detail for f in member(statement, 2).flags}
    assert changed["figures_differ"] == "45,000 instead of 45,100"
    assert "different_verb" in changed
    same = {f.kind for f in member(statement, 3).flags}
    assert "figures_differ" not in same and "different_verb" not in same
    assert cell_state(statement, 3) == "verbatim"


def test_ellipsis_marks_a_cut_quote() -> None:
    a = article(1, q(BRIDGE))
    b = article(2, q("We will not close the northern bridge this winter [\u2026] the town cannot "
                     "afford another loss."))  # fmt: skip
    (statement,) = align_statements([a, b])
    cut = member(statement, 2)
    assert cut.relation == "partial"
    assert any(f.kind == "quote_cut" and "ellipsis" in f.detail for f in cut.flags)


def test_statements_are_sorted_by_first_appearance() -> None:
    clinic = Quote(CLINIC, 0, 10, "Ilse Varga", "quote")
    bridge = Quote(BRIDGE, 50, 60, "Ilse Varga", "quote")
    statements = align_statements([article(1, clinic, bridge), article(2, bridge)])
    assert [s.reference_text for s in statements] == [CLINIC, BRIDGE]


def test_candidate_pairs_never_pair_an_article_with_itself() -> None:
    pairs = find_candidate_pairs({1: [BRIDGE, BRIDGE], 2: [BRIDGE, CLINIC]})
    assert pairs
    assert all(p.a[0] != p.b[0] for p in pairs)
    assert not any((2, 1) in (p.a, p.b) for p in pairs)  # the clinic sentence


def test_widely_quoted_sentence_still_forms_one_statement() -> None:
    # More articles than the blocking's all-pairs limit share every bigram here.
    articles = [article(k, q(BRIDGE if k % 2 else BRIDGE.upper())) for k in range(40)]
    statements = align_statements(articles)
    assert len(statements) == 1
    assert len(statements[0].members) == 40


def test_overlapping_excerpts_sharing_a_sentence_are_one_statement() -> None:
    first = "The ferry will run twice a day. Tickets stay free for pupils and nurses all year."
    second = "Tickets stay free for pupils and nurses all year. Nobody will pay more in winter."
    statements = align_statements([article(1, q(first)), article(2, q(second))])
    assert len(statements) == 1
    assert len(statements[0].members) == 2


def test_no_quotes_give_no_statements() -> None:
    reported = ReportedSpeech("Varga said the clinic would stay open.", 0, 38, "Ilse Varga")
    assert align_statements([]) == ()
    assert align_statements([article(1), article(2, reported=(reported,))]) == ()


def test_article_links_count_shared_statements_across_a_library() -> None:
    articles = [
        article(1, q(BRIDGE), q(CLINIC)),
        article(2, q(BRIDGE.replace("45,100", "45 100")), q(CLINIC)),
        article(3, q(CLINIC)),
        article(4, q("Our volunteers counted four hundred boats on the river before dawn.")),
    ]
    links = {(link.a, link.b): link.shared for link in article_links(articles)}
    assert links == {(1, 2): 2, (1, 3): 1, (2, 3): 1}


def test_common_words_in_order_do_not_make_an_excerpt() -> None:
    short = "We will do what we can for the people of this town."
    long = (
        "We know the river will rise again, and we will be ready. We can ask for help "
        "from the region, but the people of the valley built this town and they will "
        "rebuild it, whatever the ministry decides about the money for the dam."
    )
    statements = align_statements([article(1, q(short)), article(2, q(long))])
    assert len(statements) == 2


def test_stock_phrase_from_two_named_people_is_two_statements() -> None:
    a = article(1, q("Thank you very much.", speaker="Ilse Varga"))
    b = article(2, q("Thank you very much.", speaker="Tomas Brenner"))
    assert len(align_statements([a, b])) == 2
