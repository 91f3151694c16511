"""Importing files, folders and pasted text as articles, one transaction per article."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process

from desktop.core.extract import (
    MAX_FILE_BYTES,
    extract_file,
    extract_html,
    normalized_body_hash,
    parse_text_article,
)
from desktop.core.model import ExtractedArticle
from desktop.core.quotes import find_quotes
from desktop.errors import ImportFailure, StorageError, UserError
from desktop.services.progress import CancelToken, Progress, check_cancel, no_progress
from desktop.storage.article_repository import (
    ArticleRepository,
    NewArticle,
    SourceFile,
    canonical_url,
)
from desktop.storage.database import Database
from desktop.storage.records import ExistingArticle

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".mhtml", ".mht", ".txt", ".md"})
# Syndicated wire copy with a different headline or a trimmed paragraph scores above this.
NEAR_DUPLICATE_THRESHOLD = 90.0
PASTED_LABEL = "(pasted text)"

# A pasted text that starts like this carries its own metadata block.
_FRONT_MATTER = re.compile(
    r"\s*(?:---\s*\n|(?:title|outlet|source|url|date|published|author)\s*:)", re.IGNORECASE
)

ImportStatus = Literal["imported", "duplicate", "near_duplicate", "failed"]


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one input file.

    `article_id` is the new article's id; for a duplicate it is the id of the article
    already in the library; None when the file failed.
    """

    path: str
    status: ImportStatus
    article_id: int | None
    title: str
    message: str


@dataclass(frozen=True)
class ImportReport:
    """Every outcome of an import, in input order."""

    outcomes: tuple[ImportOutcome, ...]

    @property
    def imported(self) -> tuple[ImportOutcome, ...]:
        """Files that became new articles (near-duplicates included)."""
        return tuple(o for o in self.outcomes if o.status in ("imported", "near_duplicate"))

    @property
    def duplicates(self) -> tuple[ImportOutcome, ...]:
        """Files skipped because the library already had them."""
        return tuple(o for o in self.outcomes if o.status == "duplicate")

    @property
    def near_duplicates(self) -> tuple[ImportOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "near_duplicate")

    @property
    def failed(self) -> tuple[ImportOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "failed")


