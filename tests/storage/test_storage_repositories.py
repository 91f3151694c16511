"""Repositories: articles with quotes and speakers, stories and statements round-trip."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.core.model import (
    ExtractedArticle,
    Flag,
    Quote,
    QuoteAnalysis,
    ReportedSpeech,
    Statement,
    StatementMember,
)
from desktop.core.near_duplicates import band_keys
from desktop.storage.article_repository import (
    ArticleRepository,
    NewArticle,
    SourceFile,
    canonical_url,
)
from desktop.storage.database import Database
from desktop.storage.models import ArticleBand, QuoteRow, Speaker
from desktop.storage.story_repository import StoryRepository

TEXT = (
    "“The dam holds,” Mayor Rosa Tellan said. "
    "“It holds for now,” Tellan added. "
    "Engineer Ada Tellan said the gauges were fine."
)


def _article(outlet: str, url: str, text: str = TEXT) -> NewArticle:
    first = Quote("The dam holds", 1, 14, "Rosa Tellan", "quote", "Mayor Rosa Tellan said", "said")
    second = Quote("It holds for now", 42, 58, "Tellan", "quote", "Tellan added", "added")
    reported = ReportedSpeech("the gauges were fine", 89, 109, "Ada Tellan", "said", "said")
    return NewArticle(
        extracted=ExtractedArticle(
            title="Dam holds",
            outlet=outlet,
            url=url,
            published="2031-04-02",
            authors=("Jonas Ebbe",),
            language="en",
            text=text,
        ),
        analysis=QuoteAnalysis((first, second), (reported,)),
        source=SourceFile(b"original \xff bytes", "dam.txt"),
        content_hash=f"hash-{outlet}",
        canonical_url=canonical_url(url),
    )


def test_article_round_trip_keeps_fields_source_and_quotes(db: Database) -> None:
    with db.session() as session:
        article_id = ArticleRepository(session).add(
            _article("Valley Courier", "https://v.example/a")
        )
    with db.session() as session:
        articles = ArticleRepository(session)
        detail = articles.detail(article_id)
        source = articles.source(article_id)
    assert detail.row.outlet == "Valley Courier"
    assert detail.row.authors == ("Jonas Ebbe",)
    assert detail.row.words == len(TEXT.split())
    assert detail.row.quotes == 2
    assert source == SourceFile(b"original \xff bytes", "dam.txt")
    # The bare surname joins the full name; a different first name is another person.
    assert [q.speaker for q in detail.quotes] == ["Rosa Tellan", "Rosa Tellan"]
    assert detail.reported[0].speaker == "Ada Tellan"
    with db.session() as session:
        assert session.scalar(select(func.count(Speaker.id))) == 2


def test_duplicates_are_found_by_canonical_url_or_body_hash(db: Database) -> None:
    with db.session() as session:
        ArticleRepository(session).add(_article("Valley Courier", "https://www.v.example/a/"))
    with db.session() as session:
        articles = ArticleRepository(session)
        by_url = articles.find_exact_duplicate(
            canonical_url("http://v.example/a?utm_source=feed#top"), "other"
        )
        by_hash = articles.find_exact_duplicate(None, "hash-Valley Courier")
        neither = articles.find_exact_duplicate(canonical_url("https://v.example/b"), "other")
    assert by_url is not None and by_url.outlet == "Valley Courier"
    assert by_hash == by_url
    assert neither is None


def test_user_edits_are_remembered(db: Database) -> None:
    with db.session() as session:
        article_id = ArticleRepository(session).add(
            _article("Valey Courier", "https://v.example/a")
        )
    with db.session() as session:
        ArticleRepository(session).update(article_id, {"outlet": "Valley Courier"})
    with db.session() as session:
        detail = ArticleRepository(session).detail(article_id)
    assert detail.row.outlet == "Valley Courier"
    assert detail.user_edited == frozenset({"outlet"})


def test_statements_round_trip_and_die_with_their_articles(db: Database) -> None:
    with db.session() as session:
        articles = ArticleRepository(session)
        first = articles.add(_article("Valley Courier", "https://v.example/a"))
        second = articles.add(_article("Lakeland Wire", "https://l.example/a"))
        story_id = StoryRepository(session).create("Dam", [first, second])
    statement = Statement(
        speaker="Rosa Tellan",
        members=(
            StatementMember(first, 0, "verbatim", 100.0),
            StatementMember(second, 1, "variant", 81.5, flags=(Flag("quote_cut", "ends"),)),
            StatementMember(second, None, "paraphrase", 60.0, reported=0),
        ),
        reference_text="The dam holds",
    )
    with db.session() as session:
        articles = ArticleRepository(session)
        quote_ids = {a: articles.quote_ids(a) for a in (first, second)}
        reported_ids = {a: articles.reported_ids(a) for a in (first, second)}
        stories = StoryRepository(session)
        stories.replace_statements(story_id, [statement], quote_ids, reported_ids)
    with db.session() as session:
        stored = StoryRepository(session).statements(story_id, quote_ids, reported_ids)
    assert stored == (statement,)

    with db.session() as session:
        ArticleRepository(session).delete([second])
    with db.session() as session:
        assert StoryRepository(session).row(story_id).article_ids == (first,)
        remaining = session.scalar(select(func.count(QuoteRow.id)))
        stored = StoryRepository(session).statements(story_id, quote_ids, reported_ids)
    assert remaining == 2
    assert [m.article for m in stored[0].members] == [first]


_LONG = (
    "The harbour authority said the eastern breakwater will close for six weeks while "
    "divers replace the storm gates, and ferry crews will use the western channel. "
) * 3


def test_a_copy_finds_the_stored_body_by_its_keys_and_the_keys_go_with_the_article(
    db: Database,
) -> None:
    with db.session() as session:
        article_id = ArticleRepository(session).add(
            _article("Valley Courier", "https://v.example/a", _LONG)
        )
    copy = "From the wire: " + _LONG
    with db.session() as session:
        articles = ArticleRepository(session)
        assert articles.texts_sharing_bands(band_keys(copy)) == {article_id: _LONG}
        assert articles.texts_sharing_bands(band_keys(TEXT)) == {}
        articles.delete([article_id])
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ArticleBand)) == 0
