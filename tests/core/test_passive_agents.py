"""The agent of a passive ("The race was won by Joaquim Serra") is the one in focus for "the
27-year-old said"; a photo's credit ("Picture: Dean Hollis") names no one in the story."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Vale was accused by Mayor Ana Lindqvist of “gross misconduct”.", "Ana Lindqvist"),
        (
            "Vale was accused by his former deputy, Ana Lindqvist, of “gross misconduct”.",
            "Ana Lindqvist",
        ),
        ("Vale, described by prosecutors as “the ringleader”, was jailed.", None),
        ("Vale has been accused of “gross misconduct”.", None),
        ("Vale, who was accused by colleagues of “bullying”, denied it.", None),
        # tokenised text, a party tag inside the agent
        ("Vale was accused by Sen. Ana Lindqvist ( D-Mich. ) of “ lying . ”", "Ana Lindqvist"),
    ],
)
def test_the_words_a_passive_puts_on_someone_are_not_theirs(
    sentence: str, speaker: str | None
) -> None:
    text = "Orrin Vale, the harbour master, resigned on Friday. " + sentence
    assert [q.speaker for q in find_quotes(text).quotes] == [speaker]
