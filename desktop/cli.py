"""Command line front end: the window by default, headless subcommands over the same services."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.errors import UserError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Compare how news outlets quoted the same statements. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $PARALLAX_DB, else a SQLite file "
        "in the user data directory)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", help="import article files or folders")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    commands.add_parser("list", help="list stories and articles")

    p = commands.add_parser("compare", help="print a story's statements across outlets")
    p.add_argument("story", metavar="STORY", help="story name or id")

    p = commands.add_parser("export", help="export a story's comparison")
    p.add_argument("story", metavar="STORY", help="story name or id")
    p.add_argument("--pdf", type=Path, metavar="FILE")
    p.add_argument("--csv", type=Path, metavar="FILE")
    p.add_argument("--json", type=Path, metavar="FILE", dest="json_path")

    p = commands.add_parser("inspect", help="print what Parallax finds in files; stores nothing")
    p.add_argument("--json", action="store_true", required=True, help="print one JSON document")
    p.add_argument("paths", nargs="+", type=Path, metavar="FILE")

    p = commands.add_parser(
        "reextract",
        help="rebuild text, metadata and quotes from the kept original files (keeps edits)",
    )
    p.add_argument("articles", nargs="*", type=int, metavar="ARTICLE", help="ids; default all")

    commands.add_parser("demo", help="load the demo story")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args.db)
    if args.command == "export" and not (args.pdf or args.csv or args.json_path):
        parser.error("export needs at least one of --pdf, --csv, --json")
    try:
        if args.command == "inspect":
            return _inspect(args.paths)
        return _run_with_database(args)
    except UserError as exc:
        print(f"parallax: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("parallax: interrupted", file=sys.stderr)
        return EXIT_FAILED


def _run_with_database(args: argparse.Namespace) -> int:
    from desktop.paths import db_url_from_arg, default_db_url
    from desktop.storage.database import Database

    db = Database.open(db_url_from_arg(args.db) if args.db else default_db_url())
    try:
        handler = {
            "import": _import,
            "list": _list,
            "compare": _compare,
            "export": _export,
            "demo": _demo,
            "reextract": _reextract,
        }[args.command]
        return handler(db, args)
    finally:
        db.close()


def _print_progress(done: int, total: int, message: str) -> None:
    log.info("[%d/%d] %s", done, total, message)


def _import(db: Any, args: argparse.Namespace) -> int:
    from desktop.services.importing import import_files

    report = import_files(db, args.paths, progress=_print_progress)
    for outcome in report.outcomes:
        detail = outcome.message or outcome.title
        print(f"{outcome.status:15} {outcome.path}" + (f"  — {detail}" if detail else ""))
    print(
        f"{len(report.imported)} imported, {len(report.duplicates)} duplicate(s) skipped, "
        f"{len(report.failed)} failed"
    )
    return EXIT_FAILED if report.failed else EXIT_OK


def _list(db: Any, args: argparse.Namespace) -> int:
    from desktop.services.library import list_articles, list_stories

    stories = list_stories(db)
    print(f"Stories ({len(stories)}):")
    for story in stories:
        print(f"  [{story.id}] {story.name} — {len(story.article_ids)} article(s)")
    articles = list_articles(db)
    print(f"Articles ({len(articles)}):")
    for row in articles:
        date = (row.published or "")[:10]
        print(f"  [{row.id}] {row.outlet} | {row.title} | {date} | {row.quotes} quote(s)")
    return EXIT_OK


def _compare(db: Any, args: argparse.Namespace) -> int:
    from desktop.core.matching import cell_state, primary_members
    from desktop.services.comparing import compare_story
    from desktop.services.library import find_story

    story = find_story(db, args.story)
    result = compare_story(db, story.id, progress=_print_progress)
    outlets = [(detail.row.id, detail.row.outlet) for detail in result.articles]
    print(f"{result.story.name}: {len(result.comparison.statements)} statement(s)")
    for number, statement in enumerate(result.comparison.statements, start=1):
        print(f"\n{number}. {statement.speaker or 'unknown speaker'}: “{statement.reference_text}”")
        # The member that stands for each article (its cell), as in the window.
        by_article = {member.article: member for member in primary_members(statement)}
        for key, outlet in outlets:
            state = cell_state(statement, key)
            member = by_article.get(key)
            line = f"   {outlet:28} {state}"
            if member is not None and state != "verbatim":
                line += f" ({member.similarity:.0f}%)"
            if member is not None and member.flags:
                line += "  ! " + "; ".join(flag.detail for flag in member.flags)
            print(line)
    return EXIT_OK


def _export(db: Any, args: argparse.Namespace) -> int:
    from desktop.services.exporting import export_story
    from desktop.services.library import find_story

    story = find_story(db, args.story)
    export_story(
        db,
        story.id,
        pdf=args.pdf,
        csv=args.csv,
        json_path=args.json_path,
        progress=_print_progress,
    )
    for path in (args.pdf, args.csv, args.json_path):
        if path is not None:
            print(f"wrote {path}")
    return EXIT_OK


def _reextract(db: Any, args: argparse.Namespace) -> int:
    from desktop.services.library import list_articles
    from desktop.services.reextracting import reextract_articles

    ids = args.articles or [row.id for row in list_articles(db)]
    report = reextract_articles(db, ids, progress=_print_progress)
    for outcome in report.outcomes:
        status = "re-extracted" if outcome.status == "imported" else outcome.status
        detail = outcome.message or outcome.title
        print(f"{status:15} {outcome.path}" + (f"  — {detail}" if detail else ""))
    print(f"{len(report.outcomes) - len(report.failed)} re-extracted, {len(report.failed)} failed")
    return EXIT_FAILED if report.failed else EXIT_OK


def _demo(db: Any, args: argparse.Namespace) -> int:
    from desktop.services.demo import load_demo

    story_id = load_demo(db)
    print("demo story loaded" if story_id is not None else "demo story already present")
    return EXIT_OK


def _inspect(paths: Sequence[Path]) -> int:
    from desktop.export.inspection import inspect_document
    from desktop.services.comparing import compare_texts
    from desktop.services.extraction_pool import load_files

    extracted, documents, failed = [], [], 0
    for loaded in load_files(list(paths), workers=0):
        if loaded.extracted is None:  # unreadable, not an article, or a bug: this file only
            print(f"parallax: {loaded.path}: {loaded.error}", file=sys.stderr)
            failed += 1
            continue
        extracted.append(loaded.extracted)
        documents.append(str(loaded.path))
    comparison = compare_texts(extracted)
    document = inspect_document(documents, extracted, comparison)
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_FAILED if failed else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
