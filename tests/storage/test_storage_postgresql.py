"""The same storage and services code on PostgreSQL (runs when PARALLAX_TEST_PG_URL is set).

Example: PARALLAX_TEST_PG_URL=postgresql+psycopg://postgres@/parallax_test?host=/tmp/pg
The database named there is wiped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from desktop.services.comparing import compare_story, stored_comparison
from desktop.services.importing import import_files, import_text
from desktop.services.library import create_story, delete_articles, list_articles
from desktop.storage.database import Database, head_revision
from desktop.storage.models import Base

PG_URL = os.environ.get("PARALLAX_TEST_PG_URL", "")

pytestmark = pytest.mark.skipif(not PG_URL, reason="PARALLAX_TEST_PG_URL is not set")


@pytest.fixture
def pg() -> Iterator[Database]:
    engine = create_engine(PG_URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    database = Database.open(PG_URL)
    try:
        yield database
    finally:
        database.close()


def test_migrations_match_the_models_on_postgresql(pg: Database) -> None:
    assert pg.current_revision() == head_revision()
    with pg.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_import_compare_and_delete_on_postgresql(pg: Database, fixture_dir: Path) -> None:
    report = import_files(pg, [fixture_dir / "services"])
    assert report.failed == () and len(report.imported) == 4
    assert len(report.near_duplicates) == 1
    assert [
        o.status for o in import_files(pg, [fixture_dir / "services" / "notes.md"]).outcomes
    ] == ["duplicate"]
    rows = {row.outlet: row.id for row in list_articles(pg)}
    story_id = create_story(
        pg, "Brisca bridge", [rows["The Olvenmark Gazette"], rows["Valley Courier"]]
    )
    computed = compare_story(pg, story_id)
    assert any(len(s.articles) == 2 for s in computed.comparison.statements)
    assert stored_comparison(pg, story_id).comparison == computed.comparison
    delete_articles(pg, [rows["Valley Courier"]])
    assert len(list_articles(pg)) == 3
    # A page named only by its address takes the library's name for that domain.
    gazette = next(row for row in list_articles(pg) if row.outlet == "The Olvenmark Gazette")
    text = f"Title: Tolls\nURL: {gazette.url}-tolls\n\nThe bridge tolls stay as they are.\n"
    (outcome,) = import_text(pg, text, is_html=False).outcomes
    named = next(row.outlet for row in list_articles(pg) if row.id == outcome.article_id)
    assert named == "The Olvenmark Gazette"
