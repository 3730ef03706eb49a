"""Data exporters: events written as what other tools read back (no Qt).

Each exporter takes a :class:`Selection` (a file's header and the events the active filter
shows) and returns the text to write with a report of what it could not carry, in the same
form as the importers' (:class:`~timelineapp.extract.importers.report.ConversionReport`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from timelineapp.model.format_rules import FILE_SUFFIX

from ..importers.report import ConversionReport
from .selection import Selection

__all__ = ["FORMATS", "DataFormat", "Selection", "export_data", "format_for_path"]


@dataclass(frozen=True)
class DataFormat:
    name: str  # what --format takes
    label: str
    suffix: str
    run: Callable[[Selection, str], tuple[str, ConversionReport]]


def _csv(selection: Selection, output: str) -> tuple[str, ConversionReport]:
    from .csv_table import export_csv

    return export_csv(selection, output)


def _timelinejs(selection: Selection, output: str) -> tuple[str, ConversionReport]:
    from .timelinejs import export_timelinejs

    return export_timelinejs(selection, output)


def _timesketch(selection: Selection, output: str) -> tuple[str, ConversionReport]:
    from .timesketch import export_timesketch

    return export_timesketch(selection, output)


def _ics(selection: Selection, output: str) -> tuple[str, ConversionReport]:
    from .ical import export_ics

    return export_ics(selection, output)


FORMATS: dict[str, DataFormat] = {
    f.name: f
    for f in (
        DataFormat("csv", "CSV table", ".csv", _csv),
        DataFormat("timelinejs", "TimelineJS JSON", ".json", _timelinejs),
        DataFormat("timesketch", "Timesketch JSONL", ".jsonl", _timesketch),
        DataFormat("ics", "iCalendar", ".ics", _ics),
    )
}


def format_for_path(path: str | Path) -> str | None:
    """The data format an output name asks for (``.csv``, ``.json``, ``.jsonl``, ``.ics``)."""
    name = str(path).lower()
    if name.endswith(FILE_SUFFIX):
        return None  # that is an event file, not an export
    suffix = Path(name).suffix
    return next((f.name for f in FORMATS.values() if f.suffix == suffix), None)


def export_data(
    selection: Selection, format_name: str, output: str = ""
) -> tuple[str, ConversionReport]:
    return FORMATS[format_name].run(selection, output)
