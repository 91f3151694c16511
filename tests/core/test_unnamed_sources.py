"""A source phrase naming nobody ("in the words of the patient", "According to the man,")
gives the quote no speaker, rather than a doctor named earlier."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes

CASE = (
    "For the case report, doctors Ann Roe and Ivo Marr of the Dalby Infirmary described "
    "a man of 43 who went to his doctor after three tired months.\n\n"
)


def test_in_the_words_of_the_patient_names_nobody() -> None:
    text = CASE + (
        "That winter was the hardest part, in the words of the patient: “By the tenth "
        "week I could not climb the stairs to my flat.”"
    )
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (None, "in the words of the patient")


def test_according_to_the_man_names_nobody() -> None:
    text = CASE + "According to the man, the steroids “changed everything within a few days.”"
    quote = find_quotes(text).quotes[0]
    assert (quote.speaker, quote.cue) == (None, "According to the man")


def test_in_the_words_of_a_named_person_is_theirs() -> None:
    text = (
        "Mayor Ann Roe opened the new bridge on Friday.\n\n"
        "In the words of Roe: “This bridge joins two towns that never talked.”"
    )
    assert find_quotes(text).quotes[0].speaker == "Ann Roe"


def test_a_user_called_by_a_handle_is_that_handle() -> None:
    text = (
        "Players were furious. On the forum, a user called tidewatcher wrote: “Lost three "
        "hours to a storm I had no chance of seeing.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["tidewatcher"]


def test_someone_unnamed_in_a_town_is_not_the_town() -> None:
    text = (
        "Ferry fares rose again on Friday.\n\n"
        "“Nobody on my boat expected a cut, and nobody got one,” said a deckhand in Calder "
        "City, who asked not to be named."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.speaker is None


def test_someone_unnamed_described_by_a_clause_is_the_source_not_the_last_speaker() -> None:
    text = (
        "Ilse Varga, the harbour master, spoke on Sunday. “We will not guess at the cause,” she "
        "said.\n\n"
        "The pier was packed with passengers. “It sounded like thunder at first, and then "
        "everybody was running,” said a woman who was selling tickets near the gate. “I hid "
        "behind the kiosk with two children I had never met.”"
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Ilse Varga", None, None]


def test_one_of_them_left_unnamed_is_whom_the_next_he_means() -> None:
    text = (
        "Ferry spokesman Gilbert Anand said: “The timetable is stable and the board will keep "
        "working.”\n\n"
        "Outside, a handful of commuters waited. One of them, a retired welder from Harwick, "
        "Ostria, who declined to give his name, said the new fares had cut his costs. “It ran "
        "late twice in October. It has not been late since,” he said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Gilbert Anand", None]


def test_the_town_an_unnamed_woman_came_from_is_not_who_spoke() -> None:
    text = (
        "Rep. Kyle Brandvold warmed up the crowd: “He is a fighter who never forgot where he "
        "came from.” A woman in a red jacket who said she had driven in from Corbin Mills told "
        "a reporter she had come for the ferry. “I care about my grandchildren’s town.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Kyle Brandvold", None]


def test_an_unnamed_passenger_named_by_first_name_and_age_is_that_person() -> None:
    text = (
        "Queues snaked towards the gates at Vellport.\n\n"
        "Another passenger, Tobin, 29, said he would drive to Haslow instead. “It’s two hours "
        "each way, but at least the bags get loaded there,” he said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Tobin"]


def test_an_unnamed_man_who_does_not_speak_leaves_he_to_the_speaker() -> None:
    text = (
        "Police Chief Rhys Tennant spoke outside the station on Tuesday.\n\n"
        "A man was shot near the ferry pier late on Monday. “We are still looking for the "
        "driver of a grey van,” he said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Rhys Tennant"]


def test_the_noun_for_someone_introduced_unnamed_stays_unnamed() -> None:
    text = (
        "The ferry company’s chief executive, Adrian Kessel, testified on Monday.\n\n"
        "A former company engineer who worked on the booking system, and who spoke on "
        "condition of anonymity, said the fault had been known for a year. “Everyone on the "
        "team knew. We joked about it in the canteen,” the engineer said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [None]


@pytest.mark.parametrize(
    "cue",
    [
        "A source close to Brandt told the Courier: “{q}.”",
        "Sources close to Brandt said: “{q}.”",
        "“{q},” a senior source close to the MP said.",
        "People familiar with Brandt’s thinking said: “{q}.”",
        "Those close to Brandt said: “{q}.”",
        "An aide to Brandt said: “{q}.”",
    ],
)
def test_someone_unnamed_close_to_a_person_is_not_that_person(cue: str) -> None:
    # an anonymous source near Brandt is not Brandt: crediting him would put words in his
    # mouth that another outlet may quote as his own
    text = "Tory MP Thomas Brandt was suspended on Monday.\n\n" + cue.format(
        q="He is devastated and he feels betrayed by the party"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [None]


def test_a_spokesman_for_a_person_still_speaks_for_him() -> None:
    text = (
        "Tory MP Thomas Brandt was suspended on Monday.\n\n"
        "A spokesman for Brandt said: “He denies every allegation made against him.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Thomas Brandt"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The House voted on Tuesday.", None),
        ("The House voted on Tuesday. The White House had lobbied for it.", "White House"),
        (
            "The House voted on Tuesday. The Marlow administration had lobbied.",
            "Marlow administration",
        ),
    ],
)
def test_an_administration_official_speaks_for_the_administration_named(
    lead: str, speaker: str | None
) -> None:
    # never for the chamber that happens to be the body in focus
    text = (
        f"{lead}\n\nA senior administration official told reporters: “We are deeply disappointed.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize("cue", ["one said", "said one", "another said"])
def test_one_of_a_group_left_unnamed_is_nobody(cue: str) -> None:
    # never the envoy named in the sentence before the unnamed diplomats
    text = (
        "The spokeswoman, Sanne Oduya, said Velmora was “flexible on the how” but “not "
        "flexible on the what”. "
        "Halvard Ostrem, the envoy, said a ceasefire was “a promise, not a peace”. Diplomats "
        "from several delegations, speaking on condition of anonymity, said the talks had "
        f"nearly foundered on Wednesday night. “At 2am we were packing our bags,” {cue}."
    )
    assert [q.speaker for q in find_quotes(text).quotes][-2:] == ["Halvard Ostrem", None]


def test_a_spokesman_for_the_club_speaks_for_the_club_named_before() -> None:
    text = (
        "Corran City beat Vale Rovers on Saturday. “We are reviewing everything this week,” a "
        "spokesman for the club said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Corran City"]


def test_a_user_from_a_town_named_by_first_name_only_is_the_she_that_follows() -> None:
    text = (
        "“We are seeing kids who cannot sleep,” Dr. Helen Marsh said. A 16-year-old Spindle "
        "user from Lake Arden, Maya, who asked that her last name not be used, said she had "
        "turned bedtime mode off the same night. “Everybody knows how to turn it off,” she said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Helen Marsh", "Maya"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "A Harbour Board official, speaking on condition of anonymity, said the plan was "
            "“dead on arrival, and everybody knows it.”",
            "Harbour Board",
        ),
        (
            "Officials at the Department of Health said the outbreak was “under control and "
            "shrinking by the day.”",
            "Department of Health",
        ),
    ],
)
def test_unnamed_staff_of_a_named_body_speak_for_it(sentence: str, body: str) -> None:
    # not the mayor who spoke before, and not nobody
    text = "Mayor Ana Lindqvist spoke first at the harbour on Monday.\n\n" + sentence
    assert find_quotes(text).quotes[0].speaker == body


def test_an_unnamed_official_with_an_aside_after_the_quote_speaks_for_the_body() -> None:
    # the verb comes after the aside; the mayor named before is not the speaker
    text = (
        "Mayor Ana Lindqvist spoke first at the harbour on Monday.\n\n“The plan is dead on "
        "arrival, and everybody knows it,” a Harbour Board official, speaking on condition "
        "of anonymity, said."
    )
    quote = find_quotes(text).quotes[0]
    assert quote.speaker == "Harbour Board"
    assert quote.cue is not None and quote.cue.endswith("said")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the platform a fan posted on is no speaker
        ("Mayor Ana Pell spoke first. “I had tickets for three shows,” wrote one fan on X.", None),
        ("Mayor Ana Pell spoke first. “I had tickets for three shows,” said one fan on X.", None),
        # an office named by a role in lower case: the office, never the mayor in focus
        (
            "Mayor Ana Pell said the decision was painful.\n\nA spokesperson for the county "
            "engineer’s office confirmed the findings.\n\n“The cracks in the main span have "
            "doubled since March,” the spokesperson said.",
            "Office of the County Engineer",
        ),
        (
            "Mayor Ana Pell spoke first. “We had no choice,” a spokesperson for the county "
            "sheriff’s office said.",
            "Office of the County Sheriff",
        ),
    ],
)
def test_an_unnamed_source_is_not_the_person_in_focus(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text).quotes][-1] == speaker


def test_the_cue_of_someone_unnamed_is_the_verb_after_the_aside() -> None:
    text = CASE + (
        "Another nurse on the ward, who asked not to be named, said: “We cannot go on like "
        "this for much longer.”"
    )
    (quote,) = find_quotes(text).quotes
    assert (quote.speaker, quote.verb) == (None, "said")
    assert quote.cue == "Another nurse on the ward, who asked not to be named, said"


@pytest.mark.parametrize(
    "who",
    [
        "a woman in the crowd with her two children",
        "one of the engineers on the project team",
    ],
)
def test_someone_unnamed_described_at_length_is_not_the_person_in_focus(who: str) -> None:
    text = (
        "Mayor Ann Roe opened the bridge on Friday. “It is a great day for the whole town,” "
        f"said {who}."
    )
    (quote,) = find_quotes(text).quotes
    assert (quote.speaker, quote.verb) == (None, "said")


def test_an_interview_question_set_as_q_is_nobody_named() -> None:
    text = (
        "Mayor Ann Roe sat down with us on Monday to talk about the bridge.\n\n"
        "Q: “Will you run again next year?”\n\n"
        "A: “I have not made up my mind, and I will not until the budget is done.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [None, "Ann Roe"]


def test_the_unnamed_one_a_story_opens_on_is_the_one_it_names_next() -> None:
    text = (
        "A ferry hand who told police he was ‘just a deckhand’ has been jailed for four "
        "years.\n\nOrrin Vale, 22, of Quay Lane, Dalby, admitted smuggling at Dalby Crown "
        "Court.\n\nProsecuting, Ana Lindqvist said officers found the cash under his bed."
    )
    assert find_quotes(text).quotes[0].speaker == "Orrin Vale"


def test_an_unnamed_one_who_spoke_later_in_a_story_stays_unnamed() -> None:
    text = (
        "Orrin Vale ran the Dalby ferry for years.\n\nA ferry hand who told police he was "
        "‘just a deckhand’ was released without charge. Ana Lindqvist, 40, was not."
    )
    assert find_quotes(text).quotes[0].speaker is None
