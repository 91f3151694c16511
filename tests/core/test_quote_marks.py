"""Sentence bounds around single letters: a name's initial or a sentence's last word."""

from __future__ import annotations

import pytest

from desktop.core.mentions import find_mentions
from desktop.core.quote_marks import is_initial, sentence_bounds
from desktop.core.quotes import find_quotes


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_bounds(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The board voted on X. Ana Ruiz left early.",
        "The board chose Plan B. Ana Ruiz left early.",
        "The board chose Malcolm X. He left early.",
        "The firm moved to the U.S. The board left early.",
    ],
)
def test_a_letter_closing_a_sentence_ends_it(text: str) -> None:
    assert len(sentences(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Halvard F. Nessim left early.",
        "J. R. Tolliver left early.",
        "Ida Crane, a senator from W. Va., left early.",
    ],
)
def test_an_initial_inside_a_name_does_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_an_initial_is_told_from_a_label_by_its_neighbours() -> None:
    assert is_initial("Halvard", "F", "Nessim")
    assert is_initial("J.", "R", "Tolliver")
    assert not is_initial("on", "X", "Ana")
    assert not is_initial("Plan", "B", "Ana")
    assert not is_initial("Malcolm", "X", "The")


def test_a_letter_ending_a_sentence_is_not_glued_to_the_next_name() -> None:
    text = "The board voted on X. Ana Ruiz spoke next. “The vote was rushed and wrong,” she said."
    assert [m.name for m in find_mentions(text, 0, len(text))] == ["Ana Ruiz"]
    assert find_quotes(text).quotes[0].speaker == "Ana Ruiz"
    direct = "The board voted on X. Ana Ruiz said “The vote was rushed and wrong.”"
    quote = find_quotes(direct).quotes[0]
    assert (quote.speaker, quote.cue) == ("Ana Ruiz", "Ana Ruiz said")


def test_two_initials_stay_with_the_surname() -> None:
    text = "J. R. Tolliver chaired the hearing. “We start on time,” Tolliver said."
    assert find_quotes(text).quotes[0].speaker == "J. R. Tolliver"


def test_an_acronym_before_a_first_name_ends_its_sentence() -> None:
    text = "The rally was held in Washington, D.C. Mary Ruiz spoke first."
    assert sentences(text) == ["The rally was held in Washington, D.C.", "Mary Ruiz spoke first."]
    assert [m.name for m in find_mentions(text, 0, len(text))][-1] == "Mary Ruiz"
    titled = "U.S. Rep. Mary Ruiz spoke first."
    assert sentences(titled) == [titled]
    direct = "The firm moved to the U.K. Mary Ruiz said “The move was a mistake from the start.”"
    assert find_quotes(direct).quotes[0].cue == "Mary Ruiz said"


@pytest.mark.parametrize("title", ["Prof.", "Supt."])
def test_every_module_reads_the_same_short_titles(title: str) -> None:
    text = f"“The sea is rising,” said {title} Ines Lamm of Tarn University."
    assert find_quotes(text).quotes[0].speaker == "Ines Lamm"
    opening = f"{title} Ines Lamm spoke. “The sea is rising,” she said."
    assert len(sentences(opening)) == 2


def test_a_quotation_over_two_paragraphs_whose_break_was_lost_is_one_quotation() -> None:
    # "“A. “B.”": the first paragraph keeps no closing mark, the second repeats the opening
    text = (
        "Her last answer was about history. “Our friendship with the Northern Isles is older "
        "than any tariff. “A tariff can be lifted with one signature, but a friendship takes "
        "generations to repair.” Later that day she flew home."
    )
    quotes = find_quotes(text).quotes
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Our friendship") and quotes[0].text.endswith("repair.")


def test_a_cue_or_a_woven_fragment_before_the_new_mark_keeps_two_quotations() -> None:
    cued = (
        "“My mother drove us, and guess what? The first frost came early, Bryn recounted in "
        "the clip. “You had to run the wipers to get the oil off the window.”"
    )
    woven = (
        "She said it would let the state “launder its spying through private firms. “It "
        "would turn these firms into agents of the state,” she said."
    )
    assert len(find_quotes(cued).quotes) == 2
    assert len(find_quotes(woven).quotes) == 2


