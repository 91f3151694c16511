"""Speakers behind long appositives, affiliations and role phrases in a quote's cue."""

from __future__ import annotations

import pytest

from desktop.core.model import Quote
from desktop.core.quotes import find_quotes


def quotes_of(text: str) -> list[Quote]:
    return list(find_quotes(text).quotes)


def test_city_and_country_inside_an_appositive_are_not_the_speaker() -> None:
    text = (
        "The team modelled a small galaxy.\n\n"
        "“We got out more than we put in,” Dana Kollek, a fellow at the Brandt Institute "
        "in Hamburg, Germany, and a co-author of the new paper, said in a statement. “Nobody "
        "wrote those patterns into the code.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Dana Kollek", "Dana Kollek"]


def test_two_affiliations_with_a_state_abbreviation_before_said() -> None:
    text = (
        "The moon seems to vent water.\n\n"
        "“Liquid water is rare away from our own planet,” study lead author Mira Olund, a chemist "
        "at the Varden Space Center in Lowell, Maine, and Eastfield University near Washington, "
        "D.C., said in a statement."
    )
    assert quotes_of(text)[0].speaker == "Mira Olund"


def test_person_of_an_owned_laboratory_speaks_not_the_laboratory() -> None:
    text = (
        "Scientists released a map of the moon.\n\n"
        "“Organic matter matters a great deal for life there,” said planetary geologist "
        "Rosa Linde of Varden’s Lantern Laboratory in Oregon."
    )
    assert quotes_of(text)[0].speaker == "Rosa Linde"


def test_he_means_the_person_not_the_directorate_he_works_in() -> None:
    text = (
        "The agency picked five firms.\n\n"
        "“We saw a need for more providers,” Tom Brill, deputy head of exploration in the "
        "Varden Science Mission Directorate, said in a call with reporters.\n\n"
        "“This is based on our aims, to get to the moon soon,” he said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Tom Brill", "Tom Brill"]


def test_telling_someone_after_the_speakers_clause_keeps_the_speaker() -> None:
    text = (
        "Marla Penn hosted Orrin Vale on stage.\n\n"
        "“We all miss the founder so very much,” Penn weighed in, telling Vale, “and you "
        "have stayed true to him.”"
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.cue) == ("Marla Penn", "Penn weighed in, telling Vale")


def test_a_named_lead_and_her_team_wrote() -> None:
    text = (
        "The team watched the moon for many nights, led by Ada Holm.\n\n"
        "“We suggest the venting happens at lower levels than once thought,” Holm and her "
        "team wrote in the paper."
    )
    assert quotes_of(text)[0].speaker == "Ada Holm"


