"""Events as TimelineJS JSON, so a timeline made here can be published with TimelineJS.

Dates become TimelineJS date parts as written (an hour-wide ``[…T10:00..…T10:59]`` becomes
an hour without minutes, as TimelineJS wrote it); what TimelineJS cannot express (``?`` and
``~``, "on or before", "one day in this span", open ends, time zones) is written in the
slide's ``display_date`` and reported. Each quote goes into the text as a blockquote with its
source and URL; the first source with an address is the slide's media; the first actor is
its group (the others are named in the text); events tagged ``era`` are eras again.

Every text is HTML-escaped (TimelineJS puts headlines, texts, group labels and display dates
into the page as HTML), so a stranger's file cannot become script on a published page.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from timelineapp.model.calendar import from_seconds
from timelineapp.model.dates import DateKind, DatePoint, EdtfDate, date_form
from timelineapp.model.file_format import Event

from ..importers.date_parts import JS_DATE_YEARS, timelinejs_year
from ..importers.report import ConversionReport, Outcome, ReportFormat
from ..importers.timelinejs import ERA_TAG
from .selection import Selection, new_report


def export_timelinejs(selection: Selection, output: str = "") -> tuple[str, ConversionReport]:
    report = new_report(selection, output, ReportFormat.TIMELINEJS)
    header = selection.header
    title_text: dict[str, Any] = {"headline": escape(header.title)}
    if header.description:
        title_text["text"] = _paragraphs(header.description)
    slides: list[dict[str, Any]] = []
    eras: list[dict[str, Any]] = []
    cosmological = False
    for event, date, where in selection.dated_events(report, "export_undated_tjs"):
        slide = _dates(date, report, where)
        if date.start is not None and abs(date.start.year) > JS_DATE_YEARS:
            cosmological = True
        if ERA_TAG in event.tags:
            if "end_date" not in slide:
                slide["end_date"] = dict(slide["start_date"])
            eras.append({**slide, "text": {"headline": escape(event.title)}})
            report.count_kept("eras")
            continue
        slide["text"] = {"headline": escape(event.title), "text": _text(selection, event)}
        names = selection.actor_names(event)
        if names:
            slide["group"] = escape(names[0])  # TimelineJS shows a group label as HTML
        media = next((d for d in selection.source_documents(event) if d.url), None)
        if media is not None:
            slide["media"] = {"url": escape(media.url or ""), "caption": escape(media.title)}
            credit = media.author or media.publisher
            if credit:
                slide["media"]["credit"] = escape(credit)
        slide["unique_id"] = event.id
        if event.tags:
            report.lost(where, "export_tags_tjs")
        if event.note:
            report.lost(where, "export_notes_tjs")
        if any(s.quotes for s in event.sources):
            report.lost(where, "export_quote_positions_tjs")
        slides.append(slide)
        report.count_kept("events")
    timeline: dict[str, Any] = {"title": {"text": title_text}, "events": slides}
    if eras:
        timeline["eras"] = eras
    if cosmological:
        timeline["scale"] = "cosmological"
    return json.dumps(timeline, ensure_ascii=False, indent=2) + "\n", report


def _parts(point: DatePoint) -> dict[str, Any]:
    """The parts as written; a time with a zone in UTC (TimelineJS parts have no zone, and
    the zone stays in the display date)."""
    written: list[int | None] = [
        point.year,
        point.month,
        point.day,
        point.hour,
        point.minute,
        point.second,
    ]
    if point.utc_offset is not None:
        utc = from_seconds(point.earliest)
        written = [u if w is not None else None for u, w in zip(utc, written, strict=True)]
    assert written[0] is not None
    parts: dict[str, Any] = {"year": timelinejs_year(written[0])}
    for name, value in zip(("month", "day", "hour", "minute", "second"), written[1:], strict=True):
        if value is None:
            break
        parts[name] = value
    return parts


def _spread(point: DatePoint) -> bool:
    """Whether ``point`` stands for a span of its unit: X digits ("198X") or a season."""
    return point.unspecified or point.season is not None


def _span_parts(point: DatePoint) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first and last date parts ``point`` covers, at its precision: ``198X`` is 1980 and
    1989, ``2023-21`` March and May 2023; a plain point is its own parts twice."""
    if not _spread(point) or point.utc_offset is not None:
        same = _parts(point)
        return same, same
    depth = {1: 1, 2: 2, 3: 3, 4: 5}.get(int(point.precision), 6)  # MINUTE: hour and minute
    names = ("year", "month", "day", "hour", "minute", "second")[:depth]
    first = from_seconds(point.earliest)
    last = from_seconds(point.latest - 1)
    ends = []
    for written in (first, last):
        parts: dict[str, Any] = {"year": timelinejs_year(written[0])}
        for name, value in zip(names[1:], written[1:], strict=False):
            parts[name] = value
        ends.append(parts)
    return ends[0], ends[1]


