"""Importing files, folders and pasted text as articles (directly, or previewed then confirmed)."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, Protocol, TypeVar

from desktop.core.extract import (
    extract_html,
    normalized_body_hash,
    parse_text_article,
)
from desktop.core.model import ExtractedArticle, QuoteAnalysis
from desktop.core.near_duplicates import (
    band_keys,
    closest_copy,
    screens_reliably,
    sharing_keys,
)
from desktop.core.quotes import find_quotes
from desktop.errors import ImportFailure, StorageError, UserError, WriteConflict
from desktop.services.extraction_pool import LoadedFile, load_file, load_files, read_file
from desktop.services.progress import CancelToken, Progress, check_cancel, no_progress
from desktop.storage.article_repository import (
    ArticleRepository,
    NewArticle,
    SourceFile,
    canonical_url,
    word_count,
)
from desktop.storage.database import Database
from desktop.storage.records import ExistingArticle

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".mhtml", ".mht", ".txt", ".md"})
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
        return _having(self.outcomes, "imported", "near_duplicate")

    @property
    def duplicates(self) -> tuple[ImportOutcome, ...]:
        """Files skipped because the library already had them."""
        return _having(self.outcomes, "duplicate")

    @property
    def near_duplicates(self) -> tuple[ImportOutcome, ...]:
        return _having(self.outcomes, "near_duplicate")

    @property
    def failed(self) -> tuple[ImportOutcome, ...]:
        return _having(self.outcomes, "failed")


class _HasStatus(Protocol):
    @property
    def status(self) -> str: ...


_Entry = TypeVar("_Entry", bound=_HasStatus)


def _having(entries: Sequence[_Entry], *statuses: str) -> tuple[_Entry, ...]:
    """The entries (outcomes or preview items) with one of `statuses`, in order."""
    return tuple(entry for entry in entries if entry.status in statuses)


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
    for done, loaded in enumerate(load_files(files, cancel=cancel), start=1):
        outcome = _import_loaded(db, loaded)
        outcomes.append(outcome)
        progress(done, total, f"{loaded.path.name}: {outcome.status.replace('_', ' ')}")
    return ImportReport(tuple(outcomes))


@dataclass(frozen=True)
class BodyKeys:
    """What an import worker or the preview already worked out about a body (None: work
    it out while storing)."""

    content_hash: str | None = None  # normalized_body_hash
    bands: tuple[int, ...] | None = None  # band_keys, the near-duplicate screening keys
    screens: bool | None = None  # screens_reliably


PreviewStatus = Literal["new", "duplicate", "near_duplicate", "failed"]


@dataclass(frozen=True)
class PreparedArticle:
    """A file as the preview extracted it, carried into the import so it is done once."""

    extracted: ExtractedArticle
    analysis: QuoteAnalysis
    filename: str
    source_sha256: str  # the import re-reads the file and re-extracts it if this changed
    content_hash: str
    canonical_url: str | None
    bands: tuple[int, ...] = ()  # near-duplicate screening keys of the body


@dataclass(frozen=True)
class PreviewItem:
    """What importing one file would do, worked out without writing anything.

    `existing_id` is the library article this file duplicates (or nearly duplicates);
    `same_as` the path of an earlier file of the same batch it duplicates instead.
    """

    path: str
    status: PreviewStatus
    title: str
    message: str
    existing_id: int | None = None
    same_as: str | None = None
    prepared: PreparedArticle | None = None

    @property
    def will_import(self) -> bool:
        return self.status in ("new", "near_duplicate")


@dataclass(frozen=True)
class ImportPreview:
    """Every file of a planned import, in input order."""

    items: tuple[PreviewItem, ...]

    @property
    def to_import(self) -> tuple[PreviewItem, ...]:
        return tuple(item for item in self.items if item.will_import)

    @property
    def duplicates(self) -> tuple[PreviewItem, ...]:
        return _having(self.items, "duplicate")

    @property
    def near_duplicates(self) -> tuple[PreviewItem, ...]:
        return _having(self.items, "near_duplicate")

    @property
    def failed(self) -> tuple[PreviewItem, ...]:
        return _having(self.items, "failed")


def preview_import(
    db: Database,
    paths: Sequence[Path],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ImportPreview:
    """Extract and classify every file (new, duplicate, near-duplicate, will fail).

    Nothing is written. Files of the batch are checked against each other too, so two
    copies of one article are reported before either lands.

    Raises:
        Cancelled: when `cancel` is set.
        StorageError: when the database cannot be read.
    """
    files = list(collect_files(paths))
    total = len(files)
    progress(0, total, f"Checking {total} file(s)…")
    batch: list[PreviewItem] = []
    for done, loaded in enumerate(load_files(files, cancel=cancel), start=1):
        batch.append(_preview_loaded(db, loaded, batch))
        progress(done, total, f"{loaded.path.name}: {batch[-1].status.replace('_', ' ')}")
    return ImportPreview(tuple(batch))


def import_previewed(
    db: Database,
    preview: ImportPreview,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import what a confirmed preview said it would, reusing its extraction.

    Duplicates are checked again as each article is stored, so a library that changed
    since the preview still gets no duplicate. Same errors as `import_files`.
    """
    total = len(preview.items)
    progress(0, total, f"Importing {len(preview.to_import)} file(s)…")
    ids_by_path: dict[str, int] = {}
    outcomes: list[ImportOutcome] = []
    for done, item in enumerate(preview.items, start=1):
        check_cancel(cancel)
        outcome = _import_item(db, item, ids_by_path)
        if outcome.article_id is not None:
            ids_by_path.setdefault(item.path, outcome.article_id)
        outcomes.append(outcome)
        progress(done, total, f"{Path(item.path).name}: {outcome.status.replace('_', ' ')}")
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


