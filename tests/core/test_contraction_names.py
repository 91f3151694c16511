"""A pronoun's contraction opening a sentence ("I’d", "You’re", "Don’t") is no name, so a
scare quote in a first-person post goes to nobody."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_id_opening_a_sentence_is_not_a_speaker() -> None:
    text = "I had to become a public figure. I’d have to “get my face seen” at webinars."
    assert find_quotes(text).quotes[0].speaker is None


def test_a_name_with_an_apostrophe_still_speaks() -> None:
    text = "Dana O’Reilly runs the shop. “We have to market this forever and ever,” she said."
    assert find_quotes(text).quotes[0].speaker == "Dana O’Reilly"
