"""User corrections of quotes, and speakers named by the user; both survive re-extraction.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild on SQLite): rebuilding "speakers" with foreign
    # keys on would cascade-delete every alias.
    with op.batch_alter_table("speakers", recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("named_by_user", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "quote_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("original_start", sa.Integer(), nullable=False),
        sa.Column("original_end", sa.Integer(), nullable=False),
        sa.Column("original_text", sa.Text(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("speaker_name", sa.String(length=300), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("corrected_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_quote_corrections_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["speakers.id"],
            name=op.f("fk_quote_corrections_speaker_id_speakers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_corrections")),
        sa.UniqueConstraint(
            "article_id",
            "original_start",
            "original_end",
            name=op.f("uq_quote_corrections_article_id"),
        ),
    )
    op.create_index(
        op.f("ix_quote_corrections_article_id"), "quote_corrections", ["article_id"], unique=False
    )
    op.create_index(
        op.f("ix_quote_corrections_speaker_id"), "quote_corrections", ["speaker_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_quote_corrections_speaker_id"), table_name="quote_corrections")
    op.drop_index(op.f("ix_quote_corrections_article_id"), table_name="quote_corrections")
    op.drop_table("quote_corrections")
    # A plain DROP COLUMN (SQLite 3.35+), again so the table is never rebuilt.
    op.drop_column("speakers", "named_by_user")
