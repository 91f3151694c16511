"""Article metadata from a parsed page: JSON-LD, OpenGraph, meta tags, <time>, saved-from URL."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement  # type: ignore[import-untyped,unused-ignore]

from desktop.core.cleanup import comparable, normalize_date, normalize_space
from desktop.core.page_dates import byline_date
from desktop.core.site_name import (
    choose_outlet,
    confirmed_affixes,
    names_agree,
    site_host,
    title_affixes,
)
from desktop.core.text_article import split_authors

_MAX_HEADINGS = 4
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_ARTICLE_TYPES = ("article", "posting", "report", "review", "liveblog", "webpage")
_MAX_LOGOS = 3


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


def split_title(title: str, outlet: str, confirmed: frozenset[str] = frozenset()) -> str:
    """ "Headline | The Outlet" -> "Headline", when the affix is the outlet or a confirmed one.

    A separator inside the headline ("Dare to Play 3 / October pack") is left alone.
    """
    parts = title_affixes([title])
    for part in parts:
        if part.affix in confirmed or (outlet and names_agree(part.affix, outlet)):
            return part.rest
    for part in parts:
        if outlet and part.label_like():
            return part.rest  # a section ("Auto News") beside a known outlet
    return title.strip()


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


def _logo_alts(tree: HtmlElement) -> list[str]:
    alts = []
    for image in tree.iter("img"):
        marks = " ".join(image.get(a) or "" for a in ("class", "id", "src", "alt")).lower()
        alt = image.get("alt") or ""
        if "logo" in marks and alt.strip():
            alts.append(alt)
    return alts[:_MAX_LOGOS]


def _outlet_evidence(
    tree: HtmlElement, meta: dict[str, str], objects: list[dict[str, Any]], ld: dict[str, Any]
) -> list[tuple[str, str]]:
    """(source, raw name) pairs for site_name.choose_outlet, best sources first."""
    site_name = meta.get("og:site_name", "")
    named = [
        ("handle" if site_name.startswith("@") else "site_name", site_name),
        ("publisher", _ld_text(ld.get("publisher"))),
        ("application", meta.get("application-name", "")),
        ("application", meta.get("apple-mobile-web-app-title", "")),
        ("handle", meta.get("twitter:site", "")),
        ("facebook", meta.get("article:publisher", "")),
    ]
    named += [
        ("organisation", _ld_text(o.get("name")))
        for o in objects
        if "newsmediaorganization" in _types(o)
    ]
    named += [("logo", alt) for alt in _logo_alts(tree)]
    named += [("staff", meta.get(k, "")) for k in ("author", "article:author", "parsely-author")]
    return [(source, name) for source, name in named if name.strip()]


def _page_titles(tree: HtmlElement, meta: dict[str, str]) -> list[str]:
    title_tag = tree.find(".//title")
    tag_text = normalize_space(title_tag.text_content()) if title_tag is not None else ""
    return [t for t in (tag_text, meta.get("og:title", ""), meta.get("twitter:title", "")) if t]


def _title(tree: HtmlElement, meta: dict[str, str], ld: dict[str, Any], outlet: str) -> str:
    for candidate in (
        meta.get("og:title"),
        meta.get("twitter:title"),
        _ld_text(ld.get("headline")),
    ):
        if candidate:
            return candidate
    title_tag = tree.find(".//title")
    tag_text = normalize_space(title_tag.text_content()) if title_tag is not None else ""
    tag_words = set(comparable(tag_text).split())
    for heading in tree.iter("h1"):
        text = normalize_space(heading.text_content())
        if len(text.split()) < 2 or (outlet and names_agree(text, outlet)):
            continue
        # A short h1 sharing no word with <title> is a masthead, not this article's headline.
        if tag_words and len(text.split()) <= 3 and not tag_words & set(comparable(text).split()):
            continue
        return text
    return tag_text


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
    named = _outlet_evidence(tree, meta, objects, ld)
    titles = _page_titles(tree, meta)
    frames = _headings(tree)
    outlet = choose_outlet(named, titles, url, frames)
    confirmed = frozenset(confirmed_affixes(titles, named, site_host(url), frames))
    title = split_title(_title(tree, meta, ld, outlet), outlet, confirmed)
    body = ld.get("articleBody")
    return PageMetadata(
        title=title,
        outlet=outlet,
        url=url,
        published=_published(tree, meta, ld) or byline_date(tree),
        authors=tuple(a for a in _authors(tree, meta, ld) if a.casefold() != outlet.casefold()),
        language=_language(tree, meta, ld),
        json_ld_body=body if isinstance(body, str) else "",
        description=meta.get("og:description") or meta.get("description", ""),
        headings=frames,
    )
