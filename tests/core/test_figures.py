"""Figures: numbers found by value however an outlet printed them."""

import pytest

from desktop.core.figures import compare_figures, find_figures


def _values(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    "printed",
    ["45,100", "45 100", "45\u202f100", "45\u00a0100", "45.100"],
)
def test_thousands_grouping_styles_give_one_value(printed: str) -> None:
    assert _values(f"We lost {printed} soldiers") == [(45100.0, None)]


def test_decimals_stay_decimals() -> None:
    assert _values("growth of 3.5 points") == [(3.5, None)]
    assert _values("1,250.75 crowns") == [(1250.75, None)]


@pytest.mark.parametrize("printed", ["3m", "3 million", "three million", "3mn"])
def test_scale_words_and_number_words(printed: str) -> None:
    assert _values(f"about {printed} people") == [(3_000_000.0, None)]


def test_currency_percent_and_ranges() -> None:
    assert _values("a $1.2bn fund") == [(1.2e9, "$")]
    assert _values("up 25 per cent, then 7%") == [(25.0, "%"), (7.0, "%")]
    assert _values("between 600,000 and 700,000 troops") == [(600000.0, None), (700000.0, None)]


def test_figures_keep_their_printed_form_and_offsets() -> None:
    text = "They said twenty-five, then \u00a31,200."
    figures = find_figures(text)
    assert [f.raw for f in figures] == ["twenty-five", "\u00a31,200"]
    for f in figures:
        assert text[f.start : f.end] == f.raw
    assert figures[0].value == 25.0


def test_pronoun_one_is_not_a_figure() -> None:
    assert _values("No one of them came") == []


def test_same_figure_printed_differently_does_not_differ() -> None:
    result = compare_figures(
        "We lost 45,100 men and 3m crowns", "we lost 45 100 men, three million crowns"
    )
    assert not result.differ


def test_changed_figure_differs_and_says_how() -> None:
    result = compare_figures("We lost 45,100 men", "We lost 45,000 men")
    assert result.differ
    assert result.describe() == "45,000 instead of 45,100"


def test_excerpt_may_drop_figures_but_not_change_them() -> None:
    ref = "We lost 45,100 men and 1,200 tanks"
    assert not compare_figures(ref, "We lost 45,100 men", excerpt=True).differ
    assert compare_figures(ref, "We lost 45,100 men", excerpt=False).differ
    assert compare_figures(ref, "We lost 46,100 men", excerpt=True).differ


def test_digits_inside_names_are_not_figures() -> None:
    assert _values("the COVID-19 rules and the G7 summit") == []


def test_a_figure_after_and_is_found() -> None:
    values = [f.value for f in find_figures("Forty homes lost power and twelve schools closed")]
    assert values == [40, 12]
    assert not compare_figures(
        "Forty homes lost power and twelve schools closed", "40 homes lost power and 12 schools"
    ).differ


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("Half a million people have left the region", "500,000 people have left the region"),
        ("Two and a half million homes lost power", "2.5 million homes lost power"),
        ("A quarter of a billion euros was lost", "250 million euros was lost"),
        ("The talks lasted three and a half days", "The talks lasted 3.5 days"),
    ],
)
def test_a_fraction_in_words_is_the_same_figure(words: str, digits: str) -> None:
    assert not compare_figures(words, digits).differ


def test_half_an_hour_is_no_figure_and_a_changed_fraction_is() -> None:
    assert find_figures("We waited half an hour for half a dozen buses") == ()
    assert compare_figures("half a million people", "a quarter of a million people").differ
