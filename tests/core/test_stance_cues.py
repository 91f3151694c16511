"""Words a body "views as" or "describes as" in quote marks are that body's: "privacy,
which Kestrel views as “a basic right of every user”" is Kestrel's, not the person in focus."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes

LEAD = "Tim Vale spoke first and thanked the staff. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Among its values is privacy, which Kestrel views as “a basic right of every user” "
        "and builds into its products.",
        "Privacy, which Kestrel describes as “a basic right of every user”, is in every product.",
        "Kestrel regards privacy as “a basic right of every user”.",
    ],
)
def test_the_body_that_views_or_describes_it_so_speaks(sentence: str) -> None:
    quote = find_quotes(LEAD + sentence).quotes[0]
    assert quote.speaker == "Kestrel"
