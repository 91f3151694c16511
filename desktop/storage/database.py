"""The database handle: engine, migrations at open, sessions, plain storage errors.

This is the only module that knows about SQLite; everything else is portable SQL so a
team can point Parallax at PostgreSQL with the same code.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import Engine, create_engine, event, exc, inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from desktop.errors import StorageError, WriteConflict
from desktop.paths import migrations_dir
from desktop.storage.models import Base

log = logging.getLogger(__name__)

# How long a SQLite writer waits for another program's lock before giving up.
DEFAULT_BUSY_TIMEOUT = 5.0


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code (no alembic.ini shipped)."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration shipped with this version of Parallax."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def describe_error(error: BaseException, where: str) -> str:
    """A plain sentence for a driver error (locked, read-only, corrupt, full...)."""
    original = " ".join(str(getattr(error, "orig", None) or error).split())
    detail = original.lower()
    if isinstance(error, exc.IntegrityError):
        # Our own checks run first, so this is a concurrent writer (a shared database).
        return (
            f"The change conflicts with data just saved to the database {where} "
            f"by someone else. Try again. ({original})"
        )
    if "locked" in detail or "busy" in detail:
        return f"The database {where} is in use by another program. Close it and try again."
    if "readonly" in detail or "read-only" in detail or "read only" in detail:
        return f"The database {where} is read-only. Choose a file you can write to."
    if "not a database" in detail or "malformed" in detail or "corrupt" in detail:
        return (
            f"The file {where} is not a Parallax database or is damaged. "
            "Restore it from its .bak copy or choose another file."
        )
    if "full" in detail or "no space" in detail:
        return f"The disk holding the database {where} is full. Free some space and retry."
    if "unable to open" in detail or "connection" in detail or "connect" in detail:
        return f"The database {where} cannot be reached: {original}"
    return f"The database {where} could not be used: {original}"


def _driver_errors(engine: Engine) -> tuple[type[BaseException], ...]:
    """Errors raised by the driver itself (e.g. inside connect-time pragmas)."""
    dbapi = engine.dialect.loaded_dbapi
    errors: list[type[BaseException]] = [exc.DBAPIError]
    driver_error = getattr(dbapi, "Error", None)
    if isinstance(driver_error, type) and issubclass(driver_error, BaseException):
        errors.append(driver_error)
    return tuple(errors)


def _install_sqlite_pragmas(engine: Engine, busy_timeout: float) -> None:
    """Foreign keys on and a busy timeout for every SQLite connection.

    The WAL journal mode is stored in the file itself, so `Database.open` sets it once,
    after making sure the file is a Parallax database (another program's file is left
    byte for byte as it was).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            # With WAL, NORMAL never corrupts the file; a power cut may lose only the last
            # commits. FULL would fsync every article of a batch import.
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()


