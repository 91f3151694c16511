"""A pronoun never means a named person whose first name the census gives the other sex,
and the census names alone never make a name a person."""

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
