"""Library models: the article table, its filter proxy, the stories list, the import report."""

# pytest-qt's qtmodeltester.check and qtbot.mouseClick are untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.services.importing import ImportOutcome, ImportReport
from desktop.services.library import ArticleRow, StoryRow
from desktop.ui.dialogs import ImportOutcomeModel, report_summary
from desktop.ui.library_models import (
    ROW_ROLE,
    ArticleFilterProxy,
    ArticleTableModel,
    StoryListModel,
)

ROWS = (
    ArticleRow(
        1,
        "Quay Courier",
        "Quay to reopen",
        "2025-04-02",
        ("Ada Penrose",),
        950,
        4,
        "https://q.example/1",
    ),
    ArticleRow(
        2, "Harbour Post", "Harbour plans", "2025-04-01T09:30:00", (), 120, 1, "https://h.example/2"
    ),
    ArticleRow(
        3, "Quay Courier", "Wire copy: quay", None, ("Wire",), 1200, 2, "", near_duplicate_of=1
    ),
)


def test_article_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = ArticleTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)
    model.set_rows(())
    assert model.rowCount() == 0


def test_article_proxy_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = ArticleTableModel()
    model.set_rows(ROWS)
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_filter_text("harbour")
    assert proxy.rowCount() == 1


def test_article_cells_show_what_a_user_reads(qtbot: QtBot) -> None:
    model = ArticleTableModel()
    model.set_rows(ROWS)
    assert [model.index(0, c).data() for c in range(6)] == [
        "Quay Courier",
        "Quay to reopen",
        "2025-04-02",
        "Ada Penrose",
        "950",
        "4",
    ]
    assert model.index(1, 2).data() == "2025-04-01"  # no time of day in the list
    # The syndicated copy is marked in text, not by colour alone.
    assert model.index(2, 1).data().startswith("≈ ")
    assert "Near-duplicate of article #1" in model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_proxy_sorts_numbers_numerically_and_filters_on_every_word(qtbot: QtBot) -> None:
    model = ArticleTableModel()
    model.set_rows(ROWS)
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(4, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(ROW_ROLE).words for r in range(3)] == [1200, 950, 120]
    proxy.set_filter_text("quay penrose")
    assert [proxy.index(r, 0).data(ROW_ROLE).id for r in range(proxy.rowCount())] == [1]
    proxy.set_filter_text("QUAY")
    assert proxy.rowCount() == 2
    proxy.set_filter_text("")
    assert proxy.rowCount() == 3


def test_story_list_model(qtmodeltester: ModelTester) -> None:
    model = StoryListModel()
    model.set_stories([StoryRow(7, "Quay", (1, 2)), StoryRow(9, "Tickets", (3,))], 3)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "All articles (3)"
    assert model.index(1, 0).data() == "Quay (2 articles)"
    assert model.index(2, 0).data() == "Tickets (1 article)"
    assert model.story_at(0) is None and model.row_of(9) == 2


def test_import_report_lists_failures_first(qtmodeltester: ModelTester) -> None:
    report = ImportReport(
        (
            ImportOutcome("/in/a.txt", "imported", 1, "Quay to reopen", ""),
            ImportOutcome("/in/b.html", "failed", None, "", "The file is empty."),
            ImportOutcome("/in/c.txt", "duplicate", None, "Quay to reopen", "Same text as #1"),
            ImportOutcome("/in/d.txt", "near_duplicate", 4, "Wire copy", "Like #1"),
        )
    )
    model = ImportOutcomeModel(report.outcomes)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "b.html"
    assert model.index(0, 1).data() == "Failed"
    assert "The file is empty." in model.index(0, 2).data()
    summary = report_summary(report)
    assert summary == "2 imported, 1 of them near-duplicates, 1 duplicate skipped, 1 failed"
