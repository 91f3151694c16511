"""Who a sentence is about: subjects, pronouns, places and names that are not people."""

from __future__ import annotations

import pytest

from desktop.core.mentions import find_mentions
from desktop.core.model import Quote
from desktop.core.quotes import find_quotes

INTRO = (
    "Norlandic Prime Minister Halvard Nessim met Ostrian President Mirela Vostrikova "
    "in Tarn on Monday.\n\n"
)


def quotes_of(text: str) -> list[Quote]:
    return list(find_quotes(text).quotes)


def test_a_name_modifying_officials_is_not_the_speaker() -> None:
    text = INTRO + (
        "Nessim officials defended the plan on Tuesday, calling it “the only deal on offer.”"
    )
    assert quotes_of(text)[0].speaker != "Halvard Nessim"


def test_a_first_name_tells_which_of_two_people_a_pronoun_means() -> None:
    text = (
        "Senator Nancy Hale met Governor Tom Brandt on Monday.\n\n"
        "Brandt told Hale the deal was off. “We will not move,” she replied.\n\n"
        "Hale told Brandt the talks would go on. “Then they go on without me,” he replied."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Nancy Hale"
    assert second.speaker == "Tom Brandt"


def test_states_and_countries_never_speak() -> None:
    text = (
        "Motel owner Lena Ortt felt abandoned when the pipeline was cancelled.\n\n"
        "The decision left people like Ortt, who runs a motel in Midland, South Dakota, "
        "angry. “We built rooms for workers who will never come,” she told reporters.\n\n"
        "Tom Brandt, a mechanic who splits his time between Montana and Florida, agreed. "
        "“There goes everything.”"
    )
    first, second = quotes_of(text)
    assert first.speaker == "Lena Ortt"
    assert second.speaker == "Tom Brandt"


def test_a_role_noun_opening_a_sentence_makes_its_holder_the_one_in_focus() -> None:
    text = (
        "President Tomas Brandt vetoed the fisheries bill on Friday. Senate leader Ola Pike "
        "said the chamber would override the veto.\n\n"
        "Pike said the bill protects every harbour. The president, however, said that the "
        "bill ignores the fleets. “It is bad policy and bad law,” he wrote."
    )
    assert quotes_of(text)[0].speaker == "Tomas Brandt"


def test_a_teacher_named_with_her_role_is_the_teacher() -> None:
    text = (
        "Teacher Ines Varro of the Vesk County, Norland School District is under review "
        "after a lesson. "
        "The teacher posted about it online, accusing critics of trying to “erase every "
        "story that is not their own.”"
    )
    assert quotes_of(text)[0].speaker == "Ines Varro"


def test_a_weekday_after_a_body_is_not_part_of_its_name() -> None:
    text = (
        "The Supreme Court Friday declined to hear the fishing case. "
        "“The petitioners then asked for an injunction,” the court said."
    )
    assert quotes_of(text)[0].speaker == "Supreme Court"


def test_a_people_named_in_the_plural_is_not_a_person() -> None:
    text = (
        "Student Ana Pirs says the grant matters to her family.\n\n"
        "Latinos have been hit hardest by the cuts. Latinos are angry, and Latinos vote. "
        "“That pays a full year of tuition,” she explains."
    )
    assert quotes_of(text)[0].speaker == "Ana Pirs"


def test_a_short_word_ending_a_sentence_does_not_join_the_next_name() -> None:
    text = "Historian Ines Marr studied the Long War. It shaped the coast for a century."
    names = [m.name for m in find_mentions(text, 0, len(text))]
    assert "Long War" in names
    assert not any("It" in name.split() for name in names)


def test_a_role_without_its_holder_is_not_a_body() -> None:
    text = (
        "The Harbour Workers Union blamed the ministry. The Attorney General denounced "
        "the attack. “We will keep every pier open,” the organization said in a statement."
    )
    assert quotes_of(text)[0].speaker == "Harbour Workers Union"


def test_he_never_means_a_lone_word_nobody_calls_he_or_she() -> None:
    text = (
        "Former governor Tom Brandt spoke in Vesk on Friday. Brandt said he would run again.\n\n"
        "The shooting in Marrow shocked the state. Marrow mourned for weeks, and Marrow "
        "still mourns. Marrow is a small town.\n\n"
        "“Lawmakers should vote immediately,” he declared."
    )
    assert quotes_of(text)[0].speaker == "Tom Brandt"


def test_a_participle_after_an_opening_clause_belongs_to_the_main_subject() -> None:
    text = INTRO + (
        "As Vostrikova and other Ostrian ministers kept attacking the plan, Nessim fired back, "
        "saying they “have no idea what they are talking about.”"
    )
    assert quotes_of(text)[0].speaker == "Halvard Nessim"


def test_a_shared_surname_followed_by_she_is_the_sister() -> None:
    text = (
        "Tomas Varro drowned in May. His sister, Ilse Varro, spoke at the harbour on Sunday. "
        "Tomas Varro had fished there for years, and Tomas Varro was loved.\n\n"
        "Varro said she feels stronger each day. “That is because I have been through so "
        "much this year,” she said."
    )
    assert quotes_of(text)[0].speaker == "Ilse Varro"


def test_a_pronoun_subject_keeps_the_focus_over_a_person_it_names() -> None:
    text = (
        "President Tomas Brandt spoke in Vesk for two hours on Saturday.\n\n"
        "In fact, during the rally, he never once mentioned Ines Marr or the harbour strike. "
        "His few words on the fleet held a claim that he had “done more for the fleet "
        "in four years than anyone in forty.”"
    )
    assert quotes_of(text)[0].speaker == "Tomas Brandt"


def test_a_capitalised_role_noun_opening_a_sentence_is_its_subject() -> None:
    text = (
        "President Tomas Brandt shared the video on Sunday.\n\n"
        "The President, who trails challenger Ines Marr in the polls, is following his old "
        "playbook. We saw it from his claim that the harbour was “full of thieves and liars.”"
    )
    assert quotes_of(text)[0].speaker == "Tomas Brandt"


def test_he_with_nobody_yet_a_subject_means_the_man_named_before() -> None:
    text = (
        "Kudos to Tom Brandt for using his fame well. Tom Brandt’s speech at the harbour "
        "was moving. His message: he and other fishermen are “fed up with empty promises.” "
        "“We need real quotas,” he said."
    )
    assert quotes_of(text)[1].speaker == "Tom Brandt"


def test_a_headline_in_title_case_is_not_a_person() -> None:
    text = "Protests Erupt Nationwide To Support Fishermen After Quota Vote"
    assert find_mentions(text, 0, len(text)) == []


def test_the_senator_is_the_one_titled_sen_and_he_goes_on() -> None:
    text = (
        "The talk shows were drawn to Sen. Tom Brell (R-Vesk) on Sunday, as he explained "
        "his opposition to the bill at the heart of President Ola Pike’s agenda. The Vesk "
        "senator came with plenty of reasons. He worried about debt. (“Do we need to spend "
        "another trillion right now?” he asked.)"
    )
    assert quotes_of(text)[0].speaker == "Tom Brell"


def test_criticism_from_someone_makes_them_the_one_who_speaks_next() -> None:
    text = INTRO + (
        "Nessim's plan drew sharp criticism from Vostrikova.\n\n"
        "“It is a betrayal of every fisherman on the coast.”"
    )
    assert quotes_of(text)[0].speaker == "Mirela Vostrikova"


def test_a_name_after_to_in_an_opening_phrase_is_not_the_subject() -> None:
    text = (
        "Hamish Dorr, 61, quit the trust on Thursday.\n\n"
        "In an email to developer Gideon Marl, the 61-year-old promised the prince “would be "
        "delighted to thank you in person”."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Hamish Dorr"]


def test_an_inserted_cue_is_not_said_by_the_person_it_interrupts() -> None:
    text = INTRO + (
        "“It is a betrayal,” Vostrikova said. Nessim, she added, “has never set foot on a "
        "trawler in his life.”"
    )
    assert quotes_of(text)[1].speaker == "Mirela Vostrikova"


def test_an_unnamed_relative_opening_a_sentence_speaks_for_nobody_named() -> None:
    text = (
        "Dr. Ines Varro performed the operation in Vesk. Attorney General Tom Brell "
        "threatened her license.\n\n"
        "The girl's mother told a local station that the media were lying. “Yes, but she is "
        "fine now,” she said. “Everything they say about him is a lie.”"
    )
    first, second = quotes_of(text)
    assert (first.speaker, second.speaker) == (None, None)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Kirra Vance lost her appeal. Her coach Tom Marchal told the hearing: “Kirra has "
            "never cut a corner.”\n\n"
            "Her brother told reporters the family had been through hell. “She has not slept "
            "since March,” he said.",
            "Tom Marchal",
        ),
        (
            "“Our first priority is the staff,” the partner in charge, Yusuf Bellamy, said.\n\n"
            "One former engineer, who asked not to be named because she is still owed wages, "
            "said both founders had been warned.\n\n"
            "“Everyone knew the default rate was climbing,” she said.",
            "Yusuf Bellamy",
        ),
    ],
)
def test_an_unnamed_subject_leaves_the_pronoun_after_it_unnamed(text: str, named: str) -> None:
    """ "Her brother told …", "One former engineer, who asked not to be named, …": the
    "he" or "she" after is that unnamed person, not the one named before."""
    assert [q.speaker for q in quotes_of(text)] == [named, None]


