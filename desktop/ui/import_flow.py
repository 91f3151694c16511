"""Importing from the window: a background job, a progress dialog with Cancel, a report."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from desktop.services.importing import ImportReport, import_files, import_text
from desktop.services.progress import CancelToken, Progress
from desktop.storage.database import Database
from desktop.ui.dialogs import ImportReportDialog, PastedArticle, report_summary, show_error
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


def _import_paths(
    db: Database, paths: tuple[Path, ...], progress: Progress, cancel: CancelToken
) -> ImportReport:
    return import_files(db, paths, progress=progress, cancel=cancel)


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

    def __init__(self, window: QMainWindow, db: Database, runner: JobRunner) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._runner = runner
        self.progress_dialog: QProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.last_report: ImportReport | None = None

    def busy(self) -> bool:
        job = self._runner.current(IMPORT_CHANNEL)
        return job is not None and not job.done

    def import_paths(self, paths: Sequence[Path]) -> Job | None:
        """Import files and folders in the background."""
        if not paths:
            return None
        if self.busy():
            show_error(self._window, "An import is already running; wait for it to finish.")
            return None
        work = partial(_import_paths, self._db, tuple(Path(path) for path in paths))
        return self._start(work, f"Importing {len(paths)} item(s)…")

    def import_pasted(self, pasted: PastedArticle) -> Job | None:
        if self.busy():
            show_error(self._window, "An import is already running; wait for it to finish.")
            return None
        return self._start(partial(_import_pasted, self._db, pasted), "Importing pasted text…")

    def _start(self, work: partial[ImportReport], label: str) -> Job:
        dialog = QProgressDialog(label, "Cancel", 0, 0, self._window)
        dialog.setWindowTitle("Importing")
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
            on_finished=self._on_job_finished,
            on_failed=self._on_job_failed,
            on_cancelled=self._on_job_cancelled,
        )
        dialog.canceled.connect(job.cancel)
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

    def _on_job_finished(self, report: ImportReport) -> None:
        self._close_progress()
        self.last_report = report
        self._window.statusBar().showMessage(f"Import finished: {report_summary(report)}.", 10000)
        self.import_done.emit(report)
        self.report_dialog = ImportReportDialog(report, self._window)
        self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog.destroyed.connect(self._on_report_dialog_destroyed)
        self.report_dialog.open()

    def _on_report_dialog_destroyed(self) -> None:
        self.report_dialog = None

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        self._close_progress()
        self._window.statusBar().showMessage("Import failed.", 10000)
        self.import_done.emit(None)
        show_error(self._window, message, is_bug=is_bug)

    def _on_job_cancelled(self) -> None:
        self._close_progress()
        # Articles imported before Cancel are kept (one transaction per article).
        self._window.statusBar().showMessage(
            "Import cancelled; articles imported before Cancel were kept.", 10000
        )
        self.import_done.emit(None)
