"""Side-by-side article panes: quotes highlighted, matched quotes share a colour, scroll synced."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import ArticleQuotes, Comparison
from desktop.ui.dialogs import guarded
from desktop.ui.plain_text import plain_label
from desktop.ui.safe_browser import SafeTextBrowser
from desktop.ui.scroll_sync import calc_syncpoint, interpolate, monotonic_anchors
from desktop.ui.statement_model import outlet_labels

UNMATCHED_COLOUR = "#e4e4e4"
GOLDEN_ANGLE = 137.50776405003785  # degrees: successive hues never line up again
FIRST_HUE = 48.0  # a warm yellow: red would read as "deleted" next to the word diffs
ONE_ARTICLE_NOTE = "Add another article to this story to compare side by side."


def statement_colour(index: int) -> QColor:
    """Statement `index`'s highlight: a light colour no other statement of the view shares.

    Hues step by the golden angle, so neighbours differ strongly and no hue comes back;
    lightness and saturation stay fixed so black text stays readable on every one.
    """
    hue = (FIRST_HUE + index * GOLDEN_ANGLE) % 360.0
    # Each pass around the circle also shifts lightness a little, so even hues that
    # come close after hundreds of statements stay distinguishable colours.
    lightness = 0.80 + 0.04 * ((index // 30) % 3)
    return QColor.fromHslF(hue / 360.0, 0.75, lightness)


Span = tuple[int, int]


def statement_spans(comparison: Comparison) -> dict[int, dict[int, tuple[Span, ...]]]:
    """article key -> statement index -> the character spans of that article's version."""
    by_key = {article.key: article for article in comparison.articles}
    spans: dict[int, dict[int, tuple[Span, ...]]] = {key: {} for key in by_key}
    for index, statement in enumerate(comparison.statements):
        # Every member: an article may print a statement in pieces, or twice (once
        # inside another speaker's quote); its best version comes first.
        for member in statement.members:
            article = by_key.get(member.article)
            if article is None:
                continue
            found: tuple[Span, ...] = ()
            if member.quote is not None and 0 <= member.quote < len(article.quotes):
                found = article.quotes[member.quote].span_list()
            elif member.reported is not None and 0 <= member.reported < len(article.reported):
                reported = article.reported[member.reported]
                found = ((reported.start, reported.end),)
            spans[member.article][index] = spans[member.article].get(index, ()) + found
    return spans


