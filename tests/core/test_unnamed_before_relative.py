"""An unnamed subject before a relative clause ("one user on the forum, which is a local
board, posted: “…”") says the quote, leaving it without a name."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

LEAD = "Mayor Tom Vale spoke to reporters in Lund on Friday about the plan.\n\n"
QUOTE = "posted: “All I want to know is how these two got here by train?”"


def test_unnamed_user_before_a_which_clause_is_nobody_named() -> None:
    text = LEAD + "One user on the forum, which is a local message board, " + QUOTE
    assert find_quotes(text).quotes[0].speaker is None


def test_named_user_before_a_which_clause_still_speaks() -> None:
    text = LEAD + "Ann Roe, whose shop is on the square, " + QUOTE
    assert find_quotes(text).quotes[0].speaker == "Ann Roe"


def test_unnamed_user_on_a_named_site_is_not_the_site() -> None:
    text = (
        LEAD + "Word of the plan spread on Vibo within hours.\n\n"
        "According to the paper, one user on Vibo, which is a local message board, " + QUOTE
    )
    assert find_quotes(text).quotes[0].speaker is None


def test_an_adjective_before_a_surname_still_names_the_person() -> None:
    text = LEAD + "A noticeably upbeat Vale said: “We will get this done by the spring.”"
    assert find_quotes(text).quotes[0].speaker == "Tom Vale"
