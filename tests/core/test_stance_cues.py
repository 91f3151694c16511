"""Words a body "views as" or "describes as" in quote marks are that body's: "privacy,
which Apple views as “a fundamental human right”" is Apple's, not the person in focus."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes

LEAD = "Tim Vale spoke first and thanked the staff. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Among its values is privacy, which Kestrel views as “a fundamental human right” "
        "and builds into its products.",
        "Privacy, which Kestrel describes as “a fundamental human right”, is in every product.",
        "Kestrel regards privacy as “a fundamental human right”.",
    ],
)
def test_the_body_that_views_or_describes_it_so_speaks(sentence: str) -> None:
    quote = find_quotes(LEAD + sentence).quotes[0]
    assert quote.speaker == "Kestrel"
