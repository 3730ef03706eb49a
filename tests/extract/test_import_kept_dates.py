"""What an importer cannot read of a date stays in the file (QA #70), and a dated slide is
never dropped for want of a title (QA #71)."""

from __future__ import annotations

import json

from timelineapp.extract.importers import import_bytes

ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:h3@example\r
SUMMARY:Inquiry hearing\r
DTSTART:20251301T100000Z\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_unreadable_ics_start_is_kept_in_the_note() -> None:
    result = import_bytes(ICS.encode(), "cal.ics")
    (event,) = result.event_file.events
    assert event.date is None
    assert event.note is not None
    assert "20251301T100000Z" in event.note


def test_a_dated_slide_without_headline_or_text_is_kept_titled_by_its_date() -> None:
    timeline = {
        "events": [
            {"start_date": {"year": 2024, "month": 5, "day": 1}, "text": {"headline": ""}},
            {"text": {"headline": ""}},  # nothing at all: still dropped
        ]
    }
    result = import_bytes(json.dumps(timeline).encode(), "tl.json")
    (event,) = result.event_file.events
    assert event.date == "2024-05-01"
    assert event.title == "2024-05-01"
    codes = [entry.code for entry in result.report.entries]
    assert "tjs_title_from_date" in codes
    assert "tjs_no_headline" in codes


def test_table_dates_in_french_words_or_after_a_weekday_are_read() -> None:
    # QA #81: the first user reads French; a spreadsheet's "29 octobre 2024" was refused.
    table = (
        "title,date\n"
        "A,29 octobre 2024\n"
        "B,1 févr. 2025\n"
        "C,Tuesday 29 October 2024\n"
        "D,06/07/2024\n"  # day and month cannot be told apart: never guessed
    )
    result = import_bytes(table.encode(), "dates.csv")
    dates = {event.title: event.date for event in result.event_file.events}
    assert dates == {"A": "2024-10-29", "B": "2025-02-01", "C": "2024-10-29", "D": None}
