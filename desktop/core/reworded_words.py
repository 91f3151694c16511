"""Words two outlets change without changing what was said: a contraction spelled out
("I'm" / "I am") and a figure given otherwise ("two years" / "eighteen months").

Alignment reads a quote a second time with these folded, so the version with another
figure still lines up with its statement, where the flags then show the figure.
"""

from __future__ import annotations

import re

from desktop.core.figures import FIGURE_WORDS

FIGURE = "#"  # what every figure in a quote reads as, once folded

_CONTRACTIONS = {
    "i'm": "i am",
    "won't": "will not",
    "can't": "cannot",
    "shan't": "shall not",
    "let's": "let us",
    "it's": "it is",
    "that's": "that is",
    "there's": "there is",
    "here's": "here is",
    "what's": "what is",
    "he's": "he is",
    "she's": "she is",
}
_SUFFIXES = (("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"))
_NUMBER_WORDS = FIGURE_WORDS | {"half", "quarter", "dozen", "point"}
_DIGITS = re.compile(r"\d[\d.,]*")
_JOINERS = frozenset({"and", "a"})  # "three and a half", "a half"


def fold_words(words: tuple[str, ...], *, figures: bool = True) -> tuple[str, ...]:
    """`words` (a match key's) with contractions spelled out and, with `figures`, each run
    of figure words ("three and a half", "18", "2 million") made one FIGURE."""
    spelled: list[str] = []
    for word in words:
        plain = word.replace("’", "'")
        if plain in _CONTRACTIONS:
            spelled.extend(_CONTRACTIONS[plain].split())
            continue
        suffix = next(
            (s for s in _SUFFIXES if plain.endswith(s[0]) and len(plain) > len(s[0])), None
        )
        if suffix is None:
            spelled.append(word)
        else:  # ("won't", "can't" and "shan't" are in _CONTRACTIONS)
            spelled.extend([plain[: -len(suffix[0])], suffix[1]])
    if not figures:
        return tuple(spelled)
    folded: list[str] = []
    for k, word in enumerate(spelled):
        figure = word in _NUMBER_WORDS or _DIGITS.fullmatch(word) is not None
        joined = (
            word in _JOINERS
            and folded[-1:] == [FIGURE]
            and k + 1 < len(spelled)
            and (spelled[k + 1] in _NUMBER_WORDS or spelled[k + 1] in _JOINERS)
        )
        if figure or joined:
            if folded[-1:] != [FIGURE]:
                folded.append(FIGURE)
        else:
            folded.append(word)
    return tuple(folded)
