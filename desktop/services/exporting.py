"""Exporting a compared story as a PDF report, CSV and JSON."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import desktop
from desktop.errors import ExportError
from desktop.export.html_report import render_html
from desktop.export.report import Report, SourceInfo, StatementOrder, build_report
from desktop.export.tabular import write_csv, write_json
from desktop.services.comparing import StoryComparison, compare_story
from desktop.services.progress import CancelToken, Progress, check_cancel, no_progress
from desktop.storage.database import Database


def export_story(
    db: Database,
    story_id: int,
    *,
    pdf: Path | None = None,
    csv: Path | None = None,
    json_path: Path | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> None:
    """Compare a story afresh and write the chosen exports.

    Raises:
        ExportError: no output chosen, or a file could not be written.
        NotFoundError: no such story.
        Cancelled: when `cancel` is set between steps.
    """
    outputs = [path for path in (pdf, csv, json_path) if path is not None]
    if not outputs:
        raise ExportError("Choose at least one file to export to (PDF, CSV or JSON).")
    total = 2 + len(outputs)

    def compare_progress(done: int, steps: int, message: str) -> None:
        progress(min(done, 1), total, message)

    compared = compare_story(db, story_id, progress=compare_progress, cancel=cancel)
    check_cancel(cancel)
    progress(1, total, "Building the report…")
    report = story_report(compared)
    done = 2
    if pdf is not None:
        check_cancel(cancel)
        progress(done, total, f"Writing {pdf.name}…")
        # Imported lazily: only the PDF needs Qt, CSV/JSON exports stay headless and fast.
        from desktop.export.pdf_writer import write_pdf

        write_pdf(render_html(report), pdf, title=f"Parallax — {report.story}")
        done += 1
    if csv is not None:
        check_cancel(cancel)
        progress(done, total, f"Writing {csv.name}…")
        write_csv(report, csv)
        done += 1
    if json_path is not None:
        check_cancel(cancel)
        progress(done, total, f"Writing {json_path.name}…")
        write_json(report, json_path)
        done += 1
    progress(total, total, "Export finished")


def story_report(
    compared: StoryComparison,
    *,
    order: StatementOrder = "divergence",
    generated: datetime | None = None,
) -> Report:
    """The report model of a compared story (what the PDF, CSV and JSON print)."""
    sources = [
        SourceInfo(
            key=detail.row.id,
            outlet=detail.row.outlet,
            title=detail.row.title,
            published=detail.row.published,
            url=detail.row.url,
            text=detail.text,
            quotes=detail.quotes,
        )
        for detail in compared.articles
    ]
    return build_report(
        compared.story.name,
        sources,
        compared.comparison,
        generated=generated or datetime.now(UTC),
        version=desktop.__version__,
        order=order,
    )
