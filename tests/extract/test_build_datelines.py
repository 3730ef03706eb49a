"""QA #69: a dateline near the top ("Published 3 November 2025") is the article's publication
date and metadata: never an event, never joined to a story event of that day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timelineapp.cli import main
from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CodeWords

# A short English news story in the shape of the one QA built (written for this test).
STORY = (
    "Valencia floods: one year on, inquiry blames late alert\n"
    "{dateline}\n"
    "\n"
    "MADRID — A parliamentary inquiry concluded on Friday that the alert came too late.\n"
    "\n"
    "The regional president, Carlos Mazón, resigned on 3 November 2025 after months of "
    "protests.\n"
)


def _story(dateline: str, language: str = "en") -> str:
    return STORY.format(dateline=dateline)


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Published 3 November 2025", "2025-11-03"),
        ("Published: November 3, 2025", "2025-11-03"),
        ("November 3, 2025", "2025-11-03"),
        ("Date: 2025-11-03", "2025-11-03"),
        ("date 2025-11-03", "2025-11-03"),
        ("Published on Monday, November 3, 2025 10:32 GMT", "2025-11-03"),
        ("By Jane Doe, 3 November 2025", "2025-11-03"),
        ("Published 3 November 2025, updated 4 November 2025 at 9:15 a.m.", "2025-11-03"),
        ("Nov. 3, 2025", "2025-11-03"),
        ("November 2025", "2025-11"),
    ],
)
def test_a_dateline_under_the_title_is_the_publication_date(dateline: str, published: str) -> None:
    article = article_from_text(_story(dateline), "flood.txt", language="en")
    assert article.published == published
    assert article.published_from == "header line"
    assert article.title == "Valencia floods: one year on, inquiry blames late alert"


def test_the_dateline_is_no_event_and_swallows_none() -> None:
    article = article_from_text(_story("Published 3 November 2025"), "flood.txt", language="en")
    events = build_draft([article], words=CodeWords()).event_file.events
    titles = [event.title for event in events]
    assert not any(title.startswith("Published") for title in titles), titles
    quotes = [q.text for event in events for s in event.sources for q in s.quotes]
    assert not any("Published" in quote for quote in quotes), quotes
    (resigned,) = [event for event in events if "resigned" in event.title]
    assert resigned.date == "2025-11-03"
    assert [q.text for s in resigned.sources for q in s.quotes] == [
        "The regional president, Carlos Mazón, resigned on 3 November 2025 after months of "
        "protests."
    ]
    # The publication date is known now: "on Friday" is the Friday before it.
    (inquiry,) = [event for event in events if "inquiry" in event.title]
    assert inquiry.date == "2025-10-31"


def test_a_french_dateline_and_a_byline_author() -> None:
    text = (
        "Inondations : un an après\n"
        "Par Marie Dupont, publié le lundi 3 novembre 2025 à 10h32\n"
        "\n"
        "Le président régional a démissionné vendredi, après des mois de manifestations.\n"
    )
    article = article_from_text(text, "a.txt", language="fr")
    assert article.published == "2025-11-03"
    assert article.author == "Marie Dupont"
    events = build_draft([article], words=CodeWords()).event_file.events
    assert [event.date for event in events] == ["2025-10-31"]


def test_an_update_line_is_metadata_but_not_the_publication_date() -> None:
    """ "Updated 4 November 2025" says when the text changed, not when it was written."""
    article = article_from_text(_story("Updated 4 November 2025"), "flood.txt", language="en")
    assert article.published is None
    events = build_draft([article], words=CodeWords()).event_file.events
    assert not any(event.title.startswith("Updated") for event in events)


def test_an_ambiguous_numeric_dateline_is_not_taken() -> None:
    """ "03/11/2025" is 3 November or 11 March: no publication date from it (never a date
    more precise than the words), but it is still no event."""
    article = article_from_text(_story("03/11/2025"), "flood.txt", language="en")
    assert article.published is None
    events = build_draft([article], words=CodeWords()).event_file.events
    assert all(event.sources[0].quotes[0].text != "03/11/2025" for event in events)


@pytest.mark.parametrize(
    "line",
    [
        "The storm hit Valencia on 3 November 2025.",  # a sentence of the story
        "3 November 2025: the storm hits Valencia",  # a dated headline
        "From 3 to 5 November 2025",  # a span, not one date
    ],
)
def test_a_line_with_more_than_a_date_is_story(line: str) -> None:
    article = article_from_text(_story(line), "flood.txt", language="en")
    assert article.published is None
    assert article.header_spans == ()


def test_a_date_line_far_from_the_top_is_story() -> None:
    lines = [f"Paragraph {n} of the story, with words." for n in range(8)]
    text = "\n".join(["A title", *lines, "3 November 2025", "The end."])
    article = article_from_text(text, "a.txt", language="en")
    assert article.published is None


def test_an_option_date_wins_and_the_dateline_is_still_metadata() -> None:
    article = article_from_text(
        _story("Published 3 November 2025"), "flood.txt", language="en", published="2025-11-04"
    )
    assert article.published == "2025-11-04"
    assert article.published_from == "option"
    events = build_draft([article], words=CodeWords()).event_file.events
    assert not any(event.title.startswith("Published") for event in events)


@pytest.mark.parametrize(
    ("dateline", "language"),
    [
        ("Published 3 November 2025", "fr"),  # `build --lang fr` on an English article
        ("Published: November 3, 2025", "fr"),
        ("Publié le lundi 3 novembre 2025 à 10h32", "en"),  # a French wire in an English text
        ("Par Marie Dupont, 3 novembre 2025", "en"),
    ],
)
def test_a_dateline_is_read_whatever_the_article_language(dateline: str, language: str) -> None:
    # Session 8 leftover: the dateline was read in the article's language only, so
    # `build --lang fr` left an English "Published 3 November 2025" unread (and an event).
    article = article_from_text(_story(dateline), "flood.txt", language=language)
    assert article.published == "2025-11-03"
    assert article.published_from == "header line"
    events = build_draft([article], words=CodeWords()).event_file.events
    quotes = [q.text for event in events for s in event.sources for q in s.quotes]
    assert not any(dateline in quote for quote in quotes), quotes


def test_build_lang_fr_reads_an_english_dateline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "flood.txt"
    article.write_text(_story("Published 3 November 2025"), encoding="utf-8")
    output = tmp_path / "flood.timeline.json"
    assert main(["build", str(article), "-o", str(output), "--lang", "fr"]) == 0
    (document,) = json.loads(output.read_text(encoding="utf-8"))["documents"]
    assert document["published"] == "2025-11-03"
    assert "aucune date de publication" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("dateline", "language", "author"),
    [
        ("Published 14 March 2025, by Lena Maes", "en", "Lena Maes"),
        ("Publié le 14 mars 2025 par Jeanne Dupont", "fr", "Jeanne Dupont"),
        ("March 14, 2025 by Lena Maes.", "en", "Lena Maes"),
    ],
)
def test_a_byline_after_the_date(dateline: str, language: str, author: str) -> None:
    # QA #92: "Published 14 March 2025, by Lena Maes" was no dateline: an event titled
    # "Published by Lena Maes", no publication date, every relative date left undated.
    article = article_from_text(_story(dateline), "flood.txt", language=language)
    assert article.published == "2025-03-14"
    assert article.author == author
    events = build_draft([article], words=CodeWords()).event_file.events
    assert not any(author in event.title for event in events)
