"""Reported speech: the sentence forms that retell what someone said without quote marks."""

import pytest

from desktop.core.matching import align_statements, cell_state
from desktop.core.model import ArticleQuotes, Quote, ReportedSpeech
from desktop.core.quotes import find_quotes


def reported(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.speaker, r.verb) for r in find_quotes(text).reported]


def test_a_question_retold_with_asked_if() -> None:
    text = (
        "Radio host Lene Odder asked Mayor Ilse Varga if the ferry fares would rise again "
        "before the summer season."
    )
    ((sentence, speaker, verb),) = reported(text)
    assert sentence == text and speaker == "Lene Odder" and verb == "asked"


def test_a_reply_retold_in_a_saying_participle() -> None:
    text = (
        "The office of Mayor Ilse Varga responded to the audit on Tuesday, saying the "
        "harbour accounts were complete and had been checked twice."
    )
    ((_, _, verb),) = reported(text)
    assert verb == "saying"


def test_a_participle_after_another_verb_is_not_the_subjects_words() -> None:
    # "arguing" after "sued" is the plaintiffs' case, not a reply of the harbour board.
    text = (
        "Nine fishing crews sued the Harbour Board over its dredging plan last year, arguing "
        "it was too costly for the small ports of the bay."
    )
    assert [verb for _, _, verb in reported(text)] != ["arguing"]


def test_said_again_that_is_reported_speech() -> None:
    text = "Tomas Brandt said again that the northern pier would stay closed all winter."
    ((_, speaker, verb),) = reported(text)
    assert speaker == "Tomas Brandt" and verb == "said"


def test_words_after_a_colon_are_a_candidate_of_their_own() -> None:
    text = (
        "Varga added that the crews had waited long enough for an answer: The board has "
        "had three years to fix the pier and has done nothing at all."
    )
    found = reported(text)
    assert [s for s, _, _ in found] == [
        "Varga added that the crews had waited long enough for an answer:",
        "The board has had three years to fix the pier and has done nothing at all.",
    ]
    assert {speaker for _, speaker, _ in found} == {"Varga"}


def test_words_the_reported_sentence_quotes_do_not_make_it_a_retelling() -> None:
    # The quoted clause is a quote of its own; the reporter's words around it retell
    # nothing of the other outlet's quote.
    quote = "Officials who neither live nor vote in Kellby want to run our harbour."
    sentence = (
        "Varga said in a statement that Tuesday's ballot marked the first occasion the board "
        "“used the harbour fee against officials who live and vote in Kellby.”"
    )
    one = ArticleQuotes(1, "Outlet 1", quote, (Quote(quote, 0, len(quote), "Ilse Varga", "quote"),))
    retold = ReportedSpeech(sentence, 0, len(sentence), "Ilse Varga")
    two = ArticleQuotes(2, "Outlet 2", sentence, (), (retold,))
    (statement,) = align_statements([one, two])
    assert cell_state(statement, 2) == "absent"


def test_a_retelling_of_one_sentence_of_a_long_quote_is_its_paraphrase() -> None:
    quote = (
        "The ferry will run twice a day from the first of March. Tickets stay free for "
        "pupils and nurses for the whole year, and nobody will pay more in winter."
    )
    sentence = "Officials said boats would run twice daily from March first."
    one = ArticleQuotes(1, "Outlet 1", quote, (Quote(quote, 0, len(quote), "Ilse Varga", "quote"),))
    retold = ReportedSpeech(sentence, 0, len(sentence), None)
    two = ArticleQuotes(2, "Outlet 2", sentence, (), (retold,))
    (statement,) = align_statements([one, two])
    assert cell_state(statement, 2) == "paraphrase"


def test_a_threat_retold_is_reported_speech() -> None:
    text = (
        "Harbour master Tomas Brandt threatened to close the northern pier if the ferry "
        "company kept missing its safety checks."
    )
    # (Its speaker comes from attribution's verb list, which does not know the verb yet.)
    ((sentence, _, verb),) = reported(text)
    assert sentence == text and verb == "threatened to"


def test_any_shared_reporting_verb_that_opens_a_clause_reports_speech() -> None:
    # "countered" and "clarified" cue quotes; retold without marks they report speech too.
    for verb in ("countered", "clarified", "proclaimed"):
        text = f"Mayor Ilse Varga {verb} that the ferry fares would stay the same all winter."
        assert [(s, v) for _, s, v in reported(text)] == [("Ilse Varga", verb)]


