"""A date phrase that says another date than its event is reported by ``validate``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CodeWords
from timelineapp.extract.phrase_check import date_phrase_disagreements, events_with_phrases
from timelineapp.model.file_format import EventFile
from timelineapp.validate_cli import run_validate

SEED = Path(__file__).parent.parent / "data" / "build" / "000_651eb735907009b6.txt"


def _seed_file(date: str | None = None) -> EventFile:
    article = article_from_text(SEED.read_text(encoding="utf-8"), SEED.name)
    data = build_draft([article], words=CodeWords()).event_file.model_dump(
        mode="json", exclude_none=True
    )
    if date is not None:
        for event in data["events"]:
            if event.get("date") == "2012":
                event["date"] = date
    return EventFile.model_validate(data)


def test_the_built_file_has_no_disagreement() -> None:
    assert list(date_phrase_disagreements(_seed_file())) == []


def test_en_2012_beside_2024_03_is_reported() -> None:
    found = list(date_phrase_disagreements(_seed_file("2024-03")))
    assert [(f.phrase, f.reading, f.date) for f in found] == [("en 2012", "2012", "2024-03")]
    assert found[0].json_path.endswith(".sources[0].date_phrase")


@pytest.mark.parametrize("date", ["2012-06", "2011/2013", "2012-12-31T23:00-05:00"])
def test_a_date_the_phrase_allows_is_not_reported(date: str) -> None:
    assert list(date_phrase_disagreements(_seed_file(date))) == []


@pytest.mark.parametrize(
    ("date", "reported"),
    [
        ("2011-12-31", True),
        ("2013-01-01", True),
        ("2012-12-31", False),
        ("2012-12-31T23:00-05:00", False),
    ],
)
def test_a_calendar_date_just_outside_the_phrase_is_reported(date: str, reported: bool) -> None:
    """QA #77: « November 2025 » beside 2025-10-31 was allowed by the time-zone slack, which
    is for a time of day only (a calendar date is not off by a zone)."""
    found = list(date_phrase_disagreements(_seed_file(date)))
    assert bool(found) == reported, found


def test_validate_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _seed_file("2024-03").model_dump(mode="json", exclude_none=True)
    for document in data["documents"]:
        document.pop("path", None)
        document["text"] = SEED.read_text(encoding="utf-8")
    path = tmp_path / "edited.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run_validate([str(path)], as_json=False) == 0  # a warning, not an error
    out = capsys.readouterr().out
    assert "date_phrase: warning: the date phrase « en 2012 » reads 2012" in out
    assert "OK (1 warning)" in out


def test_only_the_events_with_a_phrase_are_read_at_any_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """validate checks phrases whatever the file's size (it skipped files of more than 20,000
    events): it builds only the events its load lists as having a date phrase (a few hundred
    events here; benchmarks/bench_validate_phrases.py times 100k and 1M)."""
    from timelineapp.model.loading import load_event_file

    data = _seed_file("2024-03").model_dump(mode="json", exclude_none=True)
    for document in data["documents"]:
        document.pop("path", None)
        document["text"] = SEED.read_text(encoding="utf-8")
    plain = {"id": "x", "title": "x", "date": "2024", "sources": []}
    data["events"] = [
        *data["events"],
        *({**plain, "id": f"x{i}"} for i in range(300)),
    ]
    path = tmp_path / "big.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    loaded = load_event_file(path).loaded
    assert loaded is not None
    with_phrases = events_with_phrases(loaded.passage_rows)
    assert with_phrases == [
        i for i, e in enumerate(_seed_file().events) if any(s.date_phrase for s in e.sources)
    ]
    assert run_validate([str(path)], as_json=False) == 0
    captured = capsys.readouterr()
    assert "the date phrase « en 2012 » reads 2012" in captured.out
    assert "not re-read" not in captured.err


def test_the_warning_is_coded_and_worded_in_the_window_language(
    stand_in_french: Callable[..., None],
) -> None:
    import string

    from timelineapp.model.reference_issues import date_phrase_disagrees
    from timelineapp.ui import issue_words

    issue = date_phrase_disagrees(
        "f.json", "events[0].sources[0].date_phrase", "en 2012", "2012", "2024-03"
    )
    assert issue.code == "date_phrase_disagrees"
    assert dict(issue.arguments) == {"phrase": "en 2012", "reading": "2012", "date": "2024-03"}
    words = issue_words.template(issue.code, dict(issue.arguments))
    assert words is not None
    named = {name for _, name, _, _ in string.Formatter().parse(words) if name}
    assert named <= set(dict(issue.arguments))
    assert issue_words.issue_message(issue) == issue.message  # the English words are the model's

    french = (
        "l’expression de date «\u00a0{phrase}\u00a0» se lit {reading}, ce qui ne recoupe pas "
        "la date de l’événement, {date}\u00a0: sélectionnez les mots qui donnent la date (ou "
        "retirez l’expression)"
    )

    stand_in_french({("IssueWords", words): french})
    message = issue_words.issue_message(issue)
    assert message.startswith("l’expression de date «\u00a0en 2012\u00a0» se lit 2012,")
    assert "reads" not in message
