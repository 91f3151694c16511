"""Tests for plain-text and Markdown articles: front matter, headline, junk lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.extract import extract_file, parse_text_article
from desktop.errors import ImportFailure

FIXTURES = Path(__file__).parent.parent / "fixtures" / "extract"


def test_front_matter_fields_and_also_read_lines_removed() -> None:
    data = (FIXTURES / "front_matter.txt").read_bytes()
    article = extract_file(data, "valmere.txt")

    assert article.title == "Valmere dock strike ends after nine days"
    assert article.outlet == "The Harbor Ledger"
    assert article.url == "https://www.harbor-ledger.example/news/valmere-dock-strike-ends.html"
    assert article.published == "2025-03-14"
    assert article.authors == ("Petra Quillon", "Amos Delacroix-Baird", "Nell Okafor")
    assert "Also read" not in article.text
    assert "Title:" not in article.text
    # one paragraph per line in a file written that way
    assert article.text.split("\n\n") == [
        "Dock workers at the port of Valmere returned to their cranes on Friday morning "
        "after a nine-day strike, union leaders said.",
        "“We did not want this fight, but we were not going to lose it,” said Ilse Marrow, "
        "who chairs the Valmere Dockers’ Union.",
        "The port authority’s director, Tobias Wrenfield, said the deal was “fair to the "
        "workers and fair to the city”.",
        "Union members voted by 812 votes to 97 to accept the offer.",
    ]


def test_fenced_markdown_front_matter_and_markup_stripped() -> None:
    article = extract_file((FIXTURES / "fenced.md").read_bytes(), "cranes.md")

    assert article.title == "Cranes move again in Valmere"
    assert article.outlet == "Coastline Weekly"
    assert article.published == "2025-03-15"
    assert article.authors == ("Rosa Tindall",)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == (
        "The nine-day strike at the port of Valmere is over, and the union says its "
        "members have won most of what they asked for."
    )
    # a hard-wrapped paragraph comes back as one paragraph
    assert (
        'Ilse Marrow, the union\'s chair, said: "Every crane driver here has earned this." '
        "The port authority agreed" in article.text
    )
    for markup in ("**", "](", "# ", "![", "Related", "tags:"):
        assert markup not in article.text
    assert paragraphs.count("Cranes move again in Valmere") == 0  # repeated headline dropped


def test_without_front_matter_the_first_line_is_the_headline() -> None:
    text = (
        "Ferry crews accept new contract\n\n"
        "Crews on the island ferries voted to accept the operator's offer on Tuesday.\n\n"
        "“It is not everything we wanted,” said Odile Brankov, a deckhand.\n"
    )
    article = parse_text_article(text, filename="ferry.txt")

    assert article.title == "Ferry crews accept new contract"
    assert article.text.startswith("Crews on the island ferries voted")
    assert article.outlet == ""
    assert article.published is None


def test_a_long_first_sentence_is_not_lost_when_used_as_headline() -> None:
    first = (
        "Crews on the island ferries voted on Tuesday to accept the operator's offer of a "
        "four per cent rise, ending a dispute that had run since the autumn and stranded "
        "hundreds of passengers."
    )
    article = parse_text_article(first + "\nThe vote was close.\n", filename="ferry.txt")

    assert article.text.startswith(first)
    assert article.title.startswith("Crews on the island ferries voted")
    assert len(article.title) < len(first)


def test_colon_in_first_line_is_not_mistaken_for_front_matter() -> None:
    text = "Warning: storm closes the harbour\n\nThe harbour closed at noon on Sunday.\n"
    article = parse_text_article(text, filename="storm.txt")

    assert article.title == "Warning: storm closes the harbour"
    assert article.text == "The harbour closed at noon on Sunday."


@pytest.mark.parametrize(
    "junk",
    [
        "Also read: Ferry timetables change for spring",
        "READ MORE: How the harbour lockout changed Valmere",
        "Read more",
        "Related: City council approves new tram line",
        "Recommended",
        "Sign up for our morning briefing",
        "Subscribe to the Harbor Ledger",
        "Share this article",
        "Photo: Lina Oster / Harbor Ledger",
        "(With inputs from agencies)",
        "By Petra Quillon and Amos Delacroix-Baird",
        "Comments",
        "Updated at 10:45 a.m.",
        "Nell Okafor contributed to this report.",
        "Copyright 2025 The Harbor Ledger. All rights reserved.",
    ],
)
def test_junk_lines_are_removed_from_text_files(junk: str) -> None:
    text = f"Harbour reopens\n\nThe harbour reopened on Monday.\n{junk}\nShips queued outside.\n"
    article = parse_text_article(text, filename="harbour.txt")

    assert article.text == "The harbour reopened on Monday.\n\nShips queued outside."


def test_sentences_that_merely_start_like_junk_are_kept() -> None:
    text = (
        "Harbour reopens\n\n"
        "Related talks between the unions continue next week.\n"
        "Subscribers to the port's alert service were told at dawn.\n"
        "Watchdogs said the closure had been handled well.\n"
    )
    article = parse_text_article(text, filename="harbour.txt")

    assert len(article.text.split("\n\n")) == 3


def test_text_file_with_only_a_headline_fails_plainly() -> None:
    with pytest.raises(ImportFailure, match="no article text"):
        extract_file(b"Title: Something\nOutlet: Nowhere\n\n", "empty.txt")


def test_a_single_line_text_is_kept_as_body_and_headline() -> None:
    article = parse_text_article("The harbour reopened on Monday.\n", filename="note.txt")

    assert article.title == "The harbour reopened on Monday."
    assert article.text == "The harbour reopened on Monday."


def test_repeated_short_lines_are_kept_but_a_repeated_quote_is_not() -> None:
    quote = "“We will keep the harbour open through the winter,” said Ines Caldero."
    text = (
        "Winter timetable\n\n"
        f"Monday\nFirst sailing at six.\nTuesday\nFirst sailing at six.\n{quote}\n"
        f"The timetable starts in November.\n{quote}\n"
    )
    article = parse_text_article(text, filename="timetable.txt")

    assert article.text.count("First sailing at six.") == 2
    assert article.text.count("We will keep the harbour open") == 1


def test_front_matter_tolerates_unknown_keys_lists_and_blank_lines() -> None:
    text = (
        "---\n"
        "title: Cranes move again\n"
        "\n"
        "authors:\n"
        "  - Rosa Tindall\n"
        "  - Ivo Marsh\n"
        "tags: [ports]\n"
        "---\n"
        "The strike is over.\n"
    )
    fenced = parse_text_article(text, filename="cranes.md")
    plain = parse_text_article(
        "Source: Coastline Weekly\nTags: ports, labour\nTitle: Cranes move again\n\n"
        "The strike is over.\n",
        filename="cranes.txt",
    )

    assert fenced.title == "Cranes move again"
    assert fenced.authors == ("Rosa Tindall", "Ivo Marsh")
    assert fenced.text == "The strike is over."
    assert (plain.outlet, plain.title, plain.text) == (
        "Coastline Weekly",
        "Cranes move again",
        "The strike is over.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "“Listen: we are not going anywhere,” the harbour master said.",
        "»Mehr zum Thema: nichts«, sagte Marrow.",
        "Copyright law is changing, the culture minister said on Monday.",
        "He showed reporters the photo: a crane lying across the quay.",
        "“Thank you,” Marrow told the crowd. “Now go home.”",
        "More than 300 ships were waiting at anchor on Friday.",
    ],
)
def test_speech_and_sentences_are_not_mistaken_for_junk(line: str) -> None:
    article = parse_text_article(f"Harbour\n\nThe harbour reopened.\n{line}\n", filename="h.txt")

    assert article.text.endswith(line)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            'Title: Mayor: barrier will be "finished this decade"',
            'Mayor: barrier will be "finished this decade"',
        ),
        ('Title: "Enough" is the word of the week', '"Enough" is the word of the week'),
        ('Title: "A quoted value"', "A quoted value"),
        ("Title: 'Single-quoted value'", "Single-quoted value"),
    ],
)
def test_front_matter_keeps_quote_marks_that_belong_to_the_headline(line: str, title: str) -> None:
    article = parse_text_article(
        f"{line}\nOutlet: The Quay Gazette\n\nBody text here.\n", filename="x.txt"
    )
    assert article.title == title


def test_an_agency_credit_in_front_matter_is_kept_as_the_author() -> None:
    text = "Title: Ferry talks resume\nAuthor: Quay Wire staff\n\nTalks resumed on Monday.\n"
    assert parse_text_article(text, filename="x.txt").authors == ("Quay Wire staff",)


def test_headlines_under_a_lone_widget_label_are_dropped_with_it() -> None:
    # "More from The Quay:" then other stories' headlines: none of it is the article
    text = (
        "Pier to reopen in May\n\n"
        "The pier will reopen in May, the council said on Monday.\n\n"
        "More from The Quay:\n\n"
        "‘I cried for a week’: Soap star on her shock exit\n\n"
        "Council votes to scrap ‘pointless’ speed humps\n\n"
        "Traders said they were relieved by the news."
    )
    article = parse_text_article(text, filename="pier.txt")
    assert article.text.split("\n\n") == [
        "The pier will reopen in May, the council said on Monday.",
        "Traders said they were relieved by the news.",
    ]
