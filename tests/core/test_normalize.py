"""Typography and spelling normalisation used by diff and matching."""

from desktop.core.normalize import (
    content_words,
    join_grouped_numbers,
    match_key,
    name_key,
    normalize_typography,
    stem,
    verbatim_key,
)


def test_typography_straightens_quotes_dashes_and_spaces() -> None:
    text = "\u201cWe\u2019ll see\u201d \u2014 she said\u00a0\u2026  later"
    assert normalize_typography(text) == '"We\'ll see" - she said ... later'


def test_typography_rejoins_detached_contractions() -> None:
    assert normalize_typography("we 'll go , do n't") == "we'll go , don't"


def test_verbatim_key_ignores_typography_and_first_letter_case() -> None:
    a = "\u201cWe will not be kind to him,\u201d"
    b = '"we will not be kind to him."'
    assert verbatim_key(a) == verbatim_key(b)


def test_verbatim_key_keeps_word_changes() -> None:
    assert verbatim_key("We will not be kind to him") != verbatim_key("We will not be nice to him")


def test_verbatim_key_keeps_inner_ellipsis_but_drops_edge_ones() -> None:
    assert verbatim_key("\u2026 we stay [\u2026] and fight \u2026") == "we stay ... and fight"


def test_name_spelling_variants_share_a_key() -> None:
    assert name_key("Zelenkovv") == name_key("Zelenkov")
    assert name_key("Zelenskiy") == name_key("Zelenskyy") == name_key("Zelensky")
    assert name_key("Lasi\u0107") == name_key("Lasic")
    assert name_key("Varga") != name_key("Vargas")


def test_folded_names_make_spellings_verbatim_only_when_asked() -> None:
    a, b = "Zelenkovv was right", "Zelenkov was right"
    assert verbatim_key(a) != verbatim_key(b)
    assert verbatim_key(a, fold_names=True) == verbatim_key(b, fold_names=True)
    # Folding a capitalised ordinary word must not break case-insensitive equality.
    assert verbatim_key("Keep your advice") == verbatim_key("keep your advice")


def test_grouped_numbers_are_joined_but_decimals_stay() -> None:
    assert join_grouped_numbers("45,100 and 45 100 and 45.100 but 3.5") == (
        "45100 and 45100 and 45100 but 3.5"
    )


def test_match_key_and_content_words() -> None:
    assert match_key("\u201cThe Bridge\u2014closed!\u201d") == "the bridge closed"
    assert content_words("We will close the bridge") == ["close", "bridge"]


def test_hyphens_join_words_but_dashes_separate_them() -> None:
    assert match_key("the e-mails arrived") == match_key("the emails arrived")
    assert match_key("the wall\u2014and the gate") == "the wall and the gate"


def test_stem_folds_reinflected_words_and_keeps_others_apart() -> None:
    assert stem("requirements") == stem("require")
    assert stem("calling") == stem("called")
    assert stem("policies") == stem("policy")
    assert stem("harbour's") == stem("harbours") == stem("harbour")
    assert stem("bridge") != stem("budget")
    assert stem("2024") == "2024"


def test_house_spelling_does_not_stop_two_quotes_being_verbatim() -> None:
    assert verbatim_key("The harbour will not be privatised.") == verbatim_key(
        "The harbor will not be privatized."
    )
    assert verbatim_key("The harbour will not be sold.") != verbatim_key(
        "The harbour will not be privatised."
    )