def test_attack_and_plural_verbs_report_no_clause() -> None:
    text = (
        "Mayor Ilse Varga slammed the harbour plan on Monday in a long speech downtown. "
        "Fishing crews argue the dredging will ruin the small ports of the bay."
    )
    assert reported(text) == []


def test_a_threat_retold_has_the_threatener_as_speaker() -> None:
    text = (
        "Harbour master Tomas Brandt visited the pier on Monday.\n\n"
        "He threatened to close the pier if the crews failed to report their catch, the "
        "Tarn Courier reported."
    )
    assert [(s, v) for _, s, v in reported(text)][-1] == ("Tomas Brandt", "threatened to")


def test_an_aside_cue_names_its_own_subject_not_the_sentences() -> None:
    text = (
        "Mayor Ilse Varga spoke after the vote on Monday.\n\n"
        "The dredging plan, the town mayor said, fails to protect the small ports of "
        "the bay."
    )
    assert [(s, v) for _, s, v in reported(text)] == [("Ilse Varga", "said")]


def test_a_clause_opening_with_a_contraction_is_reported_speech() -> None:
    # The main clause's speaker, not the subject of the "After …" clause before it.
    text = (
        "After Mayor Ilse Varga threatened to veto the budget, council leader Tomas Brandt "
        "said he’s ready to hold the vote again next week."
    )
    assert [(s, v) for _, s, v in reported(text)] == [("Tomas Brandt", "said")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Foundry owner Marta Szabo, who sat in the front row all night, told reporters "
            "afterward that the club would pay for any overruns on the stand.",
            "Marta Szabo",
        ),
        (
            "Councillor Dara Oyel also asked why, if the project was such a sure thing, the "
            "owners would not cover the overruns themselves.",
            "Dara Oyel",
        ),
        (
            "Governor Ottilie Brand said core inflation at 3.9 per cent was still almost twice "
            "the bank's target.",
            "Ottilie Brand",
        ),
        (
            "TARNBY, Sept 17 (CNW) - The Tarn National Bank kept its benchmark rate at 5.25% "
            "for a fifth straight meeting on Thursday, and Governor Ottilie Brand told "
            "reporters that borrowers should not expect relief before next summer.",
            "Ottilie Brand",
        ),
    ],
    ids=["afterward", "asked-why", "bare-noun-clause", "second-main-clause"],
)
def test_more_shapes_of_reported_speech(text: str, speaker: str) -> None:
    assert [s for _, s, _ in reported(text)] == [speaker]


def test_being_asked_to_do_something_reports_no_speech() -> None:
    # Guard: a passive "will be asked to show ID" retells nobody's words.
    text = "Under the ruling, voters will be asked to show a card but may cast a ballot anyway."
    assert reported(text) == []


def test_a_paragraph_after_a_lead_in_colon_is_the_speakers_words() -> None:
    text = (
        "Within minutes of the result, party leader Rhiannon Pascoe posted on X:\n\n"
        "Huge congratulations to Farah and the whole team. This is what happens when you "
        "listen.\n\n"
        "The result was declared at 3am."
    )
    (block,) = find_quotes(text).reported
    assert block.text.startswith("Huge congratulations") and block.speaker == "Rhiannon Pascoe"


def test_a_list_after_a_colon_is_nobodys_words() -> None:
    # Guard: no reporting verb in the lead-in.
    text = (
        "What should you do if you have an account? A few practical steps:\n\n"
        "Change your password anyway and watch your statements for strange charges."
    )
    assert find_quotes(text).reported == ()


def test_the_justices_saying_in_a_second_clause_is_the_courts_reported_speech() -> None:
    text = (
        "The Supreme Court ruled Friday that the Velmar ballot law can stand, but the justices "
        "said that voters were free to contest the law in a state court."
    )
    reported = find_quotes(text).reported
    assert [r.speaker for r in reported] == ["Supreme Court"]
    # the retold words are the second clause's: the ruling before it is no report of them
    assert reported[0].text.startswith("the justices said that voters were free")


