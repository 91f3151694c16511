"""Joint speakers: two named people writing or speaking as one."""

from __future__ import annotations

import pytest

from desktop.core.model import Quote
from desktop.core.quotes import find_quotes


def quotes_of(text: str) -> list[Quote]:
    return list(find_quotes(text).quotes)


def test_a_body_describing_the_pair_does_not_replace_it() -> None:
    text = (
        "The ferry plan drew fire from the coast this week.\n\n"
        "Sens. Orla Finnegan and Tobias Marek, both Westmark Democrats, sent the minister "
        "a warning on Friday.\n\n"
        "“The harbour towns cannot take another season of closures,” they said."
    )
    assert quotes_of(text)[0].speaker == "Orla Finnegan and Tobias Marek"


def test_co_signers_along_with_the_pair_leave_the_pair_as_writers() -> None:
    text = (
        "Reps. Pella Quist and Anders Holm — along with a dozen Ridge State Republicans — "
        "signed a Monday letter to the transport board.\n\n"
        "“The board has no plan for the winter crossings,” the lawmakers wrote."
    )
    assert quotes_of(text)[0].speaker == "Pella Quist and Anders Holm"


def test_the_letter_of_a_pair_is_theirs() -> None:
    text = (
        "Ferry crews are short again.\n\n"
        "Westmark Reps. Pella Quist and Anders Holm signed on to a Monday letter sent to "
        "Transport Minister Ida Berg, warning that the cuts would end in chaos.\n\n"
        "“Ferry crews are already stretched beyond what is safe,” the letter continues."
    )
    assert quotes_of(text)[0].speaker == "Pella Quist and Anders Holm"


def test_a_third_party_named_with_and_still_counts_as_its_own_body() -> None:
    text = (
        "Reps. Pella Quist and Anders Holm, and forty Ridge State Republicans, signed a "
        "letter to the board.\n\n"
        "“We will not wait for the spring,” the Republicans wrote."
    )
    assert quotes_of(text)[0].speaker.endswith("Republicans")  # the third party, not the pair


def test_an_uncredited_dated_photo_caption_does_not_interrupt_the_letter() -> None:
    text = (
        "Reps. Pella Quist and Anders Holm signed a Monday letter to the transport board.\n\n"
        "“Ferry crews are already stretched beyond what is safe,” the lawmakers wrote. "
        "Commuters wait at the Tarn Ferry Terminal to board the last boat in Tarn, Westmark, "
        "on Friday, March 4, 2022. "
        "“If the board cuts the night crossings now, whole towns will be cut off.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Pella Quist and Anders Holm"] * 2


def test_a_dated_sentence_that_reports_speech_is_no_caption() -> None:
    text = (
        "Reps. Pella Quist and Anders Holm signed a Monday letter to the transport board.\n\n"
        "“Ferry crews are already stretched beyond what is safe,” the lawmakers wrote. "
        "Harbour master Ilse Dorn said on Friday, March 4, 2022, in Tarn, Westmark. "
        "“Whole towns will be cut off.”"
    )
    assert quotes_of(text)[-1].speaker == "Ilse Dorn"


def test_a_letter_said_to_be_drafted_by_two_people_is_theirs() -> None:
    text = (
        "A group of 12 Democrats and 9 Republicans in the Senate signed a letter on Tuesday.\n\n"
        "Islanders “rely on the night ferries more than anyone” in rural Westmark, said "
        "the letter, drafted by Senators Orla B. Finnegan of Eastmoor, the No. 2 Senate "
        "Democrat, and Tobias K. Marek, Republican of Ridgefield."
    )
    assert quotes_of(text)[0].speaker == "Orla B. Finnegan and Tobias K. Marek"


def test_the_phrase_that_ends_the_quoted_sentence_is_not_its_speaker() -> None:
    text = (
        "Islanders “rely on the night ferries more than anyone” in rural Westmark, said "
        "Mayor Ilse Dorn."
    )
    assert quotes_of(text)[0].speaker == "Ilse Dorn"


