"""Events as Timesketch JSONL: one line per dated event with the three fields Timesketch
needs (``message``, ``datetime``, ``timestamp_desc``) and ``timestamp`` in microseconds.

Timesketch places an event at one instant: the earliest the date can mean, or, for a date
open at its start ("on or before June 2024"), the last (``timestamp_desc`` says which). What
the date really says is kept beside it (``edtf_date``, ``precision``, ``latest`` unless the end
is open), with the quote and the source URL, so an analyst sees in Timesketch how precise each
date is.
"""

from __future__ import annotations

import json
from typing import Any

from timelineapp.model.calendar import from_seconds
from timelineapp.model.dates import EdtfDate, Precision, format_instant

from ..importers.report import ConversionReport, ReportFormat
from .selection import Selection, new_report

TIMESTAMP_DESC = "Event date"
EARLIEST_DESC = "Event date, end unknown"  # "from 19 May 2024": its first second
LATEST_DESC = "Event date, start unknown"  # "on or before June 2024": its last second


def timesketch_instant(date: EdtfDate) -> tuple[int, str]:
    """The one instant Timesketch gets for ``date``, and its ``timestamp_desc``: the earliest
    second, or for a date open at its start ("on or before June 2024") its last one, since
    an earliest would be made up (QA #80). The importer reads our export back by this rule."""
    if date.open_start:
        return date.latest - 1, LATEST_DESC
    if date.open_end:
        return date.earliest, EARLIEST_DESC
    return date.earliest, TIMESTAMP_DESC


def export_timesketch(selection: Selection, output: str = "") -> tuple[str, ConversionReport]:
    report = new_report(selection, output, ReportFormat.TIMESKETCH_EXPORT)
    lines: list[str] = []
    for event, date, where in selection.dated_events(report, "export_undated_timesketch"):
        instant, desc = timesketch_instant(date)
        year = from_seconds(instant)[0]
        if not 1 <= year <= 9999:
            report.dropped(where, "export_years_timesketch", year=year)
            continue
        record: dict[str, Any] = {
            "message": event.title,
            "datetime": format_instant(instant, Precision.SECOND) + "+00:00",
            "timestamp": instant * 1_000_000,
            "timestamp_desc": desc,
            "edtf_date": event.date,
            "precision": date.precision.name.lower(),
            "event_id": event.id,
        }
        if not date.open_end:
            record["latest"] = format_instant(date.latest - 1, Precision.SECOND) + "+00:00"
        optional: dict[str, Any] = {
            "summary": event.summary,
            "actors": selection.actor_names(event),
            "place": event.place,
            "tag": event.tags,
            "note": event.note,
            "status": event.status.value,
            "review": event.review.value,
        }
        quotes = selection.quotes(event)
        if quotes:
            optional["quote"] = quotes[0].text
            optional["quote_source"] = quotes[0].document_title
            if len(quotes) > 1:
                optional["more_quotes"] = [q.text for q in quotes[1:]]
        urls = selection.source_urls(event)
        if urls:
            optional["source_url"] = urls[0]
            if len(urls) > 1:
                optional["more_source_urls"] = urls[1:]
        record.update({k: v for k, v in optional.items() if v})
        if date.precision < Precision.SECOND:
            report.lost(where, "export_imprecision_timesketch")
        lines.append(json.dumps(record, ensure_ascii=False))
        report.count_kept("events")
    return "".join(line + "\n" for line in lines), report
