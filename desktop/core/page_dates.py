"""A page's publication date as its byline states it, in the languages our outlets write in."""

from __future__ import annotations

import re
from datetime import date

from htmldate import find_date
from lxml import etree  # type: ignore[import-untyped,unused-ignore]
from lxml.html import HtmlElement  # type: ignore[import-untyped,unused-ignore]

from desktop.core.cleanup import normalize_date, normalize_space

# Words that introduce the publication date in a byline; "updated" is left out on purpose.
_CUE = re.compile(
    r"\b(?:published|posted|publiziert|veröffentlicht|erschienen|publié|publiée|publicado"
    r"|publicada|pubblicato|gepubliceerd|opublikowano|publicerad|julkaistu|опубликовано)\b",
    re.IGNORECASE,
)
_MONTHS = {
    # English, German, French, Spanish, Italian, Portuguese, Dutch (full and short forms)
    1: "january jan januar janvier enero gennaio janeiro januari jän",
    2: "february feb februar février fevrier febrero febbraio fevereiro februari",
    3: "march mar märz maerz mars marzo março maart mrt",
    4: "april apr avril abril aprile",
    5: "may mai mayo maggio maio mei",
    6: "june jun juni juin junio giugno junho",
    7: "july jul juli juillet julio luglio julho",
    8: "august aug août aout agosto augustus",
    9: "september sep sept septembre septiembre settembre setembro",
    10: "october oct oktober octobre octubre ottobre outubro okt",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember décembre decembre diciembre dicembre dezembro dez",
}
_MONTH_NUMBER = {word: number for number, words in _MONTHS.items() for word in words.split()}
_MONTH = r"([^\W\d_]{3,10})\.?"
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\.?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?(\d{{4}})\b")
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DOTTED = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")  # day first, as in Europe
_MAX_BYLINE_CHARS = 160
_MOST_OF_PAGE = 0.5
# Reader comments carry their own dates; a page's date never comes from them.
_COMMENTS = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-list|commentlist|respond|disqus_thread|replies)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)


# Elements with an id or a class, selected in C; cheaper than walking every node.
_MARKED = etree.XPath("//*[@id or @class]")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def date_in_text(text: str) -> str | None:
    """The first calendar date written in a short text, as YYYY-MM-DD (None if there is none)."""
    found = _ISO.search(text)
    if found:
        return _valid(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    for match in _DAY_FIRST.finditer(text):
        month = _MONTH_NUMBER.get(match.group(2).casefold())
        if month:
            return _valid(int(match.group(3)), month, int(match.group(1)))
    for match in _MONTH_FIRST.finditer(text):
        month = _MONTH_NUMBER.get(match.group(1).casefold())
        if month:
            return _valid(int(match.group(3)), month, int(match.group(2)))
    found = _DOTTED.search(text)
    if found:
        return _valid(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    return None


def in_comments(node: HtmlElement) -> bool:
    """Whether an element sits in a reader-comment section."""
    for element in (node, *node.iterancestors()):
        marks = f"{element.get('id') or ''} {element.get('class') or ''}"
        if marks.strip() and _COMMENTS.search(marks):
            return True
    return False


def byline_date(tree: HtmlElement) -> str | None:
    """The date after a "published …" cue in a short line of the page, outside comments."""
    for node in tree.iter(etree.Element):
        if node.tag in ("script", "style", "head", "title"):
            continue
        own = " ".join(piece for piece in (node.text, *(c.tail for c in node)) if piece)
        cue = _CUE.search(own)
        if cue is None:
            continue
        text = normalize_space(node.text_content())
        if len(text) > _MAX_BYLINE_CHARS or in_comments(node):
            continue
        found = date_in_text(text[text.casefold().find(cue.group(0).casefold()) :])
        if found:
            return found
    return None


def drop_comment_sections(tree: HtmlElement) -> None:
    """Remove reader-comment sections and scripts, whose dates are not the article's.

    Runs after the metadata is read (JSON-LD lives in scripts). A box holding most of
    the page's text is the article with an unlucky class ("comments-open") and stays.
    """
    doomed = list(tree.iter("script", "noscript", "template"))
    marked = [
        node
        for node in _MARKED(tree)
        if node.tag not in ("html", "body", "article", "main")
        and _COMMENTS.search(f"{node.get('id') or ''} {node.get('class') or ''}")
    ]
    if marked:
        page_chars = len(tree.text_content())
        doomed += [n for n in marked if len(n.text_content()) < _MOST_OF_PAGE * page_chars]
    for node in doomed:
        parent = node.getparent()
        if parent is None:
            continue
        previous, tail = node.getprevious(), node.tail
        parent.remove(node)
        if tail and tail.strip():
            _keep_tail(parent, previous, tail)


def _keep_tail(parent: HtmlElement, previous: HtmlElement | None, tail: str) -> None:
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail


def guessed_date(tree: HtmlElement, url: str) -> str | None:
    """htmldate's reading of the page (dates in the URL, the text, the markup)."""
    try:
        found = find_date(tree, extensive_search=False, original_date=True, url=url or None)
    except (ValueError, TypeError, RecursionError):
        return None
    return normalize_date(found) if isinstance(found, str) else None
