"""A sentence led by "According to X," whose quote is the predicate X gives someone else
("the agent Vera Lind “was fading out”") quotes X, not the person described."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_the_source_gave_the_quoted_predicate() -> None:
    text = (
        "Paul Hart edited the novels for years.\n\nAccording to Paul Hart, shortly before the "
        "death, the agent Vera Lind “was slowly starting to fade out” "
        "of the book trade."
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == ("Paul Hart", "According to Paul Hart")


def test_the_subjects_own_statement_stays_theirs() -> None:
    text = (
        "According to the Dalby Courier, Bishop Ivo Marn stated over the weekend that “men "
        "who break their vows should leave the order at once.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Ivo Marn"
