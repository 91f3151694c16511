"""British titles, everyday role nouns, the asker of a question, and bodies behind spokespeople."""

from __future__ import annotations

import pytest

from desktop.core.mentions import find_mentions
from desktop.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Cllr Tom Haskett led the opposition. “If you sell the heart of a town, you "
            "cannot buy it back,” he said.",
            "Tom Haskett",
        ),
        (
            "Headteacher Fiona Garside met parents at the gate. “We will make this last year "
            "the best one the school has had,” she said.",
            "Fiona Garside",
        ),
        (
            "Councilmember Priya Salt voted no. “Five votes tonight. I only need one more,” "
            "she said.",
            "Priya Salt",
        ),
        (
            "Cr Josephine Awuah-Tran spoke first. “We were given the report at 4pm,” "
            "Cr Awuah-Tran said.",
            "Josephine Awuah-Tran",
        ),
    ],
)
def test_a_local_title_is_not_part_of_the_name(text: str, name: str) -> None:
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    ("intro", "cue", "name"),
    [
        ("Goalkeeper Mateo Quiroga saved two penalties.", "said the goalkeeper", "Mateo Quiroga"),
        ("The chef Baz Dunmore answered on Sunday.", "the chef replied", "Baz Dunmore"),
        ("The club's manager, Declan Mercer, was calm.", "the manager said", "Declan Mercer"),
    ],
)
def test_an_everyday_role_noun_stands_for_the_person_introduced_with_it(
    intro: str, cue: str, name: str
) -> None:
    said = "“I trusted what I saw and went the right way,”"
    text = f"{intro} Fans sang for an hour.\n\n{said} {cue}."
    assert speakers(text) == [name]


def test_the_asker_of_a_question_is_not_the_speaker() -> None:
    text = (
        "President Ilona Maresh gave her first interview in a year. Asked by the host, "
        "Petra Lund, whether the door to talks was closed, the president replied: "
        "“The door is closed, but it is not locked.”"
    )
    assert speakers(text) == ["Ilona Maresh"]


@pytest.mark.parametrize(
    ("cue", "body"),
    [
        ("a Treasury spokesman said", "Treasury"),
        ("a spokesman for the Treasury said", "Treasury"),
        ("a spokesperson for the housing ministry said", "housing ministry"),
    ],
)
def test_a_spokesperson_speaks_for_the_body_named_with_them(cue: str, body: str) -> None:
    text = f"The memo leaked on Monday. “We do not comment on leaked documents,” {cue}."
    assert speakers(text) == [body]


def test_a_first_name_alone_stands_for_the_one_person_named_in_full_with_it() -> None:
    text = (
        "Celebrity chef Baz Dunmore hit back on Sunday. He was not amused.\n\n"
        "“Barry is my dad, and he mops his floors like a normal person,” Baz posted."
    )
    assert speakers(text) == ["Baz Dunmore"]


def test_someone_introduced_by_first_name_alone_is_not_a_namesake() -> None:
    text = (
        "Council leader Margaret Oyelaran defended the sale. She spoke for ten minutes.\n\n"
        "Another stallholder, Margaret, said she came “just to see the vote through to the end”."
    )
    assert speakers(text) == ["Margaret"]


@pytest.mark.parametrize("intro", ["Gavin said", "Another parent, Gavin, said"])
def test_his_after_a_lone_first_name_makes_him_the_he_of_the_next_cue(intro: str) -> None:
    text = (
        "Dales FM spoke to parents at the school gate on Friday.\n\n"
        f"{intro} his daughter had cried when she heard the news. "
        "“She is five and she does not understand any of it,” he said."
    )
    assert speakers(text) == ["Gavin"]


def test_a_role_noun_in_the_lede_stands_for_the_person_named_with_it_later() -> None:
    text = (
        "Ostmark signs gas deal\n\n"
        "The energy minister said the deal would “keep the lights on in Ostmark for a "
        "generation”.\n\n"
        "The agreement was signed in Veldra on Wednesday by Hedda Aro, the energy minister, "
        "and her counterpart from Kalvadia."
    )
    assert speakers(text) == ["Hedda Aro"]


def test_a_titled_surname_is_not_taken_for_a_first_name() -> None:
    text = (
        "Graham Platt, a farmer near Eastvale, lost his barn in the flood.\n\n"
        "“This is a disaster for the whole valley,” Sen. Graham said."
    )
    assert speakers(text) == ["Graham"]


@pytest.mark.parametrize(
    ("intro", "subject"),
    [
        (
            "Prime Minister Ana Lind of Norland, President Tom Berg of Ostmark and "
            "Chancellor Eva Roth of Sudmark met in Tarn on Monday.",
            "the three leaders",
        ),
        ("Ana Lind and Tom Berg met in Tarn on Monday.", "the two leaders"),
    ],
)
def test_the_leaders_said_is_the_people_the_article_just_listed(intro: str, subject: str) -> None:
    text = f"{intro} “We will not be divided by anyone,” {subject} said in a joint statement."
    (speaker,) = speakers(text)
    assert speaker is not None and "Ana Lind" in speaker and "Tom Berg" in speaker


def test_a_name_in_a_relative_clause_before_the_verb_is_not_the_speaker() -> None:
    text = (
        "Campaigner Lisa Cheung, who chairs Save Our Exchange, told the Courier the group had "
        "not given up. “We will look at every option, including a judicial review.”"
    )
    assert speakers(text) == ["Lisa Cheung"]


