"""A quoted phrase standing alone as a heading names no speaker; a speaker's next line does."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

ARTICLE = (
    "Ostrava and Varnia accused the allied forces of arming gangs near the border camp.\n\n"
    "“Allied-controlled bandit gangs”\n\n"
    "Corin Haldt, an analyst at the Tarn Institute, said the claim was false.\n\n"
    "“I can say with confidence that the allies control nobody there,” Haldt said.\n\n"
    "“… block the exit of the civilians from the border camp”\n\n"
    "A refugee inside the camp said the claim was not true.\n\n"
)


def test_a_quoted_heading_has_no_speaker() -> None:
    speakers = {q.text: q.speaker for q in find_quotes(ARTICLE).quotes}
    assert speakers["Allied-controlled bandit gangs"] is None
    assert speakers["… block the exit of the civilians from the border camp"] is None
    assert speakers["I can say with confidence that the allies control nobody there,"] == (
        "Corin Haldt"
    )


def test_the_speakers_next_paragraph_still_carries_on() -> None:
    text = (
        "“I can say with confidence that the allies control nobody there,” Corin Haldt "
        "said.\n\n“From my interviews, the help is all indirect and sparse.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Corin Haldt", "Corin Haldt"]
