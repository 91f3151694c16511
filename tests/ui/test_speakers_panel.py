"""The Speakers panel in the real window: list, merge, split, rename, correct quotes."""

# pytest-qt's qtmodeltester.check and qtbot.mouseClick are untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.services import library
from desktop.services.corrections import QuoteContext, SpeakerQuote
from desktop.services.importing import import_files
from desktop.services.speakers import SpeakerOverview
from desktop.storage.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.quote_bounds_dialog import QuoteBoundsDialog
from desktop.ui.speaker_models import (
    SpeakerFilterProxy,
    SpeakerQuoteModel,
    SpeakerTableModel,
)
from desktop.ui.speakers_panel import SpeakersPanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ui"
ARTICLES = sorted(FIXTURES.glob("*-library.txt"))


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    report = import_files(db, ARTICLES)
    assert len(report.imported) == 3
    ids = [outcome.article_id for outcome in report.imported if outcome.article_id]
    story = library.create_story(db, "Library reopening", ids)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(db, settings=settings)
    qtbot.addWidget(main)
    main.show()
    main.open_story(story)
    qtbot.waitUntil(lambda: main.story_view.comparison is not None, timeout=15000)
    yield main
    main.runner.cancel_all()
    main.runner.wait(5000)


def open_panel(qtbot: QtBot, window: MainWindow) -> SpeakersPanel:
    window.window_actions.show_speakers.trigger()
    panel = window.speakers_panel
    qtbot.waitUntil(panel.isVisible)
    qtbot.waitUntil(lambda: panel.up_to_date)  # read on a worker thread when first shown
    return panel


def counts(panel: SpeakersPanel) -> dict[str, tuple[int, int]]:
    return {row.name: (row.quotes, row.articles) for row in panel.model.rows()}


def speaker_id(panel: SpeakersPanel, name: str) -> int:
    return next(row.id for row in panel.model.rows() if row.name == name)


def quote_row(panel: SpeakersPanel, words: str, outlet: str) -> int:
    rows = panel.quote_model.rows()
    return next(i for i, q in enumerate(rows) if q.text.startswith(words) and q.outlet == outlet)


