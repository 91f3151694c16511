"""A name starts after the place a role is for ("envoy to Norland Kurt Vale") and after a
plural or double trade ("Singer-guitarists Tom Vale")."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes


def test_the_place_an_envoy_is_for_is_not_part_of_his_name() -> None:
    text = (
        "A second diplomat, former special envoy to Ukraine Kurt Brenner, revised his story."
        "\n\n“I believe every one of us found it improper,” Brenner said."
    )
    assert find_quotes(text).quotes[0].speaker == "Kurt Brenner"


def test_a_plural_double_trade_is_not_part_of_the_name() -> None:
    text = (
        "Singer-guitarists Tom Vale and Pat Ross still lead the band.\n\n"
        "“We are truly excited about our tour this coming year,” Vale said in a statement."
    )
    assert find_quotes(text).quotes[0].speaker == "Tom Vale"


def test_the_field_of_a_ministers_office_is_not_part_of_her_name() -> None:
    text = (
        "Minister for Tourism and Harbours Aoife Brannock said she had met the owners.\n\n"
        "“Every one of those jobs matters,” Ms Brannock said."
    )
    assert find_quotes(text).quotes[0].speaker == "Aoife Brannock"


def test_a_minister_for_a_field_opening_a_sentence_is_its_subject() -> None:
    text = (
        "Ailbhe Quennell, Health Correspondent\n\n"
        "Waiting lists in the west grew again last month.\n\n"
        "Minister for Health Tadhg Carrow, speaking at the opening of a clinic, conceded "
        "the figures were bad. “These numbers are not good enough,” he said."
    )
    assert find_quotes(text).quotes[0].speaker == "Tadhg Carrow"


def test_a_preposition_or_adverb_opening_the_sentence_is_not_part_of_the_name() -> None:
    texts = {
        "Dana Ruel": "Except Dana Ruel, nobody on the board voted against it. "
        "“We were never shown the figures,” she said.",
        "Mark Ostby": "Between Mark Ostby and the mayor there was little warmth. "
        "“I have nothing to add,” Ostby said later.",
        "Petra Vance": "Only Petra Vance spoke. “We will appeal,” she said.",
    }
    for name, text in texts.items():
        assert find_quotes(text).quotes[0].speaker == name


def test_a_person_of_a_body_introduced_by_its_kind_is_the_person() -> None:
    text = (
        "Aid is arriving slowly in the hills.\n\n"
        "Joaquín Ferrel of the aid group Common Shelter Alliance told reporters the camp had "
        "“tents for nine thousand people” and needed more."
    )
    assert find_quotes(text).quotes[0].speaker == "Joaquín Ferrel"


def test_a_surname_ending_like_a_trade_after_a_given_name_is_the_name() -> None:
    text = (
        "Analysts were impressed. Hiroko Lindqvist of Pellham Carter Research called it "
        "“a genuinely new idea in a category that has not had one in a decade.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Hiroko Lindqvist"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Chancellor of the Exchequer Idris Varga spoke on Monday. “We will fix the "
            "foundations of this economy,” Varga said.",
            "Idris Varga",
        ),
        (
            "The Governor of the Bank of Norland Andrew Bellamy spoke on Monday. “Rates will "
            "fall before the end of the year,” Bellamy said.",
            "Andrew Bellamy",
        ),
        (
            "La presidente del Consiglio Giorgia Vescovi ha parlato lunedì a Roma. «Non "
            "arretreremo di un solo millimetro», ha detto Vescovi.",
            "Giorgia Vescovi",
        ),
        (
            "Le ministre de l'Intérieur Gérald Marchetti a parlé lundi. « Nous ne lâcherons "
            "rien sur ce dossier », a déclaré Marchetti.",
            "Gérald Marchetti",
        ),
        (
            "El ministro de Economía Carlos Quintana habló el lunes. «No habrá recortes este "
            "año», dijo Quintana.",
            "Carlos Quintana",
        ),
    ],
)
def test_the_field_of_an_office_after_of_is_not_part_of_the_name(text: str, name: str) -> None:
    # "of the Exchequer", "del Consiglio", "de l'Intérieur": the office's field, not a name
    assert [q.speaker for q in find_quotes(text).quotes] == [name]


def test_a_spanish_name_after_de_keeps_its_first_name() -> None:
    text = "La casa de Juan Carlos Pérez ardió el lunes. «No habrá recortes», dijo Pérez."
    assert [q.speaker for q in find_quotes(text).quotes] == ["Juan Carlos Pérez"]


def test_a_first_name_that_is_also_a_body_word_starts_a_person() -> None:
    # "Grant" is a word bodies use ("Grant Foundation"); before a surname it is a first
    # name, so the later "Vellacott" and "he" are Grant Vellacott, not a bare surname
    text = (
        "Early retiree Grant Vellacott suggests saving thirty times your spending.\n\n"
        "Vellacott encourages side work. A business “gives you more flexibility and the chance "
        "to reach independence very quickly,” he wrote."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Grant Vellacott"]


def test_a_surname_in_a_transcripts_capitals_is_the_person() -> None:
    text = (
        "Mayor Ana Lindqvist and the MP Thomas Brandt met on the radio on Monday.\n\n"
        "LINDQVIST asked: “Will you apologise to the islanders?”\n\n"
        "BRANDT answered: “I have nothing to apologise for.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ana Lindqvist", "Thomas Brandt"]


def test_an_acronym_the_article_spells_out_stays_the_body() -> None:
    text = (
        "The National Aeronautics and Space Administration briefed reporters on Monday.\n\n"
        "“We will review every launch this year,” NASA said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [
        "National Aeronautics and Space Administration"
    ]


@pytest.mark.parametrize("trade", ["Barmaid", "Carer", "Driver", "Striker"])
def test_a_trade_before_a_first_name_and_surname_is_not_part_of_the_name(trade: str) -> None:
    text = f"{trade} Jade Coombes told the court: “I begged him to get a taxi home that night.”"
    assert [q.speaker for q in find_quotes(text).quotes] == ["Jade Coombes"]


def test_a_first_name_that_is_also_a_trade_stays_a_name() -> None:
    text = "Baker Vellacott spoke on Sunday. “We played hard all game,” Vellacott said."
    assert [q.speaker for q in find_quotes(text).quotes] == ["Baker Vellacott"]


def test_a_byline_run_into_a_caption_is_two_names() -> None:
    # A byline with no stop before the next line: the reporter's name, then the person
    # the caption names, whom the article quotes by full name later.
    text = (
        "Bakers fear new rule By Sofía Brandwein Yusuf Haddad, left, and his cousin at the "
        "bakery. The department said it would stop. “We built this place with our hands,” "
        "Yusuf Haddad said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Yusuf Haddad"]


def test_a_photo_credit_run_into_a_sentence_leaves_the_next_name_alone() -> None:
    text = (
        "Photograph: Sam Ruddle Dario Menegatti hailed his side’s spirit. “We never stopped "
        "believing,” Menegatti said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Dario Menegatti"]


def test_four_names_without_a_second_first_name_stay_one_run() -> None:
    # "Martin Luther King Jr.": no glued pair, whatever words follow
    text = "Martin Luther King Jr. spoke in 1963. “I have a dream today,” King said."
    assert [q.speaker for q in find_quotes(text).quotes] == ["Martin Luther King Jr"]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("Grandmother Edna Pilling, 82,", "Edna Pilling"),
        ("Mum-of-two Kayleigh Dawes, 29,", "Kayleigh Dawes"),
        ("Teenager Jayden Okoro, 16,", "Jayden Okoro"),
    ],
)
def test_what_a_tabloid_calls_someone_before_the_name_is_not_part_of_it(
    lead: str, name: str
) -> None:
    text = f"{lead} said: ‘Where am I supposed to go now the library is shut?’"
    assert [q.speaker for q in find_quotes(text).quotes] == [name]


def test_a_role_word_before_the_member_of_a_body_keeps_the_person() -> None:
    # "organizer Ana Pell of the new Tenants Coalition told": Ana Pell, not the coalition
    text = (
        "Tenants say they will stay put. “We are not going anywhere,” organizer Ana Pell "
        "of the new Harbour Tenants Coalition told reporters on Monday."
    )
    assert find_quotes(text).quotes[0].speaker == "Ana Pell"


def test_so_called_is_no_speech_verb_inside_a_cue() -> None:
    # "of the so-called Justice Coalition told": the cue's verb is "told", not "called"
    text = (
        "Tenants say they will stay put. “We are not going anywhere,” Ana Pell of the "
        "so-called Harbour Justice Coalition told reporters on Monday."
    )
    assert find_quotes(text).quotes[0].speaker == "Ana Pell"
