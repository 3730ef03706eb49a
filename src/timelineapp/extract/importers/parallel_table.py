"""Big tables imported on every core: the rows cut into parts, each converted in a process.

Converting a row is Python that holds the GIL (about 30 µs of it for an ACLED row), so a
million rows take half a minute on one core; worker processes convert one part each (never
forked from the window's process, which has threads: forked from the loader's fork server,
:func:`.parallel.worker_context`, else spawned), and the parts are merged in input order
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
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .base import ImportCancelled, ImportOptions, ImportResult, Progress
from .draft import Draft, DraftPart
from .report import MAX_LISTED, ConversionReport, ReportFormat
from .table import Table

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from .table_mapping import ColumnMapping

_log = logging.getLogger(__name__)
# Below this input size (about 190,000 ACLED rows) one process is about as fast and far
# cheaper. Measured on the shared 2-core machine (bench_import's CSV, one process and two
# workers alternated, 2026-11-26, workers forked from the fork server), import + write:
# 100k rows (42 MB): one 2.6-3.4 s (CPU 2.6-3.2 s), workers 2.0-4.4 s (CPU 0.2-0.4 s +
# 3.2-3.9 s) at load 2.5-3.5; 200k (84 MB): one 12.9, 14.8 s, workers 11.8, 17.5 s at
# load 4.4-5.5; 400k (170 MB): one 15.2, 11.2 s, workers 12.1, 8.3 s at load 4.3-5.4.
# Up to ~200k rows the workers save ≤ 0.6 s, or lose time on a busy machine, for ~35 %
# more CPU (each converts slower than one process does); from 400k they win. It was 40 MB.
PARALLEL_BYTES = 80_000_000
MAX_WORKERS = 8


# Report codes of a quote that does not close where a cell ends (:meth:`.table.Table.rows`).
BROKEN_QUOTE = frozenset(
    {"csv_quote_unclosed", "csv_quote_closed_late", "csv_quote_joined", "csv_quote_joined_split"}
)


class NotUtf8(Exception):
    """A part is not UTF-8: the import is run in one process, which reads it otherwise."""


@dataclass
class PartJob:
    """What a worker needs to convert its part, but the part's bytes (sent apart, straight
    from the input's buffer: a pickled copy of each part would take the input's size again
    in the main process)."""

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
    cpu_s: float = 0.0  # the worker's CPU time when it sent the result
    peak_bytes: int = 0  # and its peak RSS (0 where the platform does not tell)


# The CPU time of the last import's workers and the biggest one's peak RSS, as they told
# them: forked from the fork server, they are not this process's children, so
# RUSAGE_CHILDREN does not count them (benchmarks).
last_workers_cpu_s = 0.0
last_worker_peak_bytes = 0


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
    spans = list(zip(starts, [*starts[1:], len(raw)], strict=True))
    jobs = [
        PartJob(
            raw.count(b"\n", 0, start) + 1,
            name,
            mapping,
            options,
            preset,
            header,
            table.delimiter,
            index,
        )
        for index, (start, _end) in enumerate(spans)
    ]
    try:
        results = _run(raw, spans, jobs, progress)
    except ImportCancelled:
        raise
    except NotUtf8:
        return None
    except Exception:  # no worker processes here (a sandbox, a worker killed): one process
        _log.warning("importing %s in worker processes failed; in one process", name, exc_info=True)
        return None
    if any(entry.code in BROKEN_QUOTE for result in results for entry in result.report.entries):
        # A stray quote: the parts were cut by counting quotes, so past it they may start
        # inside a cell; one process reads it where it is (table.unclosed_quote).
        return None
    draft = Draft(name.rsplit("/", 1)[-1], report)
    if not draft.merge([result.draft for result in results]):
        return None
    _merge_reports(report, [result.report for result in results])
    return draft.result([c for c in header if c != "\x00extra"], dict(mapping.columns))


class WorkerFailed(Exception):
    """A worker process ended without its part (killed, out of memory) or with a bug."""


def _run(
    raw: bytes, spans: Sequence[tuple[int, int]], jobs: Sequence[PartJob], progress: Progress
) -> list[PartResult]:
    """Each job in its own process, its part of ``raw`` (``spans``) sent through its pipe;
    ``progress`` is told how far the parts are every ~0.2 s (False cancels).

    Processes and pipes, not a ``ProcessPoolExecutor``: a part goes from ``raw`` to the pipe
    without a copy (``send_bytes`` with an offset), and the events come back as the
    worker's own buffers, one ``recv_bytes`` each, never as one pickle of them all (which
    the main process would hold twice while unpickling).
    """
    import threading
    from multiprocessing.connection import wait

    from timelineapp.model.loading.parallel import worker_context

    # The loader's rule for starting workers: forked from its fork server, which has the
    # importer imported already (a spawned worker spent ~0.33 s of CPU importing it).
    context = worker_context()
    global last_workers_cpu_s, last_worker_peak_bytes
    last_workers_cpu_s, last_worker_peak_bytes = 0.0, 0
    # Shared memory the workers inherit (passed to each new process): each writes
    # its part's fraction done, as a single-process import reports its rows.
    done = context.Array("d", len(jobs), lock=False)
    links: list[tuple[BaseProcess, Connection]] = []
    sender: threading.Thread | None = None
    try:
        for _job in jobs:
            ours, theirs = context.Pipe()
            # (Process is on every concrete context; the stubs' BaseContext lacks it.)
            process: BaseProcess = context.Process(  # type: ignore[attr-defined]
                target=_worker, args=(theirs, done), daemon=True
            )
            process.start()
            theirs.close()
            links.append((process, ours))
        # Sending waits for each worker to start and read: a thread does it, so that
        # progress (and cancel) keeps being answered meanwhile.
        sender = threading.Thread(target=_send, args=(raw, spans, jobs, links), daemon=True)
        sender.start()
        results: dict[int, PartResult] = {}
        while len(results) < len(jobs):
            fraction = sum(1.0 if k in results else done[k] for k in range(len(jobs)))
            if not progress(min(0.99, fraction / len(jobs))):
                raise ImportCancelled
            waiting = [conn for k, (_p, conn) in enumerate(links) if k not in results]
            for ready in wait(waiting, timeout=0.2):
                index = next(k for k, (_p, conn) in enumerate(links) if conn is ready)
                results[index] = _receive(links[index][1])
        sender.join()
        for process, _conn in links:
            process.join()
        last_workers_cpu_s = sum(result.cpu_s for result in results.values())
        last_worker_peak_bytes = max(result.peak_bytes for result in results.values())
        progress(1.0)
        return [results[k] for k in range(len(jobs))]
    finally:
        for process, conn in links:
            conn.close()
            if process.is_alive():  # cancelled, or failed: cancel means now
                process.terminate()
                process.join()
        if sender is not None:
            # Closed pipes end its sends at once (OSError, caught there): no thread outlives
            # the import, whether it finished, was cancelled or failed.
            sender.join(timeout=5)


def _send(
    raw: bytes,
    spans: Sequence[tuple[int, int]],
    jobs: Sequence[PartJob],
    links: Sequence[tuple[BaseProcess, Connection]],
) -> None:
    for job, (start, end), (_process, conn) in zip(jobs, spans, links, strict=True):
        try:
            conn.send(job)
            conn.send_bytes(raw, start, end - start)  # from raw's own buffer: no copy
        except (OSError, ValueError, TypeError):
            # The worker is gone (cancelled, killed: its pipe tells the main loop), or the
            # main thread closed the pipe under a send: a closed Connection raises ValueError
            # before a write, and TypeError (its handle is None) in the middle of one.
            return


def _receive(conn: Connection) -> PartResult:
    """A worker's answer: its result, then its event buffers one by one."""
    try:
        kind, value = conn.recv()
        if kind == "not_utf8":
            raise NotUtf8
        if kind == "failed":
            raise WorkerFailed(value)
        result: PartResult = value
        result.draft.chunks = [conn.recv_bytes() for _ in range(result.draft.chunk_count)]
    except (EOFError, OSError) as error:
        raise WorkerFailed("a worker process ended without its part") from error
    return result


