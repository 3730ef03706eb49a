"""Big tables imported on every core: the rows cut into parts, each converted in a process.

Converting a row is Python that holds the GIL (about 30 µs of it for an ACLED row), so a
million rows take half a minute on one core; worker processes ("spawn", never "fork": the
window has threads) convert one part each, and the parts are merged in input order
(:meth:`.draft.Draft.merge`). The result is the one a single process gives: the same ids,
actors, documents, events and report, lines included. Where the parts disagree (two names
made into one actor id in a different order, an event id renamed in one part and taken in
another: rare), the import runs again in one process, so nothing depends on the cut.

A part starts where a line starts outside quotes: after a newline preceded by an even number
of double quotes, which is where a CSV record starts when quotes are doubled inside quoted
cells, as CSV writers do. The parts are cut from the input's bytes (quotes and newlines are
the same bytes in UTF-8) and decoded where they are converted: the main process never holds
the whole text. A part that is not UTF-8 sends the import to one process, which reads the
file as Windows-1252 and says so.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .base import ImportCancelled, ImportOptions, ImportResult, Progress
from .draft import Draft, DraftPart
from .report import MAX_LISTED, ConversionReport
from .table import Table

if TYPE_CHECKING:
    from .table_mapping import ColumnMapping

_log = logging.getLogger(__name__)
# Below this input size (about 100,000 ACLED rows) starting workers (~1 s) is not worth it.
PARALLEL_BYTES = 40_000_000
MAX_WORKERS = 8


class NotUtf8(Exception):
    """A part is not UTF-8: the import is run in one process, which reads it otherwise."""


@dataclass
class PartJob:
    """One part of the rows and all a worker needs to convert it (picklable)."""

    data: bytes  # the part's lines, from a record's start
    first_line: int  # the line in the input of the part's first row
    name: str
    mapping: ColumnMapping
    options: ImportOptions
    preset: str | None
    header: list[str]
    delimiter: str
    index: int = 0  # its place in the progress array the workers share


@dataclass
class PartResult:
    draft: DraftPart
    report: ConversionReport


def cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def row_starts(data: bytes, header_end: int, parts: int) -> list[int]:
    """Where each part's rows start (the first is ``header_end``): near equal sizes, each at
    the start of a line outside quotes. Fewer parts when the data has too few lines."""
    starts = [header_end]
    size = len(data)
    for k in range(1, parts):
        at = max(starts[-1], header_end + (size - header_end) * k // parts)
        while True:
            newline = data.find(b"\n", at)
            if newline < 0 or newline + 1 >= size:
                return starts
            at = newline + 1
            if data.count(b'"', 0, newline) % 2 == 0:
                break
        if at > starts[-1]:
            starts.append(at)
    return starts


def import_parts(
    raw: bytes,
    table: Table,
    mapping: ColumnMapping,
    options: ImportOptions,
    preset: str | None,
    progress: Progress,
    workers: int | None = None,
) -> ImportResult | None:
    """The table (``raw``, its header read into ``table``) converted by ``workers``
    processes; None when a part is not UTF-8 or the parts disagree (or the input has too
    few lines to cut), for the caller to convert it in one process."""
    header, name, report = table.header, table.name, table.report
    wanted = max(2, min(workers or cores(), MAX_WORKERS))
    header_end = raw.find(b"\n") + 1
    if header_end <= 0:
        return None
    starts = row_starts(raw, header_end, wanted)
    if len(starts) < 2:
        return None
    ends = [*starts[1:], len(raw)]
    jobs = [
        PartJob(
            raw[start:end],
            raw.count(b"\n", 0, start) + 1,
            name,
            mapping,
            options,
            preset,
            header,
            table.delimiter,
            index,
        )
        for index, (start, end) in enumerate(zip(starts, ends, strict=True))
    ]
    try:
        results = _run(jobs, progress)
    except ImportCancelled:
        raise
    except NotUtf8:
        return None
    except Exception:  # no worker processes here (a sandbox, a broken pool): one process
        _log.warning("importing %s in worker processes failed; in one process", name, exc_info=True)
        return None
    del jobs
    draft = Draft(name.rsplit("/", 1)[-1], report)
    if not draft.merge([result.draft for result in results]):
        return None
    _merge_reports(report, [result.report for result in results])
    return draft.result([c for c in header if c != "\x00extra"], dict(mapping.columns))


# In a worker: the fractions done of every part, shared with the main process (set by
# _share_progress when the worker starts; None in the main process).
_DONE: Any = None


def _share_progress(done: Any) -> None:
    global _DONE
    _DONE = done


def _run(jobs: Sequence[PartJob], progress: Progress) -> list[PartResult]:
    """Each job in its own process; ``progress`` is told how far the parts are every ~0.2 s
    (False cancels)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, wait

    context = multiprocessing.get_context("spawn")
    # Shared memory the workers inherit (spawn passes it to each new process): each writes
    # its part's fraction done, as a single-process import reports its rows.
    done = context.Array("d", len(jobs), lock=False)
    executor = ProcessPoolExecutor(
        max_workers=len(jobs),
        mp_context=context,
        initializer=_share_progress,
        initargs=(done,),
    )
    try:
        futures = [executor.submit(convert_part, job) for job in jobs]
        pending = set(futures)
        while pending:
            fraction = sum(1.0 if f.done() else done[k] for k, f in enumerate(futures))
            if not progress(min(0.99, fraction / len(futures))):
                raise ImportCancelled
            pending = wait(pending, timeout=0.2)[1]
        results = [future.result() for future in futures]
        executor.shutdown(wait=True)  # the workers are done: reap them now
        progress(1.0)
        return results
    except ImportCancelled:
        # Cancel means now: the parts still converting would hold the cores for seconds.
        # WORKAROUND: ProcessPoolExecutor has no public way to stop running work before 3.14.
        for process in list(getattr(executor, "_processes", {}).values()):
            process.terminate()
        raise
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def _part_progress(index: int) -> Progress:
    """A worker's progress callback: its part's fraction, in the shared array."""

    def tell(fraction: float) -> bool:
        if _DONE is not None:
            _DONE[index] = fraction
        return True

    return tell