def test_a_place_in_a_relative_clause_after_a_role_is_not_who_he_is() -> None:
    # "Rep. Curtis Hamm, a Republican whose district includes Dunmore Falls, praised …
    # “…,” he wrote": the congressman, not the town
    text = (
        "Lawyers said many of those detained had pending cases. Rep. Curtis Hamm, a "
        "Republican whose district includes Dunmore Falls, praised the operation in a post "
        "on X. “Employers who cheat the system must be held accountable,” he wrote."
    )
    assert speakers(text) == ["Curtis Hamm"]


def test_members_of_a_body_speak_for_the_body() -> None:
    text = "Members of the Harwick Education Association said: “We are ready for this vote.”"
    assert speakers(text) == ["Harwick Education Association"]


# A first paragraph long enough that the quotes below are past the article's lede.
_LEDE = (
    "Counting ran late into the night in the market hall, where volunteers from every party "
    "stacked ballot boxes along the walls and tallied the postal votes twice. Turnout was "
    "the lowest in a generation, and the returning officer twice asked the crowd for quiet. "
    "The result, when it came, ended a long run for the governing side in the valley towns, "
    "where the closure of two surgeries and the loss of a bus route had dominated doorstep "
    "talk for months. Both main parties had sent senior figures to the count, and neither "
    "expected the margin to be as wide as it was by the time the last box was opened.\n\n"
)


def test_a_role_subject_named_in_apposition_is_the_he_after_it() -> None:
    text = (
        "The Civic vote collapsed across the valley, alarming Civic MPs.\n\n"
        + _LEDE
        + "Sir Alec Marsh, the Civic candidate, lost the seat he had held for 20 years. ‘I "
        "congratulate my opponent,’ he said.\n\n"
        "The Civic party chairman, Owen Tally, who had travelled from Leeds for the count, was "
        "blunter about the reasons. ‘We lost this seat on the doorstep,’ he said."
    )
    assert speakers(text) == ["Alec Marsh", "Owen Tally"]


def test_a_role_named_much_later_is_not_the_person_in_focus() -> None:
    """Guard: "the Vale boss said" after Mercer is Mercer, not the other boss named later."""
    text = _LEDE + (
        "Declan Mercer watched his side win 2-1.\n\n"
        "“We were playing not to lose, and you can’t win a league like that,” the Vale boss "
        "said.\n\n"
        "Fans stayed behind long after the final whistle, singing for the players, the staff "
        "and the groundsman, who had dried the pitch with towels before kick-off.\n\n"
        "Carrow boss Stefan Lindqvist said he felt the winner was offside."
    )
    assert speakers(text) == ["Declan Mercer"]


def test_an_office_to_a_country_is_its_holder_named_in_the_paragraphs_after() -> None:
    text = _LEDE + (
        "Norway’s ambassador to Britain accused both governments of meddling in the harbour "
        "dispute and warned that Oslo “will not stand by while its trawlers are seized.”\n\n"
        "Fishing crews in three ports have stayed ashore since the first seizure in May.\n\n"
        "Norway’s ambassador to Britain Eirik Sande has said talks must resume within a week."
    )
    assert speakers(text) == ["Eirik Sande"]


def test_the_country_an_envoy_is_sent_to_is_not_the_speaker() -> None:
    text = (
        "Ambassador Lin Bo arrived in Tarn on Monday. Later, Norland’s ambassador to Ostmark "
        "accused the two governments of meddling and warned that Norland “will not stand by "
        "while its ships are seized.”"
    )
    assert speakers(text) == ["Lin Bo"]


def test_a_countrys_navy_speaks_as_a_body() -> None:
    text = "“The cause of the fire is under investigation,” the Norlandic navy said."
    assert speakers(text) == ["Norlandic navy"]


def test_the_prime_minister_is_not_the_finance_minister_named_beside_her() -> None:
    text = (
        "Venn holds the line on bridge tolls\n\n"
        "Prime minister says the rebate will keep ferries running\n\n"
        "Carla Venn has refused to scrap the new tolls, saying the money keeps the islands "
        "connected.\n\n"
        "“We will not borrow to keep the toll low,” Venn said.\n\n"
        "At her side, the transport minister, Osric Dahl, played down the rise. “It is two "
        "crowns a crossing,” Dahl said.\n\n"
        "The prime minister kept her sharpest words for the opposition. “If they want to "
        "scrap the toll, let them name the ferry they would sink,” she said."
    )
    assert speakers(text) == ["Carla Venn", "Osric Dahl", "Carla Venn"]


def test_a_minister_named_with_another_office_is_no_holder_of_the_first() -> None:
    """Guard: "the deputy mayor" is Roa, not the finance minister named before her."""
    text = (
        "Finance Minister Osric Dahl presented the budget on Monday. Deputy Mayor Ines Roa "
        "criticised it.\n\n"
        "The deputy mayor said the cuts would close two libraries. “We will fight every "
        "one of them,” the deputy mayor said."
    )
    assert speakers(text) == ["Ines Roa"]


def test_the_pm_is_the_prime_minister_named_before() -> None:
    text = (
        "The minister handed her letter to Prime Minister Oren Caldbeck on Monday.\n\n"
        "PM Caldbeck, who appointed her in 2023, praised her work.\n\n"
        "Asked who would replace her, the PM said only: “We will know on Friday.”"
    )
    assert speakers(text) == ["Oren Caldbeck"]


@pytest.mark.parametrize(
    "cue",
    ["the MP said", "said the MP", "the MP for Nordvik and Eske said", "the Tory MP said"],
)
def test_the_mp_is_the_member_named_before_not_the_seat(cue: str) -> None:
    text = (
        "Mayor Ana Lindqvist and the MP Thomas Brandt met at the harbour on Monday.\n\n"
        f"“She is wrong on the facts and she knows it,” {cue}."
    )
    assert speakers(text) == ["Thomas Brandt"]


