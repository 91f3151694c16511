"""Library services: stories and article edits, as the window and the CLI use them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import NotFoundError, UserError
from desktop.services.importing import import_files
from desktop.services.library import (
    add_to_story,
    create_story,
    delete_articles,
    delete_story,
    find_story,
    get_article,
    list_articles,
    list_stories,
    remove_from_story,
    rename_story,
    search_articles,
    update_article,
)
from desktop.services.reextracting import reextract_articles
from desktop.storage.database import Database


@pytest.fixture
def ids(db: Database, fixture_dir: Path) -> list[int]:
    folder = fixture_dir / "services"
    names = ("olvenmark-gazette.html", "valley-courier.txt", "notes.md")
    report = import_files(db, [folder / name for name in names])
    return [o.article_id for o in report.outcomes if o.article_id is not None]


def test_story_membership_keeps_the_order_articles_were_added(db: Database, ids: list[int]) -> None:
    gazette, courier, notes = ids
    story_id = create_story(db, "  Brisca   bridge ", [courier, gazette])
    add_to_story(db, story_id, [gazette, notes])
    assert find_story(db, "brisca bridge").article_ids == (courier, gazette, notes)
    remove_from_story(db, story_id, [gazette])
    assert find_story(db, str(story_id)).article_ids == (courier, notes)


def test_story_names_are_unique_and_findable(db: Database, ids: list[int]) -> None:
    first = create_story(db, "Bridge", ids[:1])
    second = create_story(db, "Budget", ids[2:])
    with pytest.raises(UserError, match="already exists"):
        create_story(db, "Bridge", [])
    with pytest.raises(UserError, match="already exists"):
        rename_story(db, second, "Bridge")
    rename_story(db, second, "Council budget")
    assert [s.name for s in list_stories(db)] == ["Bridge", "Council budget"]
    with pytest.raises(NotFoundError, match="Ferry"):
        find_story(db, "Ferry")
    delete_story(db, first)
    assert [s.name for s in list_stories(db)] == ["Council budget"]
    assert len(list_articles(db)) == 3  # deleting a story keeps its articles


def test_a_story_cannot_hold_an_unknown_article(db: Database, ids: list[int]) -> None:
    with pytest.raises(NotFoundError, match="#999"):
        create_story(db, "Bridge", [ids[0], 999])
    assert list_stories(db) == []


def test_edits_change_the_row_and_are_marked(db: Database, ids: list[int]) -> None:
    gazette = ids[0]
    before = get_article(db, gazette)
    update_article(
        db,
        gazette,
        title="Bridge shut",
        outlet="Olvenmark Gazette",
        authors=["M. Quell", " "],
        url=before.row.url,  # passed back unchanged, as an edit dialog does
    )
    detail = get_article(db, gazette)
    assert (detail.row.title, detail.row.outlet, detail.row.authors) == (
        "Bridge shut",
        "Olvenmark Gazette",
        ("M. Quell",),
    )
    assert detail.user_edited == {"title", "outlet", "authors"}
    with pytest.raises(NotFoundError):
        update_article(db, 999, title="x")


def test_deleting_articles_removes_them_from_stories(db: Database, ids: list[int]) -> None:
    story_id = create_story(db, "Bridge", ids)
    delete_articles(db, ids[:2])
    assert [row.id for row in list_articles(db)] == ids[2:]
    assert find_story(db, "Bridge").article_ids == tuple(ids[2:])
    with pytest.raises(NotFoundError):
        get_article(db, ids[0])
    assert story_id


def test_reextraction_rebuilds_quotes_and_keeps_user_edits(db: Database, ids: list[int]) -> None:
    gazette = ids[0]
    before = get_article(db, gazette)
    update_article(db, gazette, title="Edited headline")
    report = reextract_articles(db, [gazette])

    assert [o.status for o in report.outcomes] == ["imported"]
    after = get_article(db, gazette)
    assert after.row.title == "Edited headline"
    assert after.row.outlet == before.row.outlet
    assert after.quotes == before.quotes and after.text == before.text


def test_search_matches_every_word_in_any_case(db: Database, ids: list[int]) -> None:
    gazette, courier, notes = ids
    assert search_articles(db, "CABLES tellan") == {gazette, courier}
    assert search_articles(db, "budget Morn") == {notes}
    assert search_articles(db, "budget tellan") == frozenset()
    assert search_articles(db, "") == set(ids)
