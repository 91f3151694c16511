"""Typography and spelling normalisation shared by word diff, figures and statement matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Typographic variants that carry no meaning for "did the outlets print the same words".
_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": "'",
        "\u203a": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        # Dashes separate words even unspaced ("wall—and"); hyphens join them.
        "\u2013": " - ",
        "\u2014": " - ",
        "\u2015": " - ",
        "\u2212": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u3000": " ",
        "\u200b": "",
        "\u00ad": "",
        "\ufeff": "",
    }
)

_SPACE_RE = re.compile(r"\s+")
# Tokenised sources print "we 'll" and "do n't"; the words are "we'll" and "don't".
_DETACHED_CLITIC_RE = re.compile(r"(?<=\w) (?=n't\b|'(?:ll|s|re|ve|d|m)\b)", re.IGNORECASE)
_ELLIPSIS_RE = re.compile(r"\[\s*\.\.\.\s*\]|\(\s*\.\.\.\s*\)|\.\s?\.\s?\.")
_DASH_RUN_RE = re.compile(r"\s*-{2,}\s*|\s+-\s+")
# Hyphenated words count as one word without the hyphen: "e-mails" = "emails".
_WORD_RE = re.compile(r"\w+(?:['-]\w+)*")
_WORD_OR_CUT_RE = re.compile(r"\w+(?:['-]\w+)*|\.\.\.")
# Thousands groups joined by a comma, dot or (thin) space: "45,100", "45.100", "45 100".
_GROUPED_NUMBER_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:([,. ])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d)")

_STOPWORD_TEXT = """
a an the and or but if of to in on at by for with from as is are was were be been being
it its this that these those i you he she we they me him her us them my your his our their
not no do does did have has had will would shall should can could may might must so than
then there here what which who whom whose when where why how all any some just very also
about into over up down out more most such only own same too s t don now
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Words that turn a statement around ("will not run"): a translation keeps them, and a
# version that alone has one says something else.
NEGATIONS = frozenset(
    {"not", "no", "never", "cannot", "nobody", "nothing", "none", "nor", "neither"}
)


def normalize_typography(text: str) -> str:
    """Straighten quote marks, unify dashes, ellipses and spaces; keep wording and case."""
    # The substring checks only skip regexes that could not match (this runs per quote
    # across a whole library).
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_CHAR_MAP)
    elif "`" in text:
        text = text.translate(_CHAR_MAP)
    if ". ." in text or "..." in text:
        text = _ELLIPSIS_RE.sub("...", text)
    if "-" in text:
        text = _DASH_RUN_RE.sub(" - ", text)
    text = _SPACE_RE.sub(" ", text).strip()
    if " '" in text or " n'" in text:
        text = _DETACHED_CLITIC_RE.sub("", text)
    return text


_PERCENT_RE = re.compile(r"(?<=\d)\s*%|\bper\s+cent\b", re.IGNORECASE)
_CLOCK_HINT = re.compile(r"\d\s?[AaPp]\.?\s?[Mm]")
_CLOCK_RE = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([AaPp])\.?\s?[Mm]\.?(?!\w)")


def unify_units(text: str) -> str:
    """House styles of one unit written alike: "3.9%" / "3.9 per cent" / "3.9 percent",
    "6:02am" / "6:02 a.m." / "6.02 AM" (each outlet's typography, not its words)."""
    if "%" in text or "cent" in text or "CENT" in text:
        text = _PERCENT_RE.sub(" percent", text)
    if _CLOCK_HINT.search(text):  # most quotes name no time: one cheap scan first
        text = _CLOCK_RE.sub(_clock, text)
    return text


def clock_times(text: str) -> list[tuple[int, int, str]]:
    """Each time of day in text as (start, end, one spelling): "6.02 a.m." -> "6:02 am"."""
    if not _CLOCK_HINT.search(text):
        return []
    return [(m.start(), m.end(), _clock(m)) for m in _CLOCK_RE.finditer(text)]


def _clock(match: re.Match[str]) -> str:
    minutes = f":{match.group(2)}" if match.group(2) else ""
    return f"{match.group(1)}{minutes} {match.group(3).lower()}m"


def strip_accents(text: str) -> str:
    """Remove combining marks ("Zelenskyy" stays, "Lasić" -> "Lasic")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A loose key for one name spelling: no accents, lower case, doubled letters collapsed.

    Transliterations of one name mostly differ by doubled letters and a final -iy/-yy/-i
    ("Zelenskyy", "Zelensky", "Zelenskiy"), so those are folded together.
    """
    key = strip_accents(name).lower()
    key = re.sub(r"[^\w\s]", "", key)
    key = re.sub(r"(\w)\1+", r"\1", key)
    key = re.sub(r"(?:iy|yi|ij|ii)\b", "y", key)
    key = re.sub(r"(?<=\w\w)i\b", "y", key)
    return _SPACE_RE.sub(" ", key).strip()


def number_key(token: str) -> str:
    """Drop thousands separators from a grouped number ("45,100" / "45 100" -> "45100")."""
    match = _GROUPED_NUMBER_RE.fullmatch(token)
    if match is None:
        return token
    return re.sub(r"[,. ]", "", token)


def join_grouped_numbers(text: str) -> str:
    """Rewrite every thousands-grouped number in text without its separators."""
    return _GROUPED_NUMBER_RE.sub(lambda m: re.sub(r"[,. ]", "", m.group(0)), text)


