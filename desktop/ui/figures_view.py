"""The story's Figures tab: numbers stated outside quotes, compared across outlets."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import ArticleQuotes, Comparison
from desktop.core.story_figures import FigureFact, FigureMention, compare_story_figures
from desktop.ui.outlet_columns import OutletColumnsModel
from desktop.ui.plain_text import plain_tooltip
from desktop.ui.safe_browser import SafeTextBrowser
from desktop.ui.statement_model import outlet_labels

Index = QModelIndex | QPersistentModelIndex

FACT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FIXED_COLUMNS = ("Fact", "Differs")
DIFFERS_TEXT = "≠ differs"
# An outlet whose value is not the one most outlets printed; the cell text says so too
# ("≠"), so the colour is never the only cue.
ODD_COLOURS = ("#ffe0cc", "#7a2e00")
SAME_COLOURS = ("#d8f0d8", "#1d4d1d")
CAPTION = (
    "Numbers stated outside quotes by two or more outlets, matched by what they count. "
    "≠ marks a value that differs from the one most outlets print; “45,100” and “45 100” "
    "are the same value. Figures inside quotes are compared in the Statements tab."
)
EMPTY_HINT = (
    "No figure outside quotes is printed by two or more of this story's articles. "
    "Figures inside quotes are compared in the Statements tab."
)


class FigureFactModel(OutletColumnsModel):
    """Fact, a "differs" marker, then the figure as each outlet printed it."""

    FIXED_COLUMNS = FIXED_COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys: tuple[int, ...] = ()

    def set_facts(self, articles: Sequence[ArticleQuotes], facts: Sequence[FigureFact]) -> None:
        self.beginResetModel()
        self._rows = list(facts)
        self._keys = tuple(article.key for article in articles)
        self._outlets = outlet_labels(articles)
        self.endResetModel()

    def facts(self) -> tuple[FigureFact, ...]:
        return tuple(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        fact: FigureFact | None = self.item_at(index)
        if fact is None:
            return None
        column = index.column()
        if role == FACT_ROLE:
            return fact
        if column == 0:
            return self._fact_data(fact, index.row(), role)
        if column == 1:
            return self._differs_data(fact, role)
        position = column - len(FIXED_COLUMNS)
        if not 0 <= position < len(self._keys):
            return None
        return self._cell_data(fact, fact.mention_for(self._keys[position]), role)

    @staticmethod
    def _fact_data(fact: FigureFact, row: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return fact.label
        if role == SORT_ROLE:
            return row  # the model's order: differing facts first
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(fact.mentions[0].sentence) if fact.mentions else None
        return None

    @staticmethod
    def _differs_data(fact: FigureFact, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return DIFFERS_TEXT if fact.differs else "same"
        if role == SORT_ROLE:
            return 0 if fact.differs else 1
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = ODD_COLOURS if fact.differs else SAME_COLOURS
            return QColor(colours[0 if role == Qt.ItemDataRole.BackgroundRole else 1])
        return None

    @staticmethod
    def _cell_data(fact: FigureFact, mention: FigureMention | None, role: int) -> Any:
        if mention is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        odd = fact.is_odd(mention)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"≠ {mention.figure.raw}" if odd else mention.figure.raw
        if role == SORT_ROLE:
            return mention.figure.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(mention.sentence)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if odd and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(ODD_COLOURS[0])
        if odd and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(ODD_COLOURS[1])
        return None


def fact_html(fact: FigureFact, articles: Sequence[ArticleQuotes]) -> str:
    """Each outlet's sentence with its figure in bold; every text escaped."""
    labels = dict(zip((article.key for article in articles), outlet_labels(articles), strict=True))
    parts = [f"<h3>{escape(fact.label)}</h3>"]
    if fact.differs:
        parts.append("<p style='color:#7a2e00;'><b>≠ The outlets print different values.</b></p>")
    for article in articles:
        mention = fact.mention_for(article.key)
        name = escape(labels[article.key])
        if mention is None:
            parts.append(f"<p><b>{name}</b>: <i>does not state this figure</i></p>")
            continue
        raw = mention.figure.raw
        sentence = mention.sentence
        at = sentence.find(raw)
        if at >= 0:
            shown = (
                escape(sentence[:at])
                + f"<b><u>{escape(raw)}</u></b>"
                + escape(sentence[at + len(raw) :])
            )
        else:
            shown = escape(sentence)
        mark = " ≠" if fact.is_odd(mention) else ""
        parts.append(f"<p><b>{name}</b>{mark}: {shown}</p>")
    return "\n".join(parts)


class FiguresView(QWidget):
    """Figures stated outside quotes by two or more outlets, and each outlet's sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._articles: tuple[ArticleQuotes, ...] = ()
        self._pending: Comparison | None = None
        self.model = FigureFactModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.caption = QLabel(CAPTION)
        self.caption.setWordWrap(True)
        self.caption.setContentsMargins(4, 2, 4, 2)
        self.hint = QLabel(EMPTY_HINT)
        self.hint.setWordWrap(True)
        font = self.hint.font()
        font.setBold(True)
        self.hint.setFont(font)
        self.detail = SafeTextBrowser()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)
        self.hint.hide()

    def set_comparison(self, comparison: Comparison | None, *, now: bool = False) -> None:
        """Show a story's figures; unless `now`, the work waits until the tab is shown."""
        self._pending = comparison
        self.model.set_facts((), ())
        self.detail.clear()
        self.hint.hide()
        if now or self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Compare the pending story's figures (quick: pure text work on a few articles)."""
        comparison, self._pending = self._pending, None
        if comparison is None:
            return
        self._articles = comparison.articles
        facts = compare_story_figures(comparison.articles)
        self.model.set_facts(comparison.articles, facts)
        self.hint.setVisible(not facts)
        self._size_columns()
        if facts:
            self.table.selectRow(0)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._pending is not None:
            self.refresh()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(len(FIXED_COLUMNS), self.model.columnCount()):
            header.resizeSection(column, max(header.sectionSize(column), 110))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        fact = current.data(FACT_ROLE) if current.isValid() else None
        if fact is None:
            self.detail.clear()
        else:
            self.detail.setHtml(fact_html(fact, self._articles))
