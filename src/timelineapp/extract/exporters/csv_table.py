"""Events as a CSV table, one row per event, that spreadsheets open and the generic CSV
importer reads back (its headers are among those it detects).

A cell a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``, ``@…``) is written after
an apostrophe (:mod:`..csv_cells`); the import of this table takes it off again.

``earliest`` and ``latest`` are the first and last second (UTC) the date can mean, so a
spreadsheet can sort and filter on them; an open side ("on or before June 2024", "from 19 May,
end unknown") leaves its cell empty: no bound is known there. ``date`` is the date as written
(EDTF).
"""

from __future__ import annotations

import csv
import io

from timelineapp.model.dates import DateError, Precision, format_instant, parse_date

from ..csv_cells import is_neutralised, neutralised
from ..importers.report import ConversionReport, Outcome, ReportFormat
from .selection import Selection, new_report

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
                if not date.open_start:
                    earliest = _utc(format_instant(date.earliest, Precision.SECOND))
                if not date.open_end:
                    latest = _utc(format_instant(date.latest - 1, Precision.SECOND))
                precision = date.precision.name.lower()
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
