"""A table's rows made into events: the one loop every table import runs (or each part of a big
one, :mod:`.parallel_table`).

Columns no field takes are kept as ``column: value`` lines in the event note (or dropped, as
the user chooses), so a conversion loses nothing silently. A row whose date cannot be read is
kept undated with the cell in its note; a row with nothing to title it is dropped; both are
reported with their line. Each event is built once, in its final shape (the draft takes it
as it is): this loop runs a million times for a big export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from timelineapp.model.format_rules import EventStatus, ReviewState

from .base import ImportCancelled, ImportOptions, Progress, no_progress
from .cell_dates import CellDate, cell_date
from .date_parts import PartsError
from .draft import Draft, is_http_url, unread_date_note
from .messages import listed
from .report import ConversionReport, Outcome, ReportFormat, Where
from .table_mapping import ColumnMapping

_TITLE_LIMIT = 120
_LIST_SEPARATORS = (";", "|")
_STATUSES = frozenset(s.value for s in EventStatus)
_REVIEWS = frozenset(r.value for r in ReviewState)
# Columns of timelineapp's own CSV export that the date column already says.
_DERIVED_FROM_DATE = frozenset({"earliest", "latest", "precision"})


@dataclass(frozen=True)
class Preset:
    name: str
    format: ReportFormat  # what the report says it read
    mapping: Callable[[list[str]], ColumnMapping]
    # Extra work on one row after the mapped fields: dates, titles, tags of the preset.
    finish: Callable[[dict[str, str], dict[str, Any], Where, ConversionReport], None]
    # Columns read by ``finish`` or redundant (ACLED's ``year``): not repeated in the note.
    consumed: frozenset[str] = frozenset()


def readable(
    mapping: ColumnMapping,
    columns: list[str],
    name: str,
    report: ConversionReport,
    titled: bool = False,
) -> bool:
    """Whether the mapping gives something to read events by; if not, reported. Without a
    title or summary column (and no preset that makes titles, ``titled``) every row would be
    dropped for want of a title: that is said once, naming the columns (QA #98)."""
    if any(k in mapping.columns for k in ("title", "summary")) or (
        titled and any(k in mapping.columns for k in ("date", "start"))
    ):
        return True
    # Nothing to read events by: say which columns there are, read no row (the window
    # shows the mapping to choose them; the command line names --map).
    names, more = listed(columns)
    dated = any(k in mapping.columns for k in ("date", "start"))
    code = "no_title_column" if dated else "no_columns"
    if more:
        report.dropped(Where(name, 1), f"{code}_more", columns=names, more=more)
    else:
        report.dropped(Where(name, 1), code, columns=names)
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
    *,
    closed: bool = True,
) -> None:
    """Every row into ``draft`` (the loop of one import, or of one part of a big one).

    ``closed``: every row's keys are columns of ``header`` but ``"\\x00extra"`` (cells
    past the header), as :meth:`.table.Table.rows` makes them; False for rows with keys of
    their own (JSONL lines).
    """

    report = draft.report
    mapped = {c for cols in mapping.columns.values() for c in cols}
    consumed = preset.consumed if preset else frozenset()
    if "date" in mapping.columns:
        consumed = consumed | _DERIVED_FROM_DATE
    # Columns no field takes, in the header's order: kept in the note (decided once, not per row).
    extra = [c for c in header if c not in mapped and c.casefold() not in consumed]
    extra_prefixes = tuple(f"{column}: " for column in extra)
    extra_values = _getter(tuple(extra))
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
            prefix + stripped
            for prefix, value in zip(extra_prefixes, extra_values(row), strict=True)
            if value and (stripped := value.strip())
        ]
        if (
            "\x00extra" in row if closed else not known.issuperset(row)
        ):  # cells past the header, or a JSONL line's own keys
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
    """The mapping as the row loop reads it: each field's columns, looked up once, and what
    rows repeat (their places, actors, tags, source titles) made once per distinct cells."""

    __slots__ = (
        "actor_roles",
        "actor_values",
        "actors",
        "date",
        "end",
        "id",
        "note",
        "note_first",
        "place",
        "places",
        "quote",
        "review",
        "roles",
        "source",
        "source_titles",
        "start",
        "status",
        "summary",
        "tag_values",
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
        self.places = _Repeated(self.place, _places)
        self.actor_roles = tuple(self.roles.get(column) for column in self.actors)
        self.actor_values = _getter(self.actors)
        self.tag_values = _Repeated(self.tags, _tags)
        self.source_titles = _Repeated(self.source, _titles)


_Cells = tuple[str | None, ...]
_CACHED = 1 << 16  # distinct cell combinations remembered per field


class _Repeated:
    """A value made from some columns of a row, made once per distinct cells: datasets
    repeat their places, actors and tags over and over."""

    __slots__ = ("_columns", "_get", "_made", "_make", "_one")

    def __init__(self, columns: tuple[str, ...], make: Callable[[_Cells], Any]) -> None:
        self._columns = columns
        self._get = itemgetter(*columns) if columns else _no_cells
        self._one = len(columns) == 1
        self._make = make
        self._made: dict[_Cells, Any] = {}

    def __call__(self, row: Mapping[str, str]) -> Any:
        try:
            cells = self._get(row)
        except KeyError:  # a short row, a JSONL line without some keys
            cells = tuple(row.get(column) for column in self._columns)
        else:
            if self._one:
                cells = (cells,)
        made = self._made.get(cells)
        if made is None:
            if len(self._made) >= _CACHED:
                self._made.clear()
            made = self._made[cells] = self._make(cells)
        return made


def _no_cells(_row: Mapping[str, str]) -> _Cells:
    return ()


def _getter(columns: tuple[str, ...]) -> Callable[[Mapping[str, str]], _Cells]:
    """The cells of ``columns`` in a row, as a tuple (None where a row has no such key),
    read by one ``itemgetter``."""
    if not columns:
        return _no_cells
    get = itemgetter(*columns)
    one = len(columns) == 1

    def cells(row: Mapping[str, str]) -> _Cells:
        try:
            found = get(row)
        except KeyError:  # a short row, a JSONL line without some keys
            return tuple(row.get(column) for column in columns)
        return (found,) if one else found

    return cells


def _places(cells: _Cells) -> str:
    """The place cells, stripped, repeats left out, joined."""
    return ", ".join(dict.fromkeys(v.strip() for v in cells if v and not v.isspace()))


def _actor_names(roles: tuple[str | None, ...], cells: _Cells) -> list[tuple[str, str | None]]:
    """(name, role) for every name listed in the actor cells, in column order (a list of
    the event's own: a preset's finish may add to it)."""
    return [
        (name, role)
        for value, role in zip(cells, roles, strict=True)
        if value and (stripped := value.strip())
        for name in split(stripped)
    ]


def _tags(cells: _Cells) -> tuple[str, ...]:
    """The tag cells: a cell listing several (``a; b``) is split, others kept whole."""
    tags: list[str] = []
    for value in cells:
        if value and not value.isspace():
            value = value.strip()
            if ";" in value or "|" in value:
                tags.extend(split(value))
            else:
                tags.append(value)
    return tuple(tags)


def _titles(cells: _Cells) -> tuple[str, ...]:
    """The source titles listed in the source cells."""
    return tuple(
        t for value in cells if value and not value.isspace() for t in split(value.strip())
    )


def _first(row: dict[str, str], columns: tuple[str, ...]) -> str:
    """The first non-blank cell of ``columns``, stripped ('' when all are blank)."""
    for column in columns:
        value = row.get(column)
        if value and not value.isspace():
            return value.strip()
    return ""


def _cells(row: dict[str, str], columns: tuple[str, ...]) -> list[tuple[str, str]]:
    """(column, stripped cell) for each non-blank cell of ``columns``."""
    if len(columns) < 2:  # most fields: no list to build when there is nothing (or one)
        if not columns:
            return []
        value = row.get(columns[0])
        return [(columns[0], value.strip())] if value and not value.isspace() else []
    return [
        (column, value.strip())
        for column in columns
        if (value := row.get(column)) and not value.isspace()
    ]


def _row_event(
    row: dict[str, str], plan: _Plan, where: Where, report: ConversionReport
) -> dict[str, Any]:
    notes: list[str] = []
    event: dict[str, Any] = {
        "notes": notes,
        # Lists of their own: a preset's finish may add to them.
        "tags": list(plan.tag_values(row)) if plan.tags else [],
        "actor_names": _actor_names(plan.actor_roles, plan.actor_values(row))
        if plan.actors
        else [],
        "documents": [],
        "given_id": _first(row, plan.id) if plan.id else "",
        "title": " ".join(_first(row, plan.title).split()) if plan.title else "",
        "summary": _first(row, plan.summary) if plan.summary else "",
        "place": plan.places(row) if plan.place else "",
    }
    date_text = _first(row, plan.date) or _first(row, plan.start)
    if date_text:
        end_text = _first(row, plan.end) if plan.end else ""
        made = _cells_date(date_text, end_text)
        if isinstance(made, CellDate):
            set_date(event, made, where, report)
        else:
            event["date_problem"] = made
            notes.append(unread_date_note(date_text) + (f" to {end_text}" if end_text else ""))
    if plan.url:
        _sources(row, plan, event, where, report)
    elif plan.source:  # titles only: documents by title, nothing to report
        event["documents"] = [(title, "") for title in plan.source_titles(row)]
    if plan.quote:
        for _, quote in _cells(row, plan.quote):
            notes.append(f"Quote (not verified against a document): «{quote}»")
            report.lost(where, "quote_unverified", Outcome.CHANGED)
    if plan.status or plan.review:
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
    if plan.note:
        for column, value in _cells(row, plan.note):
            notes.append(value if column == plan.note_first else f"{column}: {value}")
    return event


@lru_cache(maxsize=1 << 16)
def _cells_date(date_text: str, end_text: str) -> CellDate | str:
    """The date of a start (and end) cell, or why it cannot be read; datasets repeat their
    dates, so each pair is read once."""
    try:
        start = _cell_or_words(date_text)
        if end_text:
            end = _cell_or_words(end_text)
            start = CellDate(
                f"{start.text}/{end.text}",
                start.cut_fraction or end.cut_fraction,
                start.part or end.part,
                f"{date_text} – {end_text}" if start.part or end.part else "",
            )
            problem = Draft.check_date(start.text)
            if problem:
                return problem
    except PartsError as error:
        return str(error)
    return start


def _cell_or_words(text: str) -> CellDate:
    """A date cell as the cell reader reads it, else as the builder reads words (French
    month names, a weekday before the date: QA #81); the cell reader's error otherwise.
    Numbers alone stay the cell reader's ("10/06/2024": its day and month order is a
    dataset's convention, which no reading guesses; see README)."""
    try:
        return cell_date(text)
    except PartsError:
        if not any(c.isalpha() for c in text):
            raise
        # The builder's tagger: loaded when first needed.
        from ..typed_dates import words_date_and_part, words_date_problem

        found = words_date_and_part(text)
        if found is None:
            problem = words_date_problem(text)  # "30 février 2024": its day (QA #142)
            if problem is not None:
                raise PartsError(str(problem)) from None
            raise
        words, part = found
        return CellDate(words, False, part, text.strip() if part else "")


def _sources(
    row: dict[str, str], plan: _Plan, event: dict[str, Any], where: Where, report: ConversionReport
) -> None:
    """Source documents: an http(s) address each, titled by the source cell when there is
    one address; titles without an address are documents by title."""
    urls = [u for _, value in _cells(row, plan.url) for u in value.split()]
    titles = list(plan.source_titles(row)) if plan.source else []
    documents = event["documents"]
    for url in urls:
        if is_http_url(url):
            documents.append((titles.pop(0) if len(urls) == 1 and titles else url, url))
        else:
            event["notes"].append(f"Source address (not http/https): {url}")
            report.lost(where, "url_not_http")
    documents.extend((title, "") for title in titles)


def set_date(event: dict[str, Any], made: CellDate, where: Where, report: ConversionReport) -> None:
    event["date"] = made.text
    if made.cut_fraction:
        report.lost(where, "seconds_fraction")
    if made.part:  # "mid-2024" is 2024 in EDTF: the words stay in the note, and it is said
        event["notes"].append(f"Date as given: {made.written}")
        report.changed(where, "date_part_dropped", given=repr(made.written), date=made.text)


@lru_cache(maxsize=1 << 16)
def split(value: str) -> tuple[str, ...]:
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
    event_id = draft.row_event_id(given, where)
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
