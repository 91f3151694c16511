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


def test_a_rebuttal_that_turns_another_speakers_line_is_its_own_statement() -> None:
    charge = "You raised taxes on every family in this state."
    answer = "I did not raise taxes on every family in this state."
    a = article(1, q(charge, "Tomas Brenner"))
    b = article(2, q(answer, "Ilse Varga"))
    statements = align_statements([a, b])
    assert len(statements) == 2
    # The same speaker's two versions that differ by a cut tail stay one statement.
    cut = "Nobody replaced the nurses who left this year. Nobody even said goodbye."
    c = article(3, q(cut, "Tomas Brenner"))
    d = article(4, q("Nobody replaced the nurses who left this year.", "Tomas Brenner"))
    (statement,) = align_statements([c, d])
    assert member(statement, 4).relation == "partial"


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


# Re-worded versions, pieces and retellings (fictional text; one rule per test).

PIERS_A = (
    "What you should know is that if we could rebuild all of these piers without a vote "
    "in council, then we would do so,"
)
PIERS_B = (
    "If we could rebuild all these piers without a vote in the council then we would do so. "
    "But we are also a town of rules,"
)


def test_passage_transcribed_differently_and_cut_elsewhere_is_one_statement() -> None:
    # One outlet's quote continues where the other's stops; a few small words differ.
    a = article(1, q(PIERS_A))
    b = article(2, q(PIERS_B))
    (statement,) = align_statements([a, b])
    assert statement.articles == {1, 2}
    assert cell_state(statement, 1) == "variant"


def test_stock_line_in_the_middle_of_two_quotes_is_not_enough() -> None:
    # The same speaker repeats a line inside two different statements.
    line = "it is trying to take the lower town and every farm along the valley road"
    a = article(1, q(f"The levy is paid. Now {line}, and the council sleeps."))
    b = article(2, q(f"Forget the ferry timetable: {line} while we argue about buses."))
    assert len(align_statements([a, b])) == 2


def test_long_shared_passage_of_two_speakers_stays_apart() -> None:
    shared = "the lower town and every farm along the valley road will flood"
    first = f"The river rises again, and {shared} by Sunday unless the dikes hold."
    second = f"I doubt {shared} at all, whatever the mayor fears."
    a = article(1, q(first, "Ilse Varga"))
    b = article(2, q(second, "Tomas Brenner"))
    assert len(align_statements([a, b])) == 2


def test_stock_line_with_another_verb_and_place_stays_apart() -> None:
    # Built alike, but what is done and where differ: another statement.
    first = "Frankly, we must expand the temporary harbour at Corvel on the coast"
    second = "We must close the temporary harbour at Corvel in the capital"
    tail = "since only a few inspectors remain."
    a = article(1, q(f"{first} {tail} The port must wait."))
    b = article(2, q(f"The orchards come first. {second} {tail}"))
    assert len(align_statements([a, b])) == 2


def test_two_remarks_of_one_speaker_on_one_topic_stay_apart() -> None:
    a = article(1, q("The northern valley farmers will get their subsidy before the harvest."))
    b = article(2, q("I met the farmers of the northern valley and heard how the drought hurt."))
    assert len(align_statements([a, b])) == 2


def test_opening_piece_joins_the_quote_another_outlet_prints_whole() -> None:
    # "It's spring," she said. "The ferry runs again, every hour." -- two pieces.
    whole = "It's spring, the ferry runs again, every hour from the old quay."
    a = article(1, q(whole))
    opening, rest = "It's spring,", "The ferry runs again, every hour from the old quay."
    second = Quote(rest, 40, 40 + len(rest), "Ilse Varga", "quote", "she said", "said")
    b = article(2, q(opening), second)
    (statement,) = align_statements([a, b])
    assert {(m.article, m.quote) for m in statement.members} == {(1, 0), (2, 0), (2, 1)}
    assert cell_state(statement, 2) == "verbatim"


def test_opening_piece_of_another_speaker_does_not_join() -> None:
    whole = "It's spring, the ferry runs again, every hour from the old quay."
    a = article(1, q(whole))
    b = article(2, q("It's spring,", "Tomas Brenner"), q(whole))
    statements = align_statements([a, b])
    assert len(statement_of(statements, 2, 0).members) == 1


def test_paraphrase_with_reinflected_words_joins() -> None:
    a = article(1, q("We are checking every mooring, warning the owners, towing the boats "
                     "and closing the slipways."))  # fmt: skip
    reported = ReportedSpeech(
        "Varga said they checked moorings, warned owners, towed boats and closed slipways.",
        0,
        80,
        "Ilse Varga",
    )
    b = article(2, reported=(reported,))
    (statement,) = align_statements([a, b])
    assert cell_state(statement, 2) == "paraphrase"


