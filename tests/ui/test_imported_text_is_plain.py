"""Imported words reach tooltips and labels as text: no markup, no image loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.services import corrections, library
from desktop.services.importing import import_files
from desktop.storage.database import Database
from desktop.ui.jobs import SyncJobRunner
from desktop.ui.main_window import MainWindow
from desktop.ui.plain_text import plain_tooltip
from desktop.ui.quote_bounds_dialog import QuoteBoundsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MARKUP = '<b>x</b><img src="file:///etc/hostname">'
ESCAPED = "&lt;b&gt;x&lt;/b&gt;&lt;img src=&quot;file:///etc/hostname&quot;&gt;"
ARTICLE = f"""Title: Ferry fares {MARKUP} frozen
Outlet: The Brackwater Herald

The ferry board met on Monday.

“We will freeze the fares {MARKUP} until the spring,” said board chair Perrin Vale.

Vale added that the timetable stays the same.
"""
SECOND = """Title: Ferry fares stay put
Outlet: Saltmarsh Daily

“We will freeze the fares until the spring,” Perrin Vale told reporters on Monday.
"""


def test_plain_tooltip_escapes_wraps_and_cuts() -> None:
    assert plain_tooltip(MARKUP) == f"<p>{ESCAPED}</p>"
    long = plain_tooltip("word " * 400, limit=50)
    assert long.startswith("<p>word") and long.endswith("…</p>") and len(long) < 70
    assert plain_tooltip("a\nb") == "<p>a<br>b</p>"


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    (tmp_path / "herald.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "saltmarsh.txt").write_text(SECOND, encoding="utf-8")
    import_files(db, [tmp_path / "herald.txt", tmp_path / "saltmarsh.txt"])
    ids = [article.id for article in library.list_articles(db)]
    library.create_story(db, "Ferry fares", ids)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(db, settings=settings, runner=SyncJobRunner())
    qtbot.addWidget(main)
    main.show()
    return main


def tooltips(model: object, column: int) -> list[str]:
    from PySide6.QtCore import QAbstractItemModel

    assert isinstance(model, QAbstractItemModel)
    return [
        str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")
        for row in range(model.rowCount())
    ]


def assert_literal(tip: str) -> None:
    assert "<img" not in tip and "<b>x" not in tip
    assert tip.startswith("<p>") and tip.endswith("</p>")


def test_headline_and_quote_tooltips_show_markup_as_text(window: MainWindow) -> None:
    library_tips = tooltips(window.library_view.model, 1)
    assert any(ESCAPED in tip for tip in library_tips)
    for tip in library_tips:
        assert_literal(tip)

    story = library.list_stories(window.db)[0]
    window.open_story(story.id)
    statement_tips = [tip for tip in tooltips(window.story_view.model, 1) if tip]
    assert any(ESCAPED in tip for tip in statement_tips)
    for tip in statement_tips:
        assert_literal(tip)


def test_speaker_quote_tooltips_and_labels_are_plain(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.speakers_panel
    panel.reload()
    vale = next(s for s in panel.model.rows() if "Vale" in s.name)
    assert panel.select_speakers([vale.id])
    quote_tips = tooltips(panel.quote_model, 0)
    assert any(ESCAPED in tip for tip in quote_tips)
    for tip in quote_tips:
        assert_literal(tip)
    assert panel.quotes_label.textFormat() == Qt.TextFormat.PlainText

    quote = panel.quote_model.rows()[0]
    context = corrections.quote_context(window.db, quote.id)
    dialog = QuoteBoundsDialog(context, window)
    qtbot.addWidget(dialog)
    titles = [label for label in dialog.findChildren(QLabel) if "Ferry fares" in label.text()]
    assert titles and all(label.textFormat() == Qt.TextFormat.PlainText for label in titles)


def test_story_header_and_pane_titles_are_plain(window: MainWindow) -> None:
    window.open_story(library.list_stories(window.db)[0].id)
    view = window.story_view
    assert view.header.textFormat() == Qt.TextFormat.PlainText
    for pane in view.side_by_side.all_panes:
        assert pane.title.textFormat() == Qt.TextFormat.PlainText


def test_error_messages_show_file_names_and_headlines_literally(qtbot: QtBot) -> None:
    from desktop.ui.dialogs import show_error

    box = show_error(None, f"Could not read {MARKUP}.txt: the file is empty.")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
