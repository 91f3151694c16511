"""Speakers and their aliases: one row per person, whatever name an outlet used."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from desktop.core.speakers import canonical_speakers, speaker_key
from desktop.errors import NotFoundError, UserError
from desktop.storage.models import (
    QuoteCorrection,
    QuoteRow,
    ReportedSpeechRow,
    Speaker,
    SpeakerAlias,
    StatementRow,
)
from desktop.storage.records import SpeakerRow


@dataclass(frozen=True)
class SpeakerOverview:
    """A speaker as the Speakers panel lists them: names, quotes and articles."""

    id: int
    name: str
    aliases: tuple[str, ...]
    quotes: int
    articles: int
    named_by_user: bool = False


def _clean(name: str) -> str:
    return " ".join(name.split())[:300]  # the column limit, which PostgreSQL enforces


class SpeakerRepository:
    """Finds or creates the speaker behind a name, merging aliases by `speaker_key`."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._resolved: dict[str, Speaker] = {}  # per unit of work: one lookup per name

    def resolve(self, name: str | None) -> Speaker | None:
        """The speaker for `name` (created on first sight); None for no name."""
        return self.resolve_many([name]).get(name or "")

    def resolve_many(self, names: Iterable[str | None]) -> dict[str, Speaker]:
        """The speaker behind each name (created on first sight), keyed by the name given.

        Names sharing a `speaker_key` (a surname) are one person unless their first names
        disagree ("Ilse Marrow" vs "Peter Marrow"); `canonical_speakers` decides. Two
        queries serve a whole article, and nothing is flushed until every name is known:
        per-name lookups and flushes were most of an import's cost.
        """
        cleaned = {name: _clean(name) for name in dict.fromkeys(names) if name and _clean(name)}
        todo = [c for c in dict.fromkeys(cleaned.values()) if c not in self._resolved]
        if todo:
            with self._session.no_autoflush:
                self._resolve_new(todo)
            self._session.flush()
        return {name: self._resolved[c] for name, c in cleaned.items()}

    def _resolve_new(self, names: list[str]) -> None:
        keys = {name: (speaker_key(name) or name.casefold())[:300] for name in names}
        # One query for every alias that could matter, as plain rows; the speakers they
        # name in a second. (Loading alias objects with their speakers' alias lists
        # cost more than the rest of storing an article.)
        rows = self._session.execute(
            select(SpeakerAlias.id, SpeakerAlias.name, SpeakerAlias.key, SpeakerAlias.speaker_id)
            .where(or_(SpeakerAlias.name.in_(names), SpeakerAlias.key.in_(set(keys.values()))))
            .order_by(SpeakerAlias.id)
        ).all()
        ids = {row.speaker_id for row in rows}
        query = select(Speaker).where(Speaker.id.in_(ids))
        speakers = {speaker.id: speaker for speaker in self._session.scalars(query)} if ids else {}
        # An exact alias wins (the oldest one): it keeps the user's merges and splits.
        exact: dict[str, Speaker] = {}
        for row in rows:  # by alias id
            if row.name in keys:
                exact.setdefault(row.name, speakers[row.speaker_id])
        by_key: dict[str, list[tuple[str, Speaker]]] = {key: [] for key in keys.values()}
        alias_names: dict[int, set[str]] = {}  # by id(speaker)
        for row in sorted(rows, key=lambda r: (r.speaker_id, r.id)):
            speaker = speakers[row.speaker_id]
            if row.key in by_key:
                by_key[row.key].append((row.name, speaker))
            alias_names.setdefault(id(speaker), set()).add(row.name)
        for name in names:  # in the article's order: a later name finds an earlier one's alias
            key = keys[name]
            found = exact.get(name) or self._same_person(name, by_key[key])
            if found is None:
                found = Speaker(name=name)
                self._session.add(found)
            speaker = found
            known = alias_names.setdefault(id(speaker), set())
            if name not in known:
                known.add(name)
                self._session.add(SpeakerAlias(name=name, key=key, speaker=speaker))
                by_key[key].append((name, speaker))
            self._resolved[name] = speaker

    def _same_person(self, cleaned: str, aliases: list[tuple[str, Speaker]]) -> Speaker | None:
        # Compare with every alias sharing the key, not just display names: a speaker the
        # user merged ("Ivo Brask" into "Rosa Tellan") still catches "Brask" later.
        if not aliases:
            return None
        mapping = canonical_speakers([alias for alias, _ in aliases] + [cleaned])
        person = mapping.get(cleaned, cleaned)
        for alias, speaker in aliases:
            if mapping.get(alias, alias) == person:
                if not speaker.named_by_user and mapping.get(speaker.name) == person:
                    # Keep the fullest spelling as the display name, unless the user chose one.
                    speaker.name = person
                return speaker
        return None

    def names(self) -> dict[int, str]:
        """Every speaker's display name by id."""
        rows = self._session.execute(select(Speaker.id, Speaker.name))
        return {speaker_id: name for speaker_id, name in rows}

    def list_rows(self) -> list[SpeakerRow]:
        """Every speaker with their aliases and how many quotes they have, by name."""
        return [
            SpeakerRow(id=o.id, name=o.name, aliases=o.aliases, quotes=o.quotes)
            for o in self.overview()
        ]

    def overview(self) -> list[SpeakerOverview]:
        """Every speaker with aliases, quote and article counts, by name."""
        counts = {
            speaker_id: (quotes, articles)
            for speaker_id, quotes, articles in self._session.execute(
                select(
                    QuoteRow.speaker_id,
                    func.count(QuoteRow.id),
                    func.count(func.distinct(QuoteRow.article_id)),
                ).group_by(QuoteRow.speaker_id)
            )
        }
        speakers = self._with_aliases()
        return [
            SpeakerOverview(
                id=speaker.id,
                name=speaker.name,
                aliases=tuple(sorted(alias.name for alias in speaker.aliases)),
                quotes=counts.get(speaker.id, (0, 0))[0],
                articles=counts.get(speaker.id, (0, 0))[1],
                named_by_user=speaker.named_by_user,
            )
            for speaker in speakers
        ]

    def get(self, speaker_id: int) -> Speaker:
        """A speaker by id. Raises NotFoundError."""
        return self._get(speaker_id)

    def rename(self, speaker_id: int, name: str) -> None:
        cleaned = _clean(name)
        if not cleaned:
            raise UserError("A speaker needs a name.")
        speaker = self._get(speaker_id)
        speaker.name = cleaned
        speaker.named_by_user = True
        if cleaned not in {alias.name for alias in speaker.aliases}:
            key = (speaker_key(cleaned) or cleaned.casefold())[:300]
            speaker.aliases.append(SpeakerAlias(name=cleaned, key=key))

    def merge(self, into_id: int, other_ids: Sequence[int], *, name: str | None = None) -> None:
        """Make several speakers one: quotes, aliases and statements move to `into_id`.

        The aliases move too, so a later import or re-extraction that names any of them
        lands on the merged person. `name` is the display name the user chose, if any.
        """
        target = self._get(into_id)
        names = {alias.name for alias in target.aliases}
        for other_id in dict.fromkeys(other_ids):
            if other_id == into_id:
                continue
            other = self._get(other_id)
            for alias in list(other.aliases):
                if alias.name not in names:
                    names.add(alias.name)
                    target.aliases.append(SpeakerAlias(name=alias.name, key=alias.key))
            self._repoint([other_id], into_id)
            self._session.delete(other)
        self._session.flush()
        if name is not None and _clean(name):
            self.rename(into_id, name)
            self._session.flush()

    def split(self, speaker_id: int, alias_name: str) -> int:
        """Give one alias its own speaker (with the quotes written under that name)."""
        speaker = self._get(speaker_id)
        alias = next((a for a in speaker.aliases if a.name == alias_name), None)
        if alias is None:
            raise NotFoundError(f'{speaker.name} has no alias "{alias_name}".')
        if len(speaker.aliases) == 1:
            raise UserError(f'"{alias_name}" is the only name of this speaker.')
        new = Speaker(name=alias_name)
        self._session.add(new)
        speaker.aliases.remove(alias)
        new.aliases.append(SpeakerAlias(name=alias.name, key=alias.key))
        self._session.flush()
        for table in (QuoteRow, ReportedSpeechRow):
            self._session.execute(
                update(table)
                .where(table.speaker_id == speaker_id, table.speaker_written == alias_name)
                .values(speaker_id=new.id)
            )
        if speaker.name == alias_name:
            speaker.name = max((a.name for a in speaker.aliases), key=len)
        return new.id

    def _repoint(self, old_ids: Sequence[int], new_id: int) -> None:
        for table in (QuoteRow, ReportedSpeechRow, StatementRow, QuoteCorrection):
            self._session.execute(
                update(table).where(table.speaker_id.in_(list(old_ids))).values(speaker_id=new_id)
            )

    def _with_aliases(self) -> list[Speaker]:
        """Every speaker by name, aliases loaded in one extra query (not one per speaker)."""
        query = select(Speaker).options(selectinload(Speaker.aliases))
        return list(self._session.scalars(query.order_by(Speaker.name, Speaker.id)))

    def _get(self, speaker_id: int) -> Speaker:
        speaker = self._session.get(Speaker, speaker_id)
        if speaker is None:
            raise NotFoundError(f"There is no speaker #{speaker_id}.")
        return speaker
