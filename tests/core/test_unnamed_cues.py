"""Quotes whose cue names nobody ("an officer shouts", "officers announced") have no speaker."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes

SCENE = (
    "Police found the suspect, Karl Dunmore, in a motel room after a long search.\n\n"
    "The footage shows officers running up the stairs.\n\n"
)


def test_an_officer_shouts_or_orders_names_nobody() -> None:
    text = (
        SCENE + "“Open the door, we are coming in!” an officer shouts.\n\n"
        "Police used a ram to force the door.\n\n"
        "“Show me your hands right now!” an officer ordered."
    )
    quotes = find_quotes(text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [
        (None, "an officer shouts"),
        (None, "an officer ordered"),
    ]


def test_officers_announcing_are_not_the_suspect_named_before() -> None:
    text = (
        SCENE
        + "Dunmore came out.\n\n“Suspect in hand, suspect in hand!” officers announced on radio."
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (None, "officers announced")


def test_a_polls_share_of_people_is_nobody_named() -> None:
    text = (
        "President Hal Brandt tied himself to the outcome. A new Courier poll shows support "
        "for removal. Fifty-one percent say that “President Brandt acted wrongly and "
        "ought to be removed from office.”"
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (None, "Fifty-one percent say")


def test_pr_aides_are_unnamed_people_not_a_body_called_pr() -> None:
    text = (
        "Prince Edvin gave an interview at the weekend.\n\n"
        "“It was an articulated lorry crash,” former royal PR aides said."
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (None, "former royal PR aides said")


def test_a_compound_adjective_is_nobody_a_quote_could_go_to() -> None:
    text = (
        "The state's new slogan drew a North Varnia-sized share of attention on Monday.\n\n"
        "Just what is this priceless slogan?\n\n“Drugs. We’re on it.”\n\nYes, that's it."
    )
    assert find_quotes(text).quotes[0].speaker is None


def test_directives_from_someone_make_the_quoted_order_theirs() -> None:
    text = (
        "On Monday, the Tarn Daily, the mouthpiece of the ruling party, warned that there "
        "is “not an inch of room for compromise”.\n\n"
        "The resolve is also a response to repression under Orla Venn. As papers leaked to "
        "the Courier have shown, the mass detention began with directives from Venn to “show "
        "absolutely no mercy” to the protest leaders."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Tarn Daily", "Orla Venn"]


def test_a_verb_opening_the_sentence_before_a_place_makes_no_person() -> None:
    text = (
        "Enter South Dakota to raise the stakes. The state's new slogan got plenty of "
        "notice on Monday.\n\nWhat is the slogan?\n\n“Drugs. We sort them out.”"
    )
    assert find_quotes(text).quotes[0].speaker is None


def test_a_passer_by_after_a_short_opening_is_the_he_who_speaks_next() -> None:
    text = (
        "Fire chief Marcus Tillery said crews were stretched thin. Outside, a man loading two "
        "goats into a borrowed trailer, who declined to give his name, said the warnings had "
        "been years in coming. “They told us this could happen every summer,” he said."
    )
    assert find_quotes(text).quotes[0].speaker is None


def test_a_he_after_some_supporters_is_the_one_named_before_them() -> None:
    text = (
        "Ray Dunaway conceded just before midnight. “We will be watching,” he said. The crowd "
        "roared. Some supporters wiped away tears, prompting Dunaway to tell them: “Don’t you "
        "dare hang your heads.” “This movement didn’t start with me,” he said to a standing "
        "ovation."
    )
    assert find_quotes(text).quotes[-1].speaker == "Ray Dunaway"


_NOMINEE_HEARING = (
    "Judge Carla Merrin, President Tom Ridley's pick for attorney general, declined on "
    "Tuesday to make promises to senators.\n\n"
    "“Will you promise this committee that you will stay independent?” Sen. Dana Whitlock "
    "asked.\n\n“Senator, I don't answer hypotheticals,” Merrin replied.\n\n"
    "“That is not a hypothetical,” Whitlock shot back.\n\n"
)


def test_the_presidents_pick_is_the_nominee() -> None:
    # "X, President Y's pick for attorney general,": "the nominee said" is X
    text = _NOMINEE_HEARING + "“No one is above the law,” the nominee said."
    assert find_quotes(text).quotes[-1].speaker == "Carla Merrin"


def test_she_after_the_nominee_as_subject_is_the_nominee() -> None:
    text = _NOMINEE_HEARING + "The nominee did not flinch. “No one is above the law,” she said."
    assert find_quotes(text).quotes[-1].speaker == "Carla Merrin"


def test_a_spokesman_for_a_countrys_delegation_speaks_for_the_delegation() -> None:
    # "a spokesman for the Corvanian delegation": the delegation, not "Corvanian" alone
    text = (
        "Climate talks resumed in Port Sabela on Monday. “Nobody is walking away from this "
        "table,” a spokesman for the Corvanian delegation said."
    )
    assert find_quotes(text).quotes[0].speaker == "Corvanian delegation"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        # an age between the subject and its verb keeps the cue
        ("the nurse, 34, said", None),
        ("the mayor, 61, said", "Dan Lowe"),
        # a name the unnamed speaker gave
        ("said a man who gave his name only as Tom", "Tom"),
    ],
)
def test_a_cue_after_the_quote_with_an_age_or_a_given_name(cue: str, speaker: str | None) -> None:
    text = f"Mayor Dan Lowe spoke first. “It came in like a wave, all at once,” {cue}."
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (speaker, cue)
