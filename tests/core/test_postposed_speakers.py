"""A speaker named after the verb behind a clause about circumstances ("despite being the
envoy in Brussels, said another witness …, former adviser Fiona Hall") is that person."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_another_witness_with_a_name_after_a_despite_clause() -> None:
    text = (
        "Envoy Gil Sorel was fond of telling colleagues “he ran the whole region” "
        "despite being the envoy in Brussels, said another witness before the panel, former "
        "White House adviser Fiona Hall."
    )
    assert find_quotes(text).quotes[0].speaker == "Fiona Hall"


def test_a_resident_with_a_name_after_the_verb() -> None:
    text = "“We will never give up on this town,” said a local resident, Ann Marr."
    assert find_quotes(text).quotes[0].speaker == "Ann Marr"


def test_a_paragraph_opening_quote_is_spoken_by_the_subject_of_the_next_sentence() -> None:
    text = (
        "The council approved Mayor Ilse Varga's budget by a vote of 7-5.\n\n"
        "Councilmember Tom Reyes voted against it.\n\n"
        '"This budget keeps every ferry running. It is the budget this town can afford." '
        "The mayor spoke to reporters in the rotunda minutes after the vote."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ilse Varga"]


def test_narration_after_a_paragraph_opening_quote_names_no_speaker() -> None:
    """Guard: the next sentence is not about speaking, so it does not name the speaker."""
    text = (
        "Mayor Ilse Varga defended the budget.\n\n"
        '"It is the budget this town can afford." Councilmember Tom Reyes voted against '
        "the plan on Tuesday."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ilse Varga"]
