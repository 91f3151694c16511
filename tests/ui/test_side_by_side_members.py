"""Side by side: every version of a statement in an article is coloured, nested ones on top."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.matching import align_statements
from desktop.core.model import ArticleQuotes, Comparison
from desktop.core.quotes import find_quotes
from desktop.ui.side_by_side import ArticlePane, statement_colour, statement_spans

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

POST = (
    "The Harbour Party answered within the hour. "
    "“Did the mayor just admit it? ‘I never read the dredging budget before I signed it,’” "
    "the party wrote on its account."
)
DIRECT = (
    "Mayor Ilse Varga spoke to reporters on the quay. "
    "“I never read the dredging budget before I signed it,” Varga said.\n\n"
    "“Did the mayor just admit it? ‘I never read the dredging budget before I signed it,’” "
    "the Harbour Party wrote."
)


def comparison() -> Comparison:
    articles = []
    for key, text in ((1, POST), (2, DIRECT)):
        found = find_quotes(text)
        articles.append(ArticleQuotes(key, f"Outlet {key}", text, found.quotes, found.reported))
    return Comparison(tuple(articles), align_statements(articles))


def test_an_article_printing_a_statement_twice_has_both_versions_coloured() -> None:
    compared = comparison()
    mayor = next(i for i, s in enumerate(compared.statements) if s.speaker == "Ilse Varga")
    spans = statement_spans(compared)[2][mayor]
    said = [DIRECT[start:end] for start, end in spans]
    # Her own quote first (the version the table shows), then her words in the post.
    assert said == ["I never read the dredging budget before I signed it,"] * 2
    assert spans[0][0] < DIRECT.index("\n\n") < spans[1][0]


def test_a_nested_quote_is_painted_over_the_quote_that_holds_it(qtbot: QtBot) -> None:
    compared = comparison()
    pane = ArticlePane()
    qtbot.addWidget(pane)
    pane.set_comparison(compared, 1)
    mayor = next(i for i, s in enumerate(compared.statements) if s.speaker == "Ilse Varga")
    selections = pane.text.extraSelections()
    inner = DIRECT.rindex("I never read")
    covering = [
        s for s in selections if s.cursor.selectionStart() <= inner < s.cursor.selectionEnd()
    ]
    assert len(covering) == 2  # the party's quote and, inside it, the mayor's words
    # The last one painted wins: the mayor's statement colour, not the party's.
    assert covering[-1].format.background().color() == statement_colour(mayor)
