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


def test_a_countrys_body_in_lower_case_is_the_body_not_the_adjective() -> None:
    text = (
        "The decision drew criticism abroad.\n\n"
        "“We regret any decision likely to encourage more building,” the French foreign "
        "ministry said.\n\n"
        "“The move breaks with every resolution on the matter,” Canada's foreign ministry said."
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["French foreign ministry", "Canada's foreign ministry"]


def test_a_persons_company_is_still_resolved_as_before() -> None:
    text = (
        "Ola Brenn founded Nordvik Freight in 2004.\n\n"
        "“Rates will fall next year,” Brenn's company said."
    )
    assert find_quotes(text).quotes[0].speaker != "Brenn's company"


def test_an_office_named_with_for_is_the_speaker_not_its_last_words() -> None:
    text = (
        "The decision drew criticism abroad. The Varnian Council High Commissioner for "
        "Human Rights said the decision did “not modify existing law in any way”."
    )
    speaker = find_quotes(text).quotes[0].speaker
    assert speaker == "Varnian Council High Commissioner for Human Rights"


def test_the_holder_named_after_an_office_with_for_speaks() -> None:
    text = "“We will not sign it,” said Minister for Foreign Affairs Anna Berg."
    assert find_quotes(text).quotes[0].speaker == "Anna Berg"
