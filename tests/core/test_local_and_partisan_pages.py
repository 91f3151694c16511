"""Speakers on local-news and partisan political pages: a town before "woman", a party
member by state after a time phrase, a debate's turns, a judge the lede leaves unnamed,
roles before a name, and a news release's issuer at a paragraph's end."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_a_town_before_woman_is_nobody() -> None:
    """ "A Dunfield Springs woman was arrested … “…,” she told" gave "Dunfield Springs": the
    town she is from was taken for a person's name."""
    text = (
        "A Dunfield Springs woman was arrested on Monday after a two-month inquiry.\n\n"
        "“I was going to pay it all back before anyone noticed,” she told a detective.\n"
    )
    assert _speakers(text) == [None]


def test_the_state_and_party_after_a_time_phrase() -> None:
    """ "On Thursday, the Tennessee Republican told …. “…,” he said" gave the Colorado
    Democrat quoted before: the time phrase hid the subject."""
    text = (
        "“Funny how the party of safety walked away,” Sen. Rufus Calloway, R-Tenn., posted.\n\n"
        "Sen. Desmond Archuleta, D-Colo., responded: “Rufus, you negotiated this bill with me"
        " for eight months.”\n\n"
        "On Thursday, the Tennessee Republican told reporters that he stood by every word. “He"
        " can call me by my first name all he wants,” he said.\n"
    )
    assert _speakers(text) == ["Rufus Calloway", "Desmond Archuleta", "Rufus Calloway"]


def test_the_one_a_moderator_told_speaks_next() -> None:
    """ "“Thirty seconds,” Whitt told him.\n\n“Ray, you’ve never …”": his turn."""
    text = (
        "“I’d like to respond to that,” Tillotson said.\n\n"
        "“Thirty seconds,” Whitt told him.\n\n"
        "“Ray, you’ve never balanced a budget in your life. I balanced eight of them.”\n"
    )
    assert _speakers(text)[-1] == "Tillotson"


def test_a_judge_the_lede_leaves_unnamed_is_named_next() -> None:
    """ "A federal judge on Friday blocked …, writing that … “…”" then "U.S. District Judge
    Amaris Cole, in a 42-page opinion, said …": her words."""
    text = (
        "A federal judge on Friday blocked the administration from cutting off the grants,"
        " writing that the government had “tried to accomplish by press release what Congress"
        " refused to do by statute.”\n\n"
        "U.S. District Judge Amaris Cole, in a 42-page opinion, said the lawyers “could not"
        " identify a single line of federal law” behind the cutoff.\n"
    )
    assert _speakers(text) == ["Amaris Cole", "Amaris Cole"]


def test_roles_written_before_the_name() -> None:
    """ "Evacuee Shannon Redcloud" and "Collector Anupama Ghoshal" were taken whole."""
    text = (
        "Evacuee Shannon Redcloud said: “We grabbed the birth certificates and the dog and"
        " left.”\n\n"
        "Collector Anupama Ghoshal said: “Over 11,000 people have been moved to relief"
        " camps.”\n"
    )
    assert _speakers(text) == ["Shannon Redcloud", "Anupama Ghoshal"]


def test_a_news_releases_issuer_ends_with_its_paragraph() -> None:
    """ "according to a news release from the Pell County Sheriff’s Office.\n\nDeputies …"
    gave "Pell County Sheriff’s Office.\n\nDeputies" as the release's issuer."""
    text = (
        "A driver was killed early Sunday, according to a news release from the Pell County"
        " Sheriff’s Office.\n\n"
        "Deputies were called to the scene around 2:40 a.m.\n\n"
        "“Speed appears to be a factor, but the investigation is ongoing,” the release said.\n"
    )
    assert _speakers(text) == ["Pell County Sheriff’s Office"]


def test_quotes_in_a_list_of_other_stories_are_not_this_articles() -> None:
    """ "MORE COVERAGE", "LATEST TRANSFER NEWS" and "ALSO ON COURIER:" head other stories'
    headlines; their quoted words were taken for quotes of the article's speakers."""
    text = (
        "“That is how we will rebuild,” Fairlie said.\n\n"
        "MORE COVERAGE\n"
        "• Mayor says ‘we will rebuild’ after Tamsett flood\n"
        "• ‘It looked like the sea’: Hollins Ferry residents describe night of rising water\n\n"
        "ALSO ON COURIER: Cedar Bowl owners ‘looking at every option’ as lease talks stall\n\n"
        "LATEST TRANSFER NEWS\n"
        "• Brevard boss: ‘We couldn’t say no to that money’\n\n"
        "“He is exactly the kind of forward we need,” Verhoeven said.\n"
    )
    assert _speakers(text) == ["Fairlie", "Verhoeven"]


def test_the_teller_goes_on_in_the_same_paragraph() -> None:
    """Guard: "“I can’t give you a day,” Tillery told her. “I can give you my word …”" in one
    paragraph is Tillery going on, not her answer."""
    text = (
        "Brennan stood to ask when owners could go back. “Nobody can tell us anything,” she"
        " said. “I can’t give you a day,” Tillery told her. “I can give you my word that you’ll"
        " hear it from me first.”\n"
    )
    assert _speakers(text)[-1] == "Tillery"


def test_a_platform_after_writing_on_is_no_one() -> None:
    """ "Writing on LinkedIn on Wednesday afternoon, he said" made "on LinkedIn" a person,
    whom the "he" then meant."""
    text = (
        "TandemTab co-founder Jarrah Millane was blunter. Writing on LinkedIn on Wednesday"
        " afternoon, he said: “Regulators just told every founder that the only exit is"
        " offshore.”\n"
    )
    assert _speakers(text) == ["Jarrah Millane"]


def test_a_name_ending_a_clause_before_she_is_no_aside() -> None:
    """ "When a detective interviewed Daugherty, she told him, “…,” according to the
    document" gave no one: "Daugherty, she" was read as "Kim, she added, “…”", an aside
    about Kim, so the one speaking had to be someone else."""
    text = (
        "Cheryl Anne Daugherty, 49, was booked into the county jail on Monday. She was released"
        " later that day.\n\n"
        "When a detective interviewed Daugherty, she told him, “I was going to pay it all back"
        " before anyone noticed,” according to the document.\n"
    )
    assert _speakers(text) == ["Cheryl Anne Daugherty"]


def test_a_name_then_she_added_is_still_an_aside() -> None:
    """Guard: "Kim, she added, “has never …”" is her words about Kim."""
    text = (
        "Tom Kim has led the party since 2019. Ann Lee is its deputy.\n\n"
        "“He is a decent man,” Lee said. Kim, she added, “has never once lied to me in twenty"
        " years.”\n"
    )
    assert _speakers(text) == ["Ann Lee", "Ann Lee"]
