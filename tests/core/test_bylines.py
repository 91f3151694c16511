"""A byline names the reporter: never the person a pronoun in the story stands for."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_he_is_the_minister_named_in_the_lede_not_the_correspondent() -> None:
    text = (
        "Waiting lists grow again\n\n"
        "Caoilfhionn Reddan, Health Correspondent\n\n"
        "New figures were released yesterday in a statement from Minister for Health Tadhg "
        "Carrow. “These numbers are not good enough,” he said."
    )
    assert speakers(text) == ["Tadhg Carrow"]


def test_a_company_named_alone_in_the_headline_is_no_he() -> None:
    text = (
        "Tallowbyte to cut 300 jobs\n\n"
        "By Caoilfhionn Reddan in Carrow\n\n"
        "The software company Tallowbyte is to cut 300 jobs in Carrow.\n\n"
        "Staff were told in an email from chief executive Ruairc Denning. “We grew too "
        "fast,” he wrote."
    )
    assert speakers(text) == ["Ruairc Denning"]


def test_a_dateline_of_dots_and_a_words_credit_are_no_one_a_pronoun_can_mean() -> None:
    text = (
        "‘A record you could hear through a wall’\n\n"
        "Parlour Sound · Features · Interview · 12 March 2026\n\n"
        "Words: Benedict Rowe\n\n"
        "Salt Hours, the third album from Ysolde Marr, opens with the sound of a ferry "
        "engine. It is the loudest thing on the record.\n\n"
        "We meet in a café near her rehearsal space. The 31-year-old orders two pots of tea.\n\n"
        "“I wanted a record you could hear through a wall,” she says."
    )
    said = {q.speaker for q in find_quotes(text).quotes}
    assert not said & {"Parlour Sound", "Benedict Rowe", "Salt Hours"}


def test_a_work_named_with_its_maker_is_no_she() -> None:
    text = (
        "Ysolde Marr on the album she wrote at night\n\n"
        "Salt Hours, the third album from Ysolde Marr, opens with the sound of a ferry "
        "engine.\n\n"
        "“I wanted a record you could hear through a wall,” she says."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ysolde Marr"]


def test_a_byline_title_run_into_the_lede_is_not_part_of_the_name() -> None:
    text = (
        "By Oisin Farrelly, Parliamentary Correspondent Brenna Achterhof faced a long "
        "afternoon of questions on Wednesday. “I will take no lessons from the benches "
        "opposite,” she said."
    )
    assert speakers(text) == ["Brenna Achterhof"]


def test_a_byline_run_into_the_lede_leaves_the_ledes_subject_the_speaker() -> None:
    text = (
        "By Oisin Farrelly at Harrowgate Road Dimitri Castellane refused to blame his "
        "goalkeeper Ruairi Vance last night, insisting ‘human beings make mistakes’ after "
        "another home defeat."
    )
    assert speakers(text) == ["Dimitri Castellane"]


def test_the_name_after_a_glued_byline_is_the_she_of_the_feature_not_her_books_title() -> None:
    text = (
        "By Fiona Brennock Wilhelmina Sterne orders a pot of tea and looks at it for a "
        "moment. ‘It’s been that kind of week,’ she says. Her memoir, Paper Lanterns, is "
        "published on Thursday. ‘I wrote it for my mother, really,’ she says."
    )
    assert speakers(text) == ["Wilhelmina Sterne", "Wilhelmina Sterne"]


def test_a_byline_run_into_a_sentence_opening_with_the_is_cut_at_the() -> None:
    text = (
        "By Stavros Kyriazidou The Central Bank of Ardessa yesterday raised its key rate. "
        "In its statement, the bank said: ‘The council considers that the risks to prices "
        "have grown considerably.’"
    )
    assert speakers(text) == ["Central Bank of Ardessa"]


def test_a_wire_dateline_with_a_date_and_the_agency_names_no_speaker() -> None:
    text = (
        "TARVIK, April 9 (Meridian Wire) - A court in Valmora sentenced a journalist to "
        "six years, ruling that she had “knowingly disseminated false information.”"
    )
    assert speakers(text) == [None]


def test_a_reporters_title_glued_to_the_opening_article_is_no_body() -> None:
    # "By Ann Lee, Local Government Correspondent A council has voted …": "A council
    # spokesperson" is no spokesperson for the reporter's desk
    text = (
        "By Harriet Coombe, Local Government Correspondent A council has voted to close a "
        "117-year-old library. Councillors voted by 31 to 21 on Tuesday. A council "
        "spokesperson said: ‘No member of staff will lose their job over the closure.’"
    )
    (quote,) = find_quotes(text).quotes
    assert quote.speaker is None or "Correspondent" not in quote.speaker