def test_one_reported_sentence_retells_two_quoted_pieces_of_one_speaker() -> None:
    first = "The ferry fares will fall by a third for pupils from March."
    second = "Nurses working night shifts will travel free on every crossing."
    a = article(1, q(first), q(second))
    reported = ReportedSpeech(
        "Varga said ferry fares would fall by a third for pupils from March and nurses "
        "working night shifts would travel free on every crossing.",
        0,
        140,
        "Ilse Varga",
    )
    b = article(2, reported=(reported,))
    statements = align_statements([a, b])
    assert len(statements) == 2
    assert all(cell_state(s, 2) == "paraphrase" for s in statements)


def test_reported_sentence_does_not_retell_quotes_of_two_speakers() -> None:
    first = "The ferry fares will fall by a third for pupils from March."
    second = "Nurses working night shifts will travel free on every crossing."
    a = article(1, q(first), q(second, "Tomas Brenner"))
    reported = ReportedSpeech(
        "Ferry fares would fall by a third for pupils from March and nurses working night "
        "shifts would travel free on every crossing, the two said.",
        0,
        140,
        None,
    )
    b = article(2, reported=(reported,))
    statements = align_statements([a, b])
    assert sum(cell_state(s, 2) == "paraphrase" for s in statements) == 1


def test_sentence_naming_nobody_needs_more_than_half_the_words() -> None:
    a = article(1, q("You can stop the closure of every rural school in this county,"))
    poll = ReportedSpeech(
        "Only a third of parents said every rural school should stay.", 0, 60, None
    )
    b = article(2, reported=(poll,))
    (statement,) = align_statements([a, b])
    assert cell_state(statement, 2) == "absent"


def test_reported_sentence_may_retell_one_part_of_a_long_quote_of_its_speaker() -> None:
    long = (
        "The harbour was silted and empty and the traders ignored it for years. Our "
        "programme dredged the basin, rebuilt the quay walls, and brought the fishing "
        "fleet and the ferry company back to the town."
    )
    a = article(1, q(long))
    reported = ReportedSpeech(
        "Varga said the basin was dredged and the fishing fleet brought back by her programme.",
        0,
        80,
        "Ilse Varga",
    )
    b = article(2, reported=(reported,))
    (statement,) = align_statements([a, b])
    assert cell_state(statement, 2) == "paraphrase"


def test_longer_quote_overlapping_a_piece_joins_its_statement() -> None:
    # Outlet 2 quotes the lead-in and the punchline apart; outlet 1 quotes the middle,
    # which runs into both. The lead-in is longer than the middle, yet one passage.
    lead = (
        "We rented two rooms above the bakery on Quay Lane when we came to Arnholt from the "
        "hills, and my father rowed us over to school rather than let us walk"
    )
    punch = (
        "And guess what? The first fog came in the night, and you had to hold a lantern at "
        "the bow just to find the steps every single morning."
    )
    middle = (
        "rowed us over to school rather than let us walk, and guess what? "
        "The first fog came in the night"
    )
    a = article(1, q(middle))
    b = article(2, q(lead), q(punch))
    (statement,) = align_statements([a, b])
    assert {(m.article, m.quote) for m in statement.members} == {(1, 0), (2, 0), (2, 1)}


def fragment(text: str, speaker: str | None = "Ilse Varga") -> Quote:
    return Quote(text, 0, len(text), speaker, "fragment", None, None)


def test_same_speaker_quotes_cut_from_one_passage_are_one_statement() -> None:
    # Outlet 1 prints a sentence in the middle of its quote; outlet 2 starts with it.
    shared = "the river authority wants our farmers to pay for every metre of its new dyke"
    a = article(1, q(f"It has been a long winter. And {shared}. We will vote against it."))
    b = article(2, q(DYKE_OPENING.format(shared.capitalize())))
    (statement,) = align_statements([a, b])
    assert statement.articles == {1, 2}


DYKE_OPENING = (
    "{}. The mayor's cousin owns the gravel pit that will supply the stone for it, "
    "and the harbour board has known that since the spring."
)


def test_shared_passage_needs_one_named_speaker() -> None:
    shared = "the river authority wants our farmers to pay for every metre of its new dyke"
    a = article(1, q(f"It has been a long winter. And {shared}. We will vote against it."))
    b = article(2, q(DYKE_OPENING.format(shared.capitalize()), "Tomas Brenner"))
    assert len(align_statements([a, b])) == 2


