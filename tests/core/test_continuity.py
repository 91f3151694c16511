"""One utterance printed in pieces: what may stand between the pieces, and what it does."""

import pytest

from desktop.core.continuity import attribution_only, utterance_runs
from desktop.core.matching import align_statements, article_versions, cell_state, join_pieces
from desktop.core.model import ArticleQuotes, Quote, QuoteKind, ReportedSpeech
from desktop.core.quotes import find_quotes

FERRY = "The ferry will run twice a day from the first of March."
TICKETS = "Tickets stay free for pupils and nurses for the whole year."


@pytest.mark.parametrize(
    "gap",
    [
        '," she said. "',
        '." "',
        " ” Mayor Ilse Varga said in a statement on Monday . “ ",
        '," said Varga, the harbour master of Kellby. "',
        '," she said. She added: "',
        '," Varga told the Kellby Courier. "',
        '," the council wrote, referring to the storm of last winter. "',
        '," she said this week. "',
        '" and "',
        '," said Sen. Ilse Varga (D-Kel.) of Kellby. "',
        '," she said on Dec. 2 in Kellby. "',
        # a photo caption and its credit line scraped into the text
        '," she said. Passengers queue at the Kellby pier on Dec. 2, 2021. Jo Lund/AP "',
        '." Ferries wait in the harbour. The Kellby Courier via AP, File "',
        # the first quotation's full stop printed outside its closing mark
        "’. She added: ‘",
        "’. Varga told reporters at the pier. ‘",
        # a "that" that leads in to the next quotation
        '" She added that the council "',
        # a second clause that is still the credit
        '," Varga said on Tuesday, and she added: "',
        # a verb of manner that ends the credit
        '," Varga reflected. "',
    ],
)
def test_attribution_alone_keeps_one_utterance(gap: str) -> None:
    assert attribution_only(gap)


@pytest.mark.parametrize(
    "gap",
    [
        # the reporter's own narration
        '," she said. The council met again in May to count the cost. "',
        # the speaker's reported content, a second utterance
        '," she said. Varga said the budget would not cover the bridge. "',
        '," Varga said, noting that the ferry had failed twice in the last winter. "',
        '," Varga said, adding that when the storm came the harbour was empty. "',
        # another occasion
        '," Varga said on May 2. Varga announced on the radio: "',
        # a clause about something else, not a credit
        '." But Varga did not say more when asked at a briefing later. "',
        # what was said, after the verb or after a mid-sentence cue
        '," Varga accused the harbour board of stalling the dredging for years. "',
        '." Therefore, she said, the ferry contract should be cancelled at once. "',
        # narration after a sentence that ends in a capitalised word
        '," Varga told KBC. Many crews have waited two years for the pier. "',
        # narration before a photo caption is still narration
        '," she said. The council met again in May. Ferries wait in the bay. Jo Lund/AP "',
        # a paragraph of narration after a time written with dots ("p.m.")
        '," Varga, 61, said at the pier after 9 p.m.\n\nCrowds had gathered early in the '
        'evening, but the mood sank as the tide came in.\n\n"',
        # what was said, after a listener and the circumstances of an interview
        '" The mayor told the Kellby Courier in an interview Tuesday night that the ferry '
        'would not run again this winter. "',
        # a document, not the briefing the first quotation came from
        "”\n\nIn the report, the harbour board wrote that “",
        # narration that follows a verb of the credit's kind
        '" A consultation with the union began on Tuesday, and the pier will stay open until '
        'it closes. "',
        # the answer to a question put to the speaker
        "” The mayor was asked several times about the council’s repeated demands for a ferry. “",
        # a "that" clause that ends its own sentence: what was said
        '" Varga also acknowledged that costs rose. "',
        # the same promise on another day
        '," Varga said on Monday, a promise she repeated on Wednesday in shorter form: "',
        # an editorial she wrote, not the interview the first quotation came from
        '." In an editorial beside the study, titled "Slow Water," Dr. Varga wrote: "',
        # a verb of manner with an object: what she did, not a credit
        '," she said. Varga reflected on her years at the harbour. "',
    ],
)
def test_narration_or_reported_content_makes_two_utterances(gap: str) -> None:
    assert not attribution_only(gap)


