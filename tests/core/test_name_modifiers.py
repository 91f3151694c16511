"""Words before a name that are not part of it."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_a_number_word_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "Courts can order guns taken from people at risk. Nineteen states currently have "
        "such “red flag laws that let police act,” and more are coming."
    )
    assert find_quotes(text).quotes[0].speaker is None
