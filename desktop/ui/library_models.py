"""Qt models over the library: the articles table, its filter proxy and the stories list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.services.library import ArticleRow, StoryRow
from desktop.ui.plain_text import plain_tooltip
from desktop.ui.row_models import FrozenRowsModel

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen row behind an index
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally (numbers, ISO dates)

ARTICLE_COLUMNS = ("Outlet", "Headline", "Date", "Authors", "Words", "Quotes")
NEAR_DUPLICATE_COLOUR = QColor("#8a6d00")


def refilter(proxy: QSortFilterProxyModel, update: Callable[[], None]) -> None:
    """Change a proxy's row filter with whichever API this Qt version prefers."""
    if hasattr(proxy, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter is deprecated
        proxy.beginFilterChange()
        update()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - older Qt
        update()
        proxy.invalidateRowsFilter()


def _sort_key(value: Any) -> tuple[int, Any]:
    # Numbers and strings never meet in one column, but empty values sort first.
    return (0, value) if value not in ("", None) else (-1, "")


def _display_date(published: str | None) -> str:
    # ISO strings sort and read well; the time of day is noise in a list of articles.
    return (published or "")[:10]


class ArticleTableModel(FrozenRowsModel):
    """One row per article, over a plain list of frozen `ArticleRow`s."""

    COLUMNS = ARTICLE_COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[ArticleRow]) -> None:
        new = self._sorted(list(rows))
        if new == self._rows:
            return  # a refresh that changed nothing must not reset the view
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with a key, not in the proxy: one data() call per comparison
        made a 1,000-article refresh stall the window."""
        if not 0 <= column < len(ARTICLE_COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._rows = self._sorted(list(old_rows))
        new_position = {id(row): number for number, row in enumerate(self._rows)}
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes,
            [
                self.index(new_position[id(old_rows[index.row()])], index.column())
                for index in old_indexes
            ],
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ArticleRow]) -> list[ArticleRow]:
        if self._sort is None:
            return rows
        column, order = self._sort
        rows.sort(
            key=lambda row: _sort_key(self._sort_value(row, column)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        return rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        article = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(article, column)
        if role == SORT_ROLE:
            return self._sort_value(article, column)
        if role == ROW_ROLE:
            return article
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(article)
        if role == Qt.ItemDataRole.ForegroundRole and article.near_duplicate_of is not None:
            return NEAR_DUPLICATE_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(article: ArticleRow, column: int) -> str:
        if column == 0:
            return article.outlet
        if column == 1:
            # The marker keeps syndicated copies visible without relying on colour.
            mark = "≈ " if article.near_duplicate_of is not None else ""
            return mark + article.title
        if column == 2:
            return _display_date(article.published)
        if column == 3:
            return ", ".join(article.authors)
        if column == 4:
            return f"{article.words:,}"
        return str(article.quotes)

    @staticmethod
    def _sort_value(article: ArticleRow, column: int) -> Any:
        if column == 4:
            return article.words
        if column == 5:
            return article.quotes
        if column == 2:
            return article.published or ""
        return ArticleTableModel._display(article, column).casefold()

    @staticmethod
    def _tooltip(article: ArticleRow) -> str:
        lines = [article.title, article.url or "(no URL)"]
        if article.near_duplicate_of is not None:
            lines.append(f"Near-duplicate of article #{article.near_duplicate_of}")
        return plain_tooltip("\n".join(lines))


class ArticleFilterProxy(QSortFilterProxyModel):
    """Sorts on natural values and keeps rows whose outlet, headline or authors match."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # Sorting is the source model's (a key sort); the proxy only filters.
        self.setDynamicSortFilter(False)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._words: tuple[str, ...] = ()
        self._text_matches: frozenset[int] = frozenset()

    @property
    def words(self) -> tuple[str, ...]:
        return self._words

    def set_filter_text(self, text: str) -> None:
        """Every word must appear somewhere in the row (outlet, headline, date, authors, URL)."""
        words = tuple(word.casefold() for word in text.split())

        def update() -> None:
            if words != self._words:
                self._text_matches = frozenset()  # they answered another query
            self._words = words

        refilter(self, update)

    def set_text_matches(self, words: tuple[str, ...], ids: frozenset[int]) -> None:
        """Also keep articles whose main text contains every word (full-text search)."""
        if words == self._words:
            refilter(self, lambda: setattr(self, "_text_matches", ids))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
        # The header shows the indicator; the proxy keeps the source's order (column -1
        # with Descending would reverse it).
        super().sort(-1, Qt.SortOrder.AscendingOrder)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        article = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if article is None:
            return False
        if article.id in self._text_matches:
            return True
        haystack = " ".join(
            (article.outlet, article.title, article.published or "", *article.authors, article.url)
        ).casefold()
        return all(word in haystack for word in self._words)


class StoryListModel(QAbstractListModel):
    """The stories sidebar: 'All articles' first, then every story with its article count."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._stories: list[StoryRow] = []
        self._article_count = 0

    def set_stories(self, stories: Sequence[StoryRow], article_count: int) -> None:
        self.beginResetModel()
        self._stories = list(stories)
        self._article_count = article_count
        self.endResetModel()

    def story_at(self, row: int) -> StoryRow | None:
        """None for the 'All articles' entry."""
        return self._stories[row - 1] if 1 <= row <= len(self._stories) else None

    def row_of(self, story_id: int) -> int | None:
        for row, story in enumerate(self._stories, start=1):
            if story.id == story_id:
                return row
        return None

    def stories(self) -> tuple[StoryRow, ...]:
        return tuple(self._stories)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stories) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._stories):
            return None
        story = self.story_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if story is None:
                return f"All articles ({self._article_count})"
            count = len(story.article_ids)
            return f"{story.name} ({count} article{'s' if count != 1 else ''})"
        if role == ROW_ROLE:
            return story
        if role == Qt.ItemDataRole.ToolTipRole and story is not None:
            return plain_tooltip(f"Story “{story.name}”: select to compare its articles")
        return None
