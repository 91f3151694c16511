"""SQLAlchemy 2 typed models: articles, quotes, speakers, corrections, stories, statements."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Deterministic constraint names let Alembic's batch mode (SQLite) find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base whose metadata carries the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Outlet(Base):
    """A publication ("The Harbour Gazette"), shared by its articles."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    domain: Mapped[str | None] = mapped_column(String(300))

    articles: Mapped[list[Article]] = relationship(back_populates="outlet")


class Article(Base):
    """One imported article: extracted fields plus the original file, kept as evidence."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outlet_id: Mapped[int] = mapped_column(
        ForeignKey("outlets.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text, default="")
    canonical_url: Mapped[str | None] = mapped_column(Text, index=True)
    published: Mapped[str | None] = mapped_column(String(40))
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    word_count: Mapped[int] = mapped_column(Integer, default=0, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    source_data: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed original
    source_sha256: Mapped[str] = mapped_column(String(64), index=True)
    source_filename: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    near_duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    # Names of fields the user edited; re-extraction leaves those alone.
    user_edited: Mapped[list[str]] = mapped_column(JSON, default=list)

    outlet: Mapped[Outlet] = relationship(back_populates="articles")
    quotes: Mapped[list[QuoteRow]] = relationship(
        back_populates="article",
        order_by="QuoteRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    reported: Mapped[list[ReportedSpeechRow]] = relationship(
        back_populates="article",
        order_by="ReportedSpeechRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class ArticleBand(Base):
    """One near-duplicate screening key of an article (see core/near_duplicates.py)."""

    __tablename__ = "article_bands"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    band: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)


class Speaker(Base):
    """A person quoted in articles, under the fullest name seen for them."""

    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # The user chose this name (rename, merge): a fuller name seen later does not replace it.
    named_by_user: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )


class SpeakerAlias(Base):
    """One way a speaker was named ("Zelensky", "Volodymyr Zelenskyy") and its match key."""

    __tablename__ = "speaker_aliases"
    __table_args__ = (UniqueConstraint("speaker_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speakers.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300), index=True)  # exact-alias lookups
    key: Mapped[str] = mapped_column(String(300), index=True)

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")


class QuoteRow(Base):
    """A direct quotation inside an article's text (core.model.Quote, stored)."""

    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # index in the article's quote list
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    spans: Mapped[list[list[int]]] = mapped_column(JSON, default=list)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL"), index=True
    )
    speaker_written: Mapped[str | None] = mapped_column(String(300))
    cue: Mapped[str | None] = mapped_column(Text)
    verb: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))

    article: Mapped[Article] = relationship(back_populates="quotes")
    speaker: Mapped[Speaker | None] = relationship()


class QuoteCorrection(Base):
    """The user's correction of one found quote, re-applied whenever quotes are rebuilt.

    It is keyed by the span quote finding gave the quote (`original_*`), which is kept in
    step with the article's current text, so re-extraction finds the quote again.
    """

    __tablename__ = "quote_corrections"
    __table_args__ = (UniqueConstraint("article_id", "original_start", "original_end"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    original_start: Mapped[int] = mapped_column(Integer)
    original_end: Mapped[int] = mapped_column(Integer)
    original_text: Mapped[str] = mapped_column(Text)
    # A corrected speaker; the name is kept too in case that speaker is deleted.
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL"), index=True
    )
    speaker_name: Mapped[str | None] = mapped_column(String(300))
    # Corrected bounds and the words they covered (to find them again in a new extraction).
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    corrected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    article: Mapped[Article] = relationship()


class ReportedSpeechRow(Base):
    """A sentence of reported speech, a paraphrase candidate (core.model.ReportedSpeech)."""

    __tablename__ = "reported_speech"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL"), index=True
    )
    speaker_written: Mapped[str | None] = mapped_column(String(300))
    cue: Mapped[str | None] = mapped_column(Text)
    verb: Mapped[str | None] = mapped_column(String(60))

    article: Mapped[Article] = relationship(back_populates="reported")
    speaker: Mapped[Speaker | None] = relationship()


class Story(Base):
    """A comparison set: the articles that covered one event."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    members: Mapped[list[StoryArticle]] = relationship(
        order_by="StoryArticle.position", cascade="all, delete-orphan", passive_deletes=True
    )


class StoryArticle(Base):
    """Membership of an article in a story, in the order it was added."""

    __tablename__ = "story_articles"

    story_id: Mapped[int] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class StatementRow(Base):
    """One utterance of a story as aligned across its articles (core.model.Statement)."""

    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("speakers.id", ondelete="SET NULL"), index=True
    )
    speaker_name: Mapped[str | None] = mapped_column(String(300))
    reference_member: Mapped[int] = mapped_column(Integer, default=0)
    reference_text: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[StatementMemberRow]] = relationship(
        order_by="StatementMemberRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class StatementMemberRow(Base):
    """One article's version of a statement: a quote or a reported sentence."""

    __tablename__ = "statement_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    quote_id: Mapped[int | None] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), index=True
    )
    reported_id: Mapped[int | None] = mapped_column(
        ForeignKey("reported_speech.id", ondelete="CASCADE"), index=True
    )
    relation: Mapped[str] = mapped_column(String(20))
    similarity: Mapped[float] = mapped_column(Float)
    flags: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
