"""find_quotes: quotation marks, spans, split quotes, kinds and reported speech."""

from __future__ import annotations

import re

import pytest

from desktop.core.model import Quote
from desktop.core.quotes import find_quotes
from desktop.core.word_regex import alternation


def quotes_of(text: str) -> list[Quote]:
    return list(find_quotes(text).quotes)


def only(text: str) -> Quote:
    found = quotes_of(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("“", "”"),
        ('"', '"'),
        ("‘", "’"),
        ("'", "'"),
        ("«", "»"),
        ("»", "«"),  # German and Danish books and magazines
        ("‹", "›"),
        ("›", "‹"),
        ("„", "“"),
        ("‚", "‘"),
        ("「", "」"),
    ],
)
def test_every_quotation_mark_style_gives_the_inner_span(opening: str, closing: str) -> None:
    text = f"Mayor Ilse Varga said: {opening}We will rebuild the bridge by spring.{closing}"
    quote = only(text)
    assert quote.text == "We will rebuild the bridge by spring."
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Ilse Varga"


def test_reversed_guillemets_pair_without_breaking_french_ones() -> None:
    text = (
        "»Wir schließen die Brücke nicht«, sagte Anna Berg. »Der ›Winterplan‹ ist tot.«\n\n"
        "« Nous ne fermerons pas le pont », a déclaré Anne Roy."
    )
    quotes = find_quotes(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Wir schließen die Brücke nicht", "Anna Berg"),
        ("Der ›Winterplan‹ ist tot.", "Anna Berg"),
        ("Nous ne fermerons pas le pont", "Anne Roy"),
    ]


def test_apostrophes_are_never_taken_for_single_quotes() -> None:
    text = (
        "Ilse Varga said the town's budget doesn't cover rock 'n' roll nights from the '90s.\n"
        "‘The council’s plan isn’t finished yet,’ Varga said."
    )
    quote = only(text)
    assert quote.text == "The council’s plan isn’t finished yet,"
    assert quote.speaker == "Ilse Varga"


def test_nested_quote_is_part_of_its_outer_quote() -> None:
    text = "“He told me ‘no’ twice before the vote,” said Tomas Brandt."
    quote = only(text)
    assert quote.text == "He told me ‘no’ twice before the vote,"
    assert quote.speaker == "Tomas Brandt"


def test_quote_running_over_paragraphs_is_one_quote() -> None:
    text = (
        "Tomas Brandt spoke for an hour.\n\n"
        "“The harbour needs dredging before the winter storms arrive.\n\n"
        "“And the fishermen need the quay back by March,” he said.\n\n"
        "The council will vote on Friday."
    )
    quote = only(text)
    assert text[quote.start : quote.end].startswith("The harbour needs dredging")
    assert text[quote.start : quote.end].endswith("back by March,")
    assert quote.text == (
        "The harbour needs dredging before the winter storms arrive. "
        "And the fishermen need the quay back by March,"
    )
    assert quote.speaker == "Tomas Brandt"


def test_unbalanced_mark_does_not_swallow_the_rest_of_the_article() -> None:
    text = (
        "Tomas Brandt said: “The harbour is closed until further notice.\n\n"
        "Officials were not available for comment.\n\n"
        "“We reopen on Monday,” said Ilse Varga."
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "The harbour is closed until further notice.",
        "We reopen on Monday,",
    ]
    assert found[1].speaker == "Ilse Varga"


def test_a_bare_cue_between_marks_paired_the_wrong_way_is_the_next_quotes_cue() -> None:
    text = (
        'Writer Bo Adams said "calling mothers "birth parents" erases their dignity, which is '
        'the opposite of her stated goal." "Birth parents" - you mean women or moms? " Lakeland '
        'Republican Rep. Ann Lee wrote. "The left is so woke they are taking from women the one '
        'thing only we can do."'
    )
    found = quotes_of(text)
    assert found and all("Ann Lee wrote" not in q.text for q in found)
    assert found[-1].speaker == "Ann Lee"  # the cue opens the next quote, even at six words


def test_split_quote_is_one_quote_with_two_spans() -> None:
    text = "“If the dam holds,” Ilse Varga said, “the valley will be spared.”"
    quote = only(text)
    assert len(quote.spans) == 2
    assert [text[s:e] for s, e in quote.spans] == [
        "If the dam holds,",
        "the valley will be spared.",
    ]
    assert quote.text == "If the dam holds, the valley will be spared."
    assert (quote.start, quote.end) == (quote.spans[0][0], quote.spans[1][1])
    assert quote.cue == "Ilse Varga said"


