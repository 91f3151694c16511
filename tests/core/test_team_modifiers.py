"""A team or company written before a role and a name ("Frost defenseman Rick Salo")
modifies the person; the person is the sentence's subject."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_team_before_a_position_leaves_the_player_as_subject() -> None:
    text = (
        "Frost coach Ben Ardal praised Dale Morrow before the game.\n\n"
        "“He is playing well now, he is getting a bit of his confidence back,” Ardal said.\n\n"
        "The Frost won 4-1. Barely a week ago, Morrow, 35, had scored once in ten games. "
        "Frost defenseman Rick Salo, who teased Morrow about his lucky socks, had watched "
        "his old linemate grow quieter by the week.\n\n"
        "“He is used to scoring goals and getting points,” he said."
    )
    assert find_quotes(text).quotes[-1].speaker == "Rick Salo"


def test_a_verb_between_two_names_is_no_role() -> None:
    text = (
        "Former President Hal Brandt lost the state. In his statement, Brandt slammed the "
        "Justice Department for the suit.\n\n"
        "“They are suing the great state over its law,” his statement began."
    )
    assert find_quotes(text).quotes[0].speaker == "Hal Brandt"


def test_a_team_before_its_coachs_role_is_no_age_nouns_person() -> None:
    text = (
        "Corvada coach Ilan Berrocal, speaking through an interpreter, said his side had "
        "survived. “We suffered, but this team knows how to suffer,” he said.\n\n"
        "Corvada had been pinned back for the last half hour.\n\n"
        "“Our captain is the heart of this team,” the 58-year-old added.\n\n"
        "Corvada, who last played at a World Cup in 2006, need a point in Lisbon."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ilan Berrocal", "Ilan Berrocal"]
