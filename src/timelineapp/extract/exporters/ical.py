"""Events as an iCalendar file (``.ics``), written with the ``icalendar`` library.

A day is an all-day event; a year or a month is an all-day event across all its days (and
reported: a calendar has no coarser unit); a time is a timed event in UTC, and a time written
without a zone a floating one (iCalendar's own "this local time, wherever you are", rather
than a zone it never had, QA #96); an interval spans
from its start to its end. What a calendar cannot say (``?``, ``~``, "on or before", "one
day in this span") is written at the top of the DESCRIPTION with the date as written. UID is
``id@timelineapp`` (the importer turns it back into the id); actors are ATTENDEEs with their
name and a ``urn:x-timelineapp:actor:`` address holding their id.
"""

from __future__ import annotations

import datetime as dt

from timelineapp.model.calendar import from_seconds
from timelineapp.model.dates import DateKind, DatePoint, Precision, date_form

from ..importers.ical import DATE_PROPERTY
from ..importers.report import ConversionReport, Outcome, ReportFormat
from .selection import Selection, new_report

UID_DOMAIN = "timelineapp"


def export_ics(
    selection: Selection, output: str = "", stamp: dt.datetime | None = None
) -> tuple[str, ConversionReport]:
    import icalendar

    report = new_report(selection, output, ReportFormat.ICALENDAR)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//timelineapp//event file export//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", selection.header.title)
    if selection.header.description:
        calendar.add("x-wr-caldesc", selection.header.description)
    now = (stamp or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    for event, date, where in selection.dated_events(report, "export_undated_ics"):
        first_year = from_seconds(date.earliest)[0]
        last_year = from_seconds(date.latest - 1)[0]
        if first_year < 1 or last_year > 9999:
            report.dropped(where, "export_years_ics", date=event.date)
            continue
        item = icalendar.Event()
        item.add("uid", f"{event.id}@{UID_DOMAIN}")
        item.add("dtstamp", now)
        item.add("summary", event.title)
        timed = date.precision >= Precision.MINUTE
        first = date.start or date.end
        item.add("dtstart", _moment(date.earliest, timed, _floating(first)))
        item.add(DATE_PROPERTY, event.date)
        if not timed:
            item.add("dtend", _moment(date.latest, timed))  # the day after: DTEND is exclusive
        elif date.end is not None and date.end is not date.start:
            # until the end as written
            item.add("dtend", _moment(date.end.earliest, timed, _floating(date.end)))
        described = []
        if date.precision < Precision.DAY:
            report.lost(where, "export_months_ics", Outcome.CHANGED)
        if (date.kind is not DateKind.SINGLE and date.kind is not DateKind.INTERVAL) or (
            date.uncertain
            or date.approximate
            or date.open_start
            or date.open_end
            or date_form(date)
        ):
            report.lost(where, "export_meanings_ics", Outcome.CHANGED)
        if date.kind is not DateKind.SINGLE or date.precision < Precision.DAY or date_form(date):
            described.append(f"Date: {event.date}")
        if event.summary:
            described.append(event.summary)
        for quote in selection.quotes(event):
            source = quote.document_title + (f" <{quote.url}>" if quote.url else "")
            described.append(f"«{quote.text}» — {source}")
        if described:
            item.add("description", "\n\n".join(described))
        if event.place:
            item.add("location", event.place)
        urls = selection.source_urls(event)
        if urls:
            item.add("url", urls[0])
        if event.tags:
            item.add("categories", event.tags)
        for ref, name in zip(event.actors, selection.actor_names(event), strict=True):
            attendee = icalendar.vCalAddress(f"urn:x-timelineapp:actor:{ref.actor}")
            attendee.params["cn"] = icalendar.vText(name)
            item.add("attendee", attendee, encode=False)
        if event.status.value == "planned":
            item.add("status", "TENTATIVE")
        if event.note:
            report.lost(where, "export_notes_ics")
        calendar.add_component(item)
        report.count_kept("events")
    return calendar.to_ical().decode("utf-8"), report


def _floating(point: DatePoint | None) -> bool:
    """Whether a time is written without a zone ("2025-03-13T15:00")."""
    return point is not None and point.utc_offset is None


def _moment(seconds: int, timed: bool, floating: bool = False) -> dt.date | dt.datetime:
    """A calendar's date, UTC time, or floating time (no zone: the written local time, which
    the event file holds as if it were UTC)."""
    year, month, day, hour, minute, second = from_seconds(seconds)
    if timed:
        zone = None if floating else dt.UTC
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)
    return dt.date(year, month, day)