def test_a_titled_person_after_and_the_is_a_second_person() -> None:
    # "Mayor Ana Lindqvist and the MP Thomas Brandt" was read as one name, so "Lindqvist"
    # later was nobody the article had named in full
    text = (
        "Mayor Ana Lindqvist and the MP Thomas Brandt met at the harbour on Monday.\n\n"
        "“He is wrong on the facts and he knows it,” Lindqvist said."
    )
    assert speakers(text) == ["Ana Lindqvist"]


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("Brandt’s lawyer said", None),
        ("said Brandt’s lawyer", None),
        ("said Brandt’s wife", None),
        ("Brandt’s chief of staff said", None),
        ("said Brandt’s spokesman", "Thomas Brandt"),
        ("said Brandt’s office", "Thomas Brandt"),
    ],
)
def test_someone_working_for_a_named_person_is_not_that_person(cue: str, name: str | None) -> None:
    # a lawyer, a wife or an aide left unnamed is nobody named (and never the mayor the
    # article named before); a spokesman or an office speaks for the person
    text = (
        "Mayor Ana Lindqvist met Thomas Brandt at the harbour on Monday.\n\n"
        f"“My client stands by every word he said about the ferry,” {cue}."
    )
    assert speakers(text) == [name]


@pytest.mark.parametrize("role", ["Labour councillor", "Green councillor", "Labour MP"])
def test_a_party_before_a_member_role_is_not_the_speaker(role: str) -> None:
    # "the Labour councillor added" means the councillor the article is about, not Labour
    text = (
        "The council met on Monday. Council leader Ana Lindqvist said: “We will balance "
        f"the books this year.” “Nobody will lose their home,” the {role} added."
    )
    assert speakers(text) == ["Ana Lindqvist", "Ana Lindqvist"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Commission President Ursula von der Meer spoke on Friday. “Europe stands with "
            "its neighbours,” she said. “We will not waver,” von der Meer added.",
            ["Ursula von der Meer", "Ursula von der Meer"],
        ),
        (
            "The coach spoke on Friday. “We will not waver this season,” de Vries added.",
            ["de Vries"],
        ),
    ],
)
def test_a_surname_opening_with_its_particles_is_the_whole_surname(
    text: str, names: list[str]
) -> None:
    # "von der Meer added" was "Meer", a speaker of its own beside Ursula von der Meer
    assert speakers(text) == names


def test_a_body_every_country_has_keeps_its_country() -> None:
    # "Varnia's Defence Ministry" was "Defence Ministry", one speaker with every other
    # country's defence ministry in the story
    text = (
        "Varnia and Ostmark traded claims on Friday. Varnia's Defence Ministry said: “Our "
        "forces hold the village.” Ostmark's Defence Ministry said: “The village is ours.”"
    )
    assert speakers(text) == ["Varnia's Defence Ministry", "Ostmark's Defence Ministry"]


def test_a_party_in_capitals_is_still_the_party() -> None:
    text = (
        "The MP Joe Bloggs and the Republicans spoke on Monday. “We will not back down on "
        "this,” the GOP said."
    )
    assert speakers(text) == ["GOP"]


def test_a_police_rank_in_initials_is_a_title() -> None:
    text = (
        "Outside court, Detective Sergeant Owen Pryce read a statement for the family. DS "
        "Pryce added: “This case should be a warning to anyone who drinks and drives.”"
    )
    assert speakers(text) == ["Owen Pryce"]


def test_a_transcripts_capitals_name_their_speakers() -> None:
    text = (
        "Isla, 9, collected 1,400 signatures. Council leader Martin Oakes approved the money. "
        "The exchange drew applause:\n\n"
        "CLLR OAKES: “Isla, I understand you have a question for us.”\n\n"
        "ISLA: “Does this mean the bridge is definitely coming back?”\n\n"
        "BREAKING: “The bridge will be rebuilt by September.”"
    )
    assert speakers(text)[:2] == ["Martin Oakes", "Isla"]
    assert speakers(text)[2] != "Breaking"


def test_a_nations_head_of_state_is_its_president() -> None:
    text = (
        "Speaking beside the chancellor, Katrin Vogel, President Étienne Marchal said: “We will "
        "not give ground on what is essential.” The French head of state, who has pushed for "
        "joint borrowing for two years, added that Europe “must learn to speak the language of "
        "power”."
    )
    assert speakers(text) == ["Étienne Marchal", "Étienne Marchal"]


def test_a_nations_president_is_never_another_bodys_president() -> None:
    # the only president named is the Commission's: "the French president" is not her
    text = (
        "Étienne Marchal and Katrin Vogel presented a joint defence plan on Thursday. «Nous ne "
        "céderons pas sur l'essentiel», the French president declared. European Commission "
        "President Liesbeth Aalders was more upbeat about the plan's chances."
    )
    assert speakers(text) != ["Liesbeth Aalders"]


def test_the_two_leaders_are_people_not_the_countries_they_lead() -> None:
    text = (
        "France and Germany pledged a joint fund on Thursday. “We will not give ground,” "
        "President Étienne Marchal said. “Nor will we,” Chancellor Katrin Vogel said. “France "
        "and Germany will jointly propose a defence fund,” the two leaders said."
    )
    assert speakers(text)[2] == "Étienne Marchal and Katrin Vogel"


