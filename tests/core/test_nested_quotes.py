"""Quotes inside quotes: another person's words repeated inside a quote are a quote too."""

from __future__ import annotations

from desktop.core.matching import align_statements, primary_members
from desktop.core.model import ArticleQuotes, Quote
from desktop.core.quotes import find_quotes

PARTY_POST = (
    "The Harbour Party answered within the hour. "
    "“Did the mayor just admit it? ‘I never read the dredging budget before I signed it,’” "
    "the party wrote on its account.\n\n"
    "Mayor Ilse Varga said the post was unfair."
)
DIRECT = (
    "Mayor Ilse Varga spoke to reporters on the quay. "
    "“I never read the dredging budget before I signed it,” Varga said. "
    "“Did the mayor just admit it? ‘I never read the dredging budget before I signed it,’” "
    "the Harbour Party wrote."
)


def texts(quotes: tuple[Quote, ...], text: str) -> list[str]:
    return [text[q.start : q.end] for q in quotes]


def test_another_persons_words_inside_a_quote_are_a_quote_of_their_own() -> None:
    quotes = find_quotes(PARTY_POST).quotes
    assert texts(quotes, PARTY_POST) == [
        "Did the mayor just admit it? ‘I never read the dredging budget before I signed it,’",
        "I never read the dredging budget before I signed it,",
    ]
    outer, inner = quotes
    assert outer.speaker == "Harbour Party"  # the outer quote keeps its speaker and words
    assert inner.kind == "quote"
    assert inner.speaker != "Harbour Party"  # not the party's own words


def test_a_cue_inside_the_quote_names_whose_words_they_are() -> None:
    text = (
        "Officials at the Tarn Budget Office sent new figures on Monday. "
        "“The Budget Office called its latest forecast ‘highly uncertain.’ We concur,” "
        "the finance ministry said in a statement."
    )
    outer, inner = find_quotes(text).quotes
    assert outer.cue == "the finance ministry said"
    assert (inner.text, inner.kind) == ("highly uncertain.", "fragment")
    assert (inner.speaker, inner.verb) == ("Tarn Budget Office", "called")


def test_the_speakers_own_words_and_scare_quotes_stay_inside_the_quote() -> None:
    text = (
        "“Every week I keep telling my pupils, ‘Go and ask your parents about it,’ "
        "and every week they come back with more questions,” said Nora Kell, a teacher.\n\n"
        "“This is where the drive for ‘efficiency’ ends up, with nobody left to answer "
        "the phone,” Kell said.\n\n"
        "“My first reaction was, ‘Oh no, the whole town will be talking about this,’ and "
        "then I laughed,” she added."
    )
    quotes = find_quotes(text).quotes
    assert [q.speaker for q in quotes] == ["Nora Kell"] * 3


def test_words_someone_else_gave_back_after_i_asked_are_theirs() -> None:
    # "When I asked him why, he wrote back, ‘…’": the words after "he wrote back" are his,
    # though the speaker's own "I asked" stands earlier in the sentence
    text = (
        "A former volunteer, Dora Finch, sued the Ashgrove campaign on Tuesday. Its manager, "
        "Carl Mendez, had told her to delete the lists.\n\n"
        "“When I asked him why, he wrote back, ‘Because I am the one in charge here,’ and a "
        "week later I was locked out,” Finch said."
    )
    quotes = find_quotes(text).quotes
    assert [(q.text, q.speaker) for q in quotes][1:] == [
        ("Because I am the one in charge here,", "Carl Mendez")
    ]
    assert quotes[0].speaker == "Dora Finch"


def test_a_quote_over_two_paragraphs_is_not_read_as_holding_a_quote() -> None:
    text = (
        "Rafe Oduya spoke first.\n\n"
        "“The ferry must run all winter, whatever the storms do to the timetable.\n\n"
        "“And the island school needs its teachers back by March,” he said."
    )
    assert len(find_quotes(text).quotes) == 1


def _article(key: int, text: str) -> ArticleQuotes:
    found = find_quotes(text)
    return ArticleQuotes(key, f"Outlet {key}", text, found.quotes, found.reported)


