"""iCalendar lines the library cannot read are reported at their line, never skipped silently."""

from __future__ import annotations

import pytest

from timelineapp.extract.importers import import_bytes
from timelineapp.extract.importers.base import UnreadableInput
from timelineapp.ui.import_report_words import templates

ICS = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:1\r\n"
    "DTSTART;VALUE=DATE:20240101\r\n"
    "this line is garbage\r\n"  # line 6
    "SUMMARY:Hello\r\n"
    "  world\r\n"  # a folded line: part of line 7
    'DESCRIPTION;X="a:b\r\n'  # line 9: a parameter whose quote never closes
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:2\r\n"
    "DTSTART;VALUE=DATE:20240102\r\n"
    "SUMMARY:Two\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_unreadable_lines_are_reported_with_what_they_hold() -> None:
    result = import_bytes(ICS.encode(), "cal.ics")
    assert result.event_count == 2
    found = [(entry.code, entry.where.line, entry.args["found"]) for entry in result.report.entries]
    assert found == [
        ("ics_line_unreadable", 6, "'this line is garbage'"),
        ("ics_line_unreadable", 9, "'DESCRIPTION;X=\"a:b'"),
    ]
    assert "cal.ics:6" in str(result.report.entries[0])
    assert "ics_line_unreadable" in templates()  # worded in the window's language too


def test_a_clean_calendar_reports_no_line() -> None:
    clean = ICS.replace("this line is garbage\r\n", "").replace('DESCRIPTION;X="a:b\r\n', "")
    result = import_bytes(clean.encode(), "cal.ics")
    assert not result.report.entries


def test_an_unreadable_calendar_line_is_located() -> None:
    broken = ICS.replace("VERSION:2.0\r\n", "VERSION:2.0\r\nnot a line\r\n")
    with pytest.raises(UnreadableInput) as caught:
        import_bytes(broken.encode(), "cal.ics")
    assert caught.value.where == "cal.ics:3"


def test_a_line_separator_in_a_value_does_not_shift_the_line_numbers() -> None:
    """The nesting check split lines with ``str.splitlines`` (which breaks at U+2028) and the
    unreadable-line finder at ``\\r?\\n`` as icalendar does: after a SUMMARY holding U+2028,
    an END that closes the wrong component was reported one line too far."""
    with_separator = ICS.replace("SUMMARY:Two\r\n", "SUMMARY:Two\u2028lines\r\n")
    wrong_end = with_separator.replace("END:VEVENT\r\nEND:VCALENDAR", "END:VTODO\r\nEND:VCALENDAR")
    with pytest.raises(UnreadableInput) as caught:
        import_bytes(wrong_end.encode(), "cal.ics")
    assert caught.value.where == "cal.ics:15"  # the line of END:VTODO
    cut = with_separator.replace("END:VEVENT\r\nEND:VCALENDAR\r\n", "")
    with pytest.raises(UnreadableInput) as caught:
        import_bytes(
            cut.replace(
                "BEGIN:VEVENT\r\nUID:2", "SUMMARY:\u2028\r\nBEGIN:VEVENT\r\nUID:2"
            ).encode(),
            "cal.ics",
        )
    assert caught.value.where == "cal.ics:12"  # the BEGIN:VEVENT never closed


def test_a_byte_order_mark_does_not_hide_the_calendar_s_begin() -> None:
    cut = ICS.replace("END:VCALENDAR\r\n", "")
    with pytest.raises(UnreadableInput) as caught:
        import_bytes(b"\xef\xbb\xbf" + cut.encode(), "cal.ics")
    assert (caught.value.where, caught.value.code) == ("cal.ics:1", "ics_cut_short")
    assert import_bytes(b"\xef\xbb\xbf" + ICS.encode(), "cal.ics").event_count == 2


def test_lone_carriage_returns_are_not_a_calendar() -> None:
    with pytest.raises(UnreadableInput) as caught:
        import_bytes(ICS.replace("\r\n", "\r").encode(), "cal.ics")
    assert caught.value.code == "ics_not_calendar"
