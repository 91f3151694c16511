"""Shapes of broadcast interviews and wire copy: the one a question is put to answers it,
a state agency passes a leader's words on, a spokeswoman speaks for the official she
serves, and a headline quotes the person the article names."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_the_one_asked_whether_she_regretted_it_answers() -> None:
    text = (
        "Former adviser Lucinda Hargreave-Moss said on “The Sunday Ledger” that her boss "
        "changed his mind every week.\n\n"
        "“It wasn’t malice,” she told host Barnaby Quist.\n\n"
        "Quist asked whether she regretted staying on as long as she did. “Every day,” she "
        "said.\n"
    )
    assert _speakers(text) == ["Lucinda Hargreave-Moss", "Lucinda Hargreave-Moss"]


def test_the_one_pressed_is_not_called_she_for_the_question() -> None:
    """ "Okafor-Lind pressed her on whether she could back it": the "she" is the senator's."""
    text = (
        "Senator Dorothea Vance-Pruitt said on Sunday that she would not vote for the "
        "package.\n\n"
        "“It is a giveaway dressed up as reform,” the senator told host Reuben Okafor-Lind.\n\n"
        "Okafor-Lind pressed her on whether she could back a smaller version. “Would you "
        "vote for it then?” he asked.\n\n"
        "“Ask me when there’s a bill,” she replied.\n"
    )
    assert _speakers(text)[-1] == "Dorothea Vance-Pruitt"


def test_the_minister_asked_to_respond_answers() -> None:
    text = (
        "Borders minister Fenella Dacre-Boyd and her predecessor, Marjorie Elkington, met on "
        "the radio on Friday.\n\n"
        "“The backlog has fallen by a third,” Ms Dacre-Boyd said.\n\n"
        "Presenter Ashok Verlaine asked the minister to respond. She said: “I’ll take a "
        "third off the backlog over a lecture.”\n"
    )
    assert _speakers(text) == ["Fenella Dacre-Boyd", "Fenella Dacre-Boyd"]


def test_an_agency_quoting_him_as_telling_passes_his_words_on() -> None:
    text = (
        "Korvan President Aurel Damask spoke to the defence council on Wednesday.\n\n"
        "“The enemy speaks of peace and moves artillery in the north,” KNA quoted him as "
        "telling the council.\n"
    )
    assert _speakers(text) == ["Aurel Damask"]


def test_a_spokeswoman_for_the_governor_speaks_for_the_governor_named() -> None:
    text = (
        "Senate Majority Leader Dorine Pasquale attacked the cuts on Tuesday.\n\n"
        "Gov. Harlan Teague’s office fired back. A spokeswoman for the governor said: “The "
        "governor has put forward a balanced plan.”\n"
    )
    assert _speakers(text) == ["Harlan Teague"]


def test_that_was_how_a_role_described_it_names_the_role_s_holder() -> None:
    text = (
        "“We didn’t lose those officers to another city. We lost them to a spreadsheet.”\n\n"
        "That was how the Brennick police chief described the staffing crisis on Monday.\n\n"
        "Chief Annalise Corrado said the department had lost 31 officers.\n"
    )
    assert _speakers(text) == ["Annalise Corrado"]


def test_a_teacher_from_a_town_is_nobody_named() -> None:
    text = (
        "The queue stretched back two kilometres.\n\n"
        "“We left with what we could carry,” said a 34-year-old teacher from Velmar.\n"
    )
    assert _speakers(text) == [None]


def test_a_he_after_officials_left_unnamed_is_the_man_named() -> None:
    text = (
        "Foreign Minister Oren Valcik met his counterpart on Tuesday.\n\n"
        "Valcik said the delegation had tabled a buffer zone, an idea Korvan officials have "
        "repeatedly dismissed as “a land grab by another name.”\n\n"
        "“If Korva wants a ceasefire, the map is on the table,” he said.\n"
    )
    assert _speakers(text)[-1] == "Oren Valcik"


