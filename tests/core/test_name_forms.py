"""How articles write the names of speakers: a capitalised role before the name ("CFO",
"Gran", "Presenter"), a body called by its first word ("Quillo said" after "Quillo
Outdoor Inc"), a question opening with "Has", a byline under a headline cue, places in a
list. The speaker is the person or body, in the fullest form the story gives."""

from __future__ import annotations

import pytest

from desktop.core.people import PersonIndex
from desktop.core.quotes import find_quotes
from desktop.core.speakers import canonical_speakers


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_a_capitalised_role_before_a_name_is_not_part_of_it() -> None:
    text = (
        "CFO Pia Lundqvist told analysts: “We expect the recall to cost about $20 million.”\n\n"
        "Gran Edie Marsh was furious. “I only joined for the discount,” she said.\n\n"
        "Presenter Joss Ferrier opened the night. “Welcome to the only room with free wine,” "
        "Ferrier said."
    )
    assert _speakers(text) == ["Pia Lundqvist", "Edie Marsh", "Joss Ferrier"]


def test_a_body_called_by_its_first_word_is_the_body() -> None:
    text = (
        "The sportswear maker Quillo Outdoor Inc cut its forecast on Friday.\n\n"
        "“We have ended our partnership with immediate effect,” Quillo said in a statement."
    )
    assert _speakers(text) == ["Quillo Outdoor"]


def test_a_question_opening_with_has_is_no_name() -> None:
    text = (
        "Here is what the manager said:\n\n"
        "Q: Has Tomi asked to leave?\n\n"
        "A: No.\n\n"
        "Later the striker spoke. “I want to play abroad before I turn 30,” Tomi told us."
    )
    assert _speakers(text) == ["Tomi"]


def test_a_headline_cue_stops_at_the_end_of_its_line() -> None:
    text = (
        'Band splits: "I found out from a group chat," says Ivy Stroud\n\n'
        "NEWS | by Carla Benedetti | 08.04.2026\n\n"
        "The Lanterns have broken up."
    )
    assert _speakers(text) == ["Ivy Stroud"]


def test_places_in_a_list_are_no_body() -> None:
    text = (
        "Norvik recalled 40,000 heaters sold in the United States and Canada last month.\n\n"
        "“Customers should stop using the heater at once,” the company said."
    )
    assert _speakers(text) != ["United States and Canada"]


def test_a_story_merges_a_lone_first_word_into_the_one_longer_name_it_opens() -> None:
    merged = canonical_speakers(["Wren", "Wren Halloway", "Norvane", "Norvane Systems", "Lee"])
    assert merged["Wren"] == "Wren Halloway"
    assert merged["Norvane"] == "Norvane Systems"
    assert merged["Lee"] == "Lee"
    campaign = canonical_speakers(["Brandt", "Brandt campaign"])
    assert campaign["Brandt"] == "Brandt"


def test_a_knight_called_by_first_name_is_the_knight() -> None:
    text = (
        "Nell Quade won 14,828 votes to 11,409 for Sir Aubrey Penhallow, the Heritage "
        "candidate.\n\n"
        "Sir Aubrey, a barrister, conceded shortly after 3am. “I congratulate Ms Quade on "
        "her victory,” he said."
    )
    assert _speakers(text) == ["Aubrey Penhallow"]


def test_a_street_a_time_zone_and_a_pair_of_countries_speak_for_nobody() -> None:
    street = (
        "The prosecutor leaned on the testimony of Edna Pryce, who lives on Tanner Road and "
        "told jurors she heard a thud.\n\n"
        "“She told you, ‘The van stopped, and then it drove off,’” Hal Kersey told the jury."
    )
    assert _speakers(street) == ["Hal Kersey", "Edna Pryce"]
    zone = (
        "The Wrenfly lander touched down at 21:47 GMT on the rim of a crater, the consortium "
        "said.\n\n"
        "“Touchdown confirmed. Wrenfly is on the Moon,” the agency said."
    )
    assert _speakers(zone) != ["GMT"]
    pair = (
        "The governments of Vessa and Tarnholm said: “Both parties commit to a minimum flow "
        "at the gauge.”\n\n"
        "The talks in Vessa were chaired by Ada Okoro, who has visited the president of "
        "Tarnholm twice since spring.\n\n"
        "“Neither side got everything it wanted,” she told reporters."
    )
    assert _speakers(pair) == ["Vessa and Tarnholm", "Ada Okoro"]


