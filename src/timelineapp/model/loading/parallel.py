"""Run the chunks of a big file through :func:`process_chunk`, on every core when it pays.

Validation is CPU-bound Python and pydantic work that holds the GIL, so threads would not
help; worker processes do. They are never forked from the loading process (the GUI process has
threads, and forking those is unsafe): on Linux they are forked from a *fork server*, a fresh
single-threaded process that imports the load pass once (:func:`worker_context`), so each worker
starts in milliseconds instead of importing numpy, pydantic and the models again (0.3 s of
CPU each), and a second load in the same session pays no import at all; elsewhere they are
spawned. They start as early as the file's size is known, so that their
start-up overlaps with splitting the file and reading its documents. Small files stay
in-process, where starting workers would cost more than it saves.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from .chunks import ChunkContext, ChunkResult, check_passages, process_chunk, process_events
from .split import EventsSplit

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

_NO_SPANS = np.zeros((0, 2), np.int64)
CHUNK_EVENTS = 5_000  # ~40 ms of work: progress stays smooth, the GIL is handed back often
PARALLEL_CHUNK_EVENTS = 20_000
# Below this size (about 150,000 events) a file loads in this process: with the load pass
# at about 12 µs an event, workers would save little time (their start, passing chunks and
# results, and the quotes checked here meanwhile) for far more CPU (measured at 100k events,
# 43 MB: 1.3 s of CPU in-process, 2.4 s with two workers). The pass is now about 7 µs an
# event (session 9), which favours this process further.
PARALLEL_BYTES = 64_000_000


def _warm_up() -> None:
    """Runs in each new worker: import everything a chunk needs before the first one comes,
    and leave with the loading process.

    A worker holds both ends of its task queue's pipe, so it would wait forever for work if
    the loading process ended without shutting the pool down (``os._exit``, a crash, a kill):
    a thread watches the parent's sentinel instead.
    """
    import multiprocessing
    import threading

    import timelineapp.model.loading.chunks  # noqa: F401

    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_leave_with, args=(parent.sentinel,), daemon=True).start()


def _leave_with(sentinel: int) -> None:
    from multiprocessing.connection import wait

    wait([sentinel])
    os._exit(0)


def _work(
    chunk: bytes,
    offset: int,
    context: ChunkContext,
    position: int,
    lengths: npt.NDArray[np.int64],
) -> ChunkResult:
    # Everything allocated here is garbage once the result is sent: no cycles to collect.
    gc.disable()
    try:
        return process_chunk(chunk, offset, context, position, lengths)
    finally:
        gc.enable()


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# The importer's workers (:mod:`timelineapp.extract.importers.parallel_table`) start from the
# same server: it imports the load pass anyway, the importer adds ~30 ms to it.
_PRELOAD = ["timelineapp.model.loading.chunks", "timelineapp.extract.importers.parallel_table"]


def worker_context() -> BaseContext:
    """The fork server's context where there is one (its server preloading the load pass
    and the table importer), else "spawn": the one rule for starting worker processes."""
    import multiprocessing

    try:
        context = multiprocessing.get_context("forkserver")
    except ValueError:  # no fork server on this platform (Windows)
        return multiprocessing.get_context("spawn")
    context.set_forkserver_preload(_PRELOAD)
    return context


class ChunkPool:
    """Worker processes for one load, started at once so they are ready when chunks are."""

    def __init__(self, workers: int) -> None:
        # Imported here: small files (and the app's start-up) never need worker processes.
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        self.executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=worker_context(), initializer=_warm_up
        )
        # ProcessPoolExecutor starts processes lazily: ask for them now.
        for _ in range(workers):
            self.executor.submit(int)

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def start_pool(size_in_bytes: int, workers: int | None = None) -> ChunkPool | None:
    """Worker processes for a file of this size, or None to work in-process."""
    cores = _cores()
    if workers is None:
        if size_in_bytes < PARALLEL_BYTES or cores < 2:
            return None
        workers = min(cores, 4)
    if workers <= 0:
        return None
    try:
        return ChunkPool(workers)
    except OSError:
        return None  # no processes to be had (limits, sandbox): load in this process


def _chunk(raw: bytes, split: EventsSplit, first: int, last: int) -> tuple[bytes, int]:
    """Events ``first`` to ``last - 1`` as a JSON array, and where their bytes start."""
    start, end = split.byte_range(raw, first, last)
    # One copy (a slice of ``raw`` then "[" + it + "]" would copy every byte twice).
    return b"".join((b"[", memoryview(raw)[start:end], b"]")), start - 1


def run_chunks(
    raw: bytes,
    split: EventsSplit,
    context: ChunkContext,
    report: Callable[[float], None],
    read_texts: Callable[[], Sequence[str | None]] = tuple,
    pool: ChunkPool | None = None,
    spans: npt.NDArray[np.int64] | None = None,
) -> list[ChunkResult]:
    """Process every chunk, in file order; ``report`` may raise to cancel.

    With ``spans`` (an ``(events, 2)`` array), each chunk's event spans are moved into it.
    ``read_texts`` gives the documents' texts by document number; it is called once, after
    the first chunks are handed to the workers, so that reading the documents overlaps with
    validating. Each chunk's quotes are checked against the texts here, in this process,
    while the workers go on with the next chunks.
    """
    total = split.count
    size = PARALLEL_CHUNK_EVENTS if pool else CHUNK_EVENTS
    bounds = [(first, min(total, first + size)) for first in range(0, total, size)]
    results: list[ChunkResult] = []
    checked = 0
    texts: Sequence[str | None] | None = None

    def check(result: ChunkResult) -> bool:
        """Check a result's quotes, keep it; False when loading should stop early."""
        nonlocal checked, texts
        if texts is None:
            texts = read_texts()
        room = context.max_issues - checked
        issues = check_passages(result, texts, context.file, room) if room > 0 else []
        result.passage_texts = []
        result.other.extend(issues)
        checked += len(issues)
        if spans is not None and result.spans.shape[0] == result.count:
            # Straight into the file's array: the chunks' own copies would double it.
            spans[result.offset : result.offset + result.count] = result.spans
            result.spans = _NO_SPANS
        results.append(result)
        return not (result.syntax_error or len(result.blocking) >= context.max_issues)

    def in_process(start: int) -> list[ChunkResult]:
        for first in range(start, total, CHUNK_EVENTS):
            last = min(total, first + CHUNK_EVENTS)
            lengths = split.lengths[first:last]
            # Read where they are in the file: no chunk copied out (workers need one).
            begins = split.start_of(raw, first)
            if not check(process_events(raw, begins, first, context, lengths)):
                break
            report(0.05 + 0.85 * last / max(1, total))
        if texts is None:
            read_texts()  # no chunk at all: the documents are still read and checked
        return results

    if pool is None:
        return in_process(0)
    from concurrent.futures import BrokenExecutor

    done = 0  # events whose chunks are checked and kept in ``results``
    # A bounded window of chunks in flight keeps memory at a few chunks' worth.
    pending: deque[tuple[int, Future[ChunkResult]]] = deque()
    queue = deque(bounds)
    try:
        while queue or pending:
            while queue and len(pending) < pool.workers * 2:
                first, last = queue.popleft()
                chunk, position = _chunk(raw, split, first, last)
                lengths = split.lengths[first:last]
                future = pool.executor.submit(_work, chunk, first, context, position, lengths)
                pending.append((last, future))
            if texts is None:
                texts = read_texts()  # while the workers start on their first chunks
            last, future = pending.popleft()
            if not check(future.result()):
                return results
            done = last
            report(0.05 + 0.85 * last / max(1, total))
    except BrokenExecutor:
        # The worker processes died (killed for memory, say) or could not start (a program
        # that imports us without a main guard): the rest is done here, slower but the same.
        for _, future in pending:
            future.cancel()
        return in_process(done)
    if texts is None:
        read_texts()  # no chunk at all: the documents are still read and checked
    return results