def test_though_he_added_after_a_main_clause_is_reported_speech() -> None:
    text = (
        "Senate leader Tom Vale wants a national ban on the practice if his "
        "party wins, though he added he was not willing to end the filibuster to do so."
    )
    reported = find_quotes(text).reported
    assert [r.speaker for r in reported] == ["Tom Vale"]
    assert reported[0].text.startswith("he added he was not willing")


def test_a_block_after_a_run_in_colon_is_the_lead_ins_speaker() -> None:
    text = (
        "“I made a terrible mistake,” wrote Ivo Renn on his page. Renn went on to claim that "
        "he was unaware of the plan: I have spent the past day reviewing the videos and I am "
        "shocked and angry. I apologise to our staff and our guests. Critics were unmoved."
    )
    reported = find_quotes(text).reported
    assert [r.speaker for r in reported] == ["Ivo Renn"]
    # the block runs to the paragraph's end, three sentences at most: no mark says where
    # the words end, so a sentence of narration may ride along
    assert reported[0].text.startswith("I have spent the past day reviewing the videos")


@pytest.mark.parametrize(
    ("retold", "verb"),
    [
        (
            "The company will cut the winter timetable to two sailings a day, Szabo said "
            "on Tuesday.",
            "said",
        ),
        (
            "According to Szabo, the company will cut the winter timetable to two sailings a day.",
            "according",
        ),
    ],
    ids=["cue-closes-the-sentence", "according-to-opens-it"],
)
def test_wire_style_retelling_is_reported_speech_and_matches_the_quote(
    retold: str, verb: str
) -> None:
    intro = "Ferry operator Marta Szabo spoke on Tuesday. "
    quoted = intro + "“We will cut the winter timetable to two sailings a day,” Szabo said."
    ((_, speaker, found_verb),) = reported(intro + retold)
    assert speaker == "Marta Szabo" and found_verb == verb
    articles = [
        ArticleQuotes(
            slot, f"doc{slot}", text, find_quotes(text).quotes, find_quotes(text).reported
        )
        for slot, text in enumerate((quoted, intro + retold))
    ]
    (statement,) = align_statements(articles)
    assert {m.article: m.relation for m in statement.members} == {0: "verbatim", 1: "paraphrase"}


def test_a_cue_closing_a_sentence_that_names_nobody_is_no_retelling() -> None:
    assert (
        reported("Officials expect the bridge over the Tarn to reopen by June, the ministry said.")
        == []
    )


def test_a_byline_word_is_not_the_speaker_a_role_means() -> None:
    text = (
        "Tankers reach Tarsk\n\nPublished 15 March 2026, 07:40\n\n"
        "Water tankers finally reached Tarsk overnight, but four villages above the pass "
        "remain cut off, the province's governor says.\n\n"
        "Governor Petra Oyelaran told reporters the situation was far from settled."
    )
    assert [s for _, s, _ in reported(text)] == ["Petra Oyelaran", "Petra Oyelaran"]


@pytest.mark.parametrize(
    "lead",
    [
        "Halvern Foods cut 300 jobs on Monday, the company said in a statement.",
        "Halvern Foods cut 300 jobs on Monday, the company said.",
    ],
)
def test_a_body_a_closing_cue_calls_by_its_kind_goes_on_speaking(lead: str) -> None:
    # the company is the body the same sentence names; its words follow, cue-less
    text = lead + "\n\n“We are reviewing every option to protect the jobs that remain.”"
    result = find_quotes(text)
    assert [r.speaker for r in result.reported] == ["Halvern Foods"]
    assert [q.speaker for q in result.quotes] == ["Halvern Foods"]


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        (
            "Sheriff Tomas Ferrante briefed reporters on Monday. Ferrante declined to speculate "
            "about why the gunman chose the store, saying investigators had not yet earned the "
            "right to an answer.",
            "Tomas Ferrante",
            "saying",
        ),
        (
            "Justice Hal Brennick read his dissent from the bench. Brennick rejected the "
            "comparison to age checks at bars, arguing that no one has to show identification "
            "to read a newspaper.",
            "Hal Brennick",
            "arguing",
        ),
        (
            "Senator Ada Kirchner pressed the nominee on his finances. Kirchner also pointed out "
            "that the nominee still holds stock options worth an estimated $3.2 million.",
            "Ada Kirchner",
            "pointed out",
        ),
    ],
)
def test_a_stance_then_its_words_is_reported_speech(text: str, speaker: str, verb: str) -> None:
    found = reported(text)
    assert [(s, v) for _, s, v in found] == [(speaker, verb)]
    assert found[0][0] == text.split(". ", 1)[1]


