"""Bodies as speakers: a committee or an administration named by what it belongs to."""

from __future__ import annotations

import pytest

from desktop.core.model import Quote
from desktop.core.quotes import find_quotes


def quotes_of(text: str) -> list[Quote]:
    return list(find_quotes(text).quotes)


def test_it_after_the_committee_for_a_party_is_that_party() -> None:
    text = (
        "A group of 12 Democrats and 9 Republicans in the Senate wrote to the minister.\n\n"
        "The campaign committee for Assembly Republicans opened an attack on Friday. "
        "Pensioners, it said, will pay because the ferry tax is “a raid on every harbour "
        "town.”"
    )
    assert quotes_of(text)[0].speaker == "Assembly Republicans"


def test_the_administration_is_the_leader_named_before_it() -> None:
    text = (
        "The Halloway administration reversed itself last year after an outcry.\n\n"
        "Insurers said the cuts went too far. Unveiling its draft rule on Friday, the "
        "administration said it would keep trying to “trim what the plans are overpaid.”"
    )
    assert quotes_of(text)[0].speaker == "Halloway administration"


def test_a_capitalised_adjective_is_not_whose_administration_it_is() -> None:
    text = (
        "Previous administration officials said the plan was sound. A previous plan failed.\n\n"
        "On Friday, the administration said it would “trim what the plans are overpaid.”"
    )
    assert quotes_of(text)[0].speaker != "Previous administration"


def test_an_acronym_for_a_thing_is_not_the_body_that_issued_the_guidance() -> None:
    text = (
        "The Westmark Ferry Authority, or WFA, has new rules for its inspectors. Now "
        "inspectors may issue a Stop Sailing Order, or SSO, which grounds a boat at once. "
        "A captain who receives an SSO must go before the harbour court.\n\n"
        "“When a hull fails its check, the inspector will issue an SSO on the spot,” the "
        "guidance says."
    )
    assert quotes_of(text)[0].speaker == "Westmark Ferry Authority"


def test_an_acronym_with_a_dotted_initial_is_spelled_out() -> None:
    text = (
        "Inspectors at N.W. Harbour and Ferry Safety have new powers.\n\n"
        "“Nobody sails without a check,” NWHFS said in a statement."
    )
    assert quotes_of(text)[0].speaker == "N.W. Harbour and Ferry Safety"


def test_as_the_paper_puts_it_before_a_quote_names_the_paper() -> None:
    text = (
        "Speaker Tom Venn faces a revolt. The Harbour Courier reported on the rebels' list "
        "of questions.\n\n"
        "Venn wants a vote this week, but as the Courier puts it, “Can we keep defying the "
        "leadership without paying for it?” The rebels meet soon."
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.cue) == ("Harbour Courier", "as the Courier puts it")


