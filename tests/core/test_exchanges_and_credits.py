"""Speakers in hearings, debates and emergency briefings: a turn that says it was not
answered and the exchange after it, a quote addressing the one who spoke last, a quote
credited by the paragraph after it, a nickname the article explains, and bodies called by
what they issue ("the advisory said", "the forecaster said")."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_a_turn_that_was_not_answered_and_the_turns_after_it() -> None:
    """ "That’s not what I asked." after the witness's answer, and the uncued turns after
    it, were all given to the witness going on."""
    text = (
        "Rep. Oriel Penhallow turned to Grid Administrator Tamsin Croft.\n\n"
        "“Did anyone warn you before the blackout?” Penhallow asked.\n\n"
        "“Congressman, we receive hundreds of risk assessments,” Croft said.\n\n"
        "“That’s not what I asked.”\n\n"
        "“I understand. I’m trying to give you the context.”\n\n"
        "“I don’t need context. I need a yes or a no.”\n"
    )
    assert _speakers(text) == [
        "Oriel Penhallow",
        "Tamsin Croft",
        "Oriel Penhallow",
        "Tamsin Croft",
        "Oriel Penhallow",
    ]


def test_an_uncued_paragraph_after_an_answer_goes_on_with_the_answer() -> None:
    """Guard: with no sign of a new turn, a quote set alone after an answer is the one who
    answered, going on."""
    text = (
        "“Will you run again?” Penhallow asked.\n\n"
        "“No,” Croft said.\n\n"
        "“I have done my part, and the district deserves someone new.”\n"
    )
    assert _speakers(text)[-1] == "Croft"


def test_a_quote_addressing_the_last_speaker_is_not_theirs() -> None:
    """ "Ms. Kolb, with respect, you are not under oath." went to Kolb, who spoke last."""
    text = (
        "“Mr. Adair, did you instruct your staff to delete the messages?” asked Chairman"
        " Barnaby Strode.\n\n"
        "“Mr. Chairman, my client has answered that question in writing,” said Marisa Kolb."
        " “We’ll refer the committee to those answers.”\n\n"
        "“Ms. Kolb, with respect, you are not under oath. He is.”\n"
    )
    assert _speakers(text)[-1] == "Barnaby Strode"


def test_a_turn_that_cuts_in() -> None:
    """ "“That’s just not true,” Vandam cut in." had no cue, so the last speaker had it."""
    text = (
        "“The market would have sorted it out years ago,” Royce Tillman said.\n\n"
        "“That’s just not true,” Hester Vandam cut in.\n"
    )
    assert _speakers(text) == ["Royce Tillman", "Hester Vandam"]


def test_a_quote_credited_by_the_paragraph_after_it() -> None:
    """ "That was Rep. …", "With those words, <body> general manager … announced" and "That
    was how Chief … described" name the speaker of the quote before them."""
    text = (
        "“If you’re a senior in this district, you should be terrified.”\n\n"
        "That was Rep. Annika Thorsvik, a Democrat, speaking at the Velden library.\n"
    )
    assert _speakers(text) == ["Annika Thorsvik"]
    text = (
        "“They’re tired and they’re hungry, but every one of them walked out.”\n\n"
        "With those words, Blackspruce Mining Corp. general manager Wes Thibault announced"
        " Thursday that all 11 workers had been brought to surface.\n"
    )
    assert _speakers(text) == ["Wes Thibault"]
    text = (
        "“We watched the sky turn orange over the lake.”\n\n"
        "That was how Chief Loretta Ashkettle of Sand Point Nation described Tuesday"
        " evening.\n"
    )
    assert _speakers(text) == ["Loretta Ashkettle"]


def test_a_lede_about_someone_named_next_not_a_place_it_names() -> None:
    """ "A walker who spent two nights on the Crannock Fells … has told how he survived by
    ‘…’" gave the fells."""
    text = (
        "A walker who spent two nights on the Crannock Fells after breaking his leg has told"
        " how he survived by ‘eating boiled sweets and singing to myself’.\n\n"
        "Martin Feldt, 49, from Hollinby, was found by a search dog yesterday.\n"
    )
    assert _speakers(text) == ["Martin Feldt"]


