"""A cue in the perfect tense ("X, a fellow at Y, has written") names the quote's speaker."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_has_written_after_an_appositive_names_the_writer() -> None:
    text = (
        "“A levy is a tax on the buyer,” said Maria Lund, a professor at Dalby College.\n\n"
        "“If the city imposes a fee on parking, the driver pays it,” Paul Orrin, a senior "
        "fellow at the Civic Institute, has written. “The garage owners pay nothing.”"
    )
    quotes = find_quotes(text).quotes
    assert [q.speaker for q in quotes] == ["Maria Lund", "Paul Orrin", "Paul Orrin"]


def test_who_had_written_it_is_no_cue() -> None:
    text = (
        "Tara Holm and Lina Buckley loved the song. Then they learned who had written it, "
        "and were caught off guard by “the Mary Steen of it all, every bit of it.”"
    )
    assert find_quotes(text).quotes[0].cue != "who had written"
