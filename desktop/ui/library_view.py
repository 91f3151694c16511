"""The articles table with its filter box, and the stories sidebar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.library import ArticleRow, StoryRow
from desktop.ui.dialogs import bound_sizing_cost
from desktop.ui.library_models import (
    ROW_ROLE,
    ArticleFilterProxy,
    ArticleTableModel,
    StoryListModel,
)

EMPTY_HINT = (
    "No articles yet. Use File ▸ Import Articles… (Ctrl+O), drop files or folders "
    "on this window, or Edit ▸ Paste as Article."
)


class LibraryView(QWidget):
    """Every article, sortable and filterable; the selection feeds the Story menu."""

    selection_changed = Signal()
    text_search_requested = Signal(object)  # tuple of casefolded words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleTableModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by outlet, headline, author, date or URL (Ctrl+F)")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.full_text = QCheckBox("Search article text too")
        self.full_text.setChecked(True)
        self.full_text.toggled.connect(self._on_full_text_toggled)
        # Searching the texts reads every article: wait until the user stops typing.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.hint = QLabel(EMPTY_HINT)
        self.hint.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        bound_sizing_cost(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        search = QHBoxLayout()
        search.addWidget(self.filter, 1)
        search.addWidget(self.full_text)
        layout.addLayout(search)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

    def set_articles(self, rows: Sequence[ArticleRow]) -> None:
        selected = set(self.selected_ids())
        was_empty = self.model.rowCount() == 0
        self.model.set_rows(rows)
        self.hint.setVisible(not rows)
        if was_empty and rows:  # size once; later refreshes keep the user's widths
            # On the next turn of the event loop: measuring a thousand new rows in the
            # same turn as an import's report stalled the window.
            QTimer.singleShot(0, self.table, self._size_columns)
        if selected:
            self.select_ids(selected)

    def _size_columns(self) -> None:
        # The table is on screen by now: the rows in view are enough to size by.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(3, min(header.sectionSize(3), 220))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def selected_ids(self) -> list[int]:
        """Ids of the selected articles, in view order."""
        rows = self.table.selectionModel().selectedRows()
        articles = [index.data(ROW_ROLE) for index in sorted(rows, key=QModelIndex.row)]
        return [article.id for article in articles if article is not None]

    def select_ids(self, ids: set[int] | Sequence[int]) -> None:
        wanted = set(ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            article = index.data(ROW_ROLE)
            if article is not None and article.id in wanted:
                selection.select(index, flags)

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        if self.full_text.isChecked() and self.proxy.words:
            self._search_timer.start()

    def _on_full_text_toggled(self, checked: bool) -> None:
        if not checked:
            self._search_timer.stop()
            self.proxy.set_text_matches(self.proxy.words, frozenset())
        elif self.proxy.words:
            self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.text_search_requested.emit(self.proxy.words)

    def set_text_matches(self, words: tuple[str, ...], ids: frozenset[int]) -> None:
        """Results of a background full-text search; stale answers are ignored."""
        if self.full_text.isChecked():
            self.proxy.set_text_matches(words, ids)

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _on_selection_changed(self, *_args: object) -> None:
        self.selection_changed.emit()


class StoriesSidebar(QWidget):
    """'All articles' and every story; choosing a story opens its comparison."""

    story_chosen = Signal(object)  # StoryRow, or None for "All articles"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StoryListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long story names wrap instead of hiding behind a horizontal scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.hint = QLabel(
            "To compare articles, select them in the library and choose "
            "Story ▸ New Story from Selection (Ctrl+N)."
        )
        self.hint.setWordWrap(True)
        title = QLabel("Stories")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)

    def set_stories(self, stories: Sequence[StoryRow], article_count: int) -> None:
        """Refresh the list, keeping the current entry when it still exists."""
        current = self.current_story()
        self.list.selectionModel().blockSignals(True)
        self.model.set_stories(stories, article_count)
        self.hint.setVisible(not stories)
        row = self.model.row_of(current.id) if current is not None else 0
        self.list.setCurrentIndex(self.model.index(row if row is not None else 0, 0))
        self.list.selectionModel().blockSignals(False)

    def current_story(self) -> StoryRow | None:
        index = self.list.currentIndex()
        return self.model.story_at(index.row()) if index.isValid() else None

    def choose(self, story_id: int | None) -> None:
        """Select a story (None: all articles); emits `story_chosen` when it changes."""
        row = 0 if story_id is None else self.model.row_of(story_id)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.story_chosen.emit(self.model.story_at(current.row()) if current.isValid() else None)
