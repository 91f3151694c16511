"""A company named with a trade suffix ("Kestrel Records", "Dune Productions") is a body,
so "the company said" and "the statement said" go to it."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

STORY = (
    "Mara Holt is unhappy with her old label.\n\n"
    "On Monday, Kestrel Records issued a statement about the tour.\n\n"
    "“We are glad to have this settled at last,” the {0} said.\n\n"
    "Dune Productions denied that it had settled anything.\n\n"
    "“At no time did we agree to this at all,” the production company said."
)


def test_the_company_is_the_label_named_before() -> None:
    quotes = find_quotes(STORY.format("company")).quotes
    assert [q.speaker for q in quotes] == ["Kestrel Records", "Dune Productions"]


def test_the_statement_is_the_label_that_issued_it() -> None:
    quotes = find_quotes(STORY.format("statement")).quotes
    assert quotes[0].speaker == "Kestrel Records"
