"""The window's actions, their keyboard shortcuts and the menus that hold them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


def _action(
    window: QMainWindow,
    text: str,
    shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcuts:
        action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
    if tip:
        action.setStatusTip(tip)
    # Window-wide shortcuts: they work whichever pane has focus.
    window.addAction(action)
    return action


class WindowActions:
    """Every QAction of the main window, created once and shared by menus and tests."""

    def __init__(self, window: QMainWindow) -> None:
        self.import_files = _action(
            window, "&Import Articles…", ("Ctrl+O",), "Import saved web pages, web archives or text"
        )
        self.import_folder = _action(
            window, "Import &Folder…", ("Ctrl+Shift+O",), "Import every article in a folder"
        )
        self.export = _action(
            window,
            "&Export Comparison as PDF…",
            ("Ctrl+E",),
            "Write the current story's comparison as PDF, CSV or JSON",
        )
        self.quit = _action(window, "&Quit", (QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.paste = _action(
            window, "&Paste as Article…", ("Ctrl+Shift+V",), "Import the clipboard as an article"
        )
        self.edit_article = _action(
            window,
            "&Properties…",
            ("F2", "Alt+Return"),
            "Correct the selected article's headline, outlet, date, URL or authors",
        )
        self.reextract = _action(
            window,
            "&Re-extract",
            (),
            "Extract the selected articles again from their original files (edits are kept)",
        )
        self.outlets = _action(window, "&Outlets…", (), "List outlets and merge duplicates")
        self.delete_articles = _action(
            window, "&Delete Articles…", ("Del",), "Remove the selected articles from the library"
        )
        self.filter = _action(window, "&Filter…", ("Ctrl+F",), "Filter the current table")
        self.new_story = _action(
            window,
            "&New Story from Selection…",
            ("Ctrl+N",),
            "Make a story from the selected articles",
        )
        self.add_to_story = _action(window, "&Add Selection to Story…")
        self.remove_from_story = _action(window, "&Remove Selection from Story…")
        self.suggested_stories = _action(
            window,
            "S&uggested Stories…",
            (),
            "Find articles that quote the same words within a few days and make them stories",
        )
        self.compare = _action(
            window, "&Compare", ("Ctrl+R",), "Compare the current story's articles again"
        )
        self.next_difference = _action(
            window, "Ne&xt Difference", ("F7",), "Go to the next statement that differs"
        )
        self.previous_difference = _action(
            window,
            "Pre&vious Difference",
            ("Shift+F7",),
            "Go to the previous statement that differs",
        )
        self.show_library = _action(window, "All &Articles", ("Ctrl+L",), "Show the library")
        self.show_speakers = _action(
            window,
            "&Speakers",
            ("Ctrl+Shift+S",),
            "Show every person quoted: merge, split, rename, correct their quotes",
        )


def build_menus(
    window: QMainWindow, actions: WindowActions, view_extras: Sequence[QAction] = ()
) -> None:
    """File, Edit, Article, Story and View menus; `view_extras` end the View menu."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(actions.import_files)
    file_menu.addAction(actions.import_folder)
    file_menu.addSeparator()
    file_menu.addAction(actions.export)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu("&Edit")
    edit_menu.addAction(actions.paste)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.delete_articles)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.filter)

    article_menu = bar.addMenu("&Article")
    article_menu.addAction(actions.edit_article)
    article_menu.addAction(actions.reextract)
    article_menu.addSeparator()
    article_menu.addAction(actions.outlets)

    story_menu = bar.addMenu("&Story")
    story_menu.addAction(actions.new_story)
    story_menu.addAction(actions.add_to_story)
    story_menu.addAction(actions.remove_from_story)
    story_menu.addAction(actions.suggested_stories)
    story_menu.addSeparator()
    story_menu.addAction(actions.compare)
    story_menu.addAction(actions.next_difference)
    story_menu.addAction(actions.previous_difference)

    view_menu = bar.addMenu("&View")
    view_menu.addAction(actions.show_library)
    view_menu.addAction(actions.show_speakers)
    if view_extras:
        view_menu.addSeparator()
        for action in view_extras:
            view_menu.addAction(action)
