"""Names and cues as the Commonwealth's regional web press writes them: local titles
("Garda", "MLA", "TD", "MEC", "Madam", "Learner") and post-nominals ("BL"), an honorific
before a Chinese surname or a Malay or Indian given name ("Mr Lim", "Mr Rizwan", "Uncle
Raymond"), and statements and newsletters whose issuer the article named before."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Garda Ciarán Mulrooney", "Ciarán Mulrooney"),
        ("Port Callister MLA Denise Arsenault", "Denise Arsenault"),
        ("Independent TD Marian Cosgrave", "Marian Cosgrave"),
        ("Education MEC Lindiwe Dube", "Lindiwe Dube"),
        ("Madam Goh Siew Lan", "Goh Siew Lan"),
        ("Rónán Geary BL", "Rónán Geary"),
    ],
)
def test_a_local_title_or_post_nominal_is_no_part_of_the_name(written: str, name: str) -> None:
    text = f"The hearing resumed on Monday.\n\n“We will be asking for more time,” said {written}.\n"
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("introduced", "called", "name"),
    [
        ("Mr Lim Boon Huat, 71,", "Mr Lim", "Lim Boon Huat"),
        ("Her neighbour, Mr Rizwan Abdul Karim, 52,", "Mr Rizwan", "Rizwan Abdul Karim"),
        ("Senior elder Uncle Raymond Jarrah", "Uncle Raymond", "Raymond Jarrah"),
    ],
)
def test_an_honorific_before_a_name_s_first_word_is_the_person_named_in_full(
    introduced: str, called: str, name: str
) -> None:
    text = (
        f"{introduced} spoke to reporters at the market on Sunday.\n\n"
        f"“Our backs cannot take it anymore,” said {called}.\n"
    )
    assert _speakers(text) == [name]


def test_a_statement_is_the_body_that_made_it() -> None:
    said_in = (
        "Deputy Marian Cosgrave said the Glenmoyle bus was the only way to the doctor.\n\n"
        "Ardlough Transport said in a statement that passenger numbers had fallen by 40 per "
        "cent.\n\n"
        "“We must balance the needs of all communities across our network,” the statement "
        "read.\n"
    )
    blamed = (
        "Residents will drive 90 minutes to an emergency department after the Beauclair "
        "Regional Health Authority confirmed further closures.\n\n"
        "In a statement Tuesday, the health authority blamed a shortage of nurses.\n\n"
        "“We recognize how difficult this is for the community,” the statement said.\n"
    )
    assert _speakers(said_in) == ["Ardlough Transport"]
    assert _speakers(blamed) == ["Beauclair Regional Health Authority"]


def test_a_newsletter_is_the_principal_who_wrote_it() -> None:
    text = (
        "Principal Fiona Latimer has told parents that phones will be banned.\n\n"
        "In a newsletter sent home on Friday, Latimer wrote that staff had seen a change.\n\n"
        "“Too many of our kids are sitting side by side, scrolling,” the newsletter said.\n"
    )
    assert _speakers(text) == ["Fiona Latimer"]


def test_a_man_s_name_an_ending_would_call_a_woman_s_is_still_he() -> None:
    text = (
        "The chairman of the landing site unit, Mzee Juma Hamisi Mfinanga, said the ban had "
        "come without consultation.\n\n"
        "“They sat in offices in the city and decided our lives,” he said.\n"
    )
    assert _speakers(text) == ["Juma Hamisi Mfinanga"]


def test_kendra_is_a_woman_s_name() -> None:
    """Guard: only longer names ending in "endra" (Harendra, Bhupendra) are men's."""
    text = (
        "Attorney General Simone Barrowcliffe answered questions on Thursday.\n\n"
        "Rep. Kendra Vossler asked why a third had gone to equipment.\n\n"
        "“The settlement terms allow it,” Barrowcliffe replied.\n\n"
        "Vossler wasn’t satisfied. She held up a receipt for two armored vehicles.\n\n"
        "“Is this treatment?” she asked.\n"
    )
    assert _speakers(text) == ["Simone Barrowcliffe", "Kendra Vossler"]


def test_the_vice_chancellor_of_the_lede_is_the_professor_then_named() -> None:
    text = (
        "The Vice-Chancellor of Devsagar University has ordered an inquiry into the leak.\n\n"
        "“We will not spare anyone found guilty,” the Vice-Chancellor told newsmen.\n\n"
        "Prof. Sudhakar Venkatesh Kulkarni said the committee would report within 15 days.\n"
    )
    assert _speakers(text) == ["Sudhakar Venkatesh Kulkarni"]


def test_the_chief_minister_is_the_titled_woman() -> None:
    text = (
        "The scheme will reach every district, Chief Minister Smt. Pushpalata Rawat-Negi "
        "announced on Thursday.\n\n"
        "“No one in this state should go to bed hungry,” the chief minister said.\n"
    )
    assert _speakers(text) == ["Pushpalata Rawat-Negi"]


def test_a_prisoner_identified_only_by_a_first_name_speaks_by_it() -> None:
    text = (
        "In the basement of a school, a 22-year-old conscript answered questions.\n\n"
        "“They told us we were going on an exercise,” he said.\n\n"
        "A second prisoner, who asked to be identified only as Petro, said he had "
        "surrendered.\n\n"
        "“I put my rifle on the ground and raised my hands.”\n"
    )
    assert _speakers(text) == [None, "Petro"]


def test_a_person_of_a_body_then_the_body_s_description_is_the_person() -> None:
    text = (
        "Analysts were divided.\n\n"
        "Harriet Munoz-Bell of the Center for Energy Transition, a progressive think tank, "
        "called that projection “wildly optimistic and very costly.”\n\n"
        "Beside him stood state Sen. Vivian Harcourt, the bill’s sponsor, who called it "
        "“the biggest expansion of parental choice.”\n"
    )
    assert _speakers(text) == ["Harriet Munoz-Bell", "Vivian Harcourt"]


def test_titles_of_reports_bills_and_subject_lines_are_no_quotes() -> None:
    text = (
        "The plant was the subject of a 2021 inspection report, “Hazard Management at "
        "Upper-Tier Sites in the Northern Region,” which found gaps.\n\n"
        "The Assembly passed the “Protection of Children in Digital Spaces (Age Assurance "
        "and Design Standards) Bill” on Thursday.\n\n"
        "The organisers' email carried the subject line “Important update about your race.”\n"
    )
    assert find_quotes(text).quotes == ()


def test_a_daughter_and_a_son_named_with_their_kin_words_write_jointly() -> None:
    text = (
        "Searchers found Ernest Gauthier alive on Wednesday.\n\n"
        "His daughter, Sylvie Gauthier, and son, Marc Gauthier, thanked volunteers in a joint "
        "statement.\n\n"
        "“There are no words big enough,” they wrote.\n"
    )
    assert _speakers(text) == ["Sylvie Gauthier and Marc Gauthier"]


def test_a_couple_named_with_their_ages_speak_together() -> None:
    text = (
        "After 38 years at the market, Mr Lim Boon Huat, 71, and his wife, Madam Chua Geok "
        "Eng, 68, will serve their last plate on Sunday.\n\n"
        "Asked if their children would take over, the couple shook their heads.\n\n"
        "“Our son is an engineer, our daughter is a nurse,” they said.\n"
    )
    assert _speakers(text) == ["Lim Boon Huat and Chua Geok Eng"]
