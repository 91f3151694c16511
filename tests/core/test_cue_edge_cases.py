"""Ordinary sentences that narrower rules (titles, crowds, asides, teams) must not misread."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes
from desktop.core.speakers import canonical_speakers

QUOTE = "“We will keep the ferry running until the council listens to the residents.”"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Ann Lee wrote in her new book: {QUOTE}", "Ann Lee"),
        (f"Tom Vale said on his show, {QUOTE}", "Tom Vale"),
        (f"Ann Lee, a country singer from Ohio, asks: {QUOTE}", "Ann Lee"),
        (f"Ann Lee, whose fans adore her, asks: {QUOTE}", "Ann Lee"),
        (f"Across the country, Ann Lee asks: {QUOTE}", "Ann Lee"),
        (f"Tom Vale told the nation and asks: {QUOTE}", "Tom Vale"),
        (f"Ann Lee, though tired, said: {QUOTE}", "Ann Lee"),
    ],
)
def test_a_named_speaker_keeps_the_quote(text: str, speaker: str) -> None:
    quotes = find_quotes(text).quotes
    assert [q.speaker for q in quotes] == [speaker]
    assert quotes[0].cue is not None and speaker in quotes[0].cue


def test_a_title_after_her_book_is_still_no_quote() -> None:
    assert find_quotes("In her new book “The Long Winter,” Ann Lee writes of ferries.").quotes == ()


def test_a_crowd_thinking_aloud_is_nobody_named() -> None:
    text = f"Mayor Tom Vale spoke on Monday. The longer the people sigh and wonder, {QUOTE}"
    assert [q.speaker for q in find_quotes(text).quotes] == [None]


def test_a_person_who_fires_the_coach_is_not_the_coach() -> None:
    text = "Tom Vale fires coach Bob Kim after the loss. “We needed a change at the top,” he said."
    assert find_quotes(text).quotes[0].speaker == "Tom Vale"


def test_a_doubled_apostrophe_closes_the_quote_whole() -> None:
    quote = find_quotes("“We won the vote,’’ Tom Vale said.").quotes[0]
    assert (quote.text, quote.cue, quote.speaker) == (
        "We won the vote,",
        "Tom Vale said",
        "Tom Vale",
    )


def test_orders_from_a_place_name_no_speaker() -> None:
    text = "Officials followed orders from Ohio to “keep the gates shut until the storm passes.”"
    assert [q.speaker for q in find_quotes(text).quotes] == [None]


def test_a_middle_name_used_alone_is_the_same_person() -> None:
    assert canonical_speakers(["Mary Ann Lee", "Ann Lee"])["Ann Lee"] == "Mary Ann Lee"


def test_a_sentence_with_a_participle_after_an_exclamation_is_no_cue() -> None:
    text = (
        "President Ana Ruiz spoke on Friday. “Velmora cannot have these weapons! The old "
        "plan was weak,” the president wrote on Saturday. “We are adding new sanctions on "
        "Monday. The sooner the better!” Ms. Ruiz last year left the treaty, arguing the pact "
        "was too lax."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_word_someone_called_it_in_a_clause_before_the_main_cue_is_theirs() -> None:
    text = (
        "President Ana Ruiz spoke on Monday. After a news conference in which the president "
        "called the opposition's threats on borrowing “irresponsible,” Senate leader Tom Vale "
        "said he could not think of a better chance to cut spending."
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == ("Ana Ruiz", "the president called")


def test_role_words_before_a_name_after_a_time_zone_give_the_name() -> None:
    text = (
        "In the memo, sent to staff shortly before 8 a.m. Pacific, co-founder and chief "
        "executive Ilse Marrow said the company had “hired ahead of demand that never "
        "arrived.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ilse Marrow"]


def test_when_before_an_unnamed_subject_is_no_name() -> None:
    text = (
        "Ann Lee runs the Kestrel campaign. “When a company says it ‘worked with the "
        "regulator from day one,’ ask why it took a year,” Lee said."
    )
    speakers = {q.text[:10]: q.speaker for q in find_quotes(text).quotes}
    assert speakers["worked wit"] is None


def test_a_first_name_with_an_age_after_it_is_a_person_a_pronoun_can_mean() -> None:
    text = (
        "Queues for the Aerlin help desk stretched past the security gate. Aerlin cancelled "
        "forty flights.\n\n"
        "Ottokar, 67, on his way to a wedding, took a longer view. “I have flown from here "
        "for forty years,” he said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ottokar"]


@pytest.mark.parametrize(
    "cue",
    [
        "can be heard saying",
        "could be heard saying",
        "was recorded saying",
        "is seen telling donors",
    ],
)
def test_a_speaker_caught_on_a_recording_is_the_cues_subject(cue: str) -> None:
    # "“…,” Whitcombe can be heard saying": Whitcombe, not the last one quoted before him
    text = (
        "“I take no pleasure in this vote against a person,” Miriam Szabo said. The vote "
        "followed the release of a recording. “Half of these departments are museum staff "
        f"guarding empty rooms,” Graham Whitcombe {cue} on the recording."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Miriam Szabo", "Graham Whitcombe"]


def test_an_opening_phrase_without_a_comma_leaves_the_body_after_it_speaking() -> None:
    text = (
        "Harbor Athletic have turned down a third offer for their captain. Harbor moved "
        "quickly to shut the story down. In a statement released on Thursday morning the club "
        "said: “We have received a formal approach. That approach has been rejected.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Harbor Athletic"
