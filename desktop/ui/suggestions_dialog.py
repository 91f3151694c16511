"""Story ▸ Suggested Stories…: groups of articles that quote the same words, made stories."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services import library
from desktop.services.library import ArticleRow
from desktop.services.progress import CancelToken, Progress
from desktop.services.suggesting import StorySuggestion, suggest_stories
from desktop.storage.database import Database
from desktop.ui.dialogs import guarded, plural
from desktop.ui.jobs import Job, JobRunner
from desktop.ui.plain_text import plain_label
from desktop.ui.safe_browser import SafeTextBrowser

Index = QModelIndex | QPersistentModelIndex
SUGGEST_CHANNEL = "suggest"
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Suggestions:
    """What the background search found, with the articles it names."""

    groups: tuple[StorySuggestion, ...]
    articles: Mapping[int, ArticleRow]


def find_suggestions(db: Database, progress: Progress, cancel: CancelToken) -> Suggestions:
    """Runs on a worker thread: the suggestion query and the rows of its articles."""
    progress(0, 2, "Looking for articles that quote the same words…")
    groups = tuple(suggest_stories(db, cancel=cancel))
    progress(1, 2, "Reading the suggested articles…")
    wanted = {article_id for group in groups for article_id in group.article_ids}
    rows = {row.id: row for row in library.list_articles(db) if row.id in wanted}
    return Suggestions(groups, rows)


class SuggestionListModel(QAbstractListModel):
    """One line per suggested story: its name, how many articles, how much shared quoting."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[StorySuggestion] = []

    def set_groups(self, groups: Sequence[StorySuggestion]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> tuple[StorySuggestion, ...]:
        return tuple(self._groups)

    def remove(self, group: StorySuggestion) -> None:
        if group in self._groups:
            row = self._groups.index(group)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._groups[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        group = self._groups[index.row()]
        if role == SUGGESTION_ROLE:
            return group
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group.name}\n{plural(len(group.article_ids), 'article')}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{plural(group.shared_quotes, 'shared quoted passage')} between its articles"
        return None


def group_html(group: StorySuggestion, articles: Mapping[int, ArticleRow]) -> str:
    """The suggested story's articles (outlet, headline, date), every text escaped."""
    parts = [
        f"<h3>{escape(group.name)}</h3>",
        f"<p>{plural(len(group.article_ids), 'article')} sharing "
        f"{plural(group.shared_quotes, 'quoted word run')}:</p><ul>",
    ]
    for article_id in group.article_ids:
        row = articles.get(article_id)
        if row is None:
            parts.append(f"<li><i>article #{article_id} (no longer in the library)</i></li>")
            continue
        date = f" · {escape(row.published[:10])}" if row.published else ""
        parts.append(f"<li><b>{escape(row.outlet or 'Unknown outlet')}</b>{date}<br>")
        parts.append(f"{escape(row.title)}</li>")
    parts.append("</ul>")
    return "".join(parts)


class SuggestionsDialog(QDialog):
    """Lists suggested stories (found in the background); "Create Story" makes one real."""

    story_created = Signal(int)

    def __init__(self, db: Database, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Suggested Stories")
        self.resize(760, 460)
        self._db = db
        self._runner = runner
        self._articles: Mapping[int, ArticleRow] = {}
        self._job: Job | None = None
        # A search still running when the dialog closes has nobody to report to.
        self.finished.connect(self._on_dialog_finished)
        self.status = plain_label(QLabel("Looking for articles that quote the same words…"))
        self.status.setWordWrap(True)
        self.model = SuggestionListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.list.doubleClicked.connect(self._on_list_double_clicked)
        self.detail = SafeTextBrowser()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setSizes([320, 420])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = QPushButton("&Create Story…")
        self.create_button.setEnabled(False)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self.create_story)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def search(self) -> None:
        """Run the suggestion query in the background; the list fills when it returns."""
        self.status.setText("Looking for articles that quote the same words…")
        self._job = self._runner.start(
            partial(find_suggestions, self._db),
            channel=SUGGEST_CHANNEL,
            on_finished=self._on_search_finished,
            on_failed=self._on_search_failed,
        )

    def _on_dialog_finished(self, _result: int) -> None:
        if self._job is not None and not self._job.done:
            self._job.cancel()

    def _on_search_finished(self, result: Suggestions) -> None:
        self._articles = result.articles
        self.model.set_groups(result.groups)
        self._update_status()
        if result.groups:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _on_search_failed(self, message: str, _is_bug: bool) -> None:
        self.status.setText(f"Stories could not be suggested: {message}")

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if count:
            self.status.setText(
                f"{plural(count, 'suggested story')}: articles that quote the same words "
                "within a few days and are not a story yet. Choose one and press Create Story."
            )
        else:
            self.status.setText(
                "No suggestions: no articles outside your stories quote the same words "
                "within a few days of each other."
            )

    def current_group(self) -> StorySuggestion | None:
        index = self.list.currentIndex()
        return index.data(SUGGESTION_ROLE) if index.isValid() else None

    @guarded
    def create_story(self) -> None:
        """Ask for a name (the suggested one by default) and create the story."""
        group = self.current_group()
        if group is None:
            return
        name, ok = QInputDialog.getText(
            self, "Create Story", "Name of the new story:", text=group.name
        )
        if not ok or not name.strip():
            return
        story_id = library.create_story(self._db, name.strip(), group.article_ids)
        self.model.remove(group)
        self._update_status()
        self.story_created.emit(story_id)

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        group = current.data(SUGGESTION_ROLE) if current.isValid() else None
        self.create_button.setEnabled(group is not None)
        if group is None:
            self.detail.clear()
        else:
            self.detail.setHtml(group_html(group, self._articles))

    def _on_list_double_clicked(self, _index: QModelIndex) -> None:
        self.create_story()
