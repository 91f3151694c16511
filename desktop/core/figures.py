"""Numbers in quotes, normalised by value, and the comparison of two texts' numbers."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.model import Figure
from desktop.core.normalize import normalize_typography
from desktop.core.word_regex import alternation

_UNITS = {"$": "$", "us$": "$", "£": "£", "€": "€", "%": "%", "percent": "%", "per cent": "%"}
_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "tn": 1e12,
    "trillion": 1e12,
}
_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS = _SMALL  # "three" -> 3, for counts written out elsewhere
_MULTIPLIERS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Every word that writes a figure or part of one ("three", "hundred", "million", "bn").
FIGURE_WORDS = frozenset(_SMALL) | frozenset(_SCALES) | frozenset(_MULTIPLIERS)

_SCALE_ALT = r"thousand|millions?|billions?|trillion|mln|mn|bn|tn|[kmb](?![\w])"
_DIGITS = r"""
    \d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)        # 45,100 / 1,250.5
  | \d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])      # 45.100 / 1.250,5 (dot grouping)
  | \d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])  # 45 100
  | \d+(?:[.,]\d+)?                           # 3.5 / 2025 / 3,5
"""
_NUMBER_RE = re.compile(
    rf"""
    (?<![\w.,])(?<![A-Za-z]-)                   # not inside "G7" or "COVID-19"
    (?P<cur>US\$|\$|£|€)?\s?
    (?P<num>{_DIGITS})
    (?:\s?(?P<scale>{_SCALE_ALT}))?
    (?:\s?(?P<pct>%|per\s?cent\b|percent\b))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WORD_NUM = "|".join([*_SMALL, *_MULTIPLIERS, "a", "and"])
