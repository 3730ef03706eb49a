"""Events as a CSV table, one row per event, that spreadsheets open and the generic CSV
importer reads back (its headers are among those it detects).

A cell a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``, ``@…``) is written after
an apostrophe (:mod:`..csv_cells`); the import of this table takes it off again.

``earliest`` and ``latest`` are the first and last second (UTC) the date can mean, so a
spreadsheet can sort and filter on them; an open side ("on or before June 2024", "from 19 May,
end unknown") leaves its cell empty: no bound is known there. A time written without a zone
("2025-03-13T15:00", a local time) may be any instant from 14 hours before to 12 hours after
that time read as UTC, so its bounds are widened to all of them rather than given a zone it
did not have; a date with a doubt ("2015~", "2024-05?") has the bounds of the date as
written, and both are said in the report (QA #96). ``date`` is the date as written (EDTF).
"""

from __future__ import annotations

import csv
import io

from timelineapp.model.dates import DateError, Precision, format_instant, parse_date

from ..csv_cells import is_neutralised, neutralised
from ..importers.report import ConversionReport, Outcome, ReportFormat
from .selection import Selection, has_floating_time, new_report

COLUMNS = (
    "id",
    "title",
    "date",
    "earliest",
    "latest",
    "precision",
    "status",
    "review",
    "actors",
    "place",
    "tags",
    "summary",
    "note",
    "source_titles",
    "source_urls",
    "quotes",
)
LIST_SEPARATOR = "; "
ZONES_WEST = 12 * 3600  # a local time read as UTC is at most this much before its instant
ZONES_EAST = 14 * 3600  # and at most this much after it (zones run from -12:00 to +14:00)


def export_csv(selection: Selection, output: str = "") -> tuple[str, ConversionReport]:
    report = new_report(selection, output, ReportFormat.CSV_EXPORT)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for index, event in selection.events:
        earliest = latest = precision = ""
        if event.date:
            try:
                date = parse_date(event.date)
            except DateError:  # the loader reports it; the row keeps the date as written
                pass
            else:
                # An open side ("on or before June 2024") has no first (or last) second:
                # the cell stays empty rather than invent one (QA #80).
                floating = has_floating_time(date)
                if not date.open_start:
                    first = date.earliest - (ZONES_EAST if floating else 0)
                    earliest = _utc(format_instant(first, Precision.SECOND))
                if not date.open_end:
                    last = date.latest - 1 + (ZONES_WEST if floating else 0)
                    latest = _utc(format_instant(last, Precision.SECOND))
                precision = date.precision.name.lower()
                where = selection.where(index, event)
                if floating:
                    report.lost(where, "export_floating_csv", Outcome.CHANGED)
                if date.uncertain or date.approximate:
                    report.lost(where, "export_doubt_csv")
        documents = selection.source_documents(event)
        row = [
            neutralised(cell)
            for cell in (
                event.id,
                event.title,
                event.date or "",
                earliest,
                latest,
                precision,
                event.status.value,
                event.review.value,
                LIST_SEPARATOR.join(selection.actor_names(event)),
                event.place or "",
                LIST_SEPARATOR.join(event.tags),
                event.summary or "",
                event.note or "",
                LIST_SEPARATOR.join(d.title for d in documents),
                " ".join(selection.source_urls(event)),
                "\n".join(f"«{q.text}» — {q.document_title}" for q in selection.quotes(event)),
            )
        ]
        writer.writerow(row)
        report.count_kept("events")
        if any(is_neutralised(cell) for cell in row):
            report.lost(selection.where(index, event), "export_formulas_csv", Outcome.CHANGED)
        if any(source.quotes for source in event.sources):
            report.lost(selection.where(index, event), "export_quote_positions_csv")
    return buffer.getvalue(), report


def _utc(instant: str) -> str:
    """The instant marked UTC; a year beyond ±9999 is written alone ("Y-170000002"), no zone."""
    return instant + "Z" if "T" in instant else instant
