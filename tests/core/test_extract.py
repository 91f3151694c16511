"""Tests for extracting saved web pages and web archives into articles."""

from __future__ import annotations

import quopri
import random
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from desktop.core.extract import extract_file, extract_html, normalized_body_hash
from desktop.errors import ImportFailure

FIXTURES = Path(__file__).parent.parent / "fixtures" / "extract"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_complete_page_gives_body_without_junk_and_full_metadata() -> None:
    article = extract_file(fixture_bytes("complete_page.html"), "valmere.html")

    assert article.title == "Valmere dock strike ends after nine days"
    assert article.outlet == "The Harbor Ledger"
    assert article.url == "https://www.harbor-ledger.example/news/valmere-dock-strike-ends.html"
    assert article.published == "2025-03-14T09:30:00+00:00"
    assert article.authors == ("Petra Quillon", "Amos Delacroix-Baird")
    assert article.language == "en"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Dock workers at the port of Valmere")
    assert paragraphs[-1].startswith("Economists at the University of Valmere")
    assert "“I will not pretend this was our finest hour,” he said." in article.text
    for junk in ("Also read", "READ MORE", "Sign up", "cookies", "Share on", "Photo:", "Most read"):
        assert junk not in article.text
    assert "Related" not in article.text and "Privacy policy" not in article.text
    assert len(paragraphs) == 8


def test_html_only_page_uses_title_suffix_canonical_link_meta_author_and_time() -> None:
    article = extract_file(fixture_bytes("html_only_page.html"), "streik.htm")

    assert article.title == "Streik im Hafen von Valmere beendet"
    assert article.outlet == "Nordkurier Beispiel"
    assert article.url == "https://nordkurier-beispiel.example/wirtschaft/valmere-streik"
    assert article.authors == ("Jonas Feldgrau",)
    assert article.published == "2025-03-14"
    assert article.language == "de"
    assert "„Wir wollten diesen Kampf nicht" in article.text
    assert "Mehr zum Thema" not in article.text
    assert "Impressum" not in article.text


def test_html_only_page_in_its_declared_single_byte_charset() -> None:
    text = fixture_bytes("html_only_page.html").decode("utf-8")
    article = extract_file(text.encode("cp1252"), "streik.html")

    assert "Lohnerhöhung" in article.text
    assert "„Wir wollten diesen Kampf nicht, aber wir wollten ihn auch nicht verlieren“" in (
        article.text
    )


def test_saved_from_comment_gives_url_when_page_has_no_canonical_link() -> None:
    html = (
        "<!-- saved from url=(0041)https://tidewater-post.example/a/ferry -->\n"
        "<html><head><title>Ferry crews vote on new contract - Tidewater Post</title></head>"
        "<body><article><h1>Ferry crews vote on new contract</h1>"
        + "".join(
            f"<p>Paragraph {n} of the ferry story says crews in the harbour will vote on "
            "Tuesday on a contract that the operator described as its final offer.</p>"
            for n in range(5)
        )
        + "</article></body></html>"
    )
    article = extract_html(html)

    assert article.url == "https://tidewater-post.example/a/ferry"
    assert article.outlet == "Tidewater Post"
    assert article.title == "Ferry crews vote on new contract"


def test_outlet_falls_back_to_a_readable_domain() -> None:
    html = (
        "<html><head><title>Ferry crews vote</title>"
        '<link rel="canonical" href="https://www.tidewater-post.co.uk/ferry"></head><body>'
        + "<p>The crews of the island ferries will vote on Tuesday on a new contract offer.</p>" * 3
        + "</body></html>"
    )
    article = extract_html(html)

    assert article.outlet == "Tidewater Post"


def test_mhtml_archive_uses_the_html_part_its_charset_and_location() -> None:
    page = fixture_bytes("complete_page.html").decode("utf-8")
    archive = MIMEMultipart("related")
    archive["Snapshot-Content-Location"] = "https://www.harbor-ledger.example/x"
    html_part = MIMEText(page, "html", "utf-8")  # base64 body
    html_part["Content-Location"] = "https://www.harbor-ledger.example/x"
    archive.attach(html_part)
    archive.attach(MIMEText("body { color: black }", "css"))
    data = archive.as_bytes()
    assert b"Dock workers" not in data  # the page really is encoded inside the archive

    article = extract_file(data, "valmere.mhtml")

    assert article.title == "Valmere dock strike ends after nine days"
    assert "“Every crane driver here has earned this.”" in article.text


