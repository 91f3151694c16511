"""The Qt binding must not leak references to None/True/False (PySide6 6.12.0 did).

On Python 3.11 None and the booleans are ordinary refcounted objects: a binding that
drops one reference per call crashes the whole application ("none_dealloc") after tens
of thousands of calls, i.e. some minutes into a real session.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 2000


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    def data(self, index: object, role: int = 0) -> None:
        return None


class _Emitter(QObject):
    changed = Signal(bool)


def _drift(obj: object, action: object) -> int:
    before = sys.getrefcount(obj)
    for _ in range(CALLS):
        action()  # type: ignore[operator]
    return sys.getrefcount(obj) - before


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    model = _Model()
    # A leaking binding loses one reference per call: -CALLS; a sound one stays near 0.
    assert _drift(None, lambda: label.setText("x")) > -CALLS // 2

    def reset() -> None:
        model.beginResetModel()
        model.endResetModel()

    assert _drift(None, reset) > -CALLS // 2


def test_signal_emission_keeps_booleans_alive(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.changed.connect(received.append)
    assert _drift(True, lambda: emitter.changed.emit(True)) > -CALLS // 2
    assert len(received) == CALLS