def import_files(
    db: Database,
    paths: Sequence[Path],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import files and folders (walked recursively); one bad file never stops the batch.

    Raises:
        Cancelled: when `cancel` is set; articles imported so far are kept.
        StorageError: when the database itself fails (locked, read-only, full).
    """
    files = list(collect_files(paths))
    total = len(files)
    progress(0, total, f"Importing {total} file(s)…")
    outcomes: list[ImportOutcome] = []
    for done, path in enumerate(files, start=1):
        check_cancel(cancel)
        outcome = _import_path(db, path)
        outcomes.append(outcome)
        progress(done, total, f"{path.name}: {outcome.status.replace('_', ' ')}")
    return ImportReport(tuple(outcomes))


def import_text(
    db: Database,
    text: str,
    *,
    is_html: bool,
    title: str | None = None,
    outlet: str | None = None,
) -> ImportReport:
    """Import pasted text or HTML as one article; `title`/`outlet` override extraction."""
    filename = "pasted.html" if is_html else "pasted.txt"
    try:
        if not text.strip():
            raise ImportFailure("The pasted text is empty.")
        if is_html:
            extracted = extract_html(text)
        elif title and title.strip() and not _FRONT_MATTER.match(text):
            # The user named the article, so every pasted line is body text.
            header = f"Title: {' '.join(title.split())}\n\n"
            extracted = parse_text_article(header + text.lstrip(), filename=filename)
        else:
            extracted = parse_text_article(text, filename=filename)
    except ImportFailure as error:
        return ImportReport((_failed(PASTED_LABEL, str(error)),))
    except Exception as error:  # a bug in extraction must not take the window down
        log.exception("extraction failed for pasted text")
        return ImportReport((_failed(PASTED_LABEL, f"internal error: {error}"),))
    if title and title.strip():
        extracted = replace(extracted, title=title.strip())
    if outlet and outlet.strip():
        extracted = replace(extracted, outlet=outlet.strip())
    source = SourceFile(text.encode("utf-8"), filename)
    return ImportReport((_store_guarded(db, PASTED_LABEL, extracted, source),))


def collect_files(paths: Sequence[Path]) -> Iterator[Path]:
    """Explicit files as given; folders walked for supported suffixes, symlink loops safe."""
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:  # a symlink back up the tree: do not go round again
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            # Hidden files include macOS "._name.html" resource forks, which are binary.
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Path(root) / name


def _import_path(db: Database, path: Path) -> ImportOutcome:
    label = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:  # refuse before reading gigabytes into memory
            megabytes = size / (1024 * 1024)
            limit = MAX_FILE_BYTES // (1024 * 1024)
            return _failed(
                label, f"The file is too large ({megabytes:.0f} MB; the limit is {limit} MB)."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        return _failed(label, "The file does not exist.")
    except OSError as error:
        return _failed(label, f"The file cannot be read: {error.strerror or error}.")
    try:
        extracted = extract_file(data, path.name)
    except ImportFailure as error:
        return _failed(label, str(error))
    except Exception as error:
        log.exception("extraction failed for %s", path)
        return _failed(label, f"internal error: {error}")
    return _store_guarded(db, label, extracted, SourceFile(data, path.name))


def _store_guarded(
    db: Database, label: str, extracted: ExtractedArticle, source: SourceFile
) -> ImportOutcome:
    """Store one article; database failures propagate, anything else fails this file only."""
    try:
        return _store(db, label, extracted, source)
    except StorageError:
        raise
    except UserError as error:
        return _failed(label, str(error), extracted.title)
    except Exception as error:
        log.exception("import failed for %s", label)
        return _failed(label, f"internal error: {error}", extracted.title)


def _store(
    db: Database, label: str, extracted: ExtractedArticle, source: SourceFile
) -> ImportOutcome:
    content_hash = normalized_body_hash(extracted.text)
    url_key = canonical_url(extracted.url)
    analysis = find_quotes(extracted.text)  # outside the transaction: keeps it short
    with db.session() as session:
        articles = ArticleRepository(session)
        existing = articles.find_exact_duplicate(url_key, content_hash)
        if existing is not None:
            message = f"Already in the library as {_name(existing)}."
            return ImportOutcome(label, "duplicate", existing.id, extracted.title, message)
        near = _near_duplicate(articles, extracted.text)
        article_id = articles.add(
            NewArticle(
                extracted=extracted,
                analysis=analysis,
                source=source,
                content_hash=content_hash,
                canonical_url=url_key,
                near_duplicate_of=near.id if near is not None else None,
            )
        )
    if near is not None:
        message = f"Imported, but nearly identical to {_name(near)} (syndicated copy?)."
        return ImportOutcome(label, "near_duplicate", article_id, extracted.title, message)
    count = len(analysis.quotes)
    message = f"Imported with {count} quote{'s' if count != 1 else ''}."
    return ImportOutcome(label, "imported", article_id, extracted.title, message)


def _near_duplicate(articles: ArticleRepository, text: str) -> ExistingArticle | None:
    """The stored article whose body is ≥ NEAR_DUPLICATE_THRESHOLD similar, if any."""
    # ratio >= r needs the shorter text to be at least r/(2-r) of the longer one.
    ratio = NEAR_DUPLICATE_THRESHOLD / 100
    candidates = articles.texts_of_similar_length(len(text), ratio / (2 - ratio))
    if not candidates:
        return None
    # Extraction already normalised whitespace; rapidfuzz stops early below the cutoff.
    best = process.extractOne(
        text, candidates, scorer=fuzz.ratio, processor=None, score_cutoff=NEAR_DUPLICATE_THRESHOLD
    )
    return articles.get_existing(best[2]) if best is not None else None


def _name(existing: ExistingArticle) -> str:
    return f'"{existing.title}" ({existing.outlet}, article #{existing.id})'


def _failed(label: str, message: str, title: str = "") -> ImportOutcome:
    return ImportOutcome(label, "failed", None, title, message)
