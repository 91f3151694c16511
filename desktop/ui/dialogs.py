"""Dialogs: the import report, paste-as-article and plain error messages."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.importing import ImportOutcome, ImportReport
from desktop.ui.error_log import bug_message
from desktop.ui.plain_text import plain_tooltip
from desktop.ui.row_models import FrozenRowsModel, Index

log = logging.getLogger(__name__)

STATUS_LABELS = {
    "imported": "Imported",
    "duplicate": "Skipped: duplicate",
    "near_duplicate": "Imported: near-duplicate",
    "failed": "Failed",
}
STATUS_COLOURS = {
    "imported": "#1d4d1d",
    "duplicate": "#555555",
    "near_duplicate": "#7a5a00",
    "failed": "#a00000",
}
OUTCOME_COLUMNS = ("File", "Result", "Headline / reason")


F = TypeVar("F", bound=Callable[..., Any])


def plural(count: int, noun: str) -> str:
    """'1 article', '2 articles', '3 stories'."""
    if count == 1:
        return f"1 {noun}"
    return f"{count} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def _widget_of(owner: object) -> QWidget | None:
    if isinstance(owner, QWidget):
        return owner
    parent = owner.parent() if isinstance(owner, QObject) else None
    return parent if isinstance(parent, QWidget) else None


def guarded(method: F) -> F:
    """Never let a slot crash the window: user errors shown plainly, bugs logged too."""

    @wraps(method)
    def wrapper(self: object, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except UserError as error:
            show_error(_widget_of(self), str(error))
        except Exception as error:
            log.exception("Unexpected error in %s", method.__name__)
            show_error(_widget_of(self), bug_message(type(error).__name__), is_bug=True)
        return None

    return wrapper  # type: ignore[return-value]


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def install_excepthook(parent: Callable[[], QWidget | None]) -> ExceptHook:
    """Make an exception that escapes any slot visible: log it, then tell the user.

    Qt calls slots from its event loop, where an uncaught exception would otherwise only
    be printed to a console nobody sees. Returns the hook it replaced.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        log.error("Unhandled exception", exc_info=(kind, error, trace))
        try:
            show_error(parent(), bug_message(kind.__name__), is_bug=True)
        except Exception:  # the message itself failed: the log already has the details
            log.exception("Could not show the unexpected problem")

    sys.excepthook = hook
    return previous


