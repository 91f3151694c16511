"""A person the article calls by a given name alone ("Tommy — he posts under that name
alone — stopped work") is the subject a later "he wrote" means, and a name after "into
your" is an object, never that subject."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

TEXT = (
    "Some readers dip into your Roth IRA savings, which is risky.\n\n"
    "Tommy — he posts under that name alone — stopped work at 51, a decade back. He never "
    "had a large income, he wrote on his blog.\n\n"
    "“So much of a good retirement is mental. Being free of debt adds to that,” he wrote.\n"
)


def test_a_given_name_opening_its_sentence_is_the_one_he_means() -> None:
    assert [q.speaker for q in find_quotes(TEXT).quotes] == ["Tommy"]


def test_a_name_after_into_your_is_not_the_subject() -> None:
    text = TEXT.replace("Tommy — he posts under that name alone —", "The reader")
    assert [q.speaker for q in find_quotes(text).quotes] == [None]
