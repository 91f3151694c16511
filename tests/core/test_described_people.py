"""People a sentence names by description: by age ("the 64-year-old nominee", "the older
woman"), by a first name given alone, or as a pair with their trades."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes if q.kind == "quote"]


def test_a_sentence_about_the_nominee_by_her_age_puts_her_in_focus() -> None:
    text = (
        "Judge Margaret Halvorsen, 64, faced the committee on Tuesday. “That's the job "
        "description he gave you,” Sen. Denise Akerfeldt shot back. The 64-year-old nominee "
        "did not flinch. “No one is above the law, including the man who nominated me,” she "
        "said."
    )
    assert speakers(text) == ["Denise Akerfeldt", "Margaret Halvorsen"]


def test_the_older_woman_is_the_woman_in_focus() -> None:
    text = (
        "Rosalind Tate, 52, has worked as a machinist at the plant for 24 years. Keisha "
        "Banfield, 34, said she would rather be on the picket line. “My daughter asked me if "
        "we're poor now,” Banfield said. Tate, standing beside her, nodded. “Half the people "
        "out here are single moms,” the older woman said."
    )
    assert speakers(text) == ["Keisha Banfield", "Rosalind Tate"]


def test_a_resident_who_gave_only_a_first_name_is_the_he_that_follows() -> None:
    text = (
        "Loretta Pike, 73, said she had lived in her house for half a century. “The roof is in "
        "my neighbor's yard,” she said. One Seagrape resident, who would give only his first "
        "name, Marcus, complained that adjusters had not come. “The government showed up. It's "
        "the insurance people I can't find,” he said."
    )
    assert speakers(text) == ["Loretta Pike", "Marcus"]


def test_two_people_named_with_their_trades_are_they() -> None:
    text = (
        "Two senior professors, the historian Janet Orloff and the engineer Miguel Serrano, "
        "published an open letter on Thursday condemning the arrests. “We are ashamed that our "
        "university answered its students with handcuffs,” they wrote."
    )
    assert speakers(text) == ["Janet Orloff and Miguel Serrano"]