def _article(
    key: int, pieces: list[tuple[str, str | None, QuoteKind]], joins: list[str]
) -> ArticleQuotes:
    """An article text of quotes and the text between them, with its Quote objects."""
    text, quotes = "", []
    for i, (words, speaker, kind) in enumerate(pieces):
        text += '"' if i == 0 else joins[i - 1]
        start = len(text)
        text += words
        quotes.append(Quote(words, start, len(text), speaker, kind))
    return ArticleQuotes(key, f"Outlet {key}", text + '"', tuple(quotes))


def test_runs_need_one_named_speaker_and_whole_quotes() -> None:
    def key(name: str) -> str:
        return name.split()[-1].lower()

    said = ['," Ilse Varga said. "']
    same = _article(1, [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Varga", "quote")], said)
    assert utterance_runs(same.text, same.quotes, key) == [(0, 1)]
    other = _article(1, [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Tom Brask", "quote")], said)
    assert utterance_runs(other.text, other.quotes, key) == []
    unnamed = _article(1, [(FERRY, None, "quote"), (TICKETS, None, "quote")], said)
    assert utterance_runs(unnamed.text, unnamed.quotes, key) == []
    woven = _article(1, [(FERRY, "Ilse Varga", "quote"), ("free", "Ilse Varga", "fragment")], said)
    assert utterance_runs(woven.text, woven.quotes, key) == []


def test_an_unnamed_source_going_on_without_a_cue_is_one_utterance() -> None:
    def key(name: str) -> str:
        return name.split()[-1].lower()

    went_on = (
        "Staff heard first on a forum. “Calendar invite, no agenda, camera off,” the post "
        "read. “Forty of us got it at the same time.”"
    )
    quotes = find_quotes(went_on).quotes
    assert [q.speaker for q in quotes] == [None, None]
    assert utterance_runs(went_on, quotes, key) == [(0, 1)]
    for again in ("it continued", "the post added"):  # the same source named again
        text = went_on.replace("time.”", f"time,” {again}.")
        assert utterance_runs(text, find_quotes(text).quotes, key) == [(0, 1)]
    two = (
        "Residents were split. “The ferry is late every single day,” said one resident. "
        "“It has never been better than this,” said another."
    )
    assert utterance_runs(two, find_quotes(two).quotes, key) == []


def test_a_split_quotation_credited_to_another_occasion_starts_a_new_utterance() -> None:
    # "Ferry," said Varga. "If it rains," Varga told the Courier on Tuesday, "tickets."
    text = (
        f'"{FERRY}," said Mayor Ilse Varga. "If it rains," Varga told the Kellby Courier in '
        f'an interview on Tuesday, "{TICKETS}"'
    )
    first = Quote(FERRY, 1, 1 + len(FERRY), "Ilse Varga", "quote")
    head, tail = text.index("If it rains"), text.index(TICKETS)
    spans = ((head, head + len("If it rains")), (tail, tail + len(TICKETS)))
    split = Quote(f"If it rains {TICKETS}", head, spans[1][1], "Ilse Varga", "quote", spans=spans)
    assert utterance_runs(text, [first, split], lambda name: name.split()[-1]) == []
    said = text.replace("Varga told the Kellby Courier in an interview on Tuesday", "she said")
    tail = said.index(TICKETS)
    spans = ((head, head + len("If it rains")), (tail, tail + len(TICKETS)))
    split = Quote(f"If it rains {TICKETS}", head, spans[1][1], "Ilse Varga", "quote", spans=spans)
    assert utterance_runs(said, [first, split], lambda name: name.split()[-1]) == [(0, 1)]


def test_two_quotations_each_with_its_own_credit_are_two_remarks() -> None:
    said = TICKETS.rstrip(".")
    credited = f'Mayor Ilse Varga turned and told them: "{FERRY}" "{said}," she said to applause.'
    # With one credit for both, or none before the first, the two stay one remark
    one_credit = f'Mayor Ilse Varga turned and told them: "{FERRY}" "{TICKETS}"'
    after_only = f'Mayor Ilse Varga turned to the crowd. "{FERRY}" "{said}," she said.'
    for text, runs in ((credited, []), (one_credit, [(0, 1)]), (after_only, [(0, 1)])):
        first_at, second_at = text.index(FERRY), text.index(said)
        first = Quote(FERRY, first_at, first_at + len(FERRY), "Ilse Varga", "quote")
        second = Quote(said, second_at, second_at + len(said), "Ilse Varga", "quote")
        assert utterance_runs(text, [first, second], lambda name: name.split()[-1]) == runs


@pytest.mark.parametrize(
    ("join", "one_utterance"),
    [
        ('" She added: "', True),
        ('" She later added: "', True),
        # the answer to another question, or words put out elsewhere
        ('"\n\nAnd asked about the cost of a second ferry, she added: "', False),
        ('" She also posted on the council\'s page and wrote, "', False),
        # a sentence of narration that ends on a plural noun ("counters", "claims")
        ('" Her visit came a day after the port raised its fees for the fish sold at harbour '
         'counters. "', False),
    ],
)  # fmt: skip
def test_a_lead_in_to_the_second_quotation(join: str, one_utterance: bool) -> None:
    article = _article(
        1, [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Ilse Varga", "quote")], [join]
    )
    runs = utterance_runs(article.text, article.quotes, lambda name: name.split()[-1])
    assert runs == ([(0, 1)] if one_utterance else [])


def test_an_outlet_printing_part_lines_up_with_the_whole_utterance() -> None:
    # Outlet 1: "Ferry," she said. "Tickets." -- outlet 2 printed only the second piece.
    one = _article(
        1, [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Ilse Varga", "quote")], ['," she said. "']
    )
    two = _article(2, [(TICKETS, "Ilse Varga", "quote")], [])
    (statement,) = align_statements([one, two])
    assert sorted((m.article, m.quote) for m in statement.members) == [(1, 0), (1, 1), (2, 0)]
    assert cell_state(statement, 2) == "partial"


def test_narration_between_two_quotes_keeps_two_statements() -> None:
    gap = ['," she said. The council met again in May to count the cost of the storm. "']
    one = _article(1, [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Ilse Varga", "quote")], gap)
    two = _article(2, [(TICKETS, "Ilse Varga", "quote")], [])
    statements = align_statements([one, two])
    assert len(statements) == 2
    ferry = next(s for s in statements if any(m.article == 1 and m.quote == 0 for m in s.members))
    assert ferry.articles == frozenset({1})


WINTER = "Nobody will pay more for the crossing in winter than in summer."


def test_versions_compare_with_the_whole_utterance_not_its_longest_piece() -> None:
    # Outlet 1 prints "Ferry," she said. "Tickets." "Winter."; outlet 2 only the ferry.
    said = ['," she said. "', '," she added. "']
    one = _article(
        1,
        [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Ilse Varga", "quote"),
         (WINTER, "Ilse Varga", "quote")],
        said,
    )  # fmt: skip
    two = _article(2, [(FERRY, "Ilse Varga", "quote")], [])
    (statement,) = align_statements([one, two])
    assert statement.reference_text == f"{FERRY} {TICKETS} {WINTER}"
    assert cell_state(statement, 2) == "partial"


def test_the_same_pieces_in_another_order_are_verbatim() -> None:
    said = ['," she said. "']
    one = _article(1, [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Ilse Varga", "quote")], said)
    two = _article(2, [(TICKETS, "Ilse Varga", "quote"), (FERRY, "Ilse Varga", "quote")], said)
    (statement,) = align_statements([one, two])
    assert cell_state(statement, 1) == cell_state(statement, 2) == "verbatim"


def test_pieces_that_each_lack_a_part_of_the_other_are_a_variant() -> None:
    # Outlet 1: ferry + tickets; outlet 2: ferry + winter -- neither is inside the other.
    said = ['," she said. "']
    one = _article(1, [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Ilse Varga", "quote")], said)
    two = _article(2, [(FERRY, "Ilse Varga", "quote"), (WINTER, "Ilse Varga", "quote")], said)
    (statement,) = align_statements([one, two])
    assert {cell_state(statement, 1), cell_state(statement, 2)} == {"verbatim", "variant"}


def test_a_retelling_of_one_piece_of_a_long_utterance_is_its_paraphrase() -> None:
    said = ['," she said. "', '," she added. "']
    pieces: list[tuple[str, str | None, QuoteKind]] = [
        (FERRY, "Ilse Varga", "quote"),
        (TICKETS, "Ilse Varga", "quote"),
        (WINTER, "Ilse Varga", "quote"),
    ]
    one, two = _article(1, pieces, said), _article(2, pieces, said)
    sentence = "Officials said pupils and nurses would keep free tickets all year."
    retold = ReportedSpeech(sentence, 0, len(sentence), None)
    three = ArticleQuotes(3, "Outlet 3", sentence, (), (retold,))
    (statement,) = align_statements([one, two, three])
    assert cell_state(statement, 3) == "paraphrase"


STATE = "The state will pay two thirds of the cost, but the town must find the rest."


def test_an_outlet_crediting_the_wrong_person_does_not_glue_two_speakers_together() -> None:
    # Outlet 1: Varga on the ferry; later, after narration, Brask on the money.
    gap = ['," Varga said. The minister, who stood beside her, spoke next. "']
    one = _article(1, [(FERRY, "Ilse Varga", "quote"), (STATE, "Tom Brask", "quote")], gap)
    # Outlet 2 prints both as one run of Varga's: "Ferry," she said. "State," Varga said.
    two = _article(
        2, [(FERRY, "Ilse Varga", "quote"), (STATE, "Ilse Varga", "quote")], ['," she said. "']
    )

    statements = align_statements([one, two])

    assert len(statements) == 2
    state = next(s for s in statements if any(m.article == 1 and m.quote == 1 for m in s.members))
    assert sorted((m.article, m.quote) for m in state.members) == [(1, 1), (2, 1)]
    assert state.speaker == "Tom Brask" or any(
        f.kind == "different_speaker" for m in state.members for f in m.flags
    )


def test_pieces_of_one_utterance_are_judged_together_and_read_as_said() -> None:
    # Outlet 1: "The ferry ... March," she said. "Fares ..." -- outlet 2 prints it whole.
    # Judged piece by piece, outlet 1 would "leave out" the figures of its other piece.
    fares = "Fares drop to 4 crowns for the 12,000 pupils of the valley."
    ferry_piece = FERRY.removesuffix(".") + ","
    one = _article(
        1, [(ferry_piece, "Ilse Varga", "quote"), (fares, "Ilse Varga", "quote")],
        ['" she said. "'],
    )  # fmt: skip
    two = _article(2, [(f"{FERRY} {fares}", "Ilse Varga", "quote")], [])

    (statement,) = align_statements([two, one])  # outlet 2 first: its version is the reference

    assert cell_state(statement, 1) == "verbatim"
    assert not [f for m in statement.members if m.article == 1 for f in m.flags]
    assert join_pieces([ferry_piece, fares]) == f"{FERRY} {fares}"
    assert join_pieces(["If the gates fail again,", "we lose the quay."]) == (
        "If the gates fail again, we lose the quay."
    )


def test_an_articles_pieces_read_as_one_version_and_a_repeat_as_another() -> None:
    # Outlet 1: "Ferry," she said. "Tickets." and, after narration, "free" again.
    gap = ['," she said. "', '." The council will vote in May on the new timetable for it. "']
    one = _article(
        1,
        [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Ilse Varga", "quote"),
         ("stay free for pupils", "Ilse Varga", "fragment")],
        gap,
    )  # fmt: skip
    two = _article(2, [(f"{FERRY} {TICKETS}", "Ilse Varga", "quote")], [])
    (statement,) = align_statements([two, one])

    whole, repeat = article_versions(statement, one)

    assert whole.text == f"{FERRY} {TICKETS}"
    assert [m.quote for m in whole.members] == [0, 1]
    assert one.text[whole.start : whole.end].startswith(FERRY)
    assert [m.quote for m in repeat.members] == [2]


def test_a_piece_printed_again_later_does_not_spoil_the_whole_version() -> None:
    # Outlet 1: "Ferry," she said. "Tickets." -- then, after narration, "Tickets." again.
    gap = ['," she said. "', '." The council will vote in May on the new timetable for it. "']
    one = _article(
        1,
        [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Ilse Varga", "quote"),
         (TICKETS, "Ilse Varga", "quote")],
        gap,
    )  # fmt: skip
    two = _article(2, [(f"{FERRY} {TICKETS}", "Ilse Varga", "quote")], [])

    (statement,) = align_statements([two, one])

    assert cell_state(statement, 1) == "verbatim"
    whole, again = article_versions(statement, one)
    assert [m.quote for m in whole.members] == [0, 1] and [m.quote for m in again.members] == [2]


def test_pieces_apart_in_the_text_are_judged_and_shown_one_by_one() -> None:
    gap = ['." The council will vote in May on the new timetable for the crossing. "']
    one = _article(1, [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Ilse Varga", "quote")], gap)
    two = _article(2, [(f"{FERRY} {TICKETS}", "Ilse Varga", "quote")], [])

    statements = align_statements([two, one])

    for statement in statements:
        shown = article_versions(statement, one)
        for version in shown:
            (member,) = version.members
            assert member.relation == "partial"  # one piece of the whole, as displayed


@pytest.mark.parametrize(
    "gap",
    [
        # another occasion: a speech two days before the interview just quoted
        "”\n\nIn Monday's address, the mayor had told council members: “",
        "”\n\nShe had said in March: “",
        # what the speaker told the paper, retold, before the next quotation
        "”\n\nHe told the Herald he had been reassured by a manager two years ago. “",
        # words from another day the speaker is said to repeat
        "”\n\nThe mayor was repeating what she posted on Tuesday, and meant it then too: “",
    ],
)
def test_another_occasion_or_a_retelling_between_quotes_is_not_attribution(gap: str) -> None:
    assert not attribution_only(gap)


def test_telling_a_listener_is_still_attribution() -> None:
    assert attribution_only("” he told reporters on Monday. “")


def test_two_relatives_sharing_a_surname_are_two_speakers_of_two_statements() -> None:
    # Outlet 1: Kate's words, then her husband's, with only attribution between them.
    one = _article(
        1,
        [(FERRY, "Kate Ellison", "quote"), (TICKETS, "Nathan Ellison", "quote")],
        ['," Kate Ellison said. "'],
    )
    two = _article(2, [(FERRY, "Kate Ellison", "quote")], [])
    statements = align_statements([one, two])
    tickets = next(s for s in statements if any(m.article == 1 and m.quote == 1 for m in s.members))
    assert tickets.articles == frozenset({1})
    assert tickets.speaker == "Nathan Ellison"


def _said_twice(second_credit: str, gap: str = '," Ilse Varga told reporters. "') -> ArticleQuotes:
    """`"Ferry," <gap> "Tickets," <second_credit>.` -- two quotes of one speaker."""
    text = f'"{FERRY[:-1]}{gap}'
    ferry = Quote(FERRY[:-1], 1, len(FERRY), "Ilse Varga", "quote")
    start = len(text)
    text += f'{TICKETS[:-1]}," {second_credit}. The council meets in May.'
    tickets = Quote(TICKETS[:-1], start, start + len(TICKETS) - 1, "Ilse Varga", "quote")
    return ArticleQuotes(1, "Outlet 1", text, (ferry, tickets))


def _varga(name: str) -> str:
    return name.split()[-1].lower()


@pytest.mark.parametrize(
    "credit",
    [
        "she said when asked about the fares",  # the answer to another question
        "she said later at a news conference",  # later, elsewhere
        "Varga said in an interview with the Kellby Courier",  # another interview
        "she tweeted on Tuesday",  # written elsewhere
    ],
)
def test_a_second_quote_credited_to_another_occasion_is_another_statement(credit: str) -> None:
    article = _said_twice(credit)
    assert utterance_runs(article.text, article.quotes, _varga) == []


@pytest.mark.parametrize(
    "credit",
    ["she added", "Varga said", "she told the Kellby Courier"],
)
def test_a_second_quote_credited_plainly_goes_on_with_the_first(credit: str) -> None:
    article = _said_twice(credit)
    assert utterance_runs(article.text, article.quotes, _varga) == [(0, 1)]


def test_the_occasion_both_quotes_share_does_not_part_them() -> None:
    gap = '," Ilse Varga said in an interview with the Kellby Courier. "'
    article = _said_twice("she said in an interview with the Kellby Courier", gap)
    assert utterance_runs(article.text, article.quotes, _varga) == [(0, 1)]


@pytest.mark.parametrize(
    ("lead_in", "runs"),
    [
        ("Ilse Varga later told the Kellby Courier:", []),  # another occasion, said before it
        ("In an interview with the Kellby Courier, Varga said:", []),
        ("She later added:", [(0, 1)]),  # going on with the same remarks
        ("She added:", [(0, 1)]),
    ],
)
def test_a_lead_in_placing_the_second_quote_elsewhere_parts_them(
    lead_in: str, runs: list[tuple[int, ...]]
) -> None:
    first = "The ferry will run all winter."
    second = "Nobody on this island will be stranded again."
    text = f'Varga said: "{first}" {lead_in} "{second}"'
    start = text.index(second)
    quotes = (
        Quote(first, 13, 13 + len(first), "Ilse Varga", "quote"),
        Quote(second, start, start + len(second), "Ilse Varga", "quote"),
    )
    assert utterance_runs(text, quotes, _varga) == runs


def test_a_changed_piece_beside_an_exact_one_makes_the_version_a_variant() -> None:
    # Outlet 1: "Ferry," she said. "Tickets (whole year)." Outlet 2 prints the ferry piece
    # word for word and, apart, the tickets piece with "month" for "year": a changed word
    # the cell must show, not hide behind the exact excerpt.
    said = ['," she said. "']
    one = _article(1, [(FERRY, "Ilse Varga", "quote"), (TICKETS, "Ilse Varga", "quote")], said)
    month = TICKETS.replace("whole year", "whole month")
    apart = ['," she said. The council met again in May to count the cost of the storm. "']
    two = _article(2, [(FERRY, "Ilse Varga", "quote"), (month, "Ilse Varga", "quote")], apart)
    (statement,) = align_statements([one, two])
    assert cell_state(statement, 2) == "variant"


@pytest.mark.parametrize(
    "gap",
    [
        # a narration sentence whose verb takes a plural noun spelled like a credit
        "” The agency has faced questions about its readiness since losing staff this year. “",
        "” The board fielded questions from parents for an hour. “",
        # the same words again, on another occasion
        "” On Tuesday, with the rivers still rising, Varga repeated the warning nearly word "
        "for word for residents farther inland. “",
        '!" Later Thursday night he posted again, in capital letters. "',
    ],
)
def test_narration_or_a_repetition_between_two_quotes_parts_them(gap: str) -> None:
    assert not attribution_only(gap)


@pytest.mark.parametrize(
    "lead",
    [
        " When a heckler interrupted to ask about the pensions, Harrigan didn't miss a beat: ",
        " Asked about the pensions, Harrigan shot back: ",
    ],
)
def test_an_answer_to_a_question_in_between_is_another_utterance(lead: str) -> None:
    def key(name: str) -> str:
        return name.split()[-1].lower()

    article = _article(
        1, [(FERRY, "Boyd Harrigan", "quote"), (TICKETS, "Harrigan", "quote")], [f'."{lead}"']
    )
    assert utterance_runs(article.text, article.quotes, key) == []