def test_one_speakers_stock_clause_that_goes_on_differently_stays_apart() -> None:
    start = "We should delay the western shelter at Belmor in the capital"
    a = article(1, q(f"{start} because 3,900 families depend on it. That is all."))
    b = article(2, q(f"Let me be clear: {start.lower()} even if it costs 600 crowns a week."))
    assert len(align_statements([a, b])) == 2


def test_copies_of_a_fragment_join_their_speakers_full_quote() -> None:
    full = "If the court sides with the port, a second terminal is possible."
    a = article(1, fragment("possible"), q(full))
    b = article(2, fragment("possible"))
    (statement,) = align_statements([a, b])
    assert statement.reference_text == full
    assert cell_state(statement, 2) == "partial"


def test_a_body_and_the_person_speaking_for_it_do_not_contradict() -> None:
    a = article(1, fragment("deeply flawed", "Harbour Planning Office"))
    b = article(2, fragment("deeply flawed", "Mara Lind"))
    (statement,) = align_statements([a, b])
    assert statement.articles == {1, 2}


def test_two_persons_with_one_short_fragment_stay_apart() -> None:
    a = article(1, fragment("deeply flawed", "Tomas Brenner"))
    b = article(2, fragment("deeply flawed", "Mara Lind"))
    assert len(align_statements([a, b])) == 2


def test_reported_sentence_of_the_speaker_joins_on_rare_shared_words() -> None:
    question = (
        "Tell me what the families on the coast think about the ferry subsidies that "
        "you cut last spring, and whether the islanders should expect a referendum."
    )
    a = article(1, q(question), q("The weather was kind to us this year.", "Tomas Brenner"))
    reported = ReportedSpeech(
        "Varga also asked about the subsidies and a possible referendum for islanders.",
        0,
        80,
        "Ilse Varga",
    )
    b = article(2, reported=(reported,))
    statements = align_statements([a, b])
    assert cell_state(statement_of(statements, 1, 0), 2) == "paraphrase"
    assert cell_state(statement_of(statements, 1, 1), 2) == "absent"


def test_two_different_bodies_stay_apart() -> None:
    a = article(1, fragment("deeply flawed", "Harbour Planning Office"))
    b = article(2, fragment("deeply flawed", "River Users Association"))
    assert len(align_statements([a, b])) == 2


def test_reported_sentence_goes_to_the_speaker_it_names() -> None:
    # Brenner's words are closer to the sentence, but the sentence credits Varga.
    a = article(
        1,
        q("The night ferry will not run before the spring inspection of the hull is done."),
        q(
            "The night ferry would wait for the hull inspection in spring, Varga knows.",
            "Tomas Brenner",
        ),
    )
    reported = ReportedSpeech(
        "Varga said the night ferry would wait for the hull inspection in spring.",
        0,
        70,
        "Ilse Varga",
    )
    statements = align_statements([a, article(2, reported=(reported,))])
    assert cell_state(statement_of(statements, 1, 0), 2) == "paraphrase"
    assert cell_state(statement_of(statements, 1, 1), 2) == "absent"


def test_an_articles_cell_shows_its_whole_reworded_version_not_its_excerpt() -> None:
    a = article(1, q(BRIDGE))
    reworded = BRIDGE.replace("cannot afford", "cannot survive")
    b = article(2, fragment("the northern bridge"), q(reworded))
    (statement,) = align_statements([a, b])
    assert cell_state(statement, 2) == "variant"


def test_fragment_joins_one_utterance_an_outlet_printed_twice() -> None:
    first = "These locks make clear that there is a safe and orderly way to cross the river."
    again = "make clear that there is a safe and orderly way to cross the river, again"
    a = article(1, q(first), q(again), q("We wait.", "Tomas Brenner"))
    b = article(2, fragment("safe and orderly", "Harbour Office"))
    statements = align_statements([a, b])
    joined = statement_of(statements, 2, 0)
    assert {(m.article, m.quote) for m in joined.members} == {(1, 0), (1, 1), (2, 0)}


def test_one_speakers_sentence_retold_with_another_figure_is_a_variant() -> None:
    # Two outlets cut the coach's answer differently; the sentence both print changes the
    # number of tests: the same statement, with the figures flagged.
    a = article(
        1,
        q(
            "Talia is the most tested athlete in this squad. She has had eleven tests this "
            "year alone. Does that sound like somebody with something to hide?",
            "Marcus Oduya",
        ),
    )
    b = article(
        2,
        q(
            "She is the most tested athlete I have ever coached. She has had 12 tests this "
            "year alone",
            "Marcus Oduya",
        ),
    )
    (statement,) = align_statements([a, b])
    flags = {f.kind for m in statement.members for f in m.flags}
    assert {m.relation for m in statement.members} == {"verbatim", "variant"}
    assert "figures_differ" in flags


