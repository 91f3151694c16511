"""A body the article describes ("Tarnby Docks, the company that runs the port") is the
one a later "the company said" or "the regulator said" means."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Dockers walked out at dawn against Tarnby Docks, the company that runs the port, "
            "over pay.\n\n"
            "Reporters from the Harbour Tribune waited at the gates all morning.\n\n"
            "In a statement, the company said: “Our offer remains on the table for every worker.”",
            "Tarnby Docks",
        ),
        (
            "A parents’ group, Wexley Parents for Openness, began campaigning in June.\n\n"
            "The Wexley School Board met on Tuesday to discuss the novel.\n\n"
            "“Parents are not asking for any book to be banned,” the group said.",
            "Wexley Parents for Openness",
        ),
        (
            "The Data Standards Office, the country’s data-protection watchdog, confirmed it "
            "had been told of the breach.\n\n"
            "“We are making enquiries with the retailer,” the regulator said.",
            "Data Standards Office",
        ),
    ],
    ids=["company-appositive", "group-named-after", "regulator-as-watchdog"],
)
def test_the_noun_means_the_body_the_article_described_with_it(text: str, body: str) -> None:
    assert speakers(text) == [body]


@pytest.mark.parametrize(
    "sentence",
    [
        "In one email to the company, Mr Dorran wrote that the fees were fair.",
        "Ann Lee, a company director, was not at the meeting.",
        "Staff met the company, Ted Marsh, and two others on Friday.",
    ],
)
def test_a_person_next_to_the_noun_is_not_the_body(sentence: str) -> None:
    # Guard: a person after "the company," or a compound ("a company director") is no
    # description of a body.
    text = f"{sentence}\n\n“We complied with every rule,” the company said."
    assert speakers(text)[0] not in ("Mr Dorran", "Ann Lee", "Ted Marsh")


def test_the_club_is_the_side_in_focus_when_no_name_says_club() -> None:
    text = (
        "Striker Kofi Mensah wants to leave Harwick Albion this summer.\n\n"
        "Tarnby City confirmed on Wednesday that their latest bid had been rejected. “We made "
        "a strong and fair offer for an outstanding player,” the club said in a statement."
    )
    assert speakers(text) == ["Tarnby City"]


def test_an_unnamed_official_at_a_body_speaks_for_it_in_the_next_cue() -> None:
    text = (
        "A senior official at the National Rescue Agency told the Standard that the toll "
        "would rise. “We are expecting the number to go much higher,” he said."
    )
    assert speakers(text) == ["National Rescue Agency"]


def test_the_guidance_is_the_bodys_that_the_article_says_it_came_from() -> None:
    text = (
        "Adults will be invited for screening from the age of 42 under new guidance from "
        "the Harbour Preventive Health Council published on Tuesday.\n\n"
        "The guidance says adults “should be offered a test every two years from age 42”."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.speaker == "Harbour Preventive Health Council"


def test_the_guideline_is_the_body_that_just_issued_it() -> None:
    text = (
        "The Harbour Preventive Health Council on Tuesday lowered the starting age for "
        "screening from 50 to 42.\n\n"
        "The updated guideline states that “adults at average risk should be offered a test "
        "every two years”."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.speaker == "Harbour Preventive Health Council"


def test_the_club_is_the_side_named_with_united_not_the_division_in_the_dateline() -> None:
    text = (
        "Marr saga: Dalemoor reject second bid\n\n"
        "GoalWire · Premier Division · 19 March 2026\n\n"
        "Dalemoor United have rejected a second offer from Kingsway for Ivo Marr, and the "
        "manager made it clear on Thursday that the striker is not for sale.\n\n"
        "“Dalemoor United can confirm that a second offer has been received and rejected,” "
        "the club said."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.speaker == "Dalemoor United"


def test_the_utility_is_the_company_named_before() -> None:
    text = (
        "A line operated by Cascadia Pacific Power runs above the ridge. Cascadia Pacific "
        "Power said it had switched off lines in the area late Wednesday. “Cascadia Pacific "
        "Power is cooperating fully with fire investigators,” the utility said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Cascadia Pacific Power"]
