"""Exports never invent a bound for a date open at one side (QA #80): "on or before June
2024" has no first second, "from 19 May 2024, end unknown" no last one."""

from __future__ import annotations

import csv
import io
import json

from timelineapp.extract.exporters import Selection, export_data
from timelineapp.model.file_format import EventFile

OPEN_DATES = {"before": "[..2024-06]", "after": "2024-05-19/..", "closed": "2024-06"}


def _file() -> EventFile:
    return EventFile.model_validate(
        {
            "format": "timelineapp/events",
            "version": 1,
            "title": "Open dates",
            "events": [
                {"id": name, "title": name, "date": date} for name, date in OPEN_DATES.items()
            ],
        }
    )


def test_csv_leaves_the_open_side_empty() -> None:
    text, _ = export_data(Selection.whole(_file()), "csv")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    assert rows["before"]["earliest"] == ""
    assert rows["before"]["latest"] == "2024-06-30T23:59:59Z"
    assert rows["after"]["earliest"] == "2024-05-19T00:00:00Z"
    assert rows["after"]["latest"] == ""
    assert (rows["closed"]["earliest"], rows["closed"]["latest"]) == (
        "2024-06-01T00:00:00Z",
        "2024-06-30T23:59:59Z",
    )


def test_timesketch_places_an_open_start_at_its_known_end_and_says_so() -> None:
    text, _ = export_data(Selection.whole(_file()), "timesketch")
    records = {r["event_id"]: r for r in map(json.loads, text.splitlines())}
    assert records["before"]["datetime"] == "2024-06-30T23:59:59+00:00"
    assert "start unknown" in records["before"]["timestamp_desc"]
    assert "latest" not in records["after"]
    assert "end unknown" in records["after"]["timestamp_desc"]
    assert records["closed"]["timestamp_desc"] == "Event date"
    assert records["closed"]["latest"] == "2024-06-30T23:59:59+00:00"
