"""Correcting quotes by hand: speaker, bounds and "not a quote" survive re-extraction."""

from __future__ import annotations

import pytest

from desktop.errors import NotFoundError, UserError
from desktop.services.comparing import compare_story
from desktop.services.corrections import (
    correct_quote_bounds,
    correct_quote_speaker,
    list_quotes_of_speaker,
    list_removed_quotes,
    quote_context,
    remove_quote,
    restore_quote,
)
from desktop.services.importing import import_text
from desktop.services.library import create_story, get_article
from desktop.services.reextracting import reextract_articles
from desktop.services.speakers import (
    merge_speakers,
    speaker_overview,
    split_speaker,
)
from desktop.storage.database import Database

COUNCIL = """Title: Harbour wall to be raised
Outlet: Test Radio

“The wall will be raised by a metre,” said Mayor Rosa Tellan on Monday.

Piet Vardy warned: “Eleven of the forty blocks are cracked. We start in May.”

“Nobody told the fishermen,” the harbour master, Ivo Brask, said.

The work is expected to last a year.
"""

FERRY = """Title: Ferry doubled during works
Outlet: Coast Wire

“We will double the ferry,” Tellan said after the council met.

“The blocks are cracked,” Vardy said.
"""


def _paste(db: Database, text: str) -> int:
    (outcome,) = import_text(db, text, is_html=False).outcomes
    assert outcome.article_id is not None, outcome.message
    return outcome.article_id


def _speaker_id(db: Database, name: str) -> int:
    return next(row.id for row in speaker_overview(db) if row.name == name)


def _quote_ids(db: Database, speaker: str) -> list[int]:
    return [quote.id for quote in list_quotes_of_speaker(db, _speaker_id(db, speaker))]


def _speakers_by_text(db: Database, article_id: int) -> dict[str, str | None]:
    # Keyed without the trailing comma or full stop quote finding keeps inside the marks.
    return {quote.text.rstrip(",."): quote.speaker for quote in get_article(db, article_id).quotes}


def test_overview_counts_quotes_and_articles_per_person(db: Database) -> None:
    _paste(db, COUNCIL)
    _paste(db, FERRY)
    rows = {row.name: row for row in speaker_overview(db)}
    assert rows["Rosa Tellan"].quotes == 2 and rows["Rosa Tellan"].articles == 2
    assert rows["Ivo Brask"].quotes == 1 and rows["Ivo Brask"].articles == 1
    quotes = list_quotes_of_speaker(db, rows["Rosa Tellan"].id)
    assert {quote.outlet for quote in quotes} == {"Test Radio", "Coast Wire"}
    assert not any(quote.corrected for quote in quotes)


def test_a_corrected_speaker_survives_re_extraction(db: Database) -> None:
    article = _paste(db, COUNCIL)
    (brask_quote,) = _quote_ids(db, "Ivo Brask")
    vardy = _speaker_id(db, "Piet Vardy")
    assert correct_quote_speaker(db, brask_quote, vardy) == vardy
    assert _speakers_by_text(db, article)["Nobody told the fishermen"] == "Piet Vardy"
    (corrected,) = [q for q in list_quotes_of_speaker(db, vardy) if q.corrected]
    assert corrected.text == "Nobody told the fishermen,"

    (outcome,) = reextract_articles(db, [article]).outcomes
    assert outcome.status == "imported"
    assert "1 hand correction re-applied" in outcome.message
    speakers = _speakers_by_text(db, article)
    assert speakers["Nobody told the fishermen"] == "Piet Vardy"
    assert speakers["The wall will be raised by a metre"] == "Rosa Tellan"


def test_a_new_name_makes_a_new_speaker_and_statements_use_it(db: Database) -> None:
    council, ferry = _paste(db, COUNCIL), _paste(db, FERRY)
    story = create_story(db, "Harbour", [council, ferry])
    (ferry_quote,) = [
        q.id
        for q in list_quotes_of_speaker(db, _speaker_id(db, "Piet Vardy"))
        if q.article_id == ferry
    ]
    correct_quote_speaker(db, ferry_quote, "Greta Holm")
    assert _speakers_by_text(db, ferry)["The blocks are cracked"] == "Greta Holm"
    statements = compare_story(db, story).comparison.statements
    speakers = {statement.speaker for statement in statements if ferry in statement.articles}
    assert "Greta Holm" in speakers


