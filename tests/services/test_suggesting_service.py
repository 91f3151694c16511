"""Story suggestions: articles quoting the same words within a few days belong together."""

from __future__ import annotations

from pathlib import Path

from desktop.services.importing import import_files, import_text
from desktop.services.library import create_story
from desktop.services.suggesting import suggest_stories
from desktop.storage.database import Database


def test_articles_sharing_quotes_are_suggested_once(db: Database, fixture_dir: Path) -> None:
    folder = fixture_dir / "services"
    report = import_files(db, [folder / "olvenmark-gazette.html", folder / "valley-courier.txt"])
    gazette, courier = (o.article_id for o in report.outcomes)
    late = import_text(
        db,
        "Title: Looking back at the bridge\nDate: 2031-06-30\n\n"
        "“We cannot ask anyone to drive across a bridge that our engineers"
        " do not trust,” Rosa Tellan said, looking back.",
        is_html=False,
        title=None,
        outlet="Monthly Review",
    )
    import_files(db, [folder / "notes.md"])
    assert late.outcomes[0].status == "imported"

    (suggestion,) = suggest_stories(db)
    # The retrospective quotes the mayor too, but three months later: not the same event.
    assert set(suggestion.article_ids) == {gazette, courier}
    assert suggestion.name in {o.title for o in report.outcomes}  # an article's headline
    assert suggestion.shared_quotes >= 2

    assert gazette is not None and courier is not None
    create_story(db, "Bridge", [gazette, courier])
    assert suggest_stories(db) == []
