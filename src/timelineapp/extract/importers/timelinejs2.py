"""TimelineJS 2 (VeriteCo, 2012–2015) timelines: the older JSON layout, read as TimelineJS 3.

The layout, as the TimelineJS 2 README documents it::

    {"timeline": {"headline": …, "type": "default", "text": …, "startDate": "2012,1,26",
                  "asset": {"media": …, "credit": …, "caption": …},
                  "date": [{"startDate": "2011,12,10", "endDate": "2011,12,11",
                            "headline": …, "text": …, "tag": …, "classname": …,
                            "asset": {"media": …, "thumbnail": …, "credit": …, "caption": …}}],
                  "era": [{"startDate": …, "endDate": …, "headline": …, "text": …, "tag": …}]}}

Dates are ``"year,month,day[,hour,minute,second]"``, as precise as the parts given (a year
may be negative). Each ``date`` item is rewritten as the TimelineJS 3 slide it became in
TimelineJS 3 (``asset`` is ``media``, ``tag`` is ``group``) and converted by the one slide
conversion of :mod:`.timelinejs`; the report's places are then named as the input names
them (``timeline.date[3].startDate``, not ``start_date``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .base import ImportOptions, ImportResult
from .draft import Draft, clean
from .messages import json_kind
from .report import ConversionReport, Entry, ReportFormat, Where
from .timelinejs import convert_slide, read_title_slide

_PARTS = ("year", "month", "day", "hour", "minute", "second")
_COMMA_DATE = re.compile(r"^\s*[+-]?\d+(\s*,\s*\d+){0,5}\s*,?\s*$")
_ISO_DATE = re.compile(
    r"^\s*([+-]?\d{1,})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?)?)?\s*$"
)
_DATE_FORM = "tjs2_date_not_parts"
_DISPLAY_ONLY = {"classname": "tjs2_classname", "type": "tjs2_type"}
# TimelineJS 3 names of the slide (as convert_slide reports them) -> TimelineJS 2 names.
_RENAMED = {
    "media.url": "asset.media",
    "media": "asset",
    "start_date": "startDate",
    "end_date": "endDate",
    "group": "tag",
    "text.headline": "headline",
    "text.text": "text",
}
_STEP = re.compile(
    r"\.(media\.url|media|start_date|end_date|group|text\.headline|text\.text)(?=$|[.\[])"
)


def is_timelinejs2(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("timeline"), dict)


def import_timelinejs2(data: Mapping[str, Any], name: str, options: ImportOptions) -> ImportResult:
    """A TimelineJS 2 timeline already parsed from JSON (see the module's docstring)."""
    report = ConversionReport(name, ReportFormat.TIMELINEJS2)
    draft = Draft("", report)
    root = Where(name).child("timeline")
    timeline = data["timeline"]
    read_title_slide(_slide(timeline, root, report, title=True), root, draft)
    for key, era in (("date", False), ("era", True)):
        items = timeline.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            report.dropped(root.child(key), "tjs2_not_list", found=json_kind(items))
            continue
        for i, item in enumerate(items):
            report.items_read += 1
            where = root.child(key).child(i)
            slide = _slide(item, where, report) if isinstance(item, dict) else item
            convert_slide(slide, where, draft, options, era=era, date_form=_DATE_FORM)
    known = {"headline", "text", "asset", "date", "era", "startDate", *_DISPLAY_ONLY}
    for key in timeline:
        if key not in known:
            report.lost(root.child(key), "tjs2_key_unknown", key=key)
    for key in data:
        if key != "timeline":
            report.lost(Where(name).child(key), "tjs2_key_unknown", key=key)
    if not draft.title:
        draft.title = name.rsplit("/", 1)[-1]
    result = draft.result()
    _rename_places(report)
    return result


def _slide(
    item: Mapping[str, Any], where: Where, report: ConversionReport, *, title: bool = False
) -> dict[str, Any]:
    """A TimelineJS 2 date (or era, or the timeline itself) as a TimelineJS 3 slide."""
    slide: dict[str, Any] = {}
    text = {k: item[k] for k in ("headline", "text") if k in item}
    if text:
        slide["text"] = text
    for key, new in (("startDate", "start_date"), ("endDate", "end_date")):
        value = item.get(key)
        if value is None or clean(value) == "":
            continue
        if title:
            report.lost(where.child(key), "tjs2_title_date", key=key)
            continue
        parts = date_parts(value)
        if parts is None:
            # Not a date TimelineJS 2 documents: convert_slide keeps the event undated and
            # reports it ("expected an object of date parts…"), with the text in its note.
            slide[new] = clean(value)
        else:
            slide[new] = parts
    asset = item.get("asset")
    if isinstance(asset, dict):
        media = {k: asset[k] for k in ("credit", "caption", "thumbnail") if k in asset}
        if "media" in asset:
            media["url"] = asset["media"]
        slide["media"] = media
    elif asset is not None:
        slide["media"] = asset
    if "tag" in item:
        slide["group"] = item["tag"]
    for key, code in _DISPLAY_ONLY.items():
        if key in item and not (title and key == "type"):
            report.lost(where.child(key), code)
    if not title:
        known = {"startDate", "endDate", "headline", "text", "asset", "tag", *_DISPLAY_ONLY}
        for key in item:
            if key not in known:
                report.lost(where.child(key), "tjs2_key_unknown", key=key)
    return slide


def date_parts(value: Any) -> dict[str, str] | None:
    """``"2012,1,26"`` (or ``"2012-01-26"``, or a year as a number) as TimelineJS 3 date
    parts; None when it is no such date."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return {"year": str(value)}
    text = clean(value).replace("\u2212", "-")
    if _COMMA_DATE.match(text):
        numbers = [p.strip() for p in text.split(",") if p.strip()]
        return dict(zip(_PARTS, numbers, strict=False))
    match = _ISO_DATE.match(text)
    if match:
        return {name: part for name, part in zip(_PARTS, match.groups(), strict=True) if part}
    return None


def _rename_places(report: ConversionReport) -> None:
    """Name the report's places as a TimelineJS 2 file names them."""
    report.entries = [
        Entry(entry.outcome, _renamed(entry.where), entry.code, entry.args)
        for entry in report.entries
    ]
    for tally in report.tallies.values():
        tally.first = _renamed(tally.first)


def _renamed(where: Where) -> Where:
    path = _STEP.sub(lambda match: "." + _RENAMED[match.group(1)], where.path)
    return Where(where.file, where.line, path)
