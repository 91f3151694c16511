"""Turning the bytes of an imported file into text: BOM, declared charset, then detection."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from desktop.errors import ImportFailure

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# and the XML declaration of XHTML files.
_DECLARED_RE = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)

# Browsers treat these labels as their superset (WHATWG encoding standard).
_SUPERSETS = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
}

# C0 control bytes that never occur in text (tab, newlines, form feed and escape do).
_SAMPLE_BYTES = 1_000_000
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_UTF16_ODD_NUL = re.compile(rb"^(?:[\x01-\x7f]\x00){8}")
_UTF16_EVEN_NUL = re.compile(rb"^(?:\x00[\x01-\x7f]){8}")
# Undecodable bytes a UTF-8 file may carry and still be read as UTF-8 (a few stray bytes).
_HANDFUL = 8
# Share of unassigned, private-use, surrogate or control characters that real text never
# reaches; random bytes read as UTF-16 land there about a third of the time.
_MAX_ODD_SHARE = 0.03
_ODD_CATEGORIES = frozenset(("Cn", "Co", "Cs", "Cc"))
_WIDE_SAMPLE_CHARS = 20_000


def _python_codec(label: str) -> str | None:
    """The Python codec for a declared charset label, or None if Python has none."""
    name = label.strip().lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _bom_codec(data: bytes) -> tuple[str, int] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as ASCII interleaved with NUL bytes."""
    if _UTF16_ODD_NUL.match(data):
        return "utf-16-le"
    if _UTF16_EVEN_NUL.match(data):
        return "utf-16-be"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first few kilobytes, as a Python codec name."""
    match = _DECLARED_RE.search(data[:8192])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", "ignore")
    codec = _python_codec(label)
    # A page re-saved as UTF-16 still says "utf-16" or even "utf-8" in its meta tag; the
    # bytes were already decoded by BOM/NUL sniffing in that case, so ignore wide codecs.
    if codec is not None and codec.startswith(("utf-16", "utf-32")):
        return None
    return codec


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any single-byte or UTF-8 encoding."""
    sample = data[:65536]
    if _bom_codec(sample) is not None or _bomless_utf16(sample) is not None:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 100)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes (a truncated download, one mis-pasted character).

    Valid multi-byte sequences almost never occur by chance in a single-byte code page,
    so one of them plus a handful of errors (or errors rare among them) means UTF-8.
    """
    text = data[:_SAMPLE_BYTES].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if ord(char) > 0x7F) - bad
    return good > 0 and bad <= max(_HANDFUL, good // 4)


def plausible_text(text: str) -> bool:
    """Whether decoded text looks like writing rather than bytes read in the wrong width."""
    sample = text[:_WIDE_SAMPLE_CHARS]
    if not sample.strip():
        return False
    odd = sum(
        1
        for char in sample
        if char == "\ufffd"
        or (char not in "\t\n\r\f" and unicodedata.category(char) in _ODD_CATEGORIES)
    )
    return odd <= _MAX_ODD_SHARE * len(sample)


def _wide_decode(data: bytes, codec: str) -> str:
    """Decode UTF-16/32 and insist that the result reads as text.

    Raises:
        ImportFailure: when the bytes only start like UTF-16/32 (a marker before garbage).
    """
    text = data.decode(codec, errors="replace")
    if not plausible_text(text):
        raise ImportFailure(
            "The file starts like UTF-16 text, but what follows is not readable text "
            "(it may be damaged or not a text file)."
        )
    return text


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes: BOM first, then the declared charset, then detection.

    Raises:
        ImportFailure: when the bytes are not text in any encoding we can recognise.
    """
    bom = _bom_codec(data)
    if bom is not None:
        codec, skip = bom
        if codec == "utf-8":
            return data[skip:].decode(codec, errors="replace")
        return _wide_decode(data[skip:], codec)
    wide = _bomless_utf16(data)
    if wide is not None:
        return _wide_decode(data, wide)
    if b"\x00" in data[:65536]:
        raise ImportFailure("The file contains binary data, not text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    # A page that says UTF-8 but is mostly something else was mislabelled: detect instead.
    if declared in (None, "utf-8") and _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    if declared is not None and declared != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    return _detected(data, declared)


def _detected(data: bytes, declared: str | None) -> str:
    matches = list(from_bytes(data[:200_000]))
    if matches:
        best = matches[0]
        # Single-byte code pages often tie; Windows-1252 is by far the likeliest of them.
        for match in matches:
            tied = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.05
            if tied and match.encoding in ("cp1252", "latin_1"):
                best = match
                break
        codec = _python_codec(best.encoding) or "utf-8"
        return data.decode(codec, errors="replace")
    if declared is not None:
        return data.decode(declared, errors="replace")
    raise ImportFailure("The file's text encoding could not be recognised.")
