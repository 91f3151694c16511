"""Paint report HTML into an A4 PDF, page by page, with a "Page N of M" footer."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from desktop.errors import ExportError

# Families that cover Latin, Cyrillic, curly quotes and dashes, best first.
PREFERRED_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Segoe UI", "Arial")

RESOLUTION = 300  # dots per inch of the PDF coordinate space (the output is vector)
MARGINS_MM = QMarginsF(18.0, 16.0, 18.0, 14.0)  # left, top, right, bottom
FOOTER_MM = 9.0  # reserved at the bottom of the printable area for the page number
BODY_POINT_SIZE = 10
CLIP_INSET = 0.5  # device units (1/600 inch) kept clear at each page break


class OfflineTextDocument(QTextDocument):
    """A text document that loads no resource at all: no remote images, styles or files."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        if type == QTextDocument.ResourceType.ImageResource:
            # Qt reads an image file itself when this returns nothing; a blank pixel
            # is an answer it accepts, so no local or remote image is ever read.
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return None


def write_pdf(html: str, path: Path, *, title: str) -> None:
    """Write `html` as an A4 PDF at `path` (replaced atomically); raise ExportError on failure."""
    _app = ensure_gui_application()  # kept alive while we paint
    target = Path(path)
    # A hidden sibling, created here (with the user's usual permissions) so an
    # unwritable folder is reported plainly; it replaces the target only when complete.
    temp_name = str(target.with_name(f".{target.name}.{secrets.token_hex(4)}.part"))
    try:
        with open(temp_name, "xb"):
            pass
    except OSError as error:
        raise ExportError(f"Cannot write the PDF to {target}: {error.strerror}.") from error
    try:
        pages = _paint(html, temp_name, title)
        if pages == 0 or os.path.getsize(temp_name) == 0:
            raise ExportError(f"Could not write the PDF to {target}.")
        os.replace(temp_name, target)
    except OSError as error:
        raise ExportError(f"Cannot write the PDF to {target}: {error.strerror}.") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temp_name)


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen QGuiApplication if there is none.

    Fonts and painting need a QGuiApplication; a running QApplication already is one.
    """
    app = QCoreApplication.instance()
    if app is None:
        return QGuiApplication(["parallax", "-platform", "offscreen"])
    if not isinstance(app, QGuiApplication):
        raise ExportError("The PDF cannot be drawn without a graphical Qt application.")
    return app


def pick_font_family() -> str:
    """The first installed family of PREFERRED_FAMILIES, or Qt's default sans serif."""
    installed = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in installed:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def report_font() -> QFont:
    """The body font, without ligatures: a PDF search for "flood" must find "ﬂood"."""
    font = QFont(pick_font_family(), BODY_POINT_SIZE)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _new_writer(filename: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(filename)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Parallax")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def _new_document(html: str, writer: QPdfWriter, font: QFont, width: float) -> QTextDocument:
    document = OfflineTextDocument()
    # Lay out with the PDF's metrics so what we measure is what gets painted.
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(font)
    option = QTextOption()
    # Long URLs and words have no break opportunity; let them wrap instead of overflowing.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setHtml(html)
    # One endless page: page breaks are chosen by paginate(), not by Qt, so that a
    # statement's table is never split when it fits on a page.
    document.setTextWidth(width)
    return document


@dataclass(frozen=True)
class Part:
    """A top-level paragraph or table of the laid-out document, in document units."""

    top: float
    bottom: float
    keep_together: bool = False  # a table: start it on a new page rather than split it
    keep_with_next: bool = False  # a heading: never leave it alone at a page's foot
    break_before: bool = False
    break_after: bool = False


@dataclass(frozen=True)
class Geometry:
    """What pagination needs to know about a laid-out document."""

    height: float
    parts: tuple[Part, ...]
    lines: tuple[tuple[float, float], ...]  # (top, bottom) of every text line, any depth


def paginate(geometry: Geometry, page_height: float) -> tuple[float, ...]:
    """The document y where each page starts.

    A page ends at a forced break, else before a table that would be split but fits on
    one page, else after the last line that ends on it; a heading moves on with what
    follows it.
    """
    forced = sorted(_forced_breaks(geometry.parts))
    tops = [0.0]
    top = 0.0
    while True:
        limit = top + page_height
        early = next((y for y in forced if top < y < limit), None)
        if early is None and limit >= geometry.height:
            return tuple(tops)
        top = early if early is not None else _natural_break(geometry, top, limit, page_height)
        tops.append(top)


def _forced_breaks(parts: Sequence[Part]) -> set[float]:
    breaks = set()
    for index, part in enumerate(parts):
        if part.break_before and part.top > 0:
            breaks.add(part.top)
        if part.break_after and index + 1 < len(parts):
            breaks.add(parts[index + 1].top)
    return breaks


def _natural_break(geometry: Geometry, top: float, limit: float, page_height: float) -> float:
    parts = geometry.parts
    index = next((i for i, part in enumerate(parts) if part.top < limit < part.bottom), None)
    if index is None:
        # The page ends in a gap between parts: break where the gap starts, since the
        # next table's border and shading are drawn a little above its rect and would
        # otherwise show as a sliver at this page's foot.
        candidate = max(
            (part.bottom for part in parts if top < part.bottom <= limit), default=limit
        )
    else:
        straddler = parts[index]
        above = parts[index - 1].bottom if index else top
        gap = above if above > top else straddler.top
        if (
            straddler.keep_together
            and straddler.top > top
            and straddler.bottom - straddler.top <= page_height
        ):
            # Break in the gap above the table: its borders are drawn just outside its rect.
            candidate = gap
        else:
            candidate = _last_line_end(geometry.lines, top, limit)
            if (
                straddler.keep_together
                and straddler.top > top
                and candidate <= _first_line_end(geometry.lines, straddler)
            ):
                # Not even the table's first line fits: start the table on the next page
                # instead of leaving the top of its frame alone at this page's foot.
                candidate = gap
    for position, part in enumerate(parts[:-1]):
        if part.keep_with_next and top < part.top < candidate:
            following = _first_line_end(geometry.lines, parts[position + 1])
            if candidate < following:
                candidate = part.top
    return candidate


def _last_line_end(lines: Sequence[tuple[float, float]], top: float, limit: float) -> float:
    """The lowest line bottom on the page that cuts through no other line."""
    window = [(line_top, bottom) for line_top, bottom in lines if line_top < limit and bottom > top]
    ends = sorted({bottom for _, bottom in window if bottom <= limit}, reverse=True)
    for end in ends:
        if not any(line_top < end < line_bottom for line_top, line_bottom in window):
            return end
    return limit


def _first_line_end(lines: Sequence[tuple[float, float]], part: Part) -> float:
    ends = [bottom for line_top, bottom in lines if part.top <= line_top < part.bottom]
    return min(ends, default=part.bottom)


def measure(document: QTextDocument) -> Geometry:
    """Read the parts and text lines of a laid-out document."""
    layout = document.documentLayout()
    parts = []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        block = iterator.currentBlock()
        # Ask for the frame only when there is one: PySide6 6.12's currentFrame()
        # returns None without a reference, which corrupts None's count over many calls.
        if block.isValid():
            rect = layout.blockBoundingRect(block)
            fmt = block.blockFormat()
            heading = fmt.headingLevel() > 0
            parts.append(
                _part(rect, fmt.pageBreakPolicy(), keep_together=False, keep_with_next=heading)
            )
        else:
            frame = iterator.currentFrame()
            rect = layout.frameBoundingRect(frame)
            policy = frame.frameFormat().pageBreakPolicy()
            parts.append(_part(rect, policy, keep_together=True, keep_with_next=False))
        iterator += 1
    return Geometry(layout.documentSize().height(), tuple(parts), tuple(_lines(document)))


def _part(rect: QRectF, policy: Any, *, keep_together: bool, keep_with_next: bool) -> Part:
    flags = QTextFormat.PageBreakFlag
    return Part(
        top=rect.top(),
        bottom=rect.bottom(),
        keep_together=keep_together,
        keep_with_next=keep_with_next,
        break_before=bool(policy & flags.PageBreak_AlwaysBefore),
        break_after=bool(policy & flags.PageBreak_AlwaysAfter),
    )


def _lines(document: QTextDocument) -> Iterator[tuple[float, float]]:
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            yield origin + line.y(), origin + line.y() + line.height()
        block = block.next()


def _paint(html: str, filename: str, title: str) -> int:
    """Paint every page into `filename`; return the number of pages."""
    writer = _new_writer(filename, title)
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = FOOTER_MM / 25.4 * RESOLUTION
    body = QSizeF(paint.width(), paint.height() - footer)
    font = report_font()
    document = _new_document(html, writer, font, body.width())
    geometry = measure(document)
    tops = paginate(geometry, body.height())
    bottoms = (*tops[1:], geometry.height)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"Could not start drawing the PDF {filename}.")
    try:
        for index, (top, bottom) in enumerate(zip(tops, bottoms, strict=True)):
            if index:
                writer.newPage()
            _paint_page(painter, document, top, bottom, body.width())
            _paint_footer(painter, font, index, len(tops), body, footer, title)
    finally:
        painter.end()
    return len(tops)