def test_a_post_on_her_story_is_hers() -> None:
    text = (
        "Presenter Gemma Larkspur is unhappy with changes to the show.\n\n"
        "Hours later, Gemma shared a message on her Story, which read: “Be careful who you "
        "trust. Salt and sugar look the same.”\n"
    )
    assert _speakers(text) == ["Gemma Larkspur"]


def test_a_pair_whose_first_surname_is_hyphenated_speaks_jointly() -> None:
    text = (
        "Two former governors, Horace Delacroix-Ames and Winifred Osei-Langford, appeared "
        "together on Sunday.\n\n"
        "“Neither of us likes every line on this map,” they said in a joint statement.\n"
    )
    assert _speakers(text) == ["Horace Delacroix-Ames and Winifred Osei-Langford"]


def test_a_claim_after_a_possessive_and_adjective_is_a_noun_not_a_cue() -> None:
    text = (
        "The Ridgeline Broadcasting Group said Wednesday that its stations would not air an "
        "advertisement from the campaign of candidate Otis Fairweather, calling the ad’s "
        "central claim “demonstrably false.”\n"
    )
    assert _speakers(text) == ["Ridgeline Broadcasting Group"]


def test_a_headline_quotes_the_person_the_article_names() -> None:
    text = (
        "Whitcomb Blasts Budget Deal: “They Sold Out Every Family in Corwin”\n\n"
        "Sen. Darla Whitcomb did not mince words on Tuesday night.\n"
    )
    quotes = find_quotes(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("They Sold Out Every Family in Corwin", "Darla Whitcomb")
    ]


def test_a_work_s_title_in_a_headline_is_still_a_title() -> None:
    """Guard: a review's headline names a film, nobody speaking."""
    text = "Film review: “Midnight in the Orchard”\n\nThe film opens on a farm in winter.\n"
    assert find_quotes(text).quotes == ()


def test_titles_polls_and_links_are_no_quotes() -> None:
    text = (
        "The attorney general's office issued guidance — titled, with a straight face, "
        "“Responsible Resource Allocation in County Law Enforcement: Best Practices” — that "
        "critics call a backdoor cut.\n\n"
        "A new report from the Fairhaven Policy Institute, “Who pays when the plant closes: "
        "Tax abatements and broken promises,” found that jobs were cut.\n\n"
        "READER POLL: “Should Alder County drop its tablet vendor before November?” Vote "
        "below.\n\n"
        "Read next: “Is the smart ring finally worth it?”\n"
    )
    assert find_quotes(text).quotes == ()


def test_a_statement_the_person_issued_is_theirs() -> None:
    text = (
        "Safe Streets Harrowmere submitted more than 60,000 signatures on Monday.\n\n"
        "Lindahl-Grant, in a lengthy statement posted to her office’s website, called the "
        "recall a stunt.\n\n"
        "“I was elected to stop filling jails with people who need treatment,” the statement "
        "read.\n"
    )
    text = "District Attorney Sofia Lindahl-Grant faces a recall.\n\n" + text
    assert _speakers(text) == ["Sofia Lindahl-Grant"]


def test_a_letter_from_a_senator_warning_of_something_is_hers() -> None:
    text = (
        "Energy Secretary Marguerite Olander said Sunday that the standards would not be "
        "delayed, despite a letter from Sen. Beverly Strand (R-Quenshaw) warning of "
        "“skyrocketing costs for working families.”\n"
    )
    assert _speakers(text) == ["Beverly Strand"]


def test_a_quote_after_a_titled_person_s_sentence_is_theirs() -> None:
    """A first name no list holds ("Hartley") still names a person with a title before it."""
    text = (
        "The Broadcasting Standards Council has opened an investigation.\n\n"
        "Presenter Hartley Voss defended the segment on Monday night’s programme. “We put a "
        "former cabinet minister on air and let him speak.”\n"
    )
    assert _speakers(text) == ["Hartley Voss"]