def test_we_asked_opening_a_quote_is_no_cue() -> None:
    """ "“We asked. We were told no,” Moreau said." lost its first sentence (with straight
    marks) or the whole quote (with curly ones): "We asked." read as a cue between two
    quotes."""
    for left, right in (("“", "”"), ('"', '"')):
        text = (
            f"Moreau said it was overruled. {left}We asked. We were told no,{right} Moreau said.\n"
        )
        quotes = find_quotes(text).quotes
        assert [q.text for q in quotes] == ["We asked. We were told no,"]


def test_a_nickname_the_article_explains() -> None:
    """'Maurice Fenning, …, known to tenants as "Big Mo," … "…," Big Mo said' gave a person
    called Big Mo."""
    text = (
        "Among those credited with saving lives was Maurice Fenning, the building's"
        ' 62-year-old superintendent, known to tenants as "Big Mo," who ran back inside.\n\n'
        '"I smelled gas around 5 in the morning," Big Mo said.\n'
    )
    assert _speakers(text) == ["Maurice Fenning"]


def test_the_one_someone_told_is_not_called_he() -> None:
    """ "Prior told Lindqvist he had no regrets" made the host a "he", so "he replied" after
    her question went to her."""
    text = (
        "Sen. Wendell Prior went on Sofia Lindqvist's show on Thursday.\n\n"
        "Lindqvist was not finished. “So the pledge had an expiration date.”\n\n"
        "“The pledge had a context,” he replied.\n\n"
        "Prior told Lindqvist he had no regrets about the vote.\n"
    )
    assert _speakers(text)[-1] == "Wendell Prior"


def test_a_minister_who_announced_something_then_speaks() -> None:
    """ "He was joined by Minister Brett Aumont, who announced … “…,” he said" went on with
    the commissioner."""
    text = (
        "“Today is going to be a really tough day,” Commissioner Graeme Tolliver told"
        " reporters.\n\n"
        "He was joined by Emergency Services Minister Brett Aumont, who announced recovery"
        " payments for residents. “No one who has lost their home will be left alone,” he"
        " said.\n"
    )
    assert _speakers(text) == ["Graeme Tolliver", "Brett Aumont"]


def test_an_advisory_and_a_forecaster() -> None:
    """ "the National Storm Centre said in its 7 a.m. advisory. “…,” the advisory said" and
    "“…,” the forecaster said" after a weather office gave no one."""
    text = (
        "The storm made landfall at 6:40 a.m., the National Storm Centre said in its 7 a.m."
        " advisory. “Storm surge is occurring along the coast,” the advisory said.\n"
    )
    assert _speakers(text) == ["National Storm Centre"]
    text = (
        "The Bureau of Meteorology kept a red warning for the coast. “Caddow is a dangerous"
        " storm,” the forecaster said.\n"
    )
    assert _speakers(text) == ["Bureau of Meteorology"]


def test_military_and_force_ranks_before_a_name() -> None:
    """ "Commandant K. Mathiyalagan" and "Air Commodore Stefan Lorne" kept the rank in the
    name."""
    text = (
        "“Our 18 teams are in position,” said State Response Force Commandant K. Mathiyalagan.\n\n"
        "Air Commodore Stefan Lorne followed. “Two aircraft were destroyed,” he said.\n"
    )
    assert _speakers(text) == ["K. Mathiyalagan", "Stefan Lorne"]


def test_an_exchange_with_an_unnamed_reporter() -> None:
    """After "One reporter asked whether …", the mayor's "she said" went to nobody, and the
    reporter's follow-up question and her reply to the mayor going on."""
    text = (
        "“I’m not going to pretend this has gone well,” Mayor Delia Okoro-Rusk said.\n\n"
        "One reporter asked whether the city would withhold payment from the contractor.\n\n"
        "“Everything is on the table,” she said.\n\n"
        "“Including terminating the contract?”\n\n"
        "“I said everything.”\n"
    )
    assert _speakers(text) == [
        "Delia Okoro-Rusk",
        "Delia Okoro-Rusk",
        None,
        "Delia Okoro-Rusk",
    ]


def test_an_exchange_the_narration_sets_up_turn_by_turn() -> None:
    """ "Abernathy pressed her on reports …" and then turns with no cue: each went to the
    chief executive going on."""
    text = (
        "“Nobody is more upset about this than I am,” Dana Whitcroft told host Ruth"
        " Abernethy.\n\n"
        "Abernethy pressed her on reports that engineers had flagged the problem months"
        " earlier.\n\n"
        "“I’ve seen those reports. I don’t think they’re accurate.”\n\n"
        "“You don’t think, or you know?”\n\n"
        "“I know what I was told.”\n"
    )
    whitcroft, abernethy = "Dana Whitcroft", "Ruth Abernethy"
    assert _speakers(text) == [whitcroft, whitcroft, abernethy, whitcroft]