def _import_loaded(db: Database, loaded: LoadedFile) -> ImportOutcome:
    label = str(loaded.path)
    if loaded.extracted is None:
        return _failed(label, loaded.error)
    source = SourceFile(loaded.data, loaded.path.name, loaded.packed)
    return _store_guarded(
        db,
        label,
        loaded.extracted,
        source,
        loaded.analysis,
        body=BodyKeys(loaded.content_hash, loaded.bands, loaded.screens),
    )


def _preview_loaded(db: Database, loaded: LoadedFile, batch: Sequence[PreviewItem]) -> PreviewItem:
    label, path, data = str(loaded.path), loaded.path, loaded.data
    extracted, analysis = loaded.extracted, loaded.analysis
    if extracted is None or analysis is None:
        return PreviewItem(label, "failed", "", loaded.error)
    prepared = PreparedArticle(
        extracted=extracted,
        analysis=analysis,
        filename=path.name,
        source_sha256=loaded.packed[1] if loaded.packed else hashlib.sha256(data).hexdigest(),
        content_hash=loaded.content_hash or normalized_body_hash(extracted.text),
        canonical_url=canonical_url(extracted.url),
        bands=band_keys(extracted.text) if loaded.bands is None else loaded.bands,
    )
    try:
        return _classify(db, label, prepared, batch)
    except StorageError:
        raise
    except Exception as error:
        log.exception("duplicate check failed for %s", path)
        return PreviewItem(label, "failed", extracted.title, f"internal error: {error}")


def _classify(
    db: Database, label: str, prepared: PreparedArticle, batch: Sequence[PreviewItem]
) -> PreviewItem:
    title, text = prepared.extracted.title, prepared.extracted.text
    earlier = {item.path: item.prepared for item in batch if item.will_import and item.prepared}
    with db.session() as session:
        articles = ArticleRepository(session)
        existing = articles.find_exact_duplicate(prepared.canonical_url, prepared.content_hash)
        if existing is not None:
            message = f"Already in the library as {_name(existing)}."
            return PreviewItem(label, "duplicate", title, message, existing_id=existing.id)
        for path, other in earlier.items():
            same_url = prepared.canonical_url and prepared.canonical_url == other.canonical_url
            if same_url or other.content_hash == prepared.content_hash:
                message = f"Same article as {Path(path).name}, earlier in this import."
                return PreviewItem(label, "duplicate", title, message, same_as=path)
        near = _near_duplicate(articles, text, prepared.bands)
    if near is not None:
        message = f"Nearly identical to {_name(near)} (syndicated copy?); flagged as such."
        return PreviewItem(label, "near_duplicate", title, message, near.id, prepared=prepared)
    screened = (
        sharing_keys(prepared.bands, {path: other.bands for path, other in earlier.items()})
        if screens_reliably(text)
        else list(earlier)
    )
    twin = closest_copy(text, {path: earlier[path].extracted.text for path in screened})
    if twin is not None:
        message = f"Nearly identical to {Path(twin).name}, earlier in this import."
        return PreviewItem(label, "near_duplicate", title, message, same_as=twin, prepared=prepared)
    count = len(prepared.analysis.quotes)
    message = f"New: {word_count(text):,} words, {count} quote{'s' if count != 1 else ''}."
    return PreviewItem(label, "new", title, message, prepared=prepared)


