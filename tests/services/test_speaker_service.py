"""Speakers as the user sees them: aliases merged on import, merge and split by hand."""

from __future__ import annotations

from desktop.services.importing import import_text
from desktop.services.library import get_article
from desktop.services.speakers import list_speakers, merge_speakers, split_speaker
from desktop.storage.database import Database


def _paste(db: Database, title: str, text: str) -> int:
    (outcome,) = import_text(db, text, is_html=False, title=title, outlet="Test Radio").outcomes
    assert outcome.article_id is not None, outcome.message
    return outcome.article_id


def test_aliases_merge_on_import_and_the_user_can_merge_and_split(db: Database) -> None:
    first = _paste(db, "Dam", "“The dam holds,” Mayor Rosa Tellan said on Friday.")
    second = _paste(db, "Dam again", "“The water is falling,” Tellan said after the meeting.")
    third = _paste(db, "Council", "“We will pay for the repairs,” the treasurer, Ivo Brask, said.")

    speakers = {row.name: row for row in list_speakers(db)}
    assert set(speakers) == {"Rosa Tellan", "Ivo Brask"}
    assert speakers["Rosa Tellan"].aliases == ("Rosa Tellan", "Tellan")
    assert speakers["Rosa Tellan"].quotes == 2

    merge_speakers(db, speakers["Rosa Tellan"].id, [speakers["Ivo Brask"].id])
    (merged,) = list_speakers(db)
    assert merged.quotes == 3
    assert get_article(db, third).quotes[0].speaker == "Rosa Tellan"

    new_id = split_speaker(db, merged.id, "Ivo Brask")
    assert get_article(db, third).quotes[0].speaker == "Ivo Brask"
    assert get_article(db, first).quotes[0].speaker == "Rosa Tellan"
    # A later article naming the split-off person keeps going to them.
    fourth = _paste(db, "Budget", "“The budget is tight,” Ivo Brask said.")
    assert get_article(db, fourth).quotes[0].speaker == "Ivo Brask"
    assert {row.id for row in list_speakers(db)} == {merged.id, new_id}
    assert get_article(db, second).quotes[0].speaker == "Rosa Tellan"


def test_a_joint_statement_does_not_swallow_one_of_its_speakers(db: Database) -> None:
    _paste(
        db,
        "Joint",
        "Councillors Garrett Pell and Joanne Rudd wrote to the mayor on Monday. "
        "“The ferry cannot stop in winter,” Pell and Rudd wrote.",
    )
    alone = _paste(db, "Rudd", "“I will vote against the timetable,” Joanne Rudd said.")
    speakers = {row.name: row for row in list_speakers(db)}
    assert "Joanne Rudd" in speakers and speakers["Joanne Rudd"].quotes == 1
    assert get_article(db, alone).quotes[0].speaker == "Joanne Rudd"
