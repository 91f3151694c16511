"""Article metadata from a parsed page: JSON-LD, OpenGraph, meta tags, <time>, saved-from URL."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from htmldate import find_date
from lxml.html import HtmlElement  # type: ignore[import-untyped,unused-ignore]

from desktop.core.cleanup import normalize_date, normalize_space
from desktop.core.text_article import split_authors

_MAX_HEADINGS = 4
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_ARTICLE_TYPES = ("article", "posting", "report", "review", "liveblog", "webpage")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ")
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"}


@dataclass(frozen=True)
class PageMetadata:
    """Everything about an article that is not its body text."""

    title: str
    outlet: str
    url: str
    published: str | None
    authors: tuple[str, ...]
    language: str | None
    json_ld_body: str
    description: str
    headings: tuple[str, ...] = ()  # the page's other headline variants (h1, <title>)


def _walk_ld(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk_ld(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in node and isinstance(node[key], list | dict):
                yield from _walk_ld(node[key])


def json_ld_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph members flattened."""
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip().rstrip(";")
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        objects.extend(_walk_ld(data))
    return objects


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return [str(item).lower() for item in values]


def _article_ld(objects: list[dict[str, Any]]) -> dict[str, Any]:
    ranked = sorted(
        (obj for obj in objects if any(t.endswith(_ARTICLE_TYPES) for t in _types(obj))),
        key=lambda obj: ("articleBody" not in obj, "webpage" in _types(obj)),
    )
    return ranked[0] if ranked else {}


def _ld_text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id") or ""
    return normalize_space(str(value)) if isinstance(value, str | int | float) else ""


def _ld_authors(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name", "") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            names.extend(split_authors(name))
    return tuple(dict.fromkeys(names))


def _meta(tree: HtmlElement) -> dict[str, str]:
    """Meta tags by lower-case name/property (first value wins)."""
    found: dict[str, str] = {}
    for tag in tree.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        content = tag.get("content")
        if key and content and content.strip() and key not in found:
            found[key] = normalize_space(content)
    return found


def readable_domain(url: str) -> str:
    """ "https://www.the-daily-example.co.uk/x" -> "The Daily Example"."""
    host = urlsplit(url).hostname or ""
    labels = [label for label in host.split(".") if label and label != "www"]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-2]
    elif len(labels) >= 2:
        labels = labels[:-1]
    name = labels[-1] if labels else ""
    words = re.split(r"[-_]+", name)
    return " ".join(word.capitalize() for word in words if word)


def _compact(text: str) -> str:
    return re.sub(r"\W+|^the", "", text.casefold())


def _names_outlet(part: str, outlet: str) -> bool:
    """ "HarborLedger.com" names "The Harbor Ledger"? Letters only, either way round."""
    part, outlet = _compact(part), _compact(outlet)
    return bool(part and outlet) and (part in outlet or outlet in part)


