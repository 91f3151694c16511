"""A relative named only by kin ("his father told Starner that “…”") is the speaker: not
the listener, and nobody named unless the article named that relative."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

QUOTE = "“the only way I know he is alive is because he cashes my checks.”"


def test_an_unnamed_father_telling_someone_is_not_the_listener() -> None:
    for subject in ("his father", "Ford’s late father"):
        text = f"Jana Stoll lives in Indiana. At some point, {subject} told Stoll that {QUOTE}"
        quote = find_quotes(text).quotes[0]
        assert (quote.speaker, quote.cue) == (None, f"{subject} told Stoll")
