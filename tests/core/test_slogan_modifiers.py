"""A slogan quoted between "the" and a noun ("the “Meth. We’re on it.” campaign") names a
campaign; it is no one's quoted words."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_a_slogan_naming_a_campaign_is_not_a_quote() -> None:
    text = (
        "“It is difficult to change what people do,” Hege said.\n\nThe “Ferries. We’re "
        "on it.” campaign left harbour nurse Julie Graham cold, though she said she would "
        "not judge the posters."
    )
    assert [q.text for q in find_quotes(text).quotes] == [
        "It is difficult to change what people do,"
    ]


def test_words_after_the_that_end_a_clause_are_still_a_quote() -> None:
    text = "Mayor Ann Graham said the “plan for the bridge is dead and buried,” and walked out."
    assert find_quotes(text).quotes[0].speaker == "Ann Graham"
