""" "“…,” it said" after a subject with no first name ("Dalby Foods makes the bars") is that
body; after a person it stays unresolved."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

QUOTE = "“We take food safety very seriously in every plant,” it said in a statement."


def test_it_said_is_the_company_the_sentence_before_is_about() -> None:
    text = "Dalby Foods makes the bars at two plants. " + QUOTE
    assert find_quotes(text).quotes[0].speaker == "Dalby Foods"


def test_it_said_is_never_a_person() -> None:
    text = "Tom Ash runs the plant at Dalby. " + QUOTE
    assert find_quotes(text).quotes[0].speaker is None