def test_a_debate_moderator_is_named_without_the_role() -> None:
    text = (
        "The exchange came when Moderator Beth Ramírez-Cole of WDLN-TV turned to the "
        "challenger. “How would you pay for the schools you promised?” she asked."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Beth Ramírez-Cole"]


def test_a_committee_chairman_with_and_in_the_committee_is_one_person() -> None:
    text = (
        "“This committee will get answers,” House Energy and Commerce Committee Chairman "
        "Thaddeus Brinkley, R-Ohio, said in his opening remarks."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Thaddeus Brinkley"]


def test_a_body_whose_name_opens_with_an_ing_word_keeps_it() -> None:
    text = (
        "“This ruling will keep eligible Americans from voting, full stop,” a spokesperson "
        "for the Voting Access Project said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Voting Access Project"]


def test_a_trade_the_article_gave_a_named_person_stands_for_them() -> None:
    text = (
        "‘We are running a field hospital in a corridor,’ says Dr Amara Okonjo, a consultant "
        "in emergency medicine who has worked at the hospital since 2009.\n\n"
        "A paramedic, who asked not to be named, said crews had waited nine hours.\n\n"
        "‘A man said to me last week that he had never been treated like this, and what do you "
        "say to that?’ the consultant says."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Amara Okonjo", "Amara Okonjo"]
    # A body named like a trade ("… of Aldermoor") is the body, not a person it employs.
    body = (
        "“Foxes are changing fast,” said Ilse Marchbank, a zoologist at the University of "
        "Aldermoor.\n\nIn a statement, the University of Aldermoor said the collection "
        "“shows the enduring value of specimens once thought curiosities.”"
    )
    assert [q.speaker for q in find_quotes(body).quotes][-1] == "University of Aldermoor"


def test_an_office_given_before_a_titled_name_is_that_persons_role() -> None:
    text = (
        "The leader of Hollinsford District Council, Councillor Beverley Amos, told Radio "
        "Wend: ‘We were promised that the scheme would protect this town.’\n\n"
        "Fiona McAndrew, the agency’s area flood manager, defended it at a briefing.\n\n"
        "‘The defences did what they were designed to do,’ she said.\n\n"
        "The council leader said a rest centre had taken in 140 people overnight. ‘I have "
        "heard the words exceptional event twice now in three years,’ she said."
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Beverley Amos", "Fiona McAndrew", "Beverley Amos"]


def test_a_role_after_an_asked_clause_is_the_subject_a_pronoun_goes_on_with() -> None:
    text = (
        "The decision was taken by the club’s owner, Howard Kessel, and his son Bradley "
        "Kessel, 29, a director.\n\n"
        "‘Stefan was not the problem,’ said Maureen Pike of the supporters’ trust.\n\n"
        "Asked on Sunday whether the timing was fair, the club’s owner was unrepentant. "
        "‘Fair doesn’t come into it,’ he said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Maureen Pike", "Howard Kessel"]


def test_the_judge_is_the_justice_named_before() -> None:
    text = (
        "Ms Justice Gráinne Moylan said on Tuesday that the children must not be "
        "identified.\n\n“This court is not going to conduct a family’s private grief in the "
        "dark,” the judge said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Gráinne Moylan"]


@pytest.mark.parametrize(
    "text",
    [
        "Ardley chief executive Tomas Reinfeld apologised in a video. “We rushed it and I am "
        "sorry,” the CEO said.",
        "Ardley CEO Tomas Reinfeld apologised in a video. “We rushed it and I am sorry,” the "
        "chief executive said.",
    ],
)
def test_a_ceo_is_the_chief_executive(text: str) -> None:
    assert speakers(text) == ["Tomas Reinfeld"]


def test_a_nationality_before_a_position_is_the_player_in_focus() -> None:
    text = (
        "Striker Jonas Aderemi, who scored the only goal, defended his manager. “We didn’t "
        "turn up. That’s on us, the players, not the manager,” the Dutch forward said."
    )
    assert speakers(text) == ["Jonas Aderemi"]


def test_a_title_written_in_capitals_without_a_name_is_no_body() -> None:
    mentions = find_mentions(HEADLINE, 0, len(HEADLINE))
    assert "CEO" not in [m.name for m in mentions]
    assert "Ardley" in [m.name for m in mentions]


HEADLINE = "Ardley puts cost of recall at $190 million as CEO vows to ‘make this right’"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # the outlet of a photo credit is nobody a pronoun can mean
            "Gregor Hallam, president of Calder Health, spoke on Monday. (Photo: Luis "
            "Carrera/Dunmere Register) The letters are signed by Hallam. “I am sorry that "
            "this happened,” he wrote.",
            ["Gregor Hallam"],
        ),
        (  # his wife: the one woman the article names with his surname
            "Karin Lindqvist and Davin Lindqvist left the courthouse. Davin Lindqvist stood "
            "on the steps with his wife and son. “Eight years,” he said. “We didn't come here "
            "for a number,” his wife said.",
            ["Davin Lindqvist", "Karin Lindqvist"],
        ),
        (  # "a group that calls itself …" names the group
            "The hackers, a group that calls itself Hollow Tide, posted the data online. "
            "Calder Valley Medical Center said it had restored its systems. “They chose not "
            "to talk. Their patients can thank their board,” the group wrote.",
            ["Hollow Tide"],
        ),
        (  # the group's spokesman, wherever the group sits
            "Velmar Group, which is based in Sweden, did not comment on the figures. A "
            "spokesman for the group in Stockholm said: “The restructuring charge will be "
            "set out with our results in February.”",
            ["Velmar Group"],
        ),
    ],
)
def test_who_a_cue_means_past_credits_kin_and_descriptions(text: str, names: list[str]) -> None:
    assert speakers(text) == names


def test_a_supporters_trust_keeps_its_whole_name() -> None:
    text = (
        "Kingsmere Town sacked Neil Carden on Monday. Joanne Mabb of the Kingsmere Town "
        "Supporters’ Trust said fans were split. The club announced the departure in a "
        "statement, which ended: ‘The club would like to thank Neil for his hard work and "
        "wishes him well for the future.’"
    )
    assert speakers(text) == ["Kingsmere Town"]


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Fiona Greyling, the cabinet member for transport, who proposed the scheme, told "
        "the meeting: “Nobody in this chamber is waging a war on the motorist.”",
        "Sen. Fiona Greyling, the ranking member of the committee, who wrote the bill, said: "
        "“Nobody in this chamber is waging a war on the motorist.”",
    ],
)
def test_a_relative_clause_after_an_appositive_is_about_the_name(text: str) -> None:
    assert speakers(text) == ["Fiona Greyling"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Undersheriff Lorna Pitt briefed reporters. “The vehicle was found in the north lot,” "
            "Undersheriff Lorna Pitt said.",
            "Lorna Pitt",
        ),
        (
            "At Harlow Bend Regional Medical Center, where most of the wounded were taken, the "
            "youngest patient was 9. “Four patients remain in critical condition,” the hospital "
            "said in a statement.",
            "Harlow Bend Regional Medical Center",
        ),
    ],
)
def test_an_undersheriff_is_a_title_and_the_hospital_is_the_one_named(text: str, name: str) -> None:
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Deputies arrested two men on Friday. The Marlow County Attorney's Office said it "
            "would review the case. “We will decide on charges within a week,” a spokesperson "
            "said. “Nobody is above the law,” the office said.",
            ["Marlow County Attorney's Office", "Marlow County Attorney's Office"],
        ),
        (
            "Three patients were taken to St. Odile's Hospital in Farrow. “Two of them are in "
            "stable condition,” the hospital said.",
            ["St. Odile's Hospital"],
        ),
        (
            "Britain's Department for Coastal Affairs said officials would meet both sides. "
            "“This is a worrying time for the fleet,” a spokeswoman said.",
            ["Department for Coastal Affairs"],
        ),
    ],
)
def test_a_body_named_with_a_possessive_speaks_through_its_spokesperson(
    text: str, names: list[str]
) -> None:
    assert speakers(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The bureau has joined the inquiry. “We have found nothing so far to suggest a link "
            "to any group,” said Special Agent in Charge Idris Palmgren.",
            "Idris Palmgren",
        ),
        (
            "“We have found nothing so far to suggest a link,” said FBI Special Agent Noor "
            "Castellane.",
            "Noor Castellane",
        ),
        (
            "The Wendle Valley Education Association, which represents the district's teachers, "
            "was more guarded. “Our members will follow the law, but we are worried,” the union "
            "said.",
            "Wendle Valley Education Association",
        ),
    ],
)
def test_a_special_agent_is_a_title_and_the_union_is_the_body_representing_workers(
    text: str, name: str
) -> None:
    assert speakers(text) == [name]