def test_a_host_and_a_treasurer_addressing_each_other() -> None:
    """ "Host … asked the Treasurer directly whether …" then turns that name who they speak
    to ("…, Bronwyn.", "With respect, Treasurer, …")."""
    text = (
        "Treasurer Leonie Marchant has refused to rule out extending the fuel levy.\n\n"
        "Host Bronwyn Tasker asked the Treasurer directly whether motorists could expect"
        " relief.\n\n"
        "“I’m not going to pre-empt the mid-year review, Bronwyn.”\n\n"
        "“With respect, Treasurer, people are paying twenty cents a litre more.”\n\n"
        "“And I understand that. I drive to work too.”\n\n"
        "“So the answer is no.”\n\n"
        "“The answer is wait for the review.”\n"
    )
    assert _speakers(text) == ["Leonie Marchant", "Bronwyn Tasker"] * 2 + ["Leonie Marchant"]


def test_a_cross_examination_with_no_cues() -> None:
    """A lawyer's question with a cue, then the witness's answers and her questions with
    none: every turn went to the lawyer."""
    text = (
        "Defense attorney Renata Vossberg walked Gary Pelletier, the former finance clerk,"
        " through his testimony.\n\n"
        "“You told this jury on Monday that you knew. Do you remember that?” Vossberg"
        " asked.\n\n"
        "“I do.”\n\n"
        "“But you never saw him do it.”\n\n"
        "“Not with my own eyes, no.”\n"
    )
    assert _speakers(text) == [
        "Renata Vossberg",
        "Gary Pelletier",
        "Renata Vossberg",
        "Gary Pelletier",
    ]


def test_reporters_follow_up_after_an_answer_to_them() -> None:
    """ "Asked whether …, Ms Hartigan said: “…”" and then a question with no cue: the
    reporters', not hers; her reply after it is hers."""
    text = (
        "Asked whether the company had sought State support, Ms Fiona Hartigan said: “We"
        " engaged with every agency we could.”\n\n"
        "“Were workers told before the media?”\n\n"
        "“Staff were briefed at 9am this morning.”\n"
    )
    assert _speakers(text) == ["Fiona Hartigan", None, "Fiona Hartigan"]


def test_a_magistrate_and_a_defendant() -> None:
    """ "Magistrate Helen Drury asked Mr Kettle whether he understood the charge." and the
    turns after it, one addressing "Your Honour", one "Mr Kettle"."""
    text = (
        "Norman Kettle, 66, is charged with damaging a fence.\n\n"
        "Magistrate Helen Drury asked Mr Kettle whether he understood the charge.\n\n"
        "“I understand it, Your Honour, I just don’t accept it.”\n\n"
        "“That’s a matter for the hearing, Mr Kettle.”\n\n"
        "“Not guilty. Emphatically.”\n"
    )
    assert _speakers(text) == ["Norman Kettle", "Helen Drury", "Norman Kettle"]


def test_a_witness_addressing_the_senator_by_title() -> None:
    """ "The scope expanded, Senator." went to the senator, who had spoken last."""
    text = (
        "Secretary Graham Oakley told the committee the contract had been an emergency"
        " procurement.\n\n"
        "Senator Kylie Brandt was unconvinced. “An emergency that lasted eight months?” she"
        " asked.\n\n"
        "“The scope expanded, Senator.”\n\n"
        "“Who expanded it?”\n\n"
        "“It was expanded on advice from within the department.”\n"
    )
    assert _speakers(text) == ["Kylie Brandt", "Graham Oakley", "Kylie Brandt", "Graham Oakley"]


def test_a_question_that_opens_by_addressing_someone_is_the_askers() -> None:
    """Guard: "Whitlock then pressed him on the price tag. “Governor, your critics say …”"
    is the host putting the question, not the governor answering it."""
    text = (
        "On Monday, Callow sat down with host Dana Whitlock. “People are working harder than"
        " ever,” he said. Whitlock then pressed him on the price tag of his agenda."
        " “Governor, your critics say you are promising things you cannot pay for.”"
    )
    assert _speakers(text)[-1] == "Dana Whitlock"