def convert_part(job: PartJob) -> PartResult:
    """In a worker: the part's rows converted as :func:`.tabular.import_table` converts
    them, lines counted from the part's place in the input."""
    from .table_presets import PRESETS
    from .table_rows import convert_rows

    gc.disable()  # as in import_bytes: millions of containers that all live to the end
    try:
        text = job.data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotUtf8 from None
    report = ConversionReport(job.name, "")
    table = Table(job.name, job.header, text, job.delimiter, report, skip_header=False)
    offset = job.first_line - 1
    rows = ((line + offset, row) for line, row in table.rows())
    draft = Draft("", report, compact=True)
    chosen = PRESETS[job.preset] if job.preset else None
    lines = max(1, text.count("\n"))
    convert_rows(
        rows,
        job.name,
        job.mapping,
        job.options,
        chosen,
        draft,
        job.header,
        _part_progress(job.index),
        lines,
    )
    job.data = b""  # the input's part and its text are done with: free them before the
    del text, table, rows  # result is copied out
    return PartResult(draft.part(), report)


def _merge_reports(report: ConversionReport, parts: Sequence[ConversionReport]) -> None:
    """The parts' reports as the one report a single process writes."""
    for part in parts:
        report.items_read += part.items_read
        for entry in part.entries:
            if len(report.entries) < MAX_LISTED:
                report.entries.append(entry)
            else:
                report.not_listed += 1
        report.not_listed += part.not_listed
        for outcome, count in part.counts.items():
            report.counts[outcome] = report.counts.get(outcome, 0) + count
        for key, tally in part.tallies.items():
            found = report.tallies.get(key)
            if found is None:
                report.tallies[key] = tally
            else:
                found.count += tally.count