def test_a_she_after_her_unnamed_husband_is_still_the_woman_before() -> None:
    """Guard: a kin word's gender leaves a pronoun of the other gender to the one before."""
    text = (
        "Kaitlyn Moss, 31, runs the clinic in Vesk.\n\n"
        "Her husband told the paper he had prayed about it. “My husband's faith is not mine,” "
        "she said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Kaitlyn Moss"]


def test_a_lone_surname_opening_a_sentence_takes_the_focus_from_the_last_speaker() -> None:
    text = (
        "Berg opened the hearing and thanked Olsen for coming. "
        "“We will build the bridge this year,” Berg said.\n\n"
        "Olsen arrived late and sat down.\n\n"
        "“The money is not there yet,” he said."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Berg"
    assert second.speaker == "Olsen"


def test_an_appositive_subject_in_the_previous_sentence_is_who_he_means() -> None:
    text = (
        "Ruiz met Berg on Friday. “We talked for an hour and agreed on nothing,” Ruiz said.\n\n"
        "Berg, her rival, has not decided. “I need more time to think about it,” he said."
    )
    assert quotes_of(text)[1].speaker == "Berg"
    alone = "Ruiz met Berg on Friday. Berg, her rival, has not decided. “I need time,” he said."
    assert quotes_of(alone)[0].speaker == "Berg"


def test_a_capitalised_word_opening_a_sentence_is_not_a_person_in_focus() -> None:
    # An article that names people in full: a word capitalised only where a sentence
    # starts is no surname.
    text = (
        "Tomas Berg opened the hearing. “We will build the bridge this year,” Berg said.\n\n"
        "Driftwood piled up along the old quay.\n\n"
        "“Nobody can wait for the money,” he said."
    )
    assert quotes_of(text)[1].speaker == "Tomas Berg"


def test_in_an_article_of_bare_surnames_a_surname_opening_a_sentence_is_in_focus() -> None:
    text = (
        "Berg opened the meeting. “We will build the bridge this year,” Berg said.\n\n"
        "Olsen arrived late and sat down.\n\n“The money is not there yet,” he said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Berg", "Olsen"]


def test_a_pair_keeps_its_first_person_when_the_second_has_a_place() -> None:
    text = (
        "Harbour chair Ana Ruiz and Mayor Tom Berg of Vesk clashed on Monday.\n\n"
        "“The fee is fair and long overdue,” says Ruiz."
    )
    assert [m.name for m in find_mentions(text, 0, 70)][-2:] == ["Ana Ruiz", "Tom Berg"]
    assert quotes_of(text)[0].speaker == "Ana Ruiz"


def test_an_authority_is_a_body_a_pronoun_never_means() -> None:
    text = (
        "Ana Ruiz was re-elected on Monday. The Tarn Harbour Authority voted to approve the "
        "fee.\n\n“Every port on the coast charges this fee,” she said."
    )
    assert quotes_of(text)[0].speaker == "Ana Ruiz"


def test_a_pronoun_cue_tells_the_speakers_gender_for_later_pronouns() -> None:
    text = (
        "Orla Quist, the harbour master, has run the port for a decade. She opposes the fee.\n\n"
        "Bram Tolle, the mayor, supports it.\n\n"
        "“It is fair and overdue,” he said.\n\n"
        "“It will empty the harbour by spring,” she said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Bram Tolle", "Orla Quist"]


def test_a_name_in_an_opening_prepositional_phrase_is_not_the_subject() -> None:
    text = (
        "Senator Bram Tolle came with plenty of excuses. In a recent Vesk Courier profile, "
        "he described the bill as “a waste of every penny we have.”"
    )
    assert quotes_of(text)[0].speaker == "Bram Tolle"


def test_a_surname_with_an_honorific_is_a_person_even_if_it_reads_like_a_body() -> None:
    text = (
        "Jean Fox, a lawyer at the Vesk Health Trust, disagreed. “Those rules will not "
        "change,” Ms. Fox said. Ms. Fox later left the room. “I have said enough,” she said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Jean Fox", "Jean Fox"]


@pytest.mark.parametrize(
    "middle",
    [
        "Olsen, the union chief, disagreed.",
        "But Olsen, 58, was not convinced.",
        "Olsen shook his head.",
        "Olsen, who runs the dockers' union, disagreed.",
        "Union leader Olsen disagreed.",
    ],
)
def test_a_lone_surname_marked_as_a_person_takes_the_focus(middle: str) -> None:
    text = (
        "Berg opened the meeting. “We will build the bridge this year,” Berg said.\n\n"
        f"{middle}\n\n“The money is not there yet,” he said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Berg", "Olsen"]


def test_a_lone_appositive_subject_is_who_he_means_even_when_named_once() -> None:
    text = "Ruiz spoke first. Berg, her rival, has not decided. “I need more time,” he said."
    assert quotes_of(text)[0].speaker == "Berg"


def test_a_name_governed_through_a_role_is_not_the_subject() -> None:
    text = (
        "Mayor Bram Tolle spoke in Vesk on Friday. The harbour plan, drafted by his deputy "
        "Kai Lund and approved by Governor Ines Lamm, has drawn criticism.\n\n"
        "“We will not be moved,” he said."
    )
    assert quotes_of(text)[0].speaker == "Bram Tolle"


def test_tokenised_appositives_mark_a_lone_surname_as_a_person() -> None:
    text = (
        "Ruiz spoke first . Berg , the mayor , has not decided . "
        "“ I need more time to think about it , ” he said ."
    )
    assert quotes_of(text)[0].speaker == "Berg"


@pytest.mark.parametrize("lead", ["For", "To"])
def test_the_person_whose_view_opens_the_sentence_is_in_focus(lead: str) -> None:
    text = (
        "Fishers gathered in Vesk on Friday to protest the new harbour fee.\n\n"
        f"{lead} Kai Lund, a fisher from Vesk, the fee is the last straw. "
        "“We cannot pay this,” he said."
    )
    assert quotes_of(text)[0].speaker == "Kai Lund"


@pytest.mark.parametrize(
    ("wife", "pronoun", "speaker"),
    [("Mira", "she", "Mira"), ("Mira Lund", "he", "Kai Lund"), ("Mira Lund", "she", "Mira Lund")],
)
def test_a_relative_named_in_an_opening_appositive(wife: str, pronoun: str, speaker: str) -> None:
    text = (
        f"Kai Lund runs the only shop on the island. His wife, {wife}, runs the post office "
        f"next door.\n\n“Some weeks nobody comes in at all,” {pronoun} says."
    )
    assert quotes_of(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "middle",
    ["Brun agreed.", "Brun, whose party holds twelve seats, said she would vote no."],
)
def test_a_lone_surname_that_speaks_or_has_whose_is_a_person(middle: str) -> None:
    text = (
        "“People are tired of the fight,” Strand said. “They want it over.”\n\n"
        f"{middle}\n\n“We all want it over,” she said."
    )
    assert [q.speaker for q in quotes_of(text)][-1] == "Brun"


@pytest.mark.parametrize(
    "middle",
    [
        # a programme used as a modifier, mid-sentence and opening a sentence
        "The bill kept Tarncare expansion alive. Tarncare expansion helped nine towns.",
        # a town named only as a modifier, then as a sentence's subject
        "He blamed the Marlow gunman. Marlow is the actor's hometown.",
        # a plural that speaks is no one person
        "Lawmakers say the harbour fee is unfair to families.",
        # a relative in a biography leaves the focus where it was
        "His father, Rafael, a pastor, fled the island in 1957.",
    ],
)
def test_names_that_are_not_the_person_in_focus(middle: str) -> None:
    text = (
        "Senator Tomas Brandt spoke in Vesk on Friday. “We will fund the harbour,” Brandt "
        f"said.\n\n{middle}\n\n“Every town deserves a port,” he said."
    )
    assert [q.speaker for q in quotes_of(text)][-1] == "Tomas Brandt"


def test_an_all_capitals_article_is_read_in_linear_time() -> None:
    # A run of capitals after a name governed by a preposition ("FOR K-9 HANDLERS") used to
    # be split into list items in exponentially many ways when the gap did not match: the
    # import of such a page hung. (A guard against a hang, not a speed measurement.)
    import signal

    shouted = (
        "THE MAYOR’S PLAN ALSO CALLS FOR “FREE FERRIES” FOR K-9 HANDLERS, CUTTING THE NUMBER "
        "OF HARBOUR SAFETY AND CUSTOMS ADMINISTRATORS, “ADOPTING A SAILORS BILL OF RIGHTS” "
        "F«EATURING LONGER OPENING HOURS AT THE QUAY."
    )

    def hung(*_args: object) -> None:
        raise TimeoutError("quote finding did not finish in 10 s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        analysis = find_quotes(shouted)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert all(quote.speaker is None for quote in analysis.quotes)


def test_an_unnamed_witness_with_a_long_description_is_nobody_named() -> None:
    text = (
        "‘Corridor care has become normal,’ said Niamh O’Neill, a nurse who leads the union "
        "branch.\n\n"
        "A paramedic with 12 years’ service in the county, who asked not to be named, said "
        "crews had waited nine hours. ‘We are an extension of the corridor now,’ she said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Niamh O’Neill", None]


@pytest.mark.parametrize(
    "opening",
    [
        "Later, under questioning from Rep. Aisha Lowe, D-Mich., Banfield insisted",
        "Under questioning from Rep. Aisha Lowe, Banfield insisted",
    ],
)
def test_the_subject_after_an_opening_phrase_naming_a_titled_questioner(opening: str) -> None:
    text = (
        'Rep. Sharon Duval pressed Secretary Loretta Banfield. "That is a no, then," Duval '
        f"said. Documents show cuts. {opening} again that the money had been protected. "
        '"Not one dollar of that money was for vaccines," she said.'
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Sharon Duval", "Loretta Banfield"]


@pytest.mark.parametrize(
    "opening",
    [
        "Back at her apartment in Fernhill Park, Osei spent",
        "Outside Fernhill Park station, Osei spent",
        "Across Fernhill Park, Osei spent",
    ],
)
def test_the_subject_after_a_fronted_place_or_time(opening: str) -> None:
    # The capitalised words of a fronted place are no subject; the name after its comma is,
    # so the next "she said" is hers, not the speaker quoted just before.
    text = (
        "Mira Osei, 34, lost her job on Tuesday. Dana Kell, the finance chief, spoke on a "
        "call. “We are going to be careful with the money,” Kell said. "
        f"{opening} the afternoon answering messages from colleagues. "
        "“I’m not angry at the people who stayed,” she said in an interview."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Dana Kell", "Mira Osei"]


def test_colleagues_opening_a_sentence_are_nobody_he_can_mean() -> None:
    text = (
        "Desmond Pike, the singer, died on Sunday. He served for six years on the town "
        "council.\n\nColleagues remembered a man who was generous with younger musicians. "
        "“The record business is a machine for turning songs into invoices,” he told this "
        "newspaper in 2009."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Desmond Pike"]


def test_an_albums_title_in_apposition_is_no_one_in_focus() -> None:
    # "a final album, Low Water, followed five years later": a record, not a person
    text = (
        "Desmond Pike, the singer, died on Sunday. The band split in 1996 and reunited in "
        "2011, and a final album, Low Water, followed five years later. Away from music he "
        "was a keen sea swimmer. “I never wanted to be famous,” he said in 2009."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Desmond Pike"]


def test_a_magazine_a_quote_was_told_to_is_no_he() -> None:
    # "… he once told Sound Quarterly …": a magazine, not a man whom a later "he" means
    text = (
        "Desmond Pike, the singer, died on Sunday.\n\n“I never wanted to be famous,” he once "
        "told Sound Quarterly, in a 1991 interview.\n\nMae Corr, who sang on every record, "
        "said she had spoken to him days before his death.\n\n“He rang me the week before "
        "and said, ‘Mae, I have written the last verse of something.’ I have not heard it "
        "yet,” she said."
    )
    inner = [q for q in find_quotes(text).quotes if q.text.startswith("Mae,")]
    assert len(inner) == 1 and inner[0].speaker != "Sound Quarterly"


def test_the_dead_speak_in_words_their_cue_dates_to_before_the_death() -> None:
    # "Desmond Pike … died on Sunday. “…,” he once told a magazine": his words, years ago
    text = (
        "Desmond Pike, the singer, died on Sunday.\n\n“I never wanted to be famous,” he once "
        "told Sound Quarterly, in a 1991 interview."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Desmond Pike"]
