"""Removing junk lines (read-more links, share prompts, credits) from extracted paragraphs."""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from datetime import datetime

from dateutil import parser as date_parser  # type: ignore[import-untyped,unused-ignore]

# Lines that start like a teaser, a promo or a widget label. Either the label stands alone
# ("Related", "Read more") or it is followed by a separator and the teaser text.
_JUNK_LABEL = (
    r"(?:also\s+read|read\s+also|read\s+more|more\s+reading|read\s+next|read\s+the\s+full"
    r"|related(?:\s+(?:stories|articles|content|coverage|news|reading|topics))?"
    r"|recommended(?:\s+(?:stories|for\s+you|reading|videos?))?|see\s+also|most\s+read"
    r"|most\s+popular|more\s+from\s+[\w .'-]{1,40}|more\s+on\s+this(?:\s+story)?|more\s+stories"
    r"|don'?t\s+miss|trending(?:\s+now)?|watch(?:\s+now)?|listen(?:\s+now)?|advertisement"
    r"|sponsored(?:\s+content)?|top\s+stories|latest\s+news|editor'?s\s+picks?|must\s+read"
    r"|see\s+more|more|also\s+on\s+\S+|related\s+posts?|most\s+read\s+in\s+[\w ]{1,30}"
    r"|more\s+(?:news|headlines)|latest\s+stories|popular\s+(?:stories|now)|in\s+other\s+news"
    # ("MORE COVERAGE", "MORE LOCAL NEWS", "LATEST TRANSFER NEWS")
    r"|(?:more|latest)\s+(?:[\w-]+\s+){0,2}(?:news|coverage|stories|headlines)"
    r"|you\s+(?:may|might)\s+also\s+like|what\s+to\s+read\s+next"
    # the same labels in the other languages our users' outlets write in
    r"|mehr\s+zum\s+thema|lesen\s+sie\s+(?:auch|mehr)|lire\s+aussi|à\s+lire\s+aussi"
    r"|leia\s+(?:também|mais)|lee\s+también|leggi\s+anche|читайте\s+также|читайте\s+тоже"
    r"|дивіться\s+також|читайте\s+також)"
)
# Leading bullets and arrows are skipped, but not a quote mark: "“Listen: …” is speech.
_LEAD = r"^(?:[^\w\"“„«‘'»]|»(?=\s))*"  # "» Read more" is a bullet, "»Wir …«" speech
_JUNK_LINE = re.compile(rf"{_LEAD}{_JUNK_LABEL}\s*(?:$|[:|»>\-–—]|\s*\W*$)", re.IGNORECASE)

# A widget label alone on its line ("Trending now", "More from The Beltline:"): the lines
# after it are other stories' headlines, as long as they read like headlines.
_LONE_LABEL = re.compile(rf"{_LEAD}{_JUNK_LABEL}\s*:?\s*$", re.IGNORECASE)
_LINK_ITEM_WORDS = 24
_LINK_ITEMS = 10  # a list longer than this is more likely the story's own lines
_CLOSING_MARKS = "”\"’'»“ "


def link_list_lines(lines: Sequence[str]) -> set[int]:
    """The indices of `lines` that a lone widget label heads: teasers for other stories
    ("Trending now" / "‘I cried for a week’: Soap star on shock exit"), label included.
    Blank lines in between are passed over; the list ends at the first line that ends like
    a sentence or is too long for a headline."""
    found: set[int] = set()
    items = -1  # not in a list
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _LONE_LABEL.match(stripped):
            found.add(i)
            items = 0
        elif not stripped:
            continue
        elif 0 <= items < _LINK_ITEMS and _headline_shaped(stripped):
            found.add(i)
            items += 1
        else:
            items = -1
    return found


def _headline_shaped(line: str) -> bool:
    words = len(line.split())
    return 0 < words <= _LINK_ITEM_WORDS and not line.rstrip(_CLOSING_MARKS).endswith(
        (".", "!", "?", "…", ":")
    )


