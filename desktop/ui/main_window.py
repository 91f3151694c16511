"""The main window: library, stories sidebar and story view, wired to the services."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from desktop.services import library
from desktop.services.comparing import StoryComparison
from desktop.services.extraction_pool import prewarm
from desktop.services.library import ArticleRow, StoryRow
from desktop.services.speakers import SpeakerOverview
from desktop.storage.database import Database
from desktop.ui.dialogs import PasteDialog, guarded, plural, show_error
from desktop.ui.export_flow import ExportFlow
from desktop.ui.import_flow import FILE_FILTERS, ImportFlow
from desktop.ui.jobs import JobRunner
from desktop.ui.library_commands import LibraryCommands
from desktop.ui.library_view import LibraryView, StoriesSidebar
from desktop.ui.speakers_panel import install_speakers_dock
from desktop.ui.story_view import StoryView
from desktop.ui.suggestions_dialog import SuggestionsDialog
from desktop.ui.window_menus import WindowActions, build_menus
from desktop.ui.window_work import (
    LibrarySnapshot,
    compare,
    load_library,
    load_speakers,
    search_texts,
)

log = logging.getLogger(__name__)
COMPARE_CHANNEL = "compare"
SEARCH_CHANNEL = "search"
LIBRARY_CHANNEL = "library"
SPEAKERS_CHANNEL = "speakers"
CLOSE_WAIT_MS = 300


class MainWindow(QMainWindow):
    """Parallax's window. Built by `desktop.app` after the QApplication exists."""

    def __init__(
        self,
        db: Database,
        *,
        settings: QSettings | None = None,
        runner: JobRunner | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.settings = settings if settings is not None else QSettings("Parallax", "Parallax")
        self.runner = runner if runner is not None else JobRunner(self)
        self.setWindowTitle("Parallax")
        self.setAcceptDrops(True)

        self.library_view = LibraryView()
        self.sidebar = StoriesSidebar()
        self.story_view = StoryView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_view)
        self.stack.addWidget(self.story_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1050])
        self.setCentralWidget(self.splitter)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)

        self.import_flow = ImportFlow(self, db, self.runner)
        self.import_flow.import_done.connect(self._on_import_flow_done)
        self.import_flow.reload_library = self.refresh_in_background
        self._after_library_load: list[Callable[[], None]] = []
        self._library_reads = 0  # numbers each library read; only the newest is shown
        self._library_shown = 0  # the number of the read on screen
        self.import_flow.article_requested.connect(self._on_import_flow_article_requested)
        self.export_flow = ExportFlow(self, db, self.runner)
        self.commands = LibraryCommands(
            self, db, self.library_view, self.sidebar, self.refresh_in_background
        )
        self.window_actions = WindowActions(self)
        self.suggestions_dialog: SuggestionsDialog | None = None
        self.story_view.ignore_actions.bind_settings(self.settings)
        build_menus(self, self.window_actions, self.story_view.ignore_actions.actions())
        self.speakers_panel = install_speakers_dock(self, db, self.window_actions.show_speakers)
        self.speakers_panel.speakers_changed.connect(self._on_speakers_panel_changed)
        self.speakers_panel.read_in_background = self._read_speakers
        self._connect()
        self.resize(1280, 800)
        self._restore_settings()
        self.refresh()
        self._reopen_last_story()
        self._update_actions()

    def _connect(self) -> None:
        a = self.window_actions
        for action, slot in (
            (a.import_files, self.import_articles),
            (a.import_folder, self.import_folder),
            (a.export, self.export_comparison),
            (a.quit, self.close),
            (a.paste, self.paste_article),
            (a.new_story, self.commands.new_story_from_selection),
            (a.suggested_stories, self.show_suggested_stories),
            (a.add_to_story, self.commands.add_selection_to_story),
            (a.remove_from_story, self.commands.remove_selection_from_story),
            (a.compare, self.compare_current_story),
            (a.next_difference, self.story_view.next_difference),
            (a.previous_difference, self.story_view.previous_difference),
            (a.filter, self.focus_filter),
            (a.edit_article, self.commands.edit_article),
            (a.reextract, self.reextract_selected),
            (a.outlets, self.commands.edit_outlets),
            (a.delete_articles, self.commands.delete_selected_articles),
            (a.show_library, partial(self.sidebar.choose, None)),
        ):
            action.triggered.connect(slot)
        self.sidebar.story_chosen.connect(self._on_sidebar_story_chosen)
        self.library_view.selection_changed.connect(self._update_actions)
        self.library_view.table.doubleClicked.connect(self._on_library_table_double_clicked)
        self.library_view.text_search_requested.connect(self._on_library_text_search_requested)
        self.story_view.status_message.connect(self._on_story_view_status_message)

    def _on_story_view_status_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    # --- library -------------------------------------------------------------------

    @guarded
    def refresh(self) -> None:
        """Reload articles and stories now, on the UI thread (at start, before the window
        shows; every later change reloads in the background)."""
        self._library_reads += 1  # a background read still running is older than this one
        self._show_library(library.list_articles(self.db), library.list_stories(self.db))
        self._library_shown = self._library_reads

    @property
    def library_up_to_date(self) -> bool:
        """Whether the newest library read is on screen (no reload pending)."""
        return self._library_shown == self._library_reads

    def refresh_in_background(self, then: Callable[[], None] | None = None) -> None:
        """Reload the library on a worker thread, then show it and run `then`.

        The library may hold thousands of articles: reading 10,000 took 0.4 s, a stall
        after every rename or delete if done on the UI thread. A newer reload replaces
        an older one, so every waiting `then` runs once the newest is shown (or failed).
        """
        if then is not None:
            self._after_library_load.append(then)
        self._library_reads += 1
        self.runner.start(
            # The Speakers panel's overview is read with the library only when it shows.
            partial(load_library, self.db, with_speakers=self.speakers_panel.isVisible()),
            channel=LIBRARY_CHANNEL,
            on_finished=partial(self._on_library_loaded, self._library_reads),
            on_failed=partial(self._on_library_load_failed, self._library_reads),
        )

    def _read_speakers(self) -> None:
        """Read the Speakers panel's overview on a worker thread (0.15-0.2 s at 10,000
        articles, too long for the UI thread when the panel is first shown)."""
        self.runner.start(
            partial(load_speakers, self.db),
            channel=SPEAKERS_CHANNEL,
            on_finished=self.speakers_panel.show_rows,
            on_failed=self._on_speakers_load_failed,
        )

    def _on_speakers_load_failed(self, message: str, is_bug: bool) -> None:
        self.statusBar().showMessage(f"The speakers could not be read: {message}", 10000)

    def _on_library_loaded(self, read: int, snapshot: LibrarySnapshot) -> None:
        try:
            if read == self._library_reads:  # else a newer read (or refresh) shows more
                self._show_library(snapshot.articles, snapshot.stories, snapshot.speakers)
                self._library_shown = read
        finally:
            self._run_after_library_load()

    def _on_library_load_failed(self, read: int, message: str, is_bug: bool) -> None:
        self.statusBar().showMessage(f"The library could not be read: {message}", 10000)
        if read == self._library_reads:
            self._library_shown = read  # the table keeps the last good read; none is coming
        self._run_after_library_load()

    def _run_after_library_load(self) -> None:
        waiting, self._after_library_load = self._after_library_load, []
        for then in waiting:  # each in a turn of its own, not in the library's
            QTimer.singleShot(0, self, then)

    def _show_library(
        self,
        articles: Sequence[ArticleRow],
        stories: Sequence[StoryRow],
        speakers: Sequence[SpeakerOverview] | None = None,
    ) -> None:
        self.library_view.set_articles(articles)
        self.sidebar.set_stories(stories, len(articles))
        self.counts.setText(f"{plural(len(articles), 'article')} · {plural(len(stories), 'story')}")
        if speakers is not None:
            self.speakers_panel.show_rows(speakers)
        else:
            self.speakers_panel.refresh()  # reads now if shown, else when next shown
        self._update_actions()  # a reset table has no selection, and says so to no one

    def _on_library_text_search_requested(self, words: tuple[str, ...]) -> None:
        self.runner.start(
            partial(search_texts, self.db, words),
            channel=SEARCH_CHANNEL,
            tag=words,
            on_finished=partial(self.library_view.set_text_matches, words),
            on_failed=self._on_search_failed,
        )

    def _on_search_failed(self, message: str, is_bug: bool) -> None:
        self.statusBar().showMessage(f"Full-text search failed: {message}", 10000)

    def _on_library_table_double_clicked(self, _index: object) -> None:
        self.commands.edit_article()

    def current_story(self) -> StoryRow | None:
        return self.sidebar.current_story()

    def _update_actions(self) -> None:
        has_selection = bool(self.library_view.selected_ids())
        in_library = self.stack.currentWidget() is self.library_view
        story = self.current_story()
        a = self.window_actions
        a.new_story.setEnabled(has_selection and in_library)
        a.add_to_story.setEnabled(
            has_selection and in_library and bool(self.sidebar.model.stories())
        )
        a.remove_from_story.setEnabled(has_selection and in_library)
        a.edit_article.setEnabled(has_selection and in_library)
        a.reextract.setEnabled(has_selection and in_library)
        a.delete_articles.setEnabled(has_selection and in_library)
        a.compare.setEnabled(story is not None)
        a.export.setEnabled(story is not None)
        a.next_difference.setEnabled(not in_library)
        a.previous_difference.setEnabled(not in_library)

    # --- import --------------------------------------------------------------------

    @guarded
    def import_articles(self) -> None:
        prewarm()  # the workers start while the user chooses files
        paths, _filter = QFileDialog.getOpenFileNames(
            self, "Import Articles", self._last_dir(), FILE_FILTERS
        )
        self.import_paths([Path(path) for path in paths])

    @guarded
    def import_folder(self) -> None:
        prewarm()
        folder = QFileDialog.getExistingDirectory(self, "Import Folder", self._last_dir())
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        if paths:
            self.settings.setValue("import/last_dir", str(paths[0].parent))
            self.import_flow.import_paths(paths)

    def _last_dir(self) -> str:
        return str(self.settings.value("import/last_dir", str(Path.home())))

    @guarded
    def paste_article(self) -> None:
        mime = QApplication.clipboard().mimeData()
        is_html = bool(mime and mime.hasHtml())
        text = (mime.html() if is_html else mime.text()) if mime else ""
        dialog = PasteDialog(text, is_html=is_html, parent=self)
        if dialog.exec():
            self.import_flow.import_pasted(dialog.article())

    def _on_import_flow_done(self, report: object) -> None:
        if report is None:  # cancelled or failed: what was imported before is kept
            self.refresh_in_background()
        # A finished import reloads the library through import_flow.reload_library.

    def _on_import_flow_article_requested(self, article_id: int) -> None:
        self.commands.open_article(article_id)

    @guarded
    def reextract_selected(self) -> None:
        self.import_flow.reextract(self.library_view.selected_ids())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
            prewarm()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- stories -------------------------------------------------------------------

    def open_story(self, story_id: int) -> None:
        """Show a story's comparison (as if chosen in the sidebar); used at start-up."""
        self.sidebar.choose(story_id)

    def _reopen_last_story(self) -> None:
        saved = self.settings.value("library/story")
        try:
            story_id = int(str(saved)) if saved is not None else None
        except ValueError:
            story_id = None
        if story_id is not None and self.sidebar.model.row_of(story_id) is not None:
            self.open_story(story_id)
        else:
            self.statusBar().showMessage("Ready.", 5000)

    def _on_sidebar_story_chosen(self, story: StoryRow | None) -> None:
        self.settings.setValue("library/story", story.id if story is not None else None)
        if story is None:
            self.setWindowTitle("Parallax")
            self.stack.setCurrentWidget(self.library_view)
        else:
            self.stack.setCurrentWidget(self.story_view)
            self.compare_story(story)
        self._update_actions()

    @guarded
    def show_suggested_stories(self) -> None:
        """Story ▸ Suggested Stories…: the query runs in the background."""
        dialog = SuggestionsDialog(self.db, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.story_created.connect(self._on_suggestions_story_created)
        self.suggestions_dialog = dialog
        dialog.open()
        dialog.search()

    def _on_suggestions_story_created(self, story_id: int) -> None:
        self.refresh_in_background(partial(self.sidebar.choose, story_id))

    @guarded
    def compare_current_story(self) -> None:
        story = self.current_story()
        if story is None:
            show_error(self, "Choose a story in the sidebar first.")
            return
        self.compare_story(story)

    def compare_story(self, story: StoryRow) -> None:
        """Compare in the background; a result for a story no longer shown is dropped."""
        self.story_view.show_loading(story.name, story.id)
        self.statusBar().showMessage(f"Comparing “{story.name}”…")
        self.runner.start(
            partial(compare, self.db, story.id),
            channel=COMPARE_CHANNEL,
            tag=story.id,
            on_finished=self._on_compare_finished,
            on_failed=self._on_compare_failed,
            on_progress=self._on_compare_progress,
        )

    def _on_compare_progress(self, done: int, total: int, message: str) -> None:
        suffix = f" ({done}/{total})" if total else ""
        self.statusBar().showMessage(f"{message}{suffix}")

    @guarded
    def _on_compare_finished(self, result: StoryComparison) -> None:
        story = self.current_story()
        if story is None or story.id != result.story.id:
            return  # the user moved on while it ran
        self.story_view.set_comparison(result.story.name, result.comparison)
        self.setWindowTitle(f"{result.story.name} — Parallax")
        self.statusBar().showMessage(
            f"Compared “{result.story.name}”: {len(result.comparison.statements)} statements.",
            10000,
        )

    def _on_compare_failed(self, message: str, is_bug: bool) -> None:
        story = self.current_story()
        # Nothing of the story shown before may stay on screen under this story's name.
        self.story_view.show_failed(story.name if story is not None else "Story")
        self.setWindowTitle("Parallax")
        self.statusBar().showMessage("Comparison failed.", 10000)
        show_error(self, message, is_bug=is_bug)

    def _on_speakers_panel_changed(self) -> None:
        """A speaker or quote was corrected: quote counts and the open story change."""
        self.refresh_in_background()
        story = self.current_story()
        if story is not None and self.stack.currentWidget() is self.story_view:
            self.compare_story(story)

    # --- export, filter ------------------------------------------------------------

    @guarded
    def export_comparison(self) -> None:
        story = self.current_story()
        if story is None:
            show_error(self, "Choose a story in the sidebar to export its comparison.")
            return
        self.export_flow.ask_and_export(story)

    def focus_filter(self) -> None:
        if self.stack.currentWidget() is self.story_view:
            self.story_view.speaker_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.library_view.focus_filter()

    # --- settings ------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in self._splitters().items():
            saved = self.settings.value(f"splitters/{key}")
            if saved is not None:
                splitter.restoreState(saved)
        self._restore_view_choices()

    def _restore_view_choices(self) -> None:
        """The story tab, Show filter, pane count and full-text search of last time."""
        view = self.story_view
        tab = _int_setting(self.settings.value("story/tab"))
        if tab is not None and 0 <= tab < view.tabs.count():
            view.tabs.setCurrentIndex(tab)
        kind = self.settings.value("story/show")
        if kind is not None:
            view.set_kind_key(str(kind) or None)
        view.side_by_side.set_preferred_panes(_int_setting(self.settings.value("story/panes")))
        full_text = self.settings.value("library/full_text")
        if full_text is not None:
            self.library_view.full_text.setChecked(str(full_text).lower() in ("true", "1"))

    def _save_view_choices(self) -> None:
        view = self.story_view
        self.settings.setValue("story/tab", view.tabs.currentIndex())
        self.settings.setValue("story/show", view.kind_key() or "")
        panes = view.side_by_side.preferred_panes
        self.settings.setValue("story/panes", panes if panes is not None else "")
        self.settings.setValue("library/full_text", self.library_view.full_text.isChecked())

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "main": self.splitter,
            "story": self.story_view.splitter,
            "side_by_side": self.story_view.side_by_side.splitter,
        }

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for key, splitter in self._splitters().items():
            self.settings.setValue(f"splitters/{key}", splitter.saveState())
        self._save_view_choices()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.runner.cancel_all()
        # Most work stops at its next checkpoint within moments; a file that takes long
        # to read must not freeze the closing window. `desktop.app.run_gui` waits for
        # the rest before it closes the database.
        self.runner.wait(CLOSE_WAIT_MS)
        super().closeEvent(event)


def _int_setting(value: object) -> int | None:
    """An integer stored in QSettings (INI files give strings back), or None."""
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None
