"""Importers: the timelines people already have, read into event files with a report.

Each format has one function ``(raw bytes, name, options) -> ImportResult``; this module
names the formats, tells them apart (by suffix, then by content), and runs one. Nothing here
imports Qt: the command line and the window call the same :func:`import_file`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...model.loading.read import MAX_EVENT_FILE_BYTES, ReadError, read_regular_file
from .base import (
    GroupAs,
    ImportCancelled,
    ImportOptions,
    ImportResult,
    Progress,
    UnreadableInput,
    no_progress,
)
from .report import ConversionReport, Entry, Outcome, ReportFormat, Where

__all__ = [
    "FORMATS",
    "ConversionReport",
    "Entry",
    "Format",
    "GroupAs",
    "ImportCancelled",
    "ImportOptions",
    "ImportResult",
    "Outcome",
    "UnreadableInput",
    "Where",
    "detect_format",
    "import_bytes",
    "import_file",
]


@dataclass(frozen=True)
class Format:
    name: str  # what --format takes
    label: str  # what the window's file dialog shows
    suffixes: tuple[str, ...]
    run: Callable[[bytes, str, ImportOptions, Progress], ImportResult]


def _timelinejs(raw: bytes, name: str, options: ImportOptions, _p: Progress) -> ImportResult:
    from .timelinejs import import_timelinejs

    return import_timelinejs(raw, name, options)


def _sheet(raw: bytes, name: str, options: ImportOptions, _p: Progress) -> ImportResult:
    from .timelinejs_sheet import import_timelinejs_sheet

    return import_timelinejs_sheet(raw, name, options)


def _acled(raw: bytes, name: str, options: ImportOptions, progress: Progress) -> ImportResult:
    from .tabular import import_table

    return import_table(raw, name, options, "acled", progress)


def _timesketch(raw: bytes, name: str, options: ImportOptions, progress: Progress) -> ImportResult:
    from .tabular import import_table, import_timesketch_jsonl

    if name.lower().endswith((".jsonl", ".json")) or raw.lstrip()[:1] == b"{":
        return import_timesketch_jsonl(raw, name, options, progress)
    return import_table(raw, name, options, "timesketch", progress)


def _csv(raw: bytes, name: str, options: ImportOptions, progress: Progress) -> ImportResult:
    from .tabular import import_table

    return import_table(raw, name, options, None, progress)


def _ics(raw: bytes, name: str, options: ImportOptions, _p: Progress) -> ImportResult:
    from .ical import import_ics

    return import_ics(raw, name, options)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("timelinejs", "TimelineJS JSON", (".json",), _timelinejs),
        Format("timelinejs-sheet", "TimelineJS spreadsheet (CSV)", (".csv", ".tsv"), _sheet),
        Format("acled", "ACLED export (CSV)", (".csv",), _acled),
        Format(
            "timesketch", "Timesketch/Plaso timeline (CSV, JSONL)", (".csv", ".jsonl"), _timesketch
        ),
        Format("csv", "Table of events (CSV, TSV)", (".csv", ".tsv", ".txt"), _csv),
        Format("ics", "iCalendar", (".ics", ".ical", ".ifb"), _ics),
    )
}


def detect_format(name: str, raw: bytes) -> str:
    """The format of an input, from its suffix and first bytes; ``csv`` when unsure."""
    suffix = Path(name).suffix.lower()
    head = raw[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix in (".ics", ".ical", ".ifb") or head.startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    if suffix == ".jsonl":
        return "timesketch"
    if suffix == ".json" or head[:1] in (b"{", b"["):
        first_line = head.split(b"\n", 1)[0]
        if b'"message"' in first_line and first_line.rstrip().endswith(b"}"):
            return "timesketch"
        return "timelinejs"
    from .table import read_table
    from .tabular import is_acled, is_timesketch
    from .timelinejs_sheet import is_timelinejs_sheet

    try:
        header = read_table(head, name, ConversionReport(name, ReportFormat.NONE)).header
    except UnreadableInput:
        return "csv"
    if is_timelinejs_sheet(header):
        return "timelinejs-sheet"
    if is_acled(header):
        return "acled"
    if is_timesketch(header):
        return "timesketch"
    return "csv"


def import_bytes(
    raw: bytes,
    name: str,
    format_name: str | None = None,
    options: ImportOptions | None = None,
    progress: Progress = no_progress,
) -> ImportResult:
    """Import ``raw`` (named ``name`` in the report) as ``format_name`` or as detected.

    Raises :class:`UnreadableInput` (a located message) when the input cannot be read at
    all and :class:`ImportCancelled` when ``progress`` returned False.
    """
    chosen = format_name or detect_format(name, raw)
    if chosen not in FORMATS:
        raise UnreadableInput(f"unknown format {chosen!r}: use one of {', '.join(FORMATS)}")
    # An import makes millions of small containers that all live to its end: the cyclic
    # collector would scan them again and again for nothing (a 100k-row CSV: ~40 % of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return FORMATS[chosen].run(raw, name, options or ImportOptions(), progress)
    finally:
        if collecting:
            gc.enable()


def import_file(
    path: str | Path,
    format_name: str | None = None,
    options: ImportOptions | None = None,
    progress: Progress = no_progress,
) -> ImportResult:
    """Read and import a file; an unreadable file is an :class:`UnreadableInput`."""
    try:
        # The loader's rule: a regular file only (a FIFO or /dev/zero would hang), size-capped.
        raw = read_regular_file(Path(path), MAX_EVENT_FILE_BYTES)
    except ReadError as error:
        raise UnreadableInput(str(path), "unreadable_file", error=error) from None
    return import_bytes(raw, str(path), format_name, options, progress)
