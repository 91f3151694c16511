"""Slips in the marks of real pages: a left-hand “ typed where the quote closes, straight
quotes that lost one mark earlier in a one-paragraph article, a noun ("some states") that
reads like a cue's verb. The narration between quotes never becomes a quote."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text).quotes]


def test_a_left_hand_mark_before_a_cue_closes_the_quote() -> None:
    text = (
        "The bill would raise the age to 21 . “ Someone aged 19 can not buy a lager . We "
        "should not let someone aged 19 buy a rifle , “ said Tom Lieu , a Democrat . "
        "Republicans disagreed ."
    )
    found = _quotes(text)
    assert found[0][1] == "Tom Lieu"
    assert found[0][0].endswith("buy a rifle ,")
    assert not any("Republicans" in words for words, _ in found)


def test_narration_between_straight_quotes_is_not_a_quote() -> None:
    text = (
        'He said " it was only a tape , and the tape was old . The lawyer answered '
        '" Nothing in that call suggests he knew of it in advance , " Rudy Vale said . '
        'The tape was taken from his office earlier this year . " It proves nothing at '
        'all about the payment , " Vale added .'
    )
    found = [words for words, _ in _quotes(text)]
    assert not any(words.startswith("Rudy Vale said") for words in found)
    assert any(words.startswith("It proves nothing") for words in found)


def test_a_reopening_mark_read_as_a_close_is_paired_again() -> None:
    # One quotation over two paragraphs run together (" A . " B . "), then the
    # reporter's words, then a quote whose opening mark the pairing had used up.
    text = (
        'Ada Brill , a former prosecutor , said the tape was a mistake . " He was always '
        'a careful man , " Brill said of Vale . " And even where the law allows it , it '
        'is not the right thing to do with a client . " To hand it over , even under '
        'order , was wrong . They should have fought it in the higher courts . " The '
        "Ledger reported that Vale made the tape two months before the vote . Vale has "
        'said he was unaware of the payment . " Nothing in that call suggests he knew '
        'of it in advance , " Rudy Kern said . The tape was seized in a raid this year . '
        '" It proves nothing about the payment , " Kern added .'
    )
    found = _quotes(text)
    assert found[1][0].startswith("And even where the law allows it")
    assert found[1][0].endswith("in the higher courts .")
    assert found[2] == (
        "Nothing in that call suggests he knew of it in advance ,",
        "Rudy Kern",
    )
    assert not any(words.startswith(("The Ledger", "Rudy Kern")) for words, _ in found)


def test_a_noun_that_looks_like_a_verb_does_not_join_two_quotes() -> None:
    text = (
        "Even so , it ’s “ definitely possible ” that a few states will charge people who "
        "provide the pills , Ada Smith said , “ because there are states that would like to "
        "ban it from the moment of conception ” ."
    )
    found = find_quotes(text).quotes
    assert [q.text for q in found][-1].startswith("because there are states")
    assert all(not q.text.startswith("definitely possible") or q.end < 40 for q in found)


def test_a_title_set_off_by_commas_and_a_more_link_line_are_no_quotes() -> None:
    text = (
        "The paper, ‘Fermented food intake and chest infections in the Orrin cohort’, was "
        "published on Wednesday.\n\n"
        "MORE: 'He smiled at me': guard's terror as robber tied her up\n\n"
        "“We were surprised by the size of the effect,” said Dr Lena Hartt, who led it."
    )
    assert [q.text for q in find_quotes(text).quotes] == [
        "We were surprised by the size of the effect,"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an appositive
        (
            '"If you take the book away," Maya Oko, a 16-year-old junior at Fernhill High, '
            'told the board, "you\'re telling us our lives are too dark to read about."',
            "Maya Oko",
        ),
        # a relative clause
        (
            "“We will not back down,” Oko, who has represented the district since 2010 and "
            "chairs the finance committee, said on Tuesday, “not now and not ever.”",
            "Oko",
        ),
        # a possessive appositive
        (
            "“She could have sold far more books,” Tom Reyes, Ana’s brother and the press’s "
            "publisher, said, “if she had ever agreed to write the same novel twice” or to tour.",
            "Tom Reyes",
        ),
    ],
)
def test_a_split_quote_keeps_a_speaker_described_between_its_spans(text: str, speaker: str) -> None:
    (quote,) = find_quotes(text).quotes
    assert quote.speaker == speaker
    assert len(quote.spans) == 2


def test_british_single_quotes_that_lost_a_mark_are_still_quotes() -> None:
    text = (
        "‘Fine,’ the boss said on Friday.\n\n"
        "The boss also had a message for the fans.\n\n"
        "He is our best player and he knows how much he is loved here,’ the boss said. "
        "‘Nothing has changed.’\n\n"
        "Moorcroft fumed: ‘If Massimo wants to run the club, he can put in an offer for the "
        "club, not the player.\n\n"
        "Albion chiefs value the striker at £70m."
    )
    found = [q.text for q in find_quotes(text).quotes]
    assert "He is our best player and he knows how much he is loved here," in found
    assert any(words.startswith("If Massimo wants to run the club") for words in found)
    assert not any("Albion chiefs" in words for words in found)


def test_speech_running_on_to_the_next_opening_mark_is_one_quote() -> None:
    text = (
        "Ada Vell thought the rules made sense . “ I think the rules fit the moment we are in . "
        "They are trying to follow the evidence . But they also have to deal with the mess . "
        "“ I think it is a pity the rollout has been so muddled . ” Vell said critics had a point ."
    )
    found = [q.text for q in find_quotes(text).quotes]
    # one quotation over two paragraphs whose break was lost, to its closing mark
    assert len(found) == 1
    assert found[0].startswith("I think the rules fit")
    assert found[0].endswith("so muddled .")


def test_narration_after_a_lost_closing_mark_is_not_quoted() -> None:
    """Guard: a sentence naming someone after the lost mark is the reporter's, not speech."""
    text = (
        "“ We will reopen the pier in May . Harbour master Tom Lieu said the work was late . "
        "“ Nobody wants another summer without boats , ” he added ."
    )
    found = [q.text for q in find_quotes(text).quotes]
    assert found[0] == "We will reopen the pier in May ."


def test_a_pronoun_cue_between_two_marks_opens_the_next_quote() -> None:
    text = (
        "For Kay in Ostmark , her faith helped her decide . Somebody up there wanted it to end "
        'this way , " she said . " And I will add it to the pile of things I cannot explain . "'
    )
    found = [q.text for q in find_quotes(text).quotes]
    assert "she said ." not in found
    assert found[-1] == "And I will add it to the pile of things I cannot explain ."


def test_a_word_woven_after_a_cue_is_not_the_second_half_of_a_split_quote() -> None:
    text = (
        "“ Spare me the nonsense about the ferry timetable , ” the Vesk senator replied , "
        "“ roasting ” the council . “ We have no more delays than any other port . ”"
    )
    found = [q.text for q in find_quotes(text).quotes]
    assert found[0] == "Spare me the nonsense about the ferry timetable ,"
