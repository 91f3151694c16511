"""A quote without a cue goes to the person in focus, never to a phrase of capitals that
is no one (a programme, a product, a heading in a first-person post)."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

POST = (
    "Get support for the scary stuff by joining the Online Growth Roadmap.\n\n"
    "“Become an online leader” may sound daunting. Yet it need not be!"
)


def test_a_programme_in_focus_does_not_say_a_slogan() -> None:
    assert find_quotes(POST).quotes[0].speaker is None


def test_a_person_in_focus_still_says_a_quote_without_a_cue() -> None:
    text = (
        "Ravi Tamber leads the growth team at Orrin Labs.\n\n"
        "“Become an online leader and the rest will follow,” he tells new staff.\n\n"
        "Ravi Tamber has heard the doubts.\n\n“Most of them come round within a month.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ravi Tamber"] * 2
