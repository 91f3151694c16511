"""A quote signed on the line after it ("– Tom Berg", a testimonial or a review) is the
signer's; a name a page masks ("Jo** Al****") is kept as printed."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

PAGE = (
    "Here are some reviews from our guests!\n\n"
    "“The show was great and booking the tickets was easy.”\n\n"
    "– Jo** Al****\n\n"
    "“Very talented people, super fun and entertaining!”\n\n"
    "– Tom Berg\n"
)


def test_reviews_signed_on_the_next_line_are_the_signers() -> None:
    assert [q.speaker for q in find_quotes(PAGE).quotes] == ["Jo** Al****", "Tom Berg"]


def test_a_reader_signed_with_an_initial_and_a_place_is_kept_as_printed() -> None:
    text = (
        "We asked readers what they made of the vote. A selection:\n\n"
        "“We bought our house because it was close to the school. Nobody asked us.”\n\n"
        "– Priya N., Orchard Avenue\n\n"
        "“Hard as it is, the superintendent is right. I would rather pay teachers.”\n\n"
        "– Dale W., Harlow Springs\n"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Priya N.", "Dale W."]
