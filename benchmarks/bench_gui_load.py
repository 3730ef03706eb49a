"""Does the window keep answering while a big file opens? Event-loop stalls during a GUI open.

Builds the application as ``run_app`` does (settings in a temporary folder, cache under
``XDG_CACHE_HOME``), shows the window with the bundled example, then opens FILE through the
app's own :class:`FileOpener`, as File > Open does. A 4 ms heartbeat timer runs on the GUI
thread all along; the gaps between its ticks are how long the event loop could not answer
(a click, a repaint, the Cancel button). Measured until the first frame of the new file is
painted, which includes handing the loaded file to the window.

Prints one JSON line: the largest gap, the gaps over 100 ms, the time from the open to that
first frame, and where the largest gap happened (loading, or the handover). On Linux each gap
is also split by the GUI thread's scheduler statistics into the time it ran, waited for a
core (other processes and threads: the machine's load) and was blocked (neither: waiting for
Python's interpreter lock, held by another thread, or for the disk); ``max_gap_blocked_s`` is
the longest such wait, the part of a stall the app's own threads can make.
``python benchmarks/bench_gui_load.py FILE``
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import emit, ensure_src_on_path, fast_exit

ensure_src_on_path()

_TICK_MS = 4
_TAIL_MS = 3000  # the heartbeat goes on this long after the first frame
_TIMEOUT_S = 600.0


def _scheduler_clock() -> Callable[[], tuple[float, float]] | None:
    """Seconds the calling thread has run and waited for a core so far (Linux), or None."""
    path = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
    try:
        path.read_text()
    except OSError:
        return None

    def read() -> tuple[float, float]:
        ran, waited, _ = path.read_text().split()
        return int(ran) / 1e9, int(waited) / 1e9

    return read


def run(path: Path, settings_folder: Path) -> dict[str, Any]:
    from timelineapp.cli import import_gui

    app_module = import_gui()  # as the timelineapp command imports it (before PySide6)
    # isort: split
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication

    from timelineapp.resources import example_event_file
    from timelineapp.ui.file_opener import FileOpener
    from timelineapp.ui.settings import default_cache_dir
    from timelineapp.ui.timeline_widget import TimelineWidget

    clock = QElapsedTimer()
    gaps: list[tuple[float, float, str]] = []  # (gap seconds, at seconds, phase)
    # The GUI thread's own CPU time between two ticks: on a busy shared machine a gap is
    # also time the thread waited for a core; this is the part the window's work made.
    cpu_gaps: list[tuple[float, float, str]] = []
    # Each gap as (ran, waited for a core, blocked) seconds, with where it ended.
    split_gaps: list[tuple[float, float, float, float, str]] = []
    state: dict[str, Any] = {"last": 0.0, "last_cpu": 0.0, "phase": "loading", "first_frame": None}

    original = TimelineWidget.paintEvent

    def paint_and_note(widget: TimelineWidget, event: QPaintEvent) -> None:
        original(widget, event)
        timeline = widget._controller.timeline
        if state["first_frame"] is None and timeline is not None and timeline.index.count > 1000:
            state["first_frame"] = clock.nsecsElapsed() / 1e9
            QTimer.singleShot(_TAIL_MS, QApplication.quit)  # what follows the frame counts too

    TimelineWidget.paintEvent = paint_and_note  # type: ignore[method-assign]

    done = FileOpener._on_worker_done

    def handover(opener: FileOpener, *args: Any) -> None:
        state["phase"] = "handover"  # the loaded file reaches the GUI thread
        done(opener, *args)

    FileOpener._on_worker_done = handover  # type: ignore[method-assign]
    if os.environ.get("BENCH_PROFILE_HANDOVER"):
        import cProfile

        profiler = cProfile.Profile()
        plain = handover

        def handover(opener: FileOpener, *args: Any) -> None:
            profiler.enable()
            plain(opener, *args)

        FileOpener._on_worker_done = handover  # type: ignore[method-assign]
    qapp = app_module.create_qapplication()
    app = app_module.Application(qapp, settings_folder / "settings.json", default_cache_dir())
    app.window.resize(1600, 1000)
    app.window.show()
    app.opener.open(example_event_file())
    for _ in range(5):
        qapp.processEvents()

    scheduler = _scheduler_clock()

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e9
        cpu = time.thread_time()
        gap = now - state["last"]
        gaps.append((gap, now, state["phase"]))
        cpu_gaps.append((cpu - state["last_cpu"], now, state["phase"]))
        if scheduler is not None:
            ran, waited = scheduler()
            ran, waited = ran - state["ran"], waited - state["waited"]
            split_gaps.append((ran, waited, gap - ran - waited, now, state["phase"]))
            state["ran"], state["waited"] = state["ran"] + ran, state["waited"] + waited
        state["last"] = now
        state["last_cpu"] = cpu

    heartbeat = QTimer()
    heartbeat.setInterval(_TICK_MS)
    heartbeat.timeout.connect(tick)
    clock.start()
    state["last_cpu"] = time.thread_time()
    if scheduler is not None:
        state["ran"], state["waited"] = scheduler()
    heartbeat.start()
    QTimer.singleShot(0, lambda: app.opener.open(path))
    QTimer.singleShot(int(_TIMEOUT_S * 1000), lambda: qapp.exit(3))
    qapp.exec()
    heartbeat.stop()
    if os.environ.get("BENCH_PROFILE_HANDOVER"):
        profiler.disable()
        profiler.dump_stats(os.environ["BENCH_PROFILE_HANDOVER"])
    worst = max(gaps, default=(0.0, 0.0, "none"))
    worst_cpu = max(cpu_gaps, default=(0.0, 0.0, "none"))
    blocked = max(split_gaps, key=lambda g: g[2], default=None)
    widest = max(split_gaps, key=lambda g: g[0] + g[1] + g[2], default=None)
    return {
        "file": str(path),
        "events": app.controller.timeline.index.count if app.controller.timeline else 0,
        "first_frame_s": state["first_frame"],
        "max_gap_s": worst[0],
        "max_gap_phase": worst[2],
        "max_gap_loading_s": max((g for g, _, p in gaps if p == "loading"), default=0.0),
        "max_gap_handover_s": max((g for g, _, p in gaps if p == "handover"), default=0.0),
        "gaps_over_100ms": [[round(g, 3), round(at, 3), p] for g, at, p in gaps if g > 0.1],
        # The same with the GUI thread's CPU time between ticks (steadier under load).
        "max_gap_cpu_s": worst_cpu[0],
        "max_gap_cpu_phase": worst_cpu[2],
        "max_gap_cpu_loading_s": max((g for g, _, p in cpu_gaps if p == "loading"), default=0.0),
        "max_gap_cpu_handover_s": max((g for g, _, p in cpu_gaps if p == "handover"), default=0.0),
        # The longest time the GUI thread was blocked within one gap (the interpreter lock,
        # the disk), and the largest gap split (ran, waited for a core, blocked; seconds).
        "max_gap_blocked_s": None if blocked is None else blocked[2],
        "max_gap_blocked_phase": None if blocked is None else blocked[4],
        "max_gap_split_s": None if widest is None else [round(v, 4) for v in widest[:3]],
        "load_average": os.getloadavg(),
        "ticks": len(gaps),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="timelineapp-bench-") as folder:
        result = run(args.file.resolve(), Path(folder))
    result["process_s"] = time.perf_counter() - began
    emit(result)
    fast_exit(0)


if __name__ == "__main__":
    sys.exit(main())
