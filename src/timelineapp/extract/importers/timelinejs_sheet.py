"""The TimelineJS Google Sheets template, exported as CSV.

Its published columns: ``Year, Month, Day, Time, End Year, End Month, End Day, End Time,
Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type,
Group, Background``; the older template had ``Start Date, End Date`` (US ``M/D/YYYY`` or a
bare year) and ``Tag``. A row of ``Type`` ``title`` is the title slide, ``era`` an era. Each
row becomes a TimelineJS slide and goes through the one slide conversion of
:mod:`.timelinejs`, so the sheet and the JSON keep and drop exactly the same things.
"""

from __future__ import annotations

from typing import Any

from .base import ImportOptions, ImportResult, UnreadableInput
from .cell_dates import us_date
from .date_parts import PartsError, read_time
from .draft import Draft
from .messages import listed
from .report import ConversionReport, ReportFormat, Where
from .table import Table, find_column, read_table
from .timelinejs import convert_slide, read_title_slide

FORMAT = "timelinejs-sheet"

_DATE_COLUMNS = {
    "start_date": ("Year", "Month", "Day", "Time"),
    "end_date": ("End Year", "End Month", "End Day", "End Time"),
}
_SLIDE_COLUMNS = (
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
    "Tag",
    "Start Date",
    "End Date",
)


def is_timelinejs_sheet(header: list[str]) -> bool:
    return find_column(header, "Headline") is not None and (
        find_column(header, "Year") is not None or find_column(header, "Start Date") is not None
    )


def import_timelinejs_sheet(raw: bytes, name: str, options: ImportOptions) -> ImportResult:
    report = ConversionReport(name, ReportFormat.TIMELINEJS_SHEET)
    table = read_table(raw, name, report)
    if not is_timelinejs_sheet(table.header):
        columns, more = listed(table.header)
        if more:
            raise UnreadableInput(f"{name}:1", "sheet_no_columns_more", columns=columns, more=more)
        raise UnreadableInput(f"{name}:1", "sheet_no_columns", columns=columns)
    return convert_sheet(table, options, report)


def convert_sheet(table: Table, options: ImportOptions, report: ConversionReport) -> ImportResult:
    columns = {
        name: find_column(table.header, name)
        for name in (*_SLIDE_COLUMNS, *(c for cs in _DATE_COLUMNS.values() for c in cs))
    }
    known = {column for column in columns.values() if column is not None}
    draft = Draft("", report)
    name = table.name
    for line, row in table.rows():
        where = Where(name, line)

        def cell(column: str, row: dict[str, str] = row) -> str:
            found = columns.get(column)
            return row.get(found, "").strip() if found else ""

        kind = cell("Type").lower()
        slide = _slide(cell, where, report)
        for column, value in row.items():
            if column not in known and value.strip():
                what = "cells past the last column" if column == "\x00extra" else column
                report.lost(where, "sheet_column_unknown", key=what)
        if kind == "title":
            read_title_slide(slide, where, draft)
            continue
        report.items_read += 1
        if kind not in ("", "era"):
            report.lost(where, "sheet_type_unknown", key=repr(kind))
        convert_slide(slide, where, draft, options, era=kind == "era")
        if cell("Tag") and cell("Group") and cell("Tag") != cell("Group"):
            report.lost(where, "sheet_tag_ignored")
    if not draft.title:
        draft.title = name.rsplit("/", 1)[-1]
    return draft.result()


def _slide(cell: Any, where: Where, report: ConversionReport) -> dict[str, Any]:
    """A row as a TimelineJS JSON slide."""
    slide: dict[str, Any] = {"text": {"headline": cell("Headline"), "text": cell("Text")}}
    for key, (year, month, day, time) in _DATE_COLUMNS.items():
        parts: dict[str, Any] = {}
        if cell(year):
            parts.update(year=cell(year), month=cell(month), day=cell(day))
        else:
            old = cell("Start Date" if key == "start_date" else "End Date")
            if old:
                parts.update(_old_date(old))
        if cell(time) or parts.get("time"):
            try:
                read = read_time(cell(time) or parts.pop("time"))
            except PartsError as error:
                report.changed(where, "sheet_time_left_out", key=key, error=error)
                read = None
            if read is not None:
                parts.update(hour=read[0], minute=read[1], second=read[2])
        parts.pop("time", None)
        if parts:
            slide[key] = parts
    if cell("Display Date"):
        slide["display_date"] = cell("Display Date")
    media = {
        "url": cell("Media"),
        "credit": cell("Media Credit"),
        "caption": cell("Media Caption"),
        "thumbnail": cell("Media Thumbnail"),
    }
    if any(media.values()):
        slide["media"] = media
    group = cell("Group") or cell("Tag")
    if group:
        slide["group"] = group
    if cell("Background"):
        slide["background"] = cell("Background")
    return slide


def _old_date(text: str) -> dict[str, Any]:
    """The old sheet's Start/End Date: ``1/26/2012``, ``1/26/2012 14:30``, ``2012``,
    ``2012,1,26`` or ISO ``2012-01-26``; anything else is passed on as a bad year."""
    us = us_date(text)
    if us is not None:
        month, day, year, time = us
        return {"year": year, "month": month, "day": day, "time": time}
    pieces = [p.strip() for p in (text.split(",") if "," in text else text.split("-"))]
    if text.startswith("-") and "," not in text:  # a BCE year, "-500"
        return {"year": text}
    names = ("year", "month", "day")
    return dict(zip(names, pieces, strict=False)) if len(pieces) <= 3 else {"year": text}