def test_mhtml_quoted_printable_windows_1251() -> None:
    body = (
        "<html><body>"
        + "<p>Докеры Вальмере вернулись к работе после девятидневной забастовки.</p>" * 4
    )
    part = MIMEText("", "html", "windows-1251")
    part.replace_header("Content-Transfer-Encoding", "quoted-printable")
    part.set_payload(quopri.encodestring(body.encode("cp1251")).decode("ascii"))
    archive = MIMEMultipart("related")
    archive.attach(part)

    article = extract_file(archive.as_bytes(), "page.mht")

    assert "Докеры Вальмере вернулись к работе" in article.text


def test_unknown_extension_is_sniffed_by_content() -> None:
    article = extract_file(fixture_bytes("complete_page.html"), "download.bin")

    assert article.outlet == "The Harbor Ledger"
    assert "<p>" not in article.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t  \r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (
            b"<html><head><script>var a = 1;</script></head><body><script>go()</script></body>"
            b"</html>",
            "no text",
        ),
        (b"<html><body><div></div><img src='x.png'></body></html>", "no text"),
    ],
)
def test_bad_input_fails_with_a_plain_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ImportFailure, match=reason):
        extract_file(data, "page.html")


def test_huge_file_is_refused_before_parsing() -> None:
    data = b"<html><body><p>" + b"word " * (11 * 1024 * 1024) + b"</p></body></html>"
    with pytest.raises(ImportFailure, match="too large"):
        extract_file(data, "huge.html")


def test_deep_nesting_does_not_crash() -> None:
    depth = 100_000
    html = "<html><body>" + "<div>" * depth + "<p>Deep words inside many boxes.</p>"
    html += "</div>" * depth + "</body></html>"
    try:
        article = extract_file(html.encode("utf-8"), "deep.html")
    except ImportFailure as error:
        assert str(error)  # failing plainly is acceptable; crashing is not
    else:
        assert "Deep words inside many boxes." in article.text


def test_body_hash_ignores_case_spacing_punctuation_and_typography() -> None:
    first = "“We did not want this fight,” said Marrow.\n\nThe deal holds."
    second = '"we did NOT want this fight" said marrow  -- the deal holds'

    assert normalized_body_hash(first) == normalized_body_hash(second)
    assert normalized_body_hash(first) != normalized_body_hash("The deal collapsed.")


def _paragraphs(prefix: str, count: int) -> list[str]:
    return [
        f"{prefix} paragraph {n}: the harbour master said the queue of ships waiting at "
        f"anchor had shrunk to {40 - n} vessels by the evening, and the pilots were busy."
        for n in range(count)
    ]


def test_article_split_into_sibling_chunks_is_reassembled_in_order() -> None:
    first, second, third = (
        _paragraphs("First", 4),
        _paragraphs("Second", 4),
        _paragraphs("Third", 3),
    )
    chunk = '<div class="body-chunk article-text">{}</div>'
    advert = '<div class="ad-slot"><p>Advertisement</p><iframe src="ad.html"></iframe></div>'
    html = (
        "<html><head><title>Queue shrinks - Pilot Gazette</title></head><body>"
        '<article><h1>Queue shrinks</h1><div class="grid">'
        + chunk.format("".join(f"<p>{p}</p>" for p in first))
        + advert
        + chunk.format("".join(f"<p>{p}</p>" for p in second))
        + '<div class="embed"><blockquote class="tweet">A tweet</blockquote></div>'
        + chunk.format("".join(f"<p>{p}</p>" for p in third))
        + "</div></article><footer><p>Pilot Gazette, all rights reserved</p></footer>"
        "</body></html>"
    )
    article = extract_html(html)

    assert article.text.split("\n\n") == first + second + third


