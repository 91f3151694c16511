"""The statements table of a compared story: frozen rows, a Qt model and its filter proxy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.core.matching import primary_members
from desktop.core.model import ArticleQuotes, CellState, Comparison, Statement, StatementMember
from desktop.ui.library_models import refilter
from desktop.ui.outlet_columns import OutletColumnsModel
from desktop.ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FIXED_COLUMNS = ("Speaker", "Statement", "Outlets", "Divergence")
UNKNOWN_SPEAKER = "(unknown speaker)"

# Background, foreground per state; the cell text always names the state as well, so
# the table reads the same in grey-scale or for colour-blind users.
CELL_COLOURS: dict[str, tuple[str, str]] = {
    "verbatim": ("#d8f0d8", "#1d4d1d"),
    "variant": ("#ffe9b3", "#5c4100"),
    "partial": ("#d6e6ff", "#153a73"),
    "paraphrase": ("#ecdcf7", "#4a2366"),
    "absent": ("#eeeeee", "#666666"),
}

DIFFERENCE_KINDS = ("variant", "partial", "paraphrase", "absent", "flagged")
FLAG_FILTER_PREFIX = "flag:"  # "flag:figures_differ" keeps statements with that flag


@dataclass(frozen=True)
class StatementCell:
    """How one outlet carried one statement."""

    state: CellState
    similarity: float | None = None
    flags: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        if self.state == "variant" and self.similarity is not None:
            return f"variant {self.similarity:.0f}%"
        return self.state


@dataclass(frozen=True)
class StatementRow:
    """One statement as the table shows it; `index` points into `Comparison.statements`."""

    index: int
    speaker: str
    reference: str
    outlets: int
    cells: tuple[StatementCell, ...]
    divergence: float  # 0 (everyone verbatim) .. 100 (almost nobody carried it as said)

    @property
    def changed(self) -> bool:
        """True when at least one outlet differs from the reference (a 'difference' stop)."""
        return any(cell.state != "verbatim" or cell.flags for cell in self.cells)


def member_text(article: ArticleQuotes, member: StatementMember) -> str:
    """The words one member quoted (or reported, for a paraphrase)."""
    if member.quote is not None and 0 <= member.quote < len(article.quotes):
        return article.quotes[member.quote].text
    if member.reported is not None and 0 <= member.reported < len(article.reported):
        return article.reported[member.reported].text
    return ""


def reference_text(comparison: Comparison, statement: Statement) -> str:
    """The statement's reference wording, falling back to its reference member's text."""
    if statement.reference_text:
        return statement.reference_text
    if not statement.members:
        return ""
    member = statement.members[min(statement.reference, len(statement.members) - 1)]
    by_key = {article.key: article for article in comparison.articles}
    article = by_key.get(member.article)
    return member_text(article, member) if article else ""


def outlet_labels(articles: Sequence[ArticleQuotes]) -> tuple[str, ...]:
    """Column titles: the outlet names, numbered when one outlet appears twice."""
    totals = Counter(article.outlet or "Unknown outlet" for article in articles)
    seen: Counter[str] = Counter()
    labels = []
    for article in articles:
        name = article.outlet or "Unknown outlet"
        seen[name] += 1
        labels.append(f"{name} ({seen[name]})" if totals[name] > 1 else name)
    return tuple(labels)


def _cell(statement: Statement, key: int) -> StatementCell:
    # An outlet quoting the statement twice (a fragment and the full quote, or two
    # pieces) counts by its best version, the same one the report shows.
    best = next((m for m in primary_members(statement) if m.article == key), None)
    if best is None:
        return StatementCell("absent")
    return StatementCell(best.relation, best.similarity, tuple(flag.kind for flag in best.flags))


def _divergence(cells: Sequence[StatementCell]) -> float:
    if not cells:
        return 0.0
    missing = 0.0
    for cell in cells:
        if cell.state == "absent":
            missing += 100.0
        else:
            missing += 100.0 - (cell.similarity if cell.similarity is not None else 100.0)
            missing += 10.0 * len(cell.flags)
    return min(100.0, missing / len(cells))


def build_statement_rows(comparison: Comparison) -> tuple[StatementRow, ...]:
    """Turn a comparison into the table's rows, one per statement, in comparison order."""
    keys = [article.key for article in comparison.articles]
    rows = []
    for index, statement in enumerate(comparison.statements):
        cells = tuple(_cell(statement, key) for key in keys)
        rows.append(
            StatementRow(
                index=index,
                speaker=statement.speaker or UNKNOWN_SPEAKER,
                reference=" ".join(reference_text(comparison, statement).split()),
                outlets=len(statement.articles),
                cells=cells,
                divergence=round(_divergence(cells), 1),
            )
        )
    return tuple(rows)


class StatementTableModel(OutletColumnsModel):
    """Speaker, reference wording, outlet count, divergence, then one cell per outlet."""

    FIXED_COLUMNS = FIXED_COLUMNS

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        if comparison is None:
            self._rows, self._outlets = [], ()
        else:
            self._rows = list(build_statement_rows(comparison))
            self._outlets = outlet_labels(comparison.articles)
        self.endResetModel()

    def rows(self) -> tuple[StatementRow, ...]:
        return tuple(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: StatementRow | None = self.item_at(index)
        if row is None:
            return None
        column = index.column()
        if role == ROW_ROLE:
            return row
        if column >= len(FIXED_COLUMNS):
            cell_index = column - len(FIXED_COLUMNS)
            if cell_index >= len(row.cells):
                return None
            return self._cell_data(row.cells[cell_index], role)
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.speaker, row.reference, str(row.outlets), f"{row.divergence:.0f}%")[column]
        if role == SORT_ROLE:
            return (row.speaker.casefold(), row.index, row.outlets, row.divergence)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return plain_tooltip(row.reference)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _cell_data(cell: StatementCell, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.label + (" ⚑" if cell.flags else "")
        if role == SORT_ROLE:
            return cell.similarity if cell.state != "absent" else -1.0
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(CELL_COLOURS[cell.state][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(CELL_COLOURS[cell.state][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and cell.flags:
            return plain_tooltip(
                "Flags: " + ", ".join(flag.replace("_", " ") for flag in cell.flags)
            )
        return None


class StatementFilterProxy(QSortFilterProxyModel):
    """Filters by speaker and by kind of difference; sorts on natural values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._speaker: str | None = None
        self._kind: str | None = None

    def set_speaker(self, speaker: str | None) -> None:
        """Keep only statements by `speaker` (None shows everyone)."""
        refilter(self, lambda: setattr(self, "_speaker", speaker))

    def set_difference_kind(self, kind: str | None) -> None:
        """Keep statements with at least one cell of `kind` (see DIFFERENCE_KINDS), or
        with a flag of one kind ("flag:quote_cut", see FLAG_FILTER_PREFIX)."""
        refilter(self, lambda: setattr(self, "_kind", kind))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if row is None:
            return False
        if self._speaker is not None and row.speaker != self._speaker:
            return False
        if self._kind == "flagged":
            return any(cell.flags for cell in row.cells)
        if self._kind is not None and self._kind.startswith(FLAG_FILTER_PREFIX):
            flag = self._kind.removeprefix(FLAG_FILTER_PREFIX)
            return any(flag in cell.flags for cell in row.cells)
        if self._kind == "any":
            return bool(row.changed)
        if self._kind is not None:
            return any(cell.state == self._kind for cell in row.cells)
        return True
