"""Services keep working where a library is odd: wrong ids, other scripts, read-only files."""

from __future__ import annotations

from pathlib import Path

from desktop.services.comparing import compare_story
from desktop.services.demo import load_demo
from desktop.services.library import create_story, find_story, list_articles
from desktop.services.reextracting import reextract_articles
from desktop.storage.database import Database


def test_a_story_is_found_by_name_in_any_case_and_script(db: Database) -> None:
    ids = [row.id for row in list_articles(db)]
    story_id = create_story(db, "Выборы в Валдрене", ids)
    assert find_story(db, "выборы в валдрене").id == story_id
    create_story(db, "Élections à Orme", ids)
    assert find_story(db, "ÉLECTIONS À ORME").name == "Élections à Orme"


def test_reextract_skips_a_missing_article_and_does_the_rest(db: Database) -> None:
    load_demo(db)
    first, second = (row.id for row in list_articles(db)[:2])
    report = reextract_articles(db, [first, 999_999, second])
    statuses = [outcome.status for outcome in report.outcomes]
    assert statuses == ["imported", "failed", "imported"]
    assert "999999" in report.outcomes[1].message


def test_a_read_only_library_can_still_be_compared(db: Database, db_url: str) -> None:
    story_id = load_demo(db)
    assert story_id is not None
    db.close()
    path = Path(db_url.removeprefix("sqlite:///"))
    read_only = Database.open(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        result = compare_story(read_only, story_id)
    finally:
        read_only.close()
    assert len(result.comparison.statements) >= 5


def test_two_imports_at_once_do_not_stop_each_other(db: Database, tmp_path: Path) -> None:
    import threading

    from desktop.services.importing import import_files

    folder = tmp_path / "wire"
    folder.mkdir()
    for number in range(8):
        (folder / f"{number}.txt").write_text(
            f"Title: Dock report {number}\nOutlet: Orme Wire {number}\n"
            f"URL: https://orme-wire.example/{number}\n\n"
            f"Dock {number} reopened on Tuesday after repairs to crane {number}.\n",
            encoding="utf-8",
        )
    reports = []
    threads = [
        threading.Thread(target=lambda: reports.append(import_files(db, [folder])))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Both batches ran to the end: every file has an outcome in each report.
    assert [len(report.outcomes) for report in reports] == [8, 8]
    assert {row.outlet for row in list_articles(db)} == {f"Orme Wire {n}" for n in range(8)}
