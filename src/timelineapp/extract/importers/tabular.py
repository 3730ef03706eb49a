"""Event tables: a generic CSV/TSV with a column mapping, and the ACLED and Timesketch presets.

A mapping names, for each event field, the column(s) it is read from. It is detected from
common headers (``date``, ``title``, ``actors``…), given by a preset (ACLED, Timesketch), and
overridden by the user (``--map title=Headline``). Columns no field takes are kept as
``column: value`` lines in the event note (or dropped, as the user chooses), so a conversion
loses nothing silently. A row whose date cannot be read is kept undated with the cell in its
note; a row with nothing to title it is dropped; both are reported with their line.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from timelineapp.model.dates import DateError, cached_date
from timelineapp.model.file_format import EventStatus, ReviewState

from . import parallel_table
from .base import ImportOptions, ImportResult, Progress, UnreadableInput, no_progress
from .cell_dates import CellDate, cell_date, timestamp_date
from .date_parts import PartsError
from .draft import Draft, is_http_url
from .report import ConversionReport, Outcome, Where
from .table import find_column, read_table

_TITLE_LIMIT = 120
_LIST_SEPARATORS = (";", "|")

# Every field a column can feed, and the headers that name it in common exports.
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "event_id", "uid", "unique_id", "identifier"),
    "date": ("date", "event_date", "datetime", "when", "date_time", "time", "timestamp_utc"),
    "start": ("start", "start_date", "begin", "from", "start date", "startdate"),
    "end": ("end", "end_date", "until", "to", "end date", "enddate"),
    "title": ("title", "headline", "event", "name", "subject", "what", "message"),
    "summary": ("summary", "description", "text", "notes", "details", "body"),
    "actors": ("actors", "actor", "who", "participants", "people", "group"),
    "place": ("place", "location", "where", "city", "country"),
    "url": ("url", "source_url", "source_urls", "link", "source url", "sources", "href"),
    "source": ("source", "source_title", "source_titles", "publication", "outlet", "document"),
    "quote": ("quote", "quotes", "excerpt", "citation"),
    "tags": ("tags", "tag", "category", "categories", "type", "keywords"),
    "note": ("note", "comment", "comments", "remarks"),
    "status": ("status",),
    "review": ("review",),
}
_STATUSES = frozenset(s.value for s in EventStatus)
_REVIEWS = frozenset(r.value for r in ReviewState)
# Columns of timelineapp's own CSV export that the date column already says.
_DERIVED_FROM_DATE = frozenset({"earliest", "latest", "precision"})
MULTI_FIELDS = frozenset({"actors", "tags", "url", "source", "note"})


@dataclass
class ColumnMapping:
    """Field -> columns; ``roles`` gives an actor column's role (ACLED's actor1, actor2…)."""

    columns: dict[str, list[str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        return "; ".join(f"{name}={', '.join(cols)}" for name, cols in self.columns.items())


def detect_mapping(header: list[str]) -> ColumnMapping:
    """The mapping common headers suggest: each column feeds at most one field."""
    mapping = ColumnMapping()
    used: set[str] = set()
    for name, candidates in FIELDS.items():
        found = [c for c in (find_column(header, cand) for cand in candidates) if c]
        found = [c for c in dict.fromkeys(found) if c not in used]
        if found:
            chosen = found if name in MULTI_FIELDS else found[:1]
            mapping.columns[name] = chosen
            used.update(chosen)
    if "date" in mapping.columns and "start" in mapping.columns:
        del mapping.columns["start"]
    return mapping


def apply_overrides(
    mapping: ColumnMapping, overrides: Mapping[str, str], header: list[str], name: str
) -> ColumnMapping:
    """``--map field=column[,column…]`` replaces what was detected for that field."""
    for field_name, columns in overrides.items():
        if field_name not in FIELDS:
            raise UnreadableInput(
                f"--map {field_name}=…: expected one of {', '.join(FIELDS)}, found {field_name!r}"
            )
        chosen: list[str] = []
        for wanted in (c.strip() for c in columns.split(",")):
            if not wanted:
                continue
            found = find_column(header, wanted)
            if found is None:
                raise UnreadableInput(
                    f"{name}:1: --map {field_name}={wanted}: expected a column of the header "
                    f"({', '.join(header)}), found no {wanted!r}"
                )
            chosen.append(found)
        for other in mapping.columns.values():
            for column in chosen:
                if column in other:
                    other.remove(column)
        mapping.columns[field_name] = chosen
        if field_name == "date":
            mapping.columns.pop("start", None)
    mapping.columns = {k: v for k, v in mapping.columns.items() if v}
    return mapping


# -- presets -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    mapping: Callable[[list[str]], ColumnMapping]
    # Extra work on one row after the mapped fields: dates, titles, tags of the preset.
    finish: Callable[[dict[str, str], dict[str, Any], Where, ConversionReport], None]
    # Columns read by ``finish`` or redundant (ACLED's ``year``): not repeated in the note.
    consumed: frozenset[str] = frozenset()


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
        place = row.get("location", "").strip()
        title = " — ".join(x for x in (kind, place) if x)
        event["title"] = title or None


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
            listed = list(_split(cell))
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
            same = cached_date(written).earliest == cached_date(event["date"]).earliest
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
            _set_date(event, made, where, report)


PRESETS: dict[str, Preset] = {
    "acled": Preset(
        "acled",
        "ACLED export (CSV)",
        _acled_mapping,
        _acled_finish,
        frozenset({"time_precision", "fatalities", "year"}),
    ),
    "timesketch": Preset(
        "timesketch",
        "Timesketch/Plaso timeline",
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


# -- import ------------------------------------------------------------------------------------


def import_table(
    raw: bytes,
    name: str,
    options: ImportOptions,
    preset: str | None = None,
    progress: Progress = no_progress,
) -> ImportResult:
    """A CSV/TSV file: generic (``preset=None``) or an ACLED or Timesketch export."""
    chosen = PRESETS[preset] if preset else None
    label = chosen.label if chosen else "CSV table"
    report = ConversionReport(name, label)
    if len(raw) >= parallel_table.PARALLEL_BYTES and parallel_table.cores() > 1:
        made = _import_in_parts(raw, name, options, preset, progress, report)
        if made is not None:
            return made
        report = ConversionReport(name, label)
    table = read_table(raw, name, report)
    mapping = chosen.mapping(table.header) if chosen else detect_mapping(table.header)
    mapping = apply_overrides(mapping, options.mapping, table.header, name)
    total = max(1, table.text.count("\n"))  # lines: about the rows, counted in C
    rows = ((line, row) for line, row in table.rows())
    return _convert(rows, name, mapping, options, chosen, report, progress, total, table.header)


def _import_in_parts(
    raw: bytes,
    name: str,
    options: ImportOptions,
    preset: str | None,
    progress: Progress,
    report: ConversionReport,
) -> ImportResult | None:
    """A big table converted on every core (:mod:`.parallel_table`); None for one process:
    a header that is not UTF-8, nothing to read events by, parts that disagree."""
    try:
        table = read_table(raw, name, report, head_only=True)
    except UnicodeDecodeError:
        return None
    chosen = PRESETS[preset] if preset else None
    mapping = chosen.mapping(table.header) if chosen else detect_mapping(table.header)
    mapping = apply_overrides(mapping, options.mapping, table.header, name)
    columns = [c for c in table.header if c != "\x00extra"]
    if not _readable(mapping, columns, name, ConversionReport(name, "")):
        return None  # one process says so, as for a small table
    return parallel_table.import_parts(raw, table, mapping, options, preset, progress)


def import_timesketch_jsonl(
    raw: bytes, name: str, options: ImportOptions, progress: Progress = no_progress
) -> ImportResult:
    """Timesketch JSONL: one JSON object per line with ``message``, ``datetime``…"""
    report = ConversionReport(name, "Timesketch/Plaso timeline (JSONL)")
    text = raw.decode("utf-8-sig", errors="replace")
    header: list[str] = []

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                report.items_read += 1
                report.dropped(Where(name, number), "jsonl_error", error=error.msg)
                continue
            if not isinstance(value, dict):
                report.items_read += 1
                report.dropped(Where(name, number), "jsonl_not_object", found=type(value).__name__)
                continue
            yield number, {str(k): _cell(v) for k, v in value.items()}

    first = next((r for _, r in rows()), None)
    report.items_read = 0
    report.entries.clear()
    report.counts.clear()
    header = list(first) if first else ["message", "datetime", "timestamp_desc"]
    preset = PRESETS["timesketch"]
    mapping = apply_overrides(preset.mapping(header), options.mapping, header, name)
    lines = max(1, text.count("\n"))
    return _convert(rows(), name, mapping, options, preset, report, progress, lines, header)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _convert(
    rows: Iterable[tuple[int, dict[str, str]]],
    name: str,
    mapping: ColumnMapping,
    options: ImportOptions,
    preset: Preset | None,
    report: ConversionReport,
    progress: Progress,
    total: int,
    header: list[str],
) -> ImportResult:
    draft = Draft(name.rsplit("/", 1)[-1], report)
    columns = [c for c in header if c != "\x00extra"]
    if not _readable(mapping, columns, name, report):
        return draft.result(columns, dict(mapping.columns))
    convert_rows(rows, name, mapping, options, preset, draft, header, progress, total)
    report.kept.setdefault("events", 0)
    return draft.result(columns, dict(mapping.columns))


def _readable(
    mapping: ColumnMapping, columns: list[str], name: str, report: ConversionReport
) -> bool:
    """Whether the mapping gives something to read events by; if not, reported."""
    if any(k in mapping.columns for k in ("date", "start", "title", "summary")):
        return True
    # Nothing to read events by: say which columns there are, read no row (the window
    # shows the mapping to choose them; the command line names --map).
    report.dropped(Where(name, 1), "no_columns", columns=", ".join(columns))
    return False


def convert_rows(
    rows: Iterable[tuple[int, dict[str, str]]],
    name: str,
    mapping: ColumnMapping,
    options: ImportOptions,
    preset: Preset | None,
    draft: Draft,
    header: list[str],
    progress: Progress = no_progress,
    total: int = 1,
) -> None:
    """Every row into ``draft`` (the loop of one import, or of one part of a big one)."""
    from .base import ImportCancelled

    report = draft.report
    mapped = {c for cols in mapping.columns.values() for c in cols}
    consumed = preset.consumed if preset else frozenset()
    if "date" in mapping.columns:
        consumed = consumed | _DERIVED_FROM_DATE
    # Columns no field takes, in the header's order: kept in the note (decided once, not per row).
    extra = [c for c in header if c not in mapped and c.casefold() not in consumed]
    known = set(header)
    plan = _Plan(mapping)
    finish = preset.finish if preset is not None else None
    keep_extra = options.keep_extra_columns
    count = 0
    for count, (line, row) in enumerate(rows, start=1):
        if count & 4095 == 1 and not progress(min(1.0, count / total)):
            raise ImportCancelled
        where = Where(name, line)
        event = _row_event(row, plan, where, report)
        if finish is not None:
            finish(row, event, where, report)
        extra_lines = [
            f"{column}: {value.strip()}"
            for column in extra
            if (value := row.get(column)) and not value.isspace()
        ]
        if not known.issuperset(row):  # a JSONL line's own keys, or cells past the header
            for column, value in row.items():
                if column == "\x00extra":
                    report.lost(where, "cells_past_header")
                elif column not in known and value.strip():
                    extra_lines.append(f"{column}: {value.strip()}")
        if extra_lines and not keep_extra:
            report.lost(where, "extra_dropped")
            extra_lines = []
        _finish_event(event, extra_lines, where, draft)
    report.items_read += count
    progress(1.0)


class _Plan:
    """The mapping as the row loop reads it: each field's columns, looked up once."""

    __slots__ = (
        "actors",
        "date",
        "end",
        "id",
        "note",
        "note_first",
        "place",
        "quote",
        "review",
        "roles",
        "source",
        "start",
        "status",
        "summary",
        "tags",
        "title",
        "url",
    )

    def __init__(self, mapping: ColumnMapping) -> None:
        def columns(name: str) -> tuple[str, ...]:
            return tuple(mapping.columns.get(name, ()))

        self.id, self.date, self.start, self.end = (
            columns(n) for n in ("id", "date", "start", "end")
        )
        self.title, self.summary, self.actors, self.place = (
            columns(n) for n in ("title", "summary", "actors", "place")
        )
        self.url, self.source, self.quote, self.tags = (
            columns(n) for n in ("url", "source", "quote", "tags")
        )
        self.note, self.status, self.review = (columns(n) for n in ("note", "status", "review"))
        self.roles: Mapping[str, str] = mapping.roles
        self.note_first = self.note[0] if self.note else ""


