"""Opening databases: migrations, backups, pragmas and plain errors for broken files."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, inspect, select, text

from desktop.errors import StorageError
from desktop.storage.database import Database, alembic_config, head_revision
from desktop.storage.models import Base, Story

REPO = Path(__file__).resolve().parents[2]


def _add_story(db: Database, name: str) -> None:
    with db.session() as session:
        session.add(Story(name=name, created_at=datetime.now(UTC)))


def _story_names(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(Story.name).order_by(Story.name)))


def test_migrations_build_every_table_at_head(db: Database) -> None:
    assert db.current_revision() == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_sqlite_connections_use_wal_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_session_rolls_back_when_the_work_fails(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as session:
        session.add(Story(name="Half done", created_at=datetime.now(UTC)))
        session.flush()
        raise RuntimeError("boom")
    assert _story_names(db) == []


def test_reopening_keeps_data_and_makes_no_backup_when_nothing_is_pending(
    db: Database, tmp_path: Path, db_url: str
) -> None:
    _add_story(db, "Harbour fire")
    db.close()
    again = Database.open(db_url)
    try:
        assert _story_names(again) == ["Harbour fire"]
    finally:
        again.close()
    assert not list(tmp_path.glob("*.bak"))


def test_an_existing_database_is_copied_aside_before_an_upgrade(
    db: Database, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_story(db, "Harbour fire")
    db.close()
    # Pretend this Parallax ships a newer migration than the file has.
    monkeypatch.setattr("desktop.storage.database.head_revision", lambda: "9999_future")
    Database.open(db_url).close()

    backup = tmp_path / "parallax-test.sqlite3.bak"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM stories").fetchall() == [("Harbour fire",)]
    copy.close()


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.execute("INSERT INTO notes VALUES ('keep me')")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not a Parallax database"):
        Database.open(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_database_from_a_newer_parallax_is_refused(db: Database, db_url: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    with pytest.raises(StorageError, match="newer version of Parallax"):
        Database.open(db_url)


def test_a_corrupted_file_gives_a_plain_error_and_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    garbage = bytes(range(256)) * 64
    path.write_bytes(garbage)
    with pytest.raises(StorageError, match="not a Parallax database or is damaged"):
        Database.open(f"sqlite:///{path}")
    assert path.read_bytes() == garbage


def test_a_locked_database_gives_a_plain_error_and_loses_nothing(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    _add_story(db, "Before the lock")
    db.close()
    locker = sqlite3.connect(tmp_path / "parallax-test.sqlite3", isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        waiting = Database.open(db_url, busy_timeout=0.2)
        with pytest.raises(StorageError, match="in use by another program"):
            _add_story(waiting, "During the lock")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    _add_story(waiting, "After the lock")
    assert _story_names(waiting) == ["After the lock", "Before the lock"]
    waiting.close()


def test_a_read_only_database_gives_a_plain_error(db: Database, tmp_path: Path) -> None:
    _add_story(db, "Written earlier")
    db.close()
    path = tmp_path / "parallax-test.sqlite3"
    read_only = Database.open(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        assert _story_names(read_only) == ["Written earlier"]
        with pytest.raises(StorageError, match="read-only"):
            _add_story(read_only, "Not allowed")
    finally:
        read_only.close()


def test_a_missing_folder_gives_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        Database.open(f"sqlite:///{tmp_path / 'nowhere' / 'db.sqlite3'}")


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(StorageError, match="conflicts"), db.session() as session:
        session.execute(
            text("INSERT INTO story_articles (story_id, article_id, position) VALUES (77, 88, 0)")
        )


def test_nothing_dialect_specific_outside_database_module() -> None:
    """PostgreSQL must run the same code: SQLite-only SQL lives in database.py alone."""
    sqlite_only = ("pragma", "import sqlite3", "dialects.sqlite", "sqlite_master", "insert or ")
    places = [REPO / "desktop" / "storage", REPO / "desktop" / "services", REPO / "migrations"]
    offenders = []
    for place in places:
        for path in place.rglob("*.py"):
            if path.name == "database.py" and path.parent.name == "storage":
                continue
            source = path.read_text(encoding="utf-8").lower()
            offenders += [f"{path.name}: {word}" for word in sqlite_only if word in source]
    assert offenders == []


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url at all://", "is not a database file or URL"),
        ("nonsense://host/db", "cannot talk to nonsense databases"),
    ],
)
def test_unusable_urls_give_a_plain_error(url: str, message: str) -> None:
    with pytest.raises(StorageError, match=message):
        Database.open(url)


def test_a_full_disk_gives_a_plain_error_and_keeps_earlier_data(db: Database) -> None:
    _add_story(db, "Before the disk filled")
    with db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _cap_size(dbapi_connection: Any, _record: Any) -> None:
        # SQLite reports SQLITE_FULL once the file may not grow: a full disk, in effect.
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(StorageError, match="is full"), db.session() as session:
        for number in range(200):
            session.add(Story(name=f"Story {number} " + "x" * 200, created_at=datetime.now(UTC)))
    assert _story_names(db) == ["Before the disk filled"]


def test_an_in_memory_database_is_shared_by_worker_threads() -> None:
    db = Database.open("sqlite://")
    try:
        _add_story(db, "In memory")
        seen: list[list[str]] = []
        worker = threading.Thread(target=lambda: seen.append(_story_names(db)))
        worker.start()
        worker.join(timeout=30)
        assert seen == [["In memory"]]
    finally:
        db.close()


def test_an_upgrade_that_fails_halfway_puts_the_previous_file_back(
    db: Database, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    _add_story(db, "Harbour fire")
    with db.engine.connect() as connection:
        command.downgrade(alembic_config(connection), "0001")
        connection.commit()
    db.close()

    def upgrade_that_dies(config: Any, revision: str) -> None:
        # SQLite commits DDL at once: this column would survive the failure.
        config.attributes["connection"].exec_driver_sql(
            "ALTER TABLE speakers ADD COLUMN named_by_user BOOLEAN"
        )
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr("desktop.storage.database.command.upgrade", upgrade_that_dies)
    with pytest.raises(StorageError, match=r"put back.*\.bak"):
        Database.open(db_url)
    monkeypatch.undo()

    reopened = Database.open(db_url)  # the real upgrade now runs on the restored file
    try:
        assert reopened.current_revision() == head_revision()
        assert _story_names(reopened) == ["Harbour fire"]
    finally:
        reopened.close()


def test_upgrading_to_0003_gives_stored_articles_their_screening_keys(
    db: Database, db_url: str
) -> None:
    from alembic import command

    from desktop.core.near_duplicates import band_keys
    from desktop.services.importing import import_text

    body = "The ferry to Velmora will stop at the old salt quay while the gates are mended. " * 4
    import_text(db, body, is_html=False, outlet="Valley Courier", title="Ferry changes")
    with db.engine.connect() as connection:
        command.downgrade(alembic_config(connection), "0002")
        connection.commit()
    db.close()

    reopened = Database.open(db_url)
    try:
        with reopened.session() as session:
            stored = set(session.scalars(text("SELECT band FROM article_bands")))
        assert stored == set(band_keys(body)) and stored
    finally:
        reopened.close()