def test_members_before_names_is_a_role() -> None:
    text = (
        "Members Ola Brandvik and Teo Marsh voted against the ban.\n\n"
        "“What we did tonight is a betrayal of our teachers,” Brandvik said."
    )
    assert _speakers(text) == ["Ola Brandvik"]


def test_a_speaker_called_by_first_name_gets_the_full_name() -> None:
    text = (
        "The cleaner Kiki Marr mocked the TV chef Baz Odell on Sunday.\n\n"
        "Baz, whose real name is Barry, responded within the hour.\n\n"
        "“Barry is my dad, and he mops his floors like a normal person,” he posted."
    )
    assert _speakers(text) == ["Baz Odell"]


def test_a_demonym_and_a_team_boss_are_the_people_in_focus() -> None:
    text = (
        "Ashby Vale beat Carrow Town 2-1. Mateo Quiroga saved two penalties.\n\n"
        "“I saw him look to the left and I trusted my eyes,” the Argentine said.\n\n"
        "Declan Mercer was delighted with his side.\n\n"
        "“I’m proud of them,” the Vale boss said."
    )
    assert _speakers(text) == ["Mateo Quiroga", "Declan Mercer"]


def test_another_is_nobody_s_name() -> None:
    text = (
        "Fans were split. One wrote that the feud was staged.\n\n"
        "“He is not wrong though, my floor went sticky for a week,” Another posted."
    )
    assert _speakers(text) != ["Another"]


def test_words_quoted_in_an_opening_phrase_of_saying_are_the_main_subject_s() -> None:
    text = (
        "Hal Brandt’s Department of Justice wants to go after the states.\n\n"
        "After making claims that cannabis is “only slightly less awful” than heroin, the "
        "attorney general, Jeff Orwin – who once “joked” about it – has set up a task force."
    )
    assert _speakers(text) == ["Jeff Orwin", "Jeff Orwin"]


def test_a_draft_speaks_for_the_judge_who_wrote_it() -> None:
    text = (
        "That is not old enough for Justice Ada Morrow, who wrote the draft opinion the "
        "paper published on Monday.\n\n"
        "“The ruling was wrong from the start,” the draft says."
    )
    assert _speakers(text) == ["Ada Morrow"]


def test_a_player_role_nobody_holds_is_left_unnamed() -> None:
    text = (
        "Skipper Rhys Tandy swung in the corner and Okafor headed home. Then Tandy celebrated "
        "with the fans.\n\n"
        "“I saw him look left, and I believed my eyes,” said the goalkeeper."
    )
    assert _speakers(text) != ["Rhys Tandy"]


def test_a_body_named_after_its_port_town_still_speaks() -> None:
    text = (
        "Supporters included the Port Calder Downtown Alliance, a business group.\n\n"
        "“Our members have been sweeping up glass for two summers,” the alliance said."
    )
    assert _speakers(text) == ["Port Calder Downtown Alliance"]


def test_honours_and_kin_words_are_not_part_of_a_name() -> None:
    text = (
        "Helena Strand KC, for the defence, cross-examined him on Monday.\n\n"
        "“Isn’t it true that your camera was inches from a sleeping child?” she asked.\n\n"
        "Daughter Wren, 52, spoke outside. “Mum died as she lived,” Wren said."
    )
    assert _speakers(text) == ["Helena Strand", "Wren"]


def test_an_office_before_a_name_and_an_honour_after_it_are_not_part_of_it() -> None:
    text = (
        "Coroner Ada Pike opened the inquest on Monday. “The bus should never have been on that "
        "road,” Coroner Pike said.\n\n"
        "The club's barrister, Hugh Tallis SC, said: “A ban of this length is an injustice.”\n\n"
        "Ines Morrow, 24, lost her appeal. Mum Leanne Morrow said: “She is still our girl.”"
    )
    assert _speakers(text) == ["Ada Pike", "Hugh Tallis", "Leanne Morrow"]


