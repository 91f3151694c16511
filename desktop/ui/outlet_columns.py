"""A table model base: a few fixed columns, then one column per outlet of a story."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class OutletColumnsModel(QAbstractTableModel):
    """Rows of frozen items; `FIXED_COLUMNS` headers, then each outlet's label.

    Subclasses set `FIXED_COLUMNS`, fill `_items` and `_outlets` between
    beginResetModel/endResetModel, and answer `data`.
    """

    FIXED_COLUMNS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._outlets: tuple[str, ...] = ()

    def outlets(self) -> tuple[str, ...]:
        return self._outlets

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIXED_COLUMNS) + len(self._outlets)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.FIXED_COLUMNS + self._outlets
        return titles[section] if 0 <= section < len(titles) else None

    def item_at(self, index: Index) -> Any:
        """The frozen item behind an index, or None for an invalid one."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()]
