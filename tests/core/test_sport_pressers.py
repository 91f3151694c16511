"""Speakers in sports reports built on press conferences: someone by where they are from
("said the Dubliner"), a player by side and position ("the Hallett Comets guard"), an age
and a hometown, and positions written before a name."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_someone_by_where_they_are_from() -> None:
    """ "said the Dubliner" and "said the 55-year-old Englishman" gave "Dubliner" and
    "Englishman" as people's names."""
    text = (
        "Wanderers boss Stephen Coyle felt his side had thrown away two points. “We should have"
        " been out of sight by the break,” said the Dubliner.\n\n"
        "Mahanadi head coach Owen Keller was full of praise. “The boy has been working like a"
        " horse in training,” said the 55-year-old Englishman.\n"
    )
    assert _speakers(text) == ["Stephen Coyle", "Owen Keller"]


def test_the_speaker_is_a_title_not_where_someone_is_from() -> None:
    """Guard: "the Speaker said" is the Speaker the article named, not the one in focus."""
    text = (
        "House Speaker Wendell Garrity is weighing whether to bring the bill to the floor.\n\n"
        "A second aide was blunter: “The votes aren’t there. Everybody knows it.”\n\n"
        "Asked about the timing last week, the Speaker said only, “We’re going to do it right,"
        " not fast.”\n"
    )
    assert _speakers(text)[-1] == "Wendell Garrity"


def test_a_player_by_side_and_position_and_by_age_and_hometown() -> None:
    """ "the Hallett Comets guard said" gave the side, and "the 22-year-old from Sainte-Odile
    said" gave the town."""
    text = (
        "Deshawn Pryor has heard the trade rumors. “I’m a Comet until somebody tells me I’m"
        " not,” the Hallett Comets guard said.\n\n"
        "Gabrielle Lachance-Hébert barely slept before the final. “If I’m not nervous before a"
        " final at home, something is wrong,” the 22-year-old from Sainte-Odile said.\n"
    )
    assert _speakers(text) == ["Deshawn Pryor", "Gabrielle Lachance-Hébert"]


def test_positions_before_a_name_are_roles() -> None:
    """ "Backup Corey Lutz" and "Runner-up Maya Ekwueme" were taken whole."""
    text = (
        "Backup Corey Lutz said: “That’s the job. You’re one snap away.”\n\n"
        "Runner-up Maya Ekwueme said the winner was “unbelievably strong over the last lap.”\n"
    )
    assert _speakers(text) == ["Corey Lutz", "Maya Ekwueme"]


def test_a_hometown_before_said_is_no_later_she() -> None:
    """ "the 22-year-old from Sainte-Odile said" made the town salient, so a later "she said"
    fell to it."""
    text = (
        "Gabrielle Lachance-Hébert admitted she barely slept after her semifinal win.\n\n"
        '"If I\'m not nervous before a final at home, something is wrong," the 22-year-old from'
        " Sainte-Odile said Saturday.\n\n"
        'Her coach, Yves Marchand, said the world No. 19 had matured. "Gabby has grown up a'
        ' lot this year," Marchand said.\n\n'
        "Sunday's final will be the first her grandparents have watched. \"They've never seen"
        " me play live. It's going to be very special,\" she said in French.\n"
    )
    assert _speakers(text)[-1] == "Gabrielle Lachance-Hébert"