def test_a_list_of_leaders_with_their_countries_speaks_as_one() -> None:
    text = (
        "President Karl Lee met his neighbours on Monday.\n\n"
        "Lee and Presidents Ana Ruiz of Norland, Tom Berg of Ostmark, and Eva Lind of "
        "Sudmark issued a statement that reiterated “our firm support for the ferry treaty and "
        "to safe crossings for all.” They “all agreed that a joint effort is needed now,” "
        "they said."
    )
    everyone = "Karl Lee, Ana Ruiz, Tom Berg and Eva Lind"
    assert [q.speaker for q in quotes_of(text)] == [everyone, everyone]


def test_two_people_with_their_places_speak_as_a_pair() -> None:
    text = (
        "Ana Ruiz of Norland and Tom Berg of Ostmark said in a joint statement: “We will "
        "keep the ferry running all winter.”"
    )
    assert quotes_of(text)[0].speaker == "Ana Ruiz and Tom Berg"


def test_a_place_opening_the_sentence_is_not_one_of_the_list() -> None:
    text = (
        "In Norland, Ana Ruiz and Tom Berg said they would keep the ferry running: “No "
        "crossing will close this winter.”\n\n"
        "On Monday, Ana Ruiz said: “We will keep the ferry running all winter.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ana Ruiz and Tom Berg", "Ana Ruiz"]


def test_the_statement_said_is_whoever_issued_it_in_a_joint_statement() -> None:
    text = (
        "Mayor Ilse Varga ordered the valley cleared on Monday.\n\n"
        "In a joint statement, Varga, Chief Tomas Redcliff of the Kell River Nation and "
        "regional board chair Olive Marsh asked residents to stay away. “Every car that goes "
        "back in is a car a fire truck has to get around,” the statement said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ilse Varga, Tomas Redcliff and Olive Marsh"]


def test_a_joint_list_may_give_its_last_person_a_lower_case_role() -> None:
    text = (
        "Mayor Ilse Varga ordered the valley cleared on Monday.\n\n"
        "In a joint statement, Varga, Kell River Nation Chief Tomas Redcliff and regional "
        "board chair Olive Marsh said: “Please stay out of the valley until we say so.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ilse Varga, Tomas Redcliff and Olive Marsh"]


