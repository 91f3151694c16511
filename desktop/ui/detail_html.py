"""HTML for the statement detail pane: every outlet's version with its word diff, escaped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape

from desktop.core.diff import word_diff
from desktop.core.matching import ArticleVersion, article_versions
from desktop.core.model import ArticleQuotes, Comparison, Statement, WordDiff
from desktop.core.quote_marks import is_abbreviation
from desktop.ui.statement_model import (
    CELL_COLOURS,
    UNKNOWN_SPEAKER,
    outlet_labels,
    reference_text,
)

# Strike-through and underline carry the meaning; the colours only reinforce it. They are
# the PDF report's colours (desktop.export.html_report), so both legends read the same.
DELETE_OPEN = '<s style="color:#a4161a; background-color:#fde2e1;">'
INSERT_OPEN = '<u style="color:#0b4f8a; background-color:#dcebfa;">'

_SENTENCE_END = re.compile(r"[.!?…]['\"”’»]?\s+|\n\s*\n")
CONTEXT_LIMIT = 420

FLAG_LABELS = {
    "figures_differ": "different figures",
    "different_speaker": "different speaker",
    "quote_cut": "quote cut",
    "unique_words": "words no other outlet has",
    "different_verb": "different reporting verb",
}


def diff_html(diff: WordDiff, reference: str, version: str) -> str:
    """The version's text with deleted reference words struck and inserted words underlined."""
    ref_tokens, ver_tokens = diff.ref_tokens, diff.ver_tokens
    out: list[str] = []
    pos = 0
    for chunk in diff.chunks:
        has_version = chunk.ver_end > chunk.ver_start
        if has_version:
            first = ver_tokens[chunk.ver_start].start
            out.append(escape(version[pos:first]))
            pos = first
        if chunk.tag in ("delete", "replace") and chunk.ref_end > chunk.ref_start:
            removed = reference[
                ref_tokens[chunk.ref_start].start : ref_tokens[chunk.ref_end - 1].end
            ]
            before = " " if not has_version and pos > 0 else ""
            after = " " if has_version or pos == 0 else ""
            out.append(f"{before}{DELETE_OPEN}{escape(removed)}</s>{after}")
        if has_version:
            end = ver_tokens[chunk.ver_end - 1].end
            words = escape(version[pos:end])
            out.append(f"{INSERT_OPEN}{words}</u>" if chunk.tag in ("insert", "replace") else words)
            pos = end
    out.append(escape(version[pos:]))
    return "".join(out)


def surrounding_sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) around text[start:end], trimmed to a readable length."""
    left = 0
    for boundary in _sentence_ends(text, 0, max(start - 1, 0)):
        left = boundary.end()
    after = next(_sentence_ends(text, end, len(text)), None)
    right = after.start() + 1 if after else len(text)
    snippet = " ".join(text[left:right].split())
    if len(snippet) > CONTEXT_LIMIT:
        snippet = snippet[: CONTEXT_LIMIT - 1].rstrip() + "…"
    return snippet


def _sentence_ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Sentence ends in text[start:end], not the full stop of "Sen." or "Dr." or "U.S."."""
    for match in _SENTENCE_END.finditer(text, start, end):
        if not (match.group().startswith(".") and is_abbreviation(text, match.start())):
            yield match


def _badge(state: str, label: str) -> str:
    background, foreground = CELL_COLOURS.get(state, CELL_COLOURS["absent"])
    return (
        f'<span style="background-color:{background}; color:{foreground};">'
        f"&nbsp;{escape(label)}&nbsp;</span>"
    )


@dataclass(frozen=True)
class IgnoreRules:
    """Which differences the word diff leaves out (View ▸ Ignore …); all on by default."""

    case: bool = True
    punctuation: bool = True
    typography: bool = True

    def diff(self, reference: str, version: str) -> WordDiff:
        return word_diff(
            reference,
            version,
            ignore_case=self.case,
            ignore_punctuation=self.punctuation,
            ignore_typography=self.typography,
        )


def _version_block(
    outlet: str,
    article: ArticleQuotes,
    version: ArticleVersion,
    reference: str,
    is_reference: bool,
    ignore: IgnoreRules,
    *,
    again: bool = False,
) -> str:
    member = version.members[0]  # pieces of one utterance share relation and flags
    if is_reference:
        body = escape(version.text)
        label = "reference version"
    else:
        body = diff_html(ignore.diff(reference, version.text), reference, version.text)
        label = member.relation
        if member.relation == "variant":
            label += f" {member.similarity:.0f}%"
    if again:
        label += ", quoted again"
    context = surrounding_sentence(article.text, version.start, version.end)
    cue = version.cue
    # A paraphrase was not in quote marks in the article: do not add any here.
    quoted = f"“{body}”" if member.relation != "paraphrase" else f"<i>{body}</i>"
    parts = [
        f"<h3>{escape(outlet)} {_badge(member.relation, label)}</h3>",
        f'<p style="font-size:large;">{quoted}</p>',
        f"<p><b>Attribution:</b> {escape(cue) if cue else '<i>none found</i>'}</p>",
    ]
    if context:
        parts.append(f'<p style="color:#444444;"><b>In context:</b> {escape(context)}</p>')
    for flag in member.flags:
        name = FLAG_LABELS.get(flag.kind, flag.kind.replace("_", " "))
        parts.append(
            f'<p style="color:#8a3b00;">⚑ <b>{escape(name)}</b>: {escape(flag.detail)}</p>'
        )
    return "\n".join(parts)


def statement_html(
    comparison: Comparison, statement: Statement, ignore: IgnoreRules | None = None
) -> str:
    """The whole detail pane for one statement: legend, then one block per outlet.

    `ignore` says which differences the word diffs leave out (default: case,
    punctuation and typography are all ignored).
    """
    ignore = ignore if ignore is not None else IgnoreRules()
    reference = reference_text(comparison, statement)
    labels = outlet_labels(comparison.articles)
    speaker = statement.speaker or UNKNOWN_SPEAKER
    parts = [
        f"<h2>{escape(speaker)}</h2>",
        f"<p><b>Reference wording:</b> “{escape(reference)}”</p>",
        "<p>Legend: "
        f"{DELETE_OPEN}struck out</s> = words of the reference this outlet left out or changed; "
        f"{INSERT_OPEN}underlined</u> = words this outlet has instead or in addition.</p>",
        "<hr/>",
    ]
    reference_member = (
        statement.members[min(statement.reference, len(statement.members) - 1)]
        if statement.members
        else None
    )
    for label, article in zip(labels, comparison.articles, strict=True):
        members = [member for member in statement.members if member.article == article.key]
        if not members:
            parts.append(
                f"<h3>{escape(label)} {_badge('absent', 'absent')}</h3>"
                "<p><i>This outlet did not report this statement.</i></p>"
            )
            continue
        for number, version in enumerate(article_versions(statement, article)):
            is_reference = any(member is reference_member for member in version.members)
            parts.append(
                _version_block(
                    label, article, version, reference, is_reference, ignore, again=number > 0
                )
            )
    return "\n".join(parts)
