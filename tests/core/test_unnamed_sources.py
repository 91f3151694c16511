"""A source phrase naming nobody ("in the words of the patient", "According to the man,")
gives the quote no speaker, rather than a doctor named earlier."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

CASE = (
    "For the case report, doctors Ann Roe and Ivo Marr of the Dalby Infirmary described "
    "a man of 43 who went to his doctor after three tired months.\n\n"
)


def test_in_the_words_of_the_patient_names_nobody() -> None:
    text = CASE + (
        "That winter was the hardest part, in the words of the patient: “By the tenth "
        "week I could not climb the stairs to my flat.”"
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (None, "in the words of the patient")


def test_according_to_the_man_names_nobody() -> None:
    text = CASE + "According to the man, the steroids “changed everything within a few days.”"
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (None, "According to the man")


def test_in_the_words_of_a_named_person_is_theirs() -> None:
    text = (
        "Mayor Ann Roe opened the new bridge on Friday.\n\n"
        "In the words of Roe: “This bridge joins two towns that never talked.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Ann Roe"


def test_a_user_called_by_a_handle_is_that_handle() -> None:
    text = (
        "Players were furious. On the forum, a user called tidewatcher wrote: “Lost three "
        "hours to a storm I had no chance of seeing.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["tidewatcher"]


def test_someone_unnamed_in_a_town_is_not_the_town() -> None:
    text = (
        "Ferry fares rose again on Friday.\n\n"
        "“Nobody on my boat expected a cut, and nobody got one,” said a deckhand in Calder "
        "City, who asked not to be named."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.speaker is None


def test_someone_unnamed_described_by_a_clause_is_the_source_not_the_last_speaker() -> None:
    text = (
        "Ilse Varga, the harbour master, spoke on Sunday. “We will not guess at the cause,” she "
        "said.\n\n"
        "The pier was packed with passengers. “It sounded like thunder at first, and then "
        "everybody was running,” said a woman who was selling tickets near the gate. “I hid "
        "behind the kiosk with two children I had never met.”"
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Ilse Varga", None, None]
