"""A title glued to a body without "of" ("Rob Vale, President Kestrel North America,
says") describes the person named before it, who is the speaker."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

LEAD = "The two firms announced a deal on Monday.\n\n"
QUOTE = "says: “By working together, we can help hospitals do more.”"


def test_title_and_branch_after_a_name_describe_that_person() -> None:
    text = LEAD + "Rob Vale, President Kestrel North America, " + QUOTE
    assert find_quotes(text).quotes[0].speaker == "Rob Vale"


def test_title_and_company_after_a_name_describe_that_person() -> None:
    text = LEAD + "Rob Vale, Chief Executive Kestrel Systems, " + QUOTE
    assert find_quotes(text).quotes[0].speaker == "Rob Vale"


def test_a_titled_name_after_a_body_is_the_speaker() -> None:
    text = LEAD + "The delegate for Ostmark, Senator Ann Lee, " + QUOTE
    assert find_quotes(text).quotes[0].speaker == "Ann Lee"
