"""Write a module of word sets (first names by sex) for desktop/core: the shared tail of
make_census_names.py and make_world_names.py."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path


def write_name_module(
    out: Path, docstring: Sequence[str], sets: Sequence[tuple[str, list[str]]]
) -> None:
    """`docstring`: the module docstring's lines, quotes included; `sets`: (name, words)."""
    body = [
        *docstring,
        "",
        "from __future__ import annotations",
        "",
        "from desktop.core.word_regex import word_set",
        "",
    ]
    for label, names in sets:
        lines = textwrap.wrap(" ".join(names), width=88)
        body += [f"{label} = word_set(", '    """', *(f"    {line}" for line in lines)]
        body += ['    """', ")"]
    out.write_text("\n".join(body) + "\n", encoding="utf-8")
