"""Outlet, headline and date rules, each on a small fictional page."""

from __future__ import annotations

import pytest

from desktop.core.extract import extract_html
from desktop.core.page_dates import date_in_text

BODY = (
    "<p>The crews of the island ferries will vote on Tuesday on a new contract offer "
    "that the operator described as final, the union said on Monday evening.</p>" * 4
)


def page(head: str, body: str = "", url: str = "https://www.harborledger.example/a/1") -> str:
    link = f'<link rel="canonical" href="{url}">' if url else ""
    return f"<html><head>{link}{head}</head><body>{body}<article>{BODY}</article></body></html>"


def og(name: str, value: str) -> str:
    return f'<meta property="{name}" content="{value}">'


def ld_publisher(name: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"publisher": {{"@type": "Organization", "name": "{name}"}}}}</script>'
    )


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        # a slug site name loses to the publisher's own name
        (
            og("og:site_name", "harborledger") + ld_publisher("The Harbor Ledger"),
            "The Harbor Ledger",
        ),
        # a handle is not a name; the title suffix backed by the domain is
        (
            og("og:site_name", "@harborledger") + "<title>Ferry vote | Harbor Ledger</title>",
            "Harbor Ledger",
        ),
        # a section name loses to a title suffix and a handle that agree with the domain
        (
            og("og:site_name", "Politics")
            + og("twitter:site", "@HarborLedger")
            + "<title>Ferry crews vote on contract - Harbor Ledger</title>",
            "Harbor Ledger",
        ),
        # a tagline loses to a staff byline that names the domain's outlet
        (
            og("og:site_name", "Expert advice for island travellers")
            + '<meta name="author" content="Harbor Ledger Editorial Staff">',
            "Harbor Ledger",
        ),
        # a lower-case brand is shown as the site writes it in its titles
        (
            og("og:site_name", "harborledger")
            + "<title>Ferry crews vote on contract - harborledger.com</title>",
            "harborledger.com",
        ),
    ],
)
def test_site_name_that_is_not_a_name_gives_way(head: str, outlet: str) -> None:
    assert extract_html(page(head)).outlet == outlet


def test_hosting_section_and_camel_case_page_name() -> None:
    head = (
        og("og:site_name", "Hosted")
        + og("article:publisher", "https://www.facebook.com/TidewaterPost")
        + "<title>Ferry crews vote on contract | Hosted</title>"
    )
    article = extract_html(page(head, url="https://hosted.tidewaterpost.example/x"))

    assert article.outlet == "Tidewater Post"
    assert article.title == "Ferry crews vote on contract"


def test_logo_text_names_the_outlet_when_no_site_name_exists() -> None:
    body = '<header><img class="site-logo" src="/logo.png" alt="Tidewater Post logo"></header>'
    article = extract_html(page("<title>Ferry crews vote</title>", body, "https://tdwp.example/x"))

    assert article.outlet == "Tidewater Post"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://news.harbor-ledger.co.uk/x", "Harbor Ledger"),
        ("https://www.valmere.sc.gov.br/noticias/1", "Valmere"),  # not "Sc"
        ("https://blog.tidewater-post.com.au/x", "Tidewater Post"),
    ],
)
def test_domain_name_is_the_last_resort_and_uses_the_registrable_label(
    url: str, outlet: str
) -> None:
    assert extract_html(page("<title>Ferry crews vote</title>", url=url)).outlet == outlet


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Island Games 3 / Autumn edition", "Island Games 3 / Autumn edition"),
        (
            "Take the ferry - crews on strike in Valmere",
            "Take the ferry - crews on strike in Valmere",
        ),
        ("Ferry crews vote on contract / Harbor Ledger", "Ferry crews vote on contract"),
    ],
)
def test_separator_inside_a_headline_is_not_a_site_name(title: str, headline: str) -> None:
    head = og("og:site_name", "Harbor Ledger") + f"<title>{title}</title>"
    html = page(head, f"<h1>{title}</h1>", url="")

    assert extract_html(html).title == headline


def test_title_prefix_names_the_outlet_when_the_logo_agrees() -> None:
    body = '<img id="logo" src="/l.gif" alt="The Valmere Review">'
    html = page("<title>The Valmere Review: Seeking a bigger role for ferries</title>", body, "")

    article = extract_html(html)

    assert article.outlet == "The Valmere Review"
    assert article.title == "Seeking a bigger role for ferries"


def test_masthead_h1_loses_to_the_title_without_its_site_part() -> None:
    html = page(
        "<title>Ferry crews vote to accept the final offer - Tidewater Post</title>",
        "<h1>Tidewater Post</h1>",
        "https://tidewaterpost.example/x",
    )
    article = extract_html(html)

    assert article.title == "Ferry crews vote to accept the final offer"
    assert article.outlet == "Tidewater Post"


def test_german_byline_date() -> None:
    body = '<p class="meta">Von Jonas Feldgrau <span>publiziert am 25. September 2024</span></p>'

    assert extract_html(page("<title>Streik</title>", body, "")).published == "2024-09-25"


def test_fact_check_takes_the_byline_date_not_the_claim_date() -> None:
    body = (
        '<div class="statement">"The ferry costs twice as much as last year." '
        "<p>— Mara Quell on Sunday, October 13th, 2024 in a radio interview</p></div>"
        '<p class="byline">By Tomas Reye, published Monday, November 18th, 2024</p>'
    )

    assert extract_html(page("<title>Fact check</title>", body, "")).published == "2024-11-18"


def test_dates_in_reader_comments_are_never_the_article_date() -> None:
    comments = (
        '<div id="comments"><div class="comment"><b>Ilsa</b> <i>2023-02-24 10:15</i>'
        "<p>Published my own notes on 2023-02-24, thanks!</p></div></div>"
    )
    article = extract_html(page("<title>Ferry crews vote</title>", comments, ""))

    assert article.published is None


def test_local_time_is_kept_as_the_page_states_it() -> None:
    head = og("article:published_time", "2024-11-19T23:30:00-05:00")

    assert extract_html(page(head)).published == "2024-11-19T23:30:00-05:00"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("publié le 3 mars 2024", "2024-03-03"),
        ("publicado el 7 de julio de 2023", "2023-07-07"),
        ("Posted: Jan 5, 2022", "2022-01-05"),
        ("veröffentlicht 14.02.2021", "2021-02-14"),
        ("published recently", None),
    ],
)
def test_dates_written_in_other_languages(text: str, day: str | None) -> None:
    assert date_in_text(text) == day


def test_article_box_with_a_comments_class_is_not_dropped_as_comments() -> None:
    html = (
        "<html><head><title>Ferry crews vote</title></head><body>"
        f'<div class="post comments-open">{BODY}{BODY.replace("Tuesday", "Friday")}</div>'
        '<div class="comment-list"><p>Ilsa wrote on 2023-02-24: great piece.</p></div>'
        "</body></html>"
    )
    article = extract_html(html)

    assert "the union said on Monday evening" in article.text
    assert article.published is None
