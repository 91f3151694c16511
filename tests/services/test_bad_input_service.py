"""Bad input, one case each: a clear per-file message, the batch goes on, the database holds.

Big inputs are generated in tmp_path at test time; nothing big is committed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.services.importing import (
    ImportReport,
    import_files,
    import_previewed,
    preview_import,
)
from desktop.services.library import get_article, list_articles
from desktop.storage.database import Database

GOOD = (
    "Title: Ferry timetable changes in Olvenmark\n"
    "Outlet: Harbour Radio\n\n"
    "“The winter timetable starts on Monday,” harbour master Lio Brand said.\n"
)
PARAGRAPH = (
    "<p>The tide gauge at the north pier was repaired on Friday, the harbour office said.</p>"
)


def empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def blank(folder: Path) -> Path:
    path = folder / "blank.html"
    path.write_bytes(b"\xef\xbb\xbf \r\n\t \n")
    return path


def binary_renamed(folder: Path) -> Path:
    path = folder / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64)
    return path


def fifty_megabytes(folder: Path) -> Path:
    path = folder / "huge.html"
    block = ("<div>" + PARAGRAPH * 100 + "</div>\n").encode()
    with path.open("wb") as out:
        out.write(b"<!DOCTYPE html><html><body>")
        for _ in range(51 * 1024 * 1024 // len(block) + 1):
            out.write(block)
        out.write(b"</body></html>")
    return path


def deeply_nested_without_text(folder: Path) -> Path:
    path = folder / "nested-empty.html"
    path.write_text("<html><body>" + "<div>" * 100_000 + "</div>" * 100_000 + "</body></html>")
    return path


def invalid_utf8(folder: Path) -> Path:
    path = folder / "garbled.txt"
    # Lone continuation bytes and truncated sequences: no encoding makes text of this.
    path.write_bytes(bytes(range(0x80, 0x100)) * 20)
    return path


def only_scripts(folder: Path) -> Path:
    path = folder / "scripts.html"
    path.write_text(
        "<!DOCTYPE html><html><head><script>var tracking = 1;</script></head><body>"
        "<script>document.write('Breaking news about the harbour');</script>"
        "<noscript></noscript><script src='app.js'></script></body></html>"
    )
    return path


Maker = Callable[[Path], Path]
CASES: list[tuple[Maker, str]] = [
    (empty, "The file is empty."),
    (blank, "The file is empty."),
    (binary_renamed, "The file contains binary data, not text."),
    (fifty_megabytes, "The file is too large (51 MB; the limit is 50 MB)."),
    (deeply_nested_without_text, "no text"),
    (invalid_utf8, "encoding could not be recognised"),
    (only_scripts, "The page has no text (only scripts or markup)."),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.txt").write_text(GOOD, encoding="utf-8")
    return batch


def assert_consistent(tmp_path: Path) -> None:
    """SQLite's own checks, and no quote left pointing at a missing article."""
    connection = sqlite3.connect(tmp_path / "parallax-test.sqlite3")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = connection.execute(
            "SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()
        assert orphans == (0,)
    finally:
        connection.close()


def assert_one_failure(report: ImportReport, bad: Path, reason: str) -> None:
    failed = [o for o in report.outcomes if o.status == "failed"]
    assert [Path(o.path).name for o in failed] == [bad.name]
    assert reason in failed[0].message
    assert "\n" not in failed[0].message and len(failed[0].message) < 200
    (good,) = [o for o in report.outcomes if Path(o.path).name == "good.txt"]
    assert good.status == "imported"


@pytest.mark.parametrize(("make", "reason"), CASES, ids=[make.__name__ for make, _ in CASES])
def test_bad_file_fails_alone_with_a_clear_reason(
    db: Database, folder: Path, tmp_path: Path, make: Maker, reason: str
) -> None:
    bad = make(folder)

    report = import_files(db, [folder])

    assert_one_failure(report, bad, reason)
    assert [row.title for row in list_articles(db)] == ["Ferry timetable changes in Olvenmark"]
    assert_consistent(tmp_path)


@pytest.mark.parametrize(("make", "reason"), CASES, ids=[make.__name__ for make, _ in CASES])
def test_the_preview_announces_the_same_reason(
    db: Database, folder: Path, make: Maker, reason: str
) -> None:
    bad = make(folder)

    preview = preview_import(db, [folder])

    (failed,) = preview.failed
    assert Path(failed.path).name == bad.name and reason in failed.message
    assert list_articles(db) == []  # the preview wrote nothing
    assert_one_failure(import_previewed(db, preview), bad, reason)


def test_a_page_nested_100000_tags_deep_still_gives_its_text(
    db: Database, folder: Path, tmp_path: Path
) -> None:
    page = folder / "nested.html"
    page.write_text("<html><body>" + "<div>" * 100_000 + PARAGRAPH + "</body></html>")

    report = import_files(db, [folder])

    outcome = next(o for o in report.outcomes if Path(o.path).name == "nested.html")
    assert outcome.status == "imported" and outcome.article_id is not None
    assert "tide gauge at the north pier" in get_article(db, outcome.article_id).text
    assert len(report.imported) == 2
    assert_consistent(tmp_path)


def test_an_unreadable_file_fails_alone(
    db: Database, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # chmod does not stop root, so make reading this one path raise as it would.
    locked = folder / "locked.html"
    locked.write_text("<html><body>" + PARAGRAPH + "</body></html>")
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.html":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)

    report = import_files(db, [folder])

    assert_one_failure(report, locked, "The file cannot be read: Permission denied.")
    assert_consistent(tmp_path)


def test_a_named_pipe_in_a_folder_fails_alone_instead_of_stalling_the_import(
    db: Database, folder: Path, tmp_path: Path
) -> None:
    import os
    import signal

    pipe = folder / "stuck.html"
    os.mkfifo(pipe)  # reading it would wait for a writer that never comes

    def stalled(*_args: object) -> None:
        raise TimeoutError("the import waited on the pipe")

    previous = signal.signal(signal.SIGALRM, stalled)
    signal.alarm(10)  # a guard against a hang, not a timing
    try:
        report = import_files(db, [folder])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)

    assert_one_failure(report, pipe, "This is not a regular file (a pipe, socket or device).")
    assert len(list_articles(db)) == 1
    assert_consistent(tmp_path)


def test_a_folder_with_a_symlink_loop_and_a_dangling_link(
    db: Database, folder: Path, tmp_path: Path
) -> None:
    inner = folder / "inner"
    inner.mkdir()
    (inner / "back").symlink_to(folder, target_is_directory=True)
    (inner / "self").symlink_to(inner, target_is_directory=True)
    dangling = folder / "moved.html"
    dangling.symlink_to(folder / "nowhere.html")

    report = import_files(db, [folder])

    assert_one_failure(report, dangling, "The file does not exist.")
    # good.txt is reached once, not once per trip round the loop.
    assert [Path(o.path).name for o in report.outcomes].count("good.txt") == 1
    assert len(list_articles(db)) == 1
    assert_consistent(tmp_path)


def test_mostly_valid_utf8_keeps_its_curly_quotes(db: Database, folder: Path) -> None:
    text = GOOD.replace("Ferry timetable", "Café timetable") + "Stray bytes "
    (folder / "stray.txt").write_bytes(text.encode("utf-8") + b"\xff\xfe and \xc3\x28 here.\n")
    report = import_files(db, [folder / "stray.txt"])
    (outcome,) = report.outcomes
    assert outcome.article_id is not None
    assert "“The winter timetable starts on Monday,”" in get_article(db, outcome.article_id).text
