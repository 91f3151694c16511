"""Quotes apart from the story's sentences: headings, pull quotes and embedded posts' signatures."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.model import Quote

_MAX_WORDS = 14
_WORD = re.compile(r"\w+(?:['’]\w+)?")
# A sentence's last mark: a quote that ends in one can carry on the speaker before it.
_SENTENCE_END = re.compile(r"[.!?…,;:—–-]\W*$")


def quoted_heading(text: str, open_at: int, close_at: int | None) -> bool:
    """True for '“U.S.-controlled bandit formations”' alone on its line: a section heading
    that cites a claim, not a speaker's next words (those end like a sentence)."""
    if close_at is None:
        return False
    line_start = text.rfind("\n", 0, open_at) + 1
    line_end = text.find("\n", close_at)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:open_at].strip() or text[close_at + 1 : line_end].strip(" .\t"):
        return False  # words share the line with the quote: a sentence, not a heading
    inner = text[open_at + 1 : close_at].strip()
    if _SENTENCE_END.search(inner) or not 0 < len(_WORD.findall(inner)) <= _MAX_WORDS:
        return False
    previous = text[:line_start].rstrip()
    return not previous.endswith(":")  # 'It read:\n“…”': the line quotes what came before


# "— Ann Lee (@annlee) November 18, 2019": the signature line an embedded tweet leaves.
_SIGNATURE = re.compile(
    r"(?m)^[ \t]*[—–-][ \t]*(?P<name>[^\n]{1,80}?)[ \t]*\(@\w{1,30}\)[^\n]{0,40}$"
)
_LINE_END = re.compile(r"[ \t]*\n")


def signature_after(text: str, pos: int) -> re.Match[str] | None:
    """The signature line right under the line that ends at `pos`: whose post it was."""
    line_end = _LINE_END.match(text, pos)
    return _SIGNATURE.match(text, line_end.end()) if line_end else None


def embed_signatures(text: str) -> list[tuple[int, int]]:
    """Spans of embedded posts' signature lines: the poster is no one the story is about
    yet, so the line's name must not become the person a later quote goes to."""
    return [m.span() for m in _SIGNATURE.finditer(text)]


def word_key(text: str) -> str:
    """The words of `text` in lower case, one space apart: a key for the same wording."""
    return " ".join(_WORD.findall(text.casefold()))


def pulled_speakers(quotes: list[Quote]) -> list[Quote]:
    """A pull quote (a heading repeating a speaker's words, with no cue of its own) takes
    the speaker of the quote it repeats."""
    said = [(i, word_key(q.text), q.speaker) for i, q in enumerate(quotes) if q.speaker and q.cue]
    result = []
    for k, quote in enumerate(quotes):
        words = word_key(quote.text)
        if quote.cue is None and words.count(" ") >= 2:
            # (also over a speaker guessed without a cue: "Bank cuts rates but governor
            # warns ‘the job is not done’" is the governor's, whose cue the body gives)
            source = next((who for i, text, who in said if words in text and i != k), None)
            quote = replace(quote, speaker=source) if source else quote
        result.append(quote)
    return result
