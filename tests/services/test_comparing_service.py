"""Comparing stories (stored) and texts (no database), and exporting the result."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop.core.extract import extract_file
from desktop.errors import Cancelled, ExportError, NotFoundError
from desktop.services.comparing import compare_story, compare_texts, stored_comparison
from desktop.services.exporting import export_story
from desktop.services.importing import import_files
from desktop.services.library import create_story
from desktop.services.progress import CancelToken
from desktop.storage.database import Database

PAIR = ("olvenmark-gazette.html", "valley-courier.txt")


@pytest.fixture
def story_id(db: Database, fixture_dir: Path) -> int:
    report = import_files(db, [fixture_dir / "services" / name for name in PAIR])
    ids = [o.article_id for o in report.outcomes if o.article_id is not None]
    assert len(ids) == 2
    return create_story(db, "Brisca bridge", ids)


def test_a_two_article_story_yields_shared_statements(db: Database, story_id: int) -> None:
    result = compare_story(db, story_id)

    keys = [article.key for article in result.comparison.articles]
    assert keys == [detail.row.id for detail in result.articles] == list(result.story.article_ids)
    shared = [s for s in result.comparison.statements if len(s.articles) == 2]
    assert shared, "the mayor's and the engineer's quotes appear in both articles"
    # The engineer's figure differs (3,200,000 vs 3,000,000): not verbatim in both.
    engineer = next(s for s in shared if "cables" in s.reference_text)
    assert {m.relation for m in engineer.members} != {"verbatim"}


def test_compared_statements_are_stored(db: Database, story_id: int) -> None:
    computed = compare_story(db, story_id)
    assert stored_comparison(db, story_id).comparison == computed.comparison
    # Comparing again replaces, never duplicates, the stored statements.
    compare_story(db, story_id)
    again = stored_comparison(db, story_id)
    assert len(again.comparison.statements) == len(computed.comparison.statements)


def test_compare_reports_progress_and_can_be_cancelled(db: Database, story_id: int) -> None:
    steps: list[int] = []
    compare_story(db, story_id, progress=lambda d, _t, _m: steps.append(d))
    assert steps == [0, 1, 2, 3]
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        compare_story(db, story_id, cancel=token)
    with pytest.raises(NotFoundError):
        compare_story(db, 999)


def test_compare_texts_needs_no_database(fixture_dir: Path) -> None:
    extracted = [
        extract_file((fixture_dir / "services" / name).read_bytes(), name) for name in PAIR
    ]
    comparison = compare_texts(extracted)
    assert [a.key for a in comparison.articles] == [0, 1]
    assert any(statement.articles == {0, 1} for statement in comparison.statements)
    for article in comparison.articles:
        for quote in article.quotes:
            assert quote.text.split()[0] in article.text[quote.start : quote.end]


def test_export_writes_csv_and_json(db: Database, story_id: int, tmp_path: Path) -> None:
    csv_path, json_path = tmp_path / "out.csv", tmp_path / "out.json"
    export_story(db, story_id, csv=csv_path, json_path=json_path)

    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert document["story"] == "Brisca bridge"
    assert {s["outlet"] for s in document["sources"]} == {"The Olvenmark Gazette", "Valley Courier"}
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["outlet"] for row in rows} == {"The Olvenmark Gazette", "Valley Courier"}
    with pytest.raises(ExportError):
        export_story(db, story_id)


def test_export_writes_a_pdf(db: Database, story_id: int, tmp_path: Path, qapp: object) -> None:
    # `qapp`: the PDF writer must find the session QApplication rather than make its own.
    pdf = tmp_path / "report.pdf"
    export_story(db, story_id, pdf=pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
