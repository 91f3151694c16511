"""A relative named only by kin ("his father told Starner that “…”") is the speaker: not
the listener, and nobody named unless the article named that relative."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes

QUOTE = "“the only way I know he is alive is because he cashes my checks.”"


def test_an_unnamed_father_telling_someone_is_not_the_listener() -> None:
    for subject in ("his father", "Ford’s late father"):
        text = f"Jana Stoll lives in Indiana. At some point, {subject} told Stoll that {QUOTE}"
        quote = find_quotes(text).quotes[0]
        assert (quote.speaker, quote.cue) == (None, f"{subject} told Stoll")


def test_mr_and_mrs_are_the_parents_not_their_child() -> None:
    text = (
        "Sue and Dave Ferriday were woken at 2.15am by their son Josh Ferriday, nine.\n\n"
        "‘He came back up and said the carpet was squelching,’ Mrs Ferriday said. ‘We "
        "thought he was dreaming. Then we heard the fridge go over.’\n\n"
        "Her husband, a postman, spent the night carrying neighbours upstairs. ‘You just do "
        "it, don’t you?’ Mr Ferriday said. ‘You don’t think about it until afterwards, and "
        "then your legs go.’"
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Sue Ferriday", "Sue Ferriday", "Dave Ferriday", "Dave Ferriday"]


def test_his_wife_by_first_name_is_mrs_and_the_son_is_the_younger() -> None:
    text = (
        "Robert Kessler, a retired teacher, slipped on wet rock on the descent.\n\n"
        "“I kept telling myself, you are not dying on a Scottish hill,” Mr Kessler said.\n\n"
        "His wife, Linda, who had stayed behind at the cottage, raised the alarm.\n\n"
        "“I have never been so angry at a man and so glad to see him,” Mrs Kessler said.\n\n"
        "The couple’s son, Jamie Kessler, 32, flew overnight from Colorado. “Dad’s been "
        "hiking since before I was born,” the younger Kessler said."
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Robert Kessler", "Linda Kessler", "Jamie Kessler"]


def test_the_unnamed_husband_of_someone_named_in_full_is_not_her() -> None:
    text = (
        "Mayor Tom Reyes spoke first. Ana Pell’s husband said: “She has not slept in three "
        "days since the flood.”"
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (None, "Ana Pell’s husband said")


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [("said her son Tom", "Tom"), ("said her son Tom Marsh, 62", "Tom Marsh")],
)
def test_a_relative_named_after_an_inverted_cue_is_the_speaker(cue: str, speaker: str) -> None:
    text = (
        "Edna Marsh, who ran the village shop for 40 years, died on Sunday. “She was the "
        f"strongest person I ever knew,” {cue}."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role with no comma before its holder
        (
            "Brightline Foods cut 300 jobs on Monday. “We had no choice at all,” said its "
            "founder Rosa Marsh.",
            "Rosa Marsh",
        ),
        # the side's role, held by the one the article gave it
        (
            "Tarn captain Tom Marsh scored twice. The team still lost. “We were not good "
            "enough today,” said their captain.",
            "Tom Marsh",
        ),
        # his lawyer, her mother: someone else, unnamed, never the person in focus
        ("Tom Marsh was charged on Monday. “My client is innocent,” said his lawyer.", None),
        ("Rosa Marsh spoke at the vigil. “She was a light to us all,” said her mother.", None),
    ],
)
def test_an_inverted_cue_with_an_owners_role_is_the_roles_holder(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in find_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [("said both", "Rosa Marsh and Tom Lind"), ("said one of them, Rosa Marsh", "Rosa Marsh")],
)
def test_an_inverted_cue_naming_one_or_both_of_a_pair(cue: str, speaker: str) -> None:
    text = (
        "Rosa Marsh and Tom Lind have run the village bakery since 1990. “We have never "
        f"closed a single day, not even for the flood,” {cue}."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    "tribute",
    [
        "“He never missed a tide,” said his family in a statement.",
        "His family said in a statement: “He never missed a tide.”",
    ],
)
def test_his_family_after_the_quote_or_opening_the_sentence_is_the_family(tribute: str) -> None:
    # (not the man they speak of, and not nobody: "His family" opens its own sentence)
    text = "Orrin Vale, who ran the Dalby ferry until he retired, has died.\n\n" + tribute
    assert find_quotes(text).quotes[0].speaker == "Vale family"


def test_the_family_named_by_whose_family_it_is() -> None:
    text = (
        "The family of Marcus Dell, the 19-year-old killed in a crash last month, said on "
        "Monday that it would sue the city. “Marcus was a son and a brother,” the family said."
    )
    assert find_quotes(text).quotes[0].speaker == "Dell family"


def test_a_couple_named_after_their_plural_trade_is_the_two_of_them() -> None:
    text = (
        "Actors Fenella Rourke and Jasper Quill have announced their separation. “After much "
        "reflection, we have decided to part ways,” the couple said in a joint statement."
    )
    assert find_quotes(text).quotes[0].speaker == "Fenella Rourke and Jasper Quill"


def test_a_partner_with_a_trade_between_commas_makes_a_pair_that_speaks() -> None:
    text = (
        "Bus driver Declan Moran and his partner, nurse Tríona Keogh, bought the winning "
        "ticket.\n\nIn a joint statement, they said: ‘We’re still in shock.’"
    )
    assert find_quotes(text).quotes[0].speaker == "Declan Moran and Tríona Keogh"


def test_the_family_is_the_family_the_story_named_by_its_surname() -> None:
    text = (
        "After a jury convicted a care worker of neglecting their father, the Varga family "
        "released a statement.\n\n“Our father could not speak for himself at the end,” the "
        "family said.\n\nTheir lawyer, Milo Tarrant, said a civil suit would follow."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Varga family"]


def test_a_family_owned_by_a_first_name_is_that_persons_family() -> None:
    text = (
        "Police searching for 15-year-old Niamh Castellow have confirmed she has been found "
        "safe.\n\nNiamh’s family said in a statement: “Thank you to everyone who shared the "
        "appeal.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Castellow family"]


def test_the_elder_of_a_surname_is_the_father_the_article_names() -> None:
    text = (
        "Two brothers, Tomas Varek and Andrej Varek, lead rival factions of the party. "
        "“My brother has been in parliament for 18 years,” Andrej Varek said. The brothers’ "
        "father, Oleg Varek, founded the party in 1991. Reached at home, the elder Varek said "
        "only: “I have two sons.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Andrej Varek", "Oleg Varek"]


def test_a_statement_the_family_posted_is_the_familys_not_a_relative_quoted_before() -> None:
    text = (
        "Her brother, Darragh Mulvey, remembered the early days. “She used to practise in "
        "the bathroom,” Darragh said.\n\nThe Mulvey family later thanked the community in a "
        "statement posted online: “Ballyferrin, you did us proud.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Darragh Mulvey", "Mulvey family"]


def test_her_sister_is_the_one_woman_of_the_speakers_surname() -> None:
    # "“…,” her sister said" after "Mara Vallance and her sister Nina Vallance": Nina
    text = (
        "Mara Vallance, 29, and her sister Nina Vallance, 26, have made music together for "
        "years.\n\n“Nina writes the sad ones,” Mara Vallance said.\n\n"
        "“That is a gross simplification,” her sister said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Mara Vallance", "Nina Vallance"]


def test_the_elder_of_a_man_and_his_grandson_is_the_grandfather() -> None:
    # "the elder Henning didn’t hesitate. “…,” he said" after "his grandson, Tyler Henning"
    text = (
        "Walter Henning turned 100 on Saturday. The parade was organised by his grandson, "
        "Tyler Henning. “Grandpa still talks about that car,” Tyler said.\n\n"
        "Asked the secret to a long life, the elder Henning did not hesitate. “Mind your own "
        "business,” he said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Tyler Henning", "Walter Henning"]
