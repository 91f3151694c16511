"""CSV and JSON exports of a report's statements and quotes, for researchers."""

from __future__ import annotations

import csv
import json
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from desktop.errors import ExportError
from desktop.export.report import OutletVersion, Report, SourceInfo, StatementEntry

CSV_COLUMNS = (
    "story",
    "statement",
    "speaker",
    "outlet",
    "headline",
    "relation",
    "similarity",
    "reference",
    "quote",
    "cue",
    "flags",
)
JSON_FORMAT = 1


def csv_rows(report: Report) -> Iterator[dict[str, str]]:
    """One row per outlet per statement: its member, or an "absent" row."""
    headlines = {source.key: source.title for source in report.sources}
    for entry in report.statements:
        for version in _all_versions(entry):
            yield {
                "story": report.story,
                "statement": str(entry.number),
                "speaker": entry.speaker or "",
                "outlet": version.outlet,
                "headline": headlines.get(version.key, ""),
                "relation": version.state,
                "similarity": _similarity_text(version),
                "reference": "yes" if version.is_reference else "",
                "quote": version.text,
                "cue": version.cue or "",
                "flags": "; ".join(
                    f"{flag.kind}: {flag.detail}" if flag.detail else flag.kind
                    for flag in version.flags
                ),
            }


def write_csv(report: Report, path: Path) -> None:
    """Write the CSV (UTF-8 with a BOM so spreadsheet programs read Cyrillic correctly)."""

    def write(handle: TextIO) -> None:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(csv_rows(report))

    _write_atomically(Path(path), write, encoding="utf-8-sig", newline="")


def report_document(report: Report) -> dict[str, Any]:
    """The JSON document: story, sources and statements with each outlet's member."""
    return {
        "format": JSON_FORMAT,
        "story": report.story,
        "generated": report.generated.isoformat(),
        "version": report.version,
        "order": report.order,
        "sources": [_source_document(source) for source in report.sources],
        "statements": [_statement_document(entry) for entry in report.statements],
    }


def write_json(report: Report, path: Path) -> None:
    """Write the JSON document, UTF-8, not ASCII-escaped."""

    def write(handle: TextIO) -> None:
        json.dump(report_document(report), handle, ensure_ascii=False, indent=2)
        handle.write("\n")

    _write_atomically(Path(path), write, encoding="utf-8", newline=None)


def _source_document(source: SourceInfo) -> dict[str, Any]:
    return {
        "key": source.key,
        "outlet": source.outlet,
        "headline": source.title,
        "published": source.published,
        "url": source.url,
    }


def _statement_document(entry: StatementEntry) -> dict[str, Any]:
    return {
        "number": entry.number,
        "speaker": entry.speaker,
        "reference": entry.reference,
        "reference_outlet": entry.reference_outlet,
        "divergence": round(entry.divergence, 2),
        "members": [
            _member_document(version)
            for version in _all_versions(entry)
            if version.state != "absent"
        ],
        "absent": list(entry.absent),
    }


def _member_document(version: OutletVersion) -> dict[str, Any]:
    return {
        "outlet": version.outlet,
        "key": version.key,
        "relation": version.state,
        "similarity": None if version.similarity is None else round(version.similarity, 2),
        "reference": version.is_reference,
        "text": version.text,
        "speaker": version.speaker,
        "cue": version.cue,
        "flags": [{"kind": flag.kind, "detail": flag.detail} for flag in version.flags],
    }


def _all_versions(entry: StatementEntry) -> Iterator[OutletVersion]:
    """Every outlet's version in source order, an outlet's further versions after it."""
    for version in entry.versions:
        yield version
        yield from (other for other in entry.others if other.key == version.key)


def _similarity_text(version: OutletVersion) -> str:
    return "" if version.similarity is None else f"{version.similarity:.1f}"


def _write_atomically(
    path: Path, write: Callable[[TextIO], None], *, encoding: str, newline: str | None
) -> None:
    """Write through a temporary file in the same folder, so a failure leaves no half file."""
    temp_name = str(path.with_name(f".{path.name}.{secrets.token_hex(4)}.part"))
    try:
        try:
            with open(temp_name, "x", encoding=encoding, newline=newline) as stream:
                write(stream)
            os.replace(temp_name, path)
        finally:
            if os.path.exists(temp_name):
                os.remove(temp_name)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(f"Cannot write {path}: {reason}.") from error
