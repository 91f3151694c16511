"""The Speakers panel: every person quoted, merge/split/rename, and correcting their quotes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import corrections, speakers
from desktop.services.corrections import SpeakerQuote
from desktop.services.speakers import SpeakerOverview
from desktop.storage.database import Database
from desktop.ui.dialogs import guarded, plural, show_error
from desktop.ui.library_models import ROW_ROLE
from desktop.ui.plain_text import plain_label
from desktop.ui.quote_bounds_dialog import ask_quote_bounds
from desktop.ui.speaker_models import SpeakerFilterProxy, SpeakerQuoteModel, SpeakerTableModel

NO_SPEAKER_HINT = "Select a speaker to see their quotes."


def _table(model: object, *, multi: bool) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    return table


class SpeakersPanel(QWidget):
    """Speakers with their counts; below, the selected speaker's quotes.

    Every change is a quick service call on the UI thread; `speakers_changed` then tells
    the window to refresh the library and compare the open story again.
    """

    speakers_changed = Signal()
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._stale = True  # reload on the next show: the panel is often hidden
        # Set by the window: reads the overview on a worker thread, then calls show_rows.
        # Without it (the panel on its own) the overview is read on this thread.
        self.read_in_background: Callable[[], None] | None = None
        self.model = SpeakerTableModel(self)
        self.proxy = SpeakerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.quote_model = SpeakerQuoteModel(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter speakers by any of their names")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.table = _table(self.proxy, multi=True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.quotes_label = plain_label(QLabel(NO_SPEAKER_HINT))
        self.quotes_label.setWordWrap(True)
        self.quotes = _table(self.quote_model, multi=False)
        quote_header = self.quotes.horizontalHeader()
        # The words matter most; outlet and headline get what is left (full text in tooltips).
        quote_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            quote_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            quote_header.resizeSection(column, 110)
        self.quotes.selectionModel().selectionChanged.connect(self._update_buttons)
        self.quotes.doubleClicked.connect(self._on_quotes_double_clicked)
        self._build_buttons()
        self._lay_out()
        self._update_buttons()

    def _build_buttons(self) -> None:
        self.rename_button = QPushButton("&Rename…")
        self.merge_button = QPushButton("&Merge…")
        self.split_button = QPushButton("S&plit…")
        self.rename_button.setToolTip("Show the selected speaker under another name")
        self.merge_button.setToolTip("Make the selected speakers one person")
        self.split_button.setToolTip("Give one of the selected speaker's names its own person")
        self.speaker_button = QPushButton("Change &Speaker…")
        self.bounds_button = QPushButton("Correct &Bounds…")
        self.remove_button = QPushButton("Not a &Quote")
        self.speaker_button.setToolTip("Attribute the selected quote to someone else")
        self.bounds_button.setToolTip("Change where the selected quote starts and ends")
        self.remove_button.setToolTip("Remove the selected quote: it is not a quotation")
        self.restore_button = QPushButton("Removed…")
        self.restore_button.setToolTip("Bring back a quote removed with Not a Quote")
        for button, slot in (
            (self.rename_button, self.rename_selected),
            (self.merge_button, self.merge_selected),
            (self.split_button, self.split_selected),
            (self.speaker_button, self.change_quote_speaker),
            (self.bounds_button, self.correct_quote_bounds),
            (self.remove_button, self.remove_selected_quote),
            (self.restore_button, self.restore_removed_quote),
        ):
            button.clicked.connect(slot)

    def _lay_out(self) -> None:
        top, bottom = QWidget(), QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.filter)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(_row(self.rename_button, self.merge_button, self.split_button))
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.quotes_label)
        bottom_layout.addWidget(self.quotes, 1)
        bottom_layout.addLayout(
            _row(self.speaker_button, self.bounds_button, self.remove_button, self.restore_button)
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload now if shown; otherwise on the next show (keeps hidden panels free)."""
        self._stale = True
        if self.isVisible():
            self._read()

    @property
    def up_to_date(self) -> bool:
        """Whether the rows shown are the latest read (none is pending)."""
        return not self._stale

    def _read(self) -> None:
        if self.read_in_background is not None:
            self.read_in_background()
        else:
            self.reload()

    @guarded
    def reload(self, select: Sequence[int] | None = None) -> None:
        """Read the speakers again, keeping the selection (or selecting `select`)."""
        self.show_rows(speakers.speaker_overview(self._db), select)

    def show_rows(
        self, rows: Sequence[SpeakerOverview], select: Sequence[int] | None = None
    ) -> None:
        """Show speakers read elsewhere (the window's background library read)."""
        self._stale = False
        selected = list(select) if select is not None else self.selected_ids()
        self.model.set_rows(list(rows))
        self.select_speakers(selected)
        self._load_quotes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._read()

    def selected_speakers(self) -> list[SpeakerOverview]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def selected_ids(self) -> list[int]:
        return [speaker.id for speaker in self.selected_speakers()]

    def select_speakers(self, speaker_ids: Sequence[int]) -> bool:
        """Select these speakers (those still listed and not filtered out)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        found = False
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for speaker_id in speaker_ids:
            row = self.model.row_of(speaker_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
            if index is not None and index.isValid():
                selection.select(index, flags)
                if not found:
                    self.table.scrollTo(index)
                found = True
        return found

    def selected_quote(self) -> SpeakerQuote | None:
        rows = self.quotes.selectionModel().selectedRows()
        return self.quote_model.row_at(rows[0].row()) if rows else None

    def select_quote(self, quote_id: int) -> bool:
        for row, quote in enumerate(self.quote_model.rows()):
            if quote.id == quote_id:
                self.quotes.selectRow(row)
                return True
        return False

    def _on_table_selection_changed(self, *_args: object) -> None:
        self._load_quotes()

    @guarded
    def _load_quotes(self) -> None:
        chosen = self.selected_speakers()
        if len(chosen) != 1:
            self.quote_model.set_rows([])
            self.quotes_label.setText(
                NO_SPEAKER_HINT
                if not chosen
                else f"{plural(len(chosen), 'speaker')} selected: Merge makes them one person."
            )
        else:
            speaker = chosen[0]
            self.quote_model.set_rows(corrections.list_quotes_of_speaker(self._db, speaker.id))
            self.quotes_label.setText(
                f"Quotes of {speaker.name} "
                f"({plural(speaker.quotes, 'quote')} in {plural(speaker.articles, 'article')})"
            )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_speakers()
        self.rename_button.setEnabled(len(chosen) == 1)
        self.merge_button.setEnabled(len(chosen) >= 2)
        self.split_button.setEnabled(len(chosen) == 1 and len(chosen[0].aliases) >= 2)
        has_quote = self.selected_quote() is not None
        for button in (self.speaker_button, self.bounds_button, self.remove_button):
            button.setEnabled(has_quote)

    def _changed(self, message: str, *, select: Sequence[int] | None = None) -> None:
        self.reload(select)
        self.status_message.emit(message)
        self.speakers_changed.emit()

    # --- speakers ----------------------------------------------------------------------

    @guarded
    def rename_selected(self) -> None:
        chosen = self.selected_speakers()
        if len(chosen) != 1:
            show_error(self, "Select one speaker to rename.")
            return
        speaker = chosen[0]
        name, ok = QInputDialog.getText(
            self, "Rename Speaker", f"New name for {speaker.name}:", text=speaker.name
        )
        if ok and name.strip() and name.strip() != speaker.name:
            speakers.rename_speaker(self._db, speaker.id, name.strip())
            self._changed(f"Renamed {speaker.name} to {name.strip()}.")

    @guarded
    def merge_selected(self) -> None:
        chosen = self.selected_speakers()
        if len(chosen) < 2:
            show_error(self, "Select two or more speakers to merge (Ctrl+click).")
            return
        # The busiest speaker's name is offered first: usually the fullest, best-known one.
        ordered = sorted(chosen, key=lambda s: (-s.quotes, s.name.casefold()))
        names = [speaker.name for speaker in ordered]
        name, ok = QInputDialog.getItem(
            self,
            "Merge Speakers",
            f"{plural(len(chosen), 'speaker')} become one person. Keep which name?",
            names,
            0,
            False,
        )
        if not ok or name not in names:
            return
        into = ordered[names.index(name)]
        others = [speaker.id for speaker in ordered if speaker.id != into.id]
        speakers.merge_speakers(self._db, into.id, others, name=name)
        self._changed(f"Merged {plural(len(chosen), 'speaker')} into {name}.", select=[into.id])

    @guarded
    def split_selected(self) -> None:
        chosen = self.selected_speakers()
        if len(chosen) != 1 or len(chosen[0].aliases) < 2:
            show_error(self, "Select one speaker who has more than one name to split.")
            return
        speaker = chosen[0]
        aliases = list(speaker.aliases)
        alias, ok = QInputDialog.getItem(
            self,
            "Split Speaker",
            f"Which name of {speaker.name} is another person?\n"
            "The quotes written under that name go with them.",
            aliases,
            0,
            False,
        )
        if ok and alias in aliases:
            new_id = speakers.split_speaker(self._db, speaker.id, alias)
            self._changed(f"“{alias}” is now a speaker of their own.", select=[new_id])

    # --- quotes --------------------------------------------------------------------

    def _on_quotes_double_clicked(self, *_args: object) -> None:
        self.change_quote_speaker()

    @guarded
    def change_quote_speaker(self) -> None:
        quote = self.selected_quote()
        if quote is None:
            return
        names = sorted({row.name for row in self.model.rows()}, key=str.casefold)
        current = names.index(quote.speaker) if quote.speaker in names else 0
        name, ok = QInputDialog.getItem(
            self,
            "Change Speaker",
            f"Who said “{_short(quote.text)}”?\nChoose a speaker or type a new name.",
            names,
            current,
            True,
        )
        name = " ".join(name.split())
        if not ok or not name or name == quote.speaker:
            return
        known = {row.name: row.id for row in self.model.rows()}
        target: str | int = known.get(name, name)
        corrections.correct_quote_speaker(self._db, quote.id, target)
        # The quote leaves this speaker's list; the selected speaker stays selected.
        self._changed(f"The quote is now attributed to {name}.")

    @guarded
    def correct_quote_bounds(self) -> None:
        quote = self.selected_quote()
        if quote is None:
            return
        context = corrections.quote_context(self._db, quote.id)
        span = ask_quote_bounds(context, self)
        if span is None:
            return
        start, end = corrections.correct_quote_bounds(self._db, quote.id, *span)
        self._changed("Quote bounds corrected.")
        self._select_quote_at(quote.article_id, start, end)

    def _select_quote_at(self, article_id: int, start: int, end: int) -> None:
        for row, quote in enumerate(self.quote_model.rows()):
            if (quote.article_id, quote.start, quote.end) == (article_id, start, end):
                self.quotes.selectRow(row)
                return

    @guarded
    def remove_selected_quote(self) -> None:
        quote = self.selected_quote()
        if quote is None:
            return
        answer = QMessageBox.question(
            self,
            "Not a Quote",
            f"Remove “{_short(quote.text)}” ({quote.outlet}) from the quotes?\n"
            "It stays removed when the article is extracted again.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            corrections.remove_quote(self._db, quote.id)
            self._changed("Quote removed.")

    @guarded
    def restore_removed_quote(self) -> None:
        removed = corrections.list_removed_quotes(self._db)
        if not removed:
            show_error(self, "No quote has been removed with Not a Quote.")
            return
        labels = [f"{item.outlet}: “{_short(item.text, 70)}”" for item in removed]
        label, ok = QInputDialog.getItem(
            self, "Removed Quotes", "Bring back which quote?", labels, 0, False
        )
        if ok and label in labels:
            corrections.restore_quote(self._db, removed[labels.index(label)].correction_id)
            self._changed("Quote restored.")


def _row(*buttons: QPushButton) -> QHBoxLayout:
    layout = QHBoxLayout()
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    return layout


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def install_speakers_dock(window: QMainWindow, db: Database, action: QAction) -> SpeakersPanel:
    """Put the panel in a dock on the right, shown and hidden by `action` (View ▸ Speakers)."""
    panel = SpeakersPanel(db)
    dock = QDockWidget("Speakers", window)
    dock.setObjectName("speakers_dock")  # saveState/restoreState find it by name
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [460], Qt.Orientation.Horizontal)
    dock.hide()
    action.setCheckable(True)
    # `triggered` (the user's choice), not `toggled`: a dock tabbed behind another one
    # reports itself invisible, and must not be hidden for it.
    action.triggered.connect(lambda: dock.setVisible(action.isChecked()))
    dock.visibilityChanged.connect(action.setChecked)
    panel.status_message.connect(lambda message: window.statusBar().showMessage(message, 10000))
    return panel
