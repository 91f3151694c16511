"""A sentence led by "According to X," whose quote is the predicate X gives someone else
("the agent Vera Lind “was fading out”") quotes X, not the person described; so does one
whose quote follows the lead straight away ("According to the board, “…”")."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes


def test_the_source_gave_the_quoted_predicate() -> None:
    text = (
        "Paul Hart edited the novels for years.\n\nAccording to Paul Hart, shortly before the "
        "death, the agent Vera Lind “was slowly starting to fade out” "
        "of the book trade."
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == ("Paul Hart", "According to Paul Hart")


def test_the_subjects_own_statement_stays_theirs() -> None:
    text = (
        "According to the Dalby Courier, Bishop Ivo Marn stated over the weekend that “men "
        "who break their vows should leave the order at once.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Ivo Marn"


def test_a_quote_right_after_the_source_is_the_sources_own_sentence() -> None:
    # the mayor named before is not the speaker; the board the sentence opens with is
    text = (
        "Mayor Ana Lindqvist spoke at the harbour on Monday.\n\nAccording to the Harbour "
        "Board of Wexham, “the ferry will run until March and not a day longer.”"
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.kind) == ("Harbour Board of Wexham", "quote")
    assert quote.cue == "According to the Harbour Board of Wexham"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # a source nobody the article names: still not the one described
        ("According to court documents, Orrin Vale", None),
        ("According to police, Orrin Vale", None),
        # a source then a name: the name is the predicate's subject, not the source's name
        ("According to the lawsuit, Orrin Vale", None),
        ("According to a statement from the family, Orrin Vale", "Vale family"),
        ("According to his family, Orrin Vale", "Vale family"),
        ("According to court documents , Orrin Vale", None),  # tokenised
    ],
)
def test_the_one_described_by_a_sources_predicate_is_not_its_speaker(
    lead: str, speaker: str | None
) -> None:
    text = "Orrin Vale ran the Dalby ferry until he retired.\n\n" + lead + " “became aggressive”."
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (speaker, lead.rsplit(",", 1)[0].strip())


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Shawn Dempsey is being held. According to a criminal complaint filed by the "
            "Marlowe Ridge Police Department, Dempsey “tailgated, brake-checked and then "
            "pursued” the victim.",
            "Marlowe Ridge Police Department",
        ),
        (
            "Darnell Whitby was taken into custody. According to a Quimby Falls Police "
            "Department report, investigators found “a clear accelerant trail”.",
            "Quimby Falls Police Department",
        ),
    ],
)
def test_a_documents_words_after_a_verb_or_with_commas_are_its_issuers(
    text: str, speaker: str
) -> None:
    assert find_quotes(text).quotes[0].speaker == speaker
