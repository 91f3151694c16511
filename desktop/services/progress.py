"""Progress reporting and cancellation shared by every long-running service."""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.errors import Cancelled

# (done, total, message): called after each unit of work; total may be 0 when unknown.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """The default `progress`: report nothing."""


class CancelToken:
    """Set by the UI thread, checked by a service between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the running service to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise `Cancelled` if `cancel()` was called."""
        if self._event.is_set():
            raise Cancelled()


def check_cancel(cancel: CancelToken | None) -> None:
    """`cancel.raise_if_cancelled()` for an optional token."""
    if cancel is not None:
        cancel.raise_if_cancelled()