def test_a_councillor_described_between_commas_asked_him() -> None:
    """ "Councillor Ewan Strachan, whose ward includes Kinloch, asked him whether … “Not
    yet,” he replied." went to the councillor who asked."""
    text = (
        "Councillor Hamish Redpath told the meeting the pool cost £410,000 a year to run."
        " Councillor Ewan Strachan, whose ward includes Kinloch, asked him whether a single"
        " parent had been consulted.\n\n"
        '"Not yet," he replied.\n'
    )
    assert _speakers(text) == ["Hamish Redpath"]


def test_the_one_person_the_sentence_before_names() -> None:
    """ "The meeting was chaired by local mother Nora Garrity, who set up the group in
    January. “…,” she said" went to a woman named later."""
    text = (
        "More than 300 parents packed into the community centre on Tuesday night.\n\n"
        "The meeting was chaired by local mother Nora Garrity, who set up the action group"
        " in January. “We’re not here to shout at anyone,” she said.\n\n"
        "Local TD Orla Maguire-Fenlon said she had raised the matter four times.\n"
    )
    assert _speakers(text) == ["Nora Garrity"]


def test_a_role_of_their_own_then_the_name() -> None:
    """ "Their association’s district secretary, K. Murugesan, said …. “…,” he said" went to
    the teacher quoted before."""
    text = (
        "“How do we run our homes?” said S. Ramalingam, who teaches at the school.\n\n"
        "Their association’s district secretary, K. Murugesan, said the agitation would be"
        " intensified. “We will boycott examination duty,” he said.\n"
    )
    assert _speakers(text) == ["S. Ramalingam", "K. Murugesan"]


def test_an_unnamed_woman_is_not_the_paper_she_told() -> None:
    """Guard: "The woman, who asked not to be named, told the Observer she was not surprised.
    “…,” she said" is the woman, left unnamed, not the paper."""
    text = (
        "Officer Shane Pollock was suspended, according to screenshots obtained by the"
        " Fairlane Observer. The woman, who asked not to be named, told the Observer she was"
        " not surprised. “I could tell from the first night that he didn’t believe me,” she"
        " said.\n"
    )
    assert _speakers(text) == [None]


def test_a_reply_to_words_put_to_the_other_one() -> None:
    """ "But you chose to make it tight," the host said; the uncued paragraph after it is
    the mayor's reply, not the host going on (and "When?" set alone is a turn)."""
    text = (
        "“The garage is paid for with bonds,” Mayor Denise Okoye-Lund said.\n\n"
        "“But you chose to make it tight,” host Trevor Baskett said. “The council voted for"
        " the rebate.”\n\n"
        "“The council did. I signed it, and I stand by it.”\n\n"
        "“When?”\n\n"
        "“Before the summer recess.”\n"
    )
    assert _speakers(text) == [
        "Denise Okoye-Lund",
        "Trevor Baskett",
        "Trevor Baskett",
        "Denise Okoye-Lund",
        "Trevor Baskett",
        "Denise Okoye-Lund",
    ]


def test_an_uncued_paragraph_after_a_remark_goes_on_with_it() -> None:
    """Guard: a general "you" ("you have to do something") puts nothing to anyone; the
    uncued paragraph after it is the same speaker going on."""
    text = (
        "“Costs are up everywhere,” Ann Leeming said.\n\n"
        "“At some point you have to do something,” Tom Kirby said.\n\n"
        "“We have seen this before, and we will see it again.”\n"
    )
    assert _speakers(text)[-1] == "Tom Kirby"


