"""A slogan quoted between "the" and a noun ("the “Ferries. We sail for you.” campaign")
names a campaign; it is no one's quoted words."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_a_slogan_naming_a_campaign_is_not_a_quote() -> None:
    text = (
        "“It is difficult to change what people do,” Hege said.\n\nThe “Ferries. We sail "
        "for you.” campaign left harbour nurse Julie Graham cold, though she said she would "
        "not judge the posters."
    )
    assert [q.text for q in find_quotes(text).quotes] == [
        "It is difficult to change what people do,"
    ]


def test_a_stock_phrase_after_the_usual_is_not_a_quote() -> None:
    text = (
        "“We listened before we drew a single line,” Hege said.\n\nCritics expected the "
        "usual “city folk know best” lecture from the minister, and got a short apology."
    )
    assert [q.text for q in find_quotes(text).quotes] == [
        "We listened before we drew a single line,"
    ]


def test_words_after_the_that_end_a_clause_are_still_a_quote() -> None:
    text = "Mayor Ann Graham said the “plan for the bridge is dead and buried,” and walked out."
    assert find_quotes(text).quotes[0].speaker == "Ann Graham"


def test_a_slogan_the_article_names_a_campaign_with_is_no_quote_anywhere() -> None:
    text = (
        "The ministry has a new slogan for the island boats.\n\n"
        "“Ferries. We sail for you.”\n\n"
        "Gov. Kari Nord unveiled the posters on Monday. “We want people to talk about the "
        "ferries,” Nord said.\n\n"
        "With Nordland’s “Ferries. We sail for you.” poster campaign in every port, few "
        "remember the island’s earlier “Don’t Rock the Boat” drive.\n"
    )
    assert [q.text for q in find_quotes(text).quotes] == [
        "We want people to talk about the ferries,"
    ]


def test_words_a_headline_shouts_are_still_quoted_in_the_story() -> None:
    """Guard: a headline's quote in capitals is no name the story's quote could be."""
    text = (
        "‘YOU WILL NEVER WORK IN THIS TOWN AGAIN’: actor threatened snapper, court hears\n\n"
        "Actor Tom Vey snarled “You will never work in this town again” at a photographer, "
        "a jury heard.\n"
    )
    assert "You will never work in this town again" in [q.text for q in find_quotes(text).quotes]
