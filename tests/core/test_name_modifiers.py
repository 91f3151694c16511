"""Words before a name that are not part of it: a place a body is based in ("The
Texas-based Migrant Aid Centre"), a title with "-elect" ("President-elect Ana Ruiz"), the
plural "Drs."."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("The Texas-based Migrant Aid Centre", "Migrant Aid Centre"),
        ("The Chicago-based Northwind Group", "Northwind Group"),
        ("President-elect Ana Ruiz", "Ana Ruiz"),
        ("Former Governor-designate Tom Vale", "Tom Vale"),
    ],
)
def test_a_modifier_or_title_before_a_name_is_not_part_of_it(subject: str, speaker: str) -> None:
    text = f"{subject} said: “We will go on with the plan today, whatever happens.”"
    assert find_quotes(text).quotes[0].speaker == speaker


def test_plural_doctors_title_is_not_part_of_the_names() -> None:
    """Guard: "Drs." is a title, as "Dr." is."""
    text = "Drs. Lena Bien and Tom Ash wrote that a child “who tests positive is counted.”"
    assert find_quotes(text).quotes[0].speaker == "Lena Bien and Tom Ash"


def test_a_number_word_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "Courts can order guns taken from people at risk. Nineteen states currently have "
        "such “red flag laws that let police act,” and more are coming."
    )
    assert find_quotes(text).quotes[0].speaker is None