_WORDS_RE = re.compile(
    rf"\b(?:{_WORD_NUM})(?:[\s-]+(?:{_WORD_NUM}))*\b(?:\s?(?P<pct>per\s?cent|percent)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FigureComparison:
    """How a version's numbers differ from its reference's (by value, not spelling)."""

    missing: tuple[Figure, ...]  # in the reference, not in the version
    added: tuple[Figure, ...]  # in the version, not in the reference

    @property
    def differ(self) -> bool:
        return bool(self.missing or self.added)

    def describe(self) -> str:
        """A short human line: "45,000 instead of 45,100"."""
        new = ", ".join(f.raw for f in self.added)
        old = ", ".join(f.raw for f in self.missing)
        if new and old:
            return f"{new} instead of {old}"
        return f"adds {new}" if new else f"omits {old}"


@lru_cache(maxsize=4096)  # a statement's reference is compared with every version
def find_figures(text: str) -> tuple[Figure, ...]:
    """Every number in text with its value: "45 100" = "45,100", "3m" = "three million",
    "half a million" = "500,000"."""
    found = [_fraction_figure(m) for m in _FRACTION_RE.finditer(text)]
    taken = [(f.start, f.end) for f in found]
    for m in _NUMBER_RE.finditer(text):
        figure = _digit_figure(m)
        if figure and not any(s < figure.end and figure.start < e for s, e in taken):
            found.append(figure)
    taken = [(f.start, f.end) for f in found]
    for m in _WORDS_RE.finditer(text):
        figure = _word_figure(m)
        if figure and not any(s < figure.end and figure.start < e for s, e in taken):
            found.append(figure)
    return tuple(sorted(found, key=lambda f: f.start))


# A figure with a fraction in words: "half a million", "two and a half million", "3 and a
# half years", "a quarter of a billion", "three quarters of a million".
_FRACTION_RE = re.compile(
    rf"(?i)\b(?:(?P<whole>{'|'.join(_SMALL)}|\d+)\s+and\s+a\s+half"
    rf"(?:\s+(?P<scale>{'|'.join(_MULTIPLIERS)}))?"
    r"|(?:(?P<half>half)\s+an?|(?P<quarters>a|one|three)\s+quarters?\s+of\s+an?)"
    rf"\s+(?P<of>{'|'.join(_MULTIPLIERS)}))\b"
)  # (not "half an hour" or "half a dozen": only a fraction of a scale word is a figure)


def _fraction_figure(m: re.Match[str]) -> Figure:
    if m.group("whole"):
        whole = m.group("whole").lower()
        value = (float(whole) if whole.isdigit() else _SMALL[whole]) + 0.5
    elif m.group("half"):
        value = 0.5
    else:
        value = 0.75 if m.group("quarters").lower() == "three" else 0.25
    scale_word = m.group("scale") or m.group("of")
    scale = _MULTIPLIERS[scale_word.lower()] if scale_word else 1
    return Figure(raw=m.group(), value=value * scale, start=m.start(), end=m.end(), unit=None)


# How a figure's currency is written out: "€3.5bn" = "3.5 billion euros".
CURRENCY_WORDS = {"€": "euros", "$": "dollars", "£": "pounds"}


# A figure spelled otherwise than in plain digits: "three", "3m", "3.5 bn", "10 per cent".
_SPELLED_OUT = re.compile(
    rf"(?i)\b(?:{alternation(FIGURE_WORDS - {'m', 'b', 'k'})})\b"
    rf"|\d\s?(?:{_SCALE_ALT})|\d\s?(?:%|per\s?cent|percent)|\b(?:half|quarters?)\b"
)


def spelled_figures(text: str) -> list[tuple[int, int, str]]:
    """(start, end, one spelling) of every figure in text, for comparing wordings:
    "3m", "3 million" and "three million" are all "3000000"; "10%" and "ten per cent"
    "10 percent"; "€3.5bn" is "3500000000 euros"."""
    found: list[tuple[int, int, str]] = []
    if _SPELLED_OUT.search(text) is None:
        return found  # only digits, which every key already reads alike ("45,100")
    for figure in find_figures(text):
        value = round(figure.value, 6)
        parts = [str(int(value)) if value.is_integer() else repr(value)]
        if figure.unit == "%":
            parts.append("percent")
        elif figure.unit in CURRENCY_WORDS:
            parts.append(CURRENCY_WORDS[figure.unit])
        found.append((figure.start, figure.end, " ".join(parts)))
    return found


@lru_cache(maxsize=8192)  # a reference is spelled again for every version it is checked with
def spell_figures(text: str) -> str:
    """Text with every figure written in its one spelling (see `spelled_figures`)."""
    out, at = [], 0
    for start, end, spelled in spelled_figures(text):
        out += [text[at:start], spelled]
        at = end
    return "".join(out) + text[at:]


def compare_figures(reference: str, version: str, *, excerpt: bool = False) -> FigureComparison:
    """Numbers the version adds or drops compared with the reference.

    With ``excerpt`` the version is a cut of the reference, so dropping numbers is
    expected and only added or changed numbers count.
    """
    ref = find_figures(reference)
    ver = find_figures(version)
    ref_left = Counter(_figure_key(f) for f in ref)
    added = []
    for figure in ver:
        key = _figure_key(figure)
        if ref_left[key] > 0:
            ref_left[key] -= 1
        else:
            added.append(figure)
    ver_keys = Counter(_figure_key(f) for f in ver)
    missing = []
    for figure in ref:
        key = _figure_key(figure)
        if ver_keys[key] > 0:
            ver_keys[key] -= 1
        elif not excerpt or added:
            missing.append(figure)
    return FigureComparison(tuple(missing), tuple(added))


def _figure_key(figure: Figure) -> tuple[str | None, float]:
    # Currency symbols are often dropped in retelling; a percent sign changes meaning.
    unit = "%" if figure.unit == "%" else None
    return unit, round(figure.value, 6)


def _parse_digits(raw: str) -> float:
    raw = re.sub(r"[ \u00a0\u202f\u2009]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        return float(raw.replace(".", "").replace(",", "."))
    return float(raw.replace(",", "."))


def _digit_figure(m: re.Match[str]) -> Figure | None:
    value = _parse_digits(m.group("num"))
    scale = (m.group("scale") or "").lower()
    value *= _SCALES.get(scale, 1.0)
    unit = None
    if m.group("pct"):
        unit = "%"
    elif m.group("cur"):
        unit = _UNITS[m.group("cur").lower()]
    start = m.start("cur") if m.group("cur") else m.start("num")
    raw = m.group(0)[start - m.start() :].rstrip()
    return Figure(raw=raw, value=value, start=start, end=start + len(raw), unit=unit)


def _word_figure(m: re.Match[str]) -> Figure | None:
    raw = m.group(0)
    words = [w for w in re.split(r"[\s-]+", normalize_typography(raw).lower()) if w]
    if m.group("pct"):
        words = words[: -2 if words[-1] == "cent" else -1]
    while words and words[-1] in ("and", "a"):
        words.pop()
        raw = raw[: raw.lower().rstrip().rfind(" ")] if " " in raw.strip() else raw
    if not words or all(w in ("and", "a") for w in words):
        return None
    start = m.start()
    while words[0] == "and":  # "lost power and twelve schools": the figure is "twelve"
        words.pop(0)
        lead = re.match(r"\s*and\s+", raw, re.IGNORECASE)
        if not words or lead is None:
            return None
        raw, start = raw[lead.end() :], start + lead.end()
    if words == ["one"]:
        return None  # "one of them", "no one": a pronoun far more often than a number
    value = _words_value(words)
    if value is None:
        return None
    unit = "%" if m.group("pct") else None
    return Figure(
        raw=raw.strip(), value=value, start=start, end=start + len(raw.strip()), unit=unit
    )


def _words_value(words: list[str]) -> float | None:
    """Value of "three hundred and forty thousand"; None if it is not a number."""
    total = 0.0
    current = 0.0
    seen_number = False
    for word in words:
        if word == "and":
            continue
        if word == "a":
            current = current or 1
            continue
        if word in _SMALL:
            current += _SMALL[word]
            seen_number = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen_number = True
        elif word in _MULTIPLIERS:
            total += (current or 1) * _MULTIPLIERS[word]
            current = 0
            seen_number = True
    return total + current if seen_number else None
