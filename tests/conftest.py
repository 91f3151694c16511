"""Shared fixtures: offscreen Qt, a fresh database built by the migrations, fixture files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.storage.database import Database

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """The URL of a SQLite file that does not exist yet."""
    return f"sqlite:///{tmp_path / 'parallax-test.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A new, empty database created through the Alembic migrations (never create_all)."""
    database = Database.open(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def fixture_dir() -> Path:
    """`tests/fixtures`, where the fictional test articles live."""
    return FIXTURES


@pytest.fixture(autouse=True, scope="session")
def _widgets_application(qapp: object) -> object:
    """The session's QApplication exists before any test runs.

    The PDF writer makes a bare QGuiApplication when none exists (as the headless CLI
    needs); in a test session that one would then refuse every later window test.
    """
    return qapp