def test_a_company_whose_name_ends_in_its_legal_form_is_the_company_described() -> None:
    text = (
        "Brannock Audio sold the speakers until May. The cells were supplied by Ostrava Cell "
        "Co., a battery maker based in Brno. “Our cells meet every safety standard,” the "
        "company said in an emailed statement."
    )
    assert speakers(text) == ["Ostrava Cell Co."]


def test_an_adverb_set_off_before_a_name_does_not_hide_the_subject() -> None:
    text = (
        "The singer Wren Galloway endorsed a candidate last week. Not every fan forgave her. "
        "“I don't care who she votes for,” said Darla Pettigrew, 62, who held a sign. Inside, "
        "Galloway took note of the protest. “I see some of you brought signs,” she told the "
        "crowd."
    )
    assert speakers(text) == ["Darla Pettigrew", "Wren Galloway"]


def test_the_answer_after_asked_whether_is_the_one_asked_about() -> None:
    text = (
        "Tomas Reddy, the president's choice to run the Interior Department, faced pointed "
        "questions on Tuesday about his years on the board of an oil and gas company. Reddy, a "
        "former Idaho state senator, stepped down from the board of Halvorsen Energy in March, "
        "but he still holds stock options in the company worth an estimated $3.2 million, "
        "according to his financial disclosure. Democrats on the committee spent much of the "
        "hearing on that connection. “Mr. Reddy, you were paid $410,000 last year by a company "
        "that holds more than 900 leases,” said Sen. Ilse Moran of Oregon. “I've signed an "
        "ethics agreement, Senator, and I'll follow it to the letter,” Reddy replied. “That's "
        "not what I asked,” she said. Moran then asked whether Reddy would step aside from "
        "decisions on 41 Halvorsen drilling permits that are pending before the department. “I "
        "will recuse myself from any matter involving Halvorsen for two years,” he said. Reddy "
        "said he had sold all of his Halvorsen shares before he was nominated. Halvorsen Energy "
        "did not respond to a request for comment."
    )
    assert speakers(text) == ["Ilse Moran", "Tomas Reddy", "Ilse Moran", "Tomas Reddy"]


@pytest.mark.parametrize(
    "reply",
    [
        "The Lindqvist campaign pushed back within hours of the rally.",
        "The Lindqvist campaign responded within hours.",
    ],
)
def test_a_reply_told_after_an_exclamation_is_not_its_speaker(reply: str) -> None:
    text = (
        "Dorian Ashby spoke in Tamsworth on Saturday. “We're going to bring the factories "
        f"home,” he said. “Tamsworth gets it!” {reply} “Ashby closed more factories than he "
        "ever opened,” said Marcus Ebright, a campaign spokesman."
    )
    assert speakers(text) == ["Dorian Ashby", "Dorian Ashby", "Marcus Ebright"]


