"""US political copy: an unnamed official's aside before "told", "the Rourke White
House", a campaign's media team, and a nickname inside a senator's name."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes


def test_an_official_before_an_aside_is_the_speaker_not_the_paper_told() -> None:
    text = (
        "The White House was equally cool. A senior White House official, speaking on "
        "condition of anonymity because no response had been agreed, told the Chronicle: "
        "“It is a stunt that will make the border less safe.”"
    )
    assert find_quotes(text).quotes[0].speaker == "White House"


def test_a_presidents_white_house_is_the_white_house() -> None:
    text = (
        "President Thomas Rourke was furious.\n\n"
        "The ruling put “the drinking water of millions at risk,” the Rourke White House "
        "claimed."
    )
    assert find_quotes(text).quotes[0].speaker == "White House"


def test_a_campaigns_media_team_speaks_for_the_campaign() -> None:
    text = (
        "Corinne Ashby was in Dayton on Friday.\n\n"
        "The Ashby campaign's social media team posted: “He doesn't know what state he's in.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Ashby campaign"


def test_a_nickname_inside_a_name_is_neither_a_quote_nor_a_break_in_the_name() -> None:
    text = (
        "Sen. Naomi “Regulate-It-All” Faraday-Lin of Vermont was even more brazen. She "
        "promised to “legislate around this decision.”"
    )
    quotes = find_quotes(text).quotes
    assert [q.text for q in quotes] == ["legislate around this decision."]
    assert quotes[0].speaker == "Naomi Faraday-Lin"


def test_members_listed_between_dashes_after_their_group_speak_jointly() -> None:
    text = (
        "The ruling drew fire.\n\n"
        "Three attorneys general — Rosa Linhares of Vermont, Keith Dunmore of Maryland and "
        "Amara Osei-Bright of Washington — said in a joint statement: “The court has handed "
        "polluters a permission slip.”"
    )
    speaker = find_quotes(text).quotes[0].speaker
    assert speaker == "Rosa Linhares, Keith Dunmore and Amara Osei-Bright"


def test_a_second_verb_after_a_list_of_names_is_the_first_verbs_subjects() -> None:
    text = (
        "The hearing resumed.\n\n"
        "Rep. Hollis Brandt turned to Achterberg, who sat between his attorney, Felix "
        "Dorrance, and his aide, Joel Maas, and asked: “Did you use campaign money?”"
    )
    assert find_quotes(text).quotes[0].speaker == "Hollis Brandt"


def test_he_inside_a_quote_is_never_capitol_hill() -> None:
    text = (
        "Rep. Desmond Achterberg denies any wrongdoing. His former chief of staff testified "
        "on Wednesday.\n\n"
        "Marguerite Solberg, who ran Achterberg’s Capitol Hill office until last fall, told "
        "the panel she had raised concerns twice.\n\n"
        "“He told me, ‘Just put it on the campaign card.’ We never sorted it out,” Solberg "
        "said."
    )
    inner = [q for q in find_quotes(text).quotes if q.text.startswith("Just")]
    assert inner[0].speaker == "Desmond Achterberg"


def test_a_speaker_whose_clause_holds_as_is_not_the_outlet_told() -> None:
    text = (
        "The board voted 4-3.\n\n"
        "Joan Whitacre, who resigned as the high school’s librarian in September after 22 "
        "years, told Forward Column she had watched the fight “with a broken heart.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Joan Whitacre"


def test_the_state_democrat_is_the_lawmaker_tagged_with_that_state() -> None:
    text = (
        "Rep. Brent Hollister (R-Ind.) opened the hearing.\n\n"
        "Ellery-Voss said the findings had been preliminary. “We acted on it,” he said.\n\n"
        "The sharpest exchange came from Rep. Nadia Velasquez (D-Ore.), who has pressed "
        "the company for two years.\n\n"
        "“Do you know how many 13-year-olds are on your platform?” asked the Oregon Democrat."
    )
    assert find_quotes(text).quotes[-1].speaker == "Nadia Velasquez"


def test_an_officials_account_is_the_official() -> None:
    text = (
        "Rep. Simone Achterberg was blunter. In a post from her official account, "
        "@RepAchterberg, the congresswoman wrote: “RELEASE THE TAPE.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Simone Achterberg"


def test_a_so_called_law_is_not_the_group_that_posted() -> None:
    text = (
        "The Senate passed the so-called “Safe Homes Act” on a 51-47 vote.\n\n"
        "The Old Dominion Firearms Alliance did not mince words. “SEE YOU IN COURT,” the "
        "group posted."
    )
    assert find_quotes(text).quotes[-1].speaker == "Old Dominion Firearms Alliance"


def test_the_congresswoman_is_the_woman_among_the_representatives() -> None:
    text = (
        "Rep. Brent Hollister (R-Ind.) opened the hearing. Rep. Nadia Velasquez (D-Ore.) "
        "pressed the company's chief executive, Marcus Ellery.\n\n"
        "“I don't have that number in front of me,” Ellery replied.\n\n"
        "“You don't have it, or you won't give it?” the congresswoman shot back."
    )
    assert find_quotes(text).quotes[-1].speaker == "Nadia Velasquez"


def test_a_sentence_opened_by_the_state_and_party_of_a_tagged_member_is_theirs() -> None:
    text = (
        "Secretary Miriam Oyelaran testified on Tuesday. “Nine in ten callers now get through,” "
        "she said.\n\n"
        "Rep. Tamsin Garrow (R-Fla.) was not convinced. “You lost the public’s trust,” Garrow "
        "said. The Florida Republican then confronted Oyelaran with last spring’s testimony. "
        "“Was that true, or was it spin?” she asked."
    )
    assert [q.speaker for q in find_quotes(text).quotes][-1] == "Tamsin Garrow"


def test_the_challenger_is_the_candidate_in_focus() -> None:
    text = (
        "Republican Brock Tallow put Gov. Marjorie Ellis on the defensive on Thursday night. "
        "Tallow, a state senator, came out swinging. “Under this governor, property taxes "
        "have gone up 38 percent,” the challenger said in his first answer."
    )
    assert find_quotes(text).quotes[0].speaker == "Brock Tallow"


@pytest.mark.parametrize("member", ["the Fenwick County Republican", "the Harlan City Democrat"])
def test_a_party_member_by_county_is_the_person_in_focus_not_a_name(member: str) -> None:
    text = (
        "Senate Majority Leader Kent Varga said the party would push an amendment. “If four "
        "justices will not enforce the law, we will write it into the Constitution,” "
        f"{member} said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Kent Varga"]


def test_words_a_video_shows_someone_saying_are_theirs_not_the_critics() -> None:
    text = (
        "Rep. Dale Corrigan torched Senate candidate Mira Holloway on Monday after a resurfaced "
        "video showed her calling police budgets “a relic of a darker era.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Mira Holloway"]


def test_an_agency_spokesperson_speaks_for_the_administration_named_before() -> None:
    text = (
        "Democrats are demanding answers from Federal Range Administration chief Rowan Tallis "
        "over a grazing contract.\n\n“The contract followed every rule,” an agency spokesperson "
        "said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Federal Range Administration"]


def test_the_partys_senate_candidate_is_the_person_not_the_senate() -> None:
    text = (
        "Ines Calloway stood on a folding chair at the diner on Saturday.\n\n"
        "“I want to read you something,” the Democratic Senate candidate told the crowd."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ines Calloway"]


def test_a_states_demonym_is_the_member_named_from_that_state() -> None:
    text = (
        "Senate Republicans elected Senator Lucius Harrow of Texas as their leader over "
        "Senator Bram Oakes.\n\nMajority Leader Corliss Ambry noted that the Texan had once "
        "described bipartisan talks as “surrender with extra steps.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Lucius Harrow"]


def test_the_family_named_by_its_surname_speaks_for_itself() -> None:
    text = (
        "Representative Amos Dunmore of Maine died Saturday. His family announced the death "
        "in a statement. “Dad didn’t want anyone fussing over him,” the Dunmore family said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Dunmore family"]


def test_words_read_out_as_someone_elses_answer_are_theirs() -> None:
    text = (
        "House Minority Leader Berit Okafor said Democrats would hold firm.\n\n"
        "On Monday, Speaker Wendell Thorn held up his phone at a news conference and read "
        "the minority leader’s answer aloud — “Nearly all of them. Enough.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Berit Okafor"]
