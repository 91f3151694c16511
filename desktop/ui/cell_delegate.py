"""Paints outlet cells in their state colour even in the selected row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class StateCellDelegate(QStyledItemDelegate):
    """Keeps a cell's own background when selected and marks the selection in bold.

    Without it the selection colour hides the verbatim/variant/absent colours of the
    very statement the user is looking at.
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.state & QStyle.StateFlag.State_Selected:
            option.state &= ~QStyle.StateFlag.State_Selected
            option.font.setBold(True)
