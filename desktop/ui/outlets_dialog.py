"""The Outlets dialog: every outlet with its article count; merge the ones that are one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.outlets import OutletRow, list_outlets, merge_outlets
from desktop.storage.database import Database
from desktop.ui.dialogs import guarded, plural
from desktop.ui.plain_text import plain_label
from desktop.ui.row_models import FrozenRowsModel, Index

OUTLET_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen OutletRow behind a row
OUTLET_COLUMNS = ("Outlet", "Web site", "Articles")


class OutletTableModel(FrozenRowsModel):
    """One row per outlet, over a plain list of frozen `OutletRow`s."""

    COLUMNS = OUTLET_COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        outlet = self.item_at(index)
        if outlet is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (outlet.name, outlet.domain or "", str(outlet.articles))[index.column()]
        if role == OUTLET_ROLE:
            return outlet
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OutletsDialog(QDialog):
    """Lists outlets; Merge Selected makes one outlet of several, keeping a chosen name."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Outlets")
        self._db = db
        self.merged = False  # the library must be refreshed after the dialog closes
        self.model = OutletTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        hint = QLabel(
            "Select two or more outlets that are the same publication, "
            "then Merge Selected to keep one name for all their articles."
        )
        hint.setWordWrap(True)
        self.merge_button = QPushButton("&Merge Selected…")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        self.status = plain_label(QLabel())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 400)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_outlets(self._db))

    def selected(self) -> list[OutletRow]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=QModelIndex.row)
        return [index.data(OUTLET_ROLE) for index in rows]

    def select_names(self, names: Sequence[str]) -> None:
        """Select the outlets called `names` (used by tests and after a merge)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row, outlet in enumerate(self.model.rows()):
            if outlet.name in names:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    @guarded
    def merge_selected(self) -> None:
        outlets = self.selected()
        if len(outlets) < 2:
            return
        # The outlet with the most articles is the likeliest right name: offer it first.
        choices = sorted(outlets, key=lambda outlet: -outlet.articles)
        names = [outlet.name for outlet in choices]
        name, ok = QInputDialog.getItem(
            self, "Merge Outlets", "Keep this name for all their articles:", names, 0, False
        )
        if not ok or name not in names:
            return
        into = choices[names.index(name)]
        others = [outlet.id for outlet in choices if outlet.id != into.id]
        moved = merge_outlets(self._db, into.id, others)
        self.merged = True
        self.reload()
        self.select_names([into.name])
        self.status.setText(f"Moved {plural(moved, 'article')} to “{into.name}”.")

    def _on_selection_changed(self, *_args: object) -> None:
        self.merge_button.setEnabled(len(self.table.selectionModel().selectedRows()) >= 2)
