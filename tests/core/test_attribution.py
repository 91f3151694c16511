"""Speaker attribution: cues, appositives, pronouns, role nouns and fullest names."""

from __future__ import annotations

from desktop.core.model import Quote
from desktop.core.quotes import find_quotes

INTRO = (
    "Norlandic Prime Minister Halvard Nessim met Ostrian President Mirela Vostrikova "
    "in Tarn on Monday.\n\n"
)


def quotes_of(text: str) -> list[Quote]:
    return list(find_quotes(text).quotes)


def test_said_after_and_before_the_name() -> None:
    text = INTRO + "“The border stays open,” Nessim said. “Trade will grow,” said Vostrikova."
    first, second = quotes_of(text)
    assert (first.speaker, first.cue, first.verb) == ("Halvard Nessim", "Nessim said", "said")
    assert (second.speaker, second.cue) == ("Mirela Vostrikova", "said Vostrikova")


def test_colon_introduction_and_told() -> None:
    text = INTRO + "Vostrikova told reporters: “We signed nothing today.”"
    quote = quotes_of(text)[0]
    assert quote.speaker == "Mirela Vostrikova"
    assert quote.verb == "told"


def test_according_to() -> None:
    text = INTRO + "The deal is “a first step,” according to Nessim."
    quote = quotes_of(text)[0]
    assert quote.speaker == "Halvard Nessim"
    assert quote.kind == "fragment"