def test_nested_words_line_up_with_another_outlets_direct_quote() -> None:
    a, b = _article(1, PARTY_POST), _article(2, DIRECT)
    statements = align_statements([a, b])

    def statement_with(article: ArticleQuotes, words: str) -> int:
        index = next(i for i, q in enumerate(article.quotes) if q.text.startswith(words))
        return next(
            n
            for n, s in enumerate(statements)
            if any(m.article == article.key and m.quote == index for m in s.members)
        )

    mayor = "I never read"
    post = "Did the mayor"
    # The mayor's words: inside the party's post in outlet 1, said directly in outlet 2.
    assert statement_with(a, mayor) == statement_with(b, mayor)
    # The post itself pairs with the same post, not with the mayor's own quote.
    assert statement_with(a, post) == statement_with(b, post)
    assert statement_with(a, post) != statement_with(a, mayor)
    shared = statements[statement_with(a, post)]
    assert {m.relation for m in primary_members(shared)} == {"verbatim"}
    # Shown as printed, the mayor's words included.
    assert shared.reference_text == a.quotes[0].text


def test_an_utterance_printed_in_pieces_is_the_reference_over_a_repeated_piece() -> None:
    # Outlet 2 prints the mayor's two sentences as one utterance ("A," she said. "B.")
    # and her first sentence again inside the party's post; outlet 1 prints the first
    # sentence inside the post and a re-worded second one on its own.
    one = _article(
        1, PARTY_POST + " “We will finish the dredging before the storms come,” she said."
    )
    two = _article(
        2,
        "Mayor Ilse Varga spoke to reporters on the quay. "
        "“I never read the dredging budget before I signed it,” Varga said. "
        "“We will finish the work before the storms arrive.”\n\n"
        "“Did the mayor just admit it? ‘I never read the dredging budget before I signed it,’” "
        "the Harbour Party wrote.",
    )
    statements = align_statements([one, two])
    mayor = next(s for s in statements if s.speaker == "Ilse Varga")
    # The whole utterance is the reference, so each outlet's piece is judged against it.
    assert "I never read" in mayor.reference_text
    assert "We will finish the work" in mayor.reference_text
    # Outlet 1 re-worded the second sentence: a changed part, so its cell is a variant,
    # not the excerpt it also printed.
    cells = {m.article: m.relation for m in primary_members(mayor)}
    assert cells == {1: "variant", 2: "verbatim"}


