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


def test_the_next_sentence_may_name_the_speaker_by_what_the_words_were() -> None:
    text = (
        "Waiting lists in the west hit a record on Thursday.\n\n"
        '"These figures are not acceptable, and I will not pretend they are." Health '
        "Minister Ferdia Tolan made the admission at the opening of a clinic in Carrow."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ferdia Tolan"]


def test_a_quote_after_an_apposed_writer_is_the_writers() -> None:
    text = (
        "The union said staff had written to it all week.\n\n"
        "One senior engineer, Ruairc Dallan, wrote on Linkwork that he was one of 14 people "
        "cut from a team of 20. ‘We built the booking engine from scratch. I would do it "
        "again.’"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ruairc Dallan"]


def test_a_quote_alone_then_with_those_words_names_its_speaker() -> None:
    text = (
        "“We will not be lectured by a country that cannot pass its own budget.”\n\n"
        "With that line, delivered through an interpreter at a news conference in Port "
        "Ameril, President Ilario Vantes rejected the call for new elections."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ilario Vantes"]
