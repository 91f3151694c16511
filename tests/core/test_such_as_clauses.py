""" "such as" inside a relative clause does not cut the cue's subject off ("Mack, who split
with them on issues such as vouchers, told teachers that …")."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_such_as_in_a_who_clause_keeps_the_subject() -> None:
    text = (
        "Harbour commissioner Jana Mack spoke last.\n\nMack, who broke with the board on "
        "matters such as the ferry fare freeze and the night crossings, told the dock "
        "workers that they were only “asking for a fair share of the harbour.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Jana Mack"
