"""Reported speech joining the statement another outlet quoted: which retellings count."""

import os
import subprocess
import sys

from desktop.core.matching import align_statements, cell_state
from desktop.core.model import ArticleQuotes, Quote, ReportedSpeech, Statement

DEPOT = (
    "The old tram depot will become a shelter for forty families. Those families were "
    "left without heat all winter and nobody in the council cared about them."
)
FERRY = "The night ferry will keep running for the nurses of the island hospital."
TICKETS = "Tickets stay free for pupils and nurses for the whole year."


def q(text: str, start: int = 0, speaker: str | None = "Ilse Varga") -> Quote:
    return Quote(text, start, start + len(text), speaker, "quote", f"{speaker} said", "said")


def said(
    text: str, start: int, speaker: str | None = "Ilse Varga", verb: str | None = None
) -> ReportedSpeech:
    return ReportedSpeech(text, start, start + len(text), speaker, None, verb)


def article(key: int, *quotes: Quote, reported: tuple[ReportedSpeech, ...] = ()) -> ArticleQuotes:
    return ArticleQuotes(key, f"Outlet {key}", "", quotes, reported)


def paraphrases(statement: Statement, key: int) -> list[int | None]:
    return [m.reported for m in statement.members if m.article == key and m.quote is None]


def test_outlet_retelling_one_utterance_over_two_sentences_keeps_both() -> None:
    first = said("Varga said the old tram depot would become a shelter for forty families.", 0)
    second = said(
        "Varga added that those families had gone without heat all winter and that "
        "nobody on the council had cared about them.",
        100,
    )
    a = article(1, q(DEPOT))
    b = article(2, reported=(first, second))
    (statement,) = align_statements([a, b])
    assert paraphrases(statement, 2) == [0, 1]


def test_second_retelling_in_one_outlet_must_name_the_speaker() -> None:
    # Sentences that name nobody cannot show they are the same speaker's one utterance.
    first = said("The old tram depot would become a shelter for forty families.", 0, None)
    second = said(
        "Those families had gone without heat all winter and nobody on the council "
        "had cared about them, it was said.",
        100,
        None,
    )
    a = article(1, q(DEPOT))
    b = article(2, reported=(first, second))
    (statement,) = align_statements([a, b])
    assert len(paraphrases(statement, 2)) == 1


def test_outlet_quoting_one_part_may_retell_another_closely() -> None:
    # Outlet 2 quotes the tickets sentence and retells the ferry sentence in its own words.
    retold = said(
        "Varga said the island hospital's nurses could count on the night ferry.",
        0,
    )
    a = article(1, q(f"{FERRY} {TICKETS}"))
    b = article(2, q(TICKETS, start=200), reported=(retold,))
    (statement,) = align_statements([a, b])
    assert paraphrases(statement, 2) == [0]


def test_outlet_quoting_one_part_does_not_take_another_speakers_retelling() -> None:
    retold = said(
        "Brenner said the island hospital's nurses could count on the night ferry.",
        0,
        "Tomas Brenner",
    )
    a = article(1, q(f"{FERRY} {TICKETS}"))
    b = article(2, q(TICKETS, start=200), reported=(retold,))
    statement = next(s for s in align_statements([a, b]) if 1 in s.articles)
    assert paraphrases(statement, 2) == []
    assert cell_state(statement, 2) == "partial"


def test_outlet_quoting_a_part_takes_a_near_complete_retelling_under_another_name() -> None:
    # Outlet 2 quotes the end of the spokesman's statement and credits its retelling
    # to "her office": nearly every word of the statement makes it the same utterance.
    quote = (
        "Different districts require different ferry crossings, which is why she wants "
        "a balance in which routes the council should subsidise."
    )
    retold = said(
        "Her office said different districts have different requirements for ferry "
        "crossings, and for that reason she wants balance over which routes get "
        "subsidised by the council.",
        0,
        "Varga's office",
    )
    a = article(1, q(quote, speaker="Piet Albers"))
    part = "which routes the council should subsidise."
    b = article(2, q(part, start=300, speaker="Piet Albers"), reported=(retold,))
    (statement,) = align_statements([a, b])
    assert paraphrases(statement, 2) == [0]