def test_percent_and_clock_house_styles_are_verbatim() -> None:
    styled = "Core inflation at 3.9 per cent is still nearly double our target, as of 6.02 a.m."
    a = article(1, q("Core inflation at 3.9% is still nearly double our target, as of 6:02am."))
    b = article(2, q(styled))
    (statement,) = align_statements([a, b])
    assert {m.relation for m in statement.members} == {"verbatim"}


def test_one_remark_reordered_by_two_translators_is_one_statement() -> None:
    first = (
        "Our friendship with the republic is older than any tariff and older than any of us "
        "standing here. A tariff can be lifted with one signature, but a friendship takes "
        "generations to repair."
    )
    second = (
        "Our nations’ friendship predates every tariff and everyone in this room; one "
        "signature can remove a tariff, but repairing a friendship takes generations."
    )
    (statement,) = align_statements([article(1, q(first)), article(2, q(second))])
    assert member(statement, 2).relation in ("variant", "partial")
    # Two remarks on one topic that share a few of its words stay apart.
    other = "Tariffs on our grain have cost the farmers of the republic a generation of trade."
    assert len(align_statements([article(1, q(first)), article(2, q(other))])) == 2


def test_a_body_and_its_spokeswoman_are_one_voice_but_another_body_is_flagged() -> None:
    intro = "Ilse Varga, a spokeswoman for the Harbour Health Board, spoke on Monday. "
    a = ArticleQuotes(1, "Outlet 1", intro, (q(CLINIC, "Ilse Varga"),), ())
    b = ArticleQuotes(2, "Outlet 2", "", (q(CLINIC, "Harbour Health Board"),), ())
    c = ArticleQuotes(3, "Outlet 3", "", (q(CLINIC, "Harbour Ferry Company"),), ())
    (statement,) = align_statements([a, b, c])
    assert statement.speaker == "Ilse Varga"
    assert "different_speaker" not in {f.kind for f in member(statement, 2).flags}
    assert "different_speaker" in {f.kind for f in member(statement, 3).flags}


def test_two_outlets_spellings_of_one_foreign_speaker_are_one_speaker() -> None:
    # Two translations of one minister's words, his name transliterated two ways: a
    # variant of one statement, with no "different speaker" flag.
    a = article(
        1, q("Those who spread panic and false figures on social networks will answer "
             "before the law.", speaker="Rustam Ekhsanov"),
    )  # fmt: skip
    b = article(
        2, q("Those who spread panic and false numbers on the social networks will answer "
             "to the law.", speaker="Rustam Eksanov"),
    )  # fmt: skip
    (statement,) = align_statements([a, b])
    assert sorted(m.relation for m in statement.members) == ["variant", "verbatim"]
    assert "different_speaker" not in {f.kind for m in statement.members for f in m.flags}
    c = article(
        3, q("I wrote what I saw in Dresk, and I would write every word of it again.",
             speaker="Yuliya Marenko"),
    )  # fmt: skip
    d = article(
        4, q("I wrote what I saw in Dresk, and I would write all of it again.",
             speaker="Julia Marenko"),
    )  # fmt: skip
    (statement,) = align_statements([c, d])
    assert sorted(m.relation for m in statement.members) == ["variant", "verbatim"]


def test_a_fragment_of_one_speaker_does_not_glue_her_two_remarks() -> None:
    # "the job is not done" fits both of her quotes that open with it; the closing
    # remark is another utterance, not a longer version of the first.
    first = "The job is not done, and we will not pretend that it is."
    closing = "The job is not done, but it is a good deal closer to done than it was in May."
    fragment = Quote("the job is not done", 0, 19, "Ilse Varga", "fragment", None, None)
    a = article(1, q(first), q(closing))
    b = article(2, q(first), fragment)
    statements = align_statements([a, b])
    assert statement_of(statements, 1, 0) is statement_of(statements, 2, 0)
    assert statement_of(statements, 1, 1) is not statement_of(statements, 1, 0)


def test_a_range_of_figures_with_a_dash_is_the_range_written_out() -> None:
    """ "probably 4-6 weeks" read as "probably 46 weeks" beside "probably four to six
    weeks", so one coach's line in two papers made two statements."""
    a = article(1, q("Jonno's done his hamstring, probably four to six weeks,", "Brendan Tui"))
    b = article(2, q("Jonno's done his hammy, probably 4-6 weeks,", "Brendan Tui"))
    (statement,) = align_statements([a, b])
    assert {m.article for m in statement.members if m.quote is not None} == {1, 2}
