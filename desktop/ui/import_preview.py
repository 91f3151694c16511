"""The confirmation before an import: what will become of every file, problems first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.importing import ImportPreview, PreviewItem
from desktop.ui.dialogs import fit_rows_to_text, headline_and_reason, plural, size_leading_columns
from desktop.ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen PreviewItem behind a row

PREVIEW_COLUMNS = ("File", "What will happen", "Headline / reason")
PREVIEW_LABELS = {
    "failed": "Cannot import",
    "duplicate": "Skip: duplicate",
    "near_duplicate": "Import, flag near-duplicate",
    "new": "Import",
}
PREVIEW_COLOURS = {
    "failed": "#a00000",
    "duplicate": "#555555",
    "near_duplicate": "#7a5a00",
    "new": "#1d4d1d",
}
# What the user must look at comes first: failures, then what will be skipped or flagged.
_ORDER = {"failed": 0, "duplicate": 1, "near_duplicate": 2, "new": 3}


def preview_summary(preview: ImportPreview) -> str:
    """'4 files: 2 will be imported (1 flagged as near-duplicate), 1 duplicate skipped…'."""
    parts = [f"{len(preview.to_import)} will be imported"]
    if preview.near_duplicates:
        parts[0] += f" ({len(preview.near_duplicates)} flagged as near-duplicate)"
    if preview.duplicates:
        parts.append(f"{plural(len(preview.duplicates), 'duplicate')} will be skipped")
    if preview.failed:
        parts.append(f"{len(preview.failed)} cannot be imported")
    return f"{plural(len(preview.items), 'file')}: " + ", ".join(parts) + "."


class ImportPreviewModel(QAbstractTableModel):
    """One row per file of a planned import, failures and duplicates first.

    Files that would be imported carry a check box: the user may leave some out.
    """

    def __init__(self, items: Sequence[PreviewItem], parent: Any = None) -> None:
        super().__init__(parent)
        self._items = tuple(items)
        self._rows = sorted(items, key=lambda item: _ORDER.get(item.status, 4))
        self._left_out: set[str] = set()  # paths the user unticked

    def item_at(self, row: int) -> PreviewItem:
        return self._rows[row]

    def chosen(self) -> ImportPreview:
        """The preview without the files the user left out, in input order."""
        return ImportPreview(tuple(i for i in self._items if i.path not in self._left_out))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._is_checkable(index):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self._is_checkable(index):
            return False
        path = self._rows[index.row()].path
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._left_out.discard(path)
        else:
            self._left_out.add(path)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _is_checkable(self, index: Index) -> bool:
        return (
            index.isValid()
            and index.column() == 0
            and 0 <= index.row() < len(self._rows)
            and self._rows[index.row()].will_import
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PREVIEW_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return PREVIEW_COLUMNS[section] if 0 <= section < len(PREVIEW_COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.CheckStateRole and self._is_checkable(index):
            left_out = item.path in self._left_out
            return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{item.path}\n{item.message}" if item.message else item.path)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(PREVIEW_COLOURS.get(item.status, "#000000"))
        return None

    @staticmethod
    def _display(item: PreviewItem, column: int) -> str:
        if column == 0:
            return Path(item.path).name or item.path
        if column == 1:
            return PREVIEW_LABELS.get(item.status, item.status)
        return headline_and_reason(item.title, item.message)


class ImportPreviewDialog(QDialog):
    """Lists what an import will do and imports only when the user confirms."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Confirm Import")
        self.preview = preview
        self.summary = QLabel(preview_summary(preview))
        self.summary.setWordWrap(True)
        self.model = ImportPreviewModel(preview.items, self)
        self.model.dataChanged.connect(self._on_model_data_changed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_rows_to_text(self.table, self.model.rowCount())
        size_leading_columns(self.table, 2, stretch=2)
        hint = QLabel("Untick a file to leave it out. Nothing is written before you confirm.")
        hint.setEnabled(False)  # greyed: a hint, not a result
        buttons = QDialogButtonBox()
        self.import_button = QPushButton()
        self._update_import_button()
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(820, 400)

    def chosen_preview(self) -> ImportPreview:
        """What the user confirmed: the preview minus the files they unticked."""
        return self.model.chosen()

    def _update_import_button(self) -> None:
        count = len(self.model.chosen().to_import)
        label = f"Import {plural(count, 'Article')}" if count else "Nothing to Import"
        self.import_button.setText(label)
        self.import_button.setEnabled(count > 0)
        self.import_button.setDefault(count > 0)

    def _on_model_data_changed(self, *_args: object) -> None:
        self._update_import_button()
