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
