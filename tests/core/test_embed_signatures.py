"""An embedded post's signature line ("— Dana Voss (@dvoss) November 18, 2019") is not
narration: its name is no one a later quote without a cue goes to."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes


def test_a_tweet_signature_is_not_the_person_in_focus() -> None:
    text = (
        "Plenty of people reacted online.\n\n"
        "Yes this is real and the state spent half a million dollars on it.\n\n"
        "— Dana Voss (@dvoss) November 18, 2019\n\n"
        "The campaign's website carries a short statement.\n\n"
        "“Our state has a problem, and there is no single answer to it.”"
    )
    assert find_quotes(text).quotes[0].speaker is None


def test_a_quote_in_a_dashed_line_without_a_handle_is_still_read() -> None:
    text = "— “We will be back next year, stronger,” said coach Ben Ardal."
    assert find_quotes(text).quotes[0].speaker == "Ben Ardal"


def test_a_quoted_post_over_its_signature_is_the_poster_s() -> None:
    text = (
        "The messaging app Quillchat went down for six hours on Tuesday.\n\n"
        "“We’re aware some users are having trouble sending messages.”\n"
        "— Dana Voss (@dvoss) October 8, 2024"
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == ("Dana Voss", "— Dana Voss (@dvoss)")


@pytest.mark.parametrize(
    ("posted", "speaker"),
    [
        ("“Four games, zero shots on target,” wrote @birdsofcalder.", "@birdsofcalder"),
        ("“Six months in and I can do a pull-up,” wrote one, @liftwithlottie.", "@liftwithlottie"),
    ],
)
def test_an_account_named_by_its_handle_after_the_verb_posted_it(posted: str, speaker: str) -> None:
    text = (
        "Calder Falcons lost their fourth straight game on Sunday. Fans reacted online.\n\n"
        + posted
    )
    assert find_quotes(text).quotes[0].speaker == speaker
