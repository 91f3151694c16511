"""Who a pronoun can mean: not a named person the census gives the other sex, not a
podcast, a paper or a charity written with its kind ("his podcast Full Plate")."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

PROTEST = (
    "Deputy Chief Harlan Moss said officers gave three warnings before moving in.\n\n"
    '"We gave them every opportunity to leave," Moss said.\n\n'
    "Delphine Arceneaux, a nurse who was near the front, said the spray came without "
    "warning.\n\n"
    '"I take two buses to get to my shift," said Arceneaux.\n\n'
    '"Eleven people were taken into custody," he told reporters.'
)


def test_he_is_not_the_last_named_woman() -> None:
    speakers = [q.speaker for q in find_quotes(PROTEST).quotes]
    assert speakers == ["Harlan Moss", "Delphine Arceneaux", "Harlan Moss"]


def test_a_product_named_like_a_person_does_not_speak() -> None:
    # Guard: "Dell" is a census first name; a scare-quoted term near a laptop's name has
    # no speaker.
    text = (
        "Dell G3 15 laptop with a 512GB drive for $799.\n\n"
        'Use the code "SAVE50" at checkout for an outstanding price.'
    )
    assert [q.speaker for q in find_quotes(text).quotes] in ([], [None])


def test_she_is_not_the_podcast_or_the_paper_named_last() -> None:
    text = (
        "Chef Ada Quill has been in a row with a rival all week.\n\n"
        "In an interview with the Sunday Blaze in 2019, she laughed off the feud.\n\n"
        "“I would rather cook than fight,” she said.\n\n"
        "On the latest episode of her podcast Full Plate, Quill went further. “Nobody tells "
        "me what goes in my kitchen,” she said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ada Quill", "Ada Quill"]


def test_a_name_the_article_calls_he_is_a_person_a_cueless_quote_goes_to() -> None:
    # "Hamish" is on no list of first names: the "He" after the name makes it a person.
    text = (
        "Hamish Dellacourt was angry on Wednesday. He had driven four hours to the capital.\n\n"
        "“We were sold out in a hotel ballroom by people who have never milked a cow.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Hamish Dellacourt"]