def test_a_time_before_the_subject_is_not_part_of_it() -> None:
    text = (
        "The National Rescue Service said 600 people had lost their homes.\n\n"
        "On Tuesday evening the rescue service said on X: ‘Teams have now reached all 14 "
        "villages in the valley.’"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["National Rescue Service"]


def test_a_body_named_after_its_valley_is_a_body_not_a_place() -> None:
    text = (
        "Brackley Water was fined on Monday.\n\n"
        "The firm that ran the site until last year, Kell Valley Operations, said it had "
        "raised concerns. “Our engineers flagged the tank in writing six times,” it said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Kell Valley Operations"]


def test_the_band_is_the_band_named_before_though_no_word_says_band() -> None:
    text = (
        "Indie favourites Hollow Lantern have split after twelve years.\n\n"
        "“We have grown in different directions,” the band wrote in a post on Tuesday."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Hollow Lantern"]


def test_an_office_named_after_a_title_is_a_body_by_its_whole_name() -> None:
    text = (
        "Harlan Voss was convicted on all three counts on Friday.\n\n"
        "“The family waited two years for this day,” according to a statement from the "
        "Tarrow County District Attorney's Office.\n\n"
        "“We will appeal,” Voss's lawyer, Ines Marr, said."
    )
    quotes = find_quotes(text).quotes
    assert quotes[0].speaker == "Tarrow County District Attorney's Office"
    assert quotes[1].speaker == "Ines Marr"


def test_a_body_itself_is_the_body() -> None:
    text = (
        "The Federal Grain Board lost the case on Monday.\n\n"
        "The board itself said in a statement that it was “reviewing the ruling and its "
        "consequences” for some 9,000 licences."
    )
    assert find_quotes(text).quotes[0].speaker == "Federal Grain Board"


def test_a_state_gop_is_a_body() -> None:
    text = (
        "Rep. Dale Achter has denied any wrongdoing.\n\n"
        "“He treated his donors like a travel agency,” the Minnesota GOP said."
    )
    assert find_quotes(text).quotes[0].speaker == "Minnesota GOP"


def test_a_body_called_by_the_start_of_its_name_is_named_in_full() -> None:
    text = (
        "The regulator has ordered Brannock Hill Minerals to stop using its dam.\n\n"
        "Brannock Hill insists the dam is safe. “The wall is sound,” the company said.\n\n"
        "A company spokesman told KVR: “We are looking into the cause of the seepage.”"
    )
    quotes = find_quotes(text).quotes
    assert [q.speaker for q in quotes] == ["Brannock Hill Minerals"] * 2


def test_a_body_keeps_its_short_name_before_a_legal_form_or_another_body() -> None:
    text = (
        "Orlen Water Ltd was fined on Tuesday. The Orlen Water Workers Union welcomed it.\n\n"
        "Orlen Water admits the spill. “We are deeply sorry,” the company said.\n\n"
        "“No student will lose credit,” the Tamarack University said. The Tamarack "
        "University Faculty Association disagreed."
    )
    quotes = find_quotes(text).quotes
    assert quotes[0].speaker == "Orlen Water"
    assert quotes[1].speaker == "Tamarack University"


def test_the_company_is_the_one_whose_board_acted_not_a_named_executive() -> None:
    text = (
        "Orrin Maritime rejected a takeover approach from Castellan Freight Group.\n\n"
        "Castellan raised its offer. “Our offer is final,” Castellan chief executive "
        "Mireille Adjoran said.\n\n"
        "Orrin’s board was unmoved. “The proposal undervalues Orrin,” the company said."
    )
    assert find_quotes(text).quotes[1].speaker == "Orrin Maritime"


def test_the_regulator_is_the_regulating_body_named_before() -> None:
    text = (
        "Any deal would face scrutiny from the Belmoran Competition Authority, because the "
        "two groups would run five of the eight berths. The regulator said it was “aware of "
        "the approach” and would look at it."
    )
    assert find_quotes(text).quotes[0].speaker == "Belmoran Competition Authority"


def test_an_office_named_after_a_title_keeps_the_state_it_serves() -> None:
    text = (
        "The trial ended on Friday.\n\n"
        "The Prosecutor General's Office of the Republic of Qaraztan noted that the trial "
        "had been held “in full conformity with the law and with defence counsel present”."
    )
    assert find_quotes(text).quotes[0].speaker == (
        "Prosecutor General's Office of the Republic of Qaraztan"
    )


def test_the_bank_is_the_bank_named_before() -> None:
    text = (
        "Estrelia's central bank cut its main rate on Thursday, the Central Bank of Estrelia "
        "said.\n\n"
        "“Inflation has eased faster than expected,” the bank said in its policy statement."
    )
    assert find_quotes(text).quotes[0].speaker == "Central Bank of Estrelia"


def test_the_company_is_never_the_river_it_polluted() -> None:
    text = (
        "Karsten Ridge shares slide as regulator halts leaking dam\n\n"
        "Shares in Karsten Ridge Minerals fell 11 per cent after the regulator ordered the "
        "miner to stop pumping waste into a dam that has been leaking into the Millbeck river "
        "since Tuesday.\n\n"
        "The company first disclosed the problem on Wednesday. “Seepage was detected at the "
        "north wall,” it said.\n\nThe Millbeck River Trust said it was alarmed."
    )
    assert find_quotes(text).quotes[0].speaker == "Karsten Ridge Minerals"


def test_a_government_and_a_federation_agreeing_together_are_one_joint_speaker() -> None:
    text = (
        "After four days of talks, the Kestranian government and the Upland Federation have "
        "agreed to ‘a cessation of hostilities along the Dravna line’ from Tuesday."
    )
    speaker = find_quotes(text).quotes[0].speaker
    assert speaker == "Kestranian government and Upland Federation"


def test_a_body_whose_name_holds_a_plural_possessive_keeps_it() -> None:
    text = (
        "The square filled by noon.\n\n"
        "The organisers, who call themselves the Tashqala Residents' Council, said in a post "
        "on Sunday: “Today the city spoke.”\n\n"
        "“Nobody threw a stone,” the Tashqala Residents' Council added."
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Tashqala Residents' Council"] * 2


def test_the_press_service_is_the_body_it_was_named_as_serving() -> None:
    text = (
        "TASHQALA, 2 March. According to the press service of the Main Department of "
        "Internal Affairs of Tashqala region, about 800 people took part.\n\n"
        "“The great majority behaved peacefully,” the press service said."
    )
    speaker = find_quotes(text).quotes[0].speaker
    assert speaker == "Main Department of Internal Affairs of Tashqala region"


def test_the_group_is_the_body_whose_chapter_acted() -> None:
    text = (
        "The Harrow Minutemen’s Oregon chapter has got involved in the standoff between the "
        "senators and the majority. The paramilitary group, known for its anti-government "
        "views, said in a post: “We will keep these senators safe.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Harrow Minutemen"


def test_it_in_a_sentence_about_a_report_of_unknown_authorship_is_nobody() -> None:
    text = (
        "Teachers criticised the paper on Monday. The Harvest Riots, they said, were left out.\n\n"
        "The report compares the reform league of the 1890s to the guild rulers of Tarrow, "
        "whom it said “wanted every decision made by a handful of appointed clerks.”"
    )
    assert find_quotes(text).quotes[0].speaker is None


def test_the_force_is_the_police_named_before() -> None:
    text = (
        "Orran Valley Police arrested a man on Tuesday.\n\n"
        "“Enquiries are ongoing,” the force said in a statement."
    )
    assert find_quotes(text).quotes[0].speaker == "Orran Valley Police"


def test_a_trust_named_for_two_places_is_one_body() -> None:
    text = (
        "By lunchtime the Talbury and Reeve NHS Trust had declared a critical incident.\n\n"
        "Dr Mina Osei, a consultant, described the scene. Another doctor agreed.\n\n"
        "In a statement, the trust said: ‘We are extremely sorry that some patients have "
        "waited far longer than they should.’"
    )
    assert quotes_of(text)[0].speaker == "Talbury and Reeve NHS Trust"
    # Two people, or a first name and a body, are not one body.
    pair = "Ann and Vesk Council officers met on Monday. “We will talk again soon,” Ann said."
    assert quotes_of(pair)[0].speaker != "Ann and Vesk Council"


def test_a_body_named_with_and_inside_that_acts_and_says_is_the_whole_body() -> None:
    # "The Food and Drug Administration announced … and said …": not "Food"
    text = (
        "The Food and Drug Administration announced the recall on Monday and said consumers "
        "should “stop using the product immediately and throw it away.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Food and Drug Administration"]


def test_a_union_named_without_the_word_union_is_the_union_not_the_company() -> None:
    text = (
        "Quillfield Systems cut 612 jobs on Tuesday. Its support staff is represented by "
        "Quillfield Workers United, which organized in 2023. “You do not get to call this a "
        "hard decision,” the union said in a statement. “The reductions are not connected in "
        "any way to union membership,” a company spokesperson said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [
        "Quillfield Workers United",
        "Quillfield Systems",
    ]


def test_a_club_or_a_force_is_the_body_named_by_its_kind() -> None:
    club = (
        "Castlebrook FC sacked their manager on Monday. “We thank Dan for his service and "
        "wish him well,” a club statement read."
    )
    force = (
        "Westfield Police arrested two men on Monday. “Both men remain in custody and "
        "inquiries are continuing,” a force spokesman said."
    )
    assert [q.speaker for q in quotes_of(club) + quotes_of(force)] == [
        "Castlebrook FC",
        "Westfield Police",
    ]


def test_a_spokesperson_for_a_body_described_in_lower_case_is_the_body_so_named() -> None:
    text = (
        "The Westfield Housing Ministry published the figures on Monday. “The figures speak "
        "for themselves,” said a spokesperson for the housing ministry.\n\n"
        "Westfield Council approved the budget on Monday. “The budget protects every "
        "front-line service,” said a spokeswoman for the local authority."
    )
    assert [q.speaker for q in quotes_of(text)] == [
        "Westfield Housing Ministry",
        "Westfield Council",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a firm named by its trade, not the department that investigates it
        (
            "Marrowby Health disclosed in a filing on Friday that the Justice Department had "
            "opened an inquiry into its billing. The company said in the filing that it was "
            "“cooperating fully with the inquiry.”",
            "Marrowby Health",
        ),
        # "the bank" is the bank fined, not the authority that fined it
        (
            "The Financial Conduct Authority fined Cardwell & Rusk £27 million on Tuesday. The "
            "regulator said the bank had ignored “obvious red flags”. The bank said it had "
            "“accepted the findings in full”.",
            "Cardwell & Rusk",
        ),
    ],
)
def test_the_company_or_the_bank_is_the_firm_in_focus(text: str, speaker: str) -> None:
    assert find_quotes(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # staff introduced with their firm, then named by their trade
        (
            "Analysts at Sterling Hythe downgraded Dovecote Telecom on Thursday. “We struggle "
            "to see how the dividend survives,” the analysts wrote in a note to clients.",
            "Sterling Hythe",
        ),
        # the minutes of a body's meeting are the body's
        (
            "Minutes of the Harrow Reserve’s latest policy meeting showed that officials were "
            "worried. “Many participants noted that risks had increased,” the minutes said.",
            "Harrow Reserve",
        ),
        # a prime minister's spokesman, where the article names Downing Street
        (
            "Downing Street has refused to rule out cuts. Asked about the Chancellor, the "
            "Prime Minister’s official spokesman said: ‘He has full confidence in her.’",
            "Downing Street",
        ),
    ],
)
def test_a_bodys_staff_minutes_or_spokesman_named_by_their_role(text: str, speaker: str) -> None:
    assert find_quotes(text).quotes[-1].speaker == speaker
