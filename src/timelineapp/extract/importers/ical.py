"""iCalendar (``.ics``) files, read with the ``icalendar`` library.

Each VEVENT is an event: an all-day DTSTART keeps day precision (a multi-day all-day event
is a day interval; DTEND is exclusive in iCalendar, so the last day is the day before it);
a timed DTSTART keeps its minutes (seconds when given) and the UTC offset its time zone had
at that moment, so the written local time stays as the calendar showed it. A floating time
(no zone) is written without a zone, which event files read as UTC: reported. SUMMARY is the
title, DESCRIPTION the summary, LOCATION the place, URL a source document without text,
ORGANIZER and ATTENDEE actors (role ``organizer``/``attendee``), CATEGORIES tags, UID the id.
A recurring event is kept once, at its first occurrence, with its rule in the note.

STATUS says whether the event happens; an event file's status is occurred, planned or
deadline (``model.format_rules.EventStatus``), nothing for "called off", so (QA #118):
TENTATIVE is planned (not known to have happened; this app's export writes planned as
TENTATIVE); CANCELLED is planned too, tagged ``cancelled`` with a note, never occurred; each
is said in the report. CONFIRMED, or no STATUS, is occurred.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from timelineapp.model.untrusted_text import elided

from .base import ImportOptions, ImportResult, UnreadableInput
from .draft import Draft, clean, is_http_url, same_span, unread_date_note
from .messages import ICS_EXPECTED, ICS_EXPECTED_OTHER
from .report import ConversionReport, Outcome, ReportFormat, Where

FORMAT = "ics"
# Written by timelineapp's own export: the EDTF date the calendar dates were drawn from.
DATE_PROPERTY = "X-TIMELINEAPP-DATE"
_KNOWN = frozenset(
    {
        "UID",
        "DTSTART",
        "DTEND",
        "DURATION",
        "SUMMARY",
        "DESCRIPTION",
        "LOCATION",
        "URL",
        "ORGANIZER",
        "ATTENDEE",
        "CATEGORIES",
        "RRULE",
        "STATUS",
        "DTSTAMP",
        "CREATED",
        "LAST-MODIFIED",
        "SEQUENCE",
        "TRANSP",
        "CLASS",
    }
)
# Bookkeeping of calendar programs, not facts about the event: not reported as lost.
_BOOKKEEPING = frozenset({"DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "TRANSP", "CLASS"})


def import_ics(raw: bytes, name: str, options: ImportOptions) -> ImportResult:
    import icalendar

    lines = content_lines(raw)
    _check_nesting(lines, name)
    try:
        calendars = icalendar.Calendar.from_ical(raw, multiple=True)
    except ValueError as error:
        # Located at the first line the library's own parser refuses, when there is one.
        place = next((f"{name}:{number}" for number, _ in unreadable_lines(lines)), name)
        raise UnreadableInput(place, "ics_error", error=_library_words(error)) from None
    if not calendars:
        raise UnreadableInput(name, "ics_not_calendar", found=_first_line(lines))
    calendar = calendars[0]
    report = ConversionReport(name, ReportFormat.ICALENDAR)
    if any(key is None for cal in calendars for c in cal.walk() for key, _ in c.errors):
        # Lines an event (or a time zone…) could not read are skipped by the library, which
        # keeps only its message: each is reported at its line, with what it holds.
        for number, line in unreadable_lines(lines):
            report.changed(Where(name, number), "ics_line_unreadable", found=_quoted(line))
    draft = Draft(clean(calendar.get("X-WR-CALNAME")) or name.rsplit("/", 1)[-1], report)
    description = clean(calendar.get("X-WR-CALDESC"))
    if description:
        draft.description = description
    components = [c for cal in calendars for c in cal.walk("VEVENT")]
    for number, component in enumerate(components):
        report.items_read += 1
        where = Where(name, None, f"VEVENT[{number}]")
        unread_start = _drop_broken(component, where, report)
        try:
            _event(component, where, draft, unread_start=unread_start)
        except (ValueError, TypeError, AttributeError) as error:  # a property icalendar
            # could not decode: the event cannot be read, the others can
            report.dropped(where, "ics_unreadable_event", error=_library_words(error))
    for kind in ("VTODO", "VJOURNAL"):
        others = [c for cal in calendars for c in cal.walk(kind)]
        for number, _ in enumerate(others):
            report.dropped(Where(name, None, f"{kind}[{number}]"), "ics_not_event")
    return draft.result()


def content_lines(raw: bytes) -> list[str]:
    """The file's lines as icalendar's parser splits them (at ``\\n`` or ``\\r\\n`` only,
    after a byte order mark), numbered from 1 by every message here. ``str.splitlines``
    also breaks at U+2028 and other separators a DESCRIPTION may hold, which shifted the
    numbers of the lines after one."""
    return _NEWLINE.split(raw.decode("utf-8", errors="replace").lstrip("\ufeff"))


_NEWLINE = re.compile(r"\r?\n")  # icalendar.parser's NEWLINE


def _check_nesting(lines: list[str], name: str) -> None:
    """Every BEGIN: closed by its END:, in order; else a located message in the format's
    terms (icalendar says "Found no components where exactly one is required", then the
    input as a Python bytes literal)."""
    opened: list[tuple[str, int]] = []
    seen = False
    for number, line in enumerate(lines, start=1):
        key, _, value = line.partition(":")
        key = key.strip().upper()
        if "\r" in value:
            # A lone carriage return, which icalendar does not take for a line end either:
            # not a BEGIN or END it would read (a file of such lines is not a calendar).
            continue
        if key == "BEGIN":
            opened.append((value.strip().upper(), number))
            seen = True
        elif key == "END" and opened:
            component, _ = opened.pop()
            if value.strip().upper() != component:
                raise UnreadableInput(
                    f"{name}:{number}",
                    "ics_end_mismatch",
                    expected=component,
                    found=elided(value.strip(), 40),
                )
    if not seen:
        raise UnreadableInput(name, "ics_not_calendar", found=_first_line(lines))
    if opened:
        component, number = opened[-1]
        raise UnreadableInput(f"{name}:{number}", "ics_cut_short", component=elided(component, 40))


_PLAIN_PROPERTY = re.compile(r"[A-Za-z0-9-]+:")  # NAME:value, which always reads


def unreadable_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(line number, the line unfolded) of each of the :func:`content_lines` that icalendar's
    parser cannot split into a name, parameters and a value, unfolded as it unfolds them (a
    line that starts with a space or a tab goes on the line before)."""
    from icalendar.parser import Contentline

    logical: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if line[:1] in (" ", "\t") and logical:
            start, before = logical[-1]
            logical[-1] = (start, before + line[1:])
        elif line:
            logical.append((number, line))
    for number, line in logical:
        if _PLAIN_PROPERTY.match(line):
            continue
        try:
            Contentline(line).parts()  # type: ignore[no-untyped-call]  # (icalendar has no hints here)
        except ValueError:
            yield number, line


