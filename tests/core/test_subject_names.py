"""Cue subjects named: documents, offices, bodies, unnamed people, roles and ages."""

from __future__ import annotations

import pytest

from desktop.core.model import Quote
from desktop.core.quotes import find_quotes

INTRO = (
    "Norlandic Prime Minister Halvard Nessim met Ostrian President Mirela Vostrikova "
    "in Tarn on Monday.\n\n"
)


def quotes_of(text: str) -> list[Quote]:
    return list(find_quotes(text).quotes)


def test_the_report_means_the_body_that_issued_it() -> None:
    text = INTRO + (
        "The Ostrian Fisheries Bureau published a short analysis on Friday. Critics doubted "
        "it. Fisheries’s analysis forecasts a larger catch.\n\n"
        "“Stocks will recover within five years,” the report said."
    )
    assert quotes_of(text)[0].speaker == "Ostrian Fisheries Bureau"


def test_the_letter_means_the_subject_of_the_sentence_that_introduced_it() -> None:
    text = INTRO + (
        "In a letter to Norlandic Trade Minister Oda Brekk, Tarn Mayor Ilse Varga and two "
        "councillors said the harbour would suffer. "
        "“Our boats will rot at their moorings,” the letter reads."
    )
    assert quotes_of(text)[0].speaker == "Ilse Varga"


def test_a_person_s_office_speaks_for_the_person() -> None:
    text = INTRO + "“The talks went well,” Vostrikova's office said in a statement."
    assert quotes_of(text)[0].speaker == "Mirela Vostrikova"


def test_an_unnamed_official_in_the_opening_is_the_person_named_next_for_that_body() -> None:
    text = (
        "New quotas would “ruin every harbour town on the coast,” a senior Tarn Fishers "
        "Guild official told a meeting on Friday. Oskar Lind, the chairman of the Tarn "
        "Fishers Guild, was cheered by the crowd."
    )
    assert quotes_of(text)[0].speaker == "Oskar Lind"


def test_an_unnamed_spokesperson_stays_with_the_body_when_the_next_person_is_unrelated() -> None:
    text = (
        "“The vote was fair,” a Tarn Fishers Guild spokeswoman said on Friday. "
        "Oskar Lind, a trawler captain from Vesk, disagreed."
    )
    assert quotes_of(text)[0].speaker == "Tarn Fishers Guild"


def test_unnamed_people_in_the_plural_speak_for_nobody_named() -> None:
    text = INTRO + (
        "Nessim defended the plan.\n\n"
        "“It is a betrayal of every fisherman,” critics said. “It will not stand.”\n\n"
        "Critics called the plan “a gift to the trawler fleets of the south.”"
    )
    first, second, third = quotes_of(text)
    assert (first.speaker, first.cue) == (None, "critics said")
    assert second.speaker is None  # the run of quotes stays with the unnamed critics
    assert third.speaker is None


def test_officials_of_a_named_body_speak_for_it() -> None:
    text = INTRO + "“The fleet is ready,” Pentagon officials said."
    assert quotes_of(text)[0].speaker == "Pentagon"


