"""A person the article calls by a given name alone ("Tommy — who only goes by his first
name online — retired") is the subject a later "he wrote" means, and a name after "into
your" is an object, never that subject."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

TEXT = (
    "Some readers dip into your Roth IRA savings, which is risky.\n\n"
    "Tommy — who only goes by his first name online — retired ten years ago at 51. He never "
    "earned a big salary, he wrote in a blog post.\n\n"
    "“So much of a good retirement is mental. Being free of debt adds to that,” he wrote.\n"
)


def test_a_given_name_opening_its_sentence_is_the_one_he_means() -> None:
    assert [q.speaker for q in find_quotes(TEXT).quotes] == ["Tommy"]


def test_a_name_after_into_your_is_not_the_subject() -> None:
    text = TEXT.replace("Tommy — who only goes by his first name online —", "The reader")
    assert [q.speaker for q in find_quotes(text).quotes] == [None]