# Calls to action that make a whole (short) line junk.
_PROMPT = re.compile(
    _LEAD + r"(?:sign\s+up|subscribe|click\s+here|tap\s+here|follow\s+us|join\s+us\s+on"
    r"|share\s+(?:this|on|via)|share\s*$|tweet\s+this|email\s+this|copy\s+link"
    r"|download\s+(?:the|our)\s+app|get\s+(?:the|our)\s+(?:latest|newsletter|app)"
    r"|(?:sign\s+up|register)\s+(?:for|to)\s+(?:our|the)|newsletter|already\s+a\s+subscriber"
    r"|log\s+in\s+to|we\s+use\s+cookies|this\s+(?:site|website)\s+uses\s+cookies"
    r"|accept\s+(?:all\s+)?cookies|comments?\s*\(\d+\)|\d+\s+comments?$|skip\s+advert"
    r"|story\s+continues\s+below|article\s+continues\s+below|continue\s+reading)(?!\w)",
    re.IGNORECASE,
)

# Photo and video credits, and captions that end in a credit.
_CREDIT = re.compile(
    r"^\W*(?:photo|image|picture|video|graphic|illustration|file\s+photo|credit|source)s?"
    r"(?:\s+(?:credit|courtesy|by))?\s*[:|/©]"
    r"|(?:\(|\[|\s)(?:photo|image|picture|credit)s?\s*(?:credit)?\s*[:/]\s*(?-i:[A-Z©])"
    r"[^.!?]{1,60}[)\]]?\s*$"
    r"|^\W*©"
    r"|^(?:getty\s+images|reuters|ap\s+photo|afp)(?:\s*/.*)?$"
    r"|^\(?\s*(?:with\s+inputs\s+from|additional\s+reporting\s+by)\b[^()]*\)?$",
    re.IGNORECASE,
)

# Page furniture around the article: labels, bylines, contributor and copyright lines.
_FURNITURE = re.compile(
    _LEAD
    + r"(?:comments?|tags?|topics?|print|reprints?|order\s+reprints|print\s+(?:this\s+)?article"
    r"|filed\s+under\b.*|you\s+may\s+also\s+like\b.*|tell\s+us\s+what\s+you\s+think\b.*"
    r"|like\s+this\s+(?:story|article)\b.*|have\s+a\s+tip\b.*|updated\s+(?:at|on)\b.*\d.*"
    r"|(?:reporting|writing|editing)\s+by\b.*|.*\bcontributed\s+(?:to\s+)?(?:this\s+)?"
    r"(?:report|reporting|story|article)\b\W*|reach\s+the\s+(?:reporter|writer|author)s?\b.*"
    r"|email\s+.{1,40}\s+at\s+\S+@\S+.*|follow\s+(?:\S+\s+){1,5}on\s+(?:twitter|facebook|instagram)\b.*"
    r"|copyright\s*(?:©|ⓒ|\(c\)).*|copyright\b[^.!?]*|.*\ball\s+rights\s+reserved\W*|(?:download|itunes|spotify)\s*:.*"
    r"|tempo\s+de\s+leitura\b.*|reading\s+time\b.*|\d+\s+min(?:ute)?s?\s+read"
    r"|this\s+article\s+has\s+been\s+sent\s+to\b.*|\S+@\S+\.\w+"
    r"|(?:twitter|facebook|instagram)\.com/\S+|write\s+to\s+.{1,40}\s+at\s+\S+@\S+"
    r"|(?:follow|more)\b.{1,60}(?:\bat|:)\s+https?://.*|an\s+error\s+(?:has\s+)?occurred\b.*"
    r"|thank\s+you\W*|if\s+you\s+enjoyed\s+this\b.*|\[/?button\b.*"
    r"|get\s+.{0,60}\b(?:delivered|straight)\s+(?:to|through)\s+your\s+(?:inbox|letterbox|door)\b.*"
    r"|.*\[(?:insight|video|pictures?|photos?|reaction|warning|news|poll|live|gallery)\]\W*"
    r"|.*click\s+to\s+tweet|by\s+(?-i:[A-Z])[^.!?]{0,60}?(?:\s+(?:and|&)\s+[^.!?]{1,40})?)$",
    re.IGNORECASE,
)
# A short line that is only a date/time stamp, perhaps with a byline ("5:45 AM 11/19/2019").
_STAMP = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d{1,2}h\d{2})\b"
)
_STAMP_MAX_WORDS = 12
_SENTENCE_END = (".", "!", "?", "”", '"', "’", "»", "…")
_SHORT_PROMPT_WORDS = 25
_TOP_LINES = 4  # how far into the body a repeated headline is looked for
_ECHO_SHARE = 0.7
_REPEAT_MIN_WORDS = 8
_REPEAT_LONG_WORDS = 40
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_NO_DEFAULT = datetime(1, 1, 1)  # a parse that fills in the year 1 found no year


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace (including no-break spaces) to one space and trim."""
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def comparable(text: str) -> str:
    """Lower-case letters and digits only, for comparing a line with a headline."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", folded))


