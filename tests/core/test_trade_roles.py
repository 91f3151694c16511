""" "the guitarist told", "the singer and guitarist said": a performer's trade stands for
the person in focus, like "the actress said"."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

STORY = (
    "Founding members Tom Vale, Mike Dorn and Pat Lind will reunite for a tour next year.\n\n"
    "Lind teased the tour during the band’s set on Monday night in Lund.\n\n"
    "After the encore, the {0} told the audience, “that is really good, maybe we should go.”"
)


def test_the_guitarist_is_the_person_in_focus() -> None:
    assert find_quotes(STORY.format("guitarist")).quotes[0].speaker == "Pat Lind"


def test_two_trades_joined_by_and_are_one_person() -> None:
    quotes = find_quotes(STORY.format("singer and guitarist")).quotes
    assert quotes[0].speaker == "Pat Lind"


WORK = (
    "Nadia Roff, 41, says managers at Pellworth Batteries rewrote safety reports for two "
    "years.\n\nIn a letter to the board, the former test {0} wrote that she “saw the numbers "
    "change overnight and was told to sign anyway.”"
)


def test_an_occupation_nobody_else_holds_is_the_person_in_focus() -> None:
    for trade in ("engineer", "photographer", "researcher", "whistleblower"):
        quotes = find_quotes(WORK.format(trade)).quotes
        assert [q.speaker for q in quotes] == ["Nadia Roff"], trade


def test_the_trade_of_a_lede_that_names_its_speaker_later_is_that_persons() -> None:
    text = (
        "A Tindarra sheep farmer says he watched a power pole burn before the fire took "
        "hold.\n\nGraham Tully had been crutching ewes since first light. ‘We had eleven "
        "minutes,’ Mr Tully told the inquiry.\n\n‘You would accept, Mr Tully, that a phone "
        "call is not a defect report?’ Mr Feltham asked.\n\n‘I would accept that I rang them "
        "twice and they did nothing,’ the farmer replied."
    )
    assert [q.speaker for q in find_quotes(text).quotes][-1] == "Graham Tully"