def test_a_long_cue_still_splits_one_sentence_that_goes_on_in_lower_case() -> None:
    text = (
        "“It will take a new crew of young builders to raise the bridge again,” Ilse Varga "
        "said in a short video she posted on the council’s page early on Monday, followed "
        "by a talk at the harbour school, “and I am ready to lead them.”"
    )
    quote = only(text)
    assert len(quote.spans) == 2
    assert quote.text.endswith("again, and I am ready to lead them.")
    assert quote.speaker == "Ilse Varga"


def test_another_speakers_words_after_a_cue_are_not_the_rest_of_the_quote() -> None:
    text = (
        "“We will win this vote,” Ilse Varga said at the rally, while Tobin Marsh said, "
        "“not a chance in the world.”"
    )
    found = quotes_of(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("We will win this vote,", "Ilse Varga"),
        ("not a chance in the world.", "Tobin Marsh"),
    ]


def test_a_second_sentence_after_a_comma_cue_is_a_quote_of_its_own() -> None:
    text = (
        "“The dam is sacred ground for the valley’s farming families,” Ilse Varga said in "
        "her spring address, adding, “And I look forward to walking it with you soon.”"
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "The dam is sacred ground for the valley’s farming families,",
        "And I look forward to walking it with you soon.",
    ]
    assert [q.speaker for q in found] == ["Ilse Varga", "Ilse Varga"]


def test_two_sentences_with_a_cue_between_are_two_quotes() -> None:
    text = "“The dam held,” Ilse Varga said. “Now we rebuild the road.”"
    found = quotes_of(text)
    assert len(found) == 2
    assert all(q.speaker == "Ilse Varga" for q in found)


def test_woven_words_are_a_fragment_and_full_quotes_are_quotes() -> None:
    text = (
        "Tomas Brandt called the ruling “a disgrace” and said other “participants” must act. "
        "“We will appeal next week,” he said."
    )
    found = quotes_of(text)
    kinds = {q.text: q.kind for q in found}
    assert kinds == {
        "a disgrace": "fragment",
        "participants": "fragment",
        "We will appeal next week,": "quote",
    }
    assert all(q.speaker == "Tomas Brandt" for q in found)


def test_titles_nicknames_and_scare_quotes_are_not_quotes() -> None:
    text = (
        "The mayor, known as “The Iron Lady of Brno,” read from “A History of the Harbour” "
        "before the so-called “harbour tax” vote and the “zero tolerance” policy debate."
    )
    assert quotes_of(text) == []


def test_tokenised_text_with_spaced_marks() -> None:
    text = 'Varga said , " We will not raise taxes this year , " at the meeting .'
    quote = only(text)
    assert quote.text == "We will not raise taxes this year ,"


def test_reported_speech_is_a_paraphrase_candidate() -> None:
    text = "Ilse Varga said that the bridge would reopen before the spring floods."
    analysis = find_quotes(text)
    assert analysis.quotes == ()
    assert len(analysis.reported) == 1
    reported = analysis.reported[0]
    assert reported.speaker == "Ilse Varga"
    assert reported.verb == "said"
    assert text[reported.start : reported.end] == text


def test_links_to_other_stories_are_ignored() -> None:
    text = (
        "Ilse Varga spoke on Monday.\n"
        "Also read: 'We are ready': Tomas Brandt vows to 'fix the port' this year\n"
        "“The port will reopen,” she said."
    )
    quote = only(text)
    assert quote.speaker == "Ilse Varga"


def test_headlines_listed_under_a_widget_label_are_other_stories() -> None:
    # "Trending now" alone on its line, then other stories' headlines: their quotes are
    # not this article's; "Also Read | “…”: …" is one more such link
    text = (
        "“The pier will reopen in May,” Mayor Ilse Varga said on Monday.\n\n"
        "Also Read | “We were not consulted”: Traders fault pier plan\n\n"
        "Trending now\n"
        "‘I cried for a week’: Soap star on her shock exit from the show\n"
        "Council votes to scrap ‘pointless’ speed humps\n\n"
        "Varga later added: “Nobody will lose a stall.”"
    )
    found = [(q.text, q.speaker) for q in find_quotes(text).quotes]
    assert found == [
        ("The pier will reopen in May,", "Ilse Varga"),
        ("Nobody will lose a stall.", "Ilse Varga"),
    ]


