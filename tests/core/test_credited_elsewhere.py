"""One outlet credits a sentence to one named person, another to a colleague: still one
statement (the product shows "a different speaker"), when the sentence is long enough not
to be a stock phrase two people happen to share."""

from __future__ import annotations

from desktop.core.matching import align_statements
from desktop.core.model import ArticleQuotes, Quote


def _article(slot: int, text: str, speaker: str) -> ArticleQuotes:
    quote = Quote(text, 0, len(text), speaker, "quote", f"{speaker} said", "said")
    return ArticleQuotes(slot, f"Outlet {slot}", "", (quote,), ())


def test_a_seven_word_sentence_credited_to_two_officers_is_one_statement() -> None:
    inspector = _article(
        1,
        "Someone out there knows who did this. Somebody has seen the watches turn up where "
        "they do not belong.",
        "Sunita Marlowe",
    )
    sergeant = _article(2, "Someone out there knows who did this,", "Rhys Tennant")
    statements = align_statements([inspector, sergeant])
    assert [len(s.members) for s in statements] == [2]


def test_a_short_stock_phrase_from_two_people_stays_two_statements() -> None:
    one = _article(1, "We are looking into it, and we will report back.", "Ann Berg")
    other = _article(2, "We are looking into it,", "Tom Vale")
    statements = align_statements([one, other])
    assert sorted(len(s.members) for s in statements) == [1, 1]


def test_a_one_word_fragment_fitting_two_statements_does_not_join_them() -> None:
    def quote(text: str, speaker: str, kind: str = "quote") -> Quote:
        return Quote(text, 0, len(text), speaker, kind, f"{speaker} said", "said")

    first = ArticleQuotes(
        1,
        "Outlet 1",
        "",
        (
            quote(
                "What he will not do is sign a blank check for projects on a wish list.",
                "Jenna Coyle",
            ),
            quote(
                "The bill is padded with projects that have nothing to do with the storm.",
                "White House",
            ),
        ),
        (),
    )
    second = ArticleQuotes(2, "Outlet 2", "", (quote("projects", "Jenna Coyle", "fragment"),), ())
    statements = align_statements([first, second])
    together = [s for s in statements if {m.quote for m in s.members if m.article == 1} == {0, 1}]
    assert together == []
