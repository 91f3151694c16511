"""Quote corrections follow their quote when re-extraction moves the text; 0002 keeps data."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, select, text

from desktop.core.model import ExtractedArticle, Quote, QuoteAnalysis
from desktop.storage.article_repository import ArticleRepository, NewArticle, SourceFile
from desktop.storage.correction_repository import CorrectionRepository
from desktop.storage.database import Database, alembic_config
from desktop.storage.models import QuoteCorrection, QuoteRow
from desktop.storage.speaker_repository import SpeakerRepository

BODY = "“The dam holds,” Rosa Tellan said. “It holds for now, and only for now,” Ivo Brask said."
JUNK = "Also read: a fictional sidebar.\n\n"


def _quote(text: str, body: str, speaker: str) -> Quote:
    start = body.index(text)
    return Quote(text, start, start + len(text), speaker, "quote", f"{speaker} said", "said")


def _new(body: str) -> NewArticle:
    quotes = (
        _quote("The dam holds,", body, "Rosa Tellan"),
        _quote("It holds for now, and only for now,", body, "Ivo Brask"),
    )
    return NewArticle(
        extracted=ExtractedArticle("Dam", "Test Radio", "", None, (), "en", body),
        analysis=QuoteAnalysis(quotes),
        source=SourceFile(body.encode(), "dam.txt"),
        content_hash=f"hash-{len(body)}",
        canonical_url=None,
    )


def _quotes(db: Database, article_id: int) -> list[tuple[str, int, int, str | None]]:
    with db.session() as session:
        rows = session.scalars(
            select(QuoteRow).where(QuoteRow.article_id == article_id).order_by(QuoteRow.start)
        )
        return [(r.text, r.start, r.end, r.speaker.name if r.speaker else None) for r in rows]


def test_corrections_follow_their_quote_when_the_text_moves(db: Database) -> None:
    with db.session() as session:
        article_id = ArticleRepository(session).add(_new(JUNK + BODY))
    (dam, brask) = _quotes(db, article_id)
    with db.session() as session:
        ids = {row.text: row.id for row in session.scalars(select(QuoteRow))}
        corrections = CorrectionRepository(session)
        tellan = SpeakerRepository(session).resolve("Rosa Tellan")
        assert tellan is not None
        corrections.correct_speaker(ids[brask[0]], tellan)
        cut = (JUNK + BODY).index("It holds for now")
        corrections.correct_bounds(ids[brask[0]], cut, cut + len("It holds for now"))
        corrections.remove(ids[dam[0]])

    # Better extraction drops the junk line: every offset moves, the corrections follow.
    with db.session() as session:
        ArticleRepository(session).refresh(article_id, _new(BODY))
    start = BODY.index("It holds for now")
    assert _quotes(db, article_id) == [
        ("It holds for now", start, start + len("It holds for now"), "Rosa Tellan")
    ]
    with db.session() as session:
        stored = {c.original_text: c for c in session.scalars(select(QuoteCorrection))}
        assert stored["It holds for now, and only for now,"].original_start == start
    # A second re-extraction of the same text finds them again.
    with db.session() as session:
        ArticleRepository(session).refresh(article_id, _new(BODY))
    assert _quotes(db, article_id) == [
        ("It holds for now", start, start + len("It holds for now"), "Rosa Tellan")
    ]


def test_a_correction_whose_quote_is_gone_waits_and_hurts_nothing(db: Database) -> None:
    with db.session() as session:
        article_id = ArticleRepository(session).add(_new(BODY))
        row = session.scalars(select(QuoteRow).order_by(QuoteRow.start)).first()
        assert row is not None
        CorrectionRepository(session).remove(row.id)
    other = "“Something else entirely,” Rosa Tellan said."
    with db.session() as session:
        repository = ArticleRepository(session)
        new = _new(BODY)
        extracted = new.extracted.__class__(**{**new.extracted.__dict__, "text": other})
        only = _quote("Something else entirely,", other, "Rosa Tellan")
        repository.refresh(
            article_id,
            NewArticle(extracted, QuoteAnalysis((only,)), new.source, "h", None),
        )
    assert [q[0] for q in _quotes(db, article_id)] == ["Something else entirely,"]


def test_upgrading_a_0001_database_keeps_speakers_and_their_aliases(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        command.upgrade(alembic_config(connection), "0001")
        connection.execute(text("INSERT INTO speakers (id, name) VALUES (1, 'Rosa Tellan')"))
        connection.execute(
            text(
                "INSERT INTO speaker_aliases (speaker_id, name, key) "
                "VALUES (1, 'Rosa Tellan', 'tellan'), (1, 'Tellan', 'tellan')"
            )
        )
    engine.dispose()

    db = Database.open(url)
    try:
        with db.session() as session:
            (row,) = SpeakerRepository(session).overview()
        assert row.aliases == ("Rosa Tellan", "Tellan") and not row.named_by_user
        assert (tmp_path / "old.sqlite3.bak").exists()
    finally:
        db.close()


def test_a_quote_moving_onto_another_corrected_quotes_place_does_not_collide(
    db: Database,
) -> None:
    # Two quotes of the same length; the new text moves the first onto the second's span.
    body = "“Open the dam now,” Rosa Tellan said. “Shut the gap now,” Ivo Brask said."
    first = _quote("Open the dam now,", body, "Rosa Tellan")
    second = _quote("Shut the gap now,", body, "Ivo Brask")
    shifted = "x" * (second.start - first.start) + body

    def new(text_: str) -> NewArticle:
        quotes = tuple(_quote(q.text, text_, q.speaker or "") for q in (first, second))
        return NewArticle(
            extracted=ExtractedArticle("Dam", "Test Radio", "", None, (), "en", text_),
            analysis=QuoteAnalysis(quotes),
            source=SourceFile(body.encode(), "dam.txt"),
            content_hash="h",
            canonical_url=None,
        )

    with db.session() as session:
        article_id = ArticleRepository(session).add(new(body))
        rows = list(session.scalars(select(QuoteRow).order_by(QuoteRow.start)))
        brask = SpeakerRepository(session).resolve("Ivo Brask")
        tellan = SpeakerRepository(session).resolve("Rosa Tellan")
        assert brask is not None and tellan is not None
        corrections = CorrectionRepository(session)
        corrections.correct_speaker(rows[0].id, brask)
        corrections.correct_speaker(rows[1].id, tellan)
    with db.session() as session:
        ArticleRepository(session).refresh(article_id, new(shifted))
    speakers = {q[0]: q[3] for q in _quotes(db, article_id)}
    assert speakers == {"Open the dam now,": "Ivo Brask", "Shut the gap now,": "Rosa Tellan"}
