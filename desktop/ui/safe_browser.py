"""A QTextBrowser that never fetches anything: imported text must not reach the network."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class SafeTextBrowser(QTextBrowser):
    """Shows our own generated HTML only; every resource request (images, style sheets,
    links) is refused, so nothing in an imported article can trigger a load."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.refused: list[str] = []  # what was asked for, for tests and debugging

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        # We never embed resources in the HTML we build, so every request is foreign.
        self.refused.append(name.toString() if isinstance(name, QUrl) else name)
        return None

    def doSetSource(self, name: QUrl | str, type: Any = None) -> None:
        # Navigation would load a document from a URL: the browser only shows what we set.
        self.refused.append(name.toString() if isinstance(name, QUrl) else name)