def spy_on_speaker_reads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each speaker overview read from now on: whether it ran on the UI thread."""
    import threading

    from desktop.services import speakers

    read_on_ui_thread: list[bool] = []
    real = speakers.speaker_overview

    def spy(db: Database) -> list[SpeakerOverview]:
        read_on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(db)

    monkeypatch.setattr(speakers, "speaker_overview", spy)
    return read_on_ui_thread


def wait_for_new_comparison(qtbot: QtBot, window: MainWindow, old: object) -> None:
    qtbot.waitUntil(
        lambda: (
            window.story_view.comparison is not None and window.story_view.comparison is not old
        ),
        timeout=15000,
    )


def test_view_menu_shows_the_speakers_with_their_counts(qtbot: QtBot, window: MainWindow) -> None:
    action = window.window_actions.show_speakers
    assert QKeySequence("Ctrl+Shift+S") in action.shortcuts()
    assert not window.speakers_panel.isVisible()
    panel = open_panel(qtbot, window)
    dock = window.findChild(QDockWidget, "speakers_dock")
    assert dock is not None and dock.isVisible() and action.isChecked()
    assert counts(panel) == {"Odile Varga": (3, 3), "Tomas Brinn": (4, 3)}

    assert panel.select_speakers([speaker_id(panel, "Tomas Brinn")])
    texts = sorted(quote.text for quote in panel.quote_model.rows())
    assert len(texts) == 4 and texts[-1].startswith("Today they finally can")
    assert "Tomas Brinn" in panel.quotes_label.text()

    panel.filter.setText("varga")
    assert panel.proxy.rowCount() == 1
    panel.filter.setText("")
    action.trigger()
    assert not dock.isVisible() and not action.isChecked()


def test_changing_a_quotes_speaker_updates_panel_library_and_story(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_panel(qtbot, window)
    panel.select_speakers([speaker_id(panel, "Tomas Brinn")])
    panel.quotes.selectRow(quote_row(panel, "Today they finally can", "Valley Wire"))
    assert panel.speaker_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Odile Varga", True))
    old = window.story_view.comparison
    qtbot.mouseClick(panel.speaker_button, Qt.MouseButton.LeftButton)

    assert counts(panel) == {"Odile Varga": (4, 3), "Tomas Brinn": (3, 2)}
    assert len(panel.quote_model.rows()) == 3  # the quote left Tomas Brinn's list
    # The open story is compared again, with the corrected speaker.
    wait_for_new_comparison(qtbot, window, old)
    comparison = window.story_view.comparison
    assert comparison is not None
    valley = next(a for a in comparison.articles if a.outlet == "Valley Wire")
    today = next(q for q in valley.quotes if q.text.startswith("Today they finally can"))
    assert today.speaker == "Odile Varga"

    # A brand-new name makes a new speaker.
    panel.select_speakers([speaker_id(panel, "Odile Varga")])
    panel.quotes.selectRow(quote_row(panel, "Today they finally can", "Valley Wire"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Mira Lund", True))
    panel.change_quote_speaker()
    assert counts(panel)["Mira Lund"] == (1, 1)
    (moved,) = [q for q in _quotes_of(panel, "Mira Lund")]
    assert moved.corrected and moved.outlet == "Valley Wire"


def _quotes_of(panel: SpeakersPanel, name: str) -> list[SpeakerQuote]:
    panel.select_speakers([speaker_id(panel, name)])
    return list(panel.quote_model.rows())


def test_merge_asks_which_name_to_keep_and_split_undoes_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_panel(qtbot, window)
    varga, brinn = speaker_id(panel, "Odile Varga"), speaker_id(panel, "Tomas Brinn")
    panel.select_speakers([varga, brinn])
    assert panel.merge_button.isEnabled() and not panel.rename_button.isEnabled()
    offered: list[list[str]] = []

    def keep_varga(
        _parent: object, _title: str, _label: str, items: list[str], *a: object
    ) -> tuple[str, bool]:
        offered.append(list(items))
        return "Odile Varga", True

    monkeypatch.setattr(QInputDialog, "getItem", keep_varga)
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert sorted(offered[0]) == ["Odile Varga", "Tomas Brinn"]
    assert counts(panel) == {"Odile Varga": (7, 3)}
    assert panel.selected_ids() == [varga]
    assert panel.split_button.isEnabled()

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Tomas Brinn", True))
    qtbot.mouseClick(panel.split_button, Qt.MouseButton.LeftButton)
    assert counts(panel) == {"Odile Varga": (3, 3), "Tomas Brinn": (4, 3)}

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mayor Odile Varga", True))
    panel.select_speakers([varga])
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    assert "Mayor Odile Varga" in counts(panel)
    row = next(r for r in panel.model.rows() if r.id == varga)
    assert "Odile Varga" in row.aliases


def test_not_a_quote_removes_it_from_panel_and_library(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_panel(qtbot, window)
    panel.select_speakers([speaker_id(panel, "Tomas Brinn")])
    panel.quotes.selectRow(quote_row(panel, "Today they finally can", "The Caldermere Gazette"))
    before = {row.outlet: row.quotes for row in window.library_view.model.rows()}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert counts(panel)["Tomas Brinn"] == (3, 3)
    qtbot.waitUntil(lambda: window.library_up_to_date)
    after = {row.outlet: row.quotes for row in window.library_view.model.rows()}
    assert after["The Caldermere Gazette"] == before["The Caldermere Gazette"] - 1
    assert after["Valley Wire"] == before["Valley Wire"]

    # A mistake can be undone from the same panel.
    offered: list[list[str]] = []

    def first_item(_p: object, _t: str, _l: str, items: list[str], *a: object) -> tuple[str, bool]:
        offered.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", first_item)
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert offered == [["The Caldermere Gazette: “Today they finally can.”"]]
    assert counts(panel)["Tomas Brinn"] == (4, 3)
    qtbot.waitUntil(lambda: window.library_up_to_date)
    restored = {row.outlet: row.quotes for row in window.library_view.model.rows()}
    assert restored == before


def test_correct_bounds_keeps_the_selected_words(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_panel(qtbot, window)
    panel.select_speakers([speaker_id(panel, "Odile Varga")])
    row = quote_row(panel, "We rebuilt every shelf by hand, and", "The Caldermere Gazette")
    quote = panel.quote_model.row_at(row)
    panel.quotes.selectRow(row)
    shown: list[QuoteContext] = []

    def choose_first_clause(context: QuoteContext, _parent: object) -> tuple[int, int]:
        shown.append(context)
        cut = context.excerpt.index("We rebuilt every shelf by hand") + context.excerpt_start
        return cut, cut + len("We rebuilt every shelf by hand")

    monkeypatch.setattr("desktop.ui.speakers_panel.ask_quote_bounds", choose_first_clause)
    qtbot.mouseClick(panel.bounds_button, Qt.MouseButton.LeftButton)
    assert shown and (shown[0].start, shown[0].end) == (quote.start, quote.end)
    corrected = next(q for q in panel.quote_model.rows() if q.article_id == quote.article_id)
    assert corrected.text == "We rebuilt every shelf by hand" and corrected.corrected
    assert panel.selected_quote() == corrected
    assert (
        panel.quote_model.index(panel.quote_model.rows().index(corrected), 0).data().startswith("✎")
    )


def test_bounds_dialog_maps_the_selection_to_article_offsets(qtbot: QtBot) -> None:
    # An emoji is two UTF-16 units in Qt but one character in Python.
    article = "Intro 🌊 line.\n\n“Keep the quay open,” said Ada Penrose. More."
    start = article.index("Keep")
    end = article.index(",”")
    context = QuoteContext(1, 1, "Quay", article[6:], 6, start, end)
    dialog = QuoteBoundsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.span() == (start, end)
    assert dialog.text.textCursor().selectedText() == "Keep the quay open"
    dialog.select(start, start + len("Keep the quay"))
    assert dialog.span() == (start, start + len("Keep the quay"))
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    assert dialog.span() is None


def test_speaker_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    speakers = SpeakerTableModel()
    speakers.set_rows(
        [
            SpeakerOverview(1, "Ada Penrose", ("Ada Penrose", "Penrose"), 5, 2),
            SpeakerOverview(2, "Ivo Brask", ("Ivo Brask",), 1, 1),
        ]
    )
    qtmodeltester.check(speakers)
    proxy = SpeakerFilterProxy()
    proxy.setSourceModel(speakers)
    proxy.set_filter_text("penrose")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    assert speakers.index(0, 1).data() == "Penrose"
    quotes = SpeakerQuoteModel()
    quotes.set_rows(
        [SpeakerQuote(7, 3, "Quay Courier", "Quay", "Keep it open", 0, 12, 1, "Ada", "Ada", True)]
    )
    qtmodeltester.check(quotes)
    assert quotes.index(0, 0).data() == "✎ “Keep it open”"


def test_an_open_speakers_panel_is_open_again_next_time(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    open_panel(qtbot, window)
    window.save_settings()
    again = MainWindow(db, settings=window.settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.speakers_panel.isVisible)
    qtbot.waitUntil(lambda: again.speakers_panel.up_to_date)
    assert again.window_actions.show_speakers.isChecked()
    assert set(counts(again.speakers_panel)) == {"Odile Varga", "Tomas Brinn"}
    again.runner.cancel_all()
    again.runner.wait(5000)


def test_a_shown_panel_gets_its_speakers_from_the_background_library_read(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_panel(qtbot, window)
    before = counts(panel)
    panel.model.set_rows([])  # so that only a new read can fill the table again
    read_on_ui_thread = spy_on_speaker_reads(monkeypatch)
    window.refresh_in_background()
    qtbot.waitUntil(lambda: window.library_up_to_date)
    assert counts(panel) == before
    assert read_on_ui_thread == [False]  # read once, on a worker thread


def test_showing_the_panel_reads_the_speakers_off_the_ui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_on_ui_thread = spy_on_speaker_reads(monkeypatch)
    panel = open_panel(qtbot, window)
    assert set(counts(panel)) == {"Odile Varga", "Tomas Brinn"}
    assert read_on_ui_thread and not any(read_on_ui_thread)  # a 10,000-article library
    # would stall the window for 0.2 s here
