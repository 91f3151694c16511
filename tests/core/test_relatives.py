"""Speakers by name and by echo: relatives sharing a surname, a first name standing for a
full name, a headline quote whose words a body quote holds."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_a_relative_introduced_by_kin_does_not_take_over_the_surname() -> None:
    text = (
        "Actor Wren Halloway won best actress at the Lantern Awards on Sunday.\n\n"
        "“I was told for years that I was too loud,” Halloway said from the stage.\n\n"
        "Her mother, Ruth Halloway, a former dinner lady, died in 2023.\n\n"
        "“She never saw this film,” Halloway went on. “But she is in every scene of it.”"
    )
    assert speakers(text) == ["Wren Halloway"] * 3


def test_a_relative_described_after_the_kin_word_does_not_take_over_the_surname() -> None:
    text = (
        "Singer Wren Halloway has said yes to her first film role. “I said no three times,” "
        "Halloway told the magazine. Her father, retired session drummer Tom Halloway, had "
        "a stroke in 2021. Halloway told the magazine that he “taught me to count in fours "
        "before I could read.”"
    )
    assert speakers(text) == ["Wren Halloway"] * 2


def test_a_relative_quoted_inside_the_speakers_words_is_their_own_quote() -> None:
    # "Ruth Halloway" shares the surname of the speaker quoting her: still another person.
    text = (
        "Actor Wren Halloway won best actress at the Lantern Awards on Sunday.\n\n"
        "Halloway thanked the cast first. Her mother, Ruth Halloway, died in 2023.\n\n"
        "“My mum, Ruth, used to say, ‘Too much for who, love?’ So this is for her,” "
        "Halloway said."
    )
    quotes = find_quotes(text).quotes
    inner = [q for q in quotes if q.text.startswith("Too much")]
    assert [q.speaker for q in inner] == ["Ruth Halloway"]


def test_a_first_name_with_a_who_clause_after_the_full_name_is_that_person() -> None:
    text = (
        "Mirela Haddon, 38, says her bosses at Tarrow Cells faked the fire tests.\n\n"
        "“My supervisor looked at me and said, ‘Just sign it, Mirela, everyone signs it,’” "
        "she wrote.\n\n"
        "Last night Mirela told the Clarion: “They faked the tests. Plain and simple.”\n\n"
        "Mirela, who quit the firm in February, said she had kept copies of every sheet."
    )
    said = {q.text[:14]: q.speaker for q in find_quotes(text).quotes}
    assert said["They faked the"] == "Mirela Haddon"


def test_a_headline_quote_is_the_speaker_of_the_body_quote_that_holds_its_words() -> None:
    text = (
        "Truce signed in the Tarn valley, but ‘this is not peace’\n\n"
        "The truce was signed on Thursday night after four days of talks in Lindau.\n\n"
        "The mediator, Amira Dahl, spoke to reporters after the signing.\n\n"
        "“This is not peace. It is a pause, and a pause is only as good as the people "
        "who keep it.”"
    )
    assert speakers(text) == ["Amira Dahl", "Amira Dahl"]


def test_a_headline_that_retells_a_body_quote_loosely_is_its_speakers() -> None:
    text = (
        "‘As long as he was barking, someone would come’: woman pulled from rubble\n\n"
        "Rescuers reached Leyla Haddan on Friday, two days after the quake.\n\n"
        "“I could hear the dog above me for two days. I thought, as long as he’s barking, "
        "someone will come,” Haddan said."
    )
    assert speakers(text) == ["Leyla Haddan", "Leyla Haddan"]


def test_a_headline_quote_told_again_word_for_word_in_the_body_is_that_speakers() -> None:
    text = (
        "“They cut the water off in January”: tenants sue Harrow landlord\n\n"
        "Forty families in the Lisle Road blocks filed suit on Monday.\n\n"
        "“They cut the water off in January,” Odile Varga, who has lived there since "
        "2009, told reporters outside the court."
    )
    assert speakers(text) == ["Odile Varga", "Odile Varga"]


def test_a_headline_that_trims_words_from_a_body_quote_is_its_speakers() -> None:
    text = (
        "Mayor tells unions: ‘The door is open, but the money is gone’\n\n"
        "The talks broke up on Friday without a date for the next round.\n\n"
        "Asked whether talks were over, Mayor Inga Thorsby said: ‘The door to this office "
        "is open, but the money is gone.’"
    )
    assert speakers(text) == ["Inga Thorsby", "Inga Thorsby"]


def test_a_kin_word_before_a_name_gives_that_name_its_gender() -> None:
    text = (
        "Marit Veldhoen conceded on Sunday night. “We lost, and I own that loss,” she said.\n\n"
        "Near the end of the speech she spoke about her father, Teodric Veldhoen, a railway "
        "signalman who sat in the assembly in the 1980s. “My father used to say you count "
        "the votes, you do not argue with them,” she said."
    )
    assert speakers(text) == ["Marit Veldhoen", "Marit Veldhoen"]


def test_the_pronoun_of_the_next_cue_tells_which_relative_a_bare_surname_is() -> None:
    text = (
        "Harbour Master Rhys Tennant said the crews came fast. “They ran toward the fire,” he "
        "added.\n\n"
        "Andre Marlowe, 41, had stopped at the pier kiosk on his way home from the yard.\n\n"
        "“My brother went to buy his son a birthday card,” his sister, Keisha Marlowe, said at "
        "a vigil on Sunday night. “That’s all he did.” “He texted me from the queue, and that "
        "was the last thing I heard,” she said.\n\n"
        "Lucia Villaruel, 16, was buying a ticket with two friends. Her father, Tomas "
        "Villaruel, said he wanted the ferry company to look at a photograph of her. “She "
        "wanted to be a nurse,” he said.\n\n"
        "Mayor Joanne Petrakis, who spoke at the vigil after Marlowe, said the town’s grief "
        "had to become action. “Our hearts are with the families tonight,” she said. “But we "
        "cannot keep holding vigils.”\n\n"
        "Marlowe, standing beside her, nodded. “I want my brother’s name on a law,” she said."
    )
    assert speakers(text)[-1] == "Keisha Marlowe"


def test_a_later_pronoun_does_not_pick_a_relative_whose_sex_no_list_knows() -> None:
    text = (
        "Trevor Quill, 58, said his son had sounded calm. “He rang me on Tuesday,” Quill "
        "senior told The Southerly.\n\n"
        "The younger Quill, Jarrah Quill, has kept his own counsel.\n\n"
        "Quill has kept quiet since. “Focused on Saturday. Noise is just noise,” he wrote."
    )
    assert speakers(text)[-1] != "Trevor Quill"


def test_a_relative_the_article_just_said_died_does_not_speak_next() -> None:
    text = (
        "Wren Halloway grew up in Leeds and moved to Ohio at 12. “I missed the rain,” "
        "Halloway says. Her mother, Ruth Halloway, a dance teacher, died when Wren was 19. “My mum "
        "used to say, do the work before you walk on,” she says."
    )
    assert speakers(text) == ["Wren Halloway"] * 2


def test_a_speaker_whose_son_died_still_speaks() -> None:
    # Guard: the son died, not the woman the sentence names.
    text = (
        "Ann Lee, whose 19-year-old son died in the crash, spoke on Wednesday. “My boy was "
        "nineteen,” she said."
    )
    assert speakers(text) == ["Ann Lee"]


def test_ms_surname_is_the_woman_of_that_name_named_last() -> None:
    text = (
        "Jamie Roantree, 27, died at the scene. Mr Roantree, a plasterer, threw a single "
        "punch. Members of Mr Roantree’s family filled two rows of the gallery. Mr Roantree’s "
        "mother, Susan Roantree, was too unwell to attend. His sister, Chloe Roantree, 31, "
        "read her own statement from the witness box. “You took my brother because your "
        "pride was hurt.” Outside court, Ms Roantree said the family were relieved by the "
        "verdict but that “nothing that happened in that courtroom brings Jamie home.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes][-1] == "Chloe Roantree"


def test_a_relative_known_only_by_given_name_takes_the_family_name() -> None:
    text = (
        "Lee Garrow was caged for life for stabbing Jamie Roantree. Jamie’s heartbroken "
        "sister Chloe, 31, stared at the killer as she told him: “You took my brother "
        "because your pride was hurt.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Chloe Roantree"]


def test_a_child_known_only_by_given_name_takes_the_parents_surname() -> None:
    # "Ruby’s parents, Kate and Nathan Ellis, … “Ruby told me once, ‘…’”": Ruby Ellis
    text = (
        "Outside the court, Ruby’s parents, Kate and Nathan Ellis, held a photograph of "
        "their daughter. “Ruby told me once, ‘Mum, the bus goes really fast down the big "
        "hill.’ I laughed,” Mrs Ellis said."
    )
    inner = [q for q in find_quotes(text).quotes if q.text.startswith("Mum")]
    assert [q.speaker for q in inner] == ["Ruby Ellis"]


def test_a_first_name_cut_short_is_the_one_it_opens() -> None:
    text = (
        "Chef Rafael Ostrow closed Ember & Oak on Friday. The restaurant will not reopen, "
        "he said. Raf, asked whether he would open another restaurant, shrugged. "
        "“Ask me in a year,” he said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Rafael Ostrow"]
