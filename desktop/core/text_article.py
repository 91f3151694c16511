"""Plain-text and Markdown articles: front matter, headline, paragraphs."""

from __future__ import annotations

import re
from pathlib import PurePath

from desktop.core.cleanup import (
    clean_paragraphs,
    join_paragraphs,
    normalize_date,
    normalize_space,
)
from desktop.core.model import ExtractedArticle
from desktop.errors import ImportFailure

_KEY_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,30}?)\s*:\s*(.*?)\s*$")
_KEYS = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publication": "outlet",
    "site": "outlet",
    "url": "url",
    "link": "url",
    "canonical": "url",
    "date": "published",
    "published": "published",
    "author": "authors",
    "authors": "authors",
    "by": "authors",
    "byline": "authors",
    "language": "language",
    "lang": "language",
}
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*", re.IGNORECASE)
_BYLINE_PREFIX = re.compile(r"^\s*(?:by|von|par|por|автор)\s*[:\s]\s*", re.IGNORECASE)
_MARKDOWN_HINT = re.compile(
    r"^(?:#{1,6}\s|\s*[-*+]\s|>\s|\d+\.\s)|\*\*|__|\[[^\]]+\]\([^)]+\)", re.M
)
_HEADLINE_MAX_WORDS = 25
_LANG_HINTS: dict[str, tuple[str, ...]] = {
    "en": ("the", "and", "of", "to", "that", "said", "is"),
    "de": ("der", "die", "und", "das", "nicht", "ist", "sagte"),
    "fr": ("le", "les", "et", "des", "est", "pas", "une"),
    "es": ("el", "los", "del", "que", "por", "una", "dijo"),
    "pt": ("os", "não", "que", "uma", "para", "disse", "com"),
    "it": ("il", "che", "della", "non", "sono", "per", "gli"),
    "nl": ("de", "het", "een", "niet", "van", "dat", "zijn"),
    "uk": ("що", "не", "він", "та", "це", "як", "від"),
    "ru": ("что", "не", "он", "это", "как", "его", "было"),
}
_NAME_MAX_WORDS = 5
# Where a byline stops naming people: a weekday, a month, a digit, "updated".
_BYLINE_TAIL = re.compile(
    r"(?:\b|(?<=[a-z]))(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated"
    r"|published|posted)\b|\d",
    re.IGNORECASE,
)
_JOB_TITLE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|columnist|contributor|desk|bureau"
    r"|news\s+service|photographer)s?\b",
    re.IGNORECASE,
)
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "»", ":", ")", "…")


