"""Showing text from imported articles in tooltips and labels as text, never as markup."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

TOOLTIP_LIMIT = 600


def plain_tooltip(text: str, limit: int = TOOLTIP_LIMIT) -> str:
    """A tooltip that shows `text` literally, wrapped, and at most `limit` characters long.

    Qt guesses whether a tooltip is rich text; an imported headline like "<b>x</b>" or an
    <img> tag would be rendered (and the image file read). Escaped inside a paragraph it
    is always rich text showing the literal characters, and a paragraph wraps long text
    instead of drawing one line across the screen.
    """
    cut = len(text) > limit
    body = html.escape(text[:limit]).replace("\n", "<br>")
    return "<p>" + body + ("…" if cut else "") + "</p>"


def plain_label(label: QLabel, text: str = "") -> QLabel:
    """Make `label` show its text literally (imported words are data, not markup)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text:
        label.setText(text)
    return label
