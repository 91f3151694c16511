"""A byline names the reporter: never the person a pronoun in the story stands for."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_he_is_the_minister_named_in_the_lede_not_the_correspondent() -> None:
    text = (
        "Waiting lists grow again\n\n"
        "Caoilfhionn Reddan, Health Correspondent\n\n"
        "New figures were released yesterday in a statement from Minister for Health Tadhg "
        "Carrow. “These numbers are not good enough,” he said."
    )
    assert speakers(text) == ["Tadhg Carrow"]


def test_a_company_named_alone_in_the_headline_is_no_he() -> None:
    text = (
        "Tallowbyte to cut 300 jobs\n\n"
        "By Caoilfhionn Reddan in Carrow\n\n"
        "The software company Tallowbyte is to cut 300 jobs in Carrow.\n\n"
        "Staff were told in an email from chief executive Ruairc Denning. “We grew too "
        "fast,” he wrote."
    )
    assert speakers(text) == ["Ruairc Denning"]
