"""The shipped demo story loads once, with every demo article, under its own name."""

from __future__ import annotations

from desktop.paths import seeds_dir
from desktop.services.demo import demo_story_name, load_demo
from desktop.services.library import find_story, list_articles
from desktop.storage.database import Database


def test_the_demo_loads_once_with_every_article(db: Database) -> None:
    folder = seeds_dir() / "demo"
    articles = [
        p for p in folder.iterdir() if p.suffix in (".txt", ".md") and p.name != "story.txt"
    ]
    name = folder.joinpath("story.txt").read_text(encoding="utf-8").splitlines()[0].strip()

    story_id = load_demo(db)

    assert story_id is not None
    assert demo_story_name() == name
    story = find_story(db, name)
    assert story.id == story_id
    assert len(story.article_ids) == len(articles) == len(list_articles(db))
    assert load_demo(db) is None
    assert len(list_articles(db)) == len(articles)