class ArticlePane(QWidget):
    """One article's full text with its quotes highlighted; the header picks the article."""

    article_chosen = Signal(int)
    statement_clicked = Signal(int)  # the user clicked inside a matched quote

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._on_chooser_changed)
        self.title = plain_label(QLabel())
        self.title.setWordWrap(True)
        self.text = SafeTextBrowser()
        self.text.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.text.cursorPositionChanged.connect(self._on_text_cursor_moved)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self._articles: tuple[ArticleQuotes, ...] = ()
        self._spans: dict[int, dict[int, tuple[Span, ...]]] = {}
        self._current: int | None = None

    @property
    def article(self) -> ArticleQuotes | None:
        index = self.chooser.currentIndex()
        return self._articles[index] if 0 <= index < len(self._articles) else None

    def set_comparison(self, comparison: Comparison, position: int) -> None:
        self._articles = comparison.articles
        self._spans = statement_spans(comparison)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems(list(outlet_labels(comparison.articles)))
        self.chooser.blockSignals(False)
        self.chooser.setCurrentIndex(min(position, len(self._articles) - 1))
        self._load()

    def clear(self) -> None:
        """Show no article (while a story is compared, or when its comparison failed)."""
        self._articles, self._spans, self._current = (), {}, None
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.blockSignals(False)
        self._load()

    def spans_of(self, statement: int) -> tuple[Span, ...]:
        article = self.article
        return self._spans.get(article.key, {}).get(statement, ()) if article else ()

    def statements(self) -> dict[int, tuple[Span, ...]]:
        article = self.article
        return self._spans.get(article.key, {}) if article else {}

    def show_statement(self, statement: int | None) -> bool:
        """Emphasise a statement's version and scroll it into view; False if absent here."""
        self._current = statement
        self._highlight()
        spans = self.spans_of(statement) if statement is not None else ()
        if not spans:
            return False
        bar = self.text.verticalScrollBar()
        bar.setValue(int(self.y_of(spans[0][0]) - self.text.viewport().height() / 3))
        return True

    def y_of(self, position: int) -> float:
        """The document y coordinate (pixels) of a character position."""
        document = self.text.document()
        block = document.findBlock(position)
        if not block.isValid():
            return 0.0
        top = document.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position()) if layout else None
        return float(top + (line.y() if line is not None and line.isValid() else 0.0))

    @guarded
    def _on_chooser_changed(self, index: int) -> None:
        self._load()
        self.article_chosen.emit(index)

    def statement_at(self, position: int) -> int | None:
        """The statement whose version in this article covers a character position."""
        for statement, spans in self.statements().items():
            if any(start <= position <= end for start, end in spans):
                return statement
        return None

    @guarded
    def _on_text_cursor_moved(self) -> None:
        if self._loading:
            return
        cursor = self.text.textCursor()
        if cursor.hasSelection():
            return  # the user is selecting text to copy, not picking a quote
        statement = self.statement_at(cursor.position())
        if statement is not None and statement != self._current:
            self.statement_clicked.emit(statement)

    def _load(self) -> None:
        article = self.article
        self._loading = True
        try:
            self.text.setPlainText(article.text if article else "")
        finally:
            self._loading = False
        self.title.setText(f"{len(article.quotes)} quotes" if article else "")
        self._highlight()

    def _highlight(self) -> None:
        article = self.article
        if article is None:
            self.text.setExtraSelections([])
            return
        selections = []
        matched: set[Span] = set()
        for statement, spans in self.statements().items():
            colour = statement_colour(statement)
            for span in spans:
                matched.add(span)
                selections.append(self._selection(span, colour, statement == self._current))
        for quote in article.quotes:
            for span in quote.span_list():
                if span not in matched:
                    selections.append(self._selection(span, QColor(UNMATCHED_COLOUR), False))
        # Longer spans first, so a quote nested inside another keeps its own colour on top.
        selections.sort(key=lambda s: s.cursor.selectionStart() - s.cursor.selectionEnd())
        self.text.setExtraSelections(selections)

    def _selection(self, span: Span, colour: QColor, current: bool) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(colour.darker(112) if current else colour)
        if current:
            # The current statement is also underlined: visible without colour.
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(QColor("#202020"))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection


