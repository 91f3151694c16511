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
