"""Stories (comparison sets), their articles, and the statements aligned across them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from desktop.core.model import Flag, FlagKind, Relation, Statement, StatementMember
from desktop.errors import NotFoundError, UserError
from desktop.storage.models import (
    StatementMemberRow,
    StatementRow,
    Story,
    StoryArticle,
)
from desktop.storage.records import StoryRow
from desktop.storage.speaker_repository import SpeakerRepository


class StoryRepository:
    """Reads and writes stories inside one session (one transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def list_rows(self) -> list[StoryRow]:
        """Every story with its article ids, by name."""
        # Members in one extra query, not one per story.
        query = select(Story).options(selectinload(Story.members)).order_by(Story.name, Story.id)
        return [_row(story) for story in self._session.scalars(query)]

    def row(self, story_id: int) -> StoryRow:
        return _row(self._get(story_id))

    def find(self, name_or_id: str) -> StoryRow:
        """A story by exact name, then case-insensitive name, then numeric id."""
        text = name_or_id.strip()
        story = self._session.scalars(select(Story).where(Story.name == text)).first()
        if story is None:
            # Case-fold in Python: SQLite's lower() folds ASCII only, PostgreSQL's all
            # scripts; the list of stories is short.
            wanted = text.casefold()
            names = self._session.execute(select(Story.id, Story.name).order_by(Story.id))
            match = next((sid for sid, name in names if name.casefold() == wanted), None)
            story = self._session.get(Story, match) if match is not None else None
        if story is None and text.lstrip("#").isdigit():
            story = self._session.get(Story, int(text.lstrip("#")))
        if story is None:
            raise NotFoundError(f'There is no story named "{name_or_id}".')
        return _row(story)

    def create(self, name: str, article_ids: Sequence[int]) -> int:
        name = _story_name(name)
        if self._session.scalars(select(Story.id).where(Story.name == name)).first():
            raise UserError(f'A story named "{name}" already exists.')
        story = Story(name=name, created_at=datetime.now(UTC))
        self._session.add(story)
        self._session.flush()
        self.add_articles(story.id, article_ids)
        return story.id

    def add_articles(self, story_id: int, article_ids: Sequence[int]) -> None:
        story = self._get(story_id)
        present = {member.article_id for member in story.members}
        position = max((member.position for member in story.members), default=-1) + 1
        for article_id in dict.fromkeys(article_ids):
            if article_id in present:
                continue
            story.members.append(StoryArticle(article_id=article_id, position=position))
            position += 1
        self._session.flush()

    def remove_articles(self, story_id: int, article_ids: Sequence[int]) -> None:
        story = self._get(story_id)
        doomed = set(article_ids)
        story.members[:] = [m for m in story.members if m.article_id not in doomed]
        self._session.flush()

    def rename(self, story_id: int, name: str) -> None:
        story = self._get(story_id)
        name = _story_name(name)
        clash = self._session.scalars(
            select(Story.id).where(Story.name == name, Story.id != story_id)
        ).first()
        if clash:
            raise UserError(f'A story named "{name}" already exists.')
        story.name = name

    def delete(self, story_id: int) -> None:
        self._session.delete(self._get(story_id))

    def exists(self, name: str) -> bool:
        return self._session.scalars(select(Story.id).where(Story.name == name)).first() is not None

    def replace_statements(
        self,
        story_id: int,
        statements: Sequence[Statement],
        quote_ids: Mapping[int, Sequence[int]],
        reported_ids: Mapping[int, Sequence[int]],
    ) -> None:
        """Store a story's statements, dropping the previous comparison's.

        `quote_ids[article_id][i]` is the database id of that article's i-th quote.
        """
        self._get(story_id)
        self._session.execute(delete(StatementRow).where(StatementRow.story_id == story_id))
        speakers = SpeakerRepository(self._session)
        for position, statement in enumerate(statements):
            speaker = speakers.resolve(statement.speaker)
            row = StatementRow(
                story_id=story_id,
                position=position,
                speaker_id=speaker.id if speaker is not None else None,
                speaker_name=statement.speaker[:300] if statement.speaker else None,
                reference_member=statement.reference,
                reference_text=statement.reference_text,
            )
            for index, member in enumerate(statement.members):
                row.members.append(_member_row(index, member, quote_ids, reported_ids))
            self._session.add(row)
        self._session.flush()

    def statements(
        self,
        story_id: int,
        quote_ids: Mapping[int, Sequence[int]],
        reported_ids: Mapping[int, Sequence[int]],
    ) -> tuple[Statement, ...]:
        """The stored statements of a story, as core objects (indices, not ids)."""
        quote_index = {qid: i for ids in quote_ids.values() for i, qid in enumerate(ids)}
        reported_index = {rid: i for ids in reported_ids.values() for i, rid in enumerate(ids)}
        query = (
            select(StatementRow)
            .where(StatementRow.story_id == story_id)
            .options(selectinload(StatementRow.members))
        )
        result = []
        for row in self._session.scalars(query.order_by(StatementRow.position)):
            members = tuple(
                StatementMember(
                    article=member.article_id,
                    quote=quote_index.get(member.quote_id) if member.quote_id else None,
                    relation=_relation(member.relation),
                    similarity=member.similarity,
                    reported=reported_index.get(member.reported_id) if member.reported_id else None,
                    flags=tuple(_flag(item) for item in member.flags or ()),
                )
                for member in row.members
            )
            result.append(
                Statement(
                    speaker=row.speaker_name,
                    members=members,
                    reference=row.reference_member,
                    reference_text=row.reference_text,
                )
            )
        return tuple(result)

    def _get(self, story_id: int) -> Story:
        story = self._session.get(Story, story_id)
        if story is None:
            raise NotFoundError(f"There is no story #{story_id}.")
        return story


def _story_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if len(cleaned) > 300:
        raise UserError("A story name can have at most 300 characters.")
    if not cleaned:
        raise UserError("A story needs a name.")
    return cleaned


def _row(story: Story) -> StoryRow:
    return StoryRow(
        id=story.id,
        name=story.name,
        article_ids=tuple(member.article_id for member in story.members),
    )


def _member_row(
    index: int,
    member: StatementMember,
    quote_ids: Mapping[int, Sequence[int]],
    reported_ids: Mapping[int, Sequence[int]],
) -> StatementMemberRow:
    quote_id = quote_ids[member.article][member.quote] if member.quote is not None else None
    reported_id = (
        reported_ids[member.article][member.reported] if member.reported is not None else None
    )
    return StatementMemberRow(
        position=index,
        article_id=member.article,
        quote_id=quote_id,
        reported_id=reported_id,
        relation=member.relation,
        similarity=float(member.similarity),
        flags=[{"kind": flag.kind, "detail": flag.detail} for flag in member.flags],
    )


def _relation(value: str) -> Relation:
    return cast(Relation, value)


def _flag(item: dict[str, object]) -> Flag:
    return Flag(kind=cast(FlagKind, str(item["kind"])), detail=str(item.get("detail", "")))