def test_a_retelling_of_the_short_quote_one_outlet_printed_joins_the_statement() -> None:
    intro = (
        "Senator Rhys Vandal pressed the nominee, Colm Ardery, at Tuesday's hearing. “I have a "
        "problem with anybody who can't tell me where the company ends and the department "
        "begins,” Vandal said. Vandal added: “On the day you are sworn in, the company will "
        "still be paying you.” "
    )
    texts = (
        intro + "“The company ends the day I'm sworn in,” Ardery answered. “After that, I work "
        "for the people of this country, full stop.”",
        intro + "“The company ends the day I'm sworn in,” Ardery replied.",
        intro + "Ardery told Vandal that his ties to the company would end on the day he was "
        "sworn in.",
    )
    articles = [
        ArticleQuotes(
            slot, f"doc{slot}", text, find_quotes(text).quotes, find_quotes(text).reported
        )
        for slot, text in enumerate(texts)
    ]
    (statement,) = [
        s for s in align_statements(articles) if s.reference_text.startswith("The company")
    ]
    assert {m.article: m.relation for m in statement.members if m.article == 2} == {2: "paraphrase"}


@pytest.mark.parametrize(
    ("credit", "joins"),
    [
        ("said Renata Vasquez, a spokeswoman for the alliance.", True),
        ("said Renata Vasquez, a parent in Harlow who opposes the plan.", False),
    ],
    ids=["spokeswoman-for-the-body", "someone-else"],
)
def test_a_body_retells_what_its_spokeswoman_said(credit: str, joins: bool) -> None:
    intro = "The Harlow Classroom Alliance, the teachers union, fought the voucher plan. "
    quoted = (
        intro + "“The veto keeps the state's dollars in the public schools where most of our "
        "children learn, and that is where the money belongs,” " + credit
    )
    retold = (
        intro + "The Harlow Classroom Alliance said in a statement that the veto keeps state "
        "dollars in public schools."
    )
    articles = [
        ArticleQuotes(
            slot, f"doc{slot}", text, find_quotes(text).quotes, find_quotes(text).reported
        )
        for slot, text in enumerate((quoted, retold))
    ]
    (statement,) = [s for s in align_statements(articles) if "veto" in s.reference_text]
    assert (1 in statement.articles) is joins


def test_a_retelling_found_by_its_rare_words_shows_how_alike_it_is() -> None:
    quoted = (
        "Senator Ada Kirchner asked about the nominee's stake in Halvorsen Energy. “Senator, I "
        "sold the shares. I don't own a dime of that company,” Colm Ardery said."
    )
    retold = (
        "Senator Ada Kirchner asked about the nominee's stake in Halvorsen Energy. Colm Ardery "
        "said he had sold all of his Halvorsen shares before he was nominated."
    )
    articles = [
        ArticleQuotes(
            slot, f"doc{slot}", text, find_quotes(text).quotes, find_quotes(text).reported
        )
        for slot, text in enumerate((quoted, retold))
    ]
    (statement,) = align_statements(articles)
    (member,) = [m for m in statement.members if m.relation == "paraphrase"]
    assert 0 < member.similarity < 100


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        (
            "Halloran apologized to patients at the news conference, saying the hospital owed "
            "them an apology without any qualification.",
            "saying",
        ),
        ("Halloran cut her off, saying that was not what he had asked.", "saying"),
        ("Halloran told residents of low-lying streets to be out by 6 p.m. Tuesday.", "told"),
    ],
)
def test_an_apology_an_interruption_or_an_order_is_reported_speech(
    sentence: str, verb: str
) -> None:
    text = "Dr. Gregor Halloran, the hospital's chief, spoke on Monday. " + sentence
    assert [(s, v) for _, s, v in reported(text)] == [("Gregor Halloran", verb)]


def test_said_then_a_plural_subject_and_its_past_verb_is_reported_speech() -> None:
    text = (
        "Sheriff Wade Dunmore briefed reporters on Sunday. Dunmore said deputies reached the "
        "scene in about a minute and a half and that the gunman was dead within four minutes."
    )
    assert [(s, v) for _, s, v in reported(text)] == [("Wade Dunmore", "said")]
