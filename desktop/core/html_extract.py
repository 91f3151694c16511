"""The main text of a web page: parse once with lxml, let trafilatura find the body."""

from __future__ import annotations

import logging
import re
from collections import Counter
from html import unescape

import trafilatura
from lxml import etree  # type: ignore[import-untyped,unused-ignore]
from lxml.html import HtmlElement, HTMLParser, document_fromstring  # type: ignore[import-untyped,unused-ignore]

from desktop.core.cleanup import comparable, normalize_space
from desktop.errors import ImportFailure

log = logging.getLogger(__name__)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
# Share of 4-word runs a JSON-LD body and the extraction must have in common (both ways).
_LD_AGREEMENT = 0.9
# Fewer words than this from the precise mode suggests it kept only a stub.
_STUB_WORDS = 60
_INVISIBLE = re.compile(
    r"<(script|style|noscript|template|head|title)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S
)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|blockquote|article|section)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
# New words needed before sibling chunks count as the rest of the article.
_CHUNK_MIN_WORDS = 60
_CHUNK_MIN_CHARS = 20  # shorter <p> elements are not worth matching
# Class-name words of boxes that are never article text (matched as whole words).
_FURNITURE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:credits?|captions?|share|sharing|social-share|newsletter|promo|ad-slot"
    r"|related|breadcrumbs?|byline|comments?|tags)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_WITH_CLASS = etree.XPath("//*[@class]")  # selected in C; cheaper than walking every node
_FURNITURE_MAX_CHARS = 600
_FURNITURE = frozenset(("header", "footer", "nav", "aside", "form"))


class NestingTooDeep(ImportFailure):
    """The parser stopped at its depth limit, so the tree lacks the deeper text."""


def load_extractor_tables() -> None:
    """Build what trafilatura builds lazily on its first hard page (every language's
    stop words for its justext fallback, about half a second), ahead of time: import
    workers do it while the user is still choosing files."""
    try:
        from trafilatura.external import jt_stoplist_init

        jt_stoplist_init()
    except (ImportError, AttributeError):  # another trafilatura: it builds them when needed
        log.debug("trafilatura has no stop-word table to load ahead of time")


def parse_html(html: str) -> HtmlElement:
    """Parse a page into an lxml tree.

    Raises:
        NestingTooDeep: when elements are nested beyond the parser's limit.
        ImportFailure: when there is no HTML document to parse.
    """
    # lxml refuses str input that still carries an encoding declaration.
    html = _XML_DECLARATION.sub("", html.lstrip("\ufeff"), count=1)
    # One parser per page: parsers keep an error log and must not be shared across threads.
    parser = HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True, collect_ids=False)
    try:
        tree = document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise ImportFailure("The page could not be read as HTML.") from error
    if tree is None:
        raise ImportFailure("The page could not be read as HTML.")
    if any("depth" in entry.message for entry in parser.error_log):
        raise NestingTooDeep("The page is nested too deeply to be read as HTML.")
    return tree


def _run_trafilatura(tree: HtmlElement, url: str | None, *, precise: bool) -> str:
    # The precise first pass is fast; the rare second pass may use the fallback extractors.
    try:
        text = trafilatura.extract(
            tree,
            url=url or None,
            # Measured on the extraction benchmark (tests/eval): tables hold article text
            # more often than junk, and the fallback extractors lose more than they add.
            fast=precise,
            favor_precision=precise,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
            output_format="txt",
        )
    except RecursionError:
        return ""
    except Exception:  # a third-party failure on one odd page must not stop the import
        log.warning("trafilatura failed; falling back to the page's visible text", exc_info=True)
        return ""
    return text or ""


def trafilatura_paragraphs(tree: HtmlElement, url: str | None) -> list[str]:
    """Paragraphs trafilatura considers the article body (empty when it finds none).

    The precise mode drops more boilerplate but sometimes keeps only a stub; only then
    (a few pages in a hundred) is the page extracted a second time in the normal mode.
    """
    text = _run_trafilatura(tree, url, precise=True)
    if len(text.split()) < _STUB_WORDS:
        fuller = _run_trafilatura(tree, url, precise=False)
        if len(fuller.split()) > 1.5 * len(text.split()):
            text = fuller
    return [line for line in (normalize_space(line) for line in text.split("\n")) if line]


def ld_body_paragraphs(body: str) -> list[str]:
    """Paragraphs of a JSON-LD articleBody (which may hold escaped HTML or plain text)."""
    if "<" in body and re.search(r"</?(?:p|br|div)\b", body, re.IGNORECASE):
        # Tag stripping, not parsing: the body is a fragment and may be malformed.
        body = unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n\n", body)))
    parts = re.split(r"\n\s*\n" if "\n\n" in body.strip() else r"\n", body)
    return [p for p in (normalize_space(part) for part in parts) if p]


def _shingles(paragraphs: list[str]) -> set[str]:
    words = comparable(" ".join(paragraphs)).split()
    return {" ".join(words[i : i + 4]) for i in range(max(1, len(words) - 3))}


