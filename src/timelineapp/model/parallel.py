"""Run the chunks of a big file through :func:`process_chunk`, on every core when it pays.

Validation is CPU-bound Python and pydantic work that holds the GIL, so threads would not
help; worker processes do. They are started with "spawn" (never "fork": the GUI process has
threads, and forking those is unsafe). Small files stay in-process, where starting workers
would cost more than it saves.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

import numpy as np
import numpy.typing as npt

from .event_chunks import ChunkContext, ChunkResult, check_passages, process_chunk

CHUNK_EVENTS = 5_000  # ~40 ms of work: progress stays smooth, the GIL is handed back often
PARALLEL_EVENTS = 60_000  # below this, worker start-up (~0.5 s) is not worth it
PARALLEL_CHUNK_EVENTS = 20_000

_context: ChunkContext | None = None


def _init_worker(context: ChunkContext) -> None:
    global _context
    _context = context


def _work(chunk: bytes, offset: int) -> ChunkResult:
    assert _context is not None
    # Everything allocated here is garbage once the result is sent: no cycles to collect.
    gc.disable()
    try:
        return process_chunk(chunk, offset, _context)
    finally:
        gc.enable()


def _chunk_bytes(raw: bytes, spans: npt.NDArray[np.int64], first: int, last: int) -> bytes:
    return b"[" + raw[int(spans[first, 0]) : int(spans[last - 1, 1])] + b"]"


def worker_count(events: int) -> int:
    """How many worker processes to use for a file of ``events`` events (0: in-process)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if events < PARALLEL_EVENTS or not cores or cores < 2:
        return 0
    return min(cores, 4)


def run_chunks(
    raw: bytes,
    spans: npt.NDArray[np.int64],
    context: ChunkContext,
    report: Callable[[float], None],
    texts: Sequence[str | None] = (),
    workers: int | None = None,
) -> list[ChunkResult]:
    """Process every chunk, in file order; ``report`` may raise to cancel.

    ``texts`` are the documents' texts by document number: each chunk's quotes are checked
    against them here, in this process, while the workers go on with the next chunks.
    """
    checked = 0

    def check(result: ChunkResult) -> None:
        nonlocal checked
        room = context.max_issues - checked
        issues = check_passages(result, texts, context.file, room) if room > 0 else []
        result.passage_texts = []
        result.other.extend(issues)
        checked += len(issues)

    total = int(spans.shape[0])
    workers = worker_count(total) if workers is None else workers
    size = PARALLEL_CHUNK_EVENTS if workers else CHUNK_EVENTS
    bounds = [(first, min(total, first + size)) for first in range(0, total, size)]
    results: list[ChunkResult] = []

    def progress(done: int) -> None:
        report(0.05 + 0.85 * done / max(1, total))

    if not workers:
        for first, last in bounds:
            result = process_chunk(_chunk_bytes(raw, spans, first, last), first, context)
            check(result)
            results.append(result)
            if result.syntax_error or len(result.blocking) >= context.max_issues:
                break
            progress(last)
        return results
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(context,),
    )
    try:
        # A bounded window of chunks in flight keeps memory at a few chunks' worth.
        pending: deque[tuple[int, Future[ChunkResult]]] = deque()
        queue = deque(bounds)
        while queue or pending:
            while queue and len(pending) < workers * 2:
                first, last = queue.popleft()
                chunk = _chunk_bytes(raw, spans, first, last)
                pending.append((last, pool.submit(_work, chunk, first)))
            last, future = pending.popleft()
            result = future.result()
            check(result)
            results.append(result)
            if result.syntax_error or len(result.blocking) >= context.max_issues:
                break
            progress(last)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return results