def _quoted(line: str) -> str:
    return repr(elided(line.strip(), 60))


def _first_line(lines: list[str]) -> str:
    return _quoted(next((line for line in lines if line.strip()), ""))


def _library_words(error: Exception) -> str:
    """icalendar's message without the Python literal of the input it may end with."""
    text = str(error)
    for mark in (": b'", ': b"'):
        text = text.split(mark, 1)[0]
    return elided(text, 200)


def _drop_broken(component: Any, where: Where, report: ConversionReport) -> str | None:
    """Take out the properties icalendar could not read (a DTSTART of 20241301), each
    reported in the format's terms; the DTSTART as written when that left the event without
    its start (kept in its note, as other importers keep a date they cannot read)."""
    unread_start: str | None = None
    for key in list(component):
        value = component[key]
        values = value if isinstance(value, list) else [value]
        broken = [v for v in values if _is_broken(v)]
        if not broken:
            continue
        kept = [v for v in values if not _is_broken(v)]
        if kept and isinstance(value, list):
            component[key] = kept
        else:
            del component[key]
        for item in broken:
            expected = ICS_EXPECTED.get(str(item.expected_type), ICS_EXPECTED_OTHER)
            found = repr(elided(str(item), 60))
            if key == "DTSTART":
                unread_start = str(item)
                report.changed(where, "ics_bad_start", expected=expected, found=found)
            else:
                report.changed(where, "ics_bad_value", key=key, expected=expected, found=found)
    return unread_start


def _is_broken(value: Any) -> bool:
    """A property icalendar kept as text because it could not read it (``vBroken``)."""
    return hasattr(value, "expected_type") and hasattr(value, "property_name")


