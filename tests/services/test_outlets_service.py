"""Outlets: counts, merging, and merged outlets surviving re-extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import NotFoundError
from desktop.services.importing import import_text
from desktop.services.library import list_articles, update_article
from desktop.services.outlets import list_outlets, merge_outlets
from desktop.services.reextracting import reextract_articles
from desktop.storage.database import Database


def add(db: Database, outlet: str, body: str) -> int:
    text = f"Outlet: {outlet}\nTitle: {body[:30]}\n\n{body}\n"
    (outcome,) = import_text(db, text, is_html=False).outcomes
    assert outcome.article_id is not None, outcome.message
    return outcome.article_id


@pytest.fixture
def three_outlets(db: Database) -> dict[str, int]:
    add(db, "Harbour Gazette", "The ferry to Brisca ran late on Monday, the harbour office said.")
    add(db, "The Harbour Gazette", "Fishing boats stayed in port as the storm passed the cape.")
    add(db, "The Harbour Gazette", "A new pier opened in Olvenmark after two years of work.")
    add(db, "Tide Weekly", "The tide gauge at the north pier was repaired on Friday.")
    return {row.name: row.id for row in list_outlets(db)}


def test_outlets_are_listed_with_their_article_counts(
    db: Database, three_outlets: dict[str, int]
) -> None:
    counts = {row.name: row.articles for row in list_outlets(db)}
    assert counts == {"Harbour Gazette": 1, "The Harbour Gazette": 2, "Tide Weekly": 1}


def test_merging_moves_articles_and_deletes_the_other_outlets(
    db: Database, three_outlets: dict[str, int]
) -> None:
    moved = merge_outlets(
        db, three_outlets["The Harbour Gazette"], [three_outlets["Harbour Gazette"]]
    )
    assert moved == 1
    counts = {row.name: row.articles for row in list_outlets(db)}
    assert counts == {"The Harbour Gazette": 3, "Tide Weekly": 1}
    outlets = sorted(row.outlet for row in list_articles(db))
    assert outlets == ["The Harbour Gazette"] * 3 + ["Tide Weekly"]


def test_a_merged_outlet_survives_re_extraction(
    db: Database, three_outlets: dict[str, int]
) -> None:
    merge_outlets(db, three_outlets["The Harbour Gazette"], [three_outlets["Harbour Gazette"]])
    ids = [row.id for row in list_articles(db)]
    report = reextract_articles(db, ids)
    assert len(report.imported) == 4
    counts = {row.name: row.articles for row in list_outlets(db)}
    assert counts == {"The Harbour Gazette": 3, "Tide Weekly": 1}


def test_merging_unknown_outlets_changes_nothing(
    db: Database, three_outlets: dict[str, int]
) -> None:
    with pytest.raises(NotFoundError):
        merge_outlets(db, three_outlets["Tide Weekly"], [three_outlets["Harbour Gazette"], 999])
    assert len(list_outlets(db)) == 3
    # Merging an outlet into itself is a no-op, not an error.
    assert merge_outlets(db, three_outlets["Tide Weekly"], [three_outlets["Tide Weekly"]]) == 0
    assert len(list_outlets(db)) == 3


def test_an_outlet_left_without_articles_shows_zero(db: Database, tmp_path: Path) -> None:
    article = add(db, "Harbour Radio", "The lighthouse keeper retired after forty years.")
    update_article(db, article, outlet="Harbour Radio Online")
    counts = {row.name: row.articles for row in list_outlets(db)}
    assert counts == {"Harbour Radio": 0, "Harbour Radio Online": 1}


def _add_from(db: Database, url: str, body: str, outlet: str | None = None) -> str:
    header = f"Outlet: {outlet}\n" if outlet else ""
    text = f"{header}Title: {body[:30]}\nURL: {url}\n\n{body}\n"
    (outcome,) = import_text(db, text, is_html=False).outcomes
    assert outcome.article_id is not None, outcome.message
    return next(row.outlet for row in list_articles(db) if row.id == outcome.article_id)


def test_a_page_named_only_by_its_address_takes_the_name_the_user_gave_that_domain(
    db: Database,
) -> None:
    first = _add_from(db, "https://www.hpost.example/a", "The ferry to Brisca ran late today.")
    assert first == "hpost.example"  # nothing but the address names it
    article_id = next(row.id for row in list_articles(db))
    update_article(db, article_id, outlet="The Harbour Post")

    later = _add_from(db, "https://hpost.example/b", "Fishing boats stayed in port all day.")
    named = _add_from(
        db, "https://hpost.example/c", "The pier opened after two years.", outlet="Hpost Sport"
    )

    page = (
        '<html><head><title>Ferry timetable changes</title><link rel="canonical" '
        'href="https://hpost.example/d"></head><body><article><h1>Ferry timetable changes'
        "</h1><p>The ferry to Brisca will leave at seven from Monday, the harbour office "
        "said, and the evening crossing moves to nine.</p></article></body></html>"
    )
    (outcome,) = import_text(db, page, is_html=True).outcomes
    from_html = next(row.outlet for row in list_articles(db) if row.id == outcome.article_id)

    assert later == "The Harbour Post"
    assert from_html == "The Harbour Post"  # not "Hpost", made up from the address
    assert named == "Hpost Sport"  # a page that names itself keeps its own name


def test_merging_into_an_outlet_gives_it_the_merged_address(db: Database) -> None:
    add(db, "Harbour Post Ltd", "The tide gauge at the north pier was repaired on Friday.")
    _add_from(db, "https://hpost.example/a", "The ferry to Brisca ran late on Monday.")
    ids = {row.name: row.id for row in list_outlets(db)}
    merge_outlets(db, ids["Harbour Post Ltd"], [ids["hpost.example"]])

    later = _add_from(db, "https://hpost.example/b", "Fishing boats stayed in port all day.")

    assert later == "Harbour Post Ltd"


def test_a_wire_story_on_a_portal_does_not_teach_the_portal_the_wires_name(
    db: Database,
) -> None:
    wire = _add_from(
        db, "https://news.portal.example/wire-1", "Ferries stop at noon.", outlet="Coastal Wire"
    )
    own = _add_from(db, "https://news.portal.example/local-2", "The pier opens on Monday.")

    assert wire == "Coastal Wire"
    assert own == "news.portal.example"  # not the wire's name
