"""Importing files end to end on a migrated database: outcomes, duplicates, cancel, walk."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.core.extract import extract_file
from desktop.errors import Cancelled, StorageError
from desktop.services import importing
from desktop.services.importing import ImportReport, import_files, import_text
from desktop.services.library import article_source, get_article, list_articles
from desktop.services.progress import CancelToken
from desktop.storage.database import Database


@pytest.fixture
def articles(fixture_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the fictional service fixtures."""
    target = tmp_path / "articles"
    shutil.copytree(fixture_dir / "services", target)
    return target


def test_a_folder_imports_every_article_and_flags_wire_copy(db: Database, articles: Path) -> None:
    seen: list[tuple[int, int]] = []
    report = import_files(db, [articles], progress=lambda d, t, _m: seen.append((d, t)))

    assert [Path(o.path).name for o in report.failed] == []
    assert len(report.imported) == 4
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    rows = {row.title: row for row in list_articles(db)}
    gazette = rows["Olvenmark closes the Brisca bridge for repairs"]
    assert gazette.outlet == "The Olvenmark Gazette"
    assert gazette.url == "https://olvenmark-gazette.example/news/2031/bridge-closure"
    assert gazette.quotes >= 2
    # The two Courier/Wire copies differ by one word and a headline: one flags the other.
    (near,) = report.near_duplicates
    assert "nearly identical" in near.message
    flagged = [row for row in rows.values() if row.near_duplicate_of is not None]
    assert [row.id for row in flagged] == [near.article_id]
    assert rows[flagged[0].title].near_duplicate_of in {row.id for row in rows.values()}


def test_importing_the_same_file_twice_reports_a_duplicate(db: Database, articles: Path) -> None:
    page = articles / "olvenmark-gazette.html"
    first = import_files(db, [page])
    second = import_files(db, [page])

    assert first.outcomes[0].status == "imported"
    (outcome,) = second.outcomes
    assert outcome.status == "duplicate"
    assert outcome.article_id == first.outcomes[0].article_id
    assert "Olvenmark closes the Brisca bridge for repairs" in outcome.message
    assert len(list_articles(db)) == 1


def test_same_text_under_another_url_is_an_exact_duplicate(db: Database, articles: Path) -> None:
    original = (articles / "valley-courier.txt").read_text(encoding="utf-8")
    copy = articles / "copy.txt"
    copy.write_text(
        original.replace("valley-courier.example/2031/04/02", "elsewhere.example/x"),
        encoding="utf-8",
    )
    report = import_files(db, [articles / "valley-courier.txt", copy])
    assert [o.status for o in report.outcomes] == ["imported", "duplicate"]


def test_a_binary_file_fails_clearly_and_the_batch_goes_on(db: Database, articles: Path) -> None:
    fake = articles / "photo.html"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    missing = articles / "gone.txt"
    report = import_files(db, [fake, missing, articles / "notes.md"])

    statuses = {Path(o.path).name: o for o in report.outcomes}
    assert statuses["photo.html"].status == "failed"
    assert "binary" in statuses["photo.html"].message
    assert statuses["gone.txt"].status == "failed"
    assert "does not exist" in statuses["gone.txt"].message
    assert statuses["notes.md"].status == "imported"
    assert [row.title for row in list_articles(db)] == [
        "Council budget vote postponed in Olvenmark"
    ]


