"""The log file every unexpected problem is written to, and the message that names it."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.paths import user_log_dir

LOG_FILE_NAME = "parallax.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    """Where the running application writes its log (see `configure_logging`)."""
    return user_log_dir() / LOG_FILE_NAME


def bug_message(kind: str) -> str:
    """What the user reads about a bug: plain, and where the details are."""
    return f"Something went wrong ({kind}). The details were written to the log: {log_file()}"


def configure_logging(path: Path | None = None) -> Path:
    """Log INFO and above to a rotating file (kept small); returns the file's path.

    Calling it again with the same file adds no second handler.
    """
    target = path if path is not None else log_file()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == target:
            return target
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        target, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return target