def test_questions_the_narration_puts_in_other_words() -> None:
    """ "Kearney was pressed by Elise Vandermeer about …", "she was challenged by presenter
    Aoife Brannagh over …" and "Asked by the chairman of the bench, Roger Elphick, whether
    …, Penhaligon stood up": the uncued turns after them, turn by turn."""
    text = (
        "Under cross-examination, Desmond Kearney was pressed by Elise Vandermeer SC about"
        " the missing log.\n\n"
        "“I told Mr Harland to his face,” Mr Kearney said.\n\n"
        "“You didn’t write it down anywhere?”\n\n"
        "“No.”\n"
    )
    assert _speakers(text) == ["Desmond Kearney", "Elise Vandermeer", "Desmond Kearney"]
    text = (
        "Housing Minister Deirdre Fenlon admitted the target would be missed.\n\n"
        "Speaking on Radio Ardmore, she was challenged by presenter Aoife Brannagh over the"
        " figures.\n\n"
        '"You said in January this target was locked in. Those were your words."\n\n'
        '"They were, and I was wrong about the pace."\n'
    )
    assert _speakers(text) == ["Aoife Brannagh", "Deirdre Fenlon"]
    text = (
        "Arthur Penhallow, 81, admitted criminal damage.\n\n"
        "Asked by the chairman of the bench, Roger Elphinstone, whether he had anything to"
        " say, Penhallow stood up.\n\n"
        "‘I’m not proud of it, sir.’\n\n"
        "‘That doesn’t entitle you to break their doors, Mr Penhallow.’\n\n"
        "‘No, sir. I know that.’\n"
    )
    assert _speakers(text) == ["Arthur Penhallow", "Roger Elphinstone", "Arthur Penhallow"]


def test_a_witness_asked_about_someone_else() -> None:
    """ "“Did Mr. Dandry ever explain why?” the prosecutor asked.\\n\\n“He said …”": the
    witness answers, not the man the question is about."""
    text = (
        "Beverly Quayle, who kept the books for the cooperative, testified Tuesday.\n\n"
        "Hollis Dandry, 58, is on trial for theft. He has pleaded not guilty.\n\n"
        '"Did Mr. Dandry ever explain why?" Assistant District Attorney Naomi Sorenson'
        " asked.\n\n"
        '"He said the auditors were coming."\n'
    )
    assert _speakers(text) == ["Naomi Sorenson", "Beverly Quayle"]


def test_a_family_statement_read_as_it() -> None:
    """ "The Addley family released a separate statement. “…,” it said" gave an empty
    speaker."""
    text = (
        "State Sen. Porter Addley resigned on Friday.\n\n"
        "The Addley family released a separate statement asking for privacy. “Porter has"
        " given his whole life to this district,” it said.\n"
    )
    assert _speakers(text) == ["Addley family"]


def test_a_letter_to_someone_named_in_apposition() -> None:
    """ "In his resignation letter to the Prime Minister, Oonagh Brennan, he wrote that he
    had ‘…’" made the Prime Minister a "he" and gave her his words."""
    text = (
        "The Minister for Housing, Callum Reidy, resigned on Sunday.\n\n"
        "In his resignation letter to the Prime Minister, Oonagh Brennan, he wrote that he"
        " had ‘let down colleagues who have worked tirelessly on this programme’.\n\n"
        "Ms Brennan accepted the resignation.\n"
    )
    assert _speakers(text) == ["Callum Reidy"]


def test_a_role_after_an_opening_phrase() -> None:
    """ "But at his own event in nearby Halvor on Saturday, the governor jabbed at rivals
    who “…”" went to the senator in focus."""
    text = (
        "“I’ve been to every one of these diners twice,” former Sen. Gideon Ashby told a"
        " crowd.\n\n"
        "Marjorie Tillot said she had narrowed her choice to Ashby and Gov. Felipe Arroyo.\n\n"
        "But at his own event in nearby Halvor on Saturday, the governor jabbed at rivals"
        " who “think eating pancakes is a policy platform.”\n"
    )
    assert _speakers(text)[-1] == "Felipe Arroyo"


def test_a_reporters_question_left_to_the_one_answering() -> None:
    """Guard: a question with no cue after the interviewee spoke ("Did anyone try to talk
    you out of it?") is still hers by the count, and so is the answer after it; no one
    named earlier in the piece answers it."""
    text = (
        "Jess Owens recommended the bakery to me last spring.\n\n"
        "“Because spreadsheets don’t smell of anything,” Tamsin Rourke says.\n\n"
        "“Did anyone try to talk you out of it?”\n\n"
        "“Everyone. My mum cried.”\n"
    )
    assert _speakers(text)[-1] == "Tamsin Rourke"


def test_a_reply_is_not_the_one_replied_to() -> None:
    """ "“That’s simply not what the bill does,” he replied, turning toward Drake." after
    Drake's words went to Drake."""
    text = (
        "Sen. Harlan Voskuil (D-Ore.) and Sen. Mitchell Drake (R-Kan.) clashed on Sunday.\n\n"
        "“We put a bipartisan deal on the table in March,” Voskuil told the host.\n\n"
        "Drake shot back that the Democratic version “would bankrupt every dairy farmer in"
        " my state by Christmas.”\n\n"
        "“That’s simply not what the bill does,” he replied, turning toward Drake.\n"
    )
    assert _speakers(text)[-1] == "Harlan Voskuil"


