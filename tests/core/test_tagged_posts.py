"""A quoted post that opens by tagging someone ("@annavale and I have …") is a quote; a
handle or hashtag alone in quote marks is not."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_a_post_opening_with_a_handle_is_the_writers_quote() -> None:
    text = (
        "In his post, the actor Tom Vale wrote of the loss.\n\n"
        '"@annavale and I have sat through three of those early scans, and she '
        'wanted to share this moment.\n\n"But nobody should feel any shame about it."\n\n'
        'Fans replied with "#staystrong" and "@tomvale".'
    )
    quotes = find_quotes(text).quotes
    assert [q.speaker for q in quotes] == ["Tom Vale"]
    assert quotes[0].text.startswith("@annavale and I")


def test_an_account_on_a_platform_speaks_for_its_owner_not_the_platform() -> None:
    text = (
        "Halloway University closed the ferry office on Monday.\n\n"
        "The university’s official account on X announced: “Marrin Hall is closed today.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Halloway University"]
