"""Importing from the window: check the files, confirm, import in the background, report.

Files go through two background jobs on one channel: a preview (extract and classify,
nothing written), the user's confirmation, then the import of what was confirmed.
Re-extraction of stored articles reuses the same progress dialog and report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from desktop.services.importing import (
    ImportPreview,
    ImportReport,
    import_previewed,
    import_text,
    preview_import,
)
from desktop.services.progress import CancelToken, Progress
from desktop.services.reextracting import reextract_articles
from desktop.storage.database import Database
from desktop.ui.dialogs import (
    ImportReportDialog,
    PastedArticle,
    plural,
    report_summary,
    show_error,
)
from desktop.ui.import_preview import ImportPreviewDialog
from desktop.ui.jobs import Job, JobRunner

IMPORT_CHANNEL = "import"
SUPPORTED_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht", ".txt", ".md")
FILE_FILTERS = ";;".join(
    (
        "Articles (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.md)",
        "Web pages (*.html *.htm *.xhtml)",
        "Web archives (*.mhtml *.mht)",
        "Text and Markdown (*.txt *.md)",
        "All files (*)",
    )
)


BUSY_MESSAGE = "An import is already running; wait for it to finish."
REEXTRACT_LABELS = {"imported": "Extracted again", "failed": "Failed (kept as it was)"}


def _preview_paths(
    db: Database, paths: tuple[Path, ...], progress: Progress, cancel: CancelToken
) -> ImportPreview:
    return preview_import(db, paths, progress=progress, cancel=cancel)


def _import_preview(
    db: Database, preview: ImportPreview, progress: Progress, cancel: CancelToken
) -> ImportReport:
    return import_previewed(db, preview, progress=progress, cancel=cancel)


def _reextract(
    db: Database, article_ids: tuple[int, ...], progress: Progress, cancel: CancelToken
) -> ImportReport:
    return reextract_articles(db, article_ids, progress=progress, cancel=cancel)


def _import_pasted(
    db: Database, pasted: PastedArticle, progress: Progress, cancel: CancelToken
) -> ImportReport:
    progress(0, 1, "Importing pasted text…")
    return import_text(
        db, pasted.text, is_html=pasted.is_html, title=pasted.title, outlet=pasted.outlet
    )


class ImportFlow(QObject):
    """Runs one import at a time and reports what became of every file."""

    import_done = Signal(object)  # ImportReport, or None when cancelled/failed
    article_requested = Signal(int)  # a report row asked to open its article

    def __init__(self, window: QMainWindow, db: Database, runner: JobRunner) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._runner = runner
        self.progress_dialog: QProgressDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        # Reloads the library, then calls its argument; the window sets its own.
        self.reload_library: Callable[[Callable[[], None]], None] = self._next_turn
        self.report_dialog: ImportReportDialog | None = None
        self.last_preview: ImportPreview | None = None
        self.last_report: ImportReport | None = None

    def busy(self) -> bool:
        """True while a job runs or the user has not yet answered the confirmation."""
        job = self._runner.current(IMPORT_CHANNEL)
        return (job is not None and not job.done) or self.preview_dialog is not None

    def import_paths(self, paths: Sequence[Path]) -> Job | None:
        """Check files and folders in the background, then ask before importing them."""
        if not paths:
            return None
        if self.busy():
            show_error(self._window, BUSY_MESSAGE)
            return None
        work = partial(_preview_paths, self._db, tuple(Path(path) for path in paths))
        return self._start(
            work,
            f"Checking {plural(len(paths), 'item')}…",
            "Checking Files",
            self._on_preview_finished,
            "Import cancelled; nothing was imported.",
        )

    def import_pasted(self, pasted: PastedArticle) -> Job | None:
        if self.busy():
            show_error(self._window, BUSY_MESSAGE)
            return None
        work = partial(_import_pasted, self._db, pasted)
        return self._start(work, "Importing pasted text…", "Importing", self._on_import_finished)

    def reextract(self, article_ids: Sequence[int]) -> Job | None:
        """Extract articles again from their kept original files; edits are kept."""
        if not article_ids:
            show_error(self._window, "Select the articles to extract again first.")
            return None
        if self.busy():
            show_error(self._window, BUSY_MESSAGE)
            return None
        work = partial(_reextract, self._db, tuple(article_ids))
        return self._start(
            work,
            f"Extracting {plural(len(article_ids), 'article')} again…",
            "Re-extracting",
            self._on_reextract_finished,
            "Re-extraction cancelled; articles done before Cancel were kept.",
        )

    def _start(
        self,
        work: partial[Any],
        label: str,
        title: str,
        on_finished: Callable[[Any], None],
        cancelled_message: str = "Import cancelled; articles imported before Cancel were kept.",
    ) -> Job:
        dialog = QProgressDialog(label, "Cancel", 0, 0, self._window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick imports finish before the dialog flashes up
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        self._window.statusBar().showMessage(label)
        job = self._runner.start(
            work,
            channel=IMPORT_CHANNEL,
            tag=label,
            on_progress=self._on_job_progress,
            on_finished=on_finished,
            on_failed=self._on_job_failed,
            on_cancelled=partial(self._on_job_cancelled, cancelled_message),
        )
        dialog.canceled.connect(job.cancel_now)
        return job

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _on_job_progress(self, done: int, total: int, message: str) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        dialog.setLabelText(message)

    # --- the confirmation ------------------------------------------------------------

    def _on_preview_finished(self, preview: ImportPreview) -> None:
        self._close_progress()
        self.last_preview = preview
        if not preview.items:
            self._window.statusBar().showMessage("No articles found to import.", 10000)
            show_error(
                self._window,
                "There was nothing to import: no .html, .htm, .xhtml, .mhtml, .mht, .txt "
                "or .md files were found.",
            )
            return
        self._window.statusBar().showMessage("Confirm the import.")
        dialog = ImportPreviewDialog(preview, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_preview_dialog_accepted)
        dialog.rejected.connect(self._on_preview_dialog_rejected)
        self.preview_dialog = dialog
        dialog.open()

    def _on_preview_dialog_accepted(self) -> None:
        dialog, self.preview_dialog = self.preview_dialog, None
        if dialog is None:
            return
        preview = dialog.chosen_preview()
        work = partial(_import_preview, self._db, preview)
        label = f"Importing {plural(len(preview.to_import), 'article')}…"
        self._start(work, label, "Importing", self._on_import_finished)

    def _on_preview_dialog_rejected(self) -> None:
        self.preview_dialog = None
        self._window.statusBar().showMessage("Import cancelled; nothing was imported.", 10000)
        self.import_done.emit(None)

    # --- outcomes --------------------------------------------------------------------

    def _on_import_finished(self, report: ImportReport) -> None:
        self._window.statusBar().showMessage(f"Import finished: {report_summary(report)}.", 10000)
        self._show_report(report, partial(ImportReportDialog, report, self._window))

    def _on_reextract_finished(self, report: ImportReport) -> None:
        done, failed = len(report.imported), len(report.failed)
        summary = f"{plural(done, 'article')} extracted again" + (
            f", {failed} failed" if failed else ""
        )
        self._window.statusBar().showMessage(f"Re-extraction finished: {summary}.", 10000)

        def make_dialog() -> ImportReportDialog:
            dialog = ImportReportDialog(
                report, self._window, title="Re-extraction report", labels=REEXTRACT_LABELS
            )
            dialog.summary.setText(
                f"{summary}. Edited fields were kept; compare affected stories again."
            )
            return dialog

        self._show_report(report, make_dialog)

    def _show_report(
        self, report: ImportReport, make_dialog: Callable[[], ImportReportDialog]
    ) -> None:
        self._close_progress()
        self.last_report = report
        self.import_done.emit(report)
        # The report opens once the library shows what it reports, and in a turn of the
        # event loop of its own: building a 1,000-row report in the same turn as the
        # library refresh held the window up for a tenth of a second.
        self.reload_library(partial(self._open_report, make_dialog))

    def _next_turn(self, then: Callable[[], None]) -> None:
        QTimer.singleShot(0, self, then)

    def _open_report(self, make_dialog: Callable[[], ImportReportDialog]) -> None:
        dialog = make_dialog()
        self.report_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.article_requested.connect(self.article_requested)
        dialog.destroyed.connect(partial(self._on_report_dialog_destroyed, id(dialog)))
        dialog.open()

    def _on_report_dialog_destroyed(self, dialog_id: int, *_args: object) -> None:
        # Only if it is still the current report: a newer import may have opened another.
        if self.report_dialog is not None and id(self.report_dialog) == dialog_id:
            self.report_dialog = None

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        self._close_progress()
        self._window.statusBar().showMessage("Import failed.", 10000)
        self.import_done.emit(None)
        show_error(self._window, message, is_bug=is_bug)

    def _on_job_cancelled(self, message: str) -> None:
        self._close_progress()
        # Work done before Cancel is kept (one transaction per article).
        self._window.statusBar().showMessage(message, 10000)
        self.import_done.emit(None)
