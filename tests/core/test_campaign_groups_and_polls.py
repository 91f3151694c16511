"""Campaigning groups, polls and letters as culture-war coverage quotes them: a group named
in passing and then "a spokeswoman for the group", a poll's report, a letter that "goes on
to describe", and a name people have for someone, which nobody said."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_a_spokeswoman_for_the_group_named_in_passing() -> None:
    """ "organised by the Hartsmere Arms Trade Coalition … A spokeswoman for the group said"
    gave no one: the group was named as the agent, never as a sentence's subject."""
    text = (
        "The sit-in was organised by the Dunmere Arms Trade Coalition, which wants the college"
        " to sell its stake.\n\n"
        "A spokeswoman for the group said the email was “a crude attempt to intimidate young"
        " people into silence.”\n"
    )
    assert _speakers(text) == ["Dunmere Arms Trade Coalition"]


def test_people_against_something_is_one_body() -> None:
    """ "Dunmere Students Against the Arms Trade" was cut to "Arms Trade" (its "Against"
    read as a headline's word), so its spokeswoman spoke for nobody."""
    text = (
        "The sit-in was organised by Dunmere Students Against the Arms Trade, which wants the"
        " college to sell its stake.\n\n"
        "A spokeswoman for the group said the email was ‘a crude attempt to intimidate young"
        " people’. ‘We are not going anywhere until the college divests,’ she added.\n"
    )
    assert _speakers(text) == ["Dunmere Students Against the Arms Trade"] * 2


def test_the_report_of_a_poll_released_on_a_weekday_by_a_centre() -> None:
    """ "A poll released Monday by the … Center for Civic Research … The report itself
    cautions that" gave no one (the weekday stood between "released" and "by", and a poll
    was no report), and once found, the name ran on into the next sentence."""
    text = (
        "A poll released Monday by the Tallowby Center for Civic Research found wide"
        " opposition.\n\n"
        "Fifty-seven percent of respondents said they opposed the bill.\n\n"
        "The report itself cautions that “opinions on the ban remain unusually sensitive to"
        " question wording.”\n"
    )
    assert _speakers(text) == ["Tallowby Center for Civic Research"]


def test_a_letter_that_goes_on_to_describe() -> None:
    """ "The document goes on to describe the bill as “…”": the letter's issuers, as "went
    on to call" was already."""
    text = (
        "The Conference of Pellmouth Bishops released a pastoral letter on Tuesday.\n\n"
        "The document goes on to describe the bill as “a frontal assault on the free exercise"
        " of religion” and urges Catholics to write to their representatives.\n"
    )
    assert _speakers(text) == ["Conference of Pellmouth Bishops"]


def test_a_name_people_have_for_someone_is_no_quote() -> None:
    """ "conservatives have a name for him: “Injunction Ike.”" was taken for someone's words."""
    text = (
        "He has become the left’s favorite judge — and conservatives have a name for him:"
        " “Injunction Ike.”\n\n"
        "“We were never going to win this case by shouting,” said Tom Vail, a lawyer.\n"
    )
    found = [q.text for q in find_quotes(text).quotes]
    assert found == ["We were never going to win this case by shouting,"]


def test_a_survey_question_and_a_sign_stay_quotes() -> None:
    """Guard: the PAC gold counts a survey's question and a sign's words as quotes."""
    text = (
        "Respondents were asked: “Would you rather the police spend more time in your area?”\n\n"
        "One protester’s sign read: “Keep your hands off our bodies.”\n"
    )
    assert len(find_quotes(text).quotes) == 2


def test_a_quote_set_alone_credited_by_the_next_paragraph() -> None:
    """ "“…”\n\nThat warning, delivered Monday by Attorney General Lucinda Marsh at a news
    conference, …": her words, though no cue stands beside them."""
    text = (
        "“Anyone who ships these pills into this state is committing a felony, and we will"
        " treat it as one.”\n\n"
        "That warning, delivered Monday by Attorney General Lucinda Marsh at a news conference"
        " in the capitol, was aimed at out-of-state doctors.\n"
    )
    assert _speakers(text) == ["Lucinda Marsh"]


def test_the_paragraph_after_a_lone_quote_that_names_no_one_credits_no_one() -> None:
    """Guard: "That claim, repeated online for weeks, …" names nobody after "by"."""
    text = (
        "“The water in the reservoir has been poisoned for years.”\n\n"
        "That claim, repeated online for weeks, has no basis, the utility says.\n"
    )
    assert _speakers(text) == [None]


def test_the_bishops_conference_and_the_bishops() -> None:
    """ "The Ardmoyle Bishops’ Conference" was cut at its possessive to "Conference", and
    "the bishops wrote" then gave "Ardmoyle Bishops": one body, named for its members."""
    text = (
        "The Pellbridge Bishops’ Conference has accused the Government of waging “a quiet"
        " campaign of attrition” against denominational schools.\n\n"
        "“Parents who choose a Catholic education for their children are entitled to that"
        " choice,” the bishops wrote.\n"
    )
    assert _speakers(text) == ["Pellbridge Bishops’ Conference"] * 2


def test_the_head_of_a_body_named_with_of_before_the_title() -> None:
    """ "Board of Supervisors Chairman Dwight Lamoreaux" and "Bank of Harlow Governor Ann
    Crane" were read as bodies, so "he told" fell to the judge named before."""
    text = (
        "U.S. District Judge Marcus Villanueva-Stoltz found that the display “conveys an"
        " unmistakable message of government endorsement.”\n\n"
        "Board of Supervisors Chairman Dwight Lamoreaux was furious. “Sixty-three years, and"
        " nobody had a problem until the lawyers showed up,” he told reporters.\n\n"
        "Bank of Harlow Governor Ann Crane said rates would “stay where they are for now.”\n"
    )
    assert _speakers(text) == ["Marcus Villanueva-Stoltz", "Dwight Lamoreaux", "Ann Crane"]


def test_leaders_of_a_church_are_the_church() -> None:
    """ "Leaders of the Church of the Restored Covenant have reaffirmed" gave "Restored
    Covenant" as a person: the body is the church."""
    text = (
        "Leaders of the Church of the Restored Covenant have reaffirmed the church’s teaching,"
        " in a letter read aloud on Sunday.\n\n"
        "“We love all of God’s children, and we invite everyone to worship with us,” the"
        " letter states.\n"
    )
    assert _speakers(text) == ["Church of the Restored Covenant"]


def test_the_pollster_is_the_one_just_named() -> None:
    """ "Lattimore said she stood by her reading. “…,” the pollster said" gave no one."""
    text = (
        "“That is a consensus number,” said Joan Lattimore, director of survey research at"
        " Harcastle.\n\n"
        "Lattimore said she stood by her reading of the data. “Both things are true at once,”"
        " the pollster said.\n"
    )
    assert _speakers(text) == ["Joan Lattimore", "Joan Lattimore"]
