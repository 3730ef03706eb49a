"""A date phrase whose words say no date at all is flagged by the one phrase rule (QA #120:
« sur les » was recorded by Ctrl+Shift+D and passed ``validate``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timelineapp.extract.phrase_check import (
    NO_DATE,
    date_phrase_disagreements,
    phrase_disagrees,
    says_no_date,
)
from timelineapp.model.file_format import Document, EventFile
from timelineapp.validate_cli import run_validate

TEXT = "Le 19 mai 2024, l'accord a eu un impact sur les relations entre les deux pays."


@pytest.mark.parametrize(
    ("phrase", "language"),
    [("sur les", "fr"), (" sur les ", "fr"), ("impact sur les relations", "fr"), ("the", "en")],
)
def test_words_with_no_date_in_them_say_no_date(phrase: str, language: str) -> None:
    assert says_no_date(phrase, language)


@pytest.mark.parametrize(
    ("phrase", "language"),
    [
        ("ce jour-là", "fr"),  # words of time the tagger cannot fix alone: not judged
        ("le lendemain", "fr"),
        ("deux semaines plus tard", "fr"),
        ("aujourd’hui", "fr"),
        ("that day", "en"),
        ("two weeks later", "en"),
        ("the same morning", "en"),
        ("entre-temps", "fr"),
        ("lorsque l'accord a été signé", "fr"),
        ("when the deal was signed", "en"),
        ("en 2012", "fr"),
        ("le 19", "fr"),  # a digit: perhaps a date the tagger misses
        ("mardi", "fr"),
        ("au printemps", "fr"),
        ("in June", "en"),
        ("sur les", "de"),  # a language the tagger does not read is not judged
    ],
)
def test_words_of_time_do_not(phrase: str, language: str) -> None:
    assert not says_no_date(phrase, language)


def test_the_rule_flags_them_with_or_without_a_date() -> None:
    document = Document(id="d", title="Article", text=TEXT, language="fr")
    assert phrase_disagrees("sur les", document, "fr", "2024-05-19") == NO_DATE
    assert phrase_disagrees("sur les", document, "fr", None) == NO_DATE
    assert phrase_disagrees("Le 19 mai 2024", document, "fr", "2024-05-19") is None
    assert phrase_disagrees("Le 19 mai 2024", document, "fr", None) is None
    assert phrase_disagrees("ce jour-là", document, "fr", "2024-05-19") is None


def _file(date: str | None) -> EventFile:
    start = TEXT.index(" sur les ")
    source = {
        "document": "d",
        "date_phrase": {"start": start, "end": start + 9, "text": " sur les "},
    }
    event: dict[str, object] = {"id": "e", "title": "Accord", "sources": [source]}
    if date is not None:
        event["date"] = date
    return EventFile.model_validate(
        {
            "format": "timelineapp/events",
            "version": 1,
            "title": "Essai",
            "language": "fr",
            "documents": [{"id": "d", "title": "Article", "text": TEXT}],
            "events": [event],
        }
    )


@pytest.mark.parametrize("date", ["2024-05-19", None])
def test_validate_warns_of_a_phrase_with_no_date_words(
    date: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (found,) = date_phrase_disagreements(_file(date))
    assert found.no_date
    issue = found.issue("f.json")
    assert issue.code == "date_phrase_says_no_date"
    assert dict(issue.arguments) == {"phrase": " sur les "}
    path = tmp_path / "f.timeline.json"
    path.write_text(json.dumps(_file(date).model_dump(mode="json", exclude_none=True)), "utf-8")
    assert run_validate([str(path)], as_json=False) == 0  # a warning, not an error
    out = capsys.readouterr().out
    assert (
        "events[0].sources[0].date_phrase: warning: the date phrase «  sur les  » says no date"
        in out
    )
