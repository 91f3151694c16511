"""A doubled apostrophe closing a double quote (“… voters,’’ Vale said) ends the quote, so
its cue is read."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

TEXT = (
    "“It was an attempt to mislead all the voters,’’ Tom Vale, chief executive of the "
    "watchdog Fair Count, told the radio. “And I think it is misleading for a party.”"
)


def test_doubled_apostrophe_closes_the_quote_before_its_cue() -> None:
    quotes = find_quotes(TEXT).quotes
    assert quotes[0].text == "It was an attempt to mislead all the voters,"
    assert [q.speaker for q in quotes] == ["Tom Vale", "Tom Vale"]


def test_apostrophes_inside_a_quote_do_not_close_it() -> None:
    text = "“The players’ union and the owners’ group both agreed,” Tom Vale said."
    assert (
        find_quotes(text).quotes[0].text == "The players’ union and the owners’ group both agreed,"
    )
