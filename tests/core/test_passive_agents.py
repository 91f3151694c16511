"""The agent of a passive ("The race was won by Joaquim Serra") is the one in focus for "the
27-year-old said"; a photo's credit ("Picture: Dean Hollis") names no one in the story."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

RACE = (
    "The men’s race was won by Joaquim Serra in 2:14:52, the slowest time in 11 years. "
    "Speaking through an interpreter, the 27-year-old said: ‘It was like running inside an "
    "oven.’\n"
)


def test_the_agent_of_a_passive_is_the_one_an_age_noun_means() -> None:
    text = "Runners cooled off under a misting shower.\n\n" + RACE
    assert [q.speaker for q in find_quotes(text).quotes] == ["Joaquim Serra"]


def test_a_photo_credit_is_not_the_person_in_focus() -> None:
    text = (
        "Joaquim Serra won the men’s race in 2:14:52.\n\n"
        "Runners cool off under a misting shower. Picture: Dean Hollis\n\n"
        "‘It was like running inside an oven,’ he said.\n"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Joaquim Serra"]