def test_words_naming_the_speaker_and_the_occasion_do_not_make_a_retelling() -> None:
    # Only "school meals free from March" is what she said; the harbour board, the
    # island clinic and the visit are who she is and where she spoke.
    a = article(1, q("The harbour board has failed the island clinic for a decade."))
    lead = said(
        "Harbour board chair Ilse Varga, on a visit to the island clinic, said school "
        "meals would be free from March.",
        0,
        verb="said",
    )
    b = article(2, reported=(lead,))
    (statement,) = align_statements([a, b])
    assert cell_state(statement, 2) == "absent"


def test_an_aside_keeps_the_words_before_it() -> None:
    # "..., her office said, ...": what was said comes before the verb too.
    a = article(1, q("The island clinic will stay open every night until the flood season ends."))
    aside = said(
        "The clinic on the island would remain open each night, her office said, until the "
        "floods ended.",
        0,
        None,
        "said",
    )
    b = article(2, reported=(aside,))
    (statement,) = align_statements([a, b])
    assert cell_state(statement, 2) == "paraphrase"


def test_a_retelling_joins_one_of_two_like_utterances_not_both() -> None:
    steps = (
        "Today the court said what we said in March: you cannot close a park because you "
        "fear a crowd."
    )
    hearing = "You cannot close a park, my Lord, however much the council may fear the crowd in it."
    retold = said("Varga said that you cannot close a park because you fear a crowd.", 0)
    a = article(1, q(steps), q(hearing, 300))
    b = article(2, reported=(retold,))
    statements = align_statements([a, b])
    retelling = [s for s in statements if paraphrases(s, 2)]
    assert len(retelling) == 1
    assert retelling[0].reference_text.startswith("Today the court")


def test_a_retelling_of_two_pieces_quoted_apart_joins_both() -> None:
    """Guard: one sentence retelling two parts another outlet quoted apart keeps both."""
    ferry = said(
        "Varga said the night ferry would keep running for the island's nurses and that "
        "tickets would stay free for pupils and nurses all year.",
        0,
    )
    a = article(1, q(FERRY), q(TICKETS, 200))
    b = article(2, reported=(ferry,))
    statements = align_statements([a, b])
    assert sum(1 for s in statements if paraphrases(s, 2)) == 2


def test_a_retellings_weight_of_rare_words_does_not_depend_on_hash_order() -> None:
    # 1/2 + 1/3 + 1/6 is 1.0, but adding the floats in some orders gives 0.9999999999999999;
    # the order a set of words is read in changes with Python's hash seed, so the same story
    # could align one way in one run and another way in the next.
    script = (
        "from desktop.core.paraphrase import _anchored\n"
        "words = frozenset({'ferry', 'harbour', 'winter'})\n"
        "rarity = {'ferry': 1 / 2, 'harbour': 1 / 3, 'winter': 1 / 6}\n"
        "print(_anchored(words, words, rarity))\n"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(8)
    }
    assert answers == {"True"}


def test_a_retelling_naming_the_speaker_by_first_name_joins_her_quote() -> None:
    # "Jamie's mum Susan said she still lays a place for him": the "Susan Pell" quoted
    text = "I still set a place for him at Sunday dinner. I cannot bring myself to stop."
    retold = said(
        "In a statement read to the court, Jamie's mum Susan said she still set a place for "
        "him at Sunday dinner and could not bring herself to stop.",
        0,
        speaker="Susan",
    )
    statements = align_statements(
        [article(0, q(text, speaker="Susan Pell")), article(1, reported=(retold,))]
    )
    (statement,) = statements
    assert paraphrases(statement, 1) == [0]
    assert not [f for m in statement.members for f in m.flags if f.kind == "different_speaker"]
