"""Figures stated outside quotes: found, grouped into facts across articles, compared."""

from __future__ import annotations

from desktop.core.model import ArticleQuotes, Quote
from desktop.core.story_figures import compare_story_figures, figures_outside_quotes

LEDGER = (
    "Officials in Norvale said 45,100 soldiers had been killed since the spring. "
    "The ministry also counted 3,200 homes destroyed in the eastern valleys."
)
COURIER = (
    "According to the ministry, 45 100 soldiers have been killed since spring. "
    "Some 3,200 homes were destroyed, the ministry said."
)
GAZETTE = (
    "Norvale says 45,000 soldiers were killed since the spring offensive began. "
    "Rescue teams reached 12 villages on Tuesday."
)


def article(key: int, outlet: str, text: str, *quotes: str) -> ArticleQuotes:
    found = []
    for needle in quotes:
        start = text.index(needle)
        found.append(Quote(needle, start, start + len(needle), "Ana Veld", "quote"))
    return ArticleQuotes(key, outlet, text, tuple(found))


def story() -> list[ArticleQuotes]:
    return [
        article(1, "Norvale Ledger", LEDGER),
        article(2, "Valley Courier", COURIER),
        article(3, "Eastern Gazette", GAZETTE),
    ]


def test_the_same_fact_is_grouped_across_articles_and_a_changed_value_is_marked() -> None:
    facts = compare_story_figures(story())
    soldiers = facts[0]
    assert soldiers.differs
    assert [(m.article, m.figure.raw) for m in soldiers.mentions] == [
        (1, "45,100"),
        (2, "45 100"),
        (3, "45,000"),
    ]
    assert "soldiers" in soldiers.label


def test_spellings_of_one_value_do_not_count_as_a_difference() -> None:
    facts = compare_story_figures(story()[:2])
    assert len(facts) == 2
    assert not any(fact.differs for fact in facts)
    homes = next(fact for fact in facts if "homes" in fact.label)
    assert [m.figure.raw for m in homes.mentions] == ["3,200", "3,200"]


def test_differing_facts_come_first_and_single_outlet_figures_are_left_out() -> None:
    facts = compare_story_figures(story())
    assert [fact.differs for fact in facts] == [True, False]
    assert all(len(fact.mentions) >= 2 for fact in facts)
    assert not any(m.figure.raw == "12" for fact in facts for m in fact.mentions)
    assert any(
        m.figure.raw == "12"
        for fact in compare_story_figures(story(), min_articles=1)
        for m in fact.mentions
    )


def test_figures_inside_quotes_are_not_counted() -> None:
    text = "The mayor said: “We lost 700 boats this winter.” Crews saved 90 boats, she said."
    quoted = article(1, "Harbour Bell", text, "We lost 700 boats this winter.")
    raws = [m.figure.raw for m in figures_outside_quotes(quoted)]
    assert raws == ["90"]
    # Quote marks the quote finder missed still hide their figures.
    unmarked = article(2, "Harbour Bell", 'He wrote "700 boats were lost" and 40 boats sank.')
    assert [m.figure.raw for m in figures_outside_quotes(unmarked)] == ["40"]


def test_years_dates_times_and_ordinals_are_not_facts() -> None:
    text = "On 4 March 2025 at 10:30 the 3rd council met; 250 people came in March."
    raws = [m.figure.raw for m in figures_outside_quotes(article(1, "Town Crier", text))]
    assert raws == ["250"]


def test_counted_words_and_lead_describe_the_fact() -> None:
    (mention,) = figures_outside_quotes(
        article(1, "Town Crier", "By Friday 1,250 families had left their homes.")
    )
    assert mention.figure.value == 1250
    assert mention.counted == "families had left their homes"
    assert mention.lead == "By Friday"


def test_different_things_with_the_same_number_stay_apart() -> None:
    first = article(1, "A Post", "The council hired 40 nurses in May. It also bought 40 buses.")
    second = article(2, "B Post", "Officials hired 40 nurses this spring.")
    facts = compare_story_figures([first, second])
    assert len(facts) == 1
    assert "nurses" in facts[0].label
    assert [m.article for m in facts[0].mentions] == [1, 2]


def test_fractions_are_one_figure() -> None:
    first = article(1, "A Post", "The state will pay two thirds of the cost.")
    second = article(2, "B Post", "The state will pay two-thirds of the cost, officials said.")
    third = article(3, "C Post", "The state will pay three quarters of the cost.")
    (fact,) = compare_story_figures([first, second, third])
    assert [m.figure.raw for m in fact.mentions] == ["two thirds", "two-thirds", "three quarters"]
    assert fact.differs


def test_the_odd_one_out_is_the_value_fewer_articles_print() -> None:
    soldiers = compare_story_figures(story())[0]
    odd = [m.figure.raw for m in soldiers.mentions if soldiers.is_odd(m)]
    assert odd == ["45,000"]
    homes = compare_story_figures(story())[1]
    assert not any(homes.is_odd(m) for m in homes.mentions)


def test_one_third_is_a_figure_too() -> None:
    (mention,) = figures_outside_quotes(article(1, "A Post", "The state pays one third of it."))
    assert mention.figure.raw == "one third"
    assert round(mention.figure.value, 3) == 0.333


def test_far_apart_values_are_not_one_fact_misprinted() -> None:
    first = article(1, "A Post", "The storm damaged 12,400 homes near the harbour.")
    second = article(2, "B Post", "The storm damaged 310 homes near the harbour.")
    assert compare_story_figures([first, second]) == ()
    # Rounding keeps the fact even when the sentence is reworded.
    third = article(3, "C Post", "Roughly 12,000 homes were hit when the storm came.")
    (homes,) = compare_story_figures([first, third])
    assert homes.differs and [m.figure.raw for m in homes.mentions] == ["12,400", "12,000"]


def test_labels_clock_times_and_a_leading_article_are_read_as_people_write_them() -> None:
    text = (
        "Under Section 230 and Title 42, 60 judges met at 5 pm ET and again at 8 p.m. "
        "after a two-week strike."
    )
    mentions = figures_outside_quotes(article(1, "Town Crier", text))
    assert [(m.figure.raw, m.figure.value) for m in mentions] == [("60", 60), ("two", 2)]


def test_close_values_about_different_places_stay_apart() -> None:
    first = article(1, "A Post", "Farmers make up about 21 percent of Osterby's population.")
    second = article(2, "B Post", "Farmers make up 23 percent of the population in Valmont.")
    assert compare_story_figures([first, second]) == ()
    third = article(3, "C Post", "Farmers make up 23 percent of Osterby's population.")
    (share,) = compare_story_figures([first, third])
    assert share.differs
