"""A surname that alone reads as a common word ("Early") is the person the article names in full."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

PANEL = (
    "Ben Early, a vice president at Kestrel Games, joined the call. Analyst Maria Lund "
    "spoke first.\n\n“We will see much more of this in the early going,” Lund said.\n\n"
)


def test_says_early_is_ben_early_not_the_analyst_before() -> None:
    text = PANEL + "“Streaming is somewhat binary today,” says Early. “You have bandwidth or not.”"
    quotes = find_quotes(text).quotes
    assert [(q.speaker, q.cue) for q in quotes[1:]] == [
        ("Ben Early", "says Early"),
        ("Ben Early", None),
    ]


def test_early_before_the_verb_is_ben_early() -> None:
    text = PANEL + "“We are believers in streaming as the future,” Early says."
    assert find_quotes(text).quotes[-1].speaker == "Ben Early"


def test_an_adverb_nobody_bears_as_a_surname_names_nobody() -> None:
    text = PANEL + "“We are believers in streaming as the future,” says Early."
    text = text.replace("Ben Early", "Ben Arlo")
    assert find_quotes(text).quotes[-1].speaker != "Early"
