"""The import preview: every file classified before anything is written, then imported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.extract import extract_file
from desktop.errors import Cancelled
from desktop.services import importing
from desktop.services.importing import import_files, import_previewed, preview_import
from desktop.services.library import article_source, delete_articles, get_article, list_articles
from desktop.services.progress import CancelToken
from desktop.storage.database import Database


@pytest.fixture
def articles(fixture_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "articles"
    shutil.copytree(fixture_dir / "services", target)
    return target


def by_name(items: tuple[importing.PreviewItem, ...]) -> dict[str, importing.PreviewItem]:
    return {Path(item.path).name: item for item in items}


def test_preview_classifies_each_file_and_writes_nothing(db: Database, articles: Path) -> None:
    (existing,) = import_files(db, [articles / "notes.md"]).outcomes
    (articles / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    shutil.copy(articles / "olvenmark-gazette.html", articles / "gazette-again.html")
    seen: list[tuple[int, int]] = []

    preview = preview_import(db, [articles], progress=lambda d, t, _m: seen.append((d, t)))

    items = by_name(preview.items)
    assert items["notes.md"].status == "duplicate"
    assert items["notes.md"].existing_id == existing.article_id
    assert "Already in the library" in items["notes.md"].message
    assert items["photo.html"].status == "failed"
    assert "binary" in items["photo.html"].message
    # Two copies of one page in the same batch: the second is reported, not imported.
    assert items["gazette-again.html"].status == "new"
    assert items["olvenmark-gazette.html"].status == "duplicate"
    assert items["olvenmark-gazette.html"].same_as == str(articles / "gazette-again.html")
    # Wire copy of another file of the batch is a near-duplicate of that file.
    near = items["valley-courier.txt"]
    assert near.status == "near_duplicate" and near.will_import
    assert near.same_as == str(articles / "valley-courier-wire.txt")
    assert "3 quotes" in items["gazette-again.html"].message
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    assert [row.id for row in list_articles(db)] == [existing.article_id]


def test_importing_a_preview_stores_what_it_announced(db: Database, articles: Path) -> None:
    shutil.copy(articles / "notes.md", articles / "notes-copy.md")
    preview = preview_import(db, [articles])
    assert len(preview.to_import) == 4 and len(preview.duplicates) == 1

    report = import_previewed(db, preview)

    statuses = {Path(o.path).name: o.status for o in report.outcomes}
    assert statuses == {
        "notes-copy.md": "imported",
        "notes.md": "duplicate",
        "olvenmark-gazette.html": "imported",
        "valley-courier-wire.txt": "imported",
        "valley-courier.txt": "near_duplicate",
    }
    outcomes = {Path(o.path).name: o for o in report.outcomes}
    # The skipped copy points at the article its twin became, so the report can open it.
    assert outcomes["notes.md"].article_id == outcomes["notes-copy.md"].article_id
    rows = list_articles(db)
    assert len(rows) == 4
    gazette = outcomes["olvenmark-gazette.html"].article_id
    assert gazette is not None
    assert article_source(db, gazette).data == (articles / "olvenmark-gazette.html").read_bytes()
    assert len(get_article(db, gazette).quotes) == 3


def test_the_import_does_not_extract_again_unless_the_file_changed(
    db: Database, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, notes = articles / "olvenmark-gazette.html", articles / "notes.md"
    preview = preview_import(db, [page, notes])
    calls: list[str] = []
    real = extract_file

    def counting(data: bytes, filename: str) -> object:
        calls.append(filename)
        return real(data, filename)

    monkeypatch.setattr("desktop.services.extraction_pool.extract_file", counting)
    # The user edits one file while the confirmation is open.
    notes.write_text(notes.read_text(encoding="utf-8") + "\nA late line was added.\n")

    report = import_previewed(db, preview)

    assert calls == ["notes.md"]
    assert [o.status for o in report.outcomes] == ["imported", "imported"]
    notes_id = report.outcomes[1].article_id
    assert notes_id is not None
    assert "A late line was added." in get_article(db, notes_id).text


def test_a_file_deleted_after_the_preview_fails_alone(db: Database, articles: Path) -> None:
    preview = preview_import(db, [articles / "notes.md", articles / "olvenmark-gazette.html"])
    (articles / "notes.md").unlink()
    report = import_previewed(db, preview)
    assert [o.status for o in report.outcomes] == ["failed", "imported"]
    assert "does not exist" in report.outcomes[0].message


def test_the_library_is_checked_again_when_importing(db: Database, articles: Path) -> None:
    notes = articles / "notes.md"
    preview = preview_import(db, [notes])
    assert preview.items[0].status == "new"
    import_files(db, [notes])  # e.g. a second window imported it meanwhile
    (outcome,) = import_previewed(db, preview).outcomes
    assert outcome.status == "duplicate"
    assert len(list_articles(db)) == 1


def test_a_skipped_duplicate_stays_skipped_even_if_its_twin_was_deleted(
    db: Database, articles: Path
) -> None:
    (first,) = import_files(db, [articles / "notes.md"]).outcomes
    preview = preview_import(db, [articles / "notes.md"])
    assert first.article_id is not None
    delete_articles(db, [first.article_id])
    (outcome,) = import_previewed(db, preview).outcomes
    assert outcome.status == "duplicate"  # what the user confirmed
    assert list_articles(db) == []


def test_cancel_stops_the_preview(db: Database, articles: Path) -> None:
    token = CancelToken()

    def cancel_after_first(done: int, _total: int, _message: str) -> None:
        if done == 1:
            token.cancel()

    with pytest.raises(Cancelled):
        preview_import(db, [articles], progress=cancel_after_first, cancel=token)
    assert list_articles(db) == []


def test_cancel_keeps_what_the_confirmed_import_stored(db: Database, articles: Path) -> None:
    preview = preview_import(db, [articles])
    token = CancelToken()

    def cancel_after_first(done: int, _total: int, _message: str) -> None:
        if done == 1:
            token.cancel()

    with pytest.raises(Cancelled):
        import_previewed(db, preview, progress=cancel_after_first, cancel=token)
    assert len(list_articles(db)) == 1
