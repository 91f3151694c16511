"""Speakers on the mixed English-language web pages readers save: a woman named with
"Mrs." only in passing, a new paragraph's subject who "added" a quote, and a quote set
alone that the next paragraph opens on ("So said …")."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


def test_a_woman_titled_mrs_in_passing_is_no_later_he() -> None:
    """ "a statement signed by … Mrs. Folake Adeyemi-Obi" then "He urged" gave her: her
    title was read only when she was a sentence's subject."""
    text = (
        "“The adjustment has become inevitable,” the company said in a statement signed by its"
        " Head of Corporate Communications, Mrs. Folake Adeyemi-Obi.\n\n"
        "Reacting, the President of the Builders’ Guild, Engr. Chukwuemeka Obiora, described"
        " the increase as “a death sentence for the housing sector”.\n\n"
        "“Who will build when a bag of cement costs this much?” Obiora said.\n\n"
        "He urged the government to intervene before “the little that remains of affordable"
        " housing disappears completely”.\n"
    )
    assert _speakers(text)[-1] == "Chukwuemeka Obiora"


def test_he_added_after_a_new_paragraphs_subject_is_that_subject() -> None:
    """ "Mr. Mehta-Iyer, however, said the stock … “…,” he added" gave the managing
    director quoted just before: the new paragraph is about the analyst, who goes on."""
    text = (
        "“The strong listing reflects investor appetite,” said Rohan Mehta-Iyer, head of"
        " research at Sandal Securities.\n\n"
        "“This is a proud day for every farmer in the valley,” said Tom Raghunathan, the"
        " managing director.\n\n"
        "Mr. Mehta-Iyer, however, said the stock could remain volatile. “Listing-day gains are"
        " not a business plan,” he added.\n"
    )
    assert _speakers(text) == ["Rohan Mehta-Iyer", "Tom Raghunathan", "Rohan Mehta-Iyer"]


def test_so_said_opens_the_paragraph_after_a_lone_quote() -> None:
    """ "“…”\n\nSo said jury president Anatole Brisset as he handed …": his words."""
    text = (
        "“It’s a film about grief that somehow made a whole room laugh for two hours.”\n\n"
        "So said jury president Anatole Brisset as he handed the prize to Femi Adekunle-Shaw"
        " on Saturday night.\n"
    )
    assert _speakers(text) == ["Anatole Brisset"]
