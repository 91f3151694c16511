"""CSV and JSON exports round-trip through the standard readers with every row and script."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from desktop.errors import ExportError
from desktop.export.report import Report
from desktop.export.tabular import CSV_COLUMNS, write_csv, write_json


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_one_row_per_outlet_per_statement(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "story.csv"
    write_csv(report, path)

    rows = _read_csv(path)

    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == len(report.statements) * len(report.sources)
    absent = [r for r in rows if r["relation"] == "absent"]
    assert len(absent) == sum(len(s.absent) for s in report.statements)
    assert all(r["quote"] == "" and r["similarity"] == "" for r in absent)
    assert {r["story"] for r in rows} == {"Ferry strike at Lake Vesna"}


def test_csv_keeps_quotes_cues_flags_and_scripts_intact(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "story.csv"
    write_csv(report, path)

    rows = _read_csv(path)

    courier_pay = next(
        r for r in rows if r["outlet"] == "Riverside Courier" and "2,000" in r["quote"]
    )
    assert courier_pay["relation"] == "variant"
    assert courier_pay["similarity"] == "91.0"
    assert courier_pay["cue"] == "she claimed"
    assert courier_pay["flags"] == (
        "figures_differ: 2,000 instead of 2,400; different_verb: “claimed” instead of “added”"
    )
    assert courier_pay["speaker"] == "Мирослава Дубравина"
    assert courier_pay["headline"] == "Ferry crews walk out — mayor responds"
    # CSV is data, not markup: the text is kept exactly as quoted
    assert any(r["quote"] == "<script>alert('x')</script> & friends," for r in rows)
    assert any(
        r["quote"] == "We will not leave the islanders stranded — not for one day," for r in rows
    )


def test_json_round_trips_the_report(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    write_json(report, path)

    document = json.loads(path.read_text(encoding="utf-8"))

    assert document["story"] == report.story
    assert document["version"] == "9.8.7"
    assert document["generated"] == "2031-05-17T09:30:00+00:00"
    assert [s["outlet"] for s in document["sources"]] == [
        "Northgate Herald",
        "Riverside Courier",
        "Вестник Заречья",
    ]
    assert len(document["statements"]) == len(report.statements)
    for entry, statement in zip(report.statements, document["statements"], strict=True):
        assert statement["speaker"] == entry.speaker
        assert statement["reference"] == entry.reference
        assert statement["absent"] == list(entry.absent)
        assert [m["outlet"] for m in statement["members"]] == [v.outlet for v in entry.present]
        assert [m["text"] for m in statement["members"]] == [v.text for v in entry.present]
    pay = next(s for s in document["statements"] if s["reference"].startswith("Our pay"))
    courier = pay["members"][1]
    assert courier["relation"] == "variant" and courier["similarity"] == 91.0
    assert courier["cue"] == "she claimed"
    assert courier["flags"][0] == {"kind": "figures_differ", "detail": "2,000 instead of 2,400"}
    # written as UTF-8 text, not \\u escapes, so researchers can grep it
    assert "Вестник Заречья" in path.read_text(encoding="utf-8")


def test_unwritable_destination_is_a_plain_export_error(report: Report, tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "story.csv"

    with pytest.raises(ExportError, match="Cannot write"):
        write_csv(report, missing)
    with pytest.raises(ExportError, match="Cannot write"):
        write_json(report, missing.with_suffix(".json"))


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "story.json"
    path.write_text("previous export", encoding="utf-8")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.export.tabular.os.replace", full_disk)
    with pytest.raises(ExportError, match="No space left on device"):
        write_json(report, path)

    assert path.read_text(encoding="utf-8") == "previous export"
    assert os.listdir(tmp_path) == ["story.json"]
