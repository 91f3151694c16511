"""Single-file web archives (.mhtml/.mht): the page's HTML part and its address."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import Message

from desktop.core.encoding import decode_bytes
from desktop.errors import ImportFailure

_MHTML_HEAD = re.compile(
    rb"^(?:[\t\x20-\x7e]*\r?\n){0,30}?(?:MIME-Version:|Content-Type:\s*multipart/related)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ArchivedPage:
    """The HTML of an archived page and the address it was saved from ("" if unknown)."""

    html: str
    url: str


def looks_like_mhtml(data: bytes) -> bool:
    """True for MIME headers followed by a multipart/related body."""
    head = data[:4096]
    return bool(_MHTML_HEAD.match(head)) and b"multipart/related" in head.lower()


def _html_part(message: Message) -> Message | None:
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml"):
            return part
    return None


def _decode_part(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ImportFailure("The web archive's page is empty.")
    charset = part.get_content_charset()
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong label: fall back to sniffing the bytes themselves
    return decode_bytes(payload)


def read_mhtml(data: bytes) -> ArchivedPage:
    """Pick the text/html part of an MHTML archive and decode it.

    Raises:
        ImportFailure: when the archive holds no HTML page.
    """
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part = _html_part(message)
    if part is None:
        raise ImportFailure("The web archive contains no HTML page.")
    url = str(part.get("Content-Location") or message.get("Snapshot-Content-Location") or "")
    return ArchivedPage(html=_decode_part(part), url=url.strip())
