"""A body named in passing before "the utility said", utilities' names, and roles given
as a tenure ("in her fourth year as athletic director") for a speaker named later."""

from __future__ import annotations

import pytest

from desktop.core.matching import align_statements
from desktop.core.model import ArticleQuotes
from desktop.core.quotes import find_quotes
from desktop.core.speakers import is_org_name

OWNED_BY = (
    "Residents of Tolliver Road have said the fire began near a line owned by Cascade "
    "Meridian Power. “We are cooperating fully with investigators, and it would be wrong "
    "to guess at the cause,” {cue} said in an email."
)


@pytest.mark.parametrize("cue", ["the utility", "a spokesperson for the utility"])
def test_the_utility_is_the_body_named_in_passing_just_before(cue: str) -> None:
    (quote,) = find_quotes(OWNED_BY.format(cue=cue)).quotes
    assert quote.speaker == "Cascade Meridian Power"


def test_a_body_acting_after_the_one_named_in_passing_is_the_company() -> None:
    text = (
        "Orrin Maritime rejected a takeover approach from Castellan Freight Group on Monday. "
        "Orrin's board was unmoved. “The board unanimously rejects the revised proposal, "
        "which undervalues Orrin,” the company said in a statement."
    )
    assert find_quotes(text).quotes[0].speaker == "Orrin Maritime"


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Cascade Meridian Power", True),
        ("Norrland Energy", True),
        ("Samantha Power", False),
        ("Ambassador Power", False),
    ],
)
def test_a_name_ending_in_power_or_energy_is_a_utility_unless_a_person(
    name: str, body: bool
) -> None:
    assert is_org_name(name) is body


def test_a_role_named_first_goes_to_the_one_later_said_to_hold_it_for_years() -> None:
    text = (
        "“We need a new voice in that locker room,” the athletic director said Sunday, hours "
        "after telling the coach that his run was over.\n\n"
        "Natalie Brandvold, in her fourth year as Delmont State’s athletic director, made the "
        "announcement at a news conference."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Natalie Brandvold"]


def test_a_spokeswoman_for_the_utility_speaks_for_the_utility_another_outlet_credits() -> None:
    named = (
        "Cascade Meridian Power addressed the reports on Thursday. “We are aware of reports "
        "that the fire started near one of our lines,” said Rhea Dunmore, a spokeswoman for "
        "the utility. “We are cooperating fully with investigators and the state fire marshal.”"
    )
    unnamed = OWNED_BY.format(cue="the utility").replace(
        "it would be wrong to guess at the cause", "with the state fire marshal"
    )
    articles = [
        ArticleQuotes(slot, f"doc{slot}", text, find_quotes(text).quotes, ())
        for slot, text in enumerate((named, unnamed))
    ]
    (statement,) = [s for s in align_statements(articles) if "investigators" in s.reference_text]
    flags = [f.kind for m in statement.members for f in m.flags]
    assert statement.articles == frozenset({0, 1}) and "different_speaker" not in flags


@pytest.mark.parametrize("name", ["Gullwing Airlines", "Gullwing Airways"])
def test_the_airline_is_the_airline_named_only_before_its_staff(name: str) -> None:
    # The airline is never a sentence's subject: named as the owner of its chief and
    # counters, then "the airline said".
    text = (
        f"“I am deeply sorry,” {name}’ chief executive told reporters on Monday. At "
        "Tarrow Airport, lines at the Gullwing counters stretched the length of Terminal B. "
        "“We are working to restore our operation as quickly as possible,” the airline "
        "said in a statement on Saturday."
    )
    assert find_quotes(text).quotes[-1].speaker == name


def test_the_airline_is_the_brand_the_article_keeps_naming_when_no_body_acts() -> None:
    text = (
        "Hundreds of Bellmont travellers are stuck after a Tarnair system failure grounded "
        "340 flights. The airline said in a statement: “We are working around the clock "
        "to restore our schedule.” Calls to Tarnair's care line rang out. “Nobody from "
        "Tarnair has come to speak to us,” said Kezia Ward at Bellmont Airport. Tarnair "
        "says it expects to clear the backlog by Tuesday."
    )
    assert find_quotes(text).quotes[0].speaker == "Tarnair"
