"""A date phrase that says another date than its event is reported by ``validate``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.phrase_check import date_phrase_disagreements
from timelineapp.model.file_format import EventFile
from timelineapp.validate_cli import run_validate

SEED = Path(__file__).parent.parent / "data" / "build" / "000_651eb735907009b6.txt"


def _seed_file(date: str | None = None) -> EventFile:
    article = article_from_text(SEED.read_text(encoding="utf-8"), SEED.name)
    data = build_draft([article]).event_file.model_dump(mode="json", exclude_none=True)
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