class Database:
    """An open, migrated database; hands out one session per unit of work."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._errors = _driver_errors(engine)

    @classmethod
    def open(cls, url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Database:
        """Connect, back up an existing SQLite file if it needs migrating, upgrade to head."""
        try:
            parsed = make_url(url)
        except exc.ArgumentError as error:
            raise StorageError(f"{url!r} is not a database file or URL.") from error
        is_sqlite = parsed.get_backend_name() == "sqlite"
        file_path = _sqlite_file(url) if is_sqlite else None
        if file_path is not None and not file_path.parent.is_dir():
            raise StorageError(f"The folder {file_path.parent} does not exist.")
        existed = file_path is not None and file_path.is_file() and file_path.stat().st_size > 0
        options: dict[str, Any] = {}
        if is_sqlite and file_path is None:
            # One shared connection, or every worker thread would see its own empty memory db.
            options = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        try:
            engine = create_engine(url, **options)
        except (exc.NoSuchModuleError, ImportError) as error:
            backend = parsed.get_backend_name()
            raise StorageError(
                f"Parallax cannot talk to {backend} databases here (driver missing: {error})."
            ) from error
        if is_sqlite:
            _install_sqlite_pragmas(engine, busy_timeout)
        database = cls(engine)
        try:
            database._migrate(file_path if existed else None)
            if is_sqlite:
                database._use_wal()
        except database._errors as error:
            engine.dispose()
            raise StorageError(describe_error(error, database.display_name)) from error
        except BaseException:
            engine.dispose()
            raise
        return database

    @property
    def url(self) -> str:
        """The URL this database was opened with (password hidden)."""
        return self._engine.url.render_as_string(hide_password=True)

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def display_name(self) -> str:
        """What to call this database in a message: the file path or the URL."""
        path = _sqlite_file(self._engine.url.render_as_string(hide_password=False))
        return str(path) if path is not None else self.url

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except self._errors as error:
            self._rollback(session)
            kind = WriteConflict if isinstance(error, exc.IntegrityError) else StorageError
            raise kind(describe_error(error, self.display_name)) from error
        except BaseException:
            self._rollback(session)
            raise
        finally:
            session.close()

    def _rollback(self, session: Session) -> None:
        # A broken connection can fail to roll back too; the first error is the one to show.
        with contextlib.suppress(*self._errors):
            session.rollback()

    def close(self) -> None:
        """Release every pooled connection (and the SQLite file)."""
        self._engine.dispose()

    def current_revision(self) -> str | None:
        """The migration revision the database is at."""
        with self._engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def _migrate(self, file_path: Path | None) -> None:
        current = self.current_revision()
        if current == head_revision():
            return
        self._check_ours(current)
        if file_path is not None:
            # `file_path` is only given for a file that existed: a new one has nothing to save.
            self._backup(file_path)
        try:
            with self._engine.connect() as connection:
                if self._engine.dialect.name == "sqlite":
                    # Batch migrations recreate tables; cascades must not fire meanwhile.
                    connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
                command.upgrade(alembic_config(connection), "head")
                connection.commit()
                if self._engine.dialect.name == "sqlite":
                    connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        except Exception as error:
            # SQLite runs DDL outside a transaction: a half-done upgrade would leave a
            # file no later start can open. Put the copy taken just before back.
            self._engine.dispose()
            raise self._failed_upgrade(file_path, error) from error
        log.info("database %s migrated from %s to head", self.display_name, current)

    def _failed_upgrade(self, file_path: Path | None, error: Exception) -> StorageError:
        log.exception("upgrading %s failed", self.display_name)
        backup = file_path.with_name(file_path.name + ".bak") if file_path else None
        if file_path is None or backup is None or not backup.exists():
            return StorageError(
                f"Parallax could not prepare the database {self.display_name} ({error})."
            )
        try:
            for leftover in (Path(f"{file_path}-wal"), Path(f"{file_path}-shm")):
                leftover.unlink(missing_ok=True)
            shutil.copyfile(backup, file_path)
        except OSError as copy_error:
            return StorageError(
                f"Upgrading the database {self.display_name} failed ({error}), and the copy "
                f"taken before it could not be put back ({copy_error}). Your data is in "
                f"{backup}."
            )
        return StorageError(
            f"Upgrading the database {self.display_name} failed ({error}). It was put back "
            f"as it was before, from {backup}; this version of Parallax cannot use it."
        )

    def _use_wal(self) -> None:
        try:
            with self._engine.connect() as connection:
                mode = connection.exec_driver_sql("PRAGMA journal_mode = WAL").scalar()
        except self._errors as error:
            # A read-only file can still be read in its old journal mode; writes will
            # then fail with a plain message of their own.
            log.warning("cannot switch %s to WAL: %s", self.display_name, error)
            return
        if mode != "wal" and _sqlite_file(self.url) is not None:
            log.warning("database %s stays in %s journal mode", self.display_name, mode)

    def _check_ours(self, current: str | None) -> None:
        """Refuse to migrate a database from a newer Parallax, or another program's file."""
        where = self.display_name
        if current is not None:
            script = ScriptDirectory.from_config(alembic_config())
            try:
                known = script.get_revision(current) is not None
            except AlembicError:
                known = False
            if not known:
                raise StorageError(
                    f"The database {where} was written by a newer version of Parallax. "
                    "Update Parallax to open it."
                )
            return
        tables = set(inspect(self._engine).get_table_names()) - {"alembic_version"}
        ours = set(Base.metadata.tables)
        if tables & ours or (tables and self._engine.dialect.name == "sqlite"):
            raise StorageError(
                f"The file {where} is not a Parallax database. Choose another file."
                if self._engine.dialect.name == "sqlite"
                else f"The database {where} already holds tables Parallax did not create."
            )

    def _backup(self, file_path: Path) -> None:
        """Copy the SQLite file (with its WAL content) to `<file>.bak` before migrating."""
        target = file_path.with_name(file_path.name + ".bak")
        raw = self._engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            with sqlite3.connect(target) as copy:
                source.backup(copy)
            copy.close()
        finally:
            raw.close()
        log.info("backed up %s to %s", file_path, target)


def _sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory databases and other backends."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    return Path(database)