def test_where_a_body_is_based_is_not_part_of_its_name() -> None:
    text = (
        "The online lender Tallowpay collapsed in May.\n\n"
        "“We acted on the information available to us,” Hobart-based Tallowpay said."
    )
    assert _speakers(text) == ["Tallowpay"]


def test_a_pronoun_contraction_opening_a_sentence_is_nobody() -> None:
    text = (
        "The former worker described the logbook. You'd write “storm event” in the book and "
        "nobody ever asked why."
    )
    assert _speakers(text) == [None]


def test_mrs_and_mr_tell_apart_a_couple_named_together() -> None:
    text = (
        "Kate and Nathan Ellison sat in the front row of the court.\n\n"
        "“Ruby loved that bus,” Mrs Ellison said. “She waved at the driver every day,” "
        "Mr Ellison said."
    )
    assert _speakers(text) == ["Kate Ellison", "Nathan Ellison"]


def test_a_title_before_a_shared_surname_means_the_one_given_that_title() -> None:
    text = (
        "Mayor Rosa Quintero toured the flooded streets of Bellmead on Sunday with the "
        "town's fire department, which is led by her brother, Fire Chief Tomas Quintero.\n\n"
        "“We will rebuild every house on this street,” Rosa Quintero said.\n\n"
        "Chief Quintero, speaking after the tour, said his crews had “barely slept since "
        "Friday.”"
    )
    assert _speakers(text) == ["Rosa Quintero", "Tomas Quintero"]


def test_a_bare_surname_means_the_one_person_of_that_name_named_so_far() -> None:
    text = (
        "Vance fights to save her career\n\n"
        "Tennis star Kirra Vance faced her appeal hearing on Thursday.\n\n"
        "The 24-year-old from the coast, ranked ninth in the world before her suspension in "
        "March, is appealing against an 18-month ban imposed after a sample taken at an "
        "indoor event showed a trace of a banned heart drug that her team blames on a "
        "contaminated vitamin drink bought at a chemist.\n\n"
        "“I am not a cheat, and I never have been,” Vance told reporters.\n\n"
        "Graham and Leanne Vance sat behind their daughter. “We mortgaged the house,” "
        "Graham Vance said. “We just want the truth,” Leanne Vance said."
    )
    assert _speakers(text) == ["Kirra Vance", "Graham Vance", "Leanne Vance"]


def test_a_role_of_a_body_then_its_holders_name_after_said_is_the_holder() -> None:
    text = (
        "“We will not be drawn into a dispute over wages,” said the chair of the Calloway "
        "Arts Trust, Oona Feld.\n\n"
        "The opera itself was contrite.\n\n"
        "“We are ready to meet at any time,” said the trust’s treasurer, Ivo Marr. He left."
    )
    assert _speakers(text) == ["Oona Feld", "Ivo Marr"]


def test_mum_and_her_dad_by_given_name_take_the_family_surname() -> None:
    text = (
        "From Jo Pardy in Berne\n\n"
        "Tennis ace Kirra Vance broke down in tears today as she begged the panel to clear "
        "her name. Vance says a vitamin drink was to blame.\n\n"
        "Kirra's coach Tom Marchal told the hearing: ‘Kirra has never cut a corner.’\n\n"
        "Her dad Graham said: ‘We remortgaged the house for this.’\n\n"
        "Mum Leanne said: ‘Whatever they decide, she's still our girl.’"
    )
    assert _speakers(text) == ["Tom Marchal", "Graham Vance", "Leanne Vance"]


def test_a_plural_acronym_is_never_he_or_she() -> None:
    index = PersonIndex("Dravnik tells MPs rate rises are needed. CEOs agreed.")
    assert not index.agrees("MPs", "she")
    assert not index.agrees("CEOs", "he")
    assert index.agrees("MPs", "they")


def test_an_unnamed_official_described_by_a_demonym_speaks_for_no_body() -> None:
    text = (
        "The summit in Tarn ended late on Friday.\n\n"
        "One European official, who asked not to be named, said the deal was “far better than "
        "anyone in Brussels expected”."
    )
    assert _speakers(text) == [None]