def word_key(word: str, *, is_name: bool = False) -> str:
    """Compare key for one typography-normalised word: case folded; names by spelling."""
    if is_name:
        return name_key(word)
    return strip_accents(word).lower()


# A range of figures with a dash ("4-6 weeks"), read as written out ("four to six weeks")
_FIGURE_RANGE = re.compile(r"(?<=\d)\s?-\s?(?=\d)")


def _compared_form(text: str) -> str:
    """Text as every comparison key reads it: typography, thousands separators, unit
    styles and ranges of figures made alike (accents are left to the caller)."""
    return _FIGURE_RANGE.sub(" to ", join_grouped_numbers(unify_units(normalize_typography(text))))


def words(text: str) -> list[str]:
    """The words of text (typography-normalised, original case)."""
    found = _WORD_RE.findall(_compared_form(text))
    return [w.replace("-", "") for w in found]


def _word_tokens(text: str) -> list[str]:
    """Words (hyphens dropped) and ellipses of normalised text."""
    return [t.replace("-", "") for t in _WORD_OR_CUT_RE.findall(text)]


def verbatim_key(text: str, *, fold_names: bool = False) -> str:
    """Key equal for two quotes that are identical once typography is normalised.

    Folds quote marks, dashes, whitespace, punctuation other than inner ellipses and
    letter case. With ``fold_names`` capitalised words are also reduced to their
    name key, so "Zelenskyy" equals "Zelensky" (kept apart from the plain key because
    "Keep" would otherwise fold to "kep" and miss "keep").
    """
    text = strip_accents(_compared_form(text))
    out = [
        word_key(word, is_name=True)
        if fold_names and word[:1].isupper()
        else spelled_alike(word.lower())  # "harbour" = "harbor": house style, not a change
        for word in _word_tokens(text)
    ]
    # Ellipses stay (as "...") so excerpts can be checked piece by piece; a leading or
    # trailing one only says "cut here" and does not change the words.
    return " ".join(out).strip(". ")


def comparison_keys(text: str) -> tuple[str, str, str]:
    """match_key, verbatim_key and name-folded verbatim_key of text, normalised once."""
    text = strip_accents(_compared_form(text))
    tokens = _word_tokens(text)
    plain = [spelled_alike(t.lower()) for t in tokens]
    folded = [name_key(t) if t[:1].isupper() else low for t, low in zip(tokens, plain, strict=True)]
    match = " ".join(t for t in plain if t != "...")
    return match, " ".join(plain).strip(". "), " ".join(folded).strip(". ")


def match_key(text: str) -> str:
    """Lower-case words joined by single spaces, British spellings made American; the
    string fuzzy matching scores."""
    return " ".join(spelled_alike(w) for w in strip_accents(" ".join(words(text))).lower().split())


# Two outlets (or two translators) spell one word differently: "neighbour" / "neighbor",
# "organise" / "organize", "metres" / "meters". Both sides are mapped
# the same way, so a rule only has to avoid making two different words equal.
_SPELLING = {
    "mum": "mom",
    "mums": "moms",
    "programme": "program",
    "programmes": "programs",
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "practise": "practice",
    "grey": "gray",
    "whilst": "while",
    "amongst": "among",
    "towards": "toward",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "aluminium": "aluminum",
    "learnt": "learned",
}
_BRITISH = (
    (re.compile(r"^(\w{3,})our(s|ed|ing|ite|ites|able|ably|er|ers)?$"), r"\1or\2"),
    (re.compile(r"^(\w{2,})is(e|es|ed|ing|er|ers|ation|ations)$"), r"\1iz\2"),
    (re.compile(r"^(\w{2,})ys(e|es|ed|ing)$"), r"\1yz\2"),
    (re.compile(r"^(\w{2,}[^aeiour'’])re(s|d)?$"), r"\1er\2"),  # not "we're"
    (re.compile(r"^(\w+)ell(ed|ing|er|ers)$"), r"\1el\2"),
)


@lru_cache(maxsize=65536)
def spelled_alike(word: str) -> str:
    """One lower-case word in the spelling both sides are compared in."""
    if word in _SPELLING:
        return _SPELLING[word]
    for pattern, replacement in _BRITISH:
        if pattern.match(word):
            return pattern.sub(replacement, word)
    return word


def content_words(text: str) -> list[str]:
    """Lower-case words of text without stopwords (for blocking and overlap)."""
    return [w for w in match_key(text).split() if w not in STOPWORDS]


# Longest first; each needs a stem of at least _MIN_STEM letters left over.
_SUFFIXES = ("ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly")
_MIN_STEM = 3
_STEM_LENGTH = 6  # stems are cut to this many letters ("requir", "vaccin")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem of one lower-case word, for comparing a retelling with a quote.

    Reported speech re-inflects the quote's words ("we require" -> "requirements",
    "calling" -> "called"). Strips a possessive and one common suffix, then keeps
    the first few letters; crude, but only ever used to count shared content words.
    """
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            if suffix.endswith("s") and word.endswith(("ss", "us", "is")):
                break
            word = word[: -len(suffix)]
            if suffix in ("ied", "ies"):
                word += "y"
            break
    if len(word) > _MIN_STEM and word[-1] == "e":
        word = word[:-1]  # "mandate" / "mandat(ed)"
    return word[:_STEM_LENGTH]
