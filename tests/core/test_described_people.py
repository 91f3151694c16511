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


def test_an_opening_quote_by_someone_described_is_the_person_named_next() -> None:
    text = (
        "“It was never about the money,” said the man who spent 23 years in prison for a "
        "robbery he did not commit.\n\nTobin Ashgrove, now 58, left the Kelby courthouse "
        "holding his daughter’s hand."
    )
    assert speakers(text) == ["Tobin Ashgrove"]


def test_an_opening_quote_by_a_role_is_not_someone_named_with_another_role() -> None:
    text = (
        "“It made a 9,000-acre run overnight,” the incident commander told reporters.\n\n"
        "Fire Chief Ada Lorne spoke first at the briefing, urging residents to leave."
    )
    assert speakers(text) == [None]


def test_an_opening_quote_by_a_spokeswoman_is_not_the_person_named_next() -> None:
    text = (
        "“We have recovered a firearm,” the spokeswoman told reporters on Thursday.\n\n"
        "Lt. Ada Kessel, who leads the unit, said the arrest ended a long search."
    )
    assert speakers(text) == [None]


def test_a_role_named_in_an_apposition_after_the_quote_is_its_holder() -> None:
    text = (
        "Plans to change bin collections have been put on hold.\n\n"
        "“We have listened, and we will come back with something better,” the council’s "
        "cabinet member for environment said on Thursday.\n\n"
        "The cabinet member, Councillor Ines Farrow, said officers would look again at costs."
    )
    assert speakers(text) == ["Ines Farrow"]


def test_a_show_favourite_is_the_person_not_the_show() -> None:
    text = (
        "Harbour Nights favourite Jodie Marrable is engaged after boyfriend Kieran Ashdown "
        "popped the question.\n\nThe 27-year-old shared a string of snaps with her followers."
        "\n\n“I said YES a million times over,” she captioned the post."
    )
    assert speakers(text) == ["Jodie Marrable"]


def test_an_opening_someone_who_accused_is_the_person_named_next() -> None:
    text = (
        "A former ambassador to Sandovar who served under three presidents has accused the "
        "administration of “abandoning a loyal ally for a photo opportunity,” in an op-ed.\n\n"
        "Constance Albright, who retired from the Foreign Service in 2021, wrote that the "
        "summit was a mistake."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Constance Albright"]


def test_an_opening_unnamed_source_is_not_the_person_named_next() -> None:
    text = (
        "A senior official who spoke on condition of anonymity called the plan “dead on "
        "arrival in the Senate.”\n\nPresident Ana Voss announced the plan on Monday."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [None]


def test_a_pronoun_after_an_unnamed_role_is_the_holder_named_after() -> None:
    text = (
        "Final-year physics student Tobi Harland has won the Frobisher Prize.\n\n"
        "“I’m still not sure the judges got it right,” Harland said.\n\n"
        "His supervisor was less modest on his behalf. “Tobi’s work is genuinely "
        "publishable,” she said.\n\n"
        "The supervisor, Dr. Katya Strand, said Harland would present the work next year."
    )
    assert speakers(text) == ["Tobi Harland", "Katya Strand"]


def test_a_pronoun_after_someone_unnamed_is_the_one_the_story_then_names() -> None:
    text = (
        "Dmitri Halloran, 38, was convicted on all four counts.\n\n"
        "In the second row, a woman in a gray cardigan began to sob. “That’s my baby,” she "
        "said to no one in particular.\n\n"
        "The woman, the defendant’s mother, Yvette Halloran, declined to speak to reporters."
    )
    assert speakers(text) == ["Yvette Halloran"]
