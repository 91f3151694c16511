"""Qt models of the Speakers panel: speakers with their counts, and one speaker's quotes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.services.speakers import SpeakerOverview
from desktop.ui.library_models import ROW_ROLE, SORT_ROLE, refilter
from desktop.ui.plain_text import plain_tooltip
from desktop.ui.row_models import FrozenRowsModel

Index = QModelIndex | QPersistentModelIndex

SPEAKER_COLUMNS = ("Speaker", "Also named", "Quotes", "Articles")
QUOTE_COLUMNS = ("Quote", "Outlet", "Article")
CORRECTED_MARK = "✎ "  # a quote the user corrected by hand; text, so it survives grey-scale


def _right_aligned() -> int:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SpeakerTableModel(FrozenRowsModel):
    """One row per speaker, over a plain list of frozen `SpeakerOverview`s."""

    COLUMNS = SPEAKER_COLUMNS

    def row_of(self, speaker_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == speaker_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        speaker, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _speaker_display(speaker, column)
        if role == SORT_ROLE:
            if column == 2:
                return speaker.quotes
            if column == 3:
                return speaker.articles
            return _speaker_display(speaker, column).casefold()
        if role == ROW_ROLE:
            return speaker
        if role == Qt.ItemDataRole.ToolTipRole:
            names = "\n".join(speaker.aliases) or speaker.name
            return plain_tooltip(f"{speaker.name}\nNamed in the articles as:\n{names}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return _right_aligned()
        return None


def _other_names(speaker: SpeakerOverview) -> tuple[str, ...]:
    return tuple(alias for alias in speaker.aliases if alias != speaker.name)


def _speaker_display(speaker: SpeakerOverview, column: int) -> str:
    if column == 0:
        return speaker.name
    if column == 1:
        return ", ".join(_other_names(speaker))
    if column == 2:
        return str(speaker.quotes)
    return str(speaker.articles)


class SpeakerFilterProxy(QSortFilterProxyModel):
    """Sorts on natural values; keeps speakers any of whose names holds every word."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: tuple[str, ...] = ()

    def set_filter_text(self, text: str) -> None:
        words = tuple(word.casefold() for word in text.split())
        refilter(self, lambda: setattr(self, "_words", words))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        speaker = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if speaker is None:
            return False
        haystack = " ".join((speaker.name, *speaker.aliases)).casefold()
        return all(word in haystack for word in self._words)


class SpeakerQuoteModel(FrozenRowsModel):
    """The quotes of one speaker: the quoted words, outlet and article headline."""

    COLUMNS = QUOTE_COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        quote, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return quote.outlet
            if column == 2:
                return quote.title
            mark = CORRECTED_MARK if quote.corrected else ""
            return f"{mark}“{quote.text}”"
        if role == ROW_ROLE:
            return quote
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"“{quote.text}”", f"{quote.outlet} — {quote.title}"]
            if quote.speaker_written and quote.speaker_written != quote.speaker:
                lines.append(f"The article names the speaker “{quote.speaker_written}”.")
            if quote.corrected:
                lines.append("Corrected by hand; kept when the article is extracted again.")
            return plain_tooltip("\n".join(lines))
        return None
