"""The compared story: statements table, statement detail and the side-by-side panes."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Comparison
from desktop.ui.cell_delegate import StateCellDelegate
from desktop.ui.detail_html import IgnoreRules, statement_html
from desktop.ui.dialogs import bound_sizing_cost, guarded, plural
from desktop.ui.figures_view import FiguresView
from desktop.ui.ignore_actions import IgnoreActions
from desktop.ui.safe_browser import SafeTextBrowser
from desktop.ui.side_by_side import SideBySideView
from desktop.ui.statement_model import (
    FIXED_COLUMNS,
    FLAG_FILTER_PREFIX,
    ROW_ROLE,
    StatementFilterProxy,
    StatementRow,
    StatementTableModel,
)
from desktop.ui.story_place import StoryPlace, find_statement, place_of

KIND_CHOICES = (
    ("All statements", None),
    ("Any difference", "any"),
    ("Variant wording", "variant"),
    ("Partial (cut) quotes", "partial"),
    ("Paraphrased", "paraphrase"),
    ("Missing in an outlet", "absent"),
    ("Flagged (any flag)", "flagged"),
    ("⚑ Figures differ", FLAG_FILTER_PREFIX + "figures_differ"),
    ("⚑ Different speaker", FLAG_FILTER_PREFIX + "different_speaker"),
    ("⚑ Quote cut", FLAG_FILTER_PREFIX + "quote_cut"),
    ("⚑ Words no other outlet has", FLAG_FILTER_PREFIX + "unique_words"),
    ("⚑ Different reporting verb", FLAG_FILTER_PREFIX + "different_verb"),
)
ALL_SPEAKERS = "All speakers"
NO_MORE_DIFFERENCES = "No more differences"
COMPARISON_FAILED_NOTE = "This story could not be compared. Press Ctrl+R to try again."


class StoryView(QWidget):
    """Shows one story's comparison; selecting a statement updates detail and panes."""

    statement_selected = Signal(int)
    status_message = Signal(str)  # a short note for the window's status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._story_id: int | None = None
        self._place: StoryPlace | None = None  # restored when the next result arrives
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.header.setFont(font)

        self.model = StatementTableModel(self)
        self.proxy = StatementFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.detail = SafeTextBrowser()
        self.side_by_side = SideBySideView()
        self.side_by_side.statement_clicked.connect(self._on_side_by_side_statement_clicked)
        self.figures_view = FiguresView()
        self.ignore_actions = IgnoreActions(self)
        self.ignore_actions.changed.connect(self._on_ignore_actions_changed)
        self.differences_button = QToolButton()
        self.differences_button.setText("Differences")
        self._describe_ignore_rules(self.ignore_actions.rules())
        self.differences_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.differences_button.setMenu(self.ignore_actions.menu("Differences", self))

        self.speaker_filter = QComboBox()
        # Names stay readable when a dock narrows the view ("All speak…" otherwise).
        self.speaker_filter.setMinimumContentsLength(10)
        self.speaker_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.speaker_filter.currentIndexChanged.connect(self._on_speaker_filter_changed)
        self.kind_filter = QComboBox()
        for label, _kind in KIND_CHOICES:
            self.kind_filter.addItem(label)
        self.kind_filter.currentIndexChanged.connect(self._on_kind_filter_changed)
        self.previous_button = QPushButton("◀ Previous difference")
        self.previous_button.clicked.connect(self.previous_difference)
        self.previous_button.setToolTip("Shift+F7 (Alt+Up in the table or the panes)")
        self.next_button = QPushButton("Next difference ▶")
        self.next_button.clicked.connect(self.next_difference)
        self.next_button.setToolTip("F7 (Alt+Down in the table or the panes)")

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, "Statements")
        self.tabs.addTab(self.side_by_side, "Side by side")
        self.tabs.addTab(self.figures_view, "Figures")
        self._build_layout()
        self._add_arrow_shortcuts()

    def _add_arrow_shortcuts(self) -> None:
        """Alt+Down/Up step through differences only where no combo box wants them.

        F7 and Shift+F7 are the window-wide keys; Alt+arrows open a focused combo
        box's list, so they belong to the table and the panes alone.
        """
        for key, slot in (("Alt+Down", self.next_difference), ("Alt+Up", self.previous_difference)):
            for widget in (self.table, self.side_by_side.splitter):
                action = QAction(widget)
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(slot)
                widget.addAction(action)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # comparison order until asked
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        bound_sizing_cost(table)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(False)
        table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.cell_delegate = StateCellDelegate(table)
        return table

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel("Speaker:"))
        filters.addWidget(self.speaker_filter, 1)
        filters.addWidget(QLabel("Show:"))
        filters.addWidget(self.kind_filter, 1)
        filters.addStretch(1)
        filters.addWidget(self.differences_button)
        filters.addWidget(self.previous_button)
        filters.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    def show_loading(self, name: str, story_id: int | None = None) -> None:
        """Clear the view while `story_id` is compared; comparing the shown story again
        keeps the selected statement and speaker filter when the result arrives."""
        self._place = None
        if story_id is not None and story_id == self._story_id and self._comparison is not None:
            row = self.selected_statement()
            speaker = self.speaker_filter.currentText()
            self._place = place_of(
                story_id,
                self._comparison,
                row.index if row is not None else None,
                speaker if self.speaker_filter.currentIndex() > 0 else None,
            )
        self._story_id = story_id
        self.set_comparison(name, None)
        self.header.setText(f"{name} — comparing…")

    def show_failed(self, name: str) -> None:
        """The comparison failed: show nothing of any earlier story."""
        self._place = None
        self.set_comparison(name, None)
        self.header.setText(f"{name} — comparison failed")
        self.side_by_side.show_note(COMPARISON_FAILED_NOTE)

    def set_comparison(self, name: str, comparison: Comparison | None) -> None:
        """Show a story's statements (None clears the view)."""
        self._comparison = comparison
        self.model.set_comparison(comparison)
        self._fill_speakers()
        self.detail.clear()
        self.figures_view.set_comparison(comparison)
        if comparison is None:
            self.side_by_side.clear()
            self.header.setText(name)
            return
        self.side_by_side.set_comparison(comparison)
        self.header.setText(
            f"{name} — {plural(len(comparison.articles), 'article')}, "
            f"{plural(len(comparison.statements), 'statement')}"
        )
        for column in range(len(FIXED_COLUMNS), self.model.columnCount()):
            self.table.setItemDelegateForColumn(column, self.cell_delegate)
        self._size_columns()
        place, self._place = self._place, None
        if comparison.statements:
            if not self._restore_place(comparison, place):
                self.select_proxy_row(0)
        else:
            self.detail.setPlainText(
                "No quoted statements were found in this story's articles."
                if comparison.articles
                else "This story has no articles yet."
            )

    def _restore_place(self, comparison: Comparison, place: StoryPlace | None) -> bool:
        """Select the statement and speaker the user had before comparing again."""
        if place is None:
            return False
        if place.speaker is not None:
            position = self.speaker_filter.findText(place.speaker)
            if position > 0:
                self.speaker_filter.setCurrentIndex(position)
        statement = find_statement(comparison, place)
        return statement is not None and self.select_statement(statement)

    def kind_key(self) -> str | None:
        """The Show filter's choice, as saved in the settings (None: all statements)."""
        return KIND_CHOICES[max(self.kind_filter.currentIndex(), 0)][1]

    def set_kind_key(self, key: str | None) -> None:
        """Choose the Show filter by its saved key; an unknown key leaves it as it is."""
        for position, (_label, kind) in enumerate(KIND_CHOICES):
            if kind == key:
                self.kind_filter.setCurrentIndex(position)
                return

    def _fill_speakers(self) -> None:
        self.speaker_filter.blockSignals(True)
        self.speaker_filter.clear()
        self.speaker_filter.addItem(ALL_SPEAKERS)
        speakers = sorted({row.speaker for row in self.model.rows()}, key=str.casefold)
        self.speaker_filter.addItems(speakers)
        self.speaker_filter.blockSignals(False)
        self.proxy.set_speaker(None)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(len(FIXED_COLUMNS), self.model.columnCount()):
            header.resizeSection(column, max(header.sectionSize(column), 110))

    def selected_statement(self) -> StatementRow | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_statement(self, statement_index: int) -> bool:
        """Select the row of `Comparison.statements[statement_index]`, if it is visible."""
        for row in range(self.proxy.rowCount()):
            candidate = self.proxy.index(row, 0).data(ROW_ROLE)
            if candidate is not None and candidate.index == statement_index:
                self.select_proxy_row(row)
                return True
        return False

    def select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def next_difference(self) -> bool:
        return self._step_difference(+1)

    def previous_difference(self) -> bool:
        return self._step_difference(-1)

    def _step_difference(self, step: int) -> bool:
        """Move to the next (or previous) visible statement where some outlet differs."""
        current = self.table.selectionModel().currentIndex()
        row = current.row() if current.isValid() else (-1 if step > 0 else self.proxy.rowCount())
        row += step
        while 0 <= row < self.proxy.rowCount():
            statement = self.proxy.index(row, 0).data(ROW_ROLE)
            if statement is not None and statement.changed:
                self.select_proxy_row(row)
                return True
            row += step
        self.status_message.emit(NO_MORE_DIFFERENCES)
        return False

    @guarded
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None or self._comparison is None:
            self.detail.clear()
            self.side_by_side.show_statement(None)
            return
        self._show_detail(row.index)
        self.side_by_side.show_statement(row.index)
        self.statement_selected.emit(row.index)

    def _show_detail(self, statement_index: int) -> None:
        if self._comparison is None:
            return
        statement = self._comparison.statements[statement_index]
        rules = self.ignore_actions.rules()
        self.detail.setHtml(statement_html(self._comparison, statement, rules))

    def _describe_ignore_rules(self, rules: IgnoreRules) -> None:
        ignored = [
            name
            for name, on in (
                ("letter case", rules.case),
                ("punctuation", rules.punctuation),
                ("typography", rules.typography),
            )
            if on
        ]
        self.differences_button.setToolTip(
            "Word diffs ignore " + ", ".join(ignored) + "."
            if ignored
            else "Word diffs show every difference."
        )

    @guarded
    def _on_ignore_actions_changed(self, rules: IgnoreRules) -> None:
        self._describe_ignore_rules(rules)
        row = self.selected_statement()
        if row is not None:
            scroll = self.detail.verticalScrollBar().value()
            self._show_detail(row.index)
            self.detail.verticalScrollBar().setValue(scroll)

    @guarded
    def _on_side_by_side_statement_clicked(self, statement_index: int) -> None:
        if not self.select_statement(statement_index):
            # Filtered out of the table: still line the panes up on it.
            self.side_by_side.show_statement(statement_index)

    def _on_speaker_filter_changed(self, index: int) -> None:
        self.proxy.set_speaker(None if index <= 0 else self.speaker_filter.itemText(index))

    def _on_kind_filter_changed(self, index: int) -> None:
        self.proxy.set_difference_kind(KIND_CHOICES[index][1] if index >= 0 else None)
