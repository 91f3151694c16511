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


def test_the_subject_of_the_sentence_before_says_a_quote_without_a_cue() -> None:
    # first names the census lists, though no short list does
    text = (
        "Corvane's product lead Simone Achterberg was candid about the ports. “We made a "
        "trade-off for thinness.”\n\nTraining partner Jodie Fenn was gracious in defeat. "
        "“She has been flying all year.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Simone Achterberg", "Jodie Fenn"]


def test_a_woman_whose_work_the_article_is_about_says_a_quote_with_she() -> None:
    text = (
        "Author Ruth Abernethy’s debut novel has been shortlisted for the Harwood Prize. The "
        "book follows a family of smugglers. ‘I wrote most of it on the bus,’ she said."
    )
    assert find_quotes(text).quotes[0].speaker == "Ruth Abernethy"


def test_a_warning_that_came_from_a_role_and_its_holder() -> None:
    text = (
        "“We will not sign anything that treats our fishermen as second-class citizens.”\n\n"
        "The warning came from Marovia’s fisheries minister, Dragan Petrik, as talks opened."
    )
    assert find_quotes(text).quotes[0].speaker == "Dragan Petrik"
