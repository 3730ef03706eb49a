"""Open figures for one event file, in a fresh process: open, reopen and peak memory.

"Open" is ``load_event_file`` + ``Timeline`` (read, validate, check, index), timed after the
modules are imported. The peak RSS (``ru_maxrss``) is read right after it, before anything
else can raise it; if the loader used worker processes, their own peaks (``VmHWM``, sampled
while it runs) are kept too, since the process alone then understates the memory used.

``--reopen`` then drops everything and opens the unchanged file again in the same process
(what an in-memory cache could serve); a reopen in a new process is simply this script run
again by ``run.py`` with the same ``XDG_CACHE_HOME``. The loader gets the app's cache folder,
as ``run_app`` passes it, when it takes one. ``--view`` continues, in the same process,
with the view figures of :mod:`bench_view` (frames, hover, filter, search, export), so that a
big file is not loaded once more just for them.

``--stall`` opens the file in a thread, as the window does, while this (main) thread wakes
every millisecond: ``longest_stall_seconds`` is the longest it could not run (the loading
thread holding Python's lock), what a window would feel as a freeze.

``--json-floor`` finally times plain ``json.loads`` of the same file's bytes (read included,
as in an open) in the same process: the floor the open figures are judged against, since
absolute times differ by 2× between machines of the same kind. CPU times (``cpu_seconds``,
``json_loads_cpu_seconds``; an open's includes its worker processes') are kept beside the
wall-clock ones: on a shared machine they move far less.

Both are measured in the same state: before the open, the file is read once (so that neither
reads it from the disk while the other finds it in memory) and the bundled example is opened
(the loader's one-time costs, its lazy imports and first calls, are not the file's; about 12
ms), as ``json`` is imported and warm before its turn (``--no-warm-up``: a cold first open).
A big file's cache entry is written by a thread after the open (``loading.cache.save_soon``):
the figures wait for it before anything else is measured, ``cache_save_wait_seconds`` says
how long that was (the window shows the file meanwhile) and ``cpu_seconds_with_cache_save``
counts its CPU too.

``python benchmarks/bench_open.py FILE [--reopen] [--view] [--stall] [--json-floor]``; prints
one JSON result line.
"""

from __future__ import annotations

import argparse
import gc
import inspect
import json
import os
import time
from pathlib import Path
from typing import Any

from _common import REPO, ChildMemory, emit, ensure_src_on_path, fast_exit, peak_rss_bytes

ensure_src_on_path()

from timelineapp.model.loading import load_event_file  # noqa: E402
from timelineapp.model.timeline import Timeline  # noqa: E402


def app_cache_dir() -> Path | None:
    """The cache folder the app passes to the loader (under ``XDG_CACHE_HOME``), if any."""
    if "cache_dir" not in inspect.signature(load_event_file).parameters:
        return None
    try:
        from timelineapp.ui.settings import default_cache_dir
    except ImportError:
        return None
    return default_cache_dir()


def open_file(path: Path) -> tuple[Timeline, dict[str, Any]]:
    """Open ``path`` as the app does; the timeline and the timings of each part."""
    cache_dir = app_cache_dir()
    extra: dict[str, Any] = {} if cache_dir is None else {"cache_dir": cache_dir}
    cpu_began = time.process_time()
    began = time.perf_counter()
    result = load_event_file(path, **extra)
    loaded_at = time.perf_counter()
    if result.loaded is None:
        problems = "; ".join(str(issue) for issue in result.issues[:3])
        raise SystemExit(f"cannot open {path}: {problems}")
    timeline = Timeline(result.loaded)
    ended = time.perf_counter()
    return timeline, {
        "seconds": ended - began,
        # This process's CPU time only; run() adds the worker processes' (ChildMemory).
        "cpu_seconds": time.process_time() - cpu_began,
        "load_event_file": loaded_at - began,
        "timeline": ended - loaded_at,
        "ok": result.ok,
        "issues": len(result.issues),
        "events": timeline.index.count,
        "cache_dir": None if cache_dir is None else str(cache_dir),
    }