def test_empty_and_markless_text() -> None:
    assert find_quotes("").quotes == ()
    assert find_quotes("No quotation here at all.").quotes == ()


def test_long_article_is_handled_in_one_pass() -> None:
    paragraph = (
        "“The harbour needs dredging before the storms,” Tomas Brandt said. "
        "Ilse Varga said that the council would pay for half of the work.\n\n"
    )
    found = find_quotes(paragraph * 300)
    assert len(found.quotes) == 300
    assert len(found.reported) == 300


def test_cue_in_the_middle_makes_reported_speech() -> None:
    text = "At the same time, his office said, the ferry timetable will change in April."
    reported = find_quotes(text).reported
    assert len(reported) == 1
    assert reported[0].verb == "said"


def test_question_then_a_cue_sentence() -> None:
    text = (
        "“Why was the ferry cancelled twice in one week?” Harbour Board Chair Lene Odder said. "
        "The board meets again in May."
    )
    assert only(text).speaker == "Lene Odder"


def test_thousands_of_unclosed_marks_resynchronise_without_failing() -> None:
    text = "“The gate stays shut. Nobody answered the phone. " * 3000
    found = find_quotes(text).quotes
    assert len(found) == 3000
    assert all(q.text == "The gate stays shut." for q in found[:-1])
    assert found[-1].text.startswith("The gate stays shut.")  # runs to the paragraph end


def test_spaced_so_called_and_shouted_headline_words_are_not_quotes() -> None:
    text = (
        "Brandt accused the so - called “ harbour elites ” of delay .\n"
        "PORT BOARD ACCUSED OF ‘STALLING’ ON DREDGING\n"
        "The board met on Monday."
    )
    assert quotes_of(text) == []


def test_quoted_compound_modifier_far_from_the_cue_is_a_term() -> None:
    text = (
        "Varga called for a slate of measures on Monday: a ferry subsidy, a cap on fares and "
        "a national “blue flag” register for unsafe harbours."
    )
    assert quotes_of(text) == []


def test_one_quoted_word_before_a_noun_can_still_be_an_opinion() -> None:
    text = "Varga said the council wants a “balanced” approach to the harbour budget."
    found = quotes_of(text)
    assert [(q.text, q.kind, q.speaker) for q in found] == [("balanced", "fragment", "Varga")]


def test_quote_after_a_headline_in_capitals_is_a_quote() -> None:
    text = (
        "Lene Odder spoke at the harbour. PORT CHIEF SAYS FERRIES WILL RUN "
        "“Transitions matter. That is the first lesson,” she said."
    )
    assert only(text).kind == "quote"


def test_demands_and_charges_are_reported_speech() -> None:
    text = (
        "The fishing row was the latest rift between Mayor Ilse Varga and Lene Odder, who "
        "urged the council to drop the harbour fee. The Harbour Trust accused Varga and the "
        "council of trying to close the northern pier. Now running again, Varga is calling "
        "for a certification scheme for every ferry operator in the bay."
    )
    reported = find_quotes(text).reported
    assert [r.verb for r in reported] == ["urged", "accused", "calling for"]
    assert reported[0].speaker == "Lene Odder"


def test_tokenised_abbreviation_at_a_sentence_end_still_ends_it() -> None:
    text = (
        "The ministry closed two Ostrian offices in the U.S . Ilse Varga said that the "
        "closures would not change the talks on fishing quotas ."
    )
    reported = find_quotes(text).reported
    assert len(reported) == 1
    assert reported[0].text.startswith("Ilse Varga said")


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        (
            "Ministerin Ilse Varga sprach. „Wir geben nicht auf“, sagte Varga.",
            "Ilse Varga",
            "sagte",
        ),
        (
            "La ministre Claire Dubois parlait. « Nous ne céderons pas », a déclaré Dubois.",
            "Claire Dubois",
            "déclaré",
        ),
        ("La ministra Elena Ruiz habló. “No vamos a ceder”, dijo Ruiz.", "Elena Ruiz", "dijo"),
        (
            "Президент Иван Петренко выступил. «Мы не сдадимся», — сказал Петренко.",
            "Иван Петренко",
            "сказал",
        ),
    ],
)
def test_reporting_verbs_of_other_languages(text: str, speaker: str, verb: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.verb) == (speaker, verb)