def _worker(conn: Connection, done: Any) -> None:
    """A worker process: receive a job and its bytes, answer with the part converted."""
    import multiprocessing
    import threading
    import traceback

    global _DONE
    _DONE = done
    parent = multiprocessing.parent_process()
    if parent is not None:  # a worker leaves with the importing process, whatever its end
        threading.Thread(target=_leave_with, args=(parent.sentinel,), daemon=True).start()
    try:
        job: PartJob = conn.recv()
        received = [conn.recv_bytes()]
    except (EOFError, OSError):
        return
    try:
        # Popped into the call: the part's bytes are freed as soon as they are decoded.
        result = convert_part(job, received.pop())
    except NotUtf8:
        conn.send(("not_utf8", None))
        return
    except Exception:
        conn.send(("failed", traceback.format_exc()))
        return
    chunks, result.draft.chunks = result.draft.chunks, []
    result.draft.chunk_count = len(chunks)
    result.cpu_s = time.process_time()
    try:
        import resource

        result.peak_bytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    except ImportError:  # Windows
        pass
    conn.send(("done", result))
    for chunk in chunks:
        conn.send_bytes(chunk)
    conn.close()


def _leave_with(sentinel: int) -> None:
    from multiprocessing.connection import wait

    wait([sentinel])
    os._exit(0)


# In a worker: the fractions done of every part, shared with the main process (set by
# _worker when it starts; None in the main process).
_DONE: Any = None


def _part_progress(index: int) -> Progress:
    """A worker's progress callback: its part's fraction, in the shared array."""

    def tell(fraction: float) -> bool:
        if _DONE is not None:
            _DONE[index] = fraction
        return True

    return tell


def convert_part(job: PartJob, data: bytes) -> PartResult:
    """In a worker: the part's rows (``data``) converted as :func:`.tabular.import_table`
    converts them, lines counted from the part's place in the input."""
    from .table_presets import PRESETS
    from .table_rows import convert_rows

    gc.disable()  # as in import_bytes: millions of containers that all live to the end
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotUtf8 from None
    del data
    report = ConversionReport(job.name, ReportFormat.NONE)
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
    del text, table, rows  # the part's text is done with: free it before the result is sent
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