def _first(row: dict[str, str], columns: tuple[str, ...]) -> str:
    """The first non-blank cell of ``columns``, stripped ('' when all are blank)."""
    for column in columns:
        value = row.get(column)
        if value and not value.isspace():
            return value.strip()
    return ""


def _cells(row: dict[str, str], columns: tuple[str, ...]) -> list[tuple[str, str]]:
    """(column, stripped cell) for each non-blank cell of ``columns``."""
    return [
        (column, value.strip())
        for column in columns
        if (value := row.get(column)) and not value.isspace()
    ]


def _row_event(
    row: dict[str, str], plan: _Plan, where: Where, report: ConversionReport
) -> dict[str, Any]:
    notes: list[str] = []
    tags: list[str] = []
    actor_names: list[tuple[str, str | None]] = []
    documents: list[tuple[str, str]] = []
    event: dict[str, Any] = {
        "notes": notes,
        "tags": tags,
        "actor_names": actor_names,
        "documents": documents,
        "given_id": _first(row, plan.id) if plan.id else "",
        "title": " ".join(_first(row, plan.title).split()) if plan.title else "",
        "summary": _first(row, plan.summary) if plan.summary else "",
    }
    places = _cells(row, plan.place)
    event["place"] = ", ".join(dict.fromkeys(v for _, v in places)) if places else ""
    date_text = _first(row, plan.date) or _first(row, plan.start)
    if date_text:
        end_text = _first(row, plan.end) if plan.end else ""
        made = _cells_date(date_text, end_text)
        if isinstance(made, CellDate):
            _set_date(event, made, where, report)
        else:
            event["date_problem"] = made
            notes.append(
                f"Date as given, not imported: {date_text}"
                + (f" to {end_text}" if end_text else "")
            )
    roles = plan.roles
    for column, value in _cells(row, plan.actors):
        role = roles.get(column)
        actor_names.extend((part, role) for part in _split(value))
    for _, value in _cells(row, plan.tags):
        if ";" in value or "|" in value:
            tags.extend(_split(value))
        else:
            tags.append(value)
    if plan.url or plan.source:
        _sources(row, plan, event, where, report)
    if plan.quote:
        for _, quote in _cells(row, plan.quote):
            notes.append(f"Quote (not verified against a document): «{quote}»")
            report.lost(where, "quote_unverified", Outcome.CHANGED)
    for field_name, columns, allowed in (
        ("status", plan.status, _STATUSES),
        ("review", plan.review, _REVIEWS),
    ):
        if columns:
            given = _first(row, columns)
            if given.lower() in allowed:
                event[field_name] = given.lower()
            elif given:
                notes.append(f"{field_name}: {given}")
    for column, value in _cells(row, plan.note):
        notes.append(value if column == plan.note_first else f"{column}: {value}")
    return event


