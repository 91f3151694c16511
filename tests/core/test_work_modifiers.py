"""A name that only says whose work something is ("the Howard Vale song") is nobody a quote
without a cue could go to."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_the_artist_of_a_song_is_not_the_person_in_focus() -> None:
    text = (
        "“We wanted music that everyone knows,” said organiser Tom Roe. Contrary to the "
        "Howard Vale song, things did not get better for the choir that year.\n\n"
        "“We lost the hall and half of the singers that winter.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Tom Roe", "Tom Roe"]


def test_the_artist_named_as_a_person_still_speaks() -> None:
    text = (
        "Howard Vale played the song for the crowd.\n\n"
        "“I wrote it on a train to the coast in one single night,” Vale said."
    )
    assert find_quotes(text).quotes[0].speaker == "Howard Vale"
