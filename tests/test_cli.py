"""The command line as a user drives it: import, list, compare, export, inspect, demo."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main

FIXTURES = Path(__file__).parent / "fixtures" / "cli"
DEMO_STORY = "Valdren flood barrier announcement"
DEMO_OUTLETS = ("The Northern Ledger", "Coastline Daily", "Meridian Wire", "The Harbour Post")


@pytest.fixture
def db_arg(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "cli.sqlite3")]


def test_import_reports_duplicates_and_failures_but_imports_the_rest(
    db_arg: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    good = [FIXTURES / "ferry-strike-ledger.txt", FIXTURES / "ferry-strike-coastline.html"]
    assert main([*db_arg, "import", *map(str, good)]) == EXIT_OK

    # The same file again is a duplicate, not a failure: exit 0.
    assert main([*db_arg, "import", str(good[0])]) == EXIT_OK
    assert "duplicate" in capsys.readouterr().out

    # A binary file renamed .html fails plainly; the other file of the batch still lands.
    fresh = [*db_arg[:-1], db_arg[-1] + ".2"]
    code = main([*fresh, "import", str(FIXTURES / "not-a-page.html"), str(good[0])])
    out = capsys.readouterr().out
    assert code == EXIT_FAILED
    failed_line = next(line for line in out.splitlines() if "not-a-page.html" in line)
    assert failed_line.startswith("failed") and "—" in failed_line
    assert main([*fresh, "list"]) == EXIT_OK
    assert "Ferry crews walk out over night shifts" in capsys.readouterr().out


def test_list_shows_imported_articles_with_outlet_names(
    db_arg: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    main([*db_arg, "import", str(FIXTURES)])
    capsys.readouterr()
    assert main([*db_arg, "list"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "The Northern Ledger" in out
    assert "Coastline Daily" in out  # og:site_name, not the domain


def test_demo_compare_and_export(
    db_arg: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    # `qapp`: the PDF writer must find the test session's QApplication, not make its own.
    assert main([*db_arg, "demo"]) == EXIT_OK
    assert main([*db_arg, "demo"]) == EXIT_OK  # idempotent
    assert "already" in capsys.readouterr().out

    assert main([*db_arg, "compare", DEMO_STORY]) == EXIT_OK
    out = capsys.readouterr().out
    for state in ("verbatim", "variant", "partial", "absent"):
        assert state in out, state

    pdf, csv, js = tmp_path / "r.pdf", tmp_path / "r.csv", tmp_path / "r.json"
    args = [*db_arg, "export", DEMO_STORY, "--pdf", str(pdf), "--csv", str(csv)]
    assert main([*args, "--json", str(js)]) == EXIT_OK
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "Meridian Wire" in csv.read_text(encoding="utf-8")
    assert json.loads(js.read_text(encoding="utf-8"))["statements"]
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        for outlet in DEMO_OUTLETS:
            assert outlet in text, outlet


def test_unknown_story_is_a_plain_error(
    db_arg: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*db_arg, "compare", "No such story"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "No such story" in err and "Traceback" not in err


def test_usage_errors_exit_2(db_arg: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*db_arg, "export", DEMO_STORY])  # no output named
    assert exit_info.value.code == EXIT_USAGE
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == EXIT_USAGE


def test_inspect_prints_the_contract_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARALLAX_DB", str(tmp_path / "never.sqlite3"))
    files = [FIXTURES / "ferry-strike-ledger.txt", FIXTURES / "ferry-strike-coastline.html"]
    assert main(["inspect", "--json", *map(str, files)]) == EXIT_OK
    doc = json.loads(capsys.readouterr().out)
    assert not (tmp_path / "never.sqlite3").exists()

    ledger, coastline = doc["articles"]
    assert coastline["outlet"] == "Coastline Daily"
    assert coastline["url"] == "https://coastlinedaily.example/valdren/ferry-walkout"
    assert "Also read" not in coastline["text"]
    for article in doc["articles"]:
        for quote in article["quotes"]:
            assert article["text"][quote["start"] : quote["end"]].startswith(quote["text"][:10])
            assert quote["kind"] in ("quote", "fragment")
    speakers = {q["speaker"] for q in ledger["quotes"]}
    assert {"Bruno Adeyemi", "Lena Voss"} <= speakers

    # The strike quote is one statement across both outlets, with a changed word.
    shared = [s for s in doc["statements"] if {m["article"] for m in s["members"]} == {0, 1}]
    assert shared
    relations = {m["relation"] for s in shared for m in s["members"]}
    assert relations & {"variant", "partial"}


def test_inspect_of_a_bad_file_exits_1_but_prints_the_others(
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = [FIXTURES / "not-a-page.html", FIXTURES / "ferry-strike-ledger.txt"]
    assert main(["inspect", "--json", *map(str, files)]) == EXIT_FAILED
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["articles"]) == 1
    assert "not-a-page.html" in captured.err


def test_reextract_rebuilds_from_the_originals_and_keeps_edits(
    db_arg: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.paths import db_url_from_arg
    from desktop.services.library import list_articles, update_article
    from desktop.storage.database import Database

    assert main([*db_arg, "import", str(FIXTURES / "ferry-strike-ledger.txt")]) == EXIT_OK
    db = Database.open(db_url_from_arg(db_arg[1]))
    try:
        (row,) = list_articles(db)
        update_article(db, row.id, title="Edited by the user")
    finally:
        db.close()
    capsys.readouterr()
    assert main([*db_arg, "reextract"]) == EXIT_OK
    assert "1 re-extracted, 0 failed" in capsys.readouterr().out
    db = Database.open(db_url_from_arg(db_arg[1]))
    try:
        (after,) = list_articles(db)
    finally:
        db.close()
    assert after.title == "Edited by the user"
    assert after.quotes == row.quotes > 0