def test_corrected_bounds_survive_re_extraction(db: Database) -> None:
    article = _paste(db, COUNCIL)
    (vardy_quote,) = _quote_ids(db, "Piet Vardy")
    context = quote_context(db, vardy_quote)
    text = get_article(db, article).text
    assert context.excerpt in text and "Eleven of the forty" in context.excerpt
    # Keep only the first sentence; the user's selection takes the closing mark along.
    first = text.index("Eleven")
    end = text.index(" We start")
    assert correct_quote_bounds(db, vardy_quote, first - 1, end) == (first, end)
    assert _speakers_by_text(db, article)["Eleven of the forty blocks are cracked"] == "Piet Vardy"

    reextract_articles(db, [article])
    quotes = {q.text: q for q in get_article(db, article).quotes}
    assert "Eleven of the forty blocks are cracked." in quotes
    assert not any("We start in May" in t for t in quotes)
    kept = quotes["Eleven of the forty blocks are cracked."]
    assert (kept.start, kept.end) == (first, end) and kept.speaker == "Piet Vardy"


def test_bounds_outside_the_text_or_empty_are_refused(db: Database) -> None:
    article = _paste(db, COUNCIL)
    (quote,) = _quote_ids(db, "Ivo Brask")
    length = len(get_article(db, article).text)
    for start, end in ((-1, 5), (10, length + 1), (20, 20), (30, 10)):
        with pytest.raises(UserError, match="outside the article"):
            correct_quote_bounds(db, quote, start, end)
    blank = get_article(db, article).text.index("\n\n")
    with pytest.raises(UserError, match="no words"):
        correct_quote_bounds(db, quote, blank, blank + 2)


def test_a_removed_quote_stays_removed_after_re_extraction(db: Database) -> None:
    article = _paste(db, COUNCIL)
    (brask_quote,) = _quote_ids(db, "Ivo Brask")
    before = len(get_article(db, article).quotes)
    remove_quote(db, brask_quote)
    assert len(get_article(db, article).quotes) == before - 1
    with pytest.raises(NotFoundError):
        remove_quote(db, brask_quote)
    reextract_articles(db, [article])
    texts = [q.text for q in get_article(db, article).quotes]
    assert len(texts) == before - 1 and "Nobody told the fishermen" not in texts


def test_merged_speakers_stay_merged_after_re_extraction(db: Database) -> None:
    council, ferry = _paste(db, COUNCIL), _paste(db, FERRY)
    tellan, brask = _speaker_id(db, "Rosa Tellan"), _speaker_id(db, "Ivo Brask")
    merge_speakers(db, tellan, [brask], name="Mayor Tellan")
    reextract_articles(db, [council, ferry])
    rows = {row.name: row for row in speaker_overview(db)}
    assert "Ivo Brask" not in rows
    assert rows["Mayor Tellan"].id == tellan and rows["Mayor Tellan"].quotes == 3
    assert _speakers_by_text(db, council)["Nobody told the fishermen"] == "Mayor Tellan"
    # A later article naming him by surname only still lands on the merged person.
    later = _paste(db, "Title: Later\nOutlet: Test Radio\n\n“Ask the fishermen,” Brask said.\n")
    assert _speakers_by_text(db, later)["Ask the fishermen"] == "Mayor Tellan"


def test_a_split_keeps_quotes_the_user_attributed_by_hand(db: Database) -> None:
    council = _paste(db, COUNCIL)
    tellan, brask = _speaker_id(db, "Rosa Tellan"), _speaker_id(db, "Ivo Brask")
    (vardy_quote,) = _quote_ids(db, "Piet Vardy")
    merge_speakers(db, tellan, [brask])
    # The user says Vardy's words were Brask's; then splits Brask off again.
    correct_quote_speaker(db, vardy_quote, tellan)
    split_speaker(db, tellan, "Ivo Brask")
    speakers = _speakers_by_text(db, council)
    assert speakers["Nobody told the fishermen"] == "Ivo Brask"
    assert speakers["Eleven of the forty blocks are cracked. We start in May"] == "Rosa Tellan"
    reextract_articles(db, [council])
    assert _speakers_by_text(db, council) == speakers


def test_a_removed_quote_can_be_restored_with_its_speaker(db: Database) -> None:
    article = _paste(db, COUNCIL)
    (brask_quote,) = _quote_ids(db, "Ivo Brask")
    quotes_before = get_article(db, article).quotes
    remove_quote(db, brask_quote)
    (removed,) = list_removed_quotes(db)
    assert removed.text == "Nobody told the fishermen," and removed.outlet == "Test Radio"

    restored = restore_quote(db, removed.correction_id)
    assert list_removed_quotes(db) == []
    assert get_article(db, article).quotes == quotes_before  # same place, order and speaker
    assert [q.id for q in list_quotes_of_speaker(db, _speaker_id(db, "Ivo Brask"))] == [restored]
    with pytest.raises(NotFoundError):
        restore_quote(db, removed.correction_id)
    # Restored means restored: re-extraction keeps it.
    reextract_articles(db, [article])
    assert get_article(db, article).quotes == quotes_before
