"""A match report's speakers: clubs named by their usual short name, "the club" after
its staff acted, and players and managers called by their trade ("the striker")."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

REPORT = (
    "Castlebrook Rovers drew 2-2 with ten-man Dunmarsh United on Saturday.\n\n"
    'Rovers manager Declan Ashworth took the blame. "That is on me," he said.\n\n'
    "Kofi Adebanjo, who now has 14 goals, said his goals meant little. "
    '"I would swap them both for the three points," the striker said.\n\n'
    "Dunmarsh's social media team was quick to celebrate. "
    '"TEN MEN. NEVER SAY DIE," the club posted.\n\n'
    "Rovers said they would review footage of a coin being thrown. "
    '"Anyone identified will be banned for life," the club said.\n\n'
    '"Kill the game, don\'t admire it," the gaffer had told them at half-time, Adebanjo said.'
)


def test_the_manager_and_the_striker_are_the_people_in_focus() -> None:
    speakers = [q.speaker for q in find_quotes(REPORT).quotes]
    assert speakers[0] == "Declan Ashworth"  # "he", not "Rovers" before "manager"
    assert speakers[1] == "Kofi Adebanjo"


def test_the_club_is_the_one_whose_staff_or_name_acted_last() -> None:
    speakers = [q.speaker for q in find_quotes(REPORT).quotes]
    assert speakers[2] == "Dunmarsh United"
    assert speakers[3] == "Castlebrook Rovers"


def test_the_gaffer_is_the_teams_manager() -> None:
    assert find_quotes(REPORT).quotes[4].speaker == "Declan Ashworth"


def test_a_sides_boss_is_its_manager_not_the_side() -> None:
    for boss in ("the Rovers boss", "the visitors' boss"):
        text = (
            "Fintan Mulgrew saw his Harcourt Rovers side win 2-1 away on Saturday. “He told me "
            f"on Friday he was working on his headers, and I laughed at him,” {boss} said."
        )
        assert [q.speaker for q in find_quotes(text).quotes] == ["Fintan Mulgrew"]


def test_the_club_is_the_side_the_report_is_about_not_the_opponent() -> None:
    text = (
        "Piet Vos has been sacked as Harwick Town manager, 20 months after arriving from "
        "the Netherlands.\n\n"
        "He was told on Sunday morning, less than 24 hours after a 4-0 home defeat by fellow "
        "strugglers Dunmore Rovers left Harwick a point above the relegation zone.\n\n"
        "In a statement, the club said: ‘Piet has given everything to this club and leaves "
        "with our gratitude and respect.’"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Harwick Town"]


def test_a_league_named_above_the_club_does_not_speak_for_it() -> None:
    text = (
        "Harwick Town fired its manager, Piet Vos, on Sunday, after a 4-0 home defeat to "
        "Dunmore Rovers left the club one point above the Premier League relegation zone.\n\n"
        "The decision was announced in a brief statement on the club’s website. “Piet has "
        "given everything to this club and leaves with our gratitude,” the statement said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Harwick Town"]


def test_a_country_s_international_is_the_player_not_the_country() -> None:
    for phrase in ("the Ghana international wrote on X", "the former England international said"):
        text = (
            "Kwabena Asante-Mensah, signed for a club-record fee last summer, was among the "
            f"first to pay tribute. ‘Thank you for believing in me, boss,’ {phrase}."
        )
        assert [q.speaker for q in find_quotes(text).quotes] == ["Kwabena Asante-Mensah"]


def test_the_club_is_never_the_radio_station_its_chairman_spoke_to() -> None:
    text = (
        "Kingsmere Town have sacked their manager after eight defeats.\n\n"
        "Roger Haleworth, the chairman, insisted that he gave the manager more time than he "
        "asked for, as supporters turned their anger on the board. Mr Haleworth, a haulage "
        "businessman who bought the club in 2019, was speaking on Kingsmere FM’s breakfast "
        "programme on Tuesday. Kingsmere FM said the phone lines were jammed for an hour. "
        "‘Neil sat in my office in August and said, “Give me ten "
        "games.” I gave him eighteen,’ he said.\n\n"
        "He said he had telephoned the manager on Monday morning, an hour before the news "
        "broke. ‘It was a short call. He was very dignified about it,’ Mr Haleworth said.\n\n"
        "The club announced the departure in a statement, which ended: ‘The club would like "
        "to thank Neil for his hard work.’"
    )
    assert find_quotes(text).quotes[-1].speaker == "Kingsmere Town"


def test_a_sides_boss_is_its_manager_even_after_the_other_manager_spoke() -> None:
    # Orme spoke last and is in focus; the Rovers boss is the manager named first
    text = (
        "The Wexham Rovers manager, Lee Duff, was furious after the match. His counterpart, "
        "Paul Orme, was more relaxed. “We deserved the point today, no question,” Orme said. "
        "The Rovers boss disagreed: “That was never a penalty in a million years.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Paul Orme", "Lee Duff"]


def test_the_manager_is_not_his_assistant() -> None:
    text = (
        "Kelby Rovers drew 2-2 with Port Allard on Saturday. “For 45 minutes we were a pub "
        "team,” said assistant manager Noel Skerritt, who took the team talk while Fintan "
        "Mulgrew dealt with a family matter.\n\nMulgrew returned for the second half. “I "
        "laughed at him, I really did,” the Rovers boss said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Noel Skerritt", "Fintan Mulgrew"]


def test_words_before_a_name_that_close_a_quote_give_that_name_no_role() -> None:
    # "the coach had told them" is the quote's clause, not an appositive of Adebanjo
    text = (
        "Coach Tom Reyes was furious at half-time. “Kill the game, don’t admire it,” the coach "
        "had told them, Kofi Adebanjo said. After the match, Adebanjo left first. “We should "
        "have won that game,” the coach said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Tom Reyes", "Tom Reyes"]