def _label_like(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 3 and all(word[0].isupper() or not word[0].isalpha() for word in words)


def split_title(title: str, outlet: str = "", *, outlet_known: bool = False) -> tuple[str, str]:
    """Split "Headline | The Outlet" into ("Headline", "The Outlet").

    A part naming the outlet is cut off. With the outlet unknown, a short last part is
    taken for the site name; with it known, only a short capitalised one (a section
    such as "Auto News"), so "Talks resume - analysis" keeps its lower-case tail.
    """
    for separator in _TITLE_SEPARATORS:
        if separator not in title:
            continue
        head, _, tail = title.rpartition(separator)
        if _names_outlet(tail, outlet):
            return head.strip(), tail.strip()
        first, _, rest = title.partition(separator)
        if _names_outlet(first, outlet) and len(rest.split()) >= 3:
            return rest.strip(), first.strip()
        short_tail = _label_like(tail) if outlet_known else 0 < len(tail.split()) <= 4
        if short_tail and len(head.split()) >= 3:
            return head.strip(), tail.strip()  # a site or section name ("Auto News")
    return title.strip(), ""


def _canonical_url(
    tree: HtmlElement, meta: dict[str, str], raw_html: str, ld: dict[str, Any]
) -> str:
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href.startswith("http"):
            return href
    if meta.get("og:url", "").startswith("http"):
        return meta["og:url"]
    saved = _SAVED_FROM.search(raw_html[:4096])
    if saved and saved.group(1).startswith("http"):
        return saved.group(1)
    url = _ld_text(ld.get("url") or ld.get("mainEntityOfPage"))
    return url if url.startswith("http") else ""


def _outlet(meta: dict[str, str], objects: list[dict[str, Any]], ld: dict[str, Any]) -> str:
    for candidate in (
        meta.get("og:site_name", ""),
        _ld_text(ld.get("publisher")),
        next(
            (_ld_text(o.get("name")) for o in objects if "newsmediaorganization" in _types(o)), ""
        ),
        meta.get("application-name", ""),
        meta.get("twitter:site", "").lstrip("@") if " " in meta.get("twitter:site", "") else "",
    ):
        if candidate and not candidate.startswith("http") and len(candidate) <= 80:
            return candidate
    return ""


def _tidy_outlet(name: str) -> str:
    """ "The Daily Example | example.com" -> "The Daily Example"; "example.com" -> "Example"."""
    for separator in _TITLE_SEPARATORS:
        if separator in name:
            name = name.split(separator)[0].strip()
    if re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+", name):
        return readable_domain(f"https://{name}")
    return name


def _title(tree: HtmlElement, meta: dict[str, str], ld: dict[str, Any]) -> str:
    for candidate in (
        meta.get("og:title"),
        meta.get("twitter:title"),
        _ld_text(ld.get("headline")),
    ):
        if candidate:
            return candidate
    for heading in tree.iter("h1"):
        text = normalize_space(heading.text_content())
        if len(text.split()) >= 2:
            return text
    title_tag = tree.find(".//title")
    return normalize_space(title_tag.text_content()) if title_tag is not None else ""


def _headings(tree: HtmlElement) -> tuple[str, ...]:
    found = [normalize_space(node.text_content()) for node in tree.iter("h1", "title")]
    return tuple(text for text in found[:_MAX_HEADINGS] if text)


def _published(tree: HtmlElement, meta: dict[str, str], ld: dict[str, Any]) -> str | None:
    candidates = [
        _ld_text(ld.get("datePublished")),
        meta.get("article:published_time", ""),
        meta.get("og:published_time", ""),
        meta.get("datepublished", ""),
        meta.get("date", ""),
        meta.get("dc.date", ""),
        meta.get("dc.date.issued", ""),
        meta.get("pubdate", ""),
        meta.get("publishdate", ""),
        meta.get("sailthru.date", ""),
        meta.get("parsely-pub-date", ""),
    ]
    candidates.extend(time.get("datetime") or "" for time in tree.iter("time"))
    for candidate in candidates:
        found = normalize_date(candidate)
        if found:
            return found
    return None


def _guessed_date(tree: HtmlElement, url: str) -> str | None:
    """htmldate's reading of the page (dates in the URL, the text, the markup)."""
    try:
        found = find_date(tree, extensive_search=False, original_date=True, url=url or None)
    except (ValueError, TypeError, RecursionError):
        return None
    return normalize_date(found) if isinstance(found, str) else None


def _authors(tree: HtmlElement, meta: dict[str, str], ld: dict[str, Any]) -> tuple[str, ...]:
    authors = _ld_authors(ld.get("author"))
    if authors:
        return authors
    for key in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"):
        value = meta.get(key, "")
        if value and not value.startswith("http"):
            return split_authors(value)
    for node in tree.xpath('//*[@rel="author" or contains(@class, "byline")][1]'):
        text = normalize_space(node.text_content())
        if 0 < len(text.split()) <= 12:
            return split_authors(text)
    return ()


def _language(tree: HtmlElement, meta: dict[str, str], ld: dict[str, Any]) -> str | None:
    for candidate in (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        tree.get("xml:lang"),  # what the HTML parser makes of XHTML's attribute
        meta.get("og:locale"),
        meta.get("content-language"),
        _ld_text(ld.get("inLanguage")),
    ):
        if candidate and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", candidate.strip()):
            return candidate.strip().replace("_", "-").split("-")[0].lower()
    return None


def page_metadata(tree: HtmlElement, raw_html: str, url_hint: str | None = None) -> PageMetadata:
    """Collect the metadata of a page, best source first."""
    meta = _meta(tree)
    objects = json_ld_objects(tree)
    ld = _article_ld(objects)
    url = _canonical_url(tree, meta, raw_html, ld) or (url_hint or "")
    outlet = _tidy_outlet(_outlet(meta, objects, ld))
    hint = outlet or readable_domain(url)
    title, suffix = split_title(_title(tree, meta, ld), hint, outlet_known=bool(outlet))
    if not outlet:
        title_tag = tree.find(".//title")
        tag_text = normalize_space(title_tag.text_content()) if title_tag is not None else ""
        outlet = _tidy_outlet(suffix or split_title(tag_text, hint)[1]) or readable_domain(url)
    body = ld.get("articleBody")
    return PageMetadata(
        title=title,
        outlet=outlet,
        url=url,
        published=_published(tree, meta, ld) or _guessed_date(tree, url),
        authors=tuple(a for a in _authors(tree, meta, ld) if a.casefold() != outlet.casefold()),
        language=_language(tree, meta, ld),
        json_ld_body=body if isinstance(body, str) else "",
        description=meta.get("og:description") or meta.get("description", ""),
        headings=_headings(tree),
    )
