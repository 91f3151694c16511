"""A title quoted after "his book", "her new album", "their podcast" names a work, so it
is no quotation and no one's words."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes

TEXT = (
    "Leif Dahl, the blogger, retired at 43. “It was easy to plan for,” he told us.\n\n"
    "Early retiree Grant Sabo suggests saving more. In {0} “Money Freedom: A Tested Road to "
    "All the Money You Need,” Sabo shares the formula he used."
)


def test_a_title_after_his_book_is_not_a_quote() -> None:
    quotes = find_quotes(TEXT.format("his book")).quotes
    assert [q.text for q in quotes] == ["It was easy to plan for,"]


def test_a_title_after_her_new_memoir_is_not_a_quote() -> None:
    quotes = find_quotes(TEXT.format("her new memoir")).quotes
    assert [q.text for q in quotes] == ["It was easy to plan for,"]


def test_a_title_after_an_authors_new_book_is_not_a_quote() -> None:
    quotes = find_quotes(TEXT.format("Sabo's new book,")).quotes
    assert [q.text for q in quotes] == ["It was easy to plan for,"]


def test_a_title_woven_before_a_cue_is_not_the_first_half_of_a_split_quote() -> None:
    text = (
        "After playing “Down By the Harbour,” the singer told the hall, “that went so well, "
        "perhaps we ought to tour again.” He meant it."
    )
    assert [q.text for q in find_quotes(text).quotes] == [
        "that went so well, perhaps we ought to tour again."
    ]


def test_an_outlets_headline_in_capitals_is_not_a_quote() -> None:
    text = (
        "Mayor Ines Varga defended the plan. “It pays for itself in six years,” she said.\n\n"
        "Coverage was harsh. Other headlines included the Morning Lantern's “Varga Pushes "
        "Ferry Plan Through Despite Warnings From Her Own Treasury Office” and Harbour "
        "Daily's “City Hall Bets the Budget on Boats.”"
    )
    assert [q.text for q in find_quotes(text).quotes] == ["It pays for itself in six years,"]


def test_an_owners_words_in_plain_case_stay_a_quote() -> None:
    text = "The mayor's “we will not back down on this plan” became the week's refrain."
    assert [q.text for q in find_quotes(text).quotes] == ["we will not back down on this plan"]


def test_a_linked_storys_headline_glued_to_its_colon_is_not_a_quote() -> None:
    text = (
        "The vigil ran late. “We will rebuild the pier,” the mayor, Ines Varga, said.\n\n"
        "‘She never missed a tide’:Harbour town mourns its oldest ferry pilot\n\n"
        "The council meets again on Monday."
    )
    assert [q.text for q in find_quotes(text).quotes] == ["We will rebuild the pier,"]


def test_a_code_in_quote_marks_is_not_a_quote() -> None:
    text = (
        "The laptop costs $799 this week. Use code “70OFF799” at checkout, or ask for the "
        "“XR-7” model.\n\n“It sold out in an hour,” the shop owner, Ines Varga, said."
    )
    assert [q.text for q in find_quotes(text).quotes] == ["It sold out in an hour,"]


def test_a_programme_title_with_romance_particles_is_no_quote() -> None:
    text = (
        "Later on Tuesday, in an interview with the Spanish-language program “Panorama de "
        "las Américas,” the minister was more direct."
    )
    assert find_quotes(text).quotes == ()


def test_one_word_said_after_a_colon_is_a_quote_and_a_title_word_is_not() -> None:
    text = (
        "Councillor Rhys Banner was asked about the ferry plan. His response was curt: "
        "“Nonsense.”\n\nThe plan is called “Harbourlink” by the council."
    )
    quotes = find_quotes(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Nonsense.", "Rhys Banner")]


def test_a_one_word_show_after_its_owner_is_no_fragment() -> None:
    text = "Rhys Banner told Harbour News’ “Tidewatch” that the inquiry was “a witch hunt.”"
    quotes = find_quotes(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("a witch hunt.", "Rhys Banner")]


@pytest.mark.parametrize(
    "title_sentence",
    [
        # an episode's or an exhibition's title, a numbered part's, a film's tagline
        "Episode two, “Nobody told me the ferry was leaking”, is better still.",
        "Her podcast ran the episode “Why we say yes when we mean no” last year.",
        "The exhibition “Buttons and ballots from a century of campaigns” opens on Saturday.",
        "The film was sold with the tagline “Some lights are meant to go out.”",
        # the naming words of the other languages users' outlets write in
        "Le chantier, baptisé « Cœur de ville en travaux » par la mairie, a pris du retard.",
        "Ihr neuer Roman »Die Stille nach dem großen Hochwasser« erzählt von einem Dorf.",
        "El proyecto, bautizado “Mercado de todos los barrios”, sigue sin fecha.",
    ],
)
def test_titles_named_by_their_noun_or_a_naming_word_are_not_quotes(title_sentence: str) -> None:
    text = f"“The work is nearly done,” said Tomas Brandt. {title_sentence}"
    assert [q.text for q in find_quotes(text).quotes] == ["The work is nearly done,"]


def test_an_episode_called_a_disgrace_is_still_someones_words() -> None:
    # "episode" may mean an incident: lower-case words quoted after it are a fragment
    text = "Tomas Brandt, the local MP, called the episode ‘a national embarrassment’ on Monday."
    (quote,) = find_quotes(text).quotes
    assert (quote.text, quote.kind, quote.speaker) == (
        "a national embarrassment",
        "fragment",
        "Tomas Brandt",
    )


@pytest.mark.parametrize(
    "title_sentence",
    [
        # a long title with a subtitle after its colon, and titles set off by commas after
        # "the official review" or "her opposite number's policy paper"
        "The profile, “The Accidental Candidate: Mei Lin and the New Harlow Politics,” ran.",
        "The official review, ‘Lessons from the pier closure: cost and public value’, is out.",
        "She called her opposite number's policy paper, ‘A cleaner future for every street’, "
        "a shopping list.",
    ],
)
def test_long_and_apposed_titles_are_not_quotes(title_sentence: str) -> None:
    text = f"“The work is nearly done,” said Tomas Brandt. {title_sentence}"
    assert [q.text for q in find_quotes(text).quotes] == ["The work is nearly done,"]


def test_a_long_title_cased_sentence_in_prose_is_no_quote() -> None:
    """A single's title, a plaque, a banner and a festival theme, each a sentence in title
    case inside a sentence of prose, were taken as someone's words."""
    text = (
        "The standout is the slow-burning single “I Would Have Stayed If You Had Asked Me.”\n\n"
        "At the door, a brass plaque reads “What You Are Looking For Is Not on That Screen.”\n\n"
        "As the final chords rang out, a banner unfurled across the balcony: “Saint Orla,"
        " Brennock Will Always Be Your Home.”\n\n"
        "The festival returns in October under this year’s theme, “Stories We Tell Ourselves"
        " to Get Through the Winter.” “It felt right,” said director Pia Okafor-Reyes.\n"
    )
    assert [q.text for q in find_quotes(text).quotes] == ["It felt right,"]


def test_a_headline_quoting_someone_in_title_case_is_still_a_quote() -> None:
    """Guard: a headline's line is all capitals, so its quoted words are speech."""
    text = (
        "Whitcombe Blasts Budget Deal: “They Sold Out Every Family in This State”\n\n"
        "Sen. Ada Whitcombe said on Monday that the deal was a betrayal.\n"
    )
    assert [q.text for q in find_quotes(text).quotes] == [
        "They Sold Out Every Family in This State"
    ]
