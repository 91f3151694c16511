"""A surname with particles standing alone ("Van Der Berg") is the person the article named
in full ("Piet Van Der Berg"), not a name of its own."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_a_surname_with_particles_is_the_person_named_in_full() -> None:
    text = (
        "Piet Van Der Berg has been voted off “Dancing on Ice.”\n\n"
        "Van Der Berg was eliminated in what host Tom Kell called the hardest verdict yet. "
        "The exit came days after Van Der Berg’s news that his wife had lost a baby.\n\n"
        "“My wife and I went through every parent’s worst nightmare,” Van Der Berg said. "
        "“The little soul took a shortcut.”\n"
    )
    speakers = [q.speaker for q in find_quotes(text).quotes if q.kind == "quote"]
    assert speakers == ["Piet Van Der Berg", "Piet Van Der Berg"]


def test_a_first_name_that_is_also_a_particle_still_tells_people_apart() -> None:
    """Guard: "Van Jones" is not "Alex Jones" because "Van" can be a particle."""
    text = (
        "Alex Jones spoke first. “We will appeal the ruling,” Alex Jones said.\n\n"
        "Van Jones disagreed. “The ruling is fair to everyone,” Van Jones said.\n"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Alex Jones", "Van Jones"]


def test_a_first_surname_used_alone_is_the_person_with_two_surnames() -> None:
    text = (
        "Foreign Minister Aurelio Benítez Oca met the secretary on Tuesday. “We did not "
        "come to Washington to ask for favors,” Benítez said. Asked about the border, he "
        "was blunt. “It was not discussed, not even for one minute,” he said."
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Aurelio Benítez Oca", "Aurelio Benítez Oca"]
    # A middle name that is a first name is not a surname of its own.
    pair = (
        "Mary Anne Lee spoke first. “We will rebuild the pier this year,” Lee said. "
        "Tom Anne disagreed. “That is a fantasy,” Anne said."
    )
    assert [q.speaker for q in find_quotes(pair).quotes] == ["Mary Anne Lee", "Tom Anne"]


def test_a_body_named_with_del_keeps_the_words_after_it() -> None:
    # "Consejo Salmonero del Sur": the whole name, not "Sur"
    text = (
        "Importers warned of higher prices. The Consejo Salmonero del Sur, which represents "
        "salmon farmers in the south, said in a statement that “more than 60,000 families” "
        "depend on the industry."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Consejo Salmonero del Sur"]


def test_two_surnames_used_without_the_first_name_are_the_person_named_in_full() -> None:
    # "Coutinho Mota said" after "Inês Coutinho Mota": her, not a second person
    text = (
        "Prime Minister Rui Valadares named Inês Coutinho Mota as finance minister on "
        "Tuesday. “Continuity is the word,” Coutinho Mota said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Inês Coutinho Mota"]


def test_a_captions_word_before_a_full_name_is_not_a_longer_name_for_it() -> None:
    # "SOBBING Wren Halloway" in a caption does not replace "Wren Halloway"
    text = (
        "SOBBING Wren Halloway clutches her award. Wren Halloway won best actress on Sunday. "
        "“This one's for my mother, who never saw this film,” Wren Halloway said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Wren Halloway"]


def test_two_surnames_stand_for_a_full_name_whose_first_name_is_not_on_our_list() -> None:
    text = (
        "Opposition leader Catarina Brás Leal attacked the reshuffle on Wednesday. “This is "
        "the same government with a new coat of paint,” Brás Leal said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Catarina Brás Leal"]


def test_a_job_word_before_a_companys_name_is_no_first_name() -> None:
    text = (
        "The studio posted a patch on Sunday. Publisher Northwake Interactive said in a "
        "statement that “a full difficulty overhaul” would follow. “We hear the players, and "
        "we will fix it,” Northwake Interactive said."
    )
    assert find_quotes(text).quotes[-1].speaker == "Northwake Interactive"
