"""Where Parallax finds its shipped data and keeps the user's database."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "Parallax"
DB_ENV = "PARALLAX_DB"


def _package_dir(package: str) -> Path:
    """The directory of a data package shipped inside the wheel (or the checkout)."""
    return Path(str(resources.files(package)))


def migrations_dir() -> Path:
    """Alembic's script location."""
    return _package_dir("desktop.migrations")


def resources_dir() -> Path:
    """Icons, style sheets and other static files."""
    return _package_dir("desktop.resources")


def seeds_dir() -> Path:
    """The demo story's articles."""
    return _package_dir("desktop.seeds")


def user_data_dir() -> Path:
    """The per-user data directory (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    """The per-user log directory (not created here: logging creates it when it starts)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    """`PARALLAX_DB` if set, else a SQLite file in the user data directory."""
    configured = os.environ.get(DB_ENV)
    if configured:
        return db_url_from_arg(configured)
    return f"sqlite:///{user_data_dir() / 'parallax.sqlite3'}"


def db_url_from_arg(value: str) -> str:
    """Accept either a SQLAlchemy URL or a plain file path."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"