@lru_cache(maxsize=1 << 16)
def _cells_date(date_text: str, end_text: str) -> CellDate | str:
    """The date of a start (and end) cell, or why it cannot be read; datasets repeat their
    dates, so each pair is read once."""
    try:
        start = cell_date(date_text)
        if end_text:
            end = cell_date(end_text)
            start = CellDate(f"{start.text}/{end.text}", start.cut_fraction or end.cut_fraction)
            problem = Draft.check_date(start.text)
            if problem:
                return problem
    except PartsError as error:
        return str(error)
    return start


def _sources(
    row: dict[str, str], plan: _Plan, event: dict[str, Any], where: Where, report: ConversionReport
) -> None:
    """Source documents: an http(s) address each, titled by the source cell when there is
    one address; titles without an address are documents by title."""
    urls = [u for _, value in _cells(row, plan.url) for u in value.split()]
    titles = [t for _, value in _cells(row, plan.source) for t in _split(value)]
    documents = event["documents"]
    for url in urls:
        if is_http_url(url):
            documents.append((titles.pop(0) if len(urls) == 1 and titles else url, url))
        else:
            event["notes"].append(f"Source address (not http/https): {url}")
            report.lost(where, "url_not_http")
    documents.extend((title, "") for title in titles)


def _set_date(
    event: dict[str, Any], made: CellDate, where: Where, report: ConversionReport
) -> None:
    event["date"] = made.text
    if made.cut_fraction:
        report.lost(where, "seconds_fraction")


