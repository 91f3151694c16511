"""Library commands of the window: edit and delete articles and outlets; change stories."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from desktop.services import library
from desktop.services.library import StoryRow
from desktop.storage.database import Database
from desktop.ui.article_dialog import ArticleEditDialog
from desktop.ui.dialogs import guarded, plural, show_error
from desktop.ui.library_view import LibraryView, StoriesSidebar
from desktop.ui.outlets_dialog import OutletsDialog


class LibraryCommands(QObject):
    """What the Edit and Story menus do to the library; each runs quick service calls."""

    def __init__(
        self,
        window: QMainWindow,
        db: Database,
        library_view: LibraryView,
        sidebar: StoriesSidebar,
        refresh: Callable[[Callable[[], None] | None], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._view = library_view
        self._sidebar = sidebar
        self._refresh = refresh

    def _say(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 10000)

    @guarded
    def edit_article(self) -> None:
        ids = self._view.selected_ids()
        if not ids:
            show_error(self._window, "Select an article to edit first.")
            return
        # Read from the library, not the table: a reread may still be on its way.
        dialog = ArticleEditDialog(library.get_article(self._db, ids[0]).row, self._window)
        if not dialog.exec():
            return
        changed = dialog.changed()
        library.update_article(
            self._db,
            ids[0],
            title=changed.title,
            outlet=changed.outlet,
            published=changed.published,
            url=changed.url,
            authors=changed.authors,
        )
        self._refresh(None)
        self._say("Article updated.")

    @guarded
    def open_article(self, article_id: int) -> None:
        """Show one article selected in the library and open its properties."""
        self._sidebar.choose(None)
        if article_id not in {row.id for row in self._view.model.rows()}:
            show_error(self._window, f"Article #{article_id} is no longer in the library.")
            return
        self._view.select_ids([article_id])
        if not self._view.selected_ids():  # the filter hides it
            self._view.filter.clear()
            self._view.select_ids([article_id])
        selected = self._view.table.selectionModel().selectedRows()
        if selected:
            self._view.table.scrollTo(selected[0])
        self.edit_article()

    @guarded
    def edit_outlets(self) -> None:
        dialog = OutletsDialog(self._db, self._window)
        dialog.exec()
        if dialog.merged:
            self._refresh(None)
            self._say("Outlets merged.")

    @guarded
    def delete_selected_articles(self) -> None:
        ids = self._view.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self._window,
            "Delete Articles",
            f"Delete {plural(len(ids), 'article')} from the library? "
            "They are also removed from their stories.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            library.delete_articles(self._db, ids)
            self._refresh(None)
            self._say(f"Deleted {plural(len(ids), 'article')}.")

    @guarded
    def new_story_from_selection(self) -> None:
        ids = self._view.selected_ids()
        if not ids:
            show_error(self._window, "Select the articles of the story in the library first.")
            return
        name, ok = QInputDialog.getText(self._window, "New Story", "Name of the new story:")
        if not ok or not name.strip():
            return
        story_id = library.create_story(self._db, name.strip(), ids)
        self._refresh(partial(self._sidebar.choose, story_id))
        self._say(f"Created story “{name.strip()}” with {plural(len(ids), 'article')}.")

    @guarded
    def add_selection_to_story(self) -> None:
        ids = self._view.selected_ids()
        # Stories from the library, not the sidebar: a reread may still be on its way.
        story = self._ask_story("Add to Story", library.list_stories(self._db))
        if story is not None and ids:
            library.add_to_story(self._db, story.id, ids)
            self._refresh(None)
            self._say(f"Added {plural(len(ids), 'article')} to “{story.name}”.")

    @guarded
    def remove_selection_from_story(self) -> None:
        ids = set(self._view.selected_ids())
        stories = library.list_stories(self._db)
        candidates = [s for s in stories if ids & set(s.article_ids)]
        if not candidates:
            show_error(self._window, "None of the selected articles belongs to a story.")
            return
        story = self._ask_story("Remove from Story", candidates)
        if story is not None:
            removed = sorted(ids & set(story.article_ids))
            library.remove_from_story(self._db, story.id, removed)
            self._refresh(None)
            self._say(f"Removed {plural(len(removed), 'article')} from “{story.name}”.")

    def _ask_story(self, title: str, stories: Sequence[StoryRow]) -> StoryRow | None:
        if not stories:
            show_error(
                self._window, "There are no stories yet: use Story ▸ New Story from Selection."
            )
            return None
        names = [story.name for story in stories]
        name, ok = QInputDialog.getItem(self._window, title, "Story:", names, 0, False)
        return stories[names.index(name)] if ok and name in names else None
