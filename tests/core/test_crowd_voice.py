"""Words a crowd left unnamed thinks or cries out ("the people shrug and think, “…”") are
nobody's named words, not the words of the person the paragraph is about."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

LEAD = "Senator Ann Roe keeps pushing the inquiry. "


def test_people_thinking_the_words_are_nobody_named() -> None:
    text = LEAD + "The closer she gets to the vote, the more the people think, “Enough, just vote.”"
    assert find_quotes(text).quotes[0].speaker is None


def test_the_public_screaming_the_words_are_nobody_named() -> None:
    text = LEAD + "The public will cover its ears and scream, “Make the whole thing go away.”"
    assert find_quotes(text).quotes[0].speaker is None


def test_a_senator_asking_the_crowd_still_speaks() -> None:
    text = LEAD + "She turned to the crowd and asked: “Who is ready to win this thing?”"
    assert find_quotes(text).quotes[0].speaker == "Ann Roe"


def test_people_saying_the_words_in_an_advert_are_nobody_named() -> None:
    text = (
        "Gov. Kari Nord launched the adverts on Monday. In the adverts, people say, “I am "
        "on the ferry now.”"
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (None, "people say")