def test_a_rebuttal_with_a_contraction() -> None:
    """ "That wasn’t my question." was read as the witness going on: the "n’t" sits inside
    a word, so no word boundary came before it."""
    text = (
        "“Do you still believe that, Judge?” Sen. Patrice Okonkwo-Hall asked.\n\n"
        "“I believe a judge’s personal views have no place on the bench,” Miriam Castel"
        " said.\n\n"
        "“That wasn’t my question.”\n"
    )
    assert _speakers(text)[-1] == "Patrice Okonkwo-Hall"


def test_more_ways_to_credit_a_quote_after_it() -> None:
    """ "That was Rep. Tobias Quill (R-Ariz.), speaking …", "With that, board member Dr.
    Everett Lyle opened …", and a gesture after the quote ("Juniper grins")."""
    text = (
        "“This is the most consequential vote in a generation.”\n\n"
        "That was Rep. Tobias Quill (R-Ariz.), speaking on the House floor Wednesday.\n"
    )
    assert _speakers(text) == ["Tobias Quill"]
    text = (
        "“Teenagers are not lazy. They are wired to fall asleep later.”\n\n"
        "With that, board member Dr. Everett Lyle opened Tuesday’s debate.\n"
    )
    assert _speakers(text) == ["Everett Lyle"]
    text = (
        "“I wrote the whole album in a caravan,” Juniper Vane says.\n\n"
        "Ansel Vane remembers it differently. “She was writing the whole time,” he says.\n\n"
        "“He’s exaggerating, as usual.” Juniper grins and stirs her tea. “There was one"
        " flour bag.”\n"
    )
    assert _speakers(text)[-2:] == ["Juniper Vane", "Juniper Vane"]


def test_a_saying_someone_likes_to_repeat() -> None:
    """ "“The grid is the enemy,” our lead designer Priya Venkat likes to say." had no cue."""
    text = "“The grid is the enemy,” our lead designer Priya Venkat likes to say.\n"
    assert _speakers(text) == ["Priya Venkat"]


def test_callers_named_with_where_they_live() -> None:
    """ "a caller, Bheki from Kgosing Extension, said" gave "Extension"; "Another father,
    who gave his name only as Tony, asked …" left him out."""
    text = (
        "Minutes later a caller, Bheki from Kgosing Extension, said: ‘My brother was hijacked.’\n"
    )
    assert _speakers(text) == ["Bheki"]
    text = (
        "From the floor, Padraig Sullivan said he had been advised to look elsewhere. “She’s"
        " 12,” he said.\n\n"
        "Another father, who gave his name only as Tony, asked why the site was still a"
        " field. “There’s horses grazing on it,” he said.\n"
    )
    assert _speakers(text) == ["Padraig Sullivan", "Tony"]


def test_credits_that_name_the_speaker_as_owner_or_subject() -> None:
    """ "That was Gerald Nwachukwu’s first reaction when …" and "Sen. Mitchell Ravens (R-Ohio)
    offered that wry assessment Wednesday …" credit the quote set alone before them."""
    text = (
        "“I thought my camera had a fault. Stars aren’t supposed to repeat themselves.”\n\n"
        "That was Gerald Nwachukwu’s first reaction when he checked his images.\n"
    )
    assert _speakers(text) == ["Gerald Nwachukwu"]
    text = (
        "“I didn’t come here to make friends, and judging by today, I haven’t.”\n\n"
        "Sen. Mitchell Ravens (R-Ohio) offered that wry assessment Wednesday after he blocked"
        " the bill.\n"
    )
    assert _speakers(text) == ["Mitchell Ravens"]


def test_the_panel_is_the_committee() -> None:
    """ "The House Ethics Committee has opened an inquiry … “…,” the panel said in a
    statement." gave no one."""
    text = (
        "The House Ethics Committee has opened a formal inquiry into Rep. Tamsin Oduya, the"
        " committee announced Wednesday.\n\n"
        "“The decision to review this matter does not itself indicate any violation,” the"
        " panel said in a statement.\n"
    )
    assert _speakers(text) == ["House Ethics Committee"]
