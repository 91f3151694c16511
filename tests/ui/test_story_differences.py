"""Story view: the Ignore Case/Punctuation/Typography switches and the flag filters."""

# pytest-qt's qtbot helpers are untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.core.model import (
    ArticleQuotes,
    Comparison,
    Flag,
    Quote,
    Statement,
    StatementMember,
)
from desktop.storage.database import Database
from desktop.ui.detail_html import IgnoreRules
from desktop.ui.ignore_actions import IgnoreActions
from desktop.ui.main_window import MainWindow
from desktop.ui.statement_model import ROW_ROLE
from desktop.ui.story_view import KIND_CHOICES, StoryView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PIER_A = "The pier warden said: “The Night Ferry sails at dawn, always.” Then she left."
PIER_B = "“The night ferry sails at dawn always,” said the pier warden. Crowds waited."
MILL_A = "Owen Brask said: “We milled 400 sacks.” The mill closed."
MILL_B = "“We milled 300 sacks,” Brask said. The mill closed."


def _quote(text: str, needle: str, speaker: str) -> Quote:
    start = text.index(needle)
    return Quote(needle, start, start + len(needle), speaker, "quote", cue="said", verb="said")


def comparison() -> Comparison:
    a = ArticleQuotes(
        1,
        "Pier Gazette",
        PIER_A + " " + MILL_A,
        (
            _quote(PIER_A, "The Night Ferry sails at dawn, always.", "Mara Sund"),
            _quote(PIER_A + " " + MILL_A, "We milled 400 sacks.", "Owen Brask"),
        ),
    )
    b = ArticleQuotes(
        2,
        "Dock Herald",
        PIER_B + " " + MILL_B,
        (
            _quote(PIER_B, "The night ferry sails at dawn always,", "Mara Sund"),
            _quote(PIER_B + " " + MILL_B, "We milled 300 sacks,", "Owen Brask"),
        ),
    )
    ferry = Statement(
        "Mara Sund",
        (StatementMember(1, 0, "verbatim", 100.0), StatementMember(2, 0, "verbatim", 100.0)),
        reference_text="The Night Ferry sails at dawn, always.",
    )
    mill = Statement(
        "Owen Brask",
        (
            StatementMember(1, 1, "verbatim", 100.0),
            StatementMember(
                2, 1, "variant", 90.0, flags=(Flag("figures_differ", "300 instead of 400"),)
            ),
        ),
        reference_text="We milled 400 sacks.",
    )
    return Comparison((a, b), (ferry, mill))


def make_view(qtbot: QtBot) -> StoryView:
    view = StoryView()
    qtbot.addWidget(view)
    view.set_comparison("Harbour day", comparison())
    view.select_statement(0)
    return view


def test_a_case_only_difference_shows_only_when_ignore_case_is_off(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    # Struck "Night Ferry" followed by the underlined "night ferry" in the version.
    assert "Night Ferry night ferry" not in view.detail.toPlainText()
    view.ignore_actions.case.setChecked(False)
    assert "Night Ferry night ferry" in view.detail.toPlainText()
    view.ignore_actions.case.setChecked(True)
    assert "Night Ferry night ferry" not in view.detail.toPlainText()


def test_with_every_rule_off_punctuation_differences_show_too(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.detail.setPlainText("")
    view.ignore_actions.set_rules(IgnoreRules(case=False, punctuation=False, typography=False))
    html = view.detail.toHtml()
    # The comma after "dawn" that the Dock Herald left out is struck through.
    assert "line-through" in html and ">,</span>" in html.replace(" ", "")
    assert view.differences_button.toolTip() == "Word diffs show every difference."
    view.ignore_actions.set_rules(IgnoreRules())
    assert ">,</span>" not in view.detail.toHtml().replace(" ", "")
    assert "ignore letter case, punctuation, typography" in view.differences_button.toolTip()


def test_ignore_switches_are_remembered_in_settings(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = IgnoreActions()
    first.bind_settings(settings)
    first.punctuation.setChecked(False)
    settings.sync()
    again = IgnoreActions()
    again.bind_settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.rules() == IgnoreRules(case=True, punctuation=False, typography=True)


def test_statements_filter_by_each_flag_kind(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    labels = [label for label, _kind in KIND_CHOICES]
    view.kind_filter.setCurrentIndex(labels.index("⚑ Figures differ"))
    shown = [view.proxy.index(r, 0).data(ROW_ROLE).speaker for r in range(view.proxy.rowCount())]
    assert shown == ["Owen Brask"]
    view.kind_filter.setCurrentIndex(labels.index("⚑ Quote cut"))
    assert view.proxy.rowCount() == 0
    view.kind_filter.setCurrentIndex(labels.index("All statements"))
    assert view.proxy.rowCount() == 2
    # Every flag kind the core can raise has its own entry.
    kinds = {kind for _label, kind in KIND_CHOICES if kind and kind.startswith("flag:")}
    assert kinds == {
        "flag:figures_differ",
        "flag:different_speaker",
        "flag:quote_cut",
        "flag:unique_words",
        "flag:different_verb",
    }


def test_detail_lists_the_flags_of_each_version(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.select_statement(1)
    text = view.detail.toPlainText()
    assert "different figures: 300 instead of 400" in text


def test_the_view_menu_holds_the_ignore_switches_and_the_window_remembers_them(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    path = str(tmp_path / "settings.ini")
    window = MainWindow(db, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view_menu, QMenu)
    texts = [action.text() for action in view_menu.actions()]
    assert {"Ignore &Case", "Ignore &Punctuation", "Ignore &Typography"} <= set(texts)
    window.story_view.ignore_actions.case.setChecked(False)
    window.save_settings()
    window.close()
    reopened = MainWindow(db, settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(reopened)
    assert reopened.story_view.ignore_actions.rules() == IgnoreRules(case=False)
