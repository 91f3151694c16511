"""Names as the English-language press of South Asia, Africa, Malaysia and the
Caribbean writes them: honorifics before the name ("Shri", "Datuk Seri Haji", "Tan Sri",
"Hon.", "CP"), long portfolios before a titled name, "binti" inside a name, men's names
ending in "a", and the house verbs ("averred")."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Shri Vinod Kumar Tandon", "Vinod Kumar Tandon"),
        ("Datuk Seri Haji Rosli bin Abdul Hamid", "Rosli bin Abdul Hamid"),
        ("Tan Sri Lim Kok Wah", "Lim Kok Wah"),
        ("Hon. Desmond Alphonso Carrington", "Desmond Alphonso Carrington"),
        ("CP Musa Danjuma Abubakar", "Musa Danjuma Abubakar"),
        ("Engr. Babatunde Olusegun Adeyemo-Bakare", "Babatunde Olusegun Adeyemo-Bakare"),
        ("Alhaji Sani Musa Dan-Iya", "Sani Musa Dan-Iya"),
        ("Smt Pushpalata Rawat-Negi", "Pushpalata Rawat-Negi"),
    ],
)
def test_an_honorific_is_no_part_of_the_name(written: str, name: str) -> None:
    text = f"The works were inspected on Tuesday.\n\n“We have cleared the site,” said {written}.\n"
    assert _speakers(text) == [name]


def test_tan_alone_is_a_surname_not_an_honorific() -> None:
    """Guard: "Tan" is a title only in "Tan Sri"; "Sri Lanka" keeps its "Sri"."""
    text = (
        "The talks ended.\n\n“We are ready to sign the accord,” said Tan Kok Wah.\n\n"
        "Sri Lanka said: “We welcome the accord signed today.”\n"
    )
    assert _speakers(text) == ["Tan Kok Wah", "Sri Lanka"]


def test_a_titled_name_after_a_long_portfolio_keeps_its_first_names() -> None:
    text = (
        "Minister of State for Irrigation and Flood Control Shri Devendra Pratap Singh "
        "Rathore addressed a gathering at Bhimsar.\n\n"
        "“For fifteen years they only laid foundation stones,” he said.\n"
    )
    assert _speakers(text) == ["Devendra Pratap Singh Rathore"]


def test_binti_is_inside_a_malay_name() -> None:
    text = (
        "Dr. Farah Nadia binti Ismail studies corals off Pulau Kerenga.\n\n"
        "“It is the worst bleaching we have recorded,” she said.\n"
    )
    assert _speakers(text) == ["Farah Nadia binti Ismail"]


def test_averred_is_a_cue() -> None:
    text = (
        "Also speaking, the Commissioner for Works, Arc. Folasade Titilayo Oyenuga, noted "
        "that work had been slowed by the early rains.\n\n"
        "“The drainage component is the most critical part of this road,” she averred.\n"
    )
    assert _speakers(text) == ["Folasade Titilayo Oyenuga"]


def test_men_s_names_ending_in_endra_or_a_listed_name_are_he() -> None:
    text = (
        "A division bench of Chief Justice Harendra Nath Sabharwal heard the petition.\n\n"
        "Senior advocate Pradyumna Kesarwani, appearing for the petitioners, submitted "
        "that the board had flagged 41 units. “My Lords, the board has the data,” he argued.\n"
    )
    assert _speakers(text) == ["Pradyumna Kesarwani"]


def test_a_legislator_is_the_member_of_parliament_named() -> None:
    text = (
        "Kiambogo East Member of Parliament Hon. Beatrice Wanjiru Kamau has come under fire "
        "over a post about teachers' pay.\n\n"
        "In the post, the legislator wrote: “Teachers who want to be paid like bankers "
        "should go and work in banks.”\n"
    )
    assert _speakers(text) == ["Beatrice Wanjiru Kamau"]


def test_the_lawmaker_is_the_representative_named() -> None:
    text = (
        "Rep. Ann Lee criticised Gov. Tom Kim’s plan on Monday. Kim defended it at a news "
        "conference.\n\n“This is a disgrace,” the lawmaker said.\n"
    )
    assert _speakers(text) == ["Ann Lee"]


def test_a_passenger_who_gave_only_her_first_name_speaks_by_it() -> None:
    text = (
        "Police said fourteen passengers had been rescued.\n\n"
        "One of the rescued passengers, a trader who gave her name only as Funmilayo, said "
        "they spent two nights in the forest. “They beat us and took everything,” she said.\n"
    )
    assert _speakers(text) == ["Funmilayo"]


def test_an_adjective_opening_the_sentence_is_nobody() -> None:
    text = (
        "The court heard the petition on Monday.\n\n"
        "Unimpressed, the bench observed, “Show-cause notices do not clean rivers.”\n"
    )
    assert _speakers(text) == [None]


def test_de_la_is_inside_a_spanish_surname() -> None:
    """ "President Ana de la Cruz said" gave "Cruz" and "Mariela de la Fuentez told" gave
    "Fuentez": the two particles of "de la" split no name."""
    text = (
        "President Ana de la Cruz said the plan was “a promise we intend to keep for every"
        " family.”\n\n"
        "“We will not wait for the courts to decide it,” said President Ana de la Cruz.\n\n"
        "Mariela de la Fuentez told the assembly she was “ready to host talks at any level.”\n"
    )
    assert _speakers(text) == ["Ana de la Cruz", "Ana de la Cruz", "Mariela de la Fuentez"]


def test_bin_inside_a_name_before_an_appositive_and_alone_at_a_sentence_start() -> None:
    """ "Fatima bin Rashid, the minister, said" gave "Rashid"; "Bin Rashid said" later (the
    particle capitalised by the sentence) is her, not a new person "Bin Rashid"."""
    text = (
        "Fatima bin Rashid, the minister, said the talks were “constructive and long overdue"
        " in every way.”\n\n"
        "“We will meet again in March, and we will bring a draft,” Bin Rashid said.\n"
    )
    assert _speakers(text) == ["Fatima bin Rashid", "Fatima bin Rashid"]


def test_a_capitalised_van_may_still_be_a_first_name() -> None:
    """Guard: "Van Jones" after "Carla Jones" is his own name, not her surname alone."""
    text = (
        "“We have filed the motion this morning,” said Carla Jones, the plaintiffs' lawyer.\n\n"
        "“I think the court will listen to them this time,” said Van Jones, a commentator.\n"
    )
    assert _speakers(text) == ["Carla Jones", "Van Jones"]


def test_an_ampersand_name_is_a_firm_not_the_person_an_age_means() -> None:
    """ "Speaking to the supplement Larder & Line, the 47-year-old said" gave the
    magazine: a name joined by "&" is a firm, so the age means the chef named before."""
    text = (
        "TV chef Marcus Ellory has revealed he came close to quitting cooking after his first"
        " restaurant went bust.\n\n"
        "Speaking to the Sunday supplement Larder & Line, the 47-year-old said: “I sold my"
        " knives. That’s how low I was.”\n"
    )
    assert _speakers(text) == ["Marcus Ellory"]


def test_a_nickname_before_a_gaelic_surname_is_the_same_person() -> None:
    """ "Seán “Bosco” Ó Dálaigh … Ó Dálaigh said" gave "Ó Dálaigh" as someone new: the
    nickname sits between his given name and a surname opened by "Ó"."""
    text = (
        "Seán “Bosco” Ó Dálaigh has been named volunteer of the year at the Westmeadow awards.\n\n"
        "“I didn’t even know I’d been nominated. My daughter filled in the form,” Ó Dálaigh"
        " said after receiving the award.\n"
    )
    assert _speakers(text) == ["Seán Ó Dálaigh"]


def test_a_co_star_is_a_role_before_the_name() -> None:
    """ "Co-star Linnea Frost" was taken whole for her name."""
    text = (
        "The director died on Sunday, aged 81.\n\n"
        "Co-star Linnea Frost said: “He taught me how to listen on a set, and I never forgot"
        " it.”\n"
    )
    assert _speakers(text) == ["Linnea Frost"]
