"""Composition root: paths -> database (migrated) -> services -> window."""

from __future__ import annotations

import gc
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.errors import UserError
from desktop.paths import APP_NAME, db_url_from_arg, default_db_url, resources_dir

if TYPE_CHECKING:
    from desktop.storage.database import Database
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ORGANISATION = "Parallax"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so that QSettings remembers window state per user."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    icon = resources_dir() / "parallax.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(db_arg: str | None = None) -> int:
    """Open the window on the chosen database and run until it closes."""
    from desktop.services.extraction_pool import shutdown_pool
    from desktop.storage.database import Database
    from desktop.ui.dialogs import install_excepthook
    from desktop.ui.error_log import configure_logging

    app = create_application()
    log_path = configure_logging()
    log.info("Parallax %s starting; log at %s", __version__, log_path)
    url = db_url_from_arg(db_arg) if db_arg else default_db_url()
    try:
        db = Database.open(url)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, f"Parallax cannot open its database.\n\n{exc}")
        return 1
    window: MainWindow | None = None
    previous_hook = install_excepthook(lambda: window)
    try:
        window = open_main_window(db, QSettings())
        window.show()
        settle_after_start()
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        if window is not None:
            # Cancelled work stops at its next checkpoint; it must not find the
            # database closed under it.
            window.runner.cancel_all()
            window.runner.wait()
        # A quit request still queued (a window closing as the loop ended) would leave
        # every later event loop of this process returning at once.
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        db.close()
        shutdown_pool()


def settle_after_start() -> None:
    """Keep start-up objects out of later garbage collections.

    A full collection walks every tracked object while holding the GIL; with Qt,
    SQLAlchemy and the extractors loaded that walk took over 100 ms in the middle of an
    import, and the window stalled for it. Objects alive once the window is built stay
    alive anyway, so they are frozen out of the collector's scans.
    """
    gc.collect()
    gc.freeze()


def open_main_window(db: Database, settings: QSettings) -> MainWindow:
    """The main window; on first run (an empty library) it loads and opens the demo story."""
    from desktop.services.demo import load_demo
    from desktop.services.library import list_articles, list_stories
    from desktop.ui.main_window import MainWindow

    demo_story: int | None = None
    try:
        if not list_articles(db) and not list_stories(db):
            demo_story = load_demo(db)
    except UserError as exc:  # the demo is a courtesy; the window still opens
        log.warning("demo story not loaded: %s", exc)
    window = MainWindow(db, settings=settings)
    if demo_story is not None:
        window.open_story(demo_story)
    return window
