"""A small dialog to correct where a quote starts and ends, by selecting it in its paragraph."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.corrections import QuoteContext
from desktop.ui.plain_text import plain_label

HINT = (
    "Select the words that were really quoted, then press OK. "
    "Quote marks and spaces at either end are left out."
)
QUOTE_BACKGROUND = "#fff1b8"  # where the quote is now: a light marker, the selection shows on top


def utf16_to_index(text: str, position: int) -> int:
    """A Qt text position (UTF-16 code units) as an index into the Python string."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def index_to_utf16(text: str, index: int) -> int:
    """A Python string index as a Qt text position (UTF-16 code units)."""
    return sum(2 if ord(char) > 0xFFFF else 1 for char in text[:index])


class QuoteBoundsDialog(QDialog):
    """Shows the quote's paragraph with the quote selected; the user selects the new span."""

    def __init__(self, context: QuoteContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Correct Quote Bounds")
        self._context = context
        title = plain_label(QLabel(), context.title)
        title.setWordWrap(True)
        hint = QLabel(HINT)
        hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)  # still selectable with mouse and keyboard
        self.text.setPlainText(context.excerpt)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.selectionChanged.connect(self._on_text_selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 360)
        self._mark_current_quote()
        self.select(context.start, context.end)

    def _mark_current_quote(self) -> None:
        marker = QTextEdit.ExtraSelection()
        marker.cursor = self._cursor(self._context.start, self._context.end)
        char_format = QTextCharFormat()
        char_format.setBackground(QColor(QUOTE_BACKGROUND))
        marker.format = char_format
        self.text.setExtraSelections([marker])

    def _cursor(self, start: int, end: int) -> QTextCursor:
        excerpt, offset = self._context.excerpt, self._context.excerpt_start
        first = max(0, min(len(excerpt), start - offset))
        last = max(0, min(len(excerpt), end - offset))
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(index_to_utf16(excerpt, first))
        cursor.setPosition(index_to_utf16(excerpt, last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def select(self, start: int, end: int) -> None:
        """Select `article text[start:end]` (article offsets) in the excerpt."""
        self.text.setTextCursor(self._cursor(start, end))
        self.text.ensureCursorVisible()

    def span(self) -> tuple[int, int] | None:
        """The selected span in article offsets; None when nothing is selected."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        excerpt = self._context.excerpt
        start = utf16_to_index(excerpt, cursor.selectionStart())
        end = utf16_to_index(excerpt, cursor.selectionEnd())
        offset = self._context.excerpt_start
        return start + offset, end + offset

    def _on_text_selection_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.text.textCursor().hasSelection())


def ask_quote_bounds(context: QuoteContext, parent: QWidget | None) -> tuple[int, int] | None:
    """Run the dialog; the chosen span in article offsets, or None if cancelled."""
    dialog = QuoteBoundsDialog(context, parent)
    try:
        return dialog.span() if dialog.exec() else None
    finally:
        dialog.deleteLater()
