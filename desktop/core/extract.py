"""Turning an imported file (web page, web archive, text, Markdown) into an ExtractedArticle."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib

from lxml import etree  # type: ignore[import-untyped,unused-ignore]
from lxml.html import HtmlElement  # type: ignore[import-untyped,unused-ignore]

from desktop.core.cleanup import clean_paragraphs, join_paragraphs, normalize_space
from desktop.core.encoding import decode_bytes, looks_binary
from desktop.core.html_extract import (
    NestingTooDeep,
    add_split_chunks,
    choose_body,
    flat_text_paragraphs,
    has_text,
    ld_body_paragraphs,
    parse_html,
    prune_furniture,
    trafilatura_paragraphs,
)
from desktop.core.html_metadata import page_metadata
from desktop.core.huge_page import reduce_huge_page
from desktop.core.mhtml import looks_like_mhtml, read_mhtml
from desktop.core.model import ExtractedArticle
from desktop.core.page_dates import drop_comment_sections, guessed_date
from desktop.core.text_article import guess_language, parse_text_article
from desktop.errors import ImportFailure

__all__ = [
    "MAX_FILE_BYTES",
    "decode_bytes",
    "extract_file",
    "extract_html",
    "normalized_body_hash",
    "parse_text_article",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
_FLAT_MAX_CHARS = 1_000_000
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<html[\s>])|<head[\s>]|<body[\s>]|<!--\s*saved from url)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(r"<(?:p|div|article|br|h1|h2|span|a\s+href|meta|title)\b", re.IGNORECASE)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote")
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside")


def normalized_body_hash(text: str) -> str:
    """SHA-256 of the text with case, whitespace, punctuation and typography normalised."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = re.findall(r"\w+", folded)
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def looks_like_html(text: str) -> bool:
    """Sniff HTML by its opening, or by tags that a plain text would not contain."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 2 and head.lstrip().startswith("<")


def extract_file(data: bytes, filename: str) -> ExtractedArticle:
    """Extract one imported file, dispatching on its content rather than its extension.

    Raises:
        ImportFailure: for empty, binary, oversized, undecodable or text-less files.
    """
    if len(data) > MAX_FILE_BYTES:
        size = len(data) / (1024 * 1024)
        raise ImportFailure(f"The file is too large ({size:.0f} MB; the limit is 50 MB).")
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFailure("The file is empty.")
    if looks_like_mhtml(data):
        page = read_mhtml(data)
        return extract_html(page.html, url_hint=page.url or None)
    if looks_binary(data):
        raise ImportFailure("The file contains binary data, not text.")
    text = decode_bytes(data)
    if not text.strip():
        raise ImportFailure("The file is empty.")
    if looks_like_html(text):
        return extract_html(text)
    return parse_text_article(text, filename=filename)


def extract_html(html: str, *, url_hint: str | None = None) -> ExtractedArticle:
    """Extract the article and its metadata from a page's HTML.

    Raises:
        ImportFailure: when the page has no readable article text.
    """
    if len(html) > MAX_FILE_BYTES:
        raise ImportFailure("The page is too large (the limit is 50 MB).")
    try:
        tree = parse_html(reduce_huge_page(html))
    except NestingTooDeep:
        return _flat_article(html)
    if not has_text(tree):
        raise ImportFailure("The page has no text (only scripts or markup).")
    try:
        meta = page_metadata(tree, html, url_hint)
    except RecursionError as error:
        raise ImportFailure("The page is nested too deeply to be read.") from error
    published = meta.published
    if published is None:
        # htmldate reads the whole page; comment sections and scripts must not date it.
        drop_comment_sections(tree)
        published = guessed_date(tree, meta.url)
    prune_furniture(tree)
    extracted = add_split_chunks(tree, trafilatura_paragraphs(tree, meta.url))
    paragraphs = choose_body(extracted, ld_body_paragraphs(meta.json_ld_body))
    if not paragraphs:
        paragraphs = _visible_paragraphs(tree)
    kept = clean_paragraphs(paragraphs, headline=meta.title, variants=meta.headings)
    if not kept:
        raise ImportFailure("No article text was found in the page.")
    text = join_paragraphs(kept)
    return ExtractedArticle(
        title=meta.title or kept[0][:120],
        outlet=meta.outlet,
        url=meta.url,
        published=published,
        authors=meta.authors,
        language=meta.language or guess_language(text),
        text=text,
    )


def _flat_article(html: str) -> ExtractedArticle:
    """An article from tag-stripped text, for pages whose tree lost its text."""
    paragraphs = []
    used = 0
    for paragraph in flat_text_paragraphs(html):
        if used > _FLAT_MAX_CHARS:
            break  # past any article's length: the rest of a huge page is lists and junk
        if re.search(r"\w{2,}", paragraph):
            paragraphs.append(paragraph)
            used += len(paragraph)
    if not paragraphs:
        raise ImportFailure("The page has no text (only scripts or markup).")
    kept = clean_paragraphs(paragraphs)
    if not kept:
        raise ImportFailure("No article text was found in the page.")
    text = join_paragraphs(kept)
    return ExtractedArticle(
        title=kept[0][:120],
        outlet="",
        url="",
        published=None,
        authors=(),
        language=guess_language(text),
        text=text,
    )


def _visible_paragraphs(tree: HtmlElement) -> list[str]:
    """Fallback when trafilatura finds nothing: the page's visible text, block by block.

    Walks the tree with events instead of recursion or edits, so neither deep nesting
    nor odd characters in the page can break it.
    """
    body = tree.find("body")
    root = body if body is not None else tree
    pieces: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _DROP_TAGS or not tag:
                walker.skip_subtree()
            else:
                pieces.append("\n" if tag in _BLOCKS else "")
                pieces.append(node.text or "")
            continue
        if tag in _BLOCKS:
            pieces.append("\n")
        if node is not root:
            pieces.append(node.tail or "")
    text = "".join(pieces)
    return [p for p in (normalize_space(line) for line in text.split("\n")) if p]


def pack_source(data: bytes) -> tuple[bytes, str]:
    """The stored form of an original: zlib-compressed bytes and their sha256.

    Here rather than in storage so that extraction workers can pack in parallel
    without importing the database layer (SQLAlchemy costs each worker half a second).
    """
    # Level 1: evidence needs every byte, not the last per cent of compression.
    return zlib.compress(data, 1), hashlib.sha256(data).hexdigest()
