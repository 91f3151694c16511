"""Speaker attribution: cues, appositives, pronouns, role nouns and fullest names."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "text",
    [
        "Koll’s book, “How to lose an election and win a country,” became a bestseller.",
        "The episode, “The one where everybody lies to the mayor,” aired on Sunday night.",
        "The petition, “Save the Westfield library from closure,” had 10,000 signatures.",
        "Under the heading “What the council will not tell you,” the leaflet listed ten claims.",
        "The group, “Mothers against the new road,” held its first meeting on Monday.",
        "Searches for “how to move to Canada” spiked on election night, the company said.",
        # strings in program code
        "Add this line to the file:\n\nname = “my first little app”\n\nThen run it again.",
        "You can print a greeting with print(“Hello there, how are you today?”) at once.",
        "The record looks like this: {“title”: “A day in the life of a city”}.",
    ],
)
def test_a_title_or_a_string_in_code_is_not_a_quote(text: str) -> None:
    assert quotes_of(INTRO + text) == []


def test_a_quote_in_brackets_after_a_space_stays_a_quote() -> None:
    text = INTRO + "Nessim repeated his line (“we will not sell the ferries to anyone”) twice."
    assert [q.text for q in quotes_of(text)] == ["we will not sell the ferries to anyone"]


def test_words_quoted_from_a_column_stay_a_quote() -> None:
    text = INTRO + (
        "In her column, “I have never been so angry at this council,” Koll wrote on Sunday."
    )
    assert [q.text for q in quotes_of(text)] == ["I have never been so angry at this council,"]


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
        "Lawyer Ansel Moberg filed the suit. The Port Agency would not discuss the case "
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


def test_inverted_cue_makes_the_name_the_antecedent_of_he() -> None:
    text = (
        "Tarn's exit from the Harbour Accord could still hurt, said Ivo Rask, a fellow at "
        "the Coastline Institute. “We will lose a lot of trust with our partners,” he said."
    )
    assert quotes_of(text)[0].speaker == "Ivo Rask"


def test_said_before_a_clause_is_not_an_inverted_cue() -> None:
    text = (
        "Senator Dag Holm spoke on Monday, and Holm said Ostria is a bigger threat than ever. "
        "“I would urge everyone to join us now,” he said."
    )
    assert quotes_of(text)[0].speaker == "Dag Holm"


def test_role_phrase_with_a_place_means_the_person_in_focus() -> None:
    text = (
        "Ilse Varga was asked about the harbour fees on Monday. “Spare me the excuses about "
        "costs,” the Tarn senator responded. “The fees stay where they are.”"
    )
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "Ilse Varga"


def test_party_role_phrase_without_a_matching_role_word() -> None:
    text = (
        "Senate Minority Leader Ruben Alcott spoke to the Tarn Gazette. “No exceptions to the "
        "rule at all, period,” the Republican leader said."
    )
    assert quotes_of(text)[0].speaker == "Ruben Alcott"


def test_pronoun_in_an_opening_quote_means_the_person_named_next() -> None:
    text = (
        "“It is fair for people to ask about my health,” he said. President Halvard Nessim on "
        "Friday confirmed he will seek another term."
    )
    assert quotes_of(text)[0].speaker == "Halvard Nessim"


def test_bare_cue_sentence_after_a_full_stop() -> None:
    text = INTRO + (
        "“Do you agree with your minister?” Dana Kell asked Nessim. "
        "“I meant what I said. I have work to finish first.” Nessim replied. "
        "The talks went on."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Dana Kell"
    assert second.speaker == "Halvard Nessim"


def test_a_full_stop_then_a_long_sentence_is_no_cue() -> None:
    text = INTRO + (
        "Vostrikova told reporters: “I have work to finish first.” Nessim said the talks would "
        "resume next week in Tarn."
    )
    assert quotes_of(text)[0].speaker == "Mirela Vostrikova"


def test_words_owned_by_a_person_beat_the_reporter_cue() -> None:
    text = INTRO + (
        "Reporter Dana Kell noted Nessim’s 2019 pledge – “I guarantee you, we will close the "
        "coal port” – and asked whether it still held."
    )
    assert quotes_of(text)[0].speaker == "Halvard Nessim"


def test_an_unnamed_group_opening_the_sentence_speaks_for_nobody() -> None:
    text = INTRO + (
        "Nessim spoke for an hour. Other people in the crowd began to shout as well: "
        "“Stop the port fees now, please.”"
    )
    assert quotes_of(text)[0].speaker is None


def test_found_that_is_a_cue() -> None:
    text = INTRO + (
        "Nessim has never offered a plan. In a review of the harbour, the Tarn Port Authority "
        "found that “nine of ten ships arrive late every single week.”"
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.cue) == (
        "Tarn Port Authority",
        "the Tarn Port Authority found that",
    )


def test_a_surname_used_alone_before_a_relative_is_introduced() -> None:
    text = (
        "Nessim is weighing another run. Nessim said little on Friday. Critics say Nessim is "
        "too old. But first lady Rita Nessim hinted at a decision. “He is not finished,” the "
        "first lady told reporters. Nessim wrote: “I will decide by spring, not before.”"
    )
    first, second = quotes_of(text)
    assert first.speaker == "Rita Nessim"
    assert second.speaker == "Nessim"


def test_a_surname_after_the_full_name_is_that_person_despite_a_stray_capital() -> None:
    text = (
        "Energy Secretary Arne Falk spoke on Thursday. “Light keeps people safe,” Falk said. "
        "Falk repeated it. Falk smiled. “It matters a great deal to us,” Falk said. "
        "Full Falk quote on the video."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Arne Falk", "Arne Falk"]


def test_a_sole_title_stays_in_the_fullest_name() -> None:
    text = "Pope Anselm spoke in Tarn. “Every family deserves a home,” Anselm said."
    assert quotes_of(text)[0].speaker == "Pope Anselm"


def test_a_title_before_a_name_with_its_court_is_dropped() -> None:
    text = (
        "Judge Arne Falk of the Tarn District Court ruled on Monday, writing that the city "
        "must “keep the harbour open to every ship” while the case goes on."
    )
    assert quotes_of(text)[0].speaker == "Arne Falk"


def test_a_surname_ending_in_ly_is_a_name() -> None:
    text = "Senator Mark Donnelly spoke. “This bill is dead on arrival today,” Donnelly said."
    assert quotes_of(text)[0].cue == "Donnelly said"


def test_an_elect_title_is_not_the_sitting_holder() -> None:
    text = (
        "Ilse Varga praised Ostrian President Mirela Vostrikova on Friday for holding off. "
        "“Great move on the delay, I always knew she was smart!” the president-elect wrote."
    )
    assert quotes_of(text)[0].speaker == "Ilse Varga"


def test_a_page_owned_by_a_body_speaks_for_it() -> None:
    text = INTRO + (
        "Nessim declined to comment. The Tarn Harbour Association's careers page calls "
        "itself “an exclusive private club on the northern shore.”"
    )
    assert quotes_of(text)[0].speaker == "Tarn Harbour Association"


def test_a_spokesperson_for_a_person_speaks_for_that_person() -> None:
    text = INTRO + "A spokesperson for Nessim said: “The minister has no further comment today.”"
    assert quotes_of(text)[0].speaker == "Halvard Nessim"


def test_the_body_noun_means_the_body_named_before() -> None:
    text = INTRO + (
        "The Tarn City Council voted on Monday. “This plan is a disaster for the city,” the "
        "council said in a statement."
    )
    assert quotes_of(text)[0].speaker == "Tarn City Council"


def test_the_two_means_the_pair_named_before() -> None:
    text = (
        "Tom Brandt and Ann Lee spoke in Tarn. “This plan is a disaster for us,” the two said "
        "in a joint statement."
    )
    assert quotes_of(text)[0].speaker == "Tom Brandt and Ann Lee"


def test_a_role_noun_before_anyone_is_named_means_the_person_named_next() -> None:
    text = (
        "Ortiz’s plan drew fire on Monday. “We are going to win this fight for the workers,” "
        "the senator said. Sen. Lena Ortiz is up for re-election."
    )
    assert quotes_of(text)[0].speaker == "Lena Ortiz"


def test_a_gendered_title_sends_he_to_the_other_person_named() -> None:
    text = (
        "Congresswoman Ann Lee criticized Governor Tom Brandt on Monday. “She has no plan of "
        "her own,” he said."
    )
    assert quotes_of(text)[0].speaker == "Tom Brandt"


def test_a_party_tag_with_a_state_abbreviation_does_not_end_the_cue() -> None:
    text = INTRO + (
        "Rep. Ada Kroll spoke first.\n\n"
        "“The quotas are a betrayal,” Rep. Lena Ortt, D-Calif., told reporters. "
        "“We will fight them,” Sen. Tomas Brell, R - Okla . , said in a statement."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Lena Ortt"
    assert second.speaker == "Tomas Brell"


def test_words_an_inner_speaker_says_directly_are_theirs() -> None:
    text = INTRO + (
        "Vostrikova said on Tuesday that Nessim told her, “We will not sign this year.”\n\n"
        "Nessim told police that two masked men stopped his car and shouted, “Go home.”"
    )
    first, second = quotes_of(text)
    assert first.speaker == "Halvard Nessim"
    assert second.speaker is None  # the men are never named


def test_words_woven_into_nested_reported_speech_are_the_teller_s() -> None:
    text = INTRO + (
        "Vostrikova said that Nessim, who once ran the fisheries board, told her that "
        "trawlers “used to come home empty three days out of four.”\n\n"
        "Vostrikova said that the plan was dead and added: “We will fight it all the way.”\n\n"
        "Nessim said Vostrikova had called the plan “a betrayal of every fisherman.”"
    )
    first, second, third = quotes_of(text)
    assert first.speaker == "Mirela Vostrikova"
    assert second.speaker == "Mirela Vostrikova"
    assert third.speaker == "Mirela Vostrikova"  # her word for it, though Nessim reports it


def test_a_role_owned_by_a_country_then_the_name() -> None:
    text = INTRO + "“We will not move,” said Ostria's fisheries minister, Jan Holub."
    assert quotes_of(text)[0].speaker == "Jan Holub"


def test_a_paper_that_reports_someone_saying_is_not_the_speaker() -> None:
    text = INTRO + (
        "“Come back to the table,” The Tarn Courier reported Nessim saying on Friday.\n\n"
        "Vostrikova claimed that Norland “never wanted a deal at all,” according to the Courier."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Halvard Nessim"
    assert second.speaker == "Mirela Vostrikova"


def test_a_relative_that_before_the_verb_does_not_cut_off_the_subject() -> None:
    text = INTRO + (
        "Rep. Ines Varro, R-Vesk, an ally of the harbour union that has clashed with "
        "Nessim, said: “This man has never set foot on a trawler.”"
    )
    assert quotes_of(text)[0].speaker == "Ines Varro"


def test_a_cue_after_a_fragment_that_runs_on() -> None:
    text = (
        "The harbour board is “doing all it can to print the tide tables soon” for the "
        "new season, said Ola Pike, a spokesman for the Vesk Harbour Board."
    )
    assert quotes_of(text)[0].speaker == "Ola Pike"


def test_a_court_that_held_is_the_speaker_not_the_case_name() -> None:
    text = (
        "In Varro v. Ostria (1959), the Supreme Court held that “the council may only "
        "investigate what it may legislate on.”\n\n"
        "The Presidents Ola Pike of Vesk and Ines Marr of Tarn put out a statement that "
        "repeated “our pledge of open harbours for every fleet.”"
    )
    first, second = quotes_of(text)
    assert first.speaker == "Supreme Court"
    assert second.speaker == "Ola Pike"


def test_a_participle_in_a_who_clause_belongs_to_the_antecedent() -> None:
    text = INTRO + (
        "Spokeswoman Ada Kroll hosted a dinner for Vostrikova, who softened her tone on Monday by "
        "claiming that “nobody wants a fishing war at all.”"
    )
    assert quotes_of(text)[0].speaker == "Mirela Vostrikova"


def test_a_name_of_its_state_then_an_appositive_before_told() -> None:
    text = INTRO + (
        "“It is a sad day for the coast,” Rep. Ines Marr of Vesk, the ranking member of the "
        "fisheries committee, told the Tarn Courier on Sunday. “We made a promise to the crews.”"
    )
    first, second = quotes_of(text)
    assert first.speaker == "Ines Marr"
    assert second.speaker == "Ines Marr"


def test_an_aside_between_commas_does_not_hide_the_subject() -> None:
    text = (
        "Governor Ann Lee signed the bill. Writer Tom Hale mocked the coverage. "
        "The Courier report, though, concedes, “While the event would not be banned, it "
        "shows a double standard.”"
    )
    assert quotes_of(text)[0].speaker == "Courier"


def test_a_sentence_after_the_quote_that_names_whose_words_they_were() -> None:
    text = INTRO + (
        "“We will not move an inch on the quotas.” The words came from Vostrikova, who "
        "spoke in Tarn.\n\n“Nobody gets a deal by shouting.”\n\n"
        "That was the blunt message from Nessim on Tuesday."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Mirela Vostrikova"
    assert second.speaker == "Halvard Nessim"


def test_that_was_her_again_and_an_answer_delivered_by_name_the_speaker_after() -> None:
    text = INTRO + (
        "“Nobody wants it less than the people standing in the rain.”\n\n"
        "That was the union’s answer, delivered by Vostrikova from the steps.\n\n"
        "“Not one of us wanted to be standing here tonight.”\n\n"
        "That was Nessim again, as the rain came in."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Mirela Vostrikova", "Halvard Nessim"]


def test_a_spokeswoman_reading_a_statement_voices_its_author() -> None:
    text = INTRO + (
        "Ada Kroll read a statement from Nessim: “We tried everything. The door remains open.”"
    )
    assert quotes_of(text)[0].speaker == "Halvard Nessim"


def test_reporting_verbs_in_the_plural_present() -> None:
    text = INTRO + (
        "Vostrikova spoke first.\n\nCritics argue that the quotas “will empty every harbour "
        "on the coast,” and experts warn that “the stocks will not recover in time.”"
    )
    first, second = quotes_of(text)
    assert (first.speaker, first.verb) == (None, "argue")
    assert (second.speaker, second.verb) == (None, "warn")


def test_a_title_in_quote_marks_inside_the_cue_after_a_question() -> None:
    text = INTRO + (
        "Officials denied the story.\n\n"
        "“How dumb is this claim? Has nobody at the ministry read the report?” Ines Marr, "
        "editor of the Courier’s “Fact Check,” wrote in reply to the ministry’s first post."
    )
    assert quotes_of(text)[0].speaker == "Ines Marr"


def test_words_inside_someone_else_s_claim_are_theirs() -> None:
    text = INTRO + (
        "Nessim dismissed Vostrikova's claim that the plan was “a betrayal of every "
        "fisherman.”\n\nVostrikova has called the plan “a gift to the southern fleets,” a "
        "charge Nessim denies."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Mirela Vostrikova"
    assert second.speaker == "Mirela Vostrikova"


def test_fired_back_and_came_the_reply_are_cues() -> None:
    text = INTRO + (
        "“We will not move,” Nessim said.\n\n“Neither will we,” Vostrikova fired back.\n\n"
        "“Then we wait,” came the reply from Nessim."
    )
    _, second, third = quotes_of(text)
    assert second.speaker == "Mirela Vostrikova"
    assert third.speaker == "Halvard Nessim"


def test_a_named_spokeswoman_after_the_verb_is_the_speaker() -> None:
    text = INTRO + (
        "“The talks went well,” said Nessim’s spokeswoman Ada Kroll. "
        "“Nobody left angry,” said a spokesman for Vostrikova, Ivo Barta."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Ada Kroll"
    assert second.speaker == "Ivo Barta"


def test_a_suffix_alone_and_doubled_spacing_do_not_break_the_finder() -> None:
    # Both used to raise IndexError, failing the whole article's import.
    suffixed = find_quotes("Mayor Tomas Berg, Jr., spoke. The mayor said “it was fine.”")
    assert [q.speaker for q in suffixed.quotes] == ["Tomas Berg"]
    assert find_quotes("Mayor Jr. spoke. The mayor said it was fine.").quotes == ()
    spaced = find_quotes("Ana Ruiz won. The result, according to  “initial counts,” was close.")
    assert [q.text for q in spaced.quotes] == ["initial counts,"]


def test_a_role_nobody_holds_yet_hands_the_subject_to_the_name_after_it() -> None:
    text = (
        "Tomas Berg spoke first. The president, Ana Ruiz, left early. “I have a flight,” she said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ana Ruiz"]
    alone = "The governor, Tomas Berg, has not decided. “I am thinking about it,” he said."
    assert [q.speaker for q in find_quotes(alone).quotes] == ["Tomas Berg"]


def test_a_body_inside_a_chain_of_appositives_is_not_the_speaker() -> None:
    # Tokenised text splits the possessive off the place: "Vesk ’s Dockers Union".
    text = (
        "Ines Lamm , the head of Vesk ’s Dockers Union , a labour group , said , "
        "“ The cuts would hurt every docker on the coast . ”"
    )
    assert quotes_of(text)[0].speaker == "Ines Lamm"


def test_whoever_leads_or_joins_the_speaker_is_not_the_speaker() -> None:
    text = (
        "The Tarn Supreme Court ruled on Friday. "
        "“The petitioners may go on,” the court, led by Justice Ines Lamm, said."
    )
    assert quotes_of(text)[0].speaker == "Tarn Supreme Court"
    text = (
        "Senator Orla Quist spoke at the rally. "
        "“We will win this fight,” Quist, joined by Mayor Bram Tolle, said."
    )
    assert quotes_of(text)[0].speaker == "Orla Quist"


def test_with_a_named_person_saying_gives_that_person() -> None:
    text = (
        "The Tarn Pensioners League blasted the cut on Thursday, with executive vice president "
        "Ines Lamm saying, “It would be a grave mistake to drop it.”"
    )
    assert quotes_of(text)[0].speaker == "Ines Lamm"
    text = "Senator Bram Tolle met with Ines Lamm saying “the cut is a grave mistake.”"
    assert quotes_of(text)[0].speaker == "Bram Tolle"


def test_the_one_asked_is_the_one_who_replies() -> None:
    text = (
        "Senator Orla Quist met Governor Bram Tolle in Vesk on Friday.\n\n"
        "Ines Lamm of the Vesk Courier asked Quist about the plan. "
        "“The harbour cannot wait another year,” she replied."
    )
    assert quotes_of(text)[0].speaker == "Orla Quist"


def test_a_shared_surname_means_the_relative_just_named_in_full() -> None:
    text = (
        "Senator Orla Quist clashed with President Bram Tolle on Friday. Tolle called her "
        "plan reckless, and Tolle's allies agreed.\n\n"
        "Kai Tolle, the president's son, defended his father. “My dad built this harbour,” "
        "Tolle said.\n\n"
        "The harbour opened in 1990 after a decade of work on its walls and piers. The "
        "senator's party voted against it then, and her allies have opposed every expansion "
        "since, citing the cost to the fishing fleet and to the towns along the coast.\n\n"
        "“The senator has never built anything,” Tolle said on Saturday."
    )
    first, second = quotes_of(text)
    assert first.speaker == "Kai Tolle"
    assert second.speaker == "Bram Tolle"


def test_said_the_capitalised_role_then_the_name() -> None:
    text = (
        "The shooting revived efforts in the House.\n\n"
        "“It is sickening that our children are dying,” said the House speaker, Ines Lamm."
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.cue) == ("Ines Lamm", "said the House speaker, Ines Lamm")


def test_his_answer_goes_to_the_man_named_when_the_subject_is_a_woman() -> None:
    text = (
        "Senator Orla Quist met President Bram Tolle in Vesk on Friday.\n\n"
        "His answer: “The senator has never built anything.”"
    )
    assert quotes_of(text)[0].speaker == "Bram Tolle"


def test_said_a_body_then_a_role_then_the_name_gives_the_name() -> None:
    text = (
        "The veto drew praise from shipping firms. "
        "“A wise decision,” said Nord Lines chief executive Ola Brenn."
    )
    assert quotes_of(text)[0].speaker == "Ola Brenn"
    text = "“We are disturbed,” said Ola Brenn of Witness at the Border, a church group."
    assert quotes_of(text)[0].speaker == "Ola Brenn"


def test_a_possessive_pronoun_never_looks_ahead_for_its_owner() -> None:
    text = (
        "In a short outline, Vesk officials defend the decision, calling his choice "
        "“the right thing for the harbour.” Later, Harbour Minister Kai Lund spoke."
    )
    assert quotes_of(text)[0].speaker is None


def test_who_after_an_appositive_means_the_name_before_it() -> None:
    text = (
        "Lawmakers voted to ban the fee. Ostrian Gov. Kai Stern, a Republican who once "
        "bragged he was the region’s “thriftiest chief executive,” has vowed to sign it."
    )
    assert quotes_of(text)[0].speaker == "Kai Stern"


@pytest.mark.parametrize(
    "cue",
    [
        "Senate Minority Leader Maren Holt and House Minority Leader Ivo Brandt blasted the cut",
        "Holt and Senate Budget Chairman Ivo Brandt, D-Mass., said in a joint statement",
    ],
)
def test_two_people_named_as_one_subject_speak_together(cue: str) -> None:
    text = (
        "Maren Holt and Ivo Brandt spoke in Tarn on Monday.\n\n"
        f"“The cut is a spiteful act aimed at working families,” {cue}."
    )
    assert quotes_of(text)[0].speaker == "Maren Holt and Ivo Brandt"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [("Brandt threatened", "Tomas Brandt"), ("his statement began", "Tomas Brandt")],
)
def test_a_threat_or_an_opening_line_names_its_speaker(cue: str, speaker: str) -> None:
    # The last person named (Varga) stayed away: the cue, not the passage, tells who spoke.
    text = (
        "Harbour master Tomas Brandt wrote to the crews on Monday. Mayor Ilse Varga stayed "
        f"away. “Every crew must report its catch before it lands at the pier,” {cue}."
    )
    assert quotes_of(text)[0].speaker == speaker


def test_a_cue_missing_its_verb_still_names_the_speaker() -> None:
    text = (
        "Senators met on Monday. “The short-term options are not ideal,” Sen. Ann Lee "
        "(D-Ariz.) told the Courier. “If the leader runs the same play again, we will "
        "come right up against a rule change,” Sen. Tom Kim (D-Del.). Others left early."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ann Lee", "Tom Kim"]


def test_a_title_after_a_quoted_word_is_no_verbless_cue() -> None:
    text = (
        "Press secretary Ann Lee spoke on Monday. The data are “ reassuring , ” Drs . Ola "
        "Brenn and Ivo Sand wrote in the Courier."
    )
    assert quotes_of(text)[0].speaker != "Drs"


def test_a_closing_cue_reports_the_clause_of_they() -> None:
    # "they agreed" is what Lee says of the pair; ", he added" closes the sentence.
    text = (
        "Governor Tom Lee endorsed Senator Ann Kim and Senator Mara Ray on Friday. "
        "“We need unity,” Lee said. Though the two may “differ on one or two points”, "
        "they share most goals, he added."
    )
    assert quotes_of(text)[-1].speaker == "Tom Lee"


def test_they_agreed_alone_is_the_pair() -> None:
    text = (
        "Senator Ann Kim and Senator Mara Ray met on Friday. “We will work together on "
        "the port,” they agreed, before leaving."
    )
    assert quotes_of(text)[0].speaker == "Ann Kim and Mara Ray"


def test_they_means_the_party_attorneys_general_named_before() -> None:
    text = (
        "Democratic attorneys general from nine states sued the Tarn administration on "
        "Friday. The lawsuit was filed in Vesk. The states involved are Norland, Ostria "
        "and Kessel. They claim that the order is an attempt “to gut the clinics of every "
        "town in the country.”"
    )
    assert quotes_of(text)[0].speaker == "Democratic attorneys general"


def test_who_after_a_party_group_means_the_group() -> None:
    text = (
        "Ministry lawyers keep fighting the ruling. Facing them are Republican "
        "attorneys general from nine states who argue that the rule is “the "
        "only safety valve left for the border towns.”"
    )
    assert quotes_of(text)[0].speaker == "Republican attorneys general"


def test_an_outlet_that_reported_passes_on_the_cited_words() -> None:
    text = (
        "Mayor Ilse Varga halted the payments on Friday. Varga cited a “court ruling that "
        "said it is unlawful to make those payments without a vote,” the Courier reported."
    )
    assert quotes_of(text)[0].speaker == "Ilse Varga"


def test_the_administration_is_the_leaders_named_before() -> None:
    text = (
        "Nine states sued President Ann Lee's administration on Friday. The administration "
        "cited a “court ruling that said it is unlawful to make those payments without a "
        "vote,” the Courier reported."
    )
    assert quotes_of(text)[0].speaker == "Lee administration"


def test_a_surname_means_one_of_two_titled_people_named_together() -> None:
    text = (
        "Senate Minority Leader Ann Varga and House Minority Leader Tom Pell blasted the "
        "move. The decision was expected. “It is going to be good for everybody,” Varga "
        "told reporters."
    )
    assert quotes_of(text)[0].speaker == "Ann Varga"


def test_dozens_of_groups_are_unnamed_speakers() -> None:
    text = (
        "Senator Ann Varga spoke on Monday. In a note to the harbour council this week, "
        "dozens of groups called for “clear harbour rules” such as “strict limits on "
        "mail-order fishing permits”, which the council has not taken up."
    )
    assert [q.speaker for q in quotes_of(text)] == [None, None]


def test_saying_after_a_document_led_clause_is_the_document_s_issuer() -> None:
    text = (
        "The Vesk Harbour Commission published its report on Friday. Mayor Tom Brandt "
        "welcomed it. Released on Harbour Day, the report even attacks the memory of "
        "the Salt Riots, saying that they “were quickly bent into schemes at odds with "
        "what the town first stood for.”"
    )
    assert quotes_of(text)[-1].speaker == "Vesk Harbour Commission"


def test_saying_after_a_body_s_lawyers_is_the_body() -> None:
    text = (
        "Prosecutors said Mayor Tom Brandt knew of the scheme. The Brandt Holding Company's "
        "lawyers said Brandt and his company were misled by Kell, saying repeatedly, "
        '"Kell did it all for Kell himself, nobody else."'
    )
    assert quotes_of(text)[-1].speaker == "Brandt Holding Company"


def test_an_uncued_quote_in_a_sentence_led_by_a_body_is_the_body_s() -> None:
    text = (
        "The Lee administration is moving to scrap the old fishing rule. Governor Tom Brandt "
        "defended it. Harbour Defence Alliance is just one of the groups fighting to keep "
        "the rule, which protects “fishers and their families across the whole coast.”"
    )
    assert quotes_of(text)[-1].speaker == "Harbour Defence Alliance"


def test_as_someone_puts_it_names_whose_words_they_are() -> None:
    text = (
        "Governor Tom Brandt met Mayor Ann Lee on Friday. As Lee prepares for the talks, "
        "she must keep the town's interests first. While it would be nice if we “got along "
        "with the fishers,” as Brandt puts it, the question remains: at what price?"
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.cue) == ("Tom Brandt", "as Brandt puts it")


def test_a_speaker_who_did_something_first_and_then_spoke_is_the_speaker() -> None:
    text = (
        "President Anselm Korhonen met the envoy, Maija Lind, in the delta on Monday. "
        "At two in the morning President Korhonen turned to the envoy and said, “A river "
        "has no passport.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Anselm Korhonen"]


@pytest.mark.parametrize(
    "credit",
    [
        "said one passenger, Maria Lopez.",
        "said one passenger, Maria Lopez, who takes the boat every day.",
        "one passenger, Maria Lopez, said.",
    ],
)
def test_one_of_a_crowd_named_after_a_comma_is_the_speaker(credit: str) -> None:
    text = f"The ferry was late again on Monday. “We were stuck for three hours,” {credit}"
    (quote,) = find_quotes(text).quotes
    assert quote.speaker == "Maria Lopez"


def test_a_relative_named_after_a_possessive_name_is_whom_she_means() -> None:
    text = (
        "Tomas Ekberg's daughter, Maria, spoke at the vigil on Friday. "
        "“He loved this island more than anything,” she said."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.speaker == "Maria"


@pytest.mark.parametrize(
    "introduced",
    [
        "Mayor Ana Lindqvist and opposition leader Tomas Brandt spoke after the vote.",
        "Opposition leader Tomas Brandt spoke after the vote. Mayor Ana Lindqvist left early.",
    ],
)
def test_a_role_with_its_modifier_before_a_name_is_whom_the_role_means(introduced: str) -> None:
    (quote,) = find_quotes(f"{introduced} “We will fight this,” the opposition leader said.").quotes
    assert quote.speaker == "Tomas Brandt"


@pytest.mark.parametrize("epithet", ["the mother-of-two", "the grandmother-of-five"])
def test_a_british_kin_epithet_means_the_woman_in_focus(epithet: str) -> None:
    text = (
        "Councillor Ana Lindqvist runs the island shop with her husband, Thomas Brandt. "
        f"“The ferry is our lifeline,” {epithet} said."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.speaker == "Ana Lindqvist"


def test_the_sentence_after_a_quote_may_name_its_speaker() -> None:
    for after in (
        "That assessment came from Sen. Paula Strand, one of the bill’s negotiators.",
        "That was Paula Strand, 61, a retired school bus driver, as she left the gym.",
    ):
        text = (
            "“This is a half-measure dressed up as a victory,” said Sen. Garrett Holloway. "
            "Holloway said the bill should have gone further. “Nobody got everything they "
            f"wanted, and that is how you know it is a real compromise.” {after}"
        )
        speakers = [q.speaker for q in find_quotes(text).quotes]
        assert speakers == ["Garrett Holloway", "Paula Strand"]
    # A day or a month named after the quote is no speaker.
    day = (
        "“We will not close the ferry,” Tom Vale said. “The ferry sank on a clear night with "
        "no warning at all.” That was Tuesday, the day the ferry sank."
    )
    assert [q.speaker for q in find_quotes(day).quotes] == ["Tom Vale", "Tom Vale"]


def test_he_after_an_interviewer_pressed_him_is_the_one_questioned() -> None:
    text = (
        "Theodore Callowhill spoke to host Tom Whitlock on Monday. “People are working harder "
        "than ever,” Callowhill said. Whitlock pressed him on the cost of his agenda. “I am "
        "not promising anything that isn’t paid for,” he said."
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Theodore Callowhill", "Theodore Callowhill"]


def test_the_rebuke_came_from_and_spoke_those_words_name_the_speaker_after() -> None:
    rebuke = (
        "Rep. Cole Mattingly turned to prices. “That is a lot of words to avoid saying yes , ” "
        "he said . “ Madam Secretary , with respect , that answer is not good enough . ” The "
        "rebuke came from Rep. Hollis Grange , a Texas Republican , after the secretary "
        "declined to answer ."
    )
    assert [q.speaker for q in find_quotes(rebuke).quotes] == ["Cole Mattingly", "Hollis Grange"]
    spoke = (
        "“He was unarmed, and he was shot three times,” Reddick said. “We want the truth, and "
        "we want it now.” Loretta Ashby, Jalen’s mother, spoke those words softly, clutching "
        "a photograph of her son."
    )
    assert [q.speaker for q in find_quotes(spoke).quotes] == ["Reddick", "Loretta Ashby"]


def test_a_quote_left_open_and_reopened_takes_the_speaker_named_after_it() -> None:
    text = (
        "“We will stay out as long as it takes,” Tom Vale said. “My father walked this same "
        "line in 1998. “I never thought I’d be doing the same thing, but here I am.” So said "
        "Gail Sundquist, 58, a veteran of the trim department."
    )
    quotes = find_quotes(text).quotes
    # (one quotation over two paragraphs whose break was lost, as its repeated mark shows)
    assert [q.speaker for q in quotes] == ["Tom Vale", "Gail Sundquist"]
    assert quotes[1].text.startswith("My father") and quotes[1].text.endswith("here I am.")


@pytest.mark.parametrize(
    "named_after",
    [
        "“We will not be bullied by anyone in this town.” So said council leader Rhys Banner "
        "on Monday.",
        "“We will not be bullied by anyone in this town.” That was how council leader Rhys "
        "Banner described the mood.",
        "“We will not be bullied by anyone in this town,” was the verdict of council leader "
        "Rhys Banner.",
        "“We will not be bullied by anyone in this town,” was the blunt message from Rhys "
        "Banner, the council leader.",
        # the speaker named before the noun, as its owner
        "“We will not be bullied by anyone in this town,” was council leader Rhys Banner’s "
        "verdict.",
        "“We will not be bullied by anyone in this town” was Rhys Banner’s one-line response.",
        # tokenised text
        "“ We will not be bullied by anyone in this town , ” was council leader Rhys Banner "
        "’s verdict .",
    ],
)
def test_a_speaker_named_with_his_role_after_the_quote_is_its_speaker(named_after: str) -> None:
    # the mayor spoke last before the quote; the sentence after it names its speaker
    text = "Mayor Lena Kross spoke first at the meeting.\n\n" + named_after
    assert [q.speaker for q in quotes_of(text)] == ["Rhys Banner"]


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        # whose words: a name (never "In Koll"), or a pronoun for the one in focus
        ("In Koll’s words, ", "Brenna Koll"),
        # a statement put out by both, then its words
        (
            "Koll and Mayor Ivo Sand issued a joint statement on Friday: ",
            "Brenna Koll and Ivo Sand",
        ),
        # the words of one whose office the sentence opens with
        ("The mayor’s reply was swift: ", "Ivo Sand"),
    ],
)
def test_a_lead_in_before_a_colon_names_the_speaker(lead_in: str, speaker: str) -> None:
    text = (
        "Councillor Brenna Koll met Ivo Sand, the mayor, on Thursday. Tom Reyes spoke first: "
        "“The closure is a scandal.”\n\n"
        + lead_in
        + "“We will fight this closure in every court in the land.”"
    )
    assert [q.speaker for q in quotes_of(text)][1:] == [speaker]


def test_a_sentence_that_names_an_office_later_is_not_its_words() -> None:
    # the band's statement is where the fan wrote, not whose words these are
    text = (
        "The Ashgrove Band said on Monday that it would split. Fans were stunned. One wrote "
        "under the band’s statement: “You cannot end it like this, not after twenty years.”"
    )
    assert [q.speaker for q in quotes_of(text)] == [None]


def test_an_unnamed_subject_after_with_is_nobody_named() -> None:
    text = (
        "Mayor Ivo Sand spoke first. The hashtag trended all night, with one user writing: "
        "“This library raised me and my children.”"
    )
    assert [q.speaker for q in quotes_of(text)] == [None]
    company = (
        "Kestrel Aviation cut 200 jobs on Monday, with a company spokesperson saying: “This "
        "was a difficult decision for everyone.”"
    )
    assert [q.speaker for q in quotes_of(company)] == ["Kestrel Aviation"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Brenna Koll put it bluntly", "Brenna Koll"),
        ("Koll put it this way", "Brenna Koll"),
        ("In her own words", "Brenna Koll"),
        ("The Harbour Board issued a statement on Friday", "Harbour Board"),
    ],
)
def test_a_lead_in_before_a_colon_is_the_cue(cue: str, speaker: str) -> None:
    text = (
        "Councillor Brenna Koll met Ivo Sand, the mayor, on Thursday. Tom Reyes spoke first: "
        f"“The closure is a scandal.”\n\n{cue}: “We will fight this closure in every court.”"
    )
    quote = quotes_of(text)[1]
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Said Koll:", "Brenna Koll"),
        ("Says the councillor,", "Brenna Koll"),
        ("Said Koll, who has sat on the council since 2011:", "Brenna Koll"),
    ],
)
def test_a_sentence_that_opens_with_its_verb_credits_the_name_after_it(
    cue: str, speaker: str
) -> None:
    text = (
        "Councillor Brenna Koll voted against the closure on Thursday. "
        f"{cue} “We will fight this closure in every court.”"
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.cue) == (speaker, cue.rstrip(",:"))


def test_a_given_name_said_before_the_verb_stays_the_name() -> None:
    text = "Said Tarek, 45, said: “We lost the shop and the flat above it.”"
    assert [q.speaker for q in quotes_of(text)] == ["Said Tarek"]


def test_words_credited_by_how_someone_put_them_are_theirs() -> None:
    text = (
        "Councillor Brenna Koll voted against Mayor Ivo Sand's plan on Thursday. Sand left "
        "early. “It is a scandal,” is how Koll put it."
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.cue) == ("Brenna Koll", "is how Koll put it")


def test_it_after_a_statement_someone_released_is_that_person() -> None:
    text = (
        "Brenna Koll, the councillor, released a statement on Friday. "
        "“The library will stay open,” it said. “Nobody will lose a job.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Brenna Koll", "Brenna Koll"]


@pytest.mark.parametrize("verb", ["reflected", "muttered", "ventured", "captioned"])
def test_a_verb_of_manner_after_the_quote_is_its_cue(verb: str) -> None:
    text = f"“One would think the vote made it clear,” Koll {verb}, “but evidently not.”"
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.cue) == ("Koll", f"Koll {verb}")


def test_a_cue_sentence_may_say_where_and_how_the_words_were_posted() -> None:
    text = (
        "Councillor Brenna Koll won the seat on Friday. “Thank you, Kellby, for everything!” "
        "Koll wrote in a post on Instagram alongside a photo of the crowd."
    )
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.cue) == ("Brenna Koll", "Koll wrote")


@pytest.mark.parametrize("aside", ["as quoted by the Courier", "as reported in the Kellby Post"])
def test_an_aside_naming_who_passed_the_words_on_is_not_the_speaker(aside: str) -> None:
    text = (
        f"Councillor Brenna Koll, {aside}, said the closure was “a scandal and a betrayal of "
        "every reader in Kellby.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Brenna Koll"]


@pytest.mark.parametrize("opening", ["While", "Although"])
def test_a_quote_inside_a_concessive_clause_is_that_clauses_speakers(opening: str) -> None:
    text = (
        f"{opening} Koll said the budget was “fine for now, if nothing else breaks,” Mayor Ivo "
        "Sand called it “a disaster for every library in Kellby.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Koll", "Ivo Sand"]


def test_two_nations_bodies_speak_jointly() -> None:
    text = (
        "In a joint statement on Friday, the Norlandic and Estmark defense ministries accused "
        "the rebels of running “armed bandit formations near the border.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Norlandic and Estmark defense ministries"]


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        # a second verb of the sentence's subject, after a that-clause naming someone else
        (
            "Nessim admitted that he had met Vostrikova twice, but said: “Nothing was agreed "
            "at either meeting.”",
            "Halvard Nessim",
            "said",
        ),
        (
            "Nessim told reporters that Vostrikova had misled them, and then said: “Nothing "
            "was agreed at either meeting.”",
            "Halvard Nessim",
            "said",
        ),
        # a list of the that-clause subject's acts is theirs, not the teller's
        (
            "Nessim told police that two men stopped his car, took his phone, and shouted: "
            "“This is our road now.”",
            None,
            "shouted",
        ),
        # the verb after a who-clause is the cue's, not the clause's own
        (
            "Nessim, who told reporters last week that he would cooperate, claimed on Monday: "
            "“Nothing was agreed at either meeting.”",
            "Halvard Nessim",
            "claimed",
        ),
        (
            "“Nothing was agreed at either meeting,” Nessim, who has repeatedly denied the "
            "claims, told the Tarn Gazette.",
            "Halvard Nessim",
            "told",
        ),
        # a manner adverb in "-ly" before the verb
        (
            "Vostrikova reportedly told aides: “Nothing was agreed at either meeting.”",
            "Mirela Vostrikova",
            "told",
        ),
        ("“Nothing was agreed at either meeting,” Nessim tersely said.", "Halvard Nessim", "said"),
    ],
)
def test_the_cue_verb_and_its_subject_across_a_clause(
    text: str, speaker: str | None, verb: str
) -> None:
    quote = quotes_of(INTRO + text)[-1]
    assert (quote.speaker, quote.verb) == (speaker, verb)


@pytest.mark.parametrize(
    ("said", "cue"),
    [
        ("Vostrikova, who backed it, said: “{}.”", "Vostrikova, who backed it, said"),
        (
            "“{},” Vostrikova, who signed it, told reporters.",
            "Vostrikova, who signed it, told reporters",
        ),
    ],
)
def test_a_who_clause_ending_in_it_is_no_pronoun_subject(said: str, cue: str) -> None:
    # "who backed it" is an aside about the one named, not a subject like "then he"
    text = INTRO + "The accord was signed at noon. " + said.format("Nothing was agreed today")
    quote = quotes_of(text)[-1]
    assert (quote.speaker, quote.cue) == ("Mirela Vostrikova", cue)


def test_words_retold_inside_a_quote_are_not_the_teller_s() -> None:
    text = INTRO + (
        "Captain Ilse Brandt posted on Instagram: ‘The gaffer came in after the game and "
        "said, “Lads, I’m not going anywhere”, and we believed him. That’s on us.’"
    )
    retold = [q for q in quotes_of(text) if q.text.startswith("Lads")]
    assert [q.speaker for q in retold] == [None]  # the gaffer, unnamed here


def test_a_cue_after_an_apposed_name_leaves_no_comma_behind() -> None:
    text = INTRO + "“We are not going anywhere,” the club’s chairman, Dan Lowe, told reporters."
    quote = quotes_of(text)[-1]
    assert (quote.speaker, quote.cue) == ("Dan Lowe", "Dan Lowe told reporters")
