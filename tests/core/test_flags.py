"""Flags on one outlet's version: cuts, unique words, verbs, speakers, figures."""

from desktop.core.flags import (
    Version,
    quote_cut,
    speaker_key_function,
    statement_flags,
    unique_words_by_version,
)

FULL = "We stayed all night. The water rose fast and we moved the archive upstairs."


def test_cut_at_both_ends_is_mid_sentence() -> None:
    assert quote_cut("water rose fast", FULL) == "starts mid-sentence and stops mid-sentence"


def test_whole_sentence_excerpt_is_not_cut() -> None:
    assert quote_cut("We stayed all night.", FULL) == ""
    assert quote_cut("The water rose fast and we moved the archive upstairs.", FULL) == ""


def test_a_reworded_ending_or_opening_is_not_a_cut() -> None:
    # The version's own last (or first) words stand where the reference has others.
    assert quote_cut("The water rose fast and we carried the archive uphill,", FULL) == ""
    assert quote_cut("Then the water rose fast and we moved the archive upstairs.", FULL) == ""
    # Words simply missing at the end still are, and so is a cut opening that changed a
    # word ("12" for "The water rose fast": fewer words than the reference has there).
    assert quote_cut("The water rose fast and we moved", FULL) == "stops mid-sentence"
    assert quote_cut("twelve and we moved the archive upstairs.", FULL) == "starts mid-sentence"


def test_ellipsis_is_a_cut_unless_the_reference_has_it_too() -> None:
    assert quote_cut("We stayed all night [\u2026] we moved the archive", FULL) == (
        "uses an ellipsis"
    )
    assert quote_cut("We stayed \u2026 all night", "We stayed ... all night") == ""


def test_unique_words_need_two_quotes_and_ignore_paraphrases() -> None:
    texts = ["we moved the archive", "we moved the old archive", None]
    assert unique_words_by_version(texts) == [[], ["old"], []]
    assert unique_words_by_version(["we moved the archive", None]) == [[], []]


def _versions(*specs: tuple[str, str | None, str | None]) -> list[Version]:
    return [
        Version(text, speaker, verb, None if i == 0 else "variant")
        for i, (text, speaker, verb) in enumerate(specs)
    ]


def test_neutral_verbs_are_not_flagged_but_loaded_ones_are() -> None:
    versions = _versions(
        (FULL, "Ilse Varga", "said"),
        (FULL, "Ilse Varga", "told"),
        (FULL, "Ilse Varga", "admitted"),
    )
    flags = statement_flags(
        versions, 0, statement_speaker_key="varga", speaker_key=lambda n: n.split()[-1].lower()
    )
    assert [f.kind for f in flags[1]] == []
    assert [(f.kind, f.detail) for f in flags[2]] == [
        ("different_verb", '"admitted" instead of "said"')
    ]


def test_other_speaker_is_flagged_even_on_the_reference() -> None:
    versions = _versions((FULL, "Tomas Brenner", "said"), (FULL, "Ilse Varga", "said"))
    flags = statement_flags(
        versions, 0, statement_speaker_key="varga", speaker_key=lambda n: n.split()[-1].lower()
    )
    assert [f.kind for f in flags[0]] == ["different_speaker"]
    assert flags[1] == ()


def test_bodies_are_known_by_their_whole_name() -> None:
    key = speaker_key_function()
    assert key("Harbour Planning Office") != key("Mayor Lind's office")
    assert key("the Harbour Planning Office") == key("Harbour Planning Office")
    assert key("White House") != key("Republicans in the House")


def test_a_body_is_one_speaker_whichever_way_an_outlet_orders_its_name() -> None:
    # "Commerce Department" and "Department of Commerce": one body, no different speaker
    key = speaker_key_function()
    assert key("Commerce Department") == key("the Department of Commerce")
    assert key("Energy and Commerce Committee") == key("Committee on Energy and Commerce")
    assert key("Commerce Department") != key("Department of Labor")


def test_a_countrys_ministry_is_one_speaker_however_an_outlet_words_it() -> None:
    # No "different speaker" flag between two outlets' names for one ministry
    key = speaker_key_function()
    names = ["Valdoria's Foreign Ministry", "Valdoria’s Ministry of Foreign Affairs"]
    assert key(names[0]) == key(names[1]) == key("Foreign Ministry of Valdoria")
    assert key("Ministry of Defence") == key("Defense Ministry")
    assert key(names[0]) != key("Ostmark's Foreign Ministry")


def test_figures_written_another_way_are_no_cut_and_no_words_of_their_own() -> None:
    reference = "Forty-five thousand homes lost power and twelve schools closed"
    version = "45,000 homes lost power and 12 schools closed"
    assert quote_cut(version, reference) == ""
    assert unique_words_by_version([reference, version]) == [[], []]


def test_a_negation_only_one_outlet_quotes_is_a_word_of_its_own() -> None:
    # "not" is too common a word to count anywhere else, but it turns the statement around
    reference = "The night ferry will run until the end of March"
    version = "The night ferry will not run until the end of March"
    assert unique_words_by_version([reference, version]) == [[], ["not"]]


def test_contractions_are_not_words_of_their_own() -> None:
    reference = "We do not accept this decision and we will appeal it"
    version = "We don’t accept this decision and we’ll appeal it"
    assert unique_words_by_version([reference, version]) == [[], []]


def test_a_word_swapped_at_the_end_is_a_word_of_its_own() -> None:
    # an excerpt that stops early has nothing there; this version has another word
    reference = "The night ferry will run until the end of March"
    versions = [reference, "The night ferry will run until the end of April", "The night ferry"]
    assert unique_words_by_version(versions) == [["march"], ["april"], []]


def test_how_the_words_came_is_no_different_verb() -> None:
    # "tweeted" or "replied" for "said" changes nothing a reader infers; "claimed" does
    versions = _versions(
        (FULL, "Ilse Varga", "said"),
        (FULL, "Ilse Varga", "tweeted"),
        (FULL, "Ilse Varga", "replied"),
        (FULL, "Ilse Varga", "according to"),
        (FULL, "Ilse Varga", "claimed"),
    )
    flags = statement_flags(
        versions, 0, statement_speaker_key="varga", speaker_key=lambda n: n.split()[-1].lower()
    )
    assert [[f.kind for f in version] for version in flags] == [[], [], [], [], ["different_verb"]]