def test_a_relative_called_daughter_and_a_given_name_takes_the_family_surname() -> None:
    text = (
        "TV naturalist Ottilie Marne has died aged 81. Marne filmed reefs for forty years.\n\n"
        "Daughter Wren, 52, said in a statement: “Mum died as she lived, with the window "
        "open.”"
    )
    assert _speakers(text) == ["Wren Marne"]


def test_mr_picks_the_man_of_two_people_sharing_a_surname_by_less_common_first_names() -> None:
    text = (
        "A few seats over sat Tomás Ibarra, a retired bus driver who is no relation to "
        "Councilmember Marisol Ibarra, who cast the deciding vote.\n\n"
        "“I came to see who would stand up for us,” Mr. Ibarra said."
    )
    assert _speakers(text) == ["Tomás Ibarra"]


def test_a_kin_word_as_a_religious_title_is_not_part_of_the_name() -> None:
    text = (
        "Sister Lucía Ybarra runs the shelter by the ferry pier. “We have cots for two "
        "hundred,” she said.\n\n"
        "Father Tom Kerr agreed. “It is a crisis,” Kerr said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Lucía Ybarra", "Tom Kerr"]


def test_a_titled_surname_ending_like_an_adverb_is_a_name() -> None:
    text = (
        "Counsel Louise Okafor took Graham Tully to a maintenance record.\n\n"
        "‘Were you ever told whether that re-inspection happened?’ Ms Okafor asked.\n\n"
        "‘Nobody told me anything,’ Mr Tully said. ‘Not a letter, not a phone call.’"
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Louise Okafor", "Graham Tully", "Graham Tully"]


def test_a_lone_surname_ending_in_ly_is_a_name_an_adverb_is_not() -> None:
    for name in ("Healy", "Kiely", "Tully"):
        text = f"It rained all week.\n\n‘Nobody told me anything,’ {name} said."
        assert [q.speaker for q in find_quotes(text).quotes] == [name]
    text = "It rained all week.\n\n‘Nobody told me anything,’ Finally said."
    assert [q.speaker for q in find_quotes(text).quotes] == [None]


def test_the_captain_who_just_spoke_is_the_centre_back() -> None:
    text = (
        "Fenwright said he would lead the search. Captain Joel Adeyemi, speaking after "
        "training, said the players had to share the blame. “We let him down,” said the "
        "centre-back."
    )
    assert _speakers(text) == ["Joel Adeyemi"]


def test_a_defendant_the_judge_addressed_is_no_judge() -> None:
    text = (
        "Travis Kell, 34, pleaded guilty in January. Bramley County Judge Ruth Halvard "
        "imposed the sentence. Before she announced it, the judge addressed Kell directly. "
        "Assistant Prosecutor Gil Marsh told the judge that Kell had fled the scene. When it "
        "was his turn to speak, Kell stood and turned toward the gallery: “I am sorry. I know "
        "that word is not enough.” Several of the family looked away. “Remorse matters in "
        "this courtroom,” the judge said."
    )
    assert _speakers(text) == ["Travis Kell", "Ruth Halvard"]


def test_the_player_who_acts_in_the_second_clause_is_the_flanker() -> None:
    text = (
        "“We gave it back to them,” said Corsairs coach Rhys Tandy. Lowe, 22, was making "
        "only his third appearance of the season, and Kieran Dowd was quick to defend the "
        "young prop. “Daf will learn from it,” the flanker said."
    )
    assert _speakers(text) == ["Rhys Tandy", "Kieran Dowd"]


def test_mr_of_a_couple_whose_first_names_no_list_holds_is_the_man() -> None:
    text = (
        "Chef Conor Delahunt lost his star on Monday. ‘It hurts like hell,’ he wrote. Niamh "
        "Delahunt, the chef’s wife and the restaurant’s general manager, said bookings had "
        "gone up. ‘People are ringing to say they are sorry,’ she said. When Marram won its "
        "star in 2014, Mr Delahunt told this newspaper: ‘This star belongs to the team.’"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [
        "Conor Delahunt",
        "Niamh Delahunt",
        "Conor Delahunt",
    ]


def test_a_trade_or_its_plural_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Organisers Brackenfield Live announced the cancellation on Monday, saying the site "
        "was “unsafe for anyone to stand on” after a week of rain.\n\n"
        "Landowner Osric Penhaligon, whose family has farmed the valley for three "
        "generations, said: “I have never seen the river this high in my life.”"
    )
    assert _speakers(text) == ["Brackenfield Live", "Osric Penhaligon"]


def test_a_nickname_in_quote_marks_inside_a_name_later_means_that_person() -> None:
    text = (
        'Skipper Callum "Tank" Ferris was first out of the dressing room. "It\'s on us, '
        'the players. We have to look in the mirror," Tank said.'
    )
    assert _speakers(text) == ["Callum Ferris"]


def test_a_chamber_of_commerce_keeps_its_whole_name() -> None:
    text = (
        "The Harlow Chamber of Commerce called the move “a heavy blow to small firms,” "
        "while the union welcomed it."
    )
    assert _speakers(text) == ["Harlow Chamber of Commerce"]


def test_a_shared_surname_is_whom_a_pronoun_later_in_the_sentence_means() -> None:
    text = (
        "The ethics panel opened an inquiry into Representative Thomas Corwell on "
        "Thursday. The consulting firm it names is owned by Diane Corwell, the "
        "congressman's wife of 24 years. “My firm did real work for real clients,” Diane "
        "Corwell said in a statement.\n\n"
        "Corwell called the inquiry “a partisan witch hunt” in a post on X and predicted "
        "that he would be “fully vindicated.”"
    )
    assert _speakers(text)[1:] == ["Thomas Corwell", "Thomas Corwell"]


def test_a_quote_in_a_clause_about_a_memo_from_a_body_is_the_bodys() -> None:
    text = (
        "Press secretary Wanda Tillbrook took questions on Tuesday. Tillbrook was also "
        "asked about a memo from the Office of Budget Review, sent to agencies on Monday "
        "night, that directs them to prepare layoff notices for programs “not consistent "
        "with the governor's priorities” if funding lapses."
    )
    assert _speakers(text) == ["Office of Budget Review"]


def test_initials_of_the_one_person_named_in_full_are_that_person() -> None:
    # "AOC said": the congresswoman named in full above, not a body called AOC
    text = (
        "Rep. Alma Ortiz-Cabrera spoke on Monday. Speaker Mike Janssen later replied.\n\n"
        "“We will not be silent about this at all,” AOC said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Alma Ortiz-Cabrera"]


def test_initials_a_sentence_opens_with_are_the_one_in_focus() -> None:
    text = (
        "Henrik Valen did not hide afterwards. Tomas Wilko let in a soft goal and Reece Okoro "
        "scored twice.\n\nOn Wilko’s howler, HV was having none of the pile-on. “Tomas is a "
        "human being, and human beings make mistakes,” he told the press room."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Henrik Valen"]


def test_a_city_written_in_capitals_is_nobodys_initials() -> None:
    text = (
        "The rally was in Washington, DC on Monday. Daniel Cole spoke first.\n\n"
        "“We will not be silent about this at all,” DC police said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] != ["Daniel Cole"]


def test_a_briton_is_the_player_in_focus_not_a_name() -> None:
    text = (
        "Ana Pell beat Kim Ode 6-3 6-4 on Tuesday. Ode, who is British, was gracious. “She "
        "was far too good for me today,” the Briton said."
    )
    assert _speakers(text) == ["Kim Ode"]


def test_a_texan_is_the_person_in_focus_not_a_name() -> None:
    text = "Rep. Ana Pell spoke first. “This is a dark day for the whole state,” the Texan said."
    assert _speakers(text) == ["Ana Pell"]


@pytest.mark.parametrize(
    "cue",
    [
        "the Harvard professor said",
        "the Oscar winner said",
        "the Catholic priest said",
        "the Olympic champion said",
        "the Tarn native said",
    ],
)
def test_a_name_that_only_describes_a_person_is_not_the_speaker(cue: str) -> None:
    # nobody the article names is a professor, a winner or a priest
    text = f"Mayor Ana Pell spoke first. “This is a dark day for everyone in this town,” {cue}."
    assert _speakers(text) == [None]
