"""View ▸ Ignore Case / Punctuation / Typography: checkable actions, remembered in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui.detail_html import IgnoreRules

SETTINGS_PREFIX = "differences/ignore_"


class IgnoreActions(QObject):
    """Three checkable actions that say which differences the word diffs leave out."""

    changed = Signal(object)  # IgnoreRules

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings: QSettings | None = None
        self.case = self._make(
            "Ignore &Case", "Treat “Storm” and “storm” as the same word in word diffs"
        )
        self.punctuation = self._make(
            "Ignore &Punctuation", "Do not mark commas, full stops and other punctuation"
        )
        self.typography = self._make(
            "Ignore &Typography",
            "Treat curly and straight quotes, dashes, accents, “45,100”/“45 100” and "
            "British/American spelling (“harbour”/“harbor”) as the same",
        )

    def _make(self, text: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setChecked(True)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.toggled.connect(self._on_action_toggled)
        return action

    def actions(self) -> tuple[QAction, QAction, QAction]:
        return self.case, self.punctuation, self.typography

    def rules(self) -> IgnoreRules:
        return IgnoreRules(
            case=self.case.isChecked(),
            punctuation=self.punctuation.isChecked(),
            typography=self.typography.isChecked(),
        )

    def set_rules(self, rules: IgnoreRules) -> None:
        """Check the actions to match `rules`; emits `changed` once if anything changed."""
        before = self.rules()
        for action, value in zip(
            self.actions(), (rules.case, rules.punctuation, rules.typography), strict=True
        ):
            action.blockSignals(True)
            action.setChecked(value)
            action.blockSignals(False)
        if self.rules() != before:
            self._on_action_toggled(True)

    def bind_settings(self, settings: QSettings) -> None:
        """Restore the switches from `settings` and save them there whenever they change."""
        self._settings = settings

        def saved(name: str) -> bool:
            value = settings.value(SETTINGS_PREFIX + name, True)
            return value if isinstance(value, bool) else str(value).lower() != "false"

        self.set_rules(IgnoreRules(saved("case"), saved("punctuation"), saved("typography")))

    def menu(self, title: str, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(title, parent)
        for action in self.actions():
            menu.addAction(action)
        return menu

    def _on_action_toggled(self, _checked: bool) -> None:
        rules = self.rules()
        if self._settings is not None:
            self._settings.setValue(SETTINGS_PREFIX + "case", rules.case)
            self._settings.setValue(SETTINGS_PREFIX + "punctuation", rules.punctuation)
            self._settings.setValue(SETTINGS_PREFIX + "typography", rules.typography)
        self.changed.emit(rules)
