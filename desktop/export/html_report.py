"""Render a Report as the Qt rich-text HTML that the PDF writer paints, every text escaped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from html import escape

from desktop.core.model import CellState, Flag, WordDiff
from desktop.export.report import (
    CELL_STATES,
    OutletVersion,
    Report,
    SourceInfo,
    StatementEntry,
)

# Fonts that cover Latin, Cyrillic, Greek, curly quotes and dashes; DejaVu ships with
# most Linux systems and the PDF writer falls back to it explicitly.
FONT_FAMILIES = "'DejaVu Sans', 'Noto Sans', 'Segoe UI', Arial, sans-serif"

# Colour AND a second cue per mark, so a grey-scale print still tells them apart:
# deletions are struck through, insertions underlined and bold.
DELETE_STYLE = "color:#a4161a; background-color:#fde2e1; text-decoration:line-through;"
INSERT_STYLE = (
    "color:#0b4f8a; background-color:#dcebfa; text-decoration:underline; font-weight:bold;"
)

STATE_LABELS: dict[CellState, str] = {
    "verbatim": "Verbatim",
    "variant": "Altered (variant)",
    "partial": "Partial",
    "paraphrase": "Paraphrase",
    "absent": "Absent",
}

FLAG_LABELS = {
    "figures_differ": "Figures differ",
    "different_speaker": "Different speaker",
    "quote_cut": "Quote cut",
    "unique_words": "Words no other outlet has",
    "different_verb": "Different reporting verb",
}

MAX_FIGURE_ROWS = 25  # the figures table is a summary, not an inventory

_STYLE = f"""
body {{ font-family: {FONT_FAMILIES}; font-size: 10pt; color: #111111; }}
h1 {{ font-size: 22pt; margin-bottom: 6px; }}
h2 {{ font-size: 15pt; margin-top: 18px; margin-bottom: 6px; }}
h3 {{ font-size: 11pt; margin: 0; }}
p {{ margin-top: 2px; margin-bottom: 2px; }}
.muted {{ color: #555555; }}
.small {{ font-size: 8.5pt; }}
th {{ background-color: #e8e8e8; text-align: left; }}
"""


def render_html(report: Report) -> str:
    """The whole report as one HTML document for QTextDocument (no remote resources)."""
    parts = [
        "<html><head><meta charset='utf-8'>",
        f"<title>{escape(report.story)}</title><style>{_STYLE}</style></head><body>",
        *_title_page(report),
        *_sources_table(report.sources),
        *_summary_table(report),
        *_figures_table(report),
        *_legend(),
        *_statements(report),
        "</body></html>",
    ]
    return "\n".join(parts)


def _title_page(report: Report) -> Iterator[str]:
    generated = report.generated.strftime("%Y-%m-%d %H:%M %Z").strip()
    # Qt drops the top margin of a document's first block; an empty one takes the loss.
    yield "<p style='font-size:2pt;'>&nbsp;</p>"
    yield "<p style='margin-top:200px;' class='muted'>Parallax comparison report</p>"
    yield f"<h1 style='font-size:26pt;'>{escape(report.story)}</h1>"
    yield "<p style='margin-top:24px;'>&nbsp;</p>"
    yield _table_open(width="70%")
    rows = (
        ("Generated", escape(generated)),
        ("Parallax version", escape(report.version)),
        ("Sources", str(len(report.sources))),
        ("Statements", str(len(report.statements))),
    )
    for label, value in rows:
        yield f"<tr><td width='40%' bgcolor='#eef1f5'>{label}</td><td>{value}</td></tr>"
    yield "</table>"
    yield "<p style='page-break-after:always;'>&nbsp;</p>"


def _sources_table(sources: tuple[SourceInfo, ...]) -> Iterator[str]:
    yield "<h2>Sources</h2>"
    yield _table_open()
    yield "<tr><th width='4%'>#</th><th width='22%'>Outlet</th><th>Headline and URL</th>"
    yield "<th width='16%'>Date</th></tr>"
    for number, source in enumerate(sources, start=1):
        url = escape(source.url) if source.url else "<i>no URL</i>"
        yield (
            f"<tr><td>{number}</td><td><b>{escape(source.outlet)}</b></td>"
            f"<td>{escape(source.title)}<br><span class='small muted'>{url}</span></td>"
            f"<td>{escape(display_date(source.published))}</td></tr>"
        )
    yield "</table>"


def display_date(published: str | None) -> str:
    """An ISO date or date-time as a reader writes it ("2025-03-12 16:40 +01:00")."""
    if not published:
        return "unknown"
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return published  # not ISO: show it as stored
    if len(published) <= 10:
        return moment.strftime("%Y-%m-%d")
    offset = moment.strftime("%z")
    zone = f" {offset[:3]}:{offset[3:]}" if offset else ""
    return moment.strftime("%Y-%m-%d %H:%M") + zone


def _summary_table(report: Report) -> Iterator[str]:
    yield "<h2>Summary</h2>"
    yield (
        "<p>How each outlet reported the story's statements. Verbatim: the same words as "
        "the reference; altered: some words changed; partial: a shorter excerpt; "
        "paraphrase: reported without quotation marks; absent: not reported.</p>"
    )
    yield _table_open()
    headers = "".join(f"<th>{STATE_LABELS[state]}</th>" for state in CELL_STATES)
    yield f"<tr><th>Outlet</th>{headers}</tr>"
    for summary in report.summary:
        cells = "".join(f"<td align='center'>{summary.count(state)}</td>" for state in CELL_STATES)
        yield f"<tr><td><b>{escape(summary.outlet)}</b></td>{cells}</tr>"
    yield "</table>"


def _figures_table(report: Report) -> Iterator[str]:
    """Figures stated outside quotes by two or more sources; differing ones first."""
    yield "<h2>Figures</h2>"
    if not report.figures:
        yield (
            "<p class='muted'>No figure stated outside quotation marks appears in two or "
            "more sources. Figures inside quotes are compared with each statement.</p>"
        )
        return
    yield (
        "<p>Numbers stated outside quotation marks, as each source printed them. "
        "&ne; marks a value that differs from the one most sources print; "
        "&ldquo;45,100&rdquo; and &ldquo;45 100&rdquo; count as the same value.</p>"
    )
    yield _table_open()
    outlets = "".join(f"<th>{escape(source.outlet)}</th>" for source in report.sources)
    yield f"<tr><th width='30%'>Fact</th>{outlets}<th>Differs</th></tr>"
    for fact in report.figures[:MAX_FIGURE_ROWS]:
        cells = []
        for source in report.sources:
            mention = fact.mention_for(source.key)
            if mention is None:
                cells.append("<td align='center' class='muted'>&mdash;</td>")
            elif fact.is_odd(mention):
                cells.append(f"<td align='center'><b>&ne; {escape(mention.figure.raw)}</b></td>")
            else:
                cells.append(f"<td align='center'>{escape(mention.figure.raw)}</td>")
        differs = "<b>&ne; yes</b>" if fact.differs else "no"
        yield (
            f"<tr><td>{escape(fact.label)}</td>{''.join(cells)}"
            f"<td align='center'>{differs}</td></tr>"
        )
    yield "</table>"
    hidden = len(report.figures) - MAX_FIGURE_ROWS
    if hidden > 0:
        yield f"<p class='small muted'>{hidden} more figures are not listed.</p>"


def _legend() -> Iterator[str]:
    yield "<h2>How to read the statements</h2>"
    yield (
        "<p>Each statement shows a reference wording and every outlet's version. "
        "Below a version that differs, its words are compared with the reference:</p>"
    )
    yield (
        f"<p>&bull; <span style='{DELETE_STYLE}'>struck-through words</span> are in the "
        "reference but missing from this version (shown in red);</p>"
    )
    yield (
        f"<p>&bull; <span style='{INSERT_STYLE}'>underlined bold words</span> are in this "
        "version but not in the reference (shown in blue);</p>"
    )
    yield "<p>&bull; a struck-through run followed by an underlined run is a replacement.</p>"


def _statements(report: Report) -> Iterator[str]:
    yield "<h2 style='page-break-before:always;'>Statements</h2>"
    if report.order == "divergence":
        order = (
            "most divergent first (the lowest similarity to the reference among the "
            "outlets that quoted it, and the number of flags); ties keep their order of "
            "first appearance"
        )
    else:
        order = "in order of first appearance in the sources"
    yield f"<p class='muted'>Statements are ordered {order}.</p>"
    if not report.statements:
        yield "<p>No statements were found in these sources.</p>"
    for entry in report.statements:
        yield from _statement_block(entry)


def _statement_block(entry: StatementEntry) -> Iterator[str]:
    speaker = escape(entry.speaker) if entry.speaker else "<i>unknown speaker</i>"
    quoted_by = len(entry.present)
    yield "<p>&nbsp;</p>"
    # One table per statement: the PDF writer starts a table on a new page rather than
    # split it, when it fits on one page.
    yield _table_open()
    if quoted_by == 1 and not entry.others:
        # One version only: it is the reference, printed once in its row below.
        source = f"only by {escape(entry.present[0].outlet)} (1 of {len(entry.versions)} outlets)"
        wording = ""
    else:
        source = (
            f"by {quoted_by} of {len(entry.versions)} outlets; reference wording from "
            f"{escape(entry.reference_outlet or 'no outlet')}:"
        )
        wording = f"<p>&ldquo;{escape(entry.reference)}&rdquo;</p>"
    yield (
        f"<tr><td colspan='2' bgcolor='#eef1f5'><h3>Statement {entry.number} &middot; "
        f"{speaker}</h3><p class='small muted'>Quoted {source}</p>{wording}</td></tr>"
    )
    for version in entry.present:
        yield _version_row(version, entry)
        for other in entry.others:
            if other.key == version.key:
                yield _version_row(other, entry, again=True)
    if entry.absent:
        # One row for all the outlets that left the statement out keeps blocks short.
        outlets = ", ".join(f"<b>{escape(outlet)}</b>" for outlet in entry.absent)
        yield (
            f"<tr><td width='24%'><span class='small'>{STATE_LABELS['absent']}</span></td>"
            f"<td><span class='muted'>Not reported by</span> {outlets}</td></tr>"
        )
    yield "</table>"


def _version_row(version: OutletVersion, entry: StatementEntry, *, again: bool = False) -> str:
    label = STATE_LABELS[version.state]
    if version.similarity is not None and version.state != "verbatim":
        label += f" &middot; {version.similarity:.0f}%"
    if version.is_reference:
        label += "<br><i>reference</i>"
    if again:
        label += "<br><i>quoted again</i>"
    head = (
        f"<td width='24%'><b>{escape(version.outlet)}</b><br>"
        f"<span class='small'>{label}</span></td>"
    )
    return f"<tr>{head}<td>{''.join(_version_body(version, entry))}</td></tr>"


def _version_body(version: OutletVersion, entry: StatementEntry) -> Iterator[str]:
    mark = "" if version.state == "paraphrase" else "&ldquo;"
    close = "" if version.state == "paraphrase" else "&rdquo;"
    yield f"<p>{mark}{escape(version.text)}{close}</p>"
    if version.diff is not None and version.diff.changed:
        marked = diff_html(version.diff, version.text, entry.reference)
        yield f"<p class='small'>Against the reference: {marked}</p>"
    elif version.diff is not None and version.text != entry.reference:
        yield (
            "<p class='small muted'>The same words as the reference; only punctuation, "
            "letter case or typography differ.</p>"
        )
    details = []
    if version.cue:
        details.append(f"Attribution: <i>{escape(version.cue)}</i>")
    if version.speaker and entry.speaker and version.speaker != entry.speaker:
        details.append(f"Speaker named: {escape(version.speaker)}")
    if details:
        yield f"<p class='small muted'>{' &middot; '.join(details)}</p>"
    for flag in version.flags:
        yield _flag_html(flag)


def _flag_html(flag: Flag) -> str:
    label = FLAG_LABELS.get(flag.kind, flag.kind.replace("_", " ").capitalize())
    detail = f": {escape(flag.detail)}" if flag.detail else ""
    return f"<p class='small'><b>&#9650; {escape(label)}</b>{detail}</p>"


def diff_html(diff: WordDiff, version: str, reference: str) -> str:
    """The version with the reference's missing words struck through and its own extra
    words underlined; falls back to the plain version if the diff does not fit the text."""
    if not _diff_fits(diff, version, reference):
        return escape(version)
    out: list[str] = []
    pos = 0
    for chunk in diff.chunks:
        if chunk.ver_end > chunk.ver_start:
            start = diff.ver_tokens[chunk.ver_start].start
            end = diff.ver_tokens[chunk.ver_end - 1].end
        else:
            start = end = _insertion_point(diff, chunk.ver_start, len(version))
        out.append(escape(version[pos:start]) if start > pos else "")
        if chunk.tag in ("delete", "replace") and chunk.ref_end > chunk.ref_start:
            deleted = reference[
                diff.ref_tokens[chunk.ref_start].start : diff.ref_tokens[chunk.ref_end - 1].end
            ]
            if start > 0 and not version[start - 1].isspace():
                out.append(" ")
            out.append(f"<span style='{DELETE_STYLE}'>{escape(deleted)}</span>")
            if chunk.tag == "replace" or (end < len(version) and version[end].isalnum()):
                out.append(" ")
        if end > start:
            text = escape(version[start:end])
            out.append(
                text if chunk.tag == "equal" else f"<span style='{INSERT_STYLE}'>{text}</span>"
            )
        pos = max(pos, end)
    out.append(escape(version[pos:]))
    return "".join(out)


def _insertion_point(diff: WordDiff, index: int, length: int) -> int:
    if index < len(diff.ver_tokens):
        return diff.ver_tokens[index].start
    return length


def _diff_fits(diff: WordDiff, version: str, reference: str) -> bool:
    """Whether the chunks index the tokens and the tokens index the strings, in order."""
    last = 0
    for chunk in diff.chunks:
        if not (0 <= chunk.ver_start <= chunk.ver_end <= len(diff.ver_tokens)):
            return False
        if not (0 <= chunk.ref_start <= chunk.ref_end <= len(diff.ref_tokens)):
            return False
        if chunk.ver_start < last:
            return False
        last = chunk.ver_end
    return all(0 <= t.start <= t.end <= len(version) for t in diff.ver_tokens) and all(
        0 <= t.start <= t.end <= len(reference) for t in diff.ref_tokens
    )


def _table_open(width: str = "100%") -> str:
    return (
        f"<table width='{width}' border='1' cellspacing='0' cellpadding='5' "
        "style='border-collapse:collapse; border-color:#9a9a9a;'>"
    )
