""" "such as" inside a relative clause does not cut the cue's subject off ("Mack, who split
with them on issues such as vouchers, told teachers that …")."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_such_as_in_a_who_clause_keeps_the_subject() -> None:
    text = (
        "Superintendent Jana Mack spoke last.\n\nMack, who has split from many fellow "
        "Republicans on issues such as the state’s private school voucher program, told "
        "cheering teachers that they weren’t “asking for the moon at all.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Jana Mack"
