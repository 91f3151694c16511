"""The PDF as a reader gets it: real text in every script, page numbers, whole statements."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage
from report_fixtures import story_comparison, story_sources

from desktop.errors import ExportError
from desktop.export.html_report import render_html
from desktop.export.pdf_writer import (
    Geometry,
    OfflineTextDocument,
    Part,
    ensure_gui_application,
    measure,
    paginate,
    pick_font_family,
    write_pdf,
)
from desktop.export.report import Report, build_report

# In this process Qt is pytest-qt's QApplication (shared with the ui tests); creating
# the offscreen QGuiApplication of a headless run is tested in a child process.
pytestmark = pytest.mark.usefixtures("qapp")

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def _pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def _long_report(report: Report, copies: int) -> Report:
    comparison = story_comparison()
    comparison = dataclasses.replace(comparison, statements=comparison.statements * copies)
    return build_report(
        report.story, story_sources(), comparison, generated=report.generated, version="1"
    )


@needs_poppler
def test_pdf_text_holds_outlets_diffs_cyrillic_and_curly_quotes(
    report: Report, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"

    write_pdf(render_html(report), path, title="Parallax — Ferry strike")

    text = _pdf_text(path)
    for outlet in ("Northgate Herald", "Riverside Courier", "Вестник Заречья"):
        assert outlet in text
    assert "Мирослава Дубравина" in text
    assert "2,000" in text and "2,400" in text  # the diffed figure and its reference
    assert "“Our pay rose 2,000 crowns in ten years,”" in text
    assert "islanders stranded — not for one day" in text
    assert "<script>alert('x')</script> & friends," in text  # shown as text, never run


@needs_poppler
def test_every_page_is_numbered_page_n_of_m(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"

    write_pdf(render_html(_long_report(report, 4)), path, title="Ferry strike")

    numbers = re.findall(r"Page (\d+) of (\d+)", _pdf_text(path))
    total = int(numbers[0][1])
    assert total >= 4
    assert numbers == [(str(n), str(total)) for n in range(1, total + 1)]
    # nothing of the next page is drawn, clipped but searchable, at a page's foot
    assert _pdf_text(path, 1).count("Sources") == 1  # the title page's row, not the heading
    assert _pdf_text(path, 2).count("Statements") == 0  # that heading starts page 3


@needs_poppler
def test_a_statement_that_fits_on_a_page_is_never_split(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    long_report = _long_report(report, 4)

    write_pdf(render_html(long_report), path, title="Ferry strike")

    pages = len(re.findall(r"Page \d+ of", _pdf_text(path)))
    seen = []
    for page in range(1, pages + 1):
        text = _pdf_text(path, page)
        for number in re.findall(r"Statement (\d+) ·", text):
            seen.append(int(number))
            block = text[text.index(f"Statement {number} ·") :]
            next_header = re.search(r"Statement \d+ ·", block[1:])
            block = block[: next_header.start() + 1] if next_header else block
            # the last row of every statement table names the third outlet
            assert "Вестник Заречья" in block, f"statement {number} split on page {page}"
    assert seen == list(range(1, len(long_report.statements) + 1))


def test_the_report_font_covers_cyrillic_curly_quotes_and_dashes() -> None:
    metrics = QFontMetricsF(QFont(pick_font_family(), 10))

    for char in "Дубравина“”‘’«»—–…é":
        assert metrics.inFontUcs4(ord(char)), char


def test_the_document_loads_no_image_local_or_remote(tmp_path: Path) -> None:
    image = QImage(600, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    local = tmp_path / "big.png"
    assert image.save(str(local))
    document = OfflineTextDocument()

    document.setHtml(
        f"<p><img src='{local.as_uri()}'><img src='http://tracker.example/pixel.png'></p>"
    )
    document.setTextWidth(800)

    assert document.size().height() < 100  # a loaded 600 px image would make it taller
    assert document.loadResource(2, local.as_uri()).size().width() == 1


def test_unwritable_destination_is_a_plain_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Cannot write the PDF"):
        write_pdf("<p>x</p>", tmp_path / "missing folder" / "r.pdf", title="x")


def test_an_existing_pdf_is_replaced_whole_and_no_temporary_is_left(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(b"old")

    write_pdf("<p>Новый отчёт</p>", path, title="x")

    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_the_running_application_is_reused(qapp: QCoreApplication, tmp_path: Path) -> None:
    write_pdf("<p>x</p>", tmp_path / "r.pdf", title="x")

    assert QCoreApplication.instance() is qapp
    assert ensure_gui_application() is qapp


def test_a_headless_process_gets_an_offscreen_application(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    script = (
        "import sys; from pathlib import Path;"
        "from desktop.export.pdf_writer import write_pdf;"
        "from PySide6.QtCore import QCoreApplication;"
        "assert QCoreApplication.instance() is None;"
        "write_pdf('<p>Привет — “hi”</p>', Path(sys.argv[1]), title='t');"
        "print(QCoreApplication.instance().platformName())"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no QT_QPA_PLATFORM, no display

    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "offscreen"
    assert path.read_bytes().startswith(b"%PDF")


# Pagination, on made-up geometry: pages 100 units high.


def test_a_table_that_would_be_split_starts_the_next_page() -> None:
    parts = (Part(0, 60), Part(62, 130, keep_together=True))
    lines = ((0, 20), (20, 40), (40, 60), (64, 84), (84, 104), (104, 128))

    assert paginate(Geometry(130, parts, lines), 100) == (0, 60)


def test_a_table_taller_than_a_page_is_split_where_no_line_is_cut() -> None:
    parts = (Part(0, 180, keep_together=True),)
    # three rows of two cells whose lines differ in height; only row ends and lines
    # that end together with their neighbours are clean cuts
    lines = (
        (0, 20), (20, 40), (0, 25), (25, 50), (50, 75),  # row 1
        (80, 100), (80, 105), (105, 130),  # row 2
        (135, 180),  # row 3
    )  # fmt: skip

    assert paginate(Geometry(180, parts, lines), 100) == (0, 75, 130)


def test_a_heading_moves_to_the_page_of_what_follows_it() -> None:
    parts = (Part(0, 80), Part(85, 95, keep_with_next=True), Part(97, 150, keep_together=True))
    lines = ((0, 80), (85, 95), (97, 110), (110, 150))

    assert paginate(Geometry(150, parts, lines), 100) == (0, 85)


def test_a_page_ending_in_the_gap_before_a_table_breaks_where_the_gap_starts() -> None:
    # The next table (taller than a page) begins just below the page's foot; its frame
    # is drawn a little above its rect, so breaking at the foot left a sliver of it.
    parts = (Part(0, 90, keep_together=True), Part(90, 94), Part(97, 400, keep_together=True))
    lines = ((0, 88), (90, 94), (98, 120), (120, 180), (180, 260), (260, 340), (340, 398))

    assert paginate(Geometry(400, parts, lines), 96)[1] == 94


def test_a_tall_table_whose_first_line_does_not_fit_starts_the_next_page() -> None:
    parts = (Part(0, 80, keep_together=True), Part(84, 300, keep_together=True))
    # the table's first line (its statement heading) would end below the page
    lines = ((0, 78), (86, 104), (104, 180), (180, 250), (250, 298))

    assert paginate(Geometry(300, parts, lines), 100)[1] == 80


def test_forced_breaks_start_new_pages() -> None:
    parts = (Part(0, 10, break_after=True), Part(12, 20), Part(25, 30, break_before=True))
    lines = ((0, 10), (12, 20), (25, 30))

    assert paginate(Geometry(30, parts, lines), 100) == (0, 12, 25)


def test_measuring_many_blocks_keeps_none_alive() -> None:
    # PySide6 6.12 hands out None without a reference from QTextFrame.iterator's
    # currentFrame(); asking for it on every paragraph crashed long exports at exit.
    document = OfflineTextDocument()
    document.setHtml("<p>paragraph</p>" * 50 + "<table><tr><td>cell</td></tr></table>")
    document.setTextWidth(400)
    before = sys.getrefcount(None)

    for _ in range(200):
        geometry = measure(document)

    assert sys.getrefcount(None) >= before - 5
    assert len(geometry.parts) >= 51 and geometry.parts[-2].keep_together


def test_a_worker_thread_can_write_the_pdf(report: Report, tmp_path: Path) -> None:
    # the window exports on a QThreadPool worker; the writer must not need the GUI thread
    path = tmp_path / "r.pdf"
    errors: list[BaseException] = []

    def work() -> None:
        try:
            write_pdf(render_html(report), path, title="Ferry strike")
        except BaseException as error:  # handed back to the test thread
            errors.append(error)

    pool = QThreadPool()
    pool.start(work)
    assert pool.waitForDone(120_000)

    assert not errors
    assert path.read_bytes().startswith(b"%PDF")


@needs_poppler
def test_words_are_searchable_without_ligatures(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"

    write_pdf("<p>The flood office filed a <b>final</b> figure.</p>", path, title="x")

    assert "The flood office filed a final figure." in _pdf_text(path)
