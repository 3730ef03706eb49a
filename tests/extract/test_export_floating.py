"""Exports neither give a zone-less time a zone nor drop a date's doubt silently (QA #96)."""

from __future__ import annotations

import csv
import io

from timelineapp.extract.exporters import Selection, export_data
from timelineapp.extract.importers.report import ConversionReport
from timelineapp.model.file_format import EventFile

DATES = {
    "floating": "2025-03-13T15:00",
    "zoned": "2025-03-13T15:00+01:00",
    "approximate": "2015~",
    "day": "2024-05-19",
    "span": "2025-03-13T15:00/2025-03-13T17:30",
}


def _file() -> EventFile:
    return EventFile.model_validate(
        {
            "format": "timelineapp/events",
            "version": 1,
            "title": "Times",
            "events": [{"id": name, "title": name, "date": date} for name, date in DATES.items()],
        }
    )


def _codes(report: ConversionReport) -> dict[str, str]:
    """Each code reported with the id of the first event it was found at."""
    return {tally.code: tally.first.path for tally in report.tallies.values()}


def test_csv_widens_a_floating_time_to_every_zone_and_says_so() -> None:
    text, report = export_data(Selection.whole(_file()), "csv")
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    # 15:00 somewhere between UTC+14 and UTC-12: 01:00Z to 03:00Z the next day.
    assert rows["floating"]["earliest"] == "2025-03-13T01:00:00Z"
    assert rows["floating"]["latest"] == "2025-03-14T03:00:59Z"
    assert rows["floating"]["date"] == "2025-03-13T15:00"
    assert rows["span"]["earliest"] == "2025-03-13T01:00:00Z"
    assert rows["span"]["latest"] == "2025-03-14T05:30:59Z"
    # A written zone is exact, a calendar day has no zone to widen.
    assert (rows["zoned"]["earliest"], rows["zoned"]["latest"]) == (
        "2025-03-13T14:00:00Z",
        "2025-03-13T14:00:59Z",
    )
    assert rows["day"]["earliest"] == "2024-05-19T00:00:00Z"
    codes = _codes(report)
    assert codes["export_floating_csv"].startswith("events[0]")
    assert codes["export_doubt_csv"].startswith("events[2]")


def test_ics_writes_a_floating_time_floating() -> None:
    text, _ = export_data(Selection.whole(_file()), "ics")
    lines = text.splitlines()
    assert "DTSTART:20250313T150000" in lines  # no Z: the calendar's own local time
    assert "DTSTART:20250313T140000Z" in lines
    assert "DTEND:20250313T173000" in lines