def test_a_person_and_their_counterpart_named_in_apposition_speak_together() -> None:
    text = (
        "Interior Minister Teodric Balan closed the crossing on Monday.\n\n"
        "‘Our common frontier is not up for negotiation,’ Mr Balan and his Ostrian "
        "counterpart, Ivo Rask, said in a joint statement."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Teodric Balan and Ivo Rask"]


def test_a_surname_that_reads_like_an_adverb_still_names_one_of_a_pair() -> None:
    text = (
        "Senator Walt Ebberly has pressed the ferry board for a year.\n\n"
        "In a letter on Tuesday, Ebberly and Senator Marisol Tadeo urged the board to "
        "“close every loophole before the winter crossings begin.”"
    )
    assert quotes_of(text)[0].speaker == "Walt Ebberly and Marisol Tadeo"


def test_the_two_of_any_kind_are_the_pair_named_before() -> None:
    text = (
        "Two governors of the harbour board, Priya Castellane and Miles Oduya, voted against "
        "the fare rise.\n\n"
        "In a joint statement, Castellane and Oduya argued that the board was late.\n\n"
        "“Waiting for certainty is itself a decision, and we believe it is the wrong one,” "
        "the two governors wrote."
    )
    assert quotes_of(text)[0].speaker == "Priya Castellane and Miles Oduya"


def test_two_surnames_joined_by_and_are_the_pair_the_two_senators_mean() -> None:
    text = (
        "Senator Howard Gresham spoke first. Senator Lydia Arkwright followed.\n\n"
        "Gresham and Arkwright, who rarely agree on anything, said afterward that they would "
        "draft a ferry bill together. In a joint statement, the two senators said: “Private "
        "means private. It is time the law said so plainly.”"
    )
    assert quotes_of(text)[0].speaker == "Howard Gresham and Lydia Arkwright"


def test_a_participle_after_a_pair_of_surnames_is_the_pairs_words() -> None:
    text = (
        "Sen. Garrett Pell (R-Idaho) spoke first. Sen. Joanne Rudd (R-Mont.) argued that the "
        "bill would burden ferry owners.\n\n"
        "Pell and Rudd had circulated a letter last week calling the bill “a de facto federal "
        "boat registry,” a claim its sponsors call false."
    )
    assert quotes_of(text)[0].speaker == "Garrett Pell and Joanne Rudd"


def test_a_pair_whose_second_name_carries_a_long_title_is_the_pair() -> None:
    text = (
        "Gov. Rosalind Achter vetoed the ferry bill on Friday.\n\n"
        "Within the hour, Assembly Speaker Darnell Okon and Senate Majority Leader Priscilla "
        "Vantongeren released a joint statement.\n\n"
        "“The governor had months to negotiate and chose a veto instead,” the two Democrats "
        "said."
    )
    assert quotes_of(text)[0].speaker == "Darnell Okon and Priscilla Vantongeren"


def test_two_bodies_named_together_are_what_the_two_unions_means() -> None:
    text = (
        "The walkout was called by the Ferry Crew Alliance and the Deck Staff Union after "
        "members rejected the offer.\n\n"
        "In a joint statement, the two unions said: “We regret the disruption to passengers, "
        "but management has left us no alternative.”"
    )
    assert quotes_of(text)[0].speaker == "Ferry Crew Alliance and Deck Staff Union"


def test_bodies_given_as_examples_of_a_coalition_are_not_its_voice() -> None:
    text = (
        "The Harbour League and 27 other groups on Thursday warned the council.\n\n"
        "The groups, which included the Ferry Crew Alliance and the Deck Staff Union, made "
        "their case in a letter. “We write to make clear how much the crossing matters,” "
        "they wrote."
    )
    assert quotes_of(text)[0].speaker != "Ferry Crew Alliance and Deck Staff Union"


def test_three_people_listed_together_are_what_they_and_the_senators_mean() -> None:
    text = (
        "Three state senators, Alicia Fontaine, Omar Reddick and Tess Halloway, had tried to "
        "head off the ferry vote with a letter last week.\n\n"
        "“This policy invites years of costly litigation,” the senators wrote.\n\n"
        "Three council members, Ray Kinnear, Sofia Banes and Dwight Amsel, had asked the "
        "mayor to reconsider. “We urge you to delay the fares until December,” they wrote."
    )
    assert [q.speaker for q in quotes_of(text)] == [
        "Alicia Fontaine, Omar Reddick and Tess Halloway",
        "Ray Kinnear, Sofia Banes and Dwight Amsel",
    ]


def test_a_cue_that_names_one_of_a_list_speaks_for_the_whole_list() -> None:
    text = (
        "The ferry law had its defenders. “The Legislature spoke clearly. We ask the court to "
        "let that voice be heard,” wrote Sens. Gil Paddock, Marjorie Sill and Devin Orr.\n\n"
        "State Sens. Gil Paddock, Marjorie Sill and Devin Orr, all Republicans, had urged the "
        "judge in a letter to “let that voice be heard.”\n\n"
        "Devin Orr later said: “We will appeal this ruling.”"
    )
    listed = "Gil Paddock, Marjorie Sill and Devin Orr"
    assert [q.speaker for q in quotes_of(text)] == [listed, listed, "Devin Orr"]


def test_the_two_ministers_are_the_two_who_spoke_last() -> None:
    # named one after the other, never listed together: the joint statement is both of theirs
    text = (
        "“We came to stop the shelling,” Kastravan Foreign Minister Idris Belhane told "
        "reporters. His counterpart, Tomasz Reyvik, struck a sombre note. “Our people have "
        "buried too many sons,” Reyvik said. In a joint statement, the two ministers said the "
        "truce would be watched by “an unarmed observer mission under neutral command.” “Both "
        "parties commit to refrain from any offensive action,” the statement said."
    )
    assert [q.speaker for q in quotes_of(text)][2:] == [
        "Idris Belhane and Tomasz Reyvik",
        "Idris Belhane and Tomasz Reyvik",
    ]


def test_the_couple_is_the_pair_named_before() -> None:
    text = (
        "Isla's parents Alan and Ruth Pemberton run the village shop. Mrs Pemberton said the "
        "family had been overwhelmed. “People come in just to shake her hand,” she said. "
        "“We thought it would last a week,” the couple said, laughing."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ruth Pemberton", "Alan and Ruth Pemberton"]


@pytest.mark.parametrize("cue", ["it said", "the statement said"])
def test_a_statement_read_on_behalf_of_people_is_theirs(cue: str) -> None:
    # the detective only reads it; "it" and "the statement" are the parents' words
    text = (
        "Detective Sergeant Owen Pryce read a statement on behalf of Eleanor’s parents, Graham "
        f"and Lucy Fisk. “Eleanor was our only daughter and the light of our lives,” {cue}."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Graham and Lucy Fisk"]


def test_reading_a_statement_on_behalf_of_someone_gives_it_to_them() -> None:
    text = (
        "Detective Sergeant Owen Pryce read a statement on behalf of Eleanor’s parents, Graham "
        "and Lucy Fisk: “Eleanor was our only daughter and the light of our lives.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Graham and Lucy Fisk"]


def test_a_pair_after_a_plural_title_speaks_together() -> None:
    text = (
        "Police reported no arrests. Council members Ruth Ebberly and Marcus Fennick, both "
        "Democrats, issued a joint statement demanding that the footage be made public "
        "“within days, not months,” adding: “Transparency delayed is transparency denied.”"
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Ruth Ebberly and Marcus Fennick"] * 2


def test_a_pair_joined_through_a_role_speaks_as_the_pair() -> None:
    text = (
        "Sean Kilbane was sacked on Monday. Kilbane and his assistant Paul Dunmoor, who has "
        "also left the club, released a joint statement on Tuesday afternoon. “We gave "
        "everything to this club,” the pair said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Sean Kilbane and Paul Dunmoor"]


def test_a_surname_and_a_titled_colleague_are_the_pair_the_cue_counts() -> None:
    text = (
        "Sen. Gloria Amundsen (D-Ill.) called the ruling “a gift to every politician.” "
        "Amundsen and Sen. Peter Lindahl (D-Minn.) said in a joint statement that they would "
        "reintroduce the bill. “No American should have to choose between a day’s wages and "
        "a ballot,” the two senators said. Republicans cheered the decision."
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "quote"] == [
        "Gloria Amundsen and Peter Lindahl"
    ]


def test_a_state_and_the_other_states_with_it_speak_together() -> None:
    # not the attorney general who spoke before, nor the one state named
    text = (
        "Attorney General Maura Kell argued that the law was plainly unconstitutional.\n\n"
        "Westland and 19 other Republican - led states filed a brief in support of Norland , "
        "arguing that the ruling “ threatens to expose every State in the Union to a suit . ”"
    )
    assert quotes_of(text)[0].speaker == "Westland and 19 other Republican-led states"


@pytest.mark.parametrize(
    "sentence",
    [
        "Westland and 19 other states said in a brief that the ruling “threatens to expose "
        "every State in the Union to a suit.”",
        "“The ruling threatens to expose every State in the Union to a suit,” Westland and 19 "
        "other states said in a brief.",
    ],
)
def test_states_counted_with_the_one_named_are_not_the_verb_states(sentence: str) -> None:
    text = "Attorney General Maura Kell argued that the law was unconstitutional.\n\n" + sentence
    assert quotes_of(text)[0].speaker == "Westland and 19 other states"


def test_two_people_each_given_a_party_are_still_a_pair() -> None:
    text = (
        "Ana Pell, a Democrat, and Ray Kinnear, a Republican, rarely agree. But on Tuesday "
        "they spoke with one voice.\n\n“This town deserves better,” they said in a joint "
        "statement."
    )
    assert quotes_of(text)[0].speaker == "Ana Pell and Ray Kinnear"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        (
            "Sen. Orla Finnegan, D-Ohio, and Sen. Tobias Marek, R-Texas, said:",
            "Orla Finnegan and Tobias Marek",
        ),
        (
            "Sen. Orla Finnegan, D-Ohio, Sen. Ada Brisk, D-Iowa, and Sen. Tobias Marek, "
            "R-Texas, said:",
            "Orla Finnegan, Ada Brisk and Tobias Marek",
        ),
        ("Sen. Orla Finnegan, D-Ohio, said:", "Orla Finnegan"),
    ],
)
def test_party_tags_between_the_names_of_a_list_keep_it_one_list(cue: str, speaker: str) -> None:
    text = f"The Senate voted 51-49 on Thursday. {cue} “This is a victory for working families.”"
    assert [q.speaker for q in quotes_of(text)] == [speaker]


def test_the_two_after_a_meeting_are_the_two_who_met() -> None:
    # neither has spoken yet: the sentence that names them both is where the pair is
    text = (
        "Harbour workers walked out on Monday. Mayor Orla Finnegan met union leader Tobias "
        "Marek on Friday. “We will work together to reopen the docks,” the two leaders said "
        "in a joint statement."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Orla Finnegan and Tobias Marek"]


@pytest.mark.parametrize("cue", ["both women said", "they both said", "the pair said"])
def test_both_are_the_two_who_just_spoke(cue: str) -> None:
    text = (
        "Mayor Tom Reyes spoke first. Ana Pell said the train “just kept going.” Kim Ode said "
        f"there was “smoke everywhere.”\n\n“We were lucky to walk away from that,” {cue}."
    )
    assert [q.speaker for q in quotes_of(text)][-1] == "Ana Pell and Kim Ode"


@pytest.mark.parametrize(
    "pair",
    ["Sen. Ana Pell and Sen. Dan Lowe", "Mayor Ana Pell and Councillor Dan Lowe"],
)
def test_a_titled_pair_signing_a_letter_is_its_joint_speaker(pair: str) -> None:
    text = f"{pair} signed a letter calling the cuts “a betrayal of every veteran in the state.”"
    assert [q.speaker for q in quotes_of(text)] == ["Ana Pell and Dan Lowe"]


def test_a_couple_introduced_by_what_they_are_is_the_two_of_them() -> None:
    text = (
        "Parents Callum and Jodie Varrow have thanked hospital staff after their twins went "
        "home.\n\n“We can never repay what the team did,” the couple said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Callum Varrow and Jodie Varrow"]


def test_a_wife_given_by_first_name_takes_her_husbands_surname() -> None:
    text = (
        "Roland Ashby and his wife, Bettina, stood together outside the court.\n\n"
        "“We waited three years for this day,” the couple said. Bettina said later she had "
        "watched the jury. “I kept my eyes on them,” Bettina said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [
        "Roland Ashby and Bettina Ashby",
        "Bettina Ashby",
    ]


def test_sisters_by_first_name_share_the_surname_after_the_pair() -> None:
    text = (
        "The sisters Maelle and Bryony Quint have played folk music together for years.\n\n"
        "“Me,” said Maelle, who is older by fourteen months. “Her,” Bryony agreed."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Maelle Quint", "Bryony Quint"]
