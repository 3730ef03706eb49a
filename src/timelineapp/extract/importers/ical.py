"""iCalendar (``.ics``) files, read with the ``icalendar`` library.

Each VEVENT is an event: an all-day DTSTART keeps day precision (a multi-day all-day event
is a day interval; DTEND is exclusive in iCalendar, so the last day is the day before it);
a timed DTSTART keeps its minutes (seconds when given) and the UTC offset its time zone had
at that moment, so the written local time stays as the calendar showed it. A floating time
(no zone) is written without a zone, which event files read as UTC: reported. SUMMARY is the
title, DESCRIPTION the summary, LOCATION the place, URL a source document without text,
ORGANIZER and ATTENDEE actors (role ``organizer``/``attendee``), CATEGORIES tags, UID the id.
A recurring event is kept once, at its first occurrence, with its rule in the note.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .base import ImportOptions, ImportResult, UnreadableInput
from .draft import Draft, clean, is_http_url, same_span
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

    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except ValueError as error:
        raise UnreadableInput(
            f"{name}: expected an iCalendar file, found an error: {error}"
        ) from None
    report = ConversionReport(name, ReportFormat.ICALENDAR)
    draft = Draft(clean(calendar.get("X-WR-CALNAME")) or name.rsplit("/", 1)[-1], report)
    description = clean(calendar.get("X-WR-CALDESC"))
    if description:
        draft.description = description
    for number, component in enumerate(calendar.walk("VEVENT")):
        report.items_read += 1
        where = Where(name, None, f"VEVENT[{number}]")
        try:
            _event(component, where, draft)
        except (ValueError, TypeError, AttributeError) as error:  # a property icalendar
            # could not decode: the event cannot be read, the others can
            report.dropped(where, "ics_unreadable_event", error=error)
    for kind in ("VTODO", "VJOURNAL"):
        for number, _ in enumerate(calendar.walk(kind)):
            report.dropped(Where(name, None, f"{kind}[{number}]"), "ics_not_event")
    return draft.result()


def _event(component: Any, where: Where, draft: Draft) -> None:
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
    date = _date(component, uid_where, report, notes)
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
    status = clean(component.get("STATUS")).upper()
    if status in ("CANCELLED", "TENTATIVE"):
        tags.append(status.lower())
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
            "tags": list(dict.fromkeys(tags)),
            "note": "\n".join(notes) or None,
            "sources": sources,
        },
        where,
    )


def _date(component: Any, where: Where, report: ConversionReport, notes: list[str]) -> str | None:
    start_prop = component.get("DTSTART")
    if start_prop is None:
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
    if isinstance(end, dt.datetime) and end > start:
        return f"{text}/{_moment(end)}"
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
