"""One person's words printed twice in other words: two translations or transcriptions
cut differently, British and American spelling, a cut marked by an ellipsis. Each pair
is one statement; two different remarks of the same person stay two."""

from __future__ import annotations

from desktop.core.matching import align_statements
from desktop.core.model import ArticleQuotes, Quote
from desktop.core.normalize import spelled_alike


def _quote(text: str, speaker: str = "Radek Mirov") -> Quote:
    return Quote(text, 0, len(text), speaker, "quote", f"{speaker} said", "said")


def _story(first: str, second: str, *others: str) -> tuple[int, ...]:
    """How many articles each statement of a two-article story holds."""
    a = ArticleQuotes(1, "Outlet 1", "", (_quote(first),), ())
    b = ArticleQuotes(2, "Outlet 2", "", (_quote(second), *(_quote(t) for t in others)), ())
    return tuple(sorted(len({m.article for m in s.members}) for s in align_statements([a, b])))


def test_a_sentence_printed_in_other_words_joins_the_longer_version() -> None:
    counts = _story(
        "She did not run from the court. I believe she was tired of hiding.",
        "She was sitting on the court steps with a coffee like a tourist. She did not run. "
        "I think she was tired of hiding.",
    )
    assert counts == (2,)


def test_british_and_american_spellings_of_one_translation_are_one_statement() -> None:
    counts = _story(
        "The harbour stays open, and our neighbours will be organised by the council.",
        "The harbor stays open and our neighbors will be organized by the town council.",
    )
    assert counts == (2,)
    assert spelled_alike("neighbour") == spelled_alike("neighbor")
    assert spelled_alike("organised") == spelled_alike("organized")
    assert spelled_alike("four") != spelled_alike("for")


def test_a_short_cut_marked_by_an_ellipsis_is_an_excerpt() -> None:
    counts = _story(
        "I packed the cat, my father's letters and the medicine. The rest is up to fate now.",
        "I packed the cat … and the medicine,",
    )
    assert counts == (2,)


def test_two_remarks_of_one_person_built_alike_stay_apart() -> None:
    counts = _story(
        "We will reopen the northern ferry in March. The town needs it.",
        "We will close the southern bridge in winter. The council decided it.",
    )
    assert counts == (1, 1)


def test_two_translations_sharing_half_their_words_end_to_end_are_one_statement() -> None:
    counts = _story(
        "Today a scar that has stayed raw for 80 years begins to fade. These masks are not "
        "objects; they are our elders coming back.",
        "Today, a scar that was raw for 80 years starts to heal. These masks are not things, "
        "they are our elders returning",
    )
    assert counts == (2,)


def test_two_translations_sharing_no_word_pair_but_one_are_one_statement() -> None:
    # Few word pairs in common ("our fishermen" only): the word-pair index alone would
    # never put the two side by side; one named speaker's quotes are compared anyway.
    counts = _story(
        "We are not going to accept that our fishermen be treated as criminals,",
        "We will not accept our fishermen being treated like criminals,",
    )
    assert counts == (2,)


def test_one_persons_two_remarks_sharing_words_in_the_middle_stay_two() -> None:
    """Guard: like length and shared words, but none near the start of the first."""
    counts = _story(
        "Rents are coming down, but not fast enough for tenants to rest easy",
        "is easing, but it is not easing fast enough for this council to rest easy either",
    )
    assert counts == (1, 1)


def test_one_persons_two_remarks_built_alike_about_other_places_stay_two() -> None:
    counts = _story(
        "As I said before, the trust will not repair the northern chapel at Selbury by the "
        "river since only 4,200 volunteers remain",
        "Frankly, the trust will not repair the northern granary at Holm across the moor "
        "since only 900 volunteers remain",
    )
    assert counts == (1, 1)


def test_one_persons_promise_and_its_denial_built_alike_stay_two() -> None:
    counts = _story(
        "Tonight we can promise every family on the ridge a roof and a hot meal before the "
        "storm arrives",
        "Tonight we cannot promise each family on the ridge shelter and a meal before the "
        "storm comes",
    )
    assert counts == (1, 1)


def test_a_version_with_another_figure_is_the_same_statement_with_the_figure_flagged() -> None:
    a = ArticleQuotes(
        1, "Outlet 1", "", (_quote("A ban of two years for a spiked drink is wrong."),), ()
    )
    long = "A ban of eighteen months for a spiked drink is wrong and no athlete should accept it."
    b = ArticleQuotes(2, "Outlet 2", "", (_quote(long),), ())
    (statement,) = align_statements([a, b])
    assert {m.article for m in statement.members} == {1, 2}
    shorter = next(m for m in statement.members if m.article == 1)
    assert "figures_differ" in {flag.kind for flag in shorter.flags}


def test_a_contraction_spelled_out_is_the_same_statement() -> None:
    assert _story("We won't sell the harbour to anyone.", "We will not sell the harbour") == (2,)
    # "we're" is no British spelling of a word ending in "-er"
    assert _story("It's not over. We're going to appeal.", "It is not over. We are going to "
                  "appeal, and we will win.") == (2,)  # fmt: skip


def test_sentences_built_alike_with_other_verbs_and_figures_stay_two_statements() -> None:
    counts = _story(
        "As I said before, the council must close the second bridge at Isar across the "
        "valley because 8100 families depend on it. The council will not close the coastal "
        "harbour at Torwynfen.",
        "As I said before, the agency will rebuild the second bridge at Isar across the "
        "valley because 38500 families depend on it.",
    )
    assert counts == (1, 1)


def test_a_word_inflected_otherwise_is_one_statement() -> None:
    # "did not arrive" / "never arrived": the same person's sentence transcribed twice
    counts = _story(
        "We built for a world that did not arrive",
        "We built for a world that never arrived",
    )
    assert counts == (2,)


def test_one_line_given_to_two_people_is_one_statement() -> None:
    # the other outlet credits another judge and inflects one word: a misattribution to show
    a = ArticleQuotes(
        1,
        "Outlet 1",
        "",
        (
            _quote(
                "The public interest is not served by the enforcement of an unlawful rule",
                "Helena Marchetti",
            ),
        ),
        (),
    )
    b = ArticleQuotes(
        2,
        "Outlet 2",
        "",
        (
            _quote(
                "The public interest is not served by enforcing an unlawful rule", "Thomas Albright"
            ),
        ),
        (),
    )
    statements = align_statements([a, b])
    assert [len({m.article for m in s.members}) for s in statements] == [2]


def test_two_people_saying_lines_built_alike_stay_apart() -> None:
    a = ArticleQuotes(
        1, "Outlet 1", "", (_quote("We will close the northern bridge in March", "Ann Lee"),), ()
    )
    b = ArticleQuotes(
        2, "Outlet 2", "", (_quote("We will close the southern ferry in March", "Tom Kim"),), ()
    )
    assert len(align_statements([a, b])) == 2
