"""A pull quote repeats a speaker's words without a cue of its own: it is theirs."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_a_pulled_heading_takes_the_speaker_of_the_words_it_repeats() -> None:
    text = (
        "Kurt Varga and Tim Holm testified side by side on Tuesday.\n\n"
        "Here are some of the highlights.\n\n"
        "“My fears have been realized”\n\n"
        "Holm told the committee, “I feared at the time how its disclosure would play. My "
        "fears have been realized.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Tim Holm", "Tim Holm"]


def test_a_heading_repeating_nobodys_words_stays_unattributed() -> None:
    text = (
        "Two ministries accused the allied forces of arming gangs.\n\n"
        "“Allied-controlled bandit gangs”\n\n"
        "“I can say the allies control nobody there,” said analyst Corin Haldt."
    )
    assert find_quotes(text).quotes[0].speaker is None


def test_a_headline_label_before_a_colon_takes_the_speaker_of_the_words_it_repeats() -> None:
    text = (
        "“They did not wait”: Police rushed in as gunman killed six at Ohio grocery store "
        "Police officers in Orrin Vale, Ohio, charged into a grocery store under fire on "
        "Saturday. “They went in. They did not wait,” Police Chief Marcus Delgardo told "
        "reporters."
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Marcus Delgardo", "Marcus Delgardo"]


def test_a_headline_quote_with_a_bare_role_takes_the_speaker_the_body_credits() -> None:
    # The headline's "governor" is no cue the article resolves; the same words in the body
    # are the governor's by name, so the headline's are too (not the bank's, its subject).
    text = (
        "Bank of Avalon cuts rates to 3.75% but governor warns ‘the job is not done’ By "
        "Harriet Vell, Economics Editor. The Bank of Avalon has cut interest rates. Speaking "
        "at the press conference, the governor, Alistair Penhallow, struck a cautious note. "
        "‘The job is not done,’ Mr Penhallow told reporters."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Alistair Penhallow"] * 2