def _hour_only(date: EdtfDate) -> bool:
    """``[2023-07-26T10:00..2023-07-26T10:59]``: how an hour without minutes was imported."""
    start, end = date.start, date.end
    return (
        date.kind is DateKind.ONE_OF
        and start is not None
        and end is not None
        and (start.year, start.month, start.day, start.hour)
        == (end.year, end.month, end.day, end.hour)
        and start.minute == 0
        and end.minute == 59
        and start.second is None
        and end.second is None
    )


def _dates(date: EdtfDate, report: ConversionReport, where: Any) -> dict[str, Any]:
    slide: dict[str, Any] = {}
    if _hour_only(date):
        assert date.start is not None
        parts = _parts(date.start)
        del parts["minute"]
        return {"start_date": parts}
    start = date.start or date.end
    assert start is not None
    slide["start_date"] = _span_parts(start)[0]
    spans = date.kind in (DateKind.INTERVAL, DateKind.ONE_OF)
    if spans and date.end is not None and date.end is not date.start:
        slide["end_date"] = _span_parts(date.end)[1]
    elif _spread(start) and (date.end is None or date.end is date.start):
        # "198X", "2023-21": the whole decade or season as a span, never its first year or
        # month alone, which would be more precise than the date (QA #126).
        slide["end_date"] = _span_parts(start)[1]
    # Each meaning TimelineJS cannot draw: drawn as a plain date or span, the date as written
    # kept as the slide's display_date (one report line per meaning).
    inexpressible = {
        DateKind.ON_OR_BEFORE: "export_on_or_before_tjs",
        DateKind.ON_OR_AFTER: "export_on_or_after_tjs",
        DateKind.ONE_OF: "export_one_of_tjs",
    }
    reasons = []
    if date.kind in inexpressible:
        reasons.append(inexpressible[date.kind])
    if date.kind is DateKind.INTERVAL and (date.open_start or date.open_end):
        reasons.append("export_open_end_tjs")
    if date.uncertain or date.approximate:
        reasons.append("export_uncertain_tjs")
    if date_form(date):
        reasons.append("export_edtf_form_tjs")
    points = [p for p in (date.start, date.end) if p is not None]
    if any(p.utc_offset is not None for p in points):
        reasons.append("export_time_zone_tjs")
    if reasons:
        slide["display_date"] = escape(date.text)
        for code in reasons:
            report.lost(where, code, Outcome.CHANGED)
    return slide


def _paragraphs(text: str) -> str:
    return "".join(
        f"<p>{escape(block).replace(chr(10), '<br>')}</p>"
        for block in text.split("\n\n")
        if block.strip()
    )


def _text(selection: Selection, event: Event) -> str:
    html = _paragraphs(event.summary or "")
    names = selection.actor_names(event)
    if len(names) > 1:
        html += f"<p>Actors: {escape(', '.join(names))}</p>"
    if event.place:
        html += f"<p>Place: {escape(event.place)}</p>"
    for quote in selection.quotes(event):
        source = escape(quote.document_title)
        if quote.url:
            source = f'<a href="{escape(quote.url)}">{source}</a>'
        html += f"<blockquote>{escape(quote.text)}</blockquote><p>— {source}</p>"
    quoted = {q.url for q in selection.quotes(event)}
    for document in selection.source_documents(event)[1:]:
        if document.url and document.url not in quoted:
            html += f'<p>Source: <a href="{escape(document.url)}">{escape(document.title)}</a></p>'
    return html