@pytest.mark.parametrize("lead", ["At the news conference, one reporter", "One reporter"])
def test_a_reporter_brought_in_unnamed_asks_the_question(lead: str) -> None:
    text = (
        f"Governor Dana Whitcombe vetoed the item on Tuesday. {lead} asked Whitcombe "
        "directly about the risk of a standoff. “Are you willing to let the budget fall apart "
        "over one line item?” the reporter asked. “Nobody is shutting anything down,” the "
        "governor answered."
    )
    assert speakers(text) == [None, "Dana Whitcombe"]


@pytest.mark.parametrize("place", ["the", "the Alder Reach"])
def test_a_company_spokesperson_never_speaks_for_the_union(place: str) -> None:
    text = (
        "Quillmark Systems cut 2,300 jobs on Tuesday. Union members and supporters rallied "
        f"outside {place} headquarters on Wednesday afternoon. “We're not going anywhere,” union "
        "president Jasmine Terrell told the crowd. The company has not confirmed how many union "
        "members were affected. “The reductions are not connected in any way to union "
        "membership,” a company spokesperson said."
    )
    assert speakers(text) == ["Jasmine Terrell", "Quillmark Systems"]


@pytest.mark.parametrize(
    "places", ["the Harrow and Little Fenn rivers", "Fenn and Harrow counties"]
)
def test_names_before_a_place_noun_are_places_not_speakers(places: str) -> None:
    text = (
        f"Gov. Marisa Tolland spoke on Monday. On Tuesday, with {places} still flooding, "
        "Tolland repeated the warning for residents farther inland. “If you are in a flood "
        "zone and you have not left, leave now,” she said. “The water is still coming.”"
    )
    assert speakers(text) == ["Marisa Tolland", "Marisa Tolland"]


@pytest.mark.parametrize(
    "credit",
    [
        "said a Brennick senior who declined to give his name.",
        "said a Brennick junior, who asked not to be named.",
        "said an Orrin Motors worker.",
    ],
)
def test_an_unnamed_member_of_a_body_is_nobody_named(credit: str) -> None:
    text = f"Brennick College's board met on Monday. “It was the right call,” {credit}"
    assert speakers(text) == [None]


def test_a_reply_from_someone_named_before_the_quote_is_theirs() -> None:
    text = (
        "Speaker Garrett Vallance addressed the closed-door meeting. “If you want to beat me, "
        "you're going to have to do it on the floor,” he said, according to two lawmakers. Rep. "
        "Tamsin Pryde of Arizona, one of the five Republicans who have opposed Vallance on every "
        "ballot, spoke next, the lawmakers said. She told colleagues that she would “never, "
        "ever” support him, according to two people present. That drew a sharp reply from Rep. "
        "Ruiz Echevarne of Florida, a close Vallance ally who had nominated him on the floor. "
        "“Nobody elected you speaker either,” he shot back, according to one of the lawmakers."
    )
    quotes = [q for q in find_quotes(text).quotes if q.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Garrett Vallance", "Ruiz Echevarne"]


def test_the_statement_is_the_one_the_sentence_before_told_of() -> None:
    text = (
        "Agents raided the Prairie Ridge Meats plant on Tuesday. “This was a targeted, lawful "
        "operation,” ICE spokesman Kent Oberlund said in a statement. Prairie Ridge, which "
        "employs about 1,400 people in Kestrel Bend, said in a statement that it uses the federal "
        "E-Verify system. “We are cooperating fully with the investigation,” the statement said."
    )
    assert speakers(text) == ["Kent Oberlund", "Prairie Ridge Meats"]


def test_a_sentence_telling_of_another_act_does_not_credit_the_exclamation_before_it() -> None:
    text = (
        "By Friday morning, former President Russell Kinnaird was back online with a similar "
        "message. “This is Election Interference, plain and simple. We will WIN!” Whitmore, a "
        "former federal judge who was appointed in March, announced the charges at the Justice "
        "Department. “He will be treated like any other defendant,” Whitmore said."
    )
    assert speakers(text)[0] == "Russell Kinnaird"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Among the dead was Elena Ruisdael, 67, a retired school cook. “Elena spent 31 years "
            "feeding other people's children,” her family said in a statement. “She was buying "
            "candles for her granddaughter's birthday when she was taken from us.”",
            ["Ruisdael family", "Ruisdael family"],
        ),
        (
            "Tomas Brandt, 41, died in the crash. “He loved this town,” his family said.",
            ["Brandt family"],
        ),
    ],
)
def test_his_or_her_family_is_the_family_not_the_person(text: str, names: list[str]) -> None:
    assert speakers(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Among the dead was Elena Ruisdael, 67, a retired school cook. Her family released a "
            "statement on Sunday afternoon. “Elena spent 31 years feeding other people's "
            "children.” “She was buying candles for her granddaughter's birthday.”",
            ["Ruisdael family", "Ruisdael family"],
        ),
        (
            "Harwick Foods cut 300 jobs. The company issued a brief statement on Monday. “We "
            "regret the impact on our colleagues and their families.”",
            ["Harwick Foods"],
        ),
    ],
)
def test_the_words_after_a_released_statement_are_its_authors(text: str, names: list[str]) -> None:
    assert speakers(text) == names


def test_an_appositive_without_an_article_gives_the_role_the_chief_executive() -> None:
    # "Gregory Halloran, president and CEO of Calder Valley Health," is its chief executive
    text = (
        "Gregory Halloran, president and CEO of Calder Valley Health, spoke at a news "
        "conference on Monday. The hackers posted samples of the data online. “We have not "
        "paid a ransom and we are not going to pay one,” the chief executive said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Gregory Halloran"]


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("said Presiden Ahmadinejad", "Ahmadinejad"),
        ("said Senador Tomás Arriaga", "Tomás Arriaga"),
        ("said Ministro Rui Tavares", "Rui Tavares"),
    ],
)
def test_titles_in_other_languages_are_not_part_of_the_name(cue: str, name: str) -> None:
    text = f"“We will not step back from our programme at all, not one step,” {cue}."
    assert find_quotes(text).quotes[0].speaker == name