def _event(component: Any, where: Where, draft: Draft, *, unread_start: str | None = None) -> None:
    report = draft.report
    uid = clean(component.get("UID"))
    uid_where = Where(where.file, where.line, f"{where.path} ({uid})" if uid else where.path)
    title = " ".join(clean(component.get("SUMMARY")).split())
    summary = clean(component.get("DESCRIPTION"))
    notes: list[str] = []
    if not title:
        title = summary.split("\n", 1)[0][:120]
        if not title:
            report.dropped(uid_where, "ics_no_summary")
            return
    date = _date(component, uid_where, report, notes, undated=unread_start is not None)
    if unread_start is not None:  # QA #70: the date as written, not lost
        notes.append(unread_date_note(unread_start))
    written = clean(component.get(DATE_PROPERTY))
    if written and date is not None and same_span(written, date):
        date = written  # the date as written, by this app's export: same span, its meaning
    elif written:
        notes.append(f"{DATE_PROPERTY}: {written}")
    event_id = draft.event_id(uid.split("@", 1)[0] if uid else "", uid_where, "event")
    if uid and event_id != uid:
        notes.append(f"iCalendar UID: {uid}")
    actors: list[dict[str, str]] = []
    for role in ("ORGANIZER", "ATTENDEE"):
        found = component.get(role)
        for address in found if isinstance(found, list) else [found] if found else []:
            name = clean(address.params.get("CN")) if hasattr(address, "params") else ""
            text = str(address)
            actor_id = text.rsplit(":", 1)[-1] if text.startswith("urn:x-timelineapp:") else ""
            if not name:
                name = text.removeprefix("mailto:").removeprefix("MAILTO:")
            if name:
                actors.append({"actor": draft.actor(name, actor_id=actor_id), "role": role.lower()})
    tags: list[str] = []
    categories = component.get("CATEGORIES")
    for group in categories if isinstance(categories, list) else [categories] if categories else []:
        tags.extend(str(c) for c in getattr(group, "cats", [group]))
    status = _status(clean(component.get("STATUS")).upper(), uid_where, report, tags, notes)
    sources = []
    url = clean(component.get("URL"))
    if url:
        if is_http_url(url):
            sources.append({"document": draft.document(title, url=url)})
        else:
            notes.append(f"URL: {url}")
    rule = component.get("RRULE")
    if rule:
        notes.append(f"Repeats (iCalendar RRULE): {rule.to_ical().decode()}")
        report.lost(uid_where, "ics_rrule", Outcome.CHANGED)
    for key in component:
        if key not in _KNOWN and not key.startswith("X-") and key != "DTSTART":
            report.lost(uid_where, "ics_property_unread", key=key)
    draft.add_event(
        {
            "id": event_id,
            "title": title,
            "date": date,
            "actors": actors,
            "place": " ".join(clean(component.get("LOCATION")).split()) or None,
            "summary": summary or None,
            "status": status,
            "tags": list(dict.fromkeys(tags)),
            "note": "\n".join(notes) or None,
            "sources": sources,
        },
        where,
    )


def _status(
    status: str, where: Where, report: ConversionReport, tags: list[str], notes: list[str]
) -> str:
    """The event file status for an iCalendar STATUS (see the module's docstring)."""
    if status == "TENTATIVE":
        report.lost(where, "ics_tentative", Outcome.CHANGED)
        return "planned"
    if status == "CANCELLED":
        tags.append("cancelled")
        notes.append("iCalendar STATUS:CANCELLED: the calendar says this event was called off")
        report.lost(where, "ics_cancelled", Outcome.CHANGED)
        return "planned"
    if status not in ("", "CONFIRMED"):
        report.lost(where, "ics_status_unread", key=f"STATUS:{status}")
    return "occurred"


def _date(
    component: Any,
    where: Where,
    report: ConversionReport,
    notes: list[str],
    *,
    undated: bool = False,
) -> str | None:
    start_prop = component.get("DTSTART")
    if start_prop is None:
        if not undated:  # a DTSTART that could not be read is reported already
            report.changed(where, "ics_no_dtstart")
        return None
    start = start_prop.dt
    end_prop = component.get("DTEND")
    end = end_prop.dt if end_prop is not None else None
    if end is None and component.get("DURATION") is not None:
        end = start + component.get("DURATION").dt
    if not isinstance(start, dt.datetime):
        first = _day(start)
        if isinstance(end, dt.date) and not isinstance(end, dt.datetime):
            if end < start:
                report.changed(where, "ics_end_before_start", end=_day(end), start=first)
            last = end - dt.timedelta(days=1)  # DTEND of an all-day event is exclusive
            if last > start:
                return f"{first}/{_day(last)}"
        return first
    if start.tzinfo is None:
        report.lost(
            where,
            "ics_floating",
            Outcome.CHANGED,
        )
    text = _moment(start)
    if isinstance(end, dt.datetime) and (end.tzinfo is None) == (start.tzinfo is None):
        if end > start:
            return f"{text}/{_moment(end)}"
        if end < start:  # a calendar shows nothing sensible: the end is left out, and said
            report.changed(where, "ics_end_before_start", end=_moment(end), start=text)
    return text


def _day(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def _moment(moment: dt.datetime) -> str:
    text = f"{_day(moment)}T{moment.hour:02d}:{moment.minute:02d}"
    if moment.second:
        text += f":{moment.second:02d}"
    offset = moment.utcoffset()
    if offset is None:
        return text
    if not offset:
        return text + "Z"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
