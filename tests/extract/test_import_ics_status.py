"""iCalendar STATUS is mapped to what an event file can say, and said in the report (QA #118:
a CANCELLED meeting was imported as having occurred, with a tag and no report line)."""

from __future__ import annotations

import pytest

from timelineapp.extract.importers import import_bytes
from timelineapp.extract.importers.report import Outcome
from timelineapp.model.format_rules import EventStatus
from timelineapp.ui.import_report_words import templates


def _calendar(status: str | None) -> bytes:
    line = f"STATUS:{status}\r\n" if status else ""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a3\r\nDTSTART:20240701T120000Z\r\nSUMMARY:Meeting\r\n"
        f"{line}END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("status", "kept", "tags", "said"),
    [
        ("CANCELLED", EventStatus.PLANNED, ["cancelled"], (Outcome.CHANGED, "ics_cancelled")),
        ("TENTATIVE", EventStatus.PLANNED, [], (Outcome.CHANGED, "ics_tentative")),
        ("CONFIRMED", EventStatus.OCCURRED, [], None),
        (None, EventStatus.OCCURRED, [], None),
        ("X-POSTPONED", EventStatus.OCCURRED, [], (Outcome.LOST, "ics_status_unread")),
    ],
)
def test_each_status_is_mapped_and_said(
    status: str | None, kept: EventStatus, tags: list[str], said: tuple[Outcome, str] | None
) -> None:
    result = import_bytes(_calendar(status), "c.ics")
    (event,) = result.event_file.events
    assert event.status is kept
    assert event.tags == tags
    tallies = [(tally.outcome, tally.code) for tally in result.report.tallies.values()]
    assert tallies == ([] if said is None else [said])
    if said is not None:
        assert said[1] in templates()  # worded in the window's language too
        assert any(f"STATUS:{status}" in line for line in result.report.tally_lines())
    if status == "CANCELLED":
        assert "STATUS:CANCELLED" in (event.note or "")
