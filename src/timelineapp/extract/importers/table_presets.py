"""The ACLED and Timesketch/Plaso presets: their columns, and what their rows need beyond them
(ACLED's ``time_precision`` and fatalities, Timesketch's ``timestamp`` and tags)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from timelineapp.model.dates import DateError, cached_date

from ..exporters.timesketch import timesketch_instant
from .cell_dates import timestamp_date
from .date_parts import PartsError
from .report import ConversionReport, ReportFormat, Where
from .table import find_column
from .table_mapping import ColumnMapping
from .table_rows import Preset, set_date, split


def _picked(header: list[str], pick: Mapping[str, list[str]]) -> ColumnMapping:
    """A preset's mapping: each field from the preset's columns the header has."""
    mapping = ColumnMapping()
    for name, columns in pick.items():
        found = [c for c in (find_column(header, col) for col in columns) if c]
        if found:
            mapping.columns[name] = found
    return mapping


def _acled_mapping(header: list[str]) -> ColumnMapping:
    pick = {
        "id": ["event_id_cnty"],
        "date": ["event_date"],
        "summary": ["notes"],
        "source": ["source"],
        "place": ["location", "admin3", "admin2", "admin1", "country"],
        "actors": ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"],
        "tags": ["disorder_type", "event_type", "sub_event_type"],
    }
    mapping = _picked(header, pick)
    for column in mapping.columns.get("actors", []):
        mapping.roles[column] = column
    return mapping


def _acled_finish(
    row: dict[str, str], event: dict[str, Any], where: Where, report: ConversionReport
) -> None:
    """ACLED's ``time_precision`` (1 day, 2 a span of days around it, 3 its month), a title
    from the event type and place, and fatalities as a tag."""
    precision = row.get("time_precision", "").strip()
    date = event.get("date")
    if date and precision in ("2", "3") and len(date) == 10:
        event["date"], note = _acled_date(date, precision)
        event["notes"].append(note)
    elif precision not in ("", "1", "2", "3"):
        report.lost(where, "acled_precision", found=repr(precision))
    fatalities = row.get("fatalities", "").strip()
    if fatalities:
        event["tags"].append(f"fatalities: {fatalities}")
    if not event.get("title"):
        kind = row.get("sub_event_type", "").strip() or row.get("event_type", "").strip()
        event["title"] = _acled_title(kind, row.get("location", "").strip())


@lru_cache(maxsize=1 << 16)
def _acled_title(kind: str, place: str) -> str | None:
    """A title from the event type and place (None without either)."""
    return " — ".join(x for x in (kind, place) if x) or None


@lru_cache(maxsize=1 << 16)
def _acled_date(date: str, precision: str) -> tuple[str, str]:
    """The date ACLED's ``time_precision`` 2 or 3 means for its recorded day, and the note
    that keeps the day recorded."""
    if precision == "3":
        return date[:7], f"ACLED time_precision 3 (the month only): ACLED recorded {date}"
    day = dt.date.fromisoformat(date)
    first, last = day - dt.timedelta(days=3), day + dt.timedelta(days=3)
    return (
        f"[{first.isoformat()}..{last.isoformat()}]",
        f"ACLED time_precision 2 (a span of days, one within three days of it): ACLED "
        f"recorded {date}",
    )


def _timesketch_mapping(header: list[str]) -> ColumnMapping:
    pick = {
        "date": ["datetime"],
        "title": ["message"],
        "tags": ["timestamp_desc"],
        # Fields timelineapp's own Timesketch export adds (other timelines rarely have them).
        "id": ["event_id"],
        "summary": ["summary"],
        "place": ["place"],
        "url": ["source_url"],
        "source": ["quote_source"],
        "quote": ["quote"],
        "note": ["note"],
        "status": ["status"],
        "review": ["review"],
    }
    return _picked(header, pick)


def _timesketch_finish(
    row: dict[str, str], event: dict[str, Any], where: Where, report: ConversionReport
) -> None:
    """No ``datetime``: the ``timestamp`` (microseconds, UTC) gives the date; Timesketch's
    own ``tag`` list (JSONL) joins the tags."""
    for key, names in (("tag", event["tags"]), ("actors", None)):
        cell = row.get(key, "").strip()
        if not cell:
            continue
        try:
            listed = json.loads(cell)
        except json.JSONDecodeError:
            listed = list(split(cell))
        if not isinstance(listed, list):
            listed = [cell]
        values = [str(v) for v in listed if str(v).strip()]
        if names is None:
            event["actor_names"].extend((value, None) for value in values)
        else:
            names.extend(values)
    written = row.get("edtf_date", "").strip()
    if written and event.get("date"):
        # timelineapp's own export: the date as written beside its earliest second.
        try:
            instant = timesketch_instant(cached_date(written))[0]
            same = instant == cached_date(event["date"]).earliest
        except DateError:
            same = False
        if same:
            event["date"] = written
        else:
            event["notes"].append(f"edtf_date: {written}")
    stamp = row.get("timestamp", "").strip()
    if not event.get("date") and stamp and "date_problem" not in event:
        try:
            made = timestamp_date(stamp)
        except PartsError as error:
            event["date_problem"] = str(error)
        else:
            set_date(event, made, where, report)


PRESETS: dict[str, Preset] = {
    "acled": Preset(
        "acled",
        ReportFormat.ACLED,
        _acled_mapping,
        _acled_finish,
        frozenset({"time_precision", "fatalities", "year"}),
    ),
    "timesketch": Preset(
        "timesketch",
        ReportFormat.TIMESKETCH,
        _timesketch_mapping,
        _timesketch_finish,
        # precision and latest: what the date says (timelineapp's own export writes them).
        frozenset({"timestamp", "tag", "edtf_date", "actors", "precision", "latest"}),
    ),
}


def is_acled(header: list[str]) -> bool:
    return all(find_column(header, c) for c in ("event_id_cnty", "event_date", "actor1"))


def is_timesketch(header: Iterable[str]) -> bool:
    names = {h.casefold() for h in header}
    return (
        "message" in names and "timestamp_desc" in names and bool(names & {"datetime", "timestamp"})
    )
