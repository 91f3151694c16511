"""The `parallax inspect --json` document: a stable contract that other tools read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.model import Comparison, ExtractedArticle, Quote, Statement


def inspect_document(
    paths: Sequence[str], extracted: Sequence[ExtractedArticle], comparison: Comparison
) -> dict[str, Any]:
    """Build the JSON document of PRODUCT.md §5.

    `comparison.articles[i].key` must be `i`, the index into `paths` and `extracted`.
    Keys beyond the contract (`verb`, `spans`, `flags`, `reported`) are additions;
    the contract's names never change.
    """
    articles = []
    for index, (path, article) in enumerate(zip(paths, extracted, strict=True)):
        quotes = comparison.articles[index].quotes if index < len(comparison.articles) else ()
        articles.append(
            {
                "path": path,
                "title": article.title,
                "outlet": article.outlet,
                "url": article.url,
                "published": article.published,
                "authors": list(article.authors),
                "language": article.language,
                "text": article.text,
                "quotes": [_quote(quote) for quote in quotes],
            }
        )
    return {
        "articles": articles,
        "statements": [_statement(statement) for statement in comparison.statements],
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": quote.speaker,
        "kind": quote.kind,
        "cue": quote.cue,
        "verb": quote.verb,
        "spans": [list(span) for span in quote.span_list()],
    }


def _statement(statement: Statement) -> dict[str, Any]:
    return {
        "speaker": statement.speaker,
        "reference": statement.reference_text,
        "members": [
            {
                "article": member.article,
                "quote": member.quote,
                "relation": member.relation,
                "similarity": round(member.similarity, 1),
                "reported": member.reported,
                "flags": [{"kind": flag.kind, "detail": flag.detail} for flag in member.flags],
            }
            for member in statement.members
        ],
    }
