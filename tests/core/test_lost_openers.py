"""A quote whose opening mark the page lost is still found when a cue follows it."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_words_before_a_closing_mark_and_a_cue_are_a_quote() -> None:
    text = (
        "Ann Lee met the press on the quay on Monday.\n\n"
        "But it is fair for people to ask about the ferry. And all I can tell them "
        'is wait and see," Lee answered.\n\n'
        "The meeting ended at noon."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.text == (
        "But it is fair for people to ask about the ferry. And all I can tell them is wait and see,"
    )
    assert (quote.speaker, quote.cue) == ("Ann Lee", "Lee answered")


def test_without_paragraphs_the_quote_starts_after_the_cue_of_the_quote_before() -> None:
    text = (
        'Ann Lee met the press on Monday. "Will the ferry run all winter?" asked one '
        "reporter. We will run it every day the harbour is open. The rest is up to the sea,"
        '" Lee answered. The meeting ended at noon.'
    )
    quotes = find_quotes(text).quotes
    assert [q.text for q in quotes] == [
        "Will the ferry run all winter?",
        "We will run it every day the harbour is open. The rest is up to the sea,",
    ]
    assert quotes[1].speaker == "Ann Lee"


def test_a_closing_mark_without_a_cue_is_left_alone() -> None:
    text = (
        "Ann Lee met the press on Monday.\n\n"
        'The ferry will run every day the harbour is open," and then the crowd went home '
        "before the rain came."
    )
    assert find_quotes(text).quotes == ()


def test_narration_and_a_lead_in_before_the_words_stay_out() -> None:
    text = (
        "Ivo Brandt spoke first. Tobin Marsh answered him sharply on Monday evening. "
        'Brandt wrote on X: We will fix every road in town by June," Brandt wrote.'
    )
    (quote,) = find_quotes(text).quotes
    assert quote.text == "We will fix every road in town by June,"
    assert quote.speaker == "Ivo Brandt"


def test_the_rest_of_a_quote_after_an_inch_mark_is_not_a_quote_of_its_own() -> None:
    text = "“I am 6'2\", I can dunk, and every coach in the valley knows it,” said Ivo Brandt."
    assert all(not q.text.startswith(",") for q in find_quotes(text).quotes)


def test_a_body_that_it_said_is_the_cue_after_a_lost_opening_mark() -> None:
    text = (
        'The Harbour Board said in a statement it was "studying" the inspector\'s nine '
        'findings. The safety of every passenger on our ferries comes first," it said.\n\n'
        "The findings will be published in May."
    )
    said = {q.text: q.speaker for q in find_quotes(text).quotes}
    assert said["The safety of every passenger on our ferries comes first,"] == "Harbour Board"


def test_a_cue_after_a_comma_ends_a_quote_that_lost_its_closing_mark() -> None:
    text = (
        "Locals who once swam in the river said an apology was not enough.\n\n"
        "‘We used to bring the children here every summer, said Marit Olsen, 41, who lives "
        "yards from the bank.\n\n"
        "The company said the pipe had been replaced."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.text == "We used to bring the children here every summer,"
    assert quote.speaker == "Marit Olsen"


def test_a_longer_subject_with_a_name_in_apposition_is_a_cue_after_a_lost_opening() -> None:
    text = (
        "The video was released on Friday.\n\n"
        "There is no version of this video in which Tomas is a threat,\" the family's "
        "lawyer, Ines Farrow, said outside the courthouse.\n\n"
        "The police did not comment."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.text == "There is no version of this video in which Tomas is a threat,"
    assert quote.speaker == "Ines Farrow"


def test_words_after_said_and_a_colon_before_a_lone_closing_mark_are_a_quote() -> None:
    text = (
        "Outside the ground, the mood was grim. Season-ticket holder Edna Marsh, 64, said: "
        'It was a long trip and a cold pie and a kick in the teeth." Her son was kinder.'
    )
    (quote,) = find_quotes(text).quotes
    assert quote.text == "It was a long trip and a cold pie and a kick in the teeth."
    assert quote.speaker == "Edna Marsh"
