"""What an import changes is said, never silent (QA #97): an iCalendar end before its start,
a part of a period ("mid-2024") a date cannot hold, a TimelineJS slide without a date."""

from __future__ import annotations

import json

from timelineapp.extract.importers import import_bytes
from timelineapp.extract.importers.report import Outcome


def _lines(raw: bytes, name: str) -> tuple[list[dict[str, object]], list[tuple[str, str, str]]]:
    result = import_bytes(raw, name)
    events = json.loads(result.raw)["events"]
    said = [(e.outcome.value, e.where.path, e.code) for e in result.report.entries]
    said += [(t.outcome.value, t.first.path, t.code) for t in result.report.tallies.values()]
    return events, said


def test_ics_end_before_start_is_said() -> None:
    raw = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:a6\r\nSUMMARY:Backwards\r\n"
        b"DTSTART:20250401T120000Z\r\nDTEND:20250331T120000Z\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:a7\r\nSUMMARY:Days backwards\r\n"
        b"DTSTART;VALUE=DATE:20250401\r\nDTEND;VALUE=DATE:20250330\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:a8\r\nSUMMARY:Forwards\r\n"
        b"DTSTART:20250401T120000Z\r\nDTEND:20250401T130000Z\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    events, said = _lines(raw, "t.ics")
    assert [e["date"] for e in events] == [
        "2025-04-01T12:00Z",
        "2025-04-01",
        "2025-04-01T12:00Z/2025-04-01T13:00Z",
    ]
    backwards = [s for s in said if s[2] == "ics_end_before_start"]
    assert [s[0] for s in backwards] == [Outcome.CHANGED.value] * 2


def test_a_part_of_a_period_is_said_and_kept_in_the_note() -> None:
    raw = b"date,title\nmid-2024,Mid\nearly May 2024,Early\n2024-05-19,Plain\n"
    events, said = _lines(raw, "t.csv")
    assert [e["date"] for e in events] == ["2024", "2024-05", "2024-05-19"]
    assert "mid-2024" in events[0]["note"]
    assert "early May 2024" in events[1]["note"]
    assert "note" not in events[2]
    assert [s for s in said if s[2] == "date_part_dropped"] == [
        ("changed", "", "date_part_dropped"),
        ("changed", "", "date_part_dropped"),
    ]


def test_a_timelinejs_slide_without_a_date_is_said() -> None:
    raw = json.dumps(
        {
            "events": [
                {"start_date": {"year": 2024}, "text": {"headline": "Dated"}},
                {"text": {"headline": "No date"}},
            ]
        }
    ).encode()
    events, said = _lines(raw, "t.json")
    assert [e.get("date") for e in events] == ["2024", None]
    assert [s[1] for s in said if s[2] == "tjs_no_date"] == ["events[1]"]