def guess_language(text: str) -> str | None:
    """A cheap stop-word vote; None when no language clearly wins."""
    words = re.findall(r"\w+", text[:5000].casefold())
    if len(words) < 20:
        return None
    scores = {lang: sum(words.count(hint) for hint in hints) for lang, hints in _LANG_HINTS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= max(3, len(words) // 50) else None


def split_authors(value: str) -> tuple[str, ...]:
    """ "By Ann Lee, Bo Chan and Cy Diaz" -> ("Ann Lee", "Bo Chan", "Cy Diaz").

    A date or a job title glued to the byline ("Ann Lee, Staff Writer", "Ann Lee
    Monday, 18 November") is not an author and is left out.
    """
    value = _BYLINE_PREFIX.sub("", value.strip())
    value = _BYLINE_TAIL.split(value, maxsplit=1)[0]
    names = (normalize_space(part).strip(" .|-–—") for part in _AUTHOR_SPLIT.split(value))
    unique: dict[str, None] = {}
    for name in names:
        if not name or len(name.split()) > _NAME_MAX_WORDS or _JOB_TITLE.search(name):
            continue
        if re.fullmatch(r"[A-Z]{1,4}|\w*admin\w*", name):
            continue  # credentials ("MS", "RD") and user names are not authors
        if name.isupper():
            name = name.title()
        if name.casefold() not in {seen.casefold() for seen in unique}:
            unique[name] = None
    return tuple(unique)


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """Recognised `Key: value` fields and the index of the first body line."""
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    fenced = start < len(lines) and lines[start].strip() == "---"
    index = start + 1 if fenced else start
    fields: dict[str, str] = {}
    last_key: str | None = None
    while index < len(lines):
        line = lines[index]
        index += 1
        if fenced and line.strip() in ("---", "..."):
            return fields, index
        if not line.strip():
            if fenced:
                continue
            break
        item = re.match(r"^\s+-\s+(.+)$", line)
        if item and last_key is not None:  # a YAML list under the previous key
            previous = fields.get(last_key, "")
            fields[last_key] = f"{previous}, {item.group(1)}" if previous else item.group(1)
            continue
        match = _KEY_LINE.match(line)
        if match is None:
            if fenced:
                continue
            return {}, start  # prose, not a front-matter block
        last_key = _KEYS.get(match.group(1).strip().lower())
        if last_key is not None:
            fields.setdefault(last_key, _unquote(match.group(2).strip()))
    if fenced:
        return {}, start  # an unclosed fence is just a horizontal rule
    # Unknown keys ("Tags: ...") are skipped, but one known key must make it front matter.
    return (fields, index) if fields else ({}, start)


def _front_matter_authors(value: str) -> tuple[str, ...]:
    """Authors the user typed: split as a byline, but a credit such as "Wire staff" that
    names no person is kept as written rather than silently dropped."""
    names = split_authors(value)
    credit = normalize_space(value)
    return names or ((credit,) if credit else ())


def _unquote(value: str) -> str:
    """Drop YAML-style quotes around a whole value, never a quote mark that is content.

    `Title: "Quoted title"` -> Quoted title, but `Title: Mayor: barrier "finished"` keeps
    its closing mark.
    """
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        if value[0] not in inner:
            return inner
    return value


def strip_markdown(line: str) -> str:
    """Plain text of one Markdown line: no heading marks, emphasis, links or images."""
    line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
    line = re.sub(r"\s#+\s*$", "", line)
    line = re.sub(r"^\s{0,3}>\s?", "", line)
    line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)
    line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", line)
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", line)
    line = re.sub(r"`([^`]+)`", r"\1", line)
    return line


def _is_markup_only(line: str) -> bool:
    stripped = line.strip()
    if re.fullmatch(r"(?:[-*_=]\s*){3,}", stripped):
        return True  # horizontal rule or setext underline
    return bool(re.fullmatch(r"\[[^\]]+\]:\s*\S+.*", stripped))  # link reference definition


def _paragraphs(body: list[str], markdown: bool) -> list[str]:
    """Blank-line separated blocks; hard-wrapped lines inside a block are re-joined."""
    blocks: list[list[str]] = [[]]
    for line in body:
        if not line.strip() or (markdown and _is_markup_only(line)):
            blocks.append([])
        else:
            blocks[-1].append(strip_markdown(line) if markdown else line)
    paragraphs: list[str] = []
    for block in filter(None, blocks):
        if _hard_wrapped(block):
            paragraphs.append(" ".join(part.strip() for part in block))
        else:
            paragraphs.extend(block)
    return paragraphs


def _hard_wrapped(block: list[str]) -> bool:
    """A block wrapped at a fixed width, rather than written one line per paragraph."""
    if len(block) < 2:
        return False
    inner = [line.rstrip() for line in block[:-1]]
    widths = [len(line) for line in inner]
    if max(widths) > 100 or min(widths) < 30 or block[1].lstrip().startswith("-"):
        return False
    # Lines of a one-paragraph-per-line file end in a full stop; wrapped lines mostly don't.
    ended = sum(1 for line in inner if line.endswith(_SENTENCE_ENDS))
    return ended * 2 < len(inner) or (len(inner) == 1 and not inner[0].endswith(_SENTENCE_ENDS))


def _headline_from(paragraphs: list[str]) -> tuple[str, list[str]]:
    """The first line is the headline; a long first sentence stays in the body as well."""
    first = paragraphs[0]
    if len(paragraphs) == 1:
        return first, paragraphs  # a one-line text is both headline and body
    if len(first.split()) > _HEADLINE_MAX_WORDS:
        words = first.split()
        return " ".join(words[:12]) + "…", paragraphs
    return first, paragraphs[1:]


def parse_text_article(text: str, *, filename: str) -> ExtractedArticle:
    """Build an article from plain text or Markdown, honouring a front-matter block.

    Raises:
        ImportFailure: when there is no text besides the front matter.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    fields, body_start = _front_matter(lines)
    body = lines[body_start:]
    markdown = PurePath(filename).suffix.lower() in (".md", ".markdown") or bool(
        _MARKDOWN_HINT.search("\n".join(body[:200]))
    )
    paragraphs = [p for p in (normalize_space(p) for p in _paragraphs(body, markdown)) if p]
    if not paragraphs:
        raise ImportFailure("The file has no article text.")
    title = normalize_space(strip_markdown(fields.get("title", "")))
    if not title:
        title, paragraphs = _headline_from(paragraphs)
    kept = clean_paragraphs(paragraphs, headline=title if len(paragraphs) > 1 else "")
    if not kept:
        raise ImportFailure("The file has no article text besides its headline.")
    text = join_paragraphs(kept)
    return ExtractedArticle(
        title=title,
        outlet=fields.get("outlet", ""),
        url=fields.get("url", ""),
        published=normalize_date(fields.get("published", "")),
        authors=_front_matter_authors(fields.get("authors", "")),
        language=fields.get("language") or guess_language(text),
        text=text,
    )