def is_junk_line(line: str) -> bool:
    """True for a paragraph that is a teaser, prompt, share widget, credit or stamp."""
    stripped = line.strip()
    if not stripped:
        return True
    words = len(stripped.split())
    if _JUNK_LINE.match(stripped):
        return True
    if words > _SHORT_PROMPT_WORDS:
        return False
    if _PROMPT.match(stripped) or _CREDIT.search(stripped) or _FURNITURE.match(stripped):
        return True
    return (
        words <= _STAMP_MAX_WORDS
        and bool(_STAMP.search(stripped))
        and not stripped.endswith(_SENTENCE_END)
    )


def _is_pull_quote_candidate(paragraph: str, words: int) -> bool:
    if words >= _REPEAT_LONG_WORDS:
        return True
    return words >= _REPEAT_MIN_WORDS and bool(_QUOTE_MARKS.search(paragraph))


def echoes(paragraph: str, reference: str) -> bool:
    """True when a short paragraph restates a headline (another suffix, a word changed)."""
    words, ref_words = comparable(paragraph).split(), comparable(reference).split()
    if not words or not ref_words or len(words) > 1.5 * len(ref_words) + 3:
        return False
    shared = len(set(words) & set(ref_words))
    return shared >= _ECHO_SHARE * len(set(words)) and shared >= _ECHO_SHARE * len(set(ref_words))


def clean_paragraphs(
    paragraphs: Iterable[str], *, headline: str = "", variants: Iterable[str] = ()
) -> list[str]:
    """Drop junk lines, a repeated headline and repeated pull quotes; keep the order.

    `variants` are other forms of the headline (the page's h1, its <title>).
    """
    tops = [value for value in (headline, *variants) if value.strip()]
    seen: set[str] = set()
    kept: list[str] = []
    paragraphs = list(paragraphs)
    teasers = link_list_lines(paragraphs)
    for index, raw in enumerate(paragraphs):
        paragraph = normalize_space(raw)
        key = comparable(paragraph)
        if not key or is_junk_line(paragraph) or index in teasers:
            continue
        if index < _TOP_LINES and not kept and any(echoes(paragraph, top) for top in tops):
            continue  # the headline (or a variant of it) repeated at the top of the body
        # A repeated quotation is a pull quote and would double the article's quotes;
        # other repeats (table rows, recipe steps, Q&A prompts) are real content.
        if _is_pull_quote_candidate(paragraph, len(key.split())):
            if key in seen:
                continue
            seen.add(key)
        kept.append(paragraph)
    return kept


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    """The article text: paragraphs separated by one blank line."""
    return "\n\n".join(paragraphs)


def normalize_date(value: str) -> str | None:
    """An ISO 8601 date or date-time for a date as written, or None if it is not a date.

    A bare date stays a date ("2025-02-04"); a time keeps its offset when one is given.
    """
    value = normalize_space(value)
    if not value or not re.search(r"\d", value):
        return None
    try:
        parsed: datetime | None = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        parsed = _parse_loose(value)
    if parsed is None:
        return None
    if not 1900 <= parsed.year <= 2100:
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", value))
    return parsed.isoformat() if has_time else parsed.date().isoformat()


def _parse_loose(value: str) -> datetime | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown zone names ("EST") are dropped, fine
            parsed = date_parser.parse(value, fuzzy=True, default=_NO_DEFAULT)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed if isinstance(parsed, datetime) else None
