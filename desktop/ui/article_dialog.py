"""Editing an article's fields (headline, outlet, date, URL, authors)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.services.library import ArticleRow


@dataclass(frozen=True)
class ArticleEdits:
    """The fields as the user left them (authors split on commas)."""

    title: str
    outlet: str
    published: str
    url: str
    authors: tuple[str, ...]


@dataclass(frozen=True)
class ArticleChanges:
    """The fields the user changed in the dialog; None for one left as it was."""

    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    authors: tuple[str, ...] | None


class ArticleEditDialog(QDialog):
    """Every field of an imported article is editable; extraction is never final."""

    def __init__(self, article: ArticleRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit Article")
        self.title = QLineEdit(article.title)
        self.outlet = QLineEdit(article.outlet)
        self.published = QLineEdit(article.published or "")
        self.published.setPlaceholderText("YYYY-MM-DD")
        self.url = QLineEdit(article.url)
        self.authors = QLineEdit(", ".join(article.authors))
        self.authors.setPlaceholderText("Comma-separated names")
        form = QFormLayout(self)
        form.addRow("Headline:", self.title)
        form.addRow("Outlet:", self.outlet)
        form.addRow("Date:", self.published)
        form.addRow("URL:", self.url)
        form.addRow("Authors:", self.authors)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())
        self._shown = self.edits()

    def changed(self) -> ArticleChanges:
        """Only the fields the user changed (None: left alone). Saving the others could
        undo another edit made since the dialog's values were read."""
        now, shown = self.edits(), self._shown
        return ArticleChanges(
            title=now.title if now.title != shown.title else None,
            outlet=now.outlet if now.outlet != shown.outlet else None,
            published=now.published if now.published != shown.published else None,
            url=now.url if now.url != shown.url else None,
            authors=now.authors if now.authors != shown.authors else None,
        )

    def edits(self) -> ArticleEdits:
        return ArticleEdits(
            title=self.title.text().strip(),
            outlet=self.outlet.text().strip(),
            published=self.published.text().strip(),
            url=self.url.text().strip(),
            authors=tuple(name.strip() for name in self.authors.text().split(",") if name.strip()),
        )
