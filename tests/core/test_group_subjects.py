"""A group left unnamed that opens the sentence ("The doctors said they … to “…”") says the
quoted words, not the last person named before it."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_the_doctors_said_they_would_is_the_doctors() -> None:
    text = (
        "The doctors raised money for the vaccines. Physician Lina Ortiz signed the letter.\n\n"
        "The doctors said they also have a network of physicians ready to join border staff to "
        "“set up a way to make sure most families” get their shots."
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (None, "The doctors said")


def test_the_group_is_the_one_named_with_a_description_before_group() -> None:
    text = (
        "Calder Valley Medical Center diverted ambulances for three days after the attack.\n\n"
        "The Hollow Tide ransomware group listed Calder Valley on its leak site on Oct. 8. In "
        'a message on the site, the group wrote: "Calder Valley had nine days to talk to us."'
    )
    assert find_quotes(text).quotes[0].speaker == "Hollow Tide"
