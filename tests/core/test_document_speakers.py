"""Documents as speakers: a draft, a guidance or a report speaks for whoever issued it."""

from __future__ import annotations

from desktop.core.model import Quote
from desktop.core.quotes import find_quotes


def quotes_of(text: str) -> list[Quote]:
    return list(find_quotes(text).quotes)


def test_a_party_to_a_case_is_not_the_author_of_the_court_draft() -> None:
    text = (
        "The Norland Supreme Court may soon strike down the ferry rules, according to a "
        "draft of an opinion obtained by the Harbour Courier. The court is expected to rule "
        "on Marek v. Westmark Ferry Company before July. “We hold that the rules must "
        "fall,” the draft document says, citing two earlier rulings."
    )
    assert quotes_of(text)[0].speaker == "Norland Supreme Court"


def test_a_party_to_a_case_still_speaks_for_itself() -> None:
    text = (
        "The Norland Supreme Court heard Marek v. Westmark Ferry Company on Monday.\n\n"
        "“We expect to win on every count,” the Westmark Ferry Company said."
    )
    assert quotes_of(text)[0].speaker == "Westmark Ferry Company"
