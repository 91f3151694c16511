"""The Figures tab: facts stated outside quotes, one column per outlet, differing first."""

# pytest-qt's qtmodeltester.check is untyped.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.model import ArticleQuotes, Comparison
from desktop.core.story_figures import compare_story_figures
from desktop.ui.figures_view import DIFFERS_TEXT, FACT_ROLE, FigureFactModel
from desktop.ui.story_view import StoryView

NORTH = (
    "The flood reached Tarn on Sunday. Engineers counted 2,300 homes under water. "
    "Crews rescued 85 people from roofs."
)
SOUTH = (
    "Engineers said 2 300 homes were under water in Tarn. "
    "Crews rescued 58 people from roofs overnight."
)
WEST = "In Tarn, <b>85</b> people were rescued from roofs, and 2,300 homes flooded."


def articles() -> tuple[ArticleQuotes, ...]:
    return (
        ArticleQuotes(1, "North <Star>", NORTH, ()),
        ArticleQuotes(2, "South Lamp", SOUTH, ()),
        ArticleQuotes(3, "West Bell", WEST, ()),
    )


def test_figure_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = FigureFactModel()
    model.set_facts(articles(), compare_story_figures(articles()))
    qtmodeltester.check(model, force_py=True)
    model.set_facts((), ())
    assert model.rowCount() == 0


def test_rows_show_each_outlets_figure_with_the_differing_fact_first() -> None:
    model = FigureFactModel()
    model.set_facts(articles(), compare_story_figures(articles()))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Fact",
        "Differs",
        "North <Star>",
        "South Lamp",
        "West Bell",
    ]
    rescued = [model.index(0, c).data() for c in range(1, 5)]
    # Two outlets print 85, one prints 58: that one is marked.
    assert rescued == [DIFFERS_TEXT, "85", "≠ 58", "85"]
    assert "people" in model.index(0, 0).data()
    homes = [model.index(1, c).data() for c in range(1, 5)]
    assert homes == ["same", "2,300", "2 300", "2,300"]


def test_the_story_view_has_a_figures_tab_filled_when_shown(qtbot: QtBot) -> None:
    view = StoryView()
    qtbot.addWidget(view)
    view.show()
    view.set_comparison("Tarn flood", Comparison(articles(), ()))
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    view.tabs.setCurrentIndex(titles.index("Figures"))
    figures = view.figures_view
    assert figures.model.rowCount() == 2
    fact = figures.table.currentIndex().data(FACT_ROLE)
    assert fact is not None and fact.differs
    text = figures.detail.toPlainText()
    assert "Crews rescued 58 people from roofs overnight." in text
    # Imported text is escaped, never interpreted.
    assert "<b>85</b>" in text
