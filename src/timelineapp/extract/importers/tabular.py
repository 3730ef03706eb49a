"""Event tables: a generic CSV/TSV with a column mapping (:mod:`.table_mapping`), the ACLED
and Timesketch presets (:mod:`.table_presets`), and Timesketch JSONL.

The rows become events in :mod:`.table_rows`; a big table is converted on every core
(:mod:`.parallel_table`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from timelineapp.model.issues import describe_found

from . import parallel_table
from .base import ImportOptions, ImportResult, Progress, no_progress
from .draft import Draft
from .messages import json_kind
from .report import ConversionReport, ReportFormat, Where
from .table import read_table
from .table_mapping import FIELDS, ColumnMapping, apply_overrides, detect_mapping
from .table_presets import PRESETS, is_acled, is_timesketch
from .table_rows import Preset, convert_rows, readable

__all__ = ["FIELDS", "import_table", "import_timesketch_jsonl", "is_acled", "is_timesketch"]


def import_table(
    raw: bytes,
    name: str,
    options: ImportOptions,
    preset: str | None = None,
    progress: Progress = no_progress,
) -> ImportResult:
    """A CSV/TSV file: generic (``preset=None``) or an ACLED or Timesketch export."""
    chosen = PRESETS[preset] if preset else None
    label = chosen.format if chosen else ReportFormat.CSV_TABLE
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
    titled = chosen is not None
    if not readable(mapping, columns, name, ConversionReport(name, ReportFormat.NONE), titled):
        return None  # one process says so, as for a small table
    return parallel_table.import_parts(raw, table, mapping, options, preset, progress)


def import_timesketch_jsonl(
    raw: bytes, name: str, options: ImportOptions, progress: Progress = no_progress
) -> ImportResult:
    """Timesketch JSONL: one JSON object per line with ``message``, ``datetime``…"""
    report = ConversionReport(name, ReportFormat.TIMESKETCH_JSONL)
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
                found = describe_found(line.strip())
                report.dropped(Where(name, number), "jsonl_error", found=found, error=error.msg)
                continue
            if not isinstance(value, dict):
                report.items_read += 1
                report.dropped(Where(name, number), "jsonl_not_object", found=json_kind(value))
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
    return _convert(
        rows(), name, mapping, options, preset, report, progress, lines, header, closed=False
    )


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
    *,
    closed: bool = True,
) -> ImportResult:
    draft = Draft(name.rsplit("/", 1)[-1], report)
    columns = [c for c in header if c != "\x00extra"]
    if not readable(mapping, columns, name, report, preset is not None):
        return draft.result(columns, dict(mapping.columns))
    convert_rows(
        rows, name, mapping, options, preset, draft, header, progress, total, closed=closed
    )
    report.kept.setdefault("events", 0)
    return draft.result(columns, dict(mapping.columns))
