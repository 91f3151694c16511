"""US political copy: an unnamed official's aside before "told", "the Rourke White
House", a campaign's media team, and a nickname inside a senator's name."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_an_official_before_an_aside_is_the_speaker_not_the_paper_told() -> None:
    text = (
        "The White House was equally cool. A senior White House official, speaking on "
        "condition of anonymity because no response had been agreed, told the Chronicle: "
        "“It is a stunt that will make the border less safe.”"
    )
    assert find_quotes(text).quotes[0].speaker == "White House"


def test_a_presidents_white_house_is_the_white_house() -> None:
    text = (
        "President Thomas Rourke was furious.\n\n"
        "The ruling put “the drinking water of millions at risk,” the Rourke White House "
        "claimed."
    )
    assert find_quotes(text).quotes[0].speaker == "White House"


def test_a_campaigns_media_team_speaks_for_the_campaign() -> None:
    text = (
        "Corinne Ashby was in Dayton on Friday.\n\n"
        "The Ashby campaign's social media team posted: “He doesn't know what state he's in.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Ashby campaign"


def test_a_nickname_inside_a_name_is_neither_a_quote_nor_a_break_in_the_name() -> None:
    text = (
        "Sen. Naomi “Regulate-It-All” Faraday-Lin of Vermont was even more brazen. She "
        "promised to “legislate around this decision.”"
    )
    quotes = find_quotes(text).quotes
    assert [q.text for q in quotes] == ["legislate around this decision."]
    assert quotes[0].speaker == "Naomi Faraday-Lin"