@lru_cache(maxsize=1 << 16)
def _split(value: str) -> tuple[str, ...]:
    """A cell listing several values (``a; b`` or ``a | b``), split; cached, as datasets
    repeat their lists."""
    for separator in _LIST_SEPARATORS:
        if separator in value:
            return tuple(p.strip() for p in value.split(separator) if p.strip())
    return (value.strip(),)


def _finish_event(event: dict[str, Any], extra: list[str], where: Where, draft: Draft) -> None:
    report = draft.report
    title = event["title"]
    summary = event["summary"]
    if not title:
        title = summary.split("\n", 1)[0][:_TITLE_LIMIT] if summary else ""
        if title:
            report.lost(where, "title_from_summary", Outcome.CHANGED)
    if not title:
        report.dropped(where, "no_title")
        return
    if len(title) > _TITLE_LIMIT and not summary:
        summary = title
        title = title[: _TITLE_LIMIT - 1].rstrip() + "…"
    if "date_problem" in event:
        report.changed(where, "undated", problem=event["date_problem"])
    notes = event["notes"]
    given = event["given_id"]
    event_id = draft.event_id(given, where, f"line-{where.line}")
    if given and event_id != given:
        notes.append(f"Original id: {given}")
    # Built in the model's field order with no empty value: the draft takes it as it is.
    made: dict[str, Any] = {"id": event_id, "title": title}
    if date := event.get("date"):
        made["date"] = date
    if status := event.get("status"):
        made["status"] = status
    if event["actor_names"]:
        made["actors"] = [draft.actor_ref(actor, role) for actor, role in event["actor_names"]]
    if event["place"]:
        made["place"] = event["place"]
    if summary:
        made["summary"] = summary
    if event["tags"]:
        made["tags"] = list(dict.fromkeys(event["tags"]))
    if review := event.get("review"):
        made["review"] = review
    if notes or extra:
        made["note"] = "\n".join([*notes, *extra])
    if event["documents"]:
        made["sources"] = [draft.source_ref(title, url) for title, url in event["documents"]]
    draft.add_event(made, where, ordered=True)
