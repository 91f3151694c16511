"""Where the user was in a story's comparison, so comparing it again keeps their place."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.model import Comparison, Statement
from desktop.ui.statement_model import member_text, reference_text


@dataclass(frozen=True)
class StoryPlace:
    """The selected statement (by its words, not its row) and the speaker filter."""

    story_id: int
    reference: str | None
    member_keys: frozenset[tuple[int, str]]
    speaker: str | None


def statement_keys(comparison: Comparison, statement: Statement) -> frozenset[tuple[int, str]]:
    """(article, words) of every version: survives renumbering after a correction."""
    by_key = {article.key: article for article in comparison.articles}
    keys = set()
    for member in statement.members:
        article = by_key.get(member.article)
        words = member_text(article, member) if article is not None else ""
        if words:
            keys.add((member.article, " ".join(words.split())))
    return frozenset(keys)


def place_of(
    story_id: int, comparison: Comparison, statement: int | None, speaker: str | None
) -> StoryPlace:
    """The place to come back to after `comparison` is replaced by a fresh one."""
    if statement is None or not 0 <= statement < len(comparison.statements):
        return StoryPlace(story_id, None, frozenset(), speaker)
    chosen = comparison.statements[statement]
    reference = " ".join(reference_text(comparison, chosen).split())
    return StoryPlace(story_id, reference, statement_keys(comparison, chosen), speaker)


def find_statement(comparison: Comparison, place: StoryPlace) -> int | None:
    """The statement of the new comparison that is the one the user had selected.

    Same reference wording first; else the statement sharing most quoted versions
    (a speaker correction can change the reference but not what each outlet printed).
    """
    if place.reference is None:
        return None
    for index, statement in enumerate(comparison.statements):
        if " ".join(reference_text(comparison, statement).split()) == place.reference:
            return index
    best, best_shared = None, 0
    for index, statement in enumerate(comparison.statements):
        shared = len(statement_keys(comparison, statement) & place.member_keys)
        if shared > best_shared:
            best, best_shared = index, shared
    return best