WARM_UP_FILE = REPO / "resources" / "examples" / "niger-2024" / "niger-2024.timeline.json"


def warm_up(path: Path) -> None:
    """Put the open and ``json.loads`` in the same state: ``path`` in the page cache, the
    loader's one-time costs paid on the bundled example (no cache folder: nothing written)."""
    path.read_bytes()
    if WARM_UP_FILE.is_file():
        load_event_file(WARM_UP_FILE)
    gc.collect()


def wait_for_cache_saves() -> float:
    """Seconds spent waiting for cache entries written in the background (0 before them)."""
    try:
        from timelineapp.model.loading.cache import wait_for_saves
    except ImportError:
        return 0.0
    began = time.perf_counter()
    wait_for_saves()
    return time.perf_counter() - began


def open_in_thread(path: Path) -> tuple[Timeline, dict[str, Any]]:
    """:func:`open_file` in a thread, this thread waking every millisecond meanwhile; the
    figures gain ``longest_stall_seconds`` (the longest this thread could not run)."""
    import threading

    opened: list[tuple[Timeline, dict[str, Any]]] = []
    worker = threading.Thread(target=lambda: opened.append(open_file(path)))
    longest = 0.0
    last = time.perf_counter()
    worker.start()
    while worker.is_alive():
        time.sleep(0.001)
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    worker.join()
    timeline, figures = opened[0]
    figures["longest_stall_seconds"] = longest
    return timeline, figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("file", type=Path)
    parser.add_argument("--reopen", action="store_true", help="open again in this process")
    parser.add_argument("--view", action="store_true", help="then measure the view figures")
    parser.add_argument("--export-repeats", type=int, default=3)
    parser.add_argument("--json-floor", action="store_true", help="then time json.loads")
    parser.add_argument(
        "--stall", action="store_true", help="open in a thread; longest main-thread stall"
    )
    parser.add_argument(
        "--no-warm-up", action="store_true", help="open cold (file unread, loader unused)"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not args.no_warm_up:
        warm_up(args.file)
    rss_before = peak_rss_bytes()
    cpu_began = time.process_time()
    with ChildMemory() as workers:
        if args.stall:
            timeline, first = open_in_thread(args.file)
        else:
            timeline, first = open_file(args.file)
    # The worker processes' share of the work (the fork server's start included).
    first["main_cpu_seconds"] = first["cpu_seconds"]
    first["worker_cpu_seconds"] = workers.cpu_seconds
    first["cpu_seconds"] += workers.cpu_seconds
    first["cache_save_wait_seconds"] = wait_for_cache_saves()
    # The CPU of the whole open, the cache entry written after it included.
    first["cpu_seconds_with_cache_save"] = time.process_time() - cpu_began + workers.cpu_seconds
    first["warmed_up"] = not args.no_warm_up
    result: dict[str, Any] = {
        "open": first,
        "peak_rss_bytes": peak_rss_bytes(),
        "rss_before_open_bytes": rss_before,
        # A loader may use worker processes: their own peaks, sampled while it ran.
        "worker_peak_rss_bytes": sorted(workers.peaks.values(), reverse=True),
    }
    if args.reopen:
        del timeline
        gc.collect()
        timeline, again = open_file(args.file)
        result["reopen_same_process"] = again
        wait_for_cache_saves()
    if args.view:
        from bench_view import run_view

        result["view"] = run_view(timeline, args.export_repeats)
    if args.json_floor:
        del timeline
        gc.collect()
        cpu_began = time.process_time()
        began = time.perf_counter()
        json.loads(args.file.read_bytes())
        result["json_loads_seconds"] = time.perf_counter() - began
        result["json_loads_cpu_seconds"] = time.process_time() - cpu_began
    result["peak_rss_end_bytes"] = peak_rss_bytes()
    wait_for_cache_saves()  # a process that ends normally would wait for them too
    emit(result)
    fast_exit(0)


if __name__ == "__main__":
    main()
