"""A body closing a speaker's appositive ("chief of Vesper Robotics, said") is not whom
a later "he" means."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_he_after_an_appositive_ending_in_a_body_means_the_person() -> None:
    text = (
        "The agency added smaller landers to the contract.\n\n"
        "Karl Osmund, chief executive of Vesper Robotics, said his company's award showed "
        "small firms had a role. “Space travel needs a whole ecosystem to get done,” he said."
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == ("Karl Osmund", "he said")


def test_a_firm_named_like_a_person_closing_the_appositive_is_not_she() -> None:
    text = (
        "Mira Sandvik, a partner at Holloway Brannock, said the ruling would be appealed. "
        "“We have a strong case and we will win it,” she said."
    )
    assert find_quotes(text).quotes[0].speaker == "Mira Sandvik"