def test_a_huge_file_is_refused_without_reading_it(
    db: Database, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.services.extraction_pool.MAX_FILE_BYTES", 1000)
    report = import_files(db, [articles / "olvenmark-gazette.html", articles / "notes.md"])
    assert [o.status for o in report.outcomes] == ["failed", "imported"]
    assert "too large" in report.outcomes[0].message


def test_an_unexpected_extraction_bug_fails_one_file_only(
    db: Database, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = extract_file

    def flaky(data: bytes, filename: str) -> object:
        if filename == "notes.md":
            raise KeyError("boom")
        return real(data, filename)

    monkeypatch.setattr("desktop.services.extraction_pool.extract_file", flaky)
    report = import_files(db, [articles / "notes.md", articles / "olvenmark-gazette.html"])
    assert [o.status for o in report.outcomes] == ["failed", "imported"]
    assert report.outcomes[0].message.startswith("internal error:")


def test_cancel_stops_the_batch_and_keeps_what_was_imported(db: Database, articles: Path) -> None:
    token = CancelToken()

    def cancel_after_first(done: int, _total: int, _message: str) -> None:
        if done == 1:
            token.cancel()

    with pytest.raises(Cancelled):
        import_files(db, [articles], progress=cancel_after_first, cancel=token)
    assert len(list_articles(db)) == 1


def test_folder_walk_recurses_skips_other_files_and_survives_symlink_loops(
    db: Database, articles: Path
) -> None:
    nested = articles / "deeper" / "still"
    nested.mkdir(parents=True)
    shutil.move(articles / "notes.md", nested / "notes.md")
    (articles / "readme.pdf").write_bytes(b"%PDF-1.4 not an article")
    (articles / "._olvenmark-gazette.html").write_bytes(b"\x00\x05\x16\x07 resource fork")
    (nested / "loop").symlink_to(articles, target_is_directory=True)

    found = [p.name for p in importing.collect_files([articles])]
    assert sorted(found) == [
        "notes.md",
        "olvenmark-gazette.html",
        "valley-courier-wire.txt",
        "valley-courier.txt",
    ]


def test_the_original_bytes_are_kept(db: Database, articles: Path) -> None:
    page = articles / "olvenmark-gazette.html"
    (outcome,) = import_files(db, [page]).outcomes
    assert outcome.article_id is not None
    source = article_source(db, outcome.article_id)
    assert source.data == page.read_bytes()
    assert source.filename == "olvenmark-gazette.html"


def test_pasted_text_imports_with_the_given_title_and_outlet(db: Database) -> None:
    text = "“The tide gauge is broken,” harbour master Lio Brand said on Friday.\n"
    (outcome,) = import_text(
        db, text, is_html=False, title="Gauge broken", outlet="Harbour Radio"
    ).outcomes
    assert outcome.status == "imported" and outcome.article_id is not None
    detail = get_article(db, outcome.article_id)
    assert (detail.row.title, detail.row.outlet) == ("Gauge broken", "Harbour Radio")
    assert [q.speaker for q in detail.quotes] == ["Lio Brand"]
    with_metadata = "Outlet: Tide Weekly\nDate: 2031-05-01\n\nThe gauge was fixed on Monday.\n"
    (second,) = import_text(db, with_metadata, is_html=False, title="Gauge fixed").outcomes
    assert second.article_id is not None
    fixed = get_article(db, second.article_id).row
    assert (fixed.title, fixed.outlet, fixed.published) == (
        "Gauge fixed",
        "Tide Weekly",
        "2031-05-01",
    )
    empty = import_text(db, "   ", is_html=True, title=None, outlet=None)
    assert empty.outcomes[0].status == "failed"


def test_a_locked_database_stops_the_import_with_a_storage_error(
    db: Database, db_url: str, articles: Path, tmp_path: Path
) -> None:
    db.close()
    waiting = Database.open(db_url, busy_timeout=0.2)
    locker = sqlite3.connect(tmp_path / "parallax-test.sqlite3", isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="in use"):
            import_files(waiting, [articles / "notes.md"])
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert import_files(waiting, [articles / "notes.md"]).outcomes[0].status == "imported"
    waiting.close()


def test_imports_from_two_threads_share_one_database(db: Database, articles: Path) -> None:
    """The window runs imports on worker threads; each job uses its own sessions."""
    results: list[ImportReport] = []
    errors: list[BaseException] = []

    def work(names: list[str]) -> None:
        try:
            results.append(import_files(db, [articles / name for name in names]))
        except BaseException as error:  # surfaced by the assertion below
            errors.append(error)

    threads = [
        threading.Thread(target=work, args=(["notes.md", "olvenmark-gazette.html"],)),
        threading.Thread(target=work, args=(["valley-courier.txt"],)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sum(len(report.imported) for report in results) == 3
    assert len(list_articles(db)) == 3


def test_a_short_wire_item_and_its_copy_are_flagged_though_too_short_to_screen(
    db: Database,
) -> None:
    body = (
        "The Brisca ferry will not sail on Friday because the harbour crane is being "
        "repaired, the port office said in a short notice to passengers"
    )
    first = import_text(db, f"Outlet: Valley Courier\nTitle: Ferry\n\n{body}.\n", is_html=False)
    # One word changed, and as it happens the two share no screening key at all.
    copy = body.replace("office said", "office small")
    second = import_text(db, f"Outlet: Coast Wire\nTitle: No ferry\n\n{copy}.\n", is_html=False)

    assert [o.status for o in first.outcomes] == ["imported"]
    assert [o.status for o in second.outcomes] == ["near_duplicate"]