def test_title_and_appositive_give_the_person() -> None:
    text = (
        INTRO + "Meanwhile, Nessim's special envoy for the northern islands, Edvin Sollan, "
        "said: “Both sides will have to give ground.”\n\n"
        "“Nobody gets everything,” Sollan, a former diplomat, added."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Edvin Sollan"
    assert second.speaker == "Edvin Sollan"
    assert second.verb == "added"


def test_pronouns_go_to_the_last_compatible_person() -> None:
    text = (
        INTRO + "Vostrikova spoke first and her tone was firm.\n\n"
        "“We will not be rushed,” she said.\n\n"
        "Nessim answered an hour later.\n\n"
        "“Nobody is rushing anyone,” he said."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Mirela Vostrikova"
    assert second.speaker == "Halvard Nessim"


def test_pronoun_skips_names_inside_quotes() -> None:
    text = INTRO + (
        "Nessim was asked about the talks. “I do not trust Vostrikova on fishing quotas,” he said."
    )
    assert quotes_of(text)[0].speaker == "Halvard Nessim"


def test_role_noun_means_the_person_introduced_with_that_role() -> None:
    text = INTRO + "“Our ports are open,” the Ostrian president said."
    assert quotes_of(text)[0].speaker == "Mirela Vostrikova"


def test_quote_after_a_sentence_naming_the_speaker() -> None:
    text = INTRO + (
        "On fishing, Vostrikova made her position clear.\n\n"
        "“The quotas were set in 1998 and they will not change.”"
    )
    quote = quotes_of(text)[0]
    assert quote.speaker == "Mirela Vostrikova"
    assert quote.cue is None


def test_following_quote_keeps_the_speaker() -> None:
    text = INTRO + "“We agreed on fish,” Nessim said. “And on timber, too.”"
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "Halvard Nessim"


def test_surname_gives_the_fullest_name_even_with_another_spelling() -> None:
    text = (
        "Ostrian President Oleksandr Kovalenskyy arrived late.\n\n"
        "“The road was closed,” Kovalensky said."
    )
    assert quotes_of(text)[0].speaker == "Oleksandr Kovalenskyy"


def test_organisation_spokesperson_and_acronym() -> None:
    text = (
        "The Northern Fisheries Agency (NFA) published its figures.\n\n"
        "“Catches fell by a third,” an NFA spokesperson said."
    )
    assert quotes_of(text)[0].speaker == "Northern Fisheries Agency"


def test_unnamed_speaker_stays_unnamed() -> None:
    text = INTRO + "“Nobody expected this,” one official told reporters."
    assert quotes_of(text)[0].speaker is None


def test_cue_after_a_second_quote_in_the_same_sentence() -> None:
    text = INTRO + (
        "“The quota rules ignore the science,” which requires a “fair share for the islands,” "
        "Nessim said."
    )
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "Halvard Nessim"


def test_bare_surname_shared_by_relatives_stays_a_surname() -> None:
    text = (
        "Brandt's son Oskar Brandt and his daughter Mia Brandt run the firm. "
        "Brandt said in May that he would sell. Brandt wrote to the board in June. "
        "Brandt left the meeting early. Brandt never returned.\n\n"
        "“I built this company,” Brandt said."
    )
    assert quotes_of(text)[-1].speaker == "Brandt"


def test_told_cue_keeps_the_listener() -> None:
    text = INTRO + "“We will not give up the islands,” Nessim told Morgan in the interview."
    quote = quotes_of(text)[0]
    assert (quote.cue, quote.verb, quote.speaker) == (
        "Nessim told Morgan",
        "told",
        "Halvard Nessim",
    )


def test_role_then_name_after_the_verb() -> None:
    text = (
        "The Harbour Trust criticised the plan. “It costs twice what they claim,” "
        "said its director, Ansel Moberg."
    )
    assert quotes_of(text)[0].speaker == "Ansel Moberg"


def test_body_that_welcomed_and_urged() -> None:
    text = (
        "The Northern Fisheries Council welcomed the deal and urged the ministry to "
        "“extend the same terms to every island.”"
    )
    assert quotes_of(text)[0].speaker == "Northern Fisheries Council"


def test_places_never_speak() -> None:
    text = (
        "The agency halted two leases in the Gulf of Tarn because of “conflicting rulings "
        "that held up the work.”"
    )
    assert quotes_of(text)[0].speaker != "Gulf of Tarn"


def test_they_means_the_plural_body_named_before() -> None:
    text = (
        "House Republicans sent a letter to the ministry on Monday.\n\n"
        "“The quota deal will not survive the next election,” they wrote."
    )
    assert quotes_of(text)[0].speaker == "House Republicans"


def test_party_and_state_after_a_name_are_not_a_speaker() -> None:
    for text in (
        "“The bill passes tonight,” Senate leader Maren Holt, D-N.Y., said.",
        "“ The bill passes tonight , ” Senate leader Maren Holt , D - N.Y. , said .",
    ):
        assert quotes_of(text)[0].speaker == "Maren Holt"


def test_they_means_the_pair_named_before() -> None:
    text = (
        "In a joint statement, Senate leader Maren Holt, D-N.Y., and Sen. Ivo Brandt, "
        "D-Mass., welcomed the deal.\n\n"
        "“Families will finally have room to breathe,” they said. "
        "“We do not agree with every figure,” the two Democrats added."
    )
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "Maren Holt and Ivo Brandt"


def test_they_means_a_couple_sharing_a_surname() -> None:
    text = (
        "Two plaintiffs, Lena and Tomas Halloway of Eastmoor, issued a statement.\n\n"
        "“We are so happy for every family waiting,” they said."
    )
    assert quotes_of(text)[0].speaker == "Lena and Tomas Halloway"


def test_the_senators_means_the_party_senators_not_the_latest_party() -> None:
    text = (
        "Republican senators sent an open letter to the Ostrian government on Monday. "
        "Democrats blasted the letter.\n\n"
        "“You may not understand our system,” the senators wrote. "
        "The senators also wrote that any deal could be undone. "
        "“The next president could revoke it,” they wrote."
    )
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "Senate Republicans"


def test_person_named_after_an_organisation_modifier_is_the_subject() -> None:
    text = INTRO + (
        "Tarn Radio contributor Pell Anders, a former officer, blasted the decision in a "
        "column. “The network has lost its way,” he wrote."
    )
    assert quotes_of(text)[0].speaker == "Pell Anders"


def test_according_to_makes_the_source_the_one_in_focus() -> None:
    text = (
        "Vice Minister Karl Dremmen flew in on Sunday, said his aide Ottilie Sarn. "
        "The minister did not ask Dremmen to stay, according to Ms. Sarn. "
        "“It was a suggestion, not a command,” she told reporters."
    )
    assert quotes_of(text)[-1].speaker == "Ottilie Sarn"


def test_names_listed_after_a_preposition_are_not_subjects() -> None:
    text = (
        "Senator Rhona Vell spoke at the harbour. After the deaths of Ana Pirs, Bo Lund and "
        "Cara Mett, the senator issued a statement.\n\n"
        "“We can and must do better,” she said."
    )
    assert quotes_of(text)[0].speaker == "Rhona Vell"


def test_spokesman_named_after_a_comma_in_tokenised_text() -> None:
    text = "“ It is their choice , ” said the spokesman , Ivo Brandt . “ She remains ready . ”"
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "Ivo Brandt"


def test_relative_clause_after_a_fragment_is_not_its_cue() -> None:
    text = INTRO + (
        "Mr. Nessim said Ms. Vostrikova’s “private arrangement with herself” — in which she "
        "claimed full control of the files — must be explained."
    )
    assert quotes_of(text)[0].speaker == "Halvard Nessim"


def test_speaker_beats_the_reporter_named_by_according_to() -> None:
    text = (
        "Network chief Tomas Leid spoke on a staff call, reported media writer Ines Varro.\n\n"
        "Leid said on the call, according to Varro, that the viewers represent "
        "“a large part of the country.”"
    )
    assert quotes_of(text)[0].speaker == "Tomas Leid"


def test_dashed_aside_before_the_verb_is_skipped() -> None:
    text = (
        "In 2003 the Council for Island Affairs — then led by Cardinal Aurel Penn, who later "
        "became Pope Aurel II — declared that “recognition of the claim would be a grave error.”"
    )
    assert quotes_of(text)[0].speaker == "Council for Island Affairs"


def test_person_in_appositive_beats_the_body_they_work_for() -> None:
    text = (
        "Edda Morrow, a senior official with the Tarn Fuel Institute, the largest trade group, "
        "called the decision “another blow to the fuel industry in the north.”"
    )
    assert quotes_of(text)[0].speaker == "Edda Morrow"


def test_role_noun_with_a_party_means_the_person_in_focus() -> None:
    text = (
        "Sen. Tova Brandt (R-Kan.) wrote on Thursday that the reversal proves her point. "
        "“He should apply the same reasoning to the ports,” the Kansas Republican added."
    )
    assert quotes_of(text)[0].speaker == "Tova Brandt"


def test_unnamed_speaker_does_not_fall_back_to_the_person_in_focus() -> None:
    text = INTRO + (
        "“This was a disaster,” an anonymous ministry aide told the Gazette. "
        "“Heads should roll,” the lawmaker added.\n\n"
        "Another staffer was even more blunt. “The worst hour I have seen,” she sighed."
    )
    assert [q.speaker for q in quotes_of(text)] == [None, None, None]


def test_who_stands_for_an_unnamed_writer() -> None:
    text = INTRO + (
        "Nessim faced criticism, including from a local columnist who called the trip "
        "“the lowest moment of his career.” Nessim fondly remembers an “old fisherman” who told "
        "him “you have a face like a map of the islands.”"
    )
    speakers = {q.text: q.speaker for q in quotes_of(text)}
    assert speakers["the lowest moment of his career."] is None
    assert speakers["you have a face like a map of the islands."] is None


def test_owner_of_a_line_before_a_colon_speaks() -> None:
    text = INTRO + (
        "Nessim’s other big applause line at the summit regarding Vostrikova: "
        "“That is one down and two more to go.”"
    )
    assert quotes_of(text)[0].speaker == "Halvard Nessim"


def test_title_after_in_is_not_a_quote() -> None:
    text = INTRO + (
        "“Fishing families have a right to a future,” Nessim said in “Tidelines,” a new film "
        "about his life. “Nobody should be thrown out.”"
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "Fishing families have a right to a future,",
        "Nobody should be thrown out.",
    ]
    assert found[1].speaker == "Halvard Nessim"


def test_surname_used_alone_throughout_is_a_subject() -> None:
    text = (
        "Varga’s plan was announced on Monday. Critics attacked Varga’s record on schools. "
        "Governor Ilse Mott and her aides pushed back.\n\n"
        "Now running again, Varga is calling for “patriotic values in every classroom.”"
    )
    assert quotes_of(text)[0].speaker == "Varga"


def test_a_name_after_unlike_is_not_the_subject() -> None:
    text = (
        "Energy Secretary Jenna Grall said the talks must end this week. "
        "Commerce Secretary Gina Ramos was calmer. Unlike Grall, Ramos also played down the "
        "deadline. “The practice of legislating is more art than science,” she said."
    )
    assert quotes_of(text)[0].speaker == "Gina Ramos"


def test_a_newspaper_with_the_is_not_a_person() -> None:
    text = (
        "“We must discern the candidates,” Bishop Anselm Roe said, according to The Courier. "
        "He continued: “This is something I worry about.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Anselm Roe", "Anselm Roe"]


def test_a_body_owning_the_report_speaks_for_it() -> None:
    text = (
        "The plan will cost $40 billion, the Fiscal Review Office (FRO) said on Monday. "
        "The FRO’s evaluation of the ministry's scheme concluded that the cost is "
        "“a result of cancelling the debt.”"
    )
    assert quotes_of(text)[0].speaker == "Fiscal Review Office"


def test_the_statement_means_whoever_wrote_it() -> None:
    text = (
        "The Harbour Council said on Monday it would not renew the permits. "
        "“The permits cannot be renewed,” the council’s legal office, the Office of Port "
        "Rights, wrote in the statement. The Fisheries Union criticised the move.\n\n"
        "“It is not lawful to fish the northern bay,” the statement said."
    )
    assert quotes_of(text)[-1].speaker == "Office of Port Rights"


def test_a_body_that_declined_but_said() -> None:
    text = (
        "Lawyer Ansel Moberg filed the suit. The Port Agency would not comment on the lawsuit "
        "but said, “we are confident the rule will be upheld in the courts.”"
    )
    assert quotes_of(text)[0].speaker == "Port Agency"


def test_a_bureau_named_for_a_sea_can_speak() -> None:
    text = (
        "President Ilse Varga signed the order. The Interior Department's Bureau of Northern "
        "Sea Management has cancelled sales three times, also citing “lack of industry interest.”"
    )
    assert quotes_of(text)[0].speaker == "Bureau of Northern Sea Management"


def test_cueless_fragment_goes_to_the_subject_not_the_object() -> None:
    text = (
        "Two years ago, candidate Ilse Varga loudly denounced Mayor Tomas Brandt for harbour "
        "policies that inflicted “cruelty at every turn.”"
    )
    assert quotes_of(text)[0].speaker == "Ilse Varga"


def test_a_tweet_owner_after_a_date() -> None:
    text = (
        "Ines Morris and Tomas Brandt both posted on Monday. — Tomas Brandt (@tbrandt) "
        "May 30, 2019 Morris' tweet reads, “The harbour belongs to all of us.”"
    )
    assert quotes_of(text)[0].speaker == "Ines Morris"


def test_pronoun_after_an_unnamed_spokeswoman_means_her_body() -> None:
    text = INTRO + (
        "A Tarn Harbour Board spokeswoman declined to discuss the fees on Tuesday. "
        "“We are reviewing every figure,” she said."
    )
    assert quotes_of(text)[0].speaker == "Tarn Harbour Board"


def test_pronoun_right_after_a_name_shows_gender() -> None:
    text = (
        "Halvard Nessim took questions at the town hall. The crowd laughed when Nessim talked "
        "over Dana Kell as she tried to correct him. Kell asked why the plan had changed, "
        "and he answered: “Because now I am not in charge.”"
    )
    assert quotes_of(text)[0].speaker == "Halvard Nessim"