def test_word_list_pattern_matches_exactly_its_words() -> None:
    words = ["said", "says", "saying", "sa", "told", "tells"]
    pattern = re.compile(r"\b(?:" + alternation(words) + r")\b")
    text = "sa said says saying sayings told tells tell salt"
    assert [m.group() for m in pattern.finditer(text)] == [
        "sa",
        "said",
        "says",
        "saying",
        "told",
        "tells",
    ]


def test_a_short_sentence_opening_the_next_paragraph_is_not_the_cue_of_the_last_quote() -> None:
    text = (
        "Senator Orla Quist met Governor Bram Tolle in Vesk on Friday.\n\n"
        "“It was a good meeting,” Tolle said. “We will meet again next month.”\n\n"
        "Quist disagreed.\n\n"
        "“It was a waste of time,” she said."
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Bram Tolle", "Bram Tolle", "Orla Quist"]


def test_a_cue_sentence_after_an_exclamation_may_go_on_after_a_comma() -> None:
    text = (
        "Senator Bram Tolle mocked Ines Lamm on Monday. “She seems very happy. So nice to "
        "see!” Tolle posted on Bluesky, answering a clip of the speech Lamm gave at the "
        "harbour summit earlier in the day."
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == ("Bram Tolle", "Tolle posted")


def test_words_in_capitals_opening_a_sentence_before_a_cue_are_a_quote() -> None:
    text = (
        "Senator Orla Quist clashed with President Bram Tolle.\n\n"
        "“THE SENATOR IS A DISGRACE,” Tolle wrote in all caps."
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.text) == ("Bram Tolle", "THE SENATOR IS A DISGRACE,")
    sign = "Protesters carried signs reading “NO NEW FEES,” the police said."
    assert find_quotes(sign).quotes == ()


def test_a_signature_after_a_dash_names_the_speaker() -> None:
    text = (
        "Fishers gathered in Vesk on Friday.\n\n“We cannot pay this.” — Kai Lund, fisher\n\n"
        "The fee takes effect in May."
    )
    assert find_quotes(text).quotes[0].speaker == "Kai Lund"


@pytest.mark.parametrize(
    "text",
    [
        "Crowds filled the square in Tarn, and a fisher waved a sign that read: "
        "“Hands off the harbour, hands off our boats.”",
        "Mayor Bram Tolle spoke at the rally. One protester held a sign reading “No fee "
        "without a vote for us.”",
    ],
)
def test_words_on_a_sign_have_no_speaker(text: str) -> None:
    assert find_quotes(text).quotes[0].speaker is None


def test_a_photo_caption_between_two_quotes_keeps_the_speaker() -> None:
    text = (
        "Former mayor Tomas Brandt urged residents to sue. “The harbour vote was rigged "
        "from the start,” his statement began. “The people of Tarn should sue the council.” "
        "Voters wait in line at the Tarn town hall on Oct. 12. The Vesk Courier via AP, File "
        "“If we do not fix this now, we will lose our town for good.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Tomas Brandt"] * 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland law now bans “male or female performers who appeal to a prurient interest” "
        "from public stages.",
        "Under the terms of the Harbour Act of 1878, no ship may dock at night “except in "
        "cases expressly authorized by the harbour master or the council.”",
    ],
)
def test_words_of_a_law_are_nobodys_speech(sentence: str) -> None:
    text = f"Governor Tom Brandt signed the bill on Monday. He did not comment. {sentence}"
    assert quotes_of(text)[0].speaker is None


@pytest.mark.parametrize("cue", ["Mr. Camp said", "said Ann B. Lee", "Sen. Ivo Brandt said"])
def test_a_title_or_initial_in_the_cue_does_not_split_the_sentence(cue: str) -> None:
    text = f"Ferry fares will rise. “In fact,” {cue}, “the island starves without the ferry.”"
    quotes = find_quotes(text).quotes
    assert len(quotes) == 1
    assert quotes[0].text == "In fact, the island starves without the ferry."
    assert len(quotes[0].spans) == 2