def test_teaser_json_ld_body_does_not_replace_the_full_text() -> None:
    paragraphs = _paragraphs("Body", 6)
    html = (
        '<html><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Queue shrinks",'
        f' "articleBody": "{paragraphs[0][:60]}"}}'
        "</script></head><body><article><h1>Queue shrinks</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    article = extract_html(html)

    assert article.text.split("\n\n") == paragraphs


def test_pull_quote_repeated_in_the_page_appears_once() -> None:
    quote = (
        "“We will keep the harbour open through the winter, whatever the weather brings,”"
        " said the harbour master, Ines Caldero."
    )
    body = _paragraphs("Body", 5)
    html = (
        "<html><head><title>Harbour stays open</title></head><body><article>"
        f"<p>{body[0]}</p><p>{quote}</p><p>{body[1]}</p><p>{body[2]}</p>"
        f'<p class="pull-quote">{quote}</p><p>{body[3]}</p><p>{body[4]}</p>'
        "</article></body></html>"
    )
    article = extract_html(html)

    assert article.text.count("We will keep the harbour open") == 1
    assert all(paragraph in article.text for paragraph in body)


def test_xhtml_page_with_xml_declaration() -> None:
    article = extract_file(fixture_bytes("strict_page.xhtml"), "greve.xhtml")

    assert article.title == "Grève au port de Valmere : fin du conflit"
    assert article.outlet == "Le Courrier d’Exemple"
    assert article.authors == ("Margaux Ferrandi",)
    assert article.published == "2025-03-14T11:00:00+01:00"
    assert article.language == "fr"
    assert "« Nous ne voulions pas ce combat, mais nous n’allions pas le perdre »" in article.text
    assert "Lire aussi" not in article.text


def test_html_fragment_file_is_sniffed_as_html() -> None:
    data = "<p>“We will stay,” said Ana Ruiz.</p><p>The ferry left at noon.</p>".encode()

    article = extract_file(data, "clip.txt")

    assert article.text == "“We will stay,” said Ana Ruiz.\n\nThe ferry left at noon."


def test_browser_saved_mhtml_with_quoted_printable_utf8() -> None:
    article = extract_file(fixture_bytes("saved_by_browser.mhtml"), "ferry.mhtml")

    assert article.title == "Ferry crews vote to accept contract"
    assert article.outlet == "Tidewater Post"
    assert article.url == "https://tidewater-post.example/ferry-vote"
    assert "the operator’s offer of a four per cent rise" in article.text
    assert (
        "“It is not everything we wanted, but it is a fair deal,” said Odile Brankov"
        in article.text
    )
    assert "font-family" not in article.text


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Talks resume - analysis", "Talks resume - analysis"),
        ("Ferry talks resume | Opinion | Tidewater Post", "Ferry talks resume | Opinion"),
        ("Ferry talks resume on Monday - Harbour News", "Ferry talks resume on Monday"),
    ],
)
def test_headline_loses_site_and_section_suffixes_only(title: str, headline: str) -> None:
    html = (
        f'<html><head><meta property="og:site_name" content="Tidewater Post">'
        f"<title>{title}</title></head><body>"
        + "<p>The crews of the island ferries will vote on Tuesday on a new offer.</p>" * 3
        + "</body></html>"
    )
    assert extract_html(html).title == headline


def test_damaged_pages_give_an_article_or_a_plain_failure() -> None:
    rng = random.Random(1234)
    page = fixture_bytes("complete_page.html")
    damaged = [page[: rng.randrange(len(page))] for _ in range(5)]
    for _ in range(10):
        flipped = bytearray(page)
        for _ in range(40):
            flipped[rng.randrange(len(page))] = rng.randrange(256)
        damaged.append(bytes(flipped))
    damaged.append(page.replace(b'"@context"', b"{[[[[", 1))  # broken JSON-LD

    for data in damaged:
        try:
            article = extract_file(data, "damaged.html")
        except ImportFailure as error:
            assert str(error)
        else:
            assert article.text.strip()


def test_captions_and_credits_go_but_a_body_with_an_unlucky_class_stays() -> None:
    body = _paragraphs("Body", 5)
    html = (
        "<html><head><title>Queue shrinks</title></head><body>"
        '<div class="post-body has-comments">'
        '<figure><img src="a.jpg"><figcaption class="image-caption">Cranes stand idle at '
        "the port on Friday morning.</figcaption></figure>"
        + "".join(f"<p>{p}</p>" for p in body)
        + '<p><img src="b.jpg"><span class="photo-credit">Lina Oster for the Gazette</span></p>'
        "</div></body></html>"
    )
    article = extract_html(html)

    assert article.text.split("\n\n") == body


def test_huge_page_keeps_its_metadata_and_article_and_drops_the_bulk() -> None:
    script = "<script>var cache = '" + "x" * 900_000 + "';</script>"
    teasers = "".join(
        f'<div class="teaser"><a href="/t/{n}">Teaser {n}</a><p>Another ferry story {n} '
        "about timetables and fares on the island routes this winter.</p></div>"
        for n in range(12_000)
    )
    article = "".join(
        f"<p>Paragraph {n}: the crews of the Valmere ferries voted on Tuesday to accept "
        "the operator’s final offer after a week of talks at the harbour office.</p>"
        for n in range(12)
    )
    html = (
        '<html lang="en"><head><title>Ferry crews accept offer | Tidewater Post</title>'
        '<meta property="og:site_name" content="Tidewater Post">'
        '<meta property="article:published_time" content="2025-03-14">'
        f"{script}</head><body><article><div class='story-body'>{article}</div></article>"
        f"<section class='more'>{teasers}</section></body></html>"
    )
    assert len(html) > 2_500_000

    extracted = extract_html(html)

    assert extracted.outlet == "Tidewater Post"
    assert extracted.title == "Ferry crews accept offer"
    assert extracted.published == "2025-03-14"
    assert "Paragraph 11: the crews of the Valmere ferries voted" in extracted.text
    assert "var cache" not in extracted.text
    assert len(extracted.text) < 400_000