def test_the_speakers_own_i_told_her_is_no_cue_between_paragraphs() -> None:
    text = (
        "The governor paused to compose herself. “I held the hand of a mother who lost her son "
        "this week. “I told her that I would not let this become one more day we forget. “So "
        "I am calling the Legislature back,” Okoro said."
    )
    quotes = find_quotes(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker == "Okoro"


def test_a_closing_mark_printed_after_a_space_still_closes_before_a_comma() -> None:
    # 'its “ boldest phone yet ”, and the copy promises “…”': some outlets print spaces
    # inside the marks; the spaced ” before a comma closes the first quote, so neither
    # quote runs into the reporter's words between them
    text = (
        "Vantor calls the Arc 5 its “ boldest phone yet ”, and the advert promises “a battery "
        "for the whole weekend”. After a week, I am not sure."
    )
    found = [q.text for q in find_quotes(text).quotes]
    assert found == ["boldest phone yet", "a battery for the whole weekend"]


def test_a_quote_that_lost_its_closing_mark_ends_where_the_reporter_names_its_speaker() -> None:
    # “… how that is relief. Ruiz said he now leaves …": the reporter takes over at the
    # sentence that opens with the speaker's name and a reporting verb
    text = (
        "Commuters are not convinced. “I pay twelve dollars a day to sit in traffic,” said "
        "Devon Ruiz, a plumber. “Somebody explain to me how that is relief. Ruiz said he now "
        "leaves home at 5:30 a.m. to beat the worst of it.\n\nThe board meets on Monday."
    )
    quotes = find_quotes(text).quotes
    assert [q.text for q in quotes] == [
        "I pay twelve dollars a day to sit in traffic,",
        "Somebody explain to me how that is relief.",
    ]


def test_a_straight_closing_mark_glued_to_said_closes_the_quote() -> None:
    # '"We are here to stay,"said Ana Lopez': the page lost the space after the mark
    text = '"We are here to stay,"said Ana Lopez, a trader. The market opens at six.'
    (quote,) = find_quotes(text).quotes
    assert (quote.text, quote.speaker) == ("We are here to stay,", "Ana Lopez")


def test_single_marks_set_between_spaces_in_tokenised_text_pair_up() -> None:
    # Some corpora store text tokenised: "activists : ' Does n't have to end here ' ." is
    # a quote, while "the justices ' homes" is a plural's apostrophe
    text = (
        "Mothers speak out as churches are targeted by activists : ' Does n't have to end "
        "this way ' . Protesters gathered at the justices ' homes on Monday , police said ."
    )
    assert [q.text for q in find_quotes(text).quotes] == ["Does n't have to end this way"]


def test_tokenised_link_lines_subheadings_and_generic_you_say_are_not_quotes() -> None:
    # "( Also on POLITICO : Public ' all over the map ' on NSA )" is a link; "McConnell :
    # ‘ … ’ McConnell has" a subheading; "So you say , ‘ … ’" the speaker's own voice
    text = (
        "“ We will not have it , ” Vale said . ( Also on THE LEDGER : Public ' all over the "
        "map ' on harbour plan ) The vote is on Monday . Orla Quist : ‘ There will not be a "
        "harbour toll ’ Quist has "
        "been tested before . “ So you say , ‘ we are worried that people can not get to "
        "work , ’ and then you listen , ” Vale added ."
    )
    assert [q.text for q in find_quotes(text).quotes] == [
        "We will not have it ,",
        "So you say , ‘ we are worried that people can not get to work , ’ and then you listen ,",
    ]


def test_a_spaced_straight_mark_before_a_colon_closes() -> None:
    # '" We are not going away ": hundreds rally …' (a headline set with spaced marks)
    text = '" We are not going away ": hundreds rally as the voting bill heads to the floor'
    assert [q.text for q in find_quotes(text).quotes] == ["We are not going away"]


def test_a_quotation_over_three_paragraphs_joined_on_one_line_stays_one() -> None:
    # "“A. A. “B. B. “C.”": each paragraph reopens the quotation; the middle one having two
    # sentences does not end it
    text = (
        "In a statement , she wrote : “ Serving the people has been the honour of my life . I "
        "did not make this decision lightly . “ My family has carried more of this work . It "
        "is time for me to carry some of theirs . “ To the young people : the next chapter is "
        "yours . ” Within an hour the post was shared widely ."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.text.startswith("Serving") and quote.text.endswith("the next chapter is yours .")


def test_a_spaced_single_quotation_of_several_sentences_after_a_colon_pairs_up() -> None:
    # British style, tokenised: "told the chamber : ‘ A . B , “ C . ” D ? ’"
    text = (
        "Opposition leader Siobhan Carrick told the chamber : ‘ Three times I have asked , and "
        "three times he has ducked . A woman of 84 wrote to him , “ I will be out of money by "
        "Christmas . ” What does he say to her ? ’ Mr Farrant did not answer ."
    )
    quotes = find_quotes(text).quotes
    assert quotes[0].text.startswith("Three times") and quotes[0].text.endswith("to her ?")
    assert quotes[0].speaker == "Siobhan Carrick"
