"""A name starts after the place a role is for ("envoy to Norland Kurt Vale") and after a
plural or double trade ("Singer-guitarists Tom Vale")."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_the_place_an_envoy_is_for_is_not_part_of_his_name() -> None:
    text = (
        "A second diplomat, former special envoy to Ukraine Kurt Brenner, revised his story."
        "\n\n“I believe every one of us found it improper,” Brenner said."
    )
    assert find_quotes(text).quotes[0].speaker == "Kurt Brenner"


def test_a_plural_double_trade_is_not_part_of_the_name() -> None:
    text = (
        "Singer-guitarists Tom Vale and Pat Ross still lead the band.\n\n"
        "“We are truly excited about our tour this coming year,” Vale said in a statement."
    )
    assert find_quotes(text).quotes[0].speaker == "Tom Vale"
