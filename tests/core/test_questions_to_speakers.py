"""A question put to someone is the asker's, not theirs; a voice left unnamed on a
recording is nobody named; a body's name with "Star" in it keeps its first words."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes if q.kind == "quote"]


@pytest.mark.parametrize("asked", ["was asked directly:", "was asked:", "was then asked,"])
def test_a_question_put_to_a_named_player_is_the_unnamed_askers(asked: str) -> None:
    text = (
        f"After her second-round win, Sofia Barranco {asked} “Do you believe her, after all "
        "this?” “I want to believe her,” Barranco said."
    )
    assert speakers(text) == [None, "Sofia Barranco"]


def test_a_man_heard_shouting_on_a_video_is_nobody_named() -> None:
    text = (
        "The captain, Henrik Solberg, made an announcement. “We are asking all guests to "
        "remain in their staterooms,” Solberg said in the recording. In the same video, a man "
        "can be heard shouting from a balcony, “Why weren't we told on Tuesday?”"
    )
    assert speakers(text) == ["Henrik Solberg", None]


def test_a_company_spokesperson_speaks_for_a_company_with_star_in_its_name() -> None:
    text = (
        "The captain, Henrik Solberg, made an announcement on Friday. Meridian Star Cruises "
        "said in a statement on Sunday that the ship had been disinfected. “The health and "
        "safety of our guests and crew is always our highest priority,” a company "
        "spokesperson said in the statement."
    )
    assert speakers(text) == ["Meridian Star Cruises"]


def test_the_answer_to_an_unnamed_reporters_question_is_the_one_questioned() -> None:
    # "Reporters pressed him …. “…?” a journalist asked. “…,” he said.": the prime minister
    text = (
        "Prime Minister Duarte Valadares reshuffled his cabinet on Tuesday. “The government "
        "needs fresh energy for a new stage,” Valadares said at a news conference. Reporters "
        "pressed him on the fate of the outgoing finance minister. “Did you fire Helena "
        "Sarmento?” a journalist asked. “No one was dismissed,” he said."
    )
    assert speakers(text) == ["Duarte Valadares", None, "Duarte Valadares"]


def test_the_answer_to_a_question_put_to_someone_named_is_theirs() -> None:
    text = (
        "Chief Executive Bernadette Vos told reporters that the problems were technological. "
        "“Our crews did everything right,” Vos said. One reporter asked Vos, “Will you "
        "resign?” “No,” she said, “my job is to fix this.”"
    )
    assert speakers(text) == ["Bernadette Vos", None, "Bernadette Vos"]


@pytest.mark.parametrize("asked", ["her", "Renwick"])
def test_an_uncued_answer_is_theirs_whom_the_question_was_put_to(asked: str) -> None:
    text = (
        "Dr Fiona Renwick leads the union branch. When the ballot result was announced, "
        'Renwick said: "Nobody wants to strike." Ninety-one percent of members backed strike '
        f'action. "Will you put the latest offer to members?" we asked {asked} at the main '
        'gate. "Not this offer. Not while there are 180 names on a list."'
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Fiona Renwick", None, "Fiona Renwick"]


def test_a_question_he_was_asked_is_nobodys_and_he_answers_it() -> None:
    text = (
        "Maddox went looking for his opposite number, Rhys Tregarth, at the final whistle, "
        "but the Welshman was in no mood for pleasantries. ‘I’m not allowed to talk about "
        "the referee, so I won’t,’ he said. ‘Was it a penalty?’ he was asked. ‘You’ve got "
        "eyes. Everyone in the ground has got eyes.’"
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Rhys Tregarth", None, "Rhys Tregarth"]


@pytest.mark.parametrize("turn", ["Farrow followed up.", "Farrow chimed in."])
def test_an_analyst_following_up_asks_the_next_question(turn: str) -> None:
    text = (
        "Analysts zeroed in on the bill. “Is there a number at which you stop?” asked Siobhan "
        "Farrow of Greyhaven Securities. “There isn’t a number,” Renata Solberg said. “So if "
        f"the threshold isn’t met, you’d cut?” {turn}"
    )
    assert speakers(text) == ["Siobhan Farrow", "Renata Solberg", "Siobhan Farrow"]


def test_asked_after_a_paragraph_about_players_is_the_manager_answering() -> None:
    # "Then Wilk let a tame Reece Okafor shot squirm …, and Okafor added a third. Asked if
    # the Pole would keep his place, he said: ‘…’": the manager, who was answering
    text = (
        "‘In the first half we were a team,’ said Valadas, the Town manager. Then Tomas "
        "Wilko, 31, let a tame Reece Okoro shot squirm through his gloves, and Okoro added a "
        "third late on. Asked if the Pole would keep his place, he said: ‘Tomas is a human "
        "being, and human beings make mistakes.’"
    )
    assert [q.speaker for q in find_quotes(text).quotes][-1] == "Valadas"


def test_asked_after_a_sentence_about_one_man_is_that_man() -> None:
    text = (
        "‘We were poor,’ said Valadas, the Town manager. Dean Shorrow, the Rovers captain, "
        "faced the media afterwards. Asked about the mood in the dressing room, he said: "
        "‘We know we let people down today.’"
    )
    assert [q.speaker for q in find_quotes(text).quotes][-1] == "Dean Shorrow"


@pytest.mark.parametrize(
    "question",
    [
        "A reporter asked him whether he would resign.",
        "One journalist pressed him on the cost of the new bridge.",
        "The host asked him about his father.",
    ],
)
def test_the_answer_after_an_unnamed_asker_questioned_him_is_his(question: str) -> None:
    text = (
        "Mayor Duarte Valadares faced the press on Friday. Councillor Helena Sarmento left "
        f"early. {question} “I have done nothing wrong, and I will stay,” he said."
    )
    assert speakers(text) == ["Duarte Valadares"]


def test_an_exchange_in_paragraphs_alternates_turns_without_cues() -> None:
    text = (
        "Sen. Amos Prentiss spent the hearing questioning Idris Vell, the nominee to run "
        "the Coastal Power Board.\n\n"
        "“Last year you called offshore wind a fantasy. Do you still think so?” Prentiss "
        "asked.\n\n"
        "“Senator, I said that about one project, in a very different—” Vell began.\n\n"
        "“So is it still a fantasy to you?”\n\n"
        "“I think we need every kind of power we can get,” Vell said. “All of it.”"
    )
    assert speakers(text) == [
        "Amos Prentiss",
        "Idris Vell",
        "Amos Prentiss",
        "Idris Vell",
        "Idris Vell",
    ]


def test_a_reply_after_a_question_of_two_sentences_in_one_paragraph() -> None:
    text = (
        "Host Tamsin Reddle sat down with Councillor Orrin Batey on Monday.\n\n"
        "Reddle got straight to it. “Are you standing for mayor or not?” she asked.\n\n"
        "“I am nearer than I was,” Batey said. “Leave it there.”\n\n"
        "“Nearer meaning yes?”\n\n"
        "“Nearer meaning nearer, Tamsin.”"
    )
    assert speakers(text) == [
        "Tamsin Reddle",
        "Orrin Batey",
        "Orrin Batey",
        "Tamsin Reddle",
        "Orrin Batey",
    ]


def test_one_speaker_going_on_in_a_new_paragraph_is_not_a_new_turn() -> None:
    text = (
        "Mayor Ines Carrow answered questions from Dara Fenn of the Weald Post.\n\n"
        "“Will the pool reopen this summer?” Fenn asked.\n\n"
        "“It will,” Carrow said. “We have the money now.”\n\n"
        "“And the library is next. That is a promise.”"
    )
    assert speakers(text) == ["Dara Fenn", "Ines Carrow", "Ines Carrow", "Ines Carrow"]