def test_a_statement_from_a_person_s_office_is_the_person_s() -> None:
    text = INTRO + (
        "“The border stays open,” said the statement from Nessim's office. "
        "“Trade will grow,” the president's office said."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Halvard Nessim"
    assert second.speaker == "Mirela Vostrikova"


def test_a_memo_obtained_by_a_paper_has_no_named_author() -> None:
    text = INTRO + (
        "Grants would cover “boats, nets and harbour fees for two full seasons,” according "
        "to a memo obtained by the Tarn Courier. The memo said the money “would come from "
        "the coastal fund and from nowhere else.”"
    )
    first, second = quotes_of(text)
    assert first.speaker is None
    assert second.speaker is None


def test_the_lawsuit_means_the_body_suing_not_the_dateline_or_a_bill() -> None:
    text = (
        "VESK (AP) — The Fisheries Department announced Friday it has filed suit against the port "
        "of Tarn over its new harbour fees. The lawsuit argues that the fees, known as "
        "H.B. 12, target small boats. “Tarn passed H.B. 12 knowing it would empty the "
        "harbour of every small boat,” the lawsuit states."
    )
    assert quotes_of(text)[0].speaker == "Fisheries Department"


def test_quotes_after_an_unnamed_aide_stay_unnamed() -> None:
    text = INTRO + (
        "Nessim spoke first.\n\n"
        "“If that story sinks the deal, so be it,” said the Norlandic leadership aide. "
        "Others were calmer. “The ministry knows our position and has known it for weeks.”"
    )
    first, second = quotes_of(text)
    assert first.speaker is None
    assert second.speaker is None


@pytest.mark.parametrize(
    ("cue", "body"),
    [
        ("said one Harbour Board leadership aide", "Harbour Board leadership"),
        ("said the Senate Liberal leadership aide", "Senate Liberal leadership"),
        ("a Senate Democratic aide said", "Senate Democrats"),
    ],
)
def test_an_aide_qualified_by_a_body_speaks_for_the_body(cue: str, body: str) -> None:
    # The policy labels a body's unnamed staff with the body; a person's aide stays nobody.
    text = INTRO + f"“We will not move on the fees this year,” {cue}."
    assert quotes_of(text)[0].speaker == body
    text = INTRO + "“We will not move on the fees this year,” a Nessim aide said."
    assert quotes_of(text)[0].speaker is None


def test_after_a_body_aide_an_uncued_quote_is_not_the_last_person_named() -> None:
    text = INTRO + (
        "Vostrikova told reporters the fees were fair.\n\n"
        "“That is not a realistic strategy,” said the Harbour Board leadership aide. "
        "Others were calmer. "
        "“The ministry knows our position and has known it for weeks.”"
    )
    first, second = quotes_of(text)
    assert first.speaker == "Harbour Board leadership"
    assert second.speaker is None


def test_the_same_aide_speaks_again_for_the_same_body() -> None:
    text = INTRO + (
        "Vostrikova told reporters the fees were fair.\n\n"
        "“That is not a realistic strategy,” said the Harbour Board leadership aide. "
        "Vostrikova left. The same senior aide says talks may fail before spring. One "
        "option is a short delay. “The ministry knows our position and has known it for weeks.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Harbour Board leadership"] * 2


@pytest.mark.parametrize(
    "cue", ["the Pell campaign just announced", "Pell’s campaign said", "the Pell campaign said"]
)
def test_a_campaign_is_a_body_named_after_its_candidate(cue: str) -> None:
    text = (
        "Governor Tom Pell was away on Monday. "
        f"“We are cancelling two rallies out of respect for the families in the storm,” {cue}."
    )
    assert quotes_of(text)[0].speaker == "Pell campaign"


def test_one_official_and_another_stay_unnamed() -> None:
    text = INTRO + (
        "Vostrikova left early.\n\n"
        "“Somewhere there are some old plans gathering dust,” said one official. "
        "“There has been no planning at all,” said another official."
    )
    first, second = quotes_of(text)
    assert (first.speaker, second.speaker) == (None, None)


def test_a_news_agency_that_writes_is_the_source() -> None:
    text = (
        "The court ruled on Friday. As the AP wrote before the ruling: “The new law is among "
        "the toughest in the nation.”\n\n“Voters will need an ID,” Reuters reported."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Associated Press"
    assert second.speaker == "Reuters"


def test_as_one_surgeon_lamented_names_nobody() -> None:
    text = INTRO + (
        "Waiting lists grew. As one surgeon lamented, the quotas “are unfairly prolonging "
        "the wait for every patient in the north.”"
    )
    assert quotes_of(text)[0].speaker is None


def test_the_school_district_means_the_schools_named_before() -> None:
    text = (
        "Vesk Public Schools reached a deal with the teachers' union. The deal is meant to "
        "“undo the harm of earlier unfair treatment,” according to the school district."
    )
    assert quotes_of(text)[0].speaker == "Vesk Public Schools"


def test_a_described_surname_is_still_the_person() -> None:
    text = INTRO + "“We have had a whirlwind,” a noticeably upbeat Nessim said."
    assert quotes_of(text)[0].speaker == "Halvard Nessim"


def test_the_58_year_old_is_the_person_given_that_age() -> None:
    text = (
        "Ostrian President Mirela Vostrikova, 58, met Halvard Nessim, 64, in Tarn.\n\n"
        "“We will not move an inch,” the 58-year-old said. "
        "“Nor will we,” the 64 - year - old Norlandic leader replied."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Mirela Vostrikova"
    assert second.speaker == "Halvard Nessim"


@pytest.mark.parametrize(
    "aged",
    [
        "The 48-year-old Pell said: “I leave with my head held high.”",
        "Pell, a 48-year-old former striker, said: “I leave with my head held high.”",
    ],
)
def test_an_age_given_before_or_after_a_surname_tells_who_the_aged_speaker_is(
    aged: str,
) -> None:
    text = (
        "Castlebrook have sacked manager Mark Pell and appointed Dan Lowe, who was at "
        "Westfield. Lowe was unveiled on Monday.\n\n"
        + aged
        + "\n\n“I am excited to be here,” the 56-year-old said of his new club. "
        "“Nor will the 48-year-old be missed,” he added."
    )
    speakers = [q.speaker for q in quotes_of(text)]
    assert speakers[0] == "Mark Pell"
    assert speakers[1] == "Dan Lowe"  # "the 56-year-old" is not the one aged 48


def test_they_far_from_any_named_group_stays_unnamed() -> None:
    filler = "The harbour was quiet that week and the boats stayed in. " * 12
    text = (
        "Senate Democrats backed the quota bill in March.\n\n" + filler + "\n\n"
        "More than 300 licensed skippers condemned the bill. In an open letter, they write "
        "that it would undermine “the rules and customs of our harbour life.”"
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.verb) == (None, "write")


def test_an_inverted_cue_with_unnamed_people_in_a_city() -> None:
    text = INTRO + "“Our bodies, our boats,” chanted young activists in Tarn on Saturday."
    assert quotes_of(text)[0].speaker is None


def test_the_senator_means_the_person_titled_sen() -> None:
    text = (
        "Sen. Tom Brell spoke after Governor Ann Lee. Lee left early.\n\n"
        "“We will need every vote,” the senator said."
    )
    assert quotes_of(text)[0].speaker == "Tom Brell"


def test_a_body_named_with_a_group_noun_keeps_its_whole_name() -> None:
    text = INTRO + "“The plan fails every family,” Parents for Open Harbours said."
    assert quotes_of(text)[0].speaker == "Parents for Open Harbours"


def test_a_statement_from_an_office_is_its_holders() -> None:
    text = (
        "Senator Orla Quist met Governor Bram Tolle in Vesk on Friday.\n\n"
        "“It was a waste of time,” a statement from Quist’s office said."
    )
    assert quotes_of(text)[0].speaker == "Orla Quist"


def test_the_organization_is_the_name_the_article_calls_its() -> None:
    text = (
        "Harbour Watch and its supporters blamed the videos. “We share the concerns of many "
        "people in this town,” the organization said in a statement."
    )
    assert quotes_of(text)[0].speaker == "Harbour Watch"
    text = (
        "Bram Tolle opened the port. “We share the concerns of many people in this town,” "
        "the organization said in a statement."
    )
    assert quotes_of(text)[0].speaker is None


def test_a_plural_subject_may_continue_the_quote() -> None:
    text = (
        "The Vesk Harbour Board published its report. “The port is too small,” the board "
        "writes. “It must grow by half within ten years,” the authors continue."
    )
    quotes = quotes_of(text)
    assert quotes[1].cue == "the authors continue"


@pytest.mark.parametrize(
    ("opening", "noun", "body"),
    [
        ("Vesk Shipping raised its fees on Monday.", "company", "Vesk Shipping"),
        ("The environmental group Greenfin opposes the fee.", "group", "Greenfin"),
    ],
)
def test_the_company_or_group_is_the_name_the_article_treats_as_a_body(
    opening: str, noun: str, body: str
) -> None:
    text = f"{opening} “The increase reflects higher fuel costs,” the {noun} said."
    assert quotes_of(text)[0].speaker == body


def test_a_company_spokesperson_speaks_for_the_company_in_focus() -> None:
    text = (
        "Vesk Shipping raised its fees on Monday. "
        "“The increase reflects higher fuel costs,” a company spokesperson said."
    )
    assert quotes_of(text)[0].speaker == "Vesk Shipping"


@pytest.mark.parametrize(
    ("cue", "body"),
    [
        ("the Ostrian Women’s March said", "Ostrian Women’s March"),
        ("the Vesk Children’s Hospital said", "Vesk Children’s Hospital"),
        ("the Tarn Fishers’ Union said", "Tarn Fishers’ Union"),
    ],
)
def test_a_plural_possessive_inside_a_body_name_stays_in_it(cue: str, body: str) -> None:
    text = f"Thousands joined the rally. “We will fight back like we always have,” {cue}."
    assert quotes_of(text)[0].speaker == body


def test_the_noun_heading_a_name_means_that_name() -> None:
    text = "The Vesk Water Utility disagrees. “The water is safe,” the utility said in a statement."
    assert quotes_of(text)[0].speaker == "Vesk Water Utility"
    text = INTRO + "Ostrian President Mirela Vostrikova left. “We are done,” the president said."
    assert quotes_of(text)[0].speaker == "Mirela Vostrikova"


def test_one_list_of_body_nouns_serves_every_module() -> None:
    text = (
        "The Tarn Port Authority raised its fees. "
        "“Every harbour on the coast charges this much,” the port authority said."
    )
    assert quotes_of(text)[0].speaker == "Tarn Port Authority"
    text = (
        "The Tarn Port Authority raised its fees. The authority also cut its hours, "
        "citing “a shortage of trained pilots.”"
    )
    assert quotes_of(text)[0].speaker == "Tarn Port Authority"


def test_the_authors_of_a_report_are_the_body_in_focus() -> None:
    text = (
        "The Vesk Harbour Commission published its report on Friday. “The port is too "
        "small,” the commission writes. “It must grow by half,” the authors continue."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Vesk Harbour Commission"] * 2


def test_the_campaign_is_the_campaign_named_before_or_nobody_named() -> None:
    quoted = "“We are cancelling two rallies out of respect for the families in the storm,”"
    named = f"Governor Tom Pell was away. The Pell campaign cut events. {quoted} the campaign said."
    assert quotes_of(named)[0].speaker == "Pell campaign"
    unnamed = f"Governor Tom Pell was away. {quoted} The campaign said."
    assert quotes_of(unnamed)[0].speaker is None


def test_the_groups_are_the_body_named_with_its_fellows() -> None:
    text = (
        "The Harbour Workers Union and 14 other coastal groups on Monday urged Tarn Mayor "
        "Ilse Varga to keep the ferry running. The groups made their case in a letter to "
        "Varga and two councillors.\n\n"
        "“The ferry is the only road many of our members have to their jobs,” they wrote.\n\n"
        "Varga said she would reply soon. “Cutting the ferry would cost the town far more "
        "than it saves,” the groups wrote."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Harbour Workers Union"] * 2


def test_the_countries_are_the_two_countries_that_spoke_together() -> None:
    text = (
        "Ties between Norway and Finland have grown warmer this year. Norway and Finland "
        "said in a joint note on Sunday that the countries would patrol the strait together.\n\n"
        "“No ship will pass our waters unseen from now on,” the countries said."
    )
    assert quotes_of(text)[0].speaker == "Norway and Finland"


def test_unnamed_fellow_groups_are_the_body_in_focus() -> None:
    text = (
        "The Tidewater Youth Alliance told reporters that it would march again with other "
        "student groups on Friday.\n\n"
        "“Our generation will not wait another decade for clean water,” the student groups said."
    )
    assert quotes_of(text)[0].speaker == "Tidewater Youth Alliance"


def test_a_body_named_with_its_number_keeps_the_number() -> None:
    text = (
        "Members of Governor Tom Pell’s 1912 Commission published their findings on Friday. "
        "The commission, set up by Pell last year, argues that the canal must close.\n\n"
        "“The canal has outlived its purpose,” the commission writes."
    )
    assert quotes_of(text)[0].speaker == "1912 Commission"


def test_he_with_nobody_named_is_nobody_not_a_capitalised_event() -> None:
    text = (
        "“This history is stitched together from rumours and wishful thinking,” he said. "
        "The council’s pamphlet compares the strike to the Great Drought and the Salt Riots."
    )
    assert quotes_of(text)[0].speaker is None
    named = text.replace("The council’s", "Historian Tom Lee said the council’s")
    assert quotes_of(named)[0].speaker == "Tom Lee"


def test_a_report_owned_by_the_body_in_lower_case_is_the_body_s() -> None:
    text = (
        "Governor Tom Pell set up the Vesk Harbour Commission last spring. Pell praised "
        "it on Monday. The commission’s report depicts a port in decline. And the old "
        "docks, the report contends, “are a danger to every ship that still calls there.”"
    )
    assert quotes_of(text)[0].speaker == "Vesk Harbour Commission"


def test_the_members_of_a_body_speak_for_the_body() -> None:
    text = (
        "The Vesk Harbour Commission published its report on Friday. Governor Tom Pell "
        "welcomed it.\n\n"
        "“The port must grow by half within ten years,” the commission members argue."
    )
    assert quotes_of(text)[0].speaker == "Vesk Harbour Commission"


def test_they_after_a_body_spoke_is_the_body() -> None:
    text = (
        "The Vesk Harbour Commission published its report on Friday. “The port is too "
        "small,” the commission writes. “It must grow by half,” they wrote."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Vesk Harbour Commission"] * 2


def test_a_body_named_with_a_spaced_possessive_keeps_its_whole_name() -> None:
    text = (
        "Hundreds marched in Tarn on Saturday . “ Women will not be silenced in this "
        "town , ” the Women ’s Guild said . “ We are here to stay for good . ”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Women’s Guild"] * 2


def test_the_aide_is_the_body_of_the_unnamed_source_introduced_before() -> None:
    text = (
        "Senators will vote on the ferry bill on Monday. A Democratic leadership source says "
        "the vote will be close. Several senators want changes.\n\n"
        "“We are happy to spend the days needed so every senator can offer an amendment,” the "
        "aide said."
    )
    assert quotes_of(text)[0].speaker == "Democratic leadership"
    alone = "Senators will vote on Monday. “We are willing to wait for every vote,” the aide said."
    assert quotes_of(alone)[0].speaker is None


def test_the_official_is_the_body_of_the_official_introduced_before() -> None:
    text = (
        "The Vesk Port Authority will delay the new fees. A Vesk Port Authority official "
        "told the Courier the delay gives shippers “time to adjust their routes.”\n\n"
        "“This is good news for every small shipper on the coast,” the official added."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Vesk Port Authority"] * 2


def test_an_acronym_of_a_department_is_the_department_in_full() -> None:
    text = (
        "A Department of Coastal and Inland Waterways official confirmed the delay. "
        "Shippers welcomed it.\n\n"
        "A CIW official said the delay gives shippers “more time to plan their routes.”"
    )
    assert quotes_of(text)[0].speaker == "Department of Coastal and Inland Waterways"


def test_the_paper_is_the_newspaper_named_before() -> None:
    text = (
        "Senator Ann Lee defended the ferry bill. Even the Harbour Courier editorial page "
        "chided the senators who opposed it.\n\n"
        "“The way to settle this is to debate the bill and vote on it,” the paper said."
    )
    assert quotes_of(text)[0].speaker == "Harbour Courier"


def test_the_report_goes_on_to_say_is_the_body_that_argued_in_it() -> None:
    text = (
        "Governor Tom Pell set up the Vesk Harbour Commission last spring. The commission, "
        "chaired by Pell, argues in a report released on the day honouring Admiral Ivo "
        "Brandt that the port is too small. The report goes on to say that “the port has "
        "outlived its purpose and must be rebuilt within a decade.”"
    )
    assert quotes_of(text)[-1].speaker == "Vesk Harbour Commission"


def test_the_group_is_the_body_named_in_quote_marks() -> None:
    text = (
        "Activists plan protests outside the homes of Harbour Board members in Tarn. "
        "The activists are organizing under the moniker “Tide Watch” and have printed the "
        "members’ addresses.\n\n"
        "“Our harbour board routinely sells the coast to the highest bidder,” the group’s "
        "website reads."
    )
    assert quotes_of(text)[-1].speaker == "Tide Watch"


def test_a_relative_clause_with_its_own_subject_is_that_subject_s_quote() -> None:
    text = (
        "The Vesk Harbour Commission published its report on Friday. The report likens the "
        "old port board to rulers like Admiral Ivo Brandt, who it said “sought to rule the "
        "harbour through a few chosen experts.”"
    )
    assert quotes_of(text)[0].speaker == "Vesk Harbour Commission"
    own = text.replace("who it said", "who once said")
    assert quotes_of(own)[0].speaker == "Ivo Brandt"


def test_the_group_is_the_body_the_article_called_a_group() -> None:
    text = (
        "The Tide Wardens group met in Tarn on Friday. The group said in a post, “We will "
        "stand with the fishers whatever it takes to keep them safe.”"
    )
    assert quotes_of(text)[0].speaker == "Tide Wardens"


def test_a_described_subject_still_speaks_through_its_description() -> None:
    text = (
        "The Tide Wardens group met in Tarn on Friday. The group, known for its hostility "
        "to the harbour board, said in a post, “We will stand with the fishers whatever it "
        "takes to keep them safe.”"
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.verb) == ("Tide Wardens", "said")


def test_a_counted_body_is_not_named_by_its_count() -> None:
    text = (
        "The Harbour Party lost 19 seats. 19 Democrats voted against the bill on Friday. "
        "The Democrats met on Monday. “We will not back a bill that sinks the fleet,” the "
        "Democrats said."
    )
    assert quotes_of(text)[0].speaker == "Democrats"


def test_a_plural_possessive_outlet_before_a_name_is_not_part_of_it() -> None:
    analysis = find_quotes(
        "“The ferry stops in winter,” Quay News' Dana Morrow said.\n\n"
        "Quay News' Dana Morrow later asked the minister if the winter crossings would return."
    )
    assert [q.speaker for q in analysis.quotes] == ["Dana Morrow"]
    assert [r.speaker for r in analysis.reported] == ["Dana Morrow"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a letter someone received is not theirs; one from people left unnamed is nobody's
        (
            "Mayor Ana Pell received a letter from residents on Monday. “We have waited six "
            "years for this road to be fixed,” the letter said.",
            None,
        ),
        (
            "Mayor Ana Pell received a letter on Monday. “We have waited six years for this "
            "road to be fixed,” the letter said.",
            None,
        ),
        (
            "Mayor Ana Pell received a letter from Dan Lowe on Monday. “We have waited six "
            "years for this road to be fixed,” the letter said.",
            "Dan Lowe",
        ),
        # whoever wrote to someone wrote the letter
        (
            "Dan Lowe wrote to Mayor Ana Pell on Monday. “We have waited six years for this "
            "road to be fixed,” the letter said.",
            "Dan Lowe",
        ),
    ],
)
def test_the_author_of_a_letter(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ana Pell sued Westfield Bank on Monday. Westfield Bank's lawyers wrote that the "
            "claims were “without merit and will be vigorously defended.”",
            "Westfield Bank",
        ),
        (
            "Ana Pell sued Westfield Bank on Monday. “The claims are without merit and will "
            "be vigorously defended,” the bank’s lawyers said.",
            "Westfield Bank",
        ),
        # a person's lawyers are not the person
        (
            "Prosecutors charged Dan Lowe on Monday. “Our client is innocent and will be "
            "vindicated,” Lowe's lawyers said.",
            None,
        ),
        # lawyers for the body, named after them
        (
            "Lawyers for Brightwater Pharmacy argued in a court filing on Monday that the "
            "lawsuit was “a political stunt.”",
            "Brightwater Pharmacy",
        ),
        (
            "Prosecutors charged Dan Lowe on Monday. Lawyers for Lowe said the case was “a "
            "political stunt.”",
            None,
        ),
    ],
)
def test_a_body_s_lawyers_speak_for_it(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text).quotes] == [speaker]


def test_it_after_a_letter_from_a_body_is_the_body_that_wrote_it() -> None:
    text = (
        "The Coastal Ferry Authority denies any delay. “We sail when the checks are done,” "
        "said its spokeswoman, Ilse Warrender.\n\n"
        "RTX engines were fitted to the fleet last year.\n\n"
        "A letter from the authority to the harbour board, dated 3 May, is more specific. "
        "“The inspection was completed eleven days late,” it states."
    )
    quotes = find_quotes(text).quotes
    assert quotes[1].speaker == "Coastal Ferry Authority"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a second office is not the first one's holder, nor the person in focus
        (
            "Dan Lowe, the Harbour Board’s chairman, said: “We had no choice.” “The chairman "
            "is right,” the vice chairman said.",
            None,
        ),
        # offices by their initials
        (
            "Mayor Ana Pell spoke first. Attorney General Dan Lowe sued on Friday. “We will see "
            "them in court,” the AG said.",
            "Dan Lowe",
        ),
        (
            "Mayor Ana Pell spoke first. District Attorney Dan Lowe filed charges on Friday. "
            "“We will see him in court,” the DA said.",
            "Dan Lowe",
        ),
        # the first and the second of the pair just named
        (
            "Ana Pell and Dan Lowe debated on Tuesday. “It is unsafe,” said the former.",
            "Ana Pell",
        ),
        (
            "Ana Pell and Dan Lowe debated on Tuesday. “It is perfectly safe,” countered the "
            "latter.",
            "Dan Lowe",
        ),
        # the prosecuting attorney is "the prosecutor"; a defence attorney is not
        (
            "Mayor Ana Pell spoke first. District Attorney Dan Lowe filed charges on Friday. "
            "“This was a cold, calculated act,” the prosecutor said.",
            "Dan Lowe",
        ),
        (
            "Mayor Ana Pell spoke first. Defense attorney Dan Lowe asked for bail on Friday. "
            "“This was a cold, calculated act,” the prosecutor said.",
            None,
        ),
        # a lawyer is an attorney is a barrister, but a prosecuting attorney is no "lawyer"
        (
            "Mayor Ana Pell spoke first. Defense attorney Dan Lowe asked for bail on Friday. "
            "“My client never set foot in that building,” the lawyer said.",
            "Dan Lowe",
        ),
        (
            "Mayor Ana Pell spoke first. Rosa Lind’s lawyer, Dan Lowe, asked for bail. "
            "“My client never set foot in that building,” the attorney said.",
            "Dan Lowe",
        ),
        (
            "Mayor Ana Pell spoke first. District Attorney Dan Lowe filed charges on Friday. "
            "“My client never set foot in that building,” the lawyer said.",
            None,
        ),
        (
            "Mayor Ana Pell spoke first. Surgeon Dan Lowe led the team that operated on the "
            "boy. “He is a fighter, and he is going to be fine,” the doctor said.",
            "Dan Lowe",
        ),
        # a parent named by the child, when the parent word fits the name
        (
            "Mayor Ana Pell spoke first. Rosa Lind’s son was hurt in the crash. “He was "
            "everything to me,” the mother said.",
            "Rosa Lind",
        ),
        (
            "Mayor Ana Pell spoke first. Dan Lind’s son was hurt in the crash. “He was "
            "everything to me,” the mother said.",
            None,
        ),
        # an epithet of kin, spelled without hyphens
        (
            "Mayor Ana Pell spoke first. Dan Lowe has volunteered there for a decade. “We are "
            "seeing families we have never seen before,” the grandfather of six said.",
            "Dan Lowe",
        ),
    ],
)
def test_a_role_noun_stands_for_the_one_it_describes(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ana Pell, a former senator, endorsed Dan Lowe on Monday. “He is the leader this "
            "state needs,” the ex-senator said.",
            "Ana Pell",
        ),
        (
            "Dr Ana Pell visited Tarn General Hospital on Monday. “Our nurses are heroes, every "
            "one of them,” the doctor said.",
            "Ana Pell",
        ),
        # a doctor the article introduced unnamed is not Dr Pell
        (
            "Dr Ana Pell visited Tarn General Hospital on Monday. A doctor who treated the "
            "victims said the scene was grim. “Our nurses are heroes, every one of them,” the "
            "doctor said.",
            None,
        ),
    ],
)
def test_a_title_s_role_noun_is_its_holder(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(
    "cue",
    ["it said", "the office said", "the statement said"],
)
def test_an_office_that_released_a_statement_is_its_holder(cue: str) -> None:
    text = (
        "Mayor Ana Pell spoke first. Gov. Dan Lowe’s office released a statement on Friday. "
        f"“The governor acted within the law,” {cue}."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Dan Lowe"]


@pytest.mark.parametrize(
    "lead",
    [
        "Castlebrook sacked Dan Lowe on Monday after six defeats.",
        "Dan Lowe was sacked by Castlebrook on Monday after six defeats.",
        "Castlebrook have sacked manager Dan Lowe after six defeats.",
    ],
)
def test_the_club_is_the_side_that_sacked_its_manager(lead: str) -> None:
    text = f"{lead} “We thank Dan for his service and wish him well,” the club said."
    assert [q.speaker for q in quotes_of(text)] == ["Castlebrook"]


@pytest.mark.parametrize(
    "text",
    [
        "“They remain good friends,” Rosa Lind’s rep told reporters.",
        "“They remain good friends,” a rep for Rosa Lind told reporters.",
        "A rep for Rosa Lind confirmed the split. “They remain good friends,” the rep said.",
        "Rosa Lind’s spokesperson confirmed the split. “They remain good friends,” the "
        "spokesperson said.",
    ],
)
def test_a_person_s_rep_speaks_for_that_person(text: str) -> None:
    assert [q.speaker for q in quotes_of(text)] == ["Rosa Lind"]


def test_a_ruling_is_the_judge_s_when_no_court_is_named() -> None:
    text = (
        "Mayor Ana Pell spoke first. Judge Rosa Lind ruled against the city on Friday. "
        "“The plaintiff has no standing to bring this claim,” the ruling said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Rosa Lind"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dan Lowe bought the paper in 2019. “Journalism still matters to this town,” the "
            "Silicon Valley billionaire said.",
            "Dan Lowe",
        ),
        (
            "Ana Pell lives near the river. “The water came in so fast,” said the Tarn "
            "resident, who lost her car.",
            "Ana Pell",
        ),
        (
            "Dan Lowe was at the game. “It was a great night for the city,” the Lakers fan said.",
            "Dan Lowe",
        ),
        # a host the article never gave that role to: nobody named, never the network
        (
            "Ana Pell spoke on her show on Monday. “This is a scandal, plain and simple,” the "
            "Fox News host said.",
            None,
        ),
    ],
)
def test_a_name_before_an_individual_s_noun_only_describes_them(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Selectwoman Rosa Lind read a statement at the meeting.", "Rosa Lind"),
        # read for someone else: not hers
        ("Rosa Lind read a statement on behalf of her parents.", None),
    ],
)
def test_a_statement_someone_read_out_is_theirs_unless_read_for_others(
    lead: str, speaker: str | None
) -> None:
    text = f"{lead} “We regret the error and the distress it caused,” the statement said."
    assert [q.speaker for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # people of a place speak for no body of that place
        (
            "Protesters outside the Vessey County Courthouse chanted “No justice, no peace” "
            "as jurors arrived.",
            None,
        ),
        ("Workers at the Westfield Steel plant said: “We are scared for our jobs.”", None),
        ("Residents of Westfield Heights told the council: “We are scared.”", None),
        # an official introduced with the body, then one of them
        (
            "Two officials at the Department of Homeland Security said the review had "
            "stopped. “Nobody wants to sign off on this,” one of the officials said.",
            "Department of Homeland Security",
        ),
        # a body of one nation stationed in a city
        (
            "Three diplomats will be expelled. The Kestanian embassy in London said: “This "
            "is regrettable.”",
            "Kestanian embassy in London",
        ),
        # an opening place is no speaker
        (
            "Two aid workers were detained. In Valdor, the Marovian foreign ministry said the "
            "pair had “entered a restricted military zone”.",
            "Marovian foreign ministry",
        ),
        # a former title is no name word
        (
            "Ex-mayor Aske: “I did nothing wrong”\n\nFormer Dunmore Mayor Clifford Aske "
            "insisted on Wednesday that he was innocent.",
            "Clifford Aske",
        ),
    ],
)
def test_groups_offices_and_titles_of_the_speaker(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a capitalised word for the person opening the sentence is no part of the name
        (
            "The Plough has closed after 30 years.\n\nRegular Tony Garside, 59, told the "
            "Gazette: ‘It won’t be the same.’ Garside added: ‘We’ll miss it.’",
            ["Tony Garside", "Tony Garside"],
        ),
        (
            "The restaurant was shut by inspectors. Owner Lucinda Marsh wrote that she was "
            "“heartbroken and embarrassed”.",
            ["Lucinda Marsh"],
        ),
        # the aged one just named when no one is a subject yet, past a who-clause's "as"
        (
            "Kelderton City have signed midfielder Luca Ferrand.\n\nThe 24-year-old, who was "
            "released by the Blues as a teenager, told the club’s website: ‘I knew where I "
            "wanted to be.’",
            ["Luca Ferrand"],
        ),
        # the family of the one the story is about
        (
            "Eoin Madigan, 23, died when his quad bike overturned, an inquest heard. Eoin "
            "Madigan had farmed the land since he was 16.\n\nCoroner Fintan Lyons said: ‘Quad "
            "bikes are unforgiving.’\n\nThe family said: ‘Eoin was our sunshine.’",
            ["Fintan Lyons", "Madigan family"],
        ),
    ],
)
def test_people_named_with_a_word_before_them_or_by_age_or_family(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in find_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a first name with an age, after the full name, is that person
        (
            "Bricklayer Connor Maitland left the show last night.\n\nSpeaking to the host "
            "after his exit, Connor, 27, said: “I have loved every minute.”",
            "Connor Maitland",
        ),
        # an age and a position nobody else holds: the one in focus
        (
            "Lisnavara RFC captain Fergal Dwyer will miss the rest of the season.\n\nThe "
            "29-year-old back-row wrote on X: ‘Gutted doesn’t cover it.’",
            "Fergal Dwyer",
        ),
        # "Englishman" before a name, mid-sentence, is no part of it
        (
            "Tadhg Mulvey faces unbeaten Englishman Marcus Reid in a final eliminator. Reid, "
            "sitting just feet away, smiled and said: “They all say that.”",
            "Marcus Reid",
        ),
    ],
)
def test_a_first_name_an_age_or_a_demonym_before_the_person(text: str, speaker: str) -> None:
    assert find_quotes(text).quotes[0].speaker == speaker
