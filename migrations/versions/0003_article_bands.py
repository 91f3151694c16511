"""Near-duplicate screening keys per article, and an index on alias names: faster imports.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.core.near_duplicates import band_keys

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 200  # articles read at a time: a big library never sits in memory at once


def upgrade() -> None:
    bands = op.create_table(
        "article_bands",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_bands_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "band", name=op.f("pk_article_bands")),
    )
    op.create_index(op.f("ix_article_bands_band"), "article_bands", ["band"], unique=False)
    # Short bodies, which the keys cannot screen, are compared with bodies of their size.
    op.create_index(op.f("ix_articles_word_count"), "articles", ["word_count"], unique=False)
    # Every imported name is first looked up as an exact alias.
    op.create_index(op.f("ix_speaker_aliases_name"), "speaker_aliases", ["name"], unique=False)
    # Keys for the articles already stored (the same function the import uses).
    connection = op.get_bind()
    articles = sa.table("articles", sa.column("id", sa.Integer), sa.column("text", sa.Text))
    last_id = 0
    while True:
        rows = connection.execute(
            sa.select(articles.c.id, articles.c.text)
            .where(articles.c.id > last_id)
            .order_by(articles.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        values = [
            {"article_id": article_id, "band": key}
            for article_id, text in rows
            for key in band_keys(text or "")
        ]
        if values:
            op.bulk_insert(bands, values)
        last_id = rows[-1][0]


def downgrade() -> None:
    op.drop_index(op.f("ix_articles_word_count"), table_name="articles")
    op.drop_index(op.f("ix_speaker_aliases_name"), table_name="speaker_aliases")
    op.drop_index(op.f("ix_article_bands_band"), table_name="article_bands")
    op.drop_table("article_bands")
