"""Exporting a story from the window: pick a file, write it in the background, show progress."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressBar, QPushButton

from desktop.services.exporting import export_story
from desktop.services.library import StoryRow
from desktop.services.progress import CancelToken, Progress
from desktop.storage.database import Database
from desktop.ui.dialogs import show_error
from desktop.ui.jobs import Job, JobRunner

EXPORT_CHANNEL = "export"
PDF_FILTER = "PDF report (*.pdf)"
CSV_FILTER = "CSV table of statements (*.csv)"
JSON_FILTER = "JSON data (*.json)"
EXPORT_FILTERS = ";;".join((PDF_FILTER, CSV_FILTER, JSON_FILTER))
SUFFIX_OF_FILTER = {PDF_FILTER: ".pdf", CSV_FILTER: ".csv", JSON_FILTER: ".json"}


def export_target(path: str, chosen_filter: str) -> Path:
    """The file to write: the typed suffix wins, else the chosen filter's suffix is added."""
    target = Path(path)
    if target.suffix.lower() in (".pdf", ".csv", ".json"):
        return target
    return target.with_name(target.name + SUFFIX_OF_FILTER.get(chosen_filter, ".pdf"))


def default_file_name(story_name: str) -> str:
    """A safe file name from a story name ("Ferry strike: day 2" -> "Ferry strike day 2")."""
    cleaned = re.sub(r"[^\w\- ]+", "", story_name).strip()
    return " ".join(cleaned.split()) or "comparison"


def _export(
    db: Database, story_id: int, target: Path, progress: Progress, cancel: CancelToken
) -> Path:
    suffix = target.suffix.lower()
    export_story(
        db,
        story_id,
        pdf=target if suffix == ".pdf" else None,
        csv=target if suffix == ".csv" else None,
        json_path=target if suffix == ".json" else None,
        progress=progress,
        cancel=cancel,
    )
    return target


class ExportFlow(QObject):
    """File ▸ Export: a save dialog, then a background job shown in the status bar."""

    export_done = Signal(object)  # the Path written

    def __init__(self, window: QMainWindow, db: Database, runner: JobRunner) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._runner = runner
        self.last_export: Path | None = None
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel export")
        for widget in (self.progress, self.cancel_button):
            widget.hide()
            window.statusBar().addPermanentWidget(widget)
        self._job: Job | None = None
        self._target: Path | None = None
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def _settings(self) -> QSettings:
        settings = getattr(self._window, "settings", None)
        return settings if isinstance(settings, QSettings) else QSettings()

    def ask_and_export(self, story: StoryRow) -> Job | None:
        folder = str(self._settings().value("export/last_dir", str(Path.home())))
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            "Export Comparison",
            str(Path(folder) / f"{default_file_name(story.name)}.pdf"),
            EXPORT_FILTERS,
            PDF_FILTER,
        )
        if not path:
            return None
        target = export_target(path, chosen)
        self._settings().setValue("export/last_dir", str(target.parent))
        return self.export(story, target)

    def export(self, story: StoryRow, target: Path) -> Job:
        """Write `story` to `target` in the background; a running export is cancelled."""
        previous, previous_target = self._job, self._target
        self._target = target
        if previous is not None and not previous.done and previous_target is not None:
            # Only one export runs at a time: the user must know the first one stopped.
            show_error(
                self._window,
                f"The export to {previous_target.name} was cancelled because another "
                f"export started. Export it again when this one has finished.",
            )
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._window.statusBar().showMessage(f"Exporting “{story.name}” to {target.name}…")
        self._job = self._runner.start(
            partial(_export, self._db, story.id, target),
            channel=EXPORT_CHANNEL,
            tag=(story.id, str(target)),
            on_progress=self._on_job_progress,
            on_finished=self._on_job_finished,
            on_failed=self._on_job_failed,
            on_cancelled=self._on_job_cancelled,
        )
        return self._job

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._job = None

    def _on_cancel_button_clicked(self) -> None:
        if self._job is not None:
            self._job.cancel_now()

    def _on_job_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self._window.statusBar().showMessage(message)

    def _on_job_finished(self, target: Path) -> None:
        self._idle()
        self.last_export = target
        self._window.statusBar().showMessage(f"Exported to {target}", 15000)
        self.export_done.emit(target)

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        self._idle()
        self._window.statusBar().showMessage("Export failed.", 10000)
        show_error(self._window, message, is_bug=is_bug)

    def _on_job_cancelled(self) -> None:
        self._idle()
        self._window.statusBar().showMessage("Export cancelled.", 10000)