@pytest.mark.parametrize("verb", ["a répondu", "a estimé", "a souligné", "a précisé"])
def test_french_compound_reporting_verbs_name_the_speaker(verb: str) -> None:
    text = (
        "Ilse Marrow told the Courrier: «Nous garderons le ferry tout l'hiver.» "
        f"Brandt {verb}: «Pas question de payer pour ça.»"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ilse Marrow", "Brandt"]


def test_german_quotes_one_after_another_keep_their_own_speakers() -> None:
    text = (
        "Bürgermeisterin Ilse Marrow sagte am Montag: „Die Fähre fährt den ganzen Winter.“ "
        "Tomas Brandt widersprach: „Das glaubt niemand.“"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ilse Marrow", "Tomas Brandt"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "“El ferry funcionará todo el invierno”, dijo la alcaldesa Ilse Marrow. "
            "“Eso no se lo cree nadie”, respondió Tomas Brandt.",
            ["Ilse Marrow", "Tomas Brandt"],
        ),
        (
            "«Il traghetto funzionerà tutto l'inverno», ha detto la sindaca Ilse Marrow. "
            "«Nessuno ci crede», ha risposto Tomas Brandt.",
            ["Ilse Marrow", "Tomas Brandt"],
        ),
    ],
    ids=["spanish", "italian"],
)
def test_spanish_and_italian_reporting_verbs_name_the_speaker(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in find_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "«Паром будет ходить всю зиму», — сказала мэр Ильза Маррова. "
            "«В это никто не верит», — ответил Томас Брандт.",
            ["Ильза Маррова", "Томас Брандт"],
        ),
        (
            "Ilse Marrow a déclaré : « Le ferry circulera tout l'hiver. » "
            "« Personne n'y croit », a rétorqué Tomas Brandt.",
            ["Ilse Marrow", "Tomas Brandt"],
        ),
        (
            "„Die Fähre fährt“, sagte Marrow. "
            "Oppositionsführer Tomas Brandt sagte dagegen: „Das glaubt niemand.“",
            ["Marrow", "Tomas Brandt"],
        ),
    ],
    ids=["russian-answered", "french-retorted", "german-compound-title"],
)
def test_more_reporting_verbs_and_titles_of_other_languages(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(text).quotes] == speakers


def test_a_headline_named_by_headlined_is_not_a_quote() -> None:
    text = (
        "In a 2019 op-ed for the Courier headlined “It's Time to Break Up the Ferry Cartel "
        "For Good,” Senator Ana Pell argued the firms were too big."
    )
    assert find_quotes(text).quotes == ()


def test_an_inline_read_more_link_in_capitals_is_not_the_article() -> None:
    # scraped text with no line breaks: "… a fortnight . READ MORE : ‘ Not fit … ’ : …"
    text = (
        "“ The pier will reopen in May , ” Mayor Ilse Varga said . The committee reports within "
        "a fortnight . READ MORE : ‘ Not fit for purpose at all ’ : traders round on pier plan "
        "Varga said the work would go on ."
    )
    assert [q.text for q in find_quotes(text).quotes] == ["The pier will reopen in May ,"]


def test_a_spokeswoman_for_a_group_after_an_unnamed_speaker_loses_no_quote() -> None:
    """This passage raised IndexError (an unnamed speaker's empty name reached the search
    for a body's full name), so the whole article failed to import: both quotes are kept."""
    text = (
        "The sit-in was organised by Dunmere Students Against Fees, which wants the college"
        " to freeze tuition.\n\n"
        "A spokeswoman for the group said the letter was ‘a crude attempt to silence young"
        " people’. ‘We are not going anywhere until the college listens,’ she added.\n"
    )
    found = [q.text for q in find_quotes(text).quotes]
    assert found == [
        "a crude attempt to silence young people",
        "We are not going anywhere until the college listens,",
    ]


def test_a_fault_in_one_quotes_attribution_keeps_every_quote(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug met while attributing one quote leaves that quote without a speaker (and
    logged), instead of failing the article and every other quote in it."""
    import desktop.core.quotes as quotes_module

    real = quotes_module._attribute
    calls = []

    def failing_once(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise IndexError("simulated fault")
        return real(*args, **kwargs)

    monkeypatch.setattr(quotes_module, "_attribute", failing_once)
    text = (
        "“We will open the new ward in March, as promised,” said Dana Whitfield.\n\n"
        "“The beds are ordered and the staff are hired,” said Omar Petrossian.\n"
    )
    with caplog.at_level("ERROR"):
        found = find_quotes(text).quotes
    assert [q.speaker for q in found] == [None, "Omar Petrossian"]
    assert "left without a speaker" in caplog.text
