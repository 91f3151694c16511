"""A pronoun inside a quote right after a name is the quote's, not evidence of that person's
sex: "his aunt, Jana Stoll, “He was sharp”" leaves Jana Stoll a "she"."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_a_pronoun_inside_the_quote_after_a_name_does_not_make_her_a_he() -> None:
    text = (
        "His friends knew him as Mick. In the words of his aunt, Jana Stoll, “He was sharp "
        "as a tack, and he read grown-up books by the age of six.”\n\n"
        "Ford later wrote two novels for a space franchise, Star Voyage, and one thriller.\n\n"
        "A cheerful woman in her 80s, Jana Stoll lives in a care home in Ohio. She "
        "talked fondly of the nephew she lost. She gave me an address for his sister.\n\n"
        "“I cannot believe his sister would not want his books in print,” she said.\n"
    )
    assert find_quotes(text).quotes[-1].speaker == "Jana Stoll"