def test_a_label_or_the_speakers_own_voice_inside_a_quote_is_not_a_quote() -> None:
    text = (
        "“I was like, ‘What are you even doing on our quay at this hour?’ and he left,” "
        "said Ivo Brandt.\n\n"
        "“Our motto is ‘We never quit, whatever the weather does,’ and we mean it,” "
        "Brandt added."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ivo Brandt", "Ivo Brandt"]


def test_many_quoted_terms_inside_one_quote_are_a_list_not_speech() -> None:
    items = ", ".join(f"‘we did item {n} ourselves’" for n in range(40))
    text = f"“The report lists {items} and nothing else,” said Ivo Brandt."
    assert len(find_quotes(text).quotes) == 1


def test_a_nested_quote_after_a_question_naming_someone_is_theirs() -> None:
    text = (
        "The party's research account pounced. “Did Ilse Varga just admit she never read "
        "it? ‘I never read the dredging budget before I signed it,’” the account tweeted."
    )
    outer, inner = find_quotes(text).quotes
    assert inner.speaker == "Ilse Varga"
    assert outer.speaker != "Ilse Varga"


def speaker_of(text: str, words: str) -> str | None:
    return next(q.speaker for q in find_quotes(text).quotes if q.text.startswith(words))


def test_she_inside_a_mothers_quote_is_her_daughter_not_the_mother() -> None:
    text = (
        "The singer Lotte Armand wrote the album at her mother’s bedside. Her mother, Greet "
        "Armand, is 70 now and still runs the family bakery.\n\n"
        "“I told her to bring a notebook, and she did. And she looked right at me and said, "
        "‘Mum, the notebook is full now.’ I laughed for a week,” Greet Armand said."
    )
    assert speaker_of(text, "Mum, the notebook") == "Lotte Armand"


def test_he_inside_a_quote_is_the_last_man_named_before_it_besides_the_speaker() -> None:
    text = (
        "Captain Joris Tandel admitted he had been lucky to stay on the pitch after a long "
        "argument with the referee, Pieter Walbeek, over the first penalty. Walbeek said "
        "afterwards he had been patient.\n\n"
        "Tandel’s teammate Ruud Kamp was quieter. “We got away with one,” Kamp said.\n\n"
        "“He told me, ‘One more word and you are going,’ so I kept quiet,” Tandel said."
    )
    assert speaker_of(text, "One more word") == "Pieter Walbeek"


def test_a_quote_opening_he_said_with_nested_single_marks_is_not_narration() -> None:
    # '"He said, 'I understand,' and he thanked me, and that's Brick."': the director's
    # words, with the coach's nested; the marks around them stay paired
    text = (
        '"I told him this morning at 8 o\'clock, face to face," Brandvold said. "He said, '
        "'I understand,' and he thanked me, and that's Brick.\" Brandvold was an assistant "
        'athletic director when Halloran was hired. "Brick is a good man and a good coach," '
        "she said."
    )
    quotes = [q for q in find_quotes(text).quotes if q.kind == "quote"]
    assert "He said, 'I understand,' and he thanked me, and that's Brick." in [
        q.text for q in quotes
    ]
    assert all("assistant athletic director" not in q.text for q in quotes)


def test_the_managers_words_a_player_repeats_are_a_quote_of_their_own() -> None:
    # "‘The gaffer said at half-time, “…,” and we admired it,’ Okoro said": the manager's
    # words, not the player quoting himself
    text = (
        "Rovers manager Ewan Pellow watched from the touchline.\n\n"
        "‘Two goals is nice but I would swap them both for the points,’ striker Femi Okoro "
        "said. ‘The gaffer said at half-time, “Kill the game off, do not admire it,” and we "
        "admired it.’"
    )
    inner = [q for q in find_quotes(text).quotes if q.text.startswith("Kill")]
    assert [q.speaker for q in inner] == ["Ewan Pellow"]
    # Nowhere given the manager's title, the gaffer is still not the striker himself
    text = text.replace("Rovers manager Ewan Pellow", "Ewan Pellow").replace("striker ", "")
    inner = [q for q in find_quotes(text).quotes if q.text.startswith("Kill")]
    assert len(inner) == 1 and inner[0].speaker != "Femi Okoro"


def test_the_gaffer_is_the_manager_in_focus() -> None:
    text = (
        "Town fell apart after the break. To his credit, Ewan Pellow did not hide afterwards. "
        "“We were not good enough, and in the second half we were eleven people looking at "
        "each other,” the gaffer said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ewan Pellow"]


def test_she_inside_another_womans_quote_is_the_woman_the_piece_is_about() -> None:
    # The sister speaks; "She said, ‘…’" inside her words is the singer the profile is
    # about, though nobody else of her sex is named near it.
    text = (
        "Odile Varga-Lenz orders the soup, then changes her mind. Odile is forty and tired "
        "of apologising. Odile says she wrote the new album in a month.\n\n"
        "The record runs to eleven songs, most of them short. Strings arrive on the third "
        "track and never quite leave. The closing song was recorded in a single take in a "
        "church hall, with the rain audible on the roof. The label expects it to chart in "
        "several countries, and a tour of forty dates begins in the spring. Tickets went on "
        "sale on Friday and the first London show sold out within the hour. A second date "
        "was added on Saturday morning, and a third by the evening. The venue, a former "
        "tram depot on the edge of the city, holds four thousand people standing. Its "
        "owners say the queue for returns stretched around the block by noon.\n\n"
        "Her sister and manager, Mirela Varga-Lenz, joins us halfway through lunch. "
        "“She threw out a hit,” Mirela says. “I told her it was a hit. She said, ‘I know, "
        "that is why it has to go.’”"
    )
    inner = [q for q in find_quotes(text).quotes if q.text.startswith("I know")]
    assert [q.speaker for q in inner] == ["Odile Varga-Lenz"]