def choose_body(extracted: list[str], ld_body: list[str]) -> list[str]:
    """Prefer the publisher's own JSON-LD body when it agrees with the extraction.

    JSON-LD bodies are often teasers, or carry captions and embeds trafilatura rightly
    dropped; they win only when each text holds nearly all of the other's 4-word runs.
    """
    if not ld_body:
        return extracted
    if not extracted:
        return ld_body
    # A JSON-LD body with far fewer paragraphs lost its breaks; keep trafilatura's then.
    if 2 * len(ld_body) < len(extracted):
        return extracted
    ld_runs, extracted_runs = _shingles(ld_body), _shingles(extracted)
    shared = len(ld_runs & extracted_runs)
    ld_inside = shared / len(ld_runs)
    extraction_inside = shared / len(extracted_runs)
    if ld_inside >= _LD_AGREEMENT and extraction_inside >= _LD_AGREEMENT:
        return ld_body
    return extracted


def has_text(tree: HtmlElement) -> bool:
    """Whether the page shows any words at all outside scripts and styles."""
    for node in tree.iter(etree.Element):
        if node.tag in ("script", "style", "noscript", "template", "head", "title"):
            continue
        for piece in (node.text, node.tail):
            if piece and re.search(r"\w{2,}", piece):
                return True
    return False


def flat_text_paragraphs(html: str) -> list[str]:
    """Visible text by plain tag stripping, for pages the parser cannot hold.

    libxml2 stops descending past a few thousand nested elements and drops what lies
    deeper; a regular-expression pass has no depth to run out of.
    """
    html = _INVISIBLE.sub(" ", html)
    html = _BLOCK_TAG.sub("\n", html)
    text = unescape(_ANY_TAG.sub("", html))
    return [p for p in (normalize_space(line) for line in text.split("\n")) if p]


def add_split_chunks(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    """Add the rest of an article that the page split into sibling chunks.

    Some sites cut the body into several containers of the same kind (between ads or
    embeds); trafilatura then keeps the first one only. Paragraphs from the other
    containers with the same tag and class are merged back in document order.
    """
    wanted = set(paragraphs)
    by_text: dict[str, HtmlElement] = {}
    for node in tree.iter("p"):
        text = node.text_content()
        if len(text) < _CHUNK_MIN_CHARS:
            continue
        text = normalize_space(text)
        if text in wanted:
            by_text.setdefault(text, node)
    parents = Counter(node.getparent() for node in by_text.values())
    if not parents:
        return paragraphs
    main, hits = parents.most_common(1)[0]
    css_class = main.get("class") if main is not None else None
    if hits < 2 or not css_class:
        return paragraphs
    extra: list[tuple[HtmlElement, str]] = []
    for chunk in tree.iter(main.tag):
        if chunk is main or chunk.get("class") != css_class or _in_page_furniture(chunk):
            continue
        for node in chunk.iterchildren("p", "h2", "h3", "blockquote", "ul", "ol"):
            text = normalize_space(node.text_content())
            if text and text not in wanted:
                extra.append((node, text))
    if sum(len(text.split()) for _, text in extra) < _CHUNK_MIN_WORDS:
        return paragraphs
    order = {node: index for index, node in enumerate(tree.iter())}
    placed = [(order[node], text) for node, text in extra]
    return _merge_in_order(paragraphs, placed, by_text, order)


def _in_page_furniture(node: HtmlElement) -> bool:
    return any(parent.tag in _FURNITURE for parent in node.iterancestors())


def _merge_in_order(
    paragraphs: list[str],
    extra: list[tuple[int, str]],
    by_text: dict[str, HtmlElement],
    order: dict[HtmlElement, int],
) -> list[str]:
    placed: list[tuple[int, int, str]] = []
    position = -1
    for sequence, text in enumerate(paragraphs):
        node = by_text.get(text)
        if node is not None and node in order:
            position = max(position, order[node])
        placed.append((position, sequence, text))
    placed.extend((index, len(paragraphs), text) for index, text in extra)
    return [text for _, _, text in sorted(placed)]


def prune_furniture(tree: HtmlElement) -> None:
    """Remove captions, credits, share bars and promo boxes, known by their class names.

    Runs after the metadata is read (bylines live in those boxes too) and before
    trafilatura, which keeps a credit that sits inside a paragraph.
    """
    doomed = [node for node in _WITH_CLASS(tree) if _FURNITURE_CLASS.search(node.get("class"))]
    for node in doomed:
        # A big box is more likely the article itself with an unlucky class ("has-comments").
        if node.getparent() is None or node.tag in ("html", "body", "article", "main"):
            continue
        if len(node.text_content()) <= _FURNITURE_MAX_CHARS:
            _discard(node)


def _discard(node: HtmlElement) -> None:
    """Remove an element but keep the text after it."""
    try:
        node.drop_tree()
    except ValueError:
        # lxml refuses to move a tail holding control characters; empty the box instead.
        for child in list(node):
            node.remove(child)
        node.text = None
