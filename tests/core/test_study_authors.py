""" "The authors of the research published this month in the journal X" are unnamed people,
not X."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_authors_of_a_study_in_a_journal_are_not_the_journal() -> None:
    text = (
        "Cannabis use disorder is rising, a study found. The authors of the research "
        "published this month in the journal Dalby Psychiatry argued that the climb is "
        "“a potential public health concern for the states.”"
    )
    quote = find_quotes(text).quotes[0]
    assert quote.speaker is None
    assert quote.cue is not None and quote.cue.startswith("The authors of the research")
