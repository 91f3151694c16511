"""The demo story shipped in `seeds/demo`: four fictional outlets report one event."""

from __future__ import annotations

from pathlib import Path

from desktop.errors import UserError
from desktop.paths import seeds_dir
from desktop.services.importing import SUPPORTED_SUFFIXES, import_files
from desktop.services.library import create_story
from desktop.services.progress import CancelToken, Progress, no_progress
from desktop.storage.database import Database
from desktop.storage.story_repository import StoryRepository

DEFAULT_STORY_NAME = "Demo story"
STORY_FILE = "story.txt"  # its first line names the story; it is not an article


def demo_folder() -> Path:
    return seeds_dir() / "demo"


def demo_story_name(folder: Path | None = None) -> str:
    """The first line of `story.txt`, or "Demo story"."""
    story_file = (folder or demo_folder()) / STORY_FILE
    try:
        lines = story_file.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return DEFAULT_STORY_NAME
    first = next((line.strip() for line in lines if line.strip()), "")
    return first or DEFAULT_STORY_NAME


def load_demo(
    db: Database,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> int | None:
    """Import the demo articles and create the demo story; None if it already exists."""
    folder = demo_folder()
    name = demo_story_name(folder)
    with db.session() as session:
        if StoryRepository(session).exists(name):
            return None
    files = sorted(
        path
        for path in folder.iterdir()
        if path.is_file()
        and path.name != STORY_FILE
        and not path.name.startswith(".")
        and path.suffix.lower() in SUPPORTED_SUFFIXES
    )
    report = import_files(db, files, progress=progress, cancel=cancel)
    # Duplicates carry the id of the article already in the library: reuse it.
    article_ids = list(
        dict.fromkeys(o.article_id for o in report.outcomes if o.article_id is not None)
    )
    if not article_ids:
        reasons = "; ".join(f"{Path(o.path).name}: {o.message}" for o in report.failed)
        raise UserError(f"The demo articles could not be loaded ({reasons or 'none found'}).")
    return create_story(db, name, article_ids)
