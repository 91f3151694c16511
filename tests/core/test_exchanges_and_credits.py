"""Speakers in hearings, debates and emergency briefings: a turn that says it was not
answered and the exchange after it, a quote addressing the one who spoke last, a quote
credited by the paragraph after it, a nickname the article explains, and bodies called by
what they issue ("the advisory said", "the forecaster said")."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_a_turn_that_was_not_answered_and_the_turns_after_it() -> None:
    """ "That’s not what I asked." after the witness's answer, and the uncued turns after
    it, were all given to the witness going on."""
    text = (
        "Rep. Oriel Penhallow turned to Grid Administrator Tamsin Croft.\n\n"
        "“Did anyone warn you before the blackout?” Penhallow asked.\n\n"
        "“Congressman, we receive hundreds of risk assessments,” Croft said.\n\n"
        "“That’s not what I asked.”\n\n"
        "“I understand. I’m trying to give you the context.”\n\n"
        "“I don’t need context. I need a yes or a no.”\n"
    )
    assert _speakers(text) == [
        "Oriel Penhallow",
        "Tamsin Croft",
        "Oriel Penhallow",
        "Tamsin Croft",
        "Oriel Penhallow",
    ]


def test_an_uncued_paragraph_after_an_answer_goes_on_with_the_answer() -> None:
    """Guard: with no sign of a new turn, a quote set alone after an answer is the one who
    answered, going on."""
    text = (
        "“Will you run again?” Penhallow asked.\n\n"
        "“No,” Croft said.\n\n"
        "“I have done my part, and the district deserves someone new.”\n"
    )
    assert _speakers(text)[-1] == "Croft"


def test_a_quote_addressing_the_last_speaker_is_not_theirs() -> None:
    """ "Ms. Kolb, with respect, you are not under oath." went to Kolb, who spoke last."""
    text = (
        "“Mr. Adair, did you instruct your staff to delete the messages?” asked Chairman"
        " Barnaby Strode.\n\n"
        "“Mr. Chairman, my client has answered that question in writing,” said Marisa Kolb."
        " “We’ll refer the committee to those answers.”\n\n"
        "“Ms. Kolb, with respect, you are not under oath. He is.”\n"
    )
    assert _speakers(text)[-1] == "Barnaby Strode"


def test_a_turn_that_cuts_in() -> None:
    """ "“That’s just not true,” Vandam cut in." had no cue, so the last speaker had it."""
    text = (
        "“The market would have sorted it out years ago,” Royce Tillman said.\n\n"
        "“That’s just not true,” Hester Vandam cut in.\n"
    )
    assert _speakers(text) == ["Royce Tillman", "Hester Vandam"]


def test_a_quote_credited_by_the_paragraph_after_it() -> None:
    """ "That was Rep. …", "With those words, <body> general manager … announced" and "That
    was how Chief … described" name the speaker of the quote before them."""
    text = (
        "“If you’re a senior in this district, you should be terrified.”\n\n"
        "That was Rep. Annika Thorsvik, a Democrat, speaking at the Velden library.\n"
    )
    assert _speakers(text) == ["Annika Thorsvik"]
    text = (
        "“They’re tired and they’re hungry, but every one of them walked out.”\n\n"
        "With those words, Blackspruce Mining Corp. general manager Wes Thibault announced"
        " Thursday that all 11 workers had been brought to surface.\n"
    )
    assert _speakers(text) == ["Wes Thibault"]
    text = (
        "“We watched the sky turn orange over the lake.”\n\n"
        "That was how Chief Loretta Ashkettle of Sand Point Nation described Tuesday"
        " evening.\n"
    )
    assert _speakers(text) == ["Loretta Ashkettle"]


def test_a_lede_about_someone_named_next_not_a_place_it_names() -> None:
    """ "A walker who spent two nights on the Crannock Fells … has told how he survived by
    ‘…’" gave the fells."""
    text = (
        "A walker who spent two nights on the Crannock Fells after breaking his leg has told"
        " how he survived by ‘eating boiled sweets and singing to myself’.\n\n"
        "Martin Feldt, 49, from Hollinby, was found by a search dog yesterday.\n"
    )
    assert _speakers(text) == ["Martin Feldt"]


def test_we_asked_opening_a_quote_is_no_cue() -> None:
    """ "“We asked. We were told no,” Moreau said." lost its first sentence (with straight
    marks) or the whole quote (with curly ones): "We asked." read as a cue between two
    quotes."""
    for left, right in (("“", "”"), ('"', '"')):
        text = (
            f"Moreau said it was overruled. {left}We asked. We were told no,{right} Moreau said.\n"
        )
        quotes = find_quotes(text).quotes
        assert [q.text for q in quotes] == ["We asked. We were told no,"]


def test_a_nickname_the_article_explains() -> None:
    """'Maurice Fenning, …, known to tenants as "Big Mo," … "…," Big Mo said' gave a person
    called Big Mo."""
    text = (
        "Among those credited with saving lives was Maurice Fenning, the building's"
        ' 62-year-old superintendent, known to tenants as "Big Mo," who ran back inside.\n\n'
        '"I smelled gas around 5 in the morning," Big Mo said.\n'
    )
    assert _speakers(text) == ["Maurice Fenning"]


def test_the_one_someone_told_is_not_called_he() -> None:
    """ "Prior told Lindqvist he had no regrets" made the host a "he", so "he replied" after
    her question went to her."""
    text = (
        "Sen. Wendell Prior went on Sofia Lindqvist's show on Thursday.\n\n"
        "Lindqvist was not finished. “So the pledge had an expiration date.”\n\n"
        "“The pledge had a context,” he replied.\n\n"
        "Prior told Lindqvist he had no regrets about the vote.\n"
    )
    assert _speakers(text)[-1] == "Wendell Prior"


def test_a_minister_who_announced_something_then_speaks() -> None:
    """ "He was joined by Minister Brett Aumont, who announced … “…,” he said" went on with
    the commissioner."""
    text = (
        "“Today is going to be a really tough day,” Commissioner Graeme Tolliver told"
        " reporters.\n\n"
        "He was joined by Emergency Services Minister Brett Aumont, who announced recovery"
        " payments for residents. “No one who has lost their home will be left alone,” he"
        " said.\n"
    )
    assert _speakers(text) == ["Graeme Tolliver", "Brett Aumont"]


def test_an_advisory_and_a_forecaster() -> None:
    """ "the National Storm Centre said in its 7 a.m. advisory. “…,” the advisory said" and
    "“…,” the forecaster said" after a weather office gave no one."""
    text = (
        "The storm made landfall at 6:40 a.m., the National Storm Centre said in its 7 a.m."
        " advisory. “Storm surge is occurring along the coast,” the advisory said.\n"
    )
    assert _speakers(text) == ["National Storm Centre"]
    text = (
        "The Bureau of Meteorology kept a red warning for the coast. “Caddow is a dangerous"
        " storm,” the forecaster said.\n"
    )
    assert _speakers(text) == ["Bureau of Meteorology"]


def test_military_and_force_ranks_before_a_name() -> None:
    """ "Commandant K. Mathiyalagan" and "Air Commodore Stefan Lorne" kept the rank in the
    name."""
    text = (
        "“Our 18 teams are in position,” said State Response Force Commandant K. Mathiyalagan.\n\n"
        "Air Commodore Stefan Lorne followed. “Two aircraft were destroyed,” he said.\n"
    )
    assert _speakers(text) == ["K. Mathiyalagan", "Stefan Lorne"]