def show_error(parent: QWidget | None, message: str, *, is_bug: bool = False) -> QMessageBox:
    """A plain, window-modal message box; bugs were already logged where they happened.

    It is opened rather than exec'd so background jobs keep reporting while it shows.
    """
    box = QMessageBox(
        QMessageBox.Icon.Critical if is_bug else QMessageBox.Icon.Warning,
        "Unexpected problem" if is_bug else "Parallax",
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("error_message")
    # Messages quote file names and headlines: never let them be read as markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def report_summary(report: ImportReport) -> str:
    """'3 imported, 1 duplicate skipped, 1 near-duplicate, 1 failed'."""
    counts = {status: 0 for status in STATUS_LABELS}
    for outcome in report.outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    imported = counts["imported"] + counts["near_duplicate"]
    parts = [f"{imported} imported"]
    if counts["near_duplicate"]:
        parts.append(f"{counts['near_duplicate']} of them near-duplicates")
    if counts["duplicate"]:
        parts.append(
            f"{counts['duplicate']} duplicate{'s' if counts['duplicate'] > 1 else ''} skipped"
        )
    if counts["failed"]:
        parts.append(f"{counts['failed']} failed")
    return ", ".join(parts)


def headline_and_reason(title: str, message: str) -> str:
    """'Headline — reason', without saying the headline twice when the reason names it."""
    if not title or f'"{title}"' in message:
        return message or title
    return f"{title} — {message}" if message else title


# Sizing a view to its contents measures every row it considers; past this many the
# window would stall for seconds on a 1,000-file import, so views look at the first rows.
SIZE_TO_CONTENTS_ROWS = 200


def bound_sizing_cost(table: QTableView) -> None:
    """Column sizing to contents considers at most SIZE_TO_CONTENTS_ROWS rows."""
    table.horizontalHeader().setResizeContentsPrecision(SIZE_TO_CONTENTS_ROWS)


def size_leading_columns(table: QTableView, columns: int, stretch: int) -> None:
    """Size the first `columns` to their longest text (in the first SIZE_TO_CONTENTS_ROWS
    rows) once, and let column `stretch` take the rest. Qt's resizeColumnToContents asks
    the Python model for every role of each row, crossing into Python thousands of times;
    on a 1,000-row report that stalled the window while an import thread competed for the
    interpreter. Here the longest text is found in Python and measured once."""
    model, header = table.model(), table.horizontalHeader()
    metrics = table.fontMetrics()
    style = table.style()
    padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 4)
    rows = min(model.rowCount(), SIZE_TO_CONTENTS_ROWS)
    for column in range(columns):
        texts = (str(model.data(model.index(row, column)) or "") for row in range(rows))
        longest = max(texts, key=len, default="")
        width = metrics.horizontalAdvance(longest) + padding
        if rows and model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsUserCheckable:
            width += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, table) + 6
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def fit_rows_to_text(table: QTableView, rows: int) -> None:
    """Rows grow to show wrapped reasons in full instead of cutting them off.

    Only for reports short enough to measure at once; a long report keeps one line a
    row (the full reason is in each cell's tooltip) so it opens without a stall.
    """
    bound_sizing_cost(table)
    if rows > SIZE_TO_CONTENTS_ROWS:
        table.setWordWrap(False)
        return
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class ImportOutcomeModel(FrozenRowsModel):
    """One row per imported file: its name, what happened and why."""

    COLUMNS = OUTCOME_COLUMNS

    def __init__(
        self,
        outcomes: Sequence[ImportOutcome],
        parent: Any = None,
        *,
        labels: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        # Failures first: they are what the user must act on.
        order = {"failed": 0, "duplicate": 1, "near_duplicate": 2, "imported": 3}
        self._rows = sorted(outcomes, key=lambda outcome: order.get(outcome.status, 4))
        self._labels = {**STATUS_LABELS, **(labels or {})}

    def outcome_at(self, row: int) -> ImportOutcome:
        outcome: ImportOutcome = self._rows[row]
        return outcome

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        outcome = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return Path(outcome.path).name or outcome.path
            if index.column() == 1:
                return self._labels.get(outcome.status, outcome.status)
            return headline_and_reason(outcome.title, outcome.message)
        if role == Qt.ItemDataRole.ToolTipRole:
            if outcome.article_id is None:
                return plain_tooltip(outcome.path)
            return plain_tooltip(
                f"{outcome.path}\nDouble-click to open article #{outcome.article_id}"
            )
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(STATUS_COLOURS.get(outcome.status, "#000000"))
        return None


class ImportReportDialog(QDialog):
    """What became of every file of an import, failures first; a row opens its article."""

    article_requested = Signal(int)  # the article a row became (or duplicates)

    def __init__(
        self,
        report: ImportReport,
        parent: QWidget | None = None,
        *,
        title: str = "Import report",
        labels: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.summary = QLabel(report_summary(report))
        self.summary.setWordWrap(True)
        self.hint = QLabel("Double-click a row, or press Enter, to open its article.")
        self.hint.setEnabled(False)  # greyed: a hint, not a result
        self.hint.setVisible(any(o.article_id is not None for o in report.outcomes))
        self.model = ImportOutcomeModel(report.outcomes, self, labels=labels)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_rows_to_text(self.table, self.model.rowCount())
        self.table.activated.connect(self._on_table_activated)
        size_leading_columns(self.table, 2, stretch=2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a row has opened its article: it must not press Ok as well.
        if self.table.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        outcome = self.model.outcome_at(index.row())
        if outcome.article_id is not None:
            self.article_requested.emit(outcome.article_id)


@dataclass(frozen=True)
class PastedArticle:
    """What the user pasted, with the fields they filled in."""

    text: str
    is_html: bool
    title: str | None
    outlet: str | None


class PasteDialog(QDialog):
    """Paste an article's text (or HTML) and name its headline and outlet."""

    def __init__(self, text: str, *, is_html: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste as Article")
        self.title = QLineEdit()
        self.title.setPlaceholderText("Headline (optional: the first line otherwise)")
        self.outlet = QLineEdit()
        self.outlet.setPlaceholderText("Outlet (optional)")
        self.is_html = QCheckBox("The pasted text is HTML")
        self.is_html.setChecked(is_html)
        self.text = QPlainTextEdit()
        self.text.setPlainText(text)
        form = QFormLayout()
        form.addRow("Headline:", self.title)
        form.addRow("Outlet:", self.outlet)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.is_html)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def article(self) -> PastedArticle:
        return PastedArticle(
            text=self.text.toPlainText(),
            is_html=self.is_html.isChecked(),
            title=self.title.text().strip() or None,
            outlet=self.outlet.text().strip() or None,
        )
