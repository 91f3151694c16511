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
