"""First names from outside the English-speaking lists ("Henrique", "Niamh", "Tomasz"): a
byline run into the lede is cut at them, and their sex tells whom a pronoun means."""

from __future__ import annotations

from desktop.core.first_names import given_name
from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_a_byline_ending_at_a_ground_is_cut_before_the_name_that_follows() -> None:
    text = (
        "By Dean Ashurst at Millfield Lane Henrique Valadas refused to blame his "
        "goalkeeper last night. ‘Human beings make mistakes,’ said Valadas."
    )
    assert _speakers(text) == ["Henrique Valadas"]


def test_a_byline_run_into_a_sentence_opening_with_the_is_cut_there() -> None:
    text = (
        "By Lars Ekholm The Central Bank of Ardessa yesterday raised its key rate by a "
        "point. In its statement, the bank said: ‘The council considers that the risks to "
        "prices have grown considerably.’"
    )
    assert _speakers(text) == ["Central Bank of Ardessa"]


def test_she_and_he_follow_the_sex_of_irish_and_polish_first_names() -> None:
    she = (
        "Declan Murtagh and Niamh Corrigan both sat on the board that approved the sale. "
        "“We were never shown the second valuation of the land,” she said."
    )
    he = (
        "Siobhan Keane and Tomasz Wrobel ran the clinic together for a decade. “We never "
        "turned a single patient away in ten years,” he said."
    )
    assert _speakers(she) == ["Niamh Corrigan"]
    assert _speakers(he) == ["Tomasz Wrobel"]


def test_english_words_that_are_names_somewhere_are_not_first_names() -> None:
    assert given_name("Henrique") and given_name("Niamh") and given_name("Gráinne")
    assert not any(given_name(word) for word in ("Said", "Park", "Judge", "Press", "Ties"))
