"""Score Parallax's outlet, headline and date extraction against hand-checked labels.

Usage: .venv/bin/python tests/eval/eval_metadata.py DATA_DIR GOLD_FILE [--quiet]

DATA_DIR is the article-extraction benchmark (html/<id>.html.gz); GOLD_FILE is
tests/eval/gold/extraction_metadata.json, labelled by hand from the pages themselves:

- `outlet`: the names a reader would cite, or null when the page exposes none. A match is
  case-insensitive, ignores a leading "The" and surrounding space.
- `headline_sha256`: hashes of the acceptable headlines after `normalise_headline` (the
  gold file stores no third-party text), or null. `headline_words` counts the first one.
- `published`: YYYY-MM-DD, or null. `published_also` lists other days that are also right
  (the page shows a local date while its metadata carries the next UTC day, or it shows
  two dates without saying which is the publication). An extracted date-time counts by
  its date part as written.

A field is scored only on pages that expose it (gold not null). A value Parallax returns
for a field the page does not expose is counted as invented. The failure list prints the
extracted headline only, never the gold text.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.extract import extract_file
from desktop.core.model import ExtractedArticle
from desktop.errors import ImportFailure

FIELDS = ("outlet", "headline", "published")
_WORD = re.compile(r"\w+")
_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})")
_LEADING_THE = re.compile(r"^the\s+")


def normalise_headline(text: str) -> str:
    """Casefold, keep only word characters separated by single spaces (NFKC first)."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def headline_hash(text: str) -> str:
    """The sha256 hex digest the gold file stores for a headline."""
    return hashlib.sha256(normalise_headline(text).encode("utf-8")).hexdigest()


def normalise_outlet(name: str) -> str:
    """Outlet names compare case-insensitively, ignoring a leading "The" and spacing."""
    folded = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    return _LEADING_THE.sub("", folded)


def date_part(value: str | None) -> str | None:
    """The YYYY-MM-DD a stored ISO date or date-time starts with, else None."""
    if not value:
        return None
    match = _DAY.match(value.strip())
    return match.group(1) if match else None


@dataclass(frozen=True)
class Outcome:
    """How one field of one page compared with the gold label."""

    page_id: str
    field: str
    status: str  # "right", "wrong", "invented", "absent" (both empty)
    extracted: str
    expected: str


def _extracted_value(article: ExtractedArticle | None, field: str) -> str:
    if article is None:
        return ""
    value = {"outlet": article.outlet, "headline": article.title, "published": article.published}
    return (value[field] or "").strip()


def _judge(field: str, extracted: str, gold: dict[str, Any]) -> tuple[str, str]:
    """Return (status, printable expected value) for one field."""
    if field == "outlet":
        variants: list[str] | None = gold["outlet"]
        if not variants:
            return ("invented" if extracted else "absent"), "null"
        wanted = {normalise_outlet(v) for v in variants}
        ok = bool(extracted) and normalise_outlet(extracted) in wanted
        return ("right" if ok else "wrong"), " / ".join(variants)
    if field == "headline":
        hashes: list[str] | None = gold["headline_sha256"]
        if not hashes:
            return ("invented" if extracted else "absent"), "null"
        ok = bool(extracted) and headline_hash(extracted) in hashes
        return ("right" if ok else "wrong"), f"<{gold['headline_words']} words>"
    day: str | None = gold["published"]
    if not day:
        return ("invented" if extracted else "absent"), "null"
    days = [day, *gold.get("published_also", [])]
    ok = date_part(extracted) in days
    return ("right" if ok else "wrong"), " or ".join(days)


def score_page(
    page_id: str, article: ExtractedArticle | None, gold: dict[str, Any]
) -> list[Outcome]:
    """Compare one page's extraction with its gold label, field by field."""
    outcomes = []
    for field in FIELDS:
        extracted = _extracted_value(article, field)
        status, expected = _judge(field, extracted, gold)
        outcomes.append(Outcome(page_id, field, status, extracted, expected))
    return outcomes


def _load_gold(path: Path) -> dict[str, dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != 1:
        raise SystemExit(f"{path}: unsupported gold format {data.get('format')!r}")
    pages: dict[str, dict[str, Any]] = data["pages"]
    return pages


def _extract(data_dir: Path, page_id: str) -> tuple[ExtractedArticle | None, str]:
    raw = gzip.decompress((data_dir / "html" / f"{page_id}.html.gz").read_bytes())
    try:
        return extract_file(raw, f"{page_id}.html"), ""
    except ImportFailure as exc:
        return None, str(exc)


def _report(outcomes: list[Outcome], errors: dict[str, str], quiet: bool) -> None:
    print(f"{'field':<10} {'exposed':>7} {'right':>6} {'accuracy':>9} {'invented':>9}")
    for field in FIELDS:
        mine = [o for o in outcomes if o.field == field]
        exposed = [o for o in mine if o.status in ("right", "wrong")]
        right = sum(o.status == "right" for o in exposed)
        invented = sum(o.status == "invented" for o in mine)
        share = right / len(exposed) if exposed else 0.0
        print(f"{field:<10} {len(exposed):>7} {right:>6} {share:>9.1%} {invented:>9}")
    if errors:
        print(f"\n{len(errors)} page(s) failed to import:")
        for page_id, message in sorted(errors.items()):
            print(f"  {page_id[:12]}  {message}")
    if quiet:
        return
    print("\nFailures (id, field, extracted vs expected):")
    for o in outcomes:
        if o.status in ("wrong", "invented"):
            shown = o.extracted[:100] or "<empty>"
            print(f"  {o.page_id[:12]}  {o.field:<9} {o.status:<8} {shown!r}  vs  {o.expected}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("gold_file", type=Path)
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    args = parser.parse_args(argv)
    gold = _load_gold(args.gold_file)
    on_disk = {p.name.removesuffix(".html.gz") for p in (args.data_dir / "html").glob("*.html.gz")}
    if on_disk != set(gold):
        print(
            f"warning: {len(on_disk - set(gold))} page(s) without a label, "
            f"{len(set(gold) - on_disk)} label(s) without a page",
            file=sys.stderr,
        )
        gold = {k: v for k, v in gold.items() if k in on_disk}
    started = time.perf_counter()
    outcomes: list[Outcome] = []
    errors: dict[str, str] = {}
    for page_id in sorted(gold):
        article, error = _extract(args.data_dir, page_id)
        if error:
            errors[page_id] = error
        outcomes.extend(score_page(page_id, article, gold[page_id]))
    print(f"{len(gold)} pages scored in {time.perf_counter() - started:.1f} s\n")
    _report(outcomes, errors, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