def _import_item(db: Database, item: PreviewItem, ids_by_path: dict[str, int]) -> ImportOutcome:
    if item.status == "duplicate":
        same = ids_by_path.get(item.same_as) if item.same_as is not None else None
        article_id = item.existing_id if item.existing_id is not None else same
        return ImportOutcome(item.path, "duplicate", article_id, item.title, item.message)
    if item.prepared is None:
        return _failed(item.path, item.message, item.title)
    path, prepared = Path(item.path), item.prepared
    try:
        data = read_file(path)
    except ImportFailure as error:
        return _failed(item.path, str(error), item.title)
    if hashlib.sha256(data).hexdigest() != prepared.source_sha256:
        return _import_loaded(db, load_file(path))  # the file changed since the preview
    source = SourceFile(data, prepared.filename)
    body = BodyKeys(prepared.content_hash, prepared.bands)  # the preview's, not again
    return _store_guarded(db, item.path, prepared.extracted, source, prepared.analysis, body=body)


def _store_guarded(
    db: Database,
    label: str,
    extracted: ExtractedArticle,
    source: SourceFile,
    analysis: QuoteAnalysis | None = None,
    *,
    body: BodyKeys | None = None,
) -> ImportOutcome:
    """Store one article; database failures propagate, anything else fails this file only.

    `analysis` and `body` are what a worker (or the preview) already found: the quotes,
    and the body's hash and screening keys.

    A write conflict (another import saved the same outlet or article a moment ago) is
    tried once more: the second look finds the other writer's rows, so the file becomes
    a duplicate or lands next to them instead of ending the batch.
    """
    try:
        try:
            return _store(db, label, extracted, source, analysis, body=body)
        except WriteConflict:
            log.info("write conflict on %s; trying once more", label)
            return _store(db, label, extracted, source, analysis, body=body)
    except WriteConflict as error:
        return _failed(label, str(error), extracted.title)
    except StorageError:
        raise
    except UserError as error:
        return _failed(label, str(error), extracted.title)
    except Exception as error:
        log.exception("import failed for %s", label)
        return _failed(label, f"internal error: {error}", extracted.title)


def _store(
    db: Database,
    label: str,
    extracted: ExtractedArticle,
    source: SourceFile,
    analysis: QuoteAnalysis | None = None,
    *,
    body: BodyKeys | None = None,
) -> ImportOutcome:
    body = body or BodyKeys()
    content_hash = body.content_hash or normalized_body_hash(extracted.text)
    url_key = canonical_url(extracted.url)
    if analysis is None:  # found outside the transaction: keeps it short
        analysis = find_quotes(extracted.text)
    with db.session() as session:
        articles = ArticleRepository(session)
        existing = articles.find_exact_duplicate(url_key, content_hash)
        if existing is not None:
            message = f"Already in the library as {_name(existing)}."
            return ImportOutcome(label, "duplicate", existing.id, extracted.title, message)
        bands = band_keys(extracted.text) if body.bands is None else body.bands
        near = _near_duplicate(articles, extracted.text, bands, body.screens)
        article_id = articles.add(
            NewArticle(
                extracted=extracted,
                analysis=analysis,
                source=source,
                content_hash=content_hash,
                canonical_url=url_key,
                near_duplicate_of=near.id if near is not None else None,
                bands=bands,
            )
        )
    if near is not None:
        message = f"Imported, but nearly identical to {_name(near)} (syndicated copy?)."
        return ImportOutcome(label, "near_duplicate", article_id, extracted.title, message)
    count = len(analysis.quotes)
    message = f"Imported with {count} quote{'s' if count != 1 else ''}."
    return ImportOutcome(label, "imported", article_id, extracted.title, message)


def _near_duplicate(
    articles: ArticleRepository, text: str, bands: tuple[int, ...], screens: bool | None = None
) -> ExistingArticle | None:
    """The stored article whose body is nearly identical to `text`, if any.

    Only bodies sharing a screening key are read and compared: O(copies), not O(library).
    A short body is compared with every stored body of about its size instead.
    """
    if screens_reliably(text) if screens is None else screens:
        candidates = articles.texts_sharing_bands(bands)
    else:
        candidates = articles.texts_of_similar_size(word_count(text))
    twin = closest_copy(text, candidates)
    return articles.get_existing(twin) if twin is not None else None


def _name(existing: ExistingArticle) -> str:
    return f'"{existing.title}" ({existing.outlet}, article #{existing.id})'


def _failed(label: str, message: str, title: str = "") -> ImportOutcome:
    return ImportOutcome(label, "failed", None, title, message)