def test_a_bodys_chief_is_the_one_given_a_heads_role_there() -> None:
    text = (
        "Federal Reserve Chair Helena Vorst said on Friday that the labour market was "
        "cooling. Treasury Secretary Ruth Anker disagreed. “The labour market is cooling, but "
        "in an orderly way,” the Fed chief told reporters."
    )
    assert find_quotes(text).quotes[-1].speaker == "Helena Vorst"


@pytest.mark.parametrize(
    ("head", "chief"),
    [
        ("The United Nations secretary-general, Helena Vorst,", "the U.N. chief"),
        ("U.N. Secretary-General Helena Vorst", "the U.N. chief"),
        ("U.N. Secretary-General Helena Vorst", "the UN chief"),
        ("The World Health Organization's director-general, Helena Vorst,", "the WHO chief"),
    ],
)
def test_a_bodys_chief_by_its_initials_is_the_one_who_heads_it(head: str, chief: str) -> None:
    text = (
        f"Mayor Ruth Anker spoke first. {head} called for calm on Friday. “Enough is enough, "
        f"and the fighting must stop tonight,” {chief} said."
    )
    assert find_quotes(text).quotes[-1].speaker == "Helena Vorst"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Defense Secretary", "the defence secretary"),
        ("Defence Secretary", "the defense secretary"),
        ("Labor Secretary", "the labour secretary"),
    ],
)
def test_an_office_spelled_the_other_way_is_the_same_office(title: str, role: str) -> None:
    text = (
        f"{title} Ines Marrow spoke on Monday. “We are ready,” Marrow said. Later, "
        f"Senator Ruth Dale asked about the cost. “The cost is fair,” {role} said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ines Marrow", "Ines Marrow"]


def test_a_ministry_every_country_has_keeps_the_country_the_article_gave_it() -> None:
    # Two countries' foreign ministries in one story: "Foreign Ministry" alone would make
    # them one speaker.
    text = (
        "Valdoria’s Ministry of Foreign Affairs issued a sharply worded statement on "
        "Tuesday. “Valdoria firmly rejects the seizure of the vessel,” the statement said. "
        "Ostmark’s Ministry of Foreign Affairs answered within the hour: “The boat was "
        "fishing without a permit.”"
    )
    assert speakers(text) == [
        "Valdoria’s Ministry of Foreign Affairs",
        "Ostmark’s Ministry of Foreign Affairs",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sold at Homestead Depot and on Kalvenn's own website.", ["Homestead Depot", "Kalvenn"]),
        ("The Committee on Energy and Commerce met.", ["Committee on Energy and Commerce"]),
    ],
)
def test_and_then_a_preposition_ends_a_name(text: str, names: list[str]) -> None:
    # "Homestead and on Kalvenn" is no name; "on Kalvenn" is not Kalvenn's
    found = [m.name for m in find_mentions(text, 0, len(text))]
    assert [name for name in found if name != "Sold"] == names


def test_a_model_code_is_no_company() -> None:
    text = (
        "Kalvenn recalled 214,000 AirCrisp fryers, model KA-55, after burns. Kalvenn "
        "spokeswoman Dana Whit said the fault was fixed. Model KA-55 units made since "
        "February are safe. The company also posted on X: “Please stop using your AirCrisp.”"
    )
    assert speakers(text)[-1] != "KA-55"


def test_a_brand_is_not_its_product_line() -> None:
    # "Kalvenn AirCrisp" is a product; "the company" and "Kalvenn" are the brand's maker
    text = (
        "Recall alert: 214,000 Kalvenn AirCrisp air fryers recalled. If you own a Kalvenn "
        "AirCrisp 5.5 air fryer, stop using it. Kalvenn announced the recall on Tuesday. "
        "Asked why, a spokeswoman said the fault was fixed. The company also "
        "posted on X: “Please stop using your AirCrisp and ask us for a new basket.”"
    )
    assert speakers(text)[-1] == "Kalvenn"


@pytest.mark.parametrize("title", ["Fire Marshal", "State Fire Marshal"])
def test_a_marshal_is_titled_not_named_so(title: str) -> None:
    text = f"“The wind is the whole story today,” {title} Curtis Ambry says."
    assert speakers(text) == ["Curtis Ambry"]


def test_the_sheriffs_office_is_the_office_named_before_not_the_sheriff() -> None:
    text = (
        "5:55 a.m. — The Tolland County Sheriff’s Office has moved Pine Hollow to Level 3. "
        "“Do not stop to pack,” the sheriff’s office said in a post on its Facebook page. "
        "6:40 a.m. — Sheriff Wade Brannock says deputies are going door to door."
    )
    assert speakers(text) == ["Tolland County Sheriff’s Office"]


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("said Tennessee Secretary of State Dwight Kimbrell", "Dwight Kimbrell"),
        ("Board of Trustees Chair Roland Merrow said", "Roland Merrow"),
    ],
)
def test_a_long_office_title_before_a_name_is_no_part_of_it(cue: str, name: str) -> None:
    assert speakers(f"“The rolls are ours,” {cue}.") == [name]


