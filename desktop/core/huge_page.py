"""Cutting a huge page down to its head and main content before the costly extraction.

trafilatura's time grows faster than the page: a 17 MB page took close to a minute and
one near the 50 MB limit several. News articles are a few hundred kilobytes of HTML at
most; what makes a page huge is inline scripts, styles, SVG, or endless lists around
the article. Those are cut with regular expressions (no tree needed), and if the page
is still huge, only the box with the most sibling paragraphs is kept, up to a size
that extracts in about a second.
"""

from __future__ import annotations

import re
from html import escape

from lxml import etree  # type: ignore[import-untyped,unused-ignore]
from lxml.html import HtmlElement, tostring  # type: ignore[import-untyped,unused-ignore]

from desktop.core.html_extract import parse_html

# Pages up to this many characters go through the normal path unchanged.
HUGE_PAGE_CHARS = 1_500_000
# The most of the main content handed on; the rest of a container this big is a list.
_KEEP_CHARS = 300_000
_NOISE = re.compile(
    r"<script\b(?![^>]*ld\+json)[^>]*>.*?</script\s*>"
    r"|<(style|svg|noscript|template)\b.*?</\1\s*>"
    r"|<!--(?!\s*saved from url).*?-->",
    re.IGNORECASE | re.DOTALL,
)
_FAIR_SHARE = 0.3
_ARTICLE_PARAGRAPHS = 3
_ARTICLE_BOXES = etree.XPath(f"//*[count(p) >= {_ARTICLE_PARAGRAPHS}]")
_PARAGRAPH_COUNT = etree.XPath("count(p)")
_ALL_PARAGRAPHS = etree.XPath("count(//p)")
_MAX_CLIMB = 4
_KEPT_HEAD_TAGS = ("title", "meta", "link", "script", "base")


def _main_container(tree: HtmlElement) -> HtmlElement:
    """The element holding the article, usually: the most sibling paragraphs.

    An article is a box of sibling paragraphs, however long the teaser list beside it;
    the boxes are found and counted in C (XPath), which matters on a page of a million
    elements. When paragraphs sit one per box everywhere, they are counted a level up,
    and so on, until one ancestor holds a fair share of them.
    """
    boxes = _ARTICLE_BOXES(tree)
    if boxes:
        return max(boxes, key=_PARAGRAPH_COUNT)
    return _climbed_container(tree)


def _climbed_container(tree: HtmlElement) -> HtmlElement:
    total = _ALL_PARAGRAPHS(tree)
    for depth in range(2, _MAX_CLIMB + 2):
        path = "*/" * (depth - 1) + "p"
        counted = etree.XPath(f"count({path})")
        boxes = tree.xpath(f"//*[count({path}) >= {_ARTICLE_PARAGRAPHS}]")
        best = max(boxes, key=counted, default=None)
        if best is not None and counted(best) >= _FAIR_SHARE * total:
            return best
    body = tree.find("body")
    return body if body is not None else tree


def _serialized(node: HtmlElement) -> str:
    return str(tostring(node, encoding="unicode", with_tail=False))


def _bounded_children(container: HtmlElement) -> str:
    """The container's opening text and children, until the size budget is spent."""
    pieces = [container.text or ""]
    used = len(pieces[0])
    for child in container:
        piece = _serialized(child) + (child.tail or "")
        if used + len(piece) > _KEEP_CHARS and used:
            break
        pieces.append(piece)
        used += len(piece)
    return "".join(pieces)


def _head_html(tree: HtmlElement) -> str:
    head = tree.find("head")
    if head is None:
        return ""
    return "".join(_serialized(node) for node in head if node.tag in _KEPT_HEAD_TAGS)


def reduce_huge_page(html: str) -> str:
    """The page itself when it is of ordinary size, else its head and main content.

    Raises:
        NestingTooDeep: when the reduced page still nests too deeply to be parsed.
        ImportFailure: when there is no HTML document to parse.
    """
    if len(html) <= HUGE_PAGE_CHARS:
        return html
    html = _NOISE.sub(" ", html)
    if len(html) <= HUGE_PAGE_CHARS:
        return html
    tree = parse_html(html)
    container = _main_container(tree)
    lang = tree.get("lang")
    lang_attribute = f' lang="{lang}"' if lang and re.fullmatch(r"[\w-]{2,20}", lang) else ""
    body = _bounded_children(container)
    # The container's own tag and class stay, so extraction sees the same article box.
    css_class = container.get("class")
    opening = f"<{container.tag}" + (f' class="{escape(css_class)}"' if css_class else "") + ">"
    if container.tag in ("html", "body"):
        opening = "<div>"
    closing = "</div>" if opening == "<div>" else f"</{container.tag}>"
    return (
        f"<!DOCTYPE html><html{lang_attribute}><head>{_head_html(tree)}</head>"
        f"<body>{opening}{body}{closing}</body></html>"
    )