class SideBySideView(QWidget):
    """Two to four article panes whose scrolling stays aligned on the statements they share."""

    MAX_PANES = 4
    statement_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_panes = tuple(ArticlePane() for _ in range(self.MAX_PANES))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in self.all_panes:
            self.splitter.addWidget(pane)
            pane.article_chosen.connect(self._on_pane_article_chosen)
            pane.statement_clicked.connect(self.statement_clicked)
            pane.text.verticalScrollBar().valueChanged.connect(self._scroll_handler(pane))
        self.pane_count = QSpinBox()
        self.pane_count.setRange(2, self.MAX_PANES)
        self.pane_count.setValue(2)
        self.pane_count.valueChanged.connect(self._on_pane_count_changed)
        # The count the user chose (remembered across sessions); None: one per article.
        self.preferred_panes: int | None = None
        self._setting_count = False
        self.note = plain_label(QLabel(ONE_ARTICLE_NOTE))
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.hide()
        controls = QHBoxLayout()
        controls.addWidget(QLabel("Panes:"))
        controls.addWidget(self.pane_count)
        controls.addWidget(
            QLabel("Matched quotes share a colour; the selected statement is underlined.")
        )
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note, 1)
        self._syncing = False
        self._statement: int | None = None
        self._set_count(2)
        self._on_pane_count_changed(2)
        self.preferred_panes = None  # that was the default, not the user's choice

    @property
    def panes(self) -> tuple[ArticlePane, ...]:
        """The panes currently shown."""
        return self.all_panes[: self.pane_count.value()]

    def set_comparison(self, comparison: Comparison) -> None:
        self._statement = None
        with self._scroll_lock():
            for position, pane in enumerate(self.all_panes):
                pane.set_comparison(comparison, position)
        # One article has nothing to be compared with: say so instead of showing it twice.
        single = len(comparison.articles) < 2
        self.splitter.setVisible(not single)
        self.note.setText(
            ONE_ARTICLE_NOTE if comparison.articles else "This story has no articles yet."
        )
        self.note.setVisible(single)
        # As many panes as the user chose, else one per article; two to four.
        wanted = self.preferred_panes or len(comparison.articles)
        self._set_count(max(2, min(self.MAX_PANES, wanted, max(2, len(comparison.articles)))))

    def clear(self) -> None:
        """Show no story: nothing from the previous comparison may linger here."""
        self._statement = None
        with self._scroll_lock():
            for pane in self.all_panes:
                pane.clear()
        self.note.hide()
        self.splitter.show()

    def show_note(self, text: str) -> None:
        """No panes, only `text` (a story that could not be compared)."""
        self.clear()
        self.splitter.hide()
        self.note.setText(text)
        self.note.show()

    def set_preferred_panes(self, count: int | None) -> None:
        """The pane count to use for every story (restored from the settings)."""
        self.preferred_panes = None if count is None else max(2, min(self.MAX_PANES, count))
        if self.preferred_panes is not None:
            self._set_count(self.preferred_panes)

    def _set_count(self, count: int) -> None:
        self._setting_count = True
        try:
            self.pane_count.setValue(count)
        finally:
            self._setting_count = False

    def show_statement(self, statement: int | None) -> None:
        """Scroll every pane to its version of `statement` (selected in the table)."""
        self._statement = statement
        with self._scroll_lock():
            for pane in self.all_panes:
                pane.show_statement(statement)

    def _on_pane_count_changed(self, count: int) -> None:
        if not self._setting_count:
            self.preferred_panes = count  # the user's own choice
        for position, pane in enumerate(self.all_panes):
            pane.setVisible(position < count)

    @guarded
    def _on_pane_article_chosen(self, _index: int) -> None:
        self.show_statement(self._statement)

    @contextmanager
    def _scroll_lock(self) -> Iterator[None]:
        # Scrolling pane B from pane A's handler must not bounce back to pane A.
        previous, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = previous

    def _scroll_handler(self, source: ArticlePane) -> Callable[[int], None]:
        @guarded
        def handler(_owner: object, _value: int) -> None:
            if self._syncing:
                return
            with self._scroll_lock():
                for target in self.panes:
                    if target is not source:
                        self._sync(source, target)

        return partial(handler, self)

    def _sync(self, source: ArticlePane, target: ArticlePane) -> None:
        source_bar = source.text.verticalScrollBar()
        target_bar = target.text.verticalScrollBar()
        page = source_bar.pageStep()
        point = calc_syncpoint(source_bar.value(), page, source_bar.maximum() + page)
        y = source_bar.value() + point * page
        target_spans = target.statements()
        pairs = [
            (source.y_of(spans[0][0]), target.y_of(target_spans[index][0][0]))
            for index, spans in source.statements().items()
            if index in target_spans and spans and target_spans[index]
        ]
        source_end = source_bar.maximum() + page
        target_end = target_bar.maximum() + target_bar.pageStep()
        anchors = monotonic_anchors([(0.0, 0.0), *pairs, (source_end, target_end)])
        mapped = interpolate(anchors, y)
        target_bar.setValue(int(mapped - point * target_bar.pageStep()))
