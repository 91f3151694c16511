"""A table model base: a few fixed columns, then one column per outlet of a story."""

from __future__ import annotations

from typing import Any, ClassVar

from desktop.ui.row_models import FrozenRowsModel


class OutletColumnsModel(FrozenRowsModel):
    """`FIXED_COLUMNS` headers, then each outlet's label.

    Subclasses set `FIXED_COLUMNS`, fill `_rows` and `_outlets` between
    beginResetModel/endResetModel, and answer `data`.
    """

    FIXED_COLUMNS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._outlets: tuple[str, ...] = ()

    def columns(self) -> tuple[str, ...]:
        return self.FIXED_COLUMNS + self._outlets

    def outlets(self) -> tuple[str, ...]:
        return self._outlets
