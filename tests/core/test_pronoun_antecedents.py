"""Pronouns: which person "he" or "she" after a quote refers to."""

from __future__ import annotations

from desktop.core.model import Quote
from desktop.core.quotes import find_quotes


def quotes_of(text: str) -> list[Quote]:
    return list(find_quotes(text).quotes)


def test_people_given_as_examples_are_not_what_he_refers_to() -> None:
    text = (
        "Party strategist Corin Vail was blunt about the primary.\n\n"
        "“Voters are tired of the feud,” Vail said.\n\n"
        "Last spring, several of the governor's picks—including mayoral hopeful Dario "
        "Lentz and harbour board candidate Emil Sarto—lost their races by wide margins.\n\n"
        "“Optimism wins elections. Grievance loses them,” he said."
    )
    assert quotes_of(text)[-1].speaker == "Corin Vail"


def test_an_example_named_alone_with_such_as_is_not_the_subject() -> None:
    text = (
        "Party strategist Corin Vail was blunt about the primary.\n\n"
        "“Voters are tired of the feud,” Vail said.\n\n"
        "Newcomers such as councillor Dario Lentz lost their races by wide margins.\n\n"
        "“Grievance loses elections,” he said."
    )
    assert quotes_of(text)[-1].speaker == "Corin Vail"