def test_a_headline_verb_before_a_surname_is_no_first_name() -> None:
    text = (
        "Activist Judge Blocks Tolland's Voter Roll Order; President Vows to 'WIN on Appeal' "
        "A federal judge appointed by a Democratic president on Thursday blocked President "
        "Graham Tolland's executive order directing states to share their voter rolls with "
        "federal officials, the latest in a string of rulings halting the administration's "
        "agenda. U.S. District Judge Mara Castell granted a nationwide injunction sought by "
        "16 states. The order, signed in April, directs states to share voter data with a "
        "task force so it can be checked against federal records. Supporters say the checks "
        "would catch noncitizens who remain on the rolls. The order instructs the task force "
        "to flag any registration it cannot verify, but it does not require states to remove "
        "anyone. The states that sued include California, New York and Oregon. In March, "
        'after a different judge paused his hiring freeze, Tolland wrote that "unelected '
        'judges should not be running the Country."'
    )
    assert speakers(text)[-1] == "Graham Tolland"


def test_a_numbered_street_is_no_body_that_speaks() -> None:
    text = (
        "An officer pulled his car over near Halstead Avenue and 19th Street, according to "
        "police. In a statement issued Sunday, the department said the officer “perceived "
        "an immediate threat” during the stop."
    )
    assert speakers(text) != ["Street"]


@pytest.mark.parametrize("cue", ["said the Scot", "said the Scot, whose side have lost five"])
def test_a_demonym_after_the_verb_is_the_person_in_focus(cue: str) -> None:
    text = (
        "Ross Hendry was furious. Dario Menegatti was calm. Hendry saw it differently. "
        f"‘I’ve watched it ten times and I still don’t know what the foul is,’ {cue}."
    )
    assert speakers(text) == ["Ross Hendry"]


@pytest.mark.parametrize("cue", ["the Tory MP said", "the MP said"])
def test_an_mp_s_seat_is_not_a_person(cue: str) -> None:
    text = (
        "Priya Castellane, the Conservative MP for Wendlebury North, raised the stalled "
        f"estate. “Three years on, there is a fence, a sign and a puddle,” {cue}."
    )
    assert speakers(text) == ["Priya Castellane"]


@pytest.mark.parametrize("door", ["No 10", "Number 10"])
def test_a_spokesman_for_number_ten_speaks_for_downing_street(door: str) -> None:
    text = (
        "Ms Marchbank said she would visit. Last night a "
        f"{door} spokesman said: ‘The Prime Minister is focused on delivery, not pantomime.’"
    )
    assert speakers(text) == ["Downing Street"]


@pytest.mark.parametrize("noun", ["pensioner", "grandmother"])
def test_a_life_stage_noun_in_a_cue_is_the_person_in_focus(noun: str) -> None:
    text = (
        "Grandmother Edna Pilling, 81, who has used the library since she was a girl, was in "
        "tears in the public gallery. “I learned to read in that building,” she said. “They "
        f"told us the building is no longer fit for purpose,” the {noun} added."
    )
    assert speakers(text) == ["Edna Pilling", "Edna Pilling"]


def test_the_governor_is_not_the_lieutenant_governor_named_last() -> None:
    text = (
        "Gov. Dan Pruitt and Lt. Gov. Sam Kerr clashed on Monday over the budget. Kerr said "
        "the governor “has not read the budget he is attacking.” The governor later softened "
        "his tone. “We all want the same thing in the end,” he said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Sam Kerr", "Dan Pruitt"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the titles of the sentence's subject are not those of the one named after it
        (
            "Police chief Ray Holt stood beside the mayor, Dana Lowe. “We will find whoever "
            "did this,” the chief said.",
            "Ray Holt",
        ),
        (
            "Police chief Ray Holt stood beside the mayor, Dana Lowe. “We will find whoever "
            "did this,” the police chief vowed.",
            "Ray Holt",
        ),
        # an office held by "is" or by what the person does in it
        (
            "Ana Pell is the board’s chair. Dan Lowe is its treasurer. “The ferry will run "
            "until March,” the treasurer said.",
            "Dan Lowe",
        ),
        (
            "Mayor Ana Pell spoke first. Dan Lowe directs the food bank. “We are seeing "
            "families we have never seen before,” the director said.",
            "Dan Lowe",
        ),
        (
            "Dan Lowe, who chairs the Harbour Board, listened. Mayor Ana Pell spoke first. "
            "“We had no choice,” the chairman said.",
            "Dan Lowe",
        ),
    ],
)
def test_a_role_noun_finds_the_office_the_article_gave(text: str, name: str) -> None:
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    ("lead", "cue", "speaker"),
    [
        # a British secretary of state is a minister, when no one is a minister by that word
        (
            "Ana Pell, the health secretary, visited Tarn General Hospital.",
            "the minister",
            "Ana Pell",
        ),
        ("Foreign Secretary Ana Pell met Dan Lowe in Tarn.", "the foreign minister", "Ana Pell"),
        # one who is a minister by that word comes first
        ("Foreign Secretary Ana Pell met Foreign Minister Dan Lowe.", "the minister", "Dan Lowe"),
        # and every modifier must fit: a secretary of state is no foreign minister
        ("Secretary of State Ana Pell met Dan Lowe in Tarn.", "the foreign minister", None),
    ],
)
def test_the_minister_may_be_a_secretary_of_state(lead: str, cue: str, speaker: str | None) -> None:
    text = f"{lead} “We will work together on this, whatever it takes,” {cue} said."
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("title", "cue"),
    [("Det. Sgt.", "the detective"), ("Insp.", "the inspector"), ("DCI", "the detective")],
)
def test_police_ranks_in_short_are_titles_and_roles(title: str, cue: str) -> None:
    text = (
        f"Police arrested Dan Lowe, 24, on Friday. {title} Ana Pell led the search. “We are "
        f"not looking for anyone else at this stage,” {cue} said."
    )
    quote = find_quotes(text).quotes[0]
    assert quote.speaker == "Ana Pell"
    assert all(m.name not in ("Det", "Insp") for m in find_mentions(text, 0, len(text)))