def test_a_cue_after_a_long_list_of_affiliations_is_still_found() -> None:
    text = (
        "The moon seems to vent water.\n\n"
        "“Life needs water,” study lead author Mira Olund, a planetary chemist at the Varden "
        "Space Flight Center in Greenbelt, Maryland, and at Eastfield Polytechnic University "
        "near Washington, D.C., said in a statement.\n\n"
        "“We found the second-best prize: water as a vapour,” Olund added."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Mira Olund", "Mira Olund"]


def test_a_shows_name_in_an_opening_phrase_is_not_the_host_who_asks() -> None:
    text = (
        "Fire officer Bram Leclair spoke on Monday.\n\n"
        "On Ridge Radio's The Valley This Morning, host Ines Carrick asked Leclair, “Can "
        "crews stop this fire before it reaches town?”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ines Carrick"]


def test_a_role_then_an_owners_office_and_its_holder_names_the_holder() -> None:
    text = (
        "The four states of the basin left with a water-sharing deal on Thursday.\n\n"
        "‘We came with four maps and we leave with one,’ said the host, Estmark’s prime "
        "minister Halvard Brenne, who chaired the talks."
    )
    assert find_quotes(text).quotes[0].speaker == "Halvard Brenne"


def test_a_person_quoted_by_a_news_agency_is_the_speaker_not_the_agency() -> None:
    text = (
        "The talks ran late.\n\n"
        "His foreign minister, Yuliya Ostapenko, went further. She was quoted by the state "
        "news agency RUNA as saying: “We have given more at this table than anyone.”\n\n"
        "“We will not move,” Tomas Rill was quoted by Interfax as saying."
    )
    quotes = find_quotes(text).quotes
    assert [q.speaker for q in quotes] == ["Yuliya Ostapenko", "Tomas Rill"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Lindqvist recalled Brandt telling her: “{q}.”", "Thomas Brandt"),
        ("Lindqvist remembers Brandt saying, “{q}.”", "Thomas Brandt"),
        ("“{q},” Lindqvist recalled Brandt telling her.", "Thomas Brandt"),
        ("Lindqvist recalled her father saying: “{q}.”", None),
        ("Lindqvist recalled: “{q}.”", "Ana Lindqvist"),
    ],
)
def test_someone_remembered_speaking_is_the_speaker(cue: str, speaker: str | None) -> None:
    # the one who remembers only tells what the other said; her unnamed father is nobody
    text = (
        "Mayor Ana Lindqvist met the MP Thomas Brandt at the harbour on Monday.\n\n"
        + cue.format(q="The ferry is a waste of money and always was")
    )
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("question_cue", "reply"),
    [
        ("Lindqvist asked Brandt.", "came his reply"),
        ("Lindqvist asked.", "came the reply"),
    ],
)
def test_came_the_reply_is_the_one_asked(question_cue: str, reply: str) -> None:
    # the reply is not the asker's, whose name is the last one before it
    text = (
        "The MP Thomas Brandt met Mayor Ana Lindqvist at the harbour on Monday.\n\n"
        f"“Will you apologise to the islanders?” {question_cue} “I have nothing to apologise "
        f"for,” {reply}."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ana Lindqvist", "Thomas Brandt"]


@pytest.mark.parametrize("reply", ["came the reply", "she replied"])
def test_the_one_who_was_asked_gives_the_reply(reply: str) -> None:
    # "Lindqvist was asked": the passive names the one asked, not the MP named before her
    text = (
        "Mayor Ana Lindqvist met the MP Thomas Brandt at the harbour on Monday. In an "
        "interview later, Lindqvist was asked whether she would resign.\n\n"
        f"“Not a chance, not this year or the next,” {reply}."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ana Lindqvist"]


@pytest.mark.parametrize(
    "cue_and_quote",
    [
        "“This case should be a warning to everyone,” Owen Pryce, of Wexham Police, said.",
        "Owen Pryce, from the Wexham Road Trust, told reporters: “This case should be a warning.”",
        "“This case should be a stark warning,” Owen Pryce, of Wexham Police, said, “to anyone "
        "who drives after a drink.”",
    ],
)
def test_a_persons_affiliation_between_commas_is_not_the_speaker(cue_and_quote: str) -> None:
    text = "A driver was jailed on Friday.\n\n" + cue_and_quote
    assert [q.speaker for q in quotes_of(text)] == ["Owen Pryce"]


def test_someone_recalled_as_him_is_the_man_in_focus() -> None:
    # the witness only tells what the defendant said to her
    text = (
        "Darren Pelling was jailed on Friday. Jade Coombes told jurors she had warned Pelling "
        "not to drive. She recalled him saying: “I’ve only had a couple. I know these roads.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Darren Pelling"]


def test_a_questioner_described_by_her_town_who_stood_and_read_is_the_questioner() -> None:
    text = (
        "The first question set the tone. Carol Baptiste, a retired nurse from nearby Ashby "
        "Mills, stood and read from an index card: “Why did you vote for a bill that cuts "
        "Medicaid when a third of this county is on it?”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Carol Baptiste"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brandt was told by Lindqvist that he would “regret this decision for the rest of "
        "his career.”",
        "Brandt was warned by Lindqvist: “You will regret this decision for the rest of your "
        "career.”",
    ],
)
def test_the_one_who_told_him_in_the_passive_is_the_speaker(sentence: str) -> None:
    # the sentence's subject only hears the words
    text = "Mayor Ana Lindqvist met the MP Thomas Brandt at the harbour on Monday.\n\n" + sentence
    assert [q.speaker for q in quotes_of(text)] == ["Ana Lindqvist"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        (
            "said the trial’s lead investigator, Dr. Ines Marrow of Kelby Renal Centre.",
            "Ines Marrow",
        ),
        ("said the study’s first author, Prof. Tomas Veld.", "Tomas Veld"),
        ("said the county’s top prosecutor, Det. Sgt. Ola Brin.", "Ola Brin"),
    ],
)
def test_a_role_then_a_name_with_an_abbreviated_title_after_the_verb(
    cue: str, speaker: str
) -> None:
    text = f"A trial of 600 patients reported its results.\n\n“Nobody expected this,” {cue}"
    assert [q.speaker for q in quotes_of(text)] == [speaker]