def _paint_page(
    painter: QPainter, document: QTextDocument, top: float, bottom: float, width: float
) -> None:
    painter.save()
    painter.translate(0, -top)
    # Qt draws every line that touches the clip rectangle; a line ending exactly at a
    # page break would be drawn (invisibly) on both pages and found twice by a search.
    document.drawContents(
        painter, QRectF(0, top + CLIP_INSET, width, bottom - top - 2 * CLIP_INSET)
    )
    painter.restore()


def _paint_footer(
    painter: QPainter,
    font: QFont,
    index: int,
    pages: int,
    body: QSizeF,
    footer: float,
    title: str,
) -> None:
    painter.save()
    small = QFont(font)
    small.setPointSizeF(8)
    painter.setFont(small)
    painter.setPen(QPen(QColor("#9a9a9a")))
    line_y = body.height() + footer * 0.35
    painter.drawLine(QPointF(0, line_y), QPointF(body.width(), line_y))
    painter.setPen(QPen(QColor("#333333")))
    area = QRectF(0, line_y, body.width(), footer - footer * 0.35)
    align = Qt.AlignmentFlag.AlignVCenter
    number = f"Page {index + 1} of {pages}"
    metrics = painter.fontMetrics()
    room = body.width() - metrics.horizontalAdvance(number) - metrics.horizontalAdvance("MMMM")
    label = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(room))
    painter.drawText(area, int(align | Qt.AlignmentFlag.AlignLeft), label)
    painter.drawText(area, int(align | Qt.AlignmentFlag.AlignRight), number)
    painter.restore()
