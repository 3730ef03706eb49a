"""TimelineJS and the dates that stand for a span of their unit (QA #126): X digits and
seasons exported as their span, and read back as the date they were."""

from __future__ import annotations

import json

from timelineapp.extract.exporters import Selection, export_data
from timelineapp.extract.importers import import_bytes
from timelineapp.model.file_format import EventFile

SPREAD = ["198X", "19XX", "2023-21", "2026-23", "2023-24", "[1801..1900]", "2024-05"]


def _file(dates: list[str]) -> EventFile:
    return EventFile.model_validate(
        {
            "format": "timelineapp/events",
            "version": 1,
            "title": "Spans",
            "events": [
                {"id": f"e{i}", "title": f"Event {date}", "date": date}
                for i, date in enumerate(dates)
            ],
        }
    )


def test_x_digits_and_seasons_are_exported_as_their_span_and_read_back() -> None:
    text, _ = export_data(Selection.whole(_file(SPREAD), "spans"), "timelinejs")
    slides = {s["unique_id"]: s for s in json.loads(text)["events"]}
    # TimelineJS placed the dispute of "198X" in 1980 before the fix (qa10's 3-article draft).
    assert (slides["e0"]["start_date"], slides["e0"]["end_date"]) == (
        {"year": 1980},
        {"year": 1989},
    )
    assert slides["e0"]["display_date"] == "198X"
    assert slides["e1"]["end_date"] == {"year": 1999}
    assert (slides["e2"]["start_date"], slides["e2"]["end_date"]) == (
        {"year": 2023, "month": 3},
        {"year": 2023, "month": 5},
    )
    assert (slides["e4"]["start_date"], slides["e4"]["end_date"]) == (
        {"year": 2023, "month": 12},
        {"year": 2024, "month": 2},
    )
    assert "end_date" not in slides["e6"]  # a plain month stays one
    back = import_bytes(text.encode(), "spans.json")
    assert [e.date for e in back.event_file.events] == SPREAD
    assert not [e for e in back.report.entries if e.code == "tjs_display_date_read"]


def test_a_display_date_nested_in_the_slide_dates_is_read_as_the_date() -> None:
    # What this app wrote before the fix: the decade's first year and the decade as text.
    slides = {
        "events": [
            {
                "start_date": {"year": 1980},
                "display_date": "198X",
                "text": {"headline": "A similar dispute lasted two months"},
            },
            {
                "start_date": {"year": 2023},
                "display_date": "2023-21",
                "text": {"headline": "Spring"},
            },
            {
                "start_date": {"year": 2020},
                "display_date": "2019",
                "text": {"headline": "Elsewhere"},
            },
        ]
    }
    back = import_bytes(json.dumps(slides).encode(), "old.json")
    events = back.event_file.events
    assert [e.date for e in events] == ["198X", "2023-21", "2020"]
    assert "TimelineJS slide dates: 1980" in (events[0].note or "")
    assert "Display date: 2019" in (events[2].note or "")  # another year: not the date
    read = [e for e in back.report.entries if e.code == "tjs_display_date_read"]
    assert len(read) == 2
