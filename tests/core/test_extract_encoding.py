"""Tests for decoding imported bytes: BOMs, declared charsets, detection, bad bytes."""

from __future__ import annotations

import codecs

import pytest

from desktop.core.extract import decode_bytes, extract_file
from desktop.errors import ImportFailure

RUSSIAN = (
    "Докеры порта Вальмере в пятницу вернулись к работе после девятидневной забастовки. "
    "«Мы не хотели этой борьбы, но и проигрывать её не собирались», — сказала Ильза Марроу."
)
FRENCH = (
    "Les dockers de Valmere ont repris le travail vendredi après neuf jours de grève. "
    "« Nous ne voulions pas ce combat », a déclaré Ilse Marrow, présidente du syndicat."
)
JAPANESE = (
    "バルメア港の港湾労働者は金曜日、九日間のストライキを終えて仕事に戻った。"
    "組合の委員長は「この勝利は皆のものだ」と述べた。"
)


def page(body: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(3))
    return f"<html><head>{meta}<title>Valmere</title></head><body>{paragraphs}</body></html>"


@pytest.mark.parametrize(
    ("text", "codec", "label"),
    [
        (RUSSIAN, "cp1251", "windows-1251"),
        (FRENCH, "latin-1", "iso-8859-1"),
        (JAPANESE, "shift_jis", "Shift_JIS"),
    ],
)
def test_declared_charset_is_honoured(text: str, codec: str, label: str) -> None:
    article = extract_file(page(text, label).encode(codec), "page.html")

    assert text in article.text


@pytest.mark.parametrize(
    ("text", "codec"),
    [(RUSSIAN, "cp1251"), (FRENCH, "latin-1"), (JAPANESE, "shift_jis")],
)
def test_undeclared_charset_is_detected_in_text_files(text: str, codec: str) -> None:
    data = ("Valmere\n\n" + text + "\n" + text.replace(".", "!") + "\n").encode(codec)

    assert text in extract_file(data, "article.txt").text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_boms(codec: str) -> None:
    html = page(RUSSIAN, "utf-8")
    data = html.encode(codec)

    assert RUSSIAN in extract_file(data, "page.html").text


def test_bom_wins_over_a_wrong_declaration() -> None:
    data = codecs.BOM_UTF8 + page(FRENCH, "windows-1251").encode("utf-8")

    assert decode_bytes(data).count("après") == 3


def test_invalid_utf8_with_utf8_declaration_keeps_the_rest_of_the_text() -> None:
    data = page(FRENCH, "utf-8").encode("utf-8").replace("après".encode(), b"apr\xe8s", 1)

    article = extract_file(data, "page.html")

    assert "a déclaré Ilse Marrow" in article.text


def test_binary_renamed_to_html_is_refused() -> None:
    data = bytes(range(256)) * 64

    with pytest.raises(ImportFailure, match="binary"):
        extract_file(data, "photo.html")


def test_page_mislabelled_as_utf8_is_detected() -> None:
    data = page(RUSSIAN, "utf-8").encode("cp1251")

    assert RUSSIAN in extract_file(data, "page.html").text


def test_utf8_with_a_few_stray_bytes_stays_utf8() -> None:
    text = "“The ferry leaves at noon,” said Ansel Vorn of the café on Pier 4.\n"
    data = text.encode("utf-8") + b"Tail \xff\xfe and \xc3\x28 and \x93 here.\n"

    decoded = decode_bytes(data)

    assert decoded.startswith(text)
    assert decoded.count("\ufffd") == 4


def test_cp1252_text_is_not_mistaken_for_damaged_utf8() -> None:
    data = "“Sm\u00f8rrebr\u00f8d for everyone,” said the caf\u00e9 owner.".encode("cp1252")

    assert "café" in decode_bytes(data)


def test_high_byte_garbage_after_a_utf16_marker_is_refused() -> None:
    garbage = bytes((131 * i * i + 17 * i) % 128 + 128 for i in range(4000))

    with pytest.raises(ImportFailure, match="UTF-16"):
        extract_file(codecs.BOM_UTF16_LE + garbage, "notes.txt")


def test_real_utf16_text_after_its_marker_is_kept() -> None:
    data = codecs.BOM_UTF16_LE + (JAPANESE + "\n" + RUSSIAN).encode("utf-16-le")

    assert RUSSIAN in decode_bytes(data)
