"""A nationality before a role ("Chinese scientist …") is an adjective, never a person a
pronoun or a quote without a cue could go to."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_a_nationality_before_a_role_is_nobody() -> None:
    text = (
        "Chinese scientist He Jianxiong, who leads the team, spoke on Monday.\n\n"
        "“We will publish the full data set later this year in a journal,” He said."
    )
    assert find_quotes(text).quotes[0].speaker != "Chinese"


def test_a_cue_naming_only_a_nationality_and_role_goes_to_nobody_named_so() -> None:
    text = (
        "Officials met in the capital on Monday. A Japanese diplomat left early.\n\n"
        "“We will not accept this deal in its current form at all.”"
    )
    assert find_quotes(text).quotes[0].speaker != "Japanese"
