"""Helpers shared by the benchmark runner and its workers: statistics, results, machine info.

Workers are separate scripts run in fresh processes by ``run.py``; each prints its results as
one JSON line starting with :data:`RESULT_MARK` on stdout (everything else is for humans).
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import resource
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
SRC = REPO / "src"
OUT = BENCH_DIR / "out"
RESULT_MARK = "BENCH-RESULT "


def ensure_src_on_path() -> None:
    """Make ``timelineapp`` importable from a source checkout without installing it."""
    if str(SRC) not in sys.path and (SRC / "timelineapp").is_dir():
        sys.path.insert(0, str(SRC))


def child_env(**extra: str) -> dict[str, str]:
    """Environment of worker processes: offscreen Qt, ``src`` importable."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths = [str(SRC), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env.update(extra)
    return env


def emit(result: dict[str, Any]) -> None:
    """Print a worker's result for the runner, then flush (the worker may ``os._exit``)."""
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    sys.stdout.flush()


def parse_result(stdout: str) -> dict[str, Any] | None:
    """The result a worker printed, or None if it printed none."""
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            value: dict[str, Any] = json.loads(line[len(RESULT_MARK) :])
            return value
    return None


def fast_exit(code: int = 0) -> None:
    """Leave without tearing down millions of objects (that takes seconds on big files)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def percentile(samples: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (``q`` in 0..100) of a non-empty sample."""
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(samples: Sequence[float]) -> dict[str, Any]:
    """Median, p95, extremes and count of a sample (empty sample: only the count)."""
    if not samples:
        return {"n": 0}
    return {
        "n": len(samples),
        "median": percentile(samples, 50),
        "p95": percentile(samples, 95),
        "min": min(samples),
        "max": max(samples),
        "samples": [round(s, 6) for s in samples],
    }


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call."""
    began = time.perf_counter()
    result = function()
    return time.perf_counter() - began, result


def peak_rss_bytes() -> int:
    """Peak resident set size of this process so far (Linux reports kilobytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) * (1 if sys.platform == "darwin" else 1024)


class ChildMemory:
    """Samples the peak RSS (``VmHWM``) and the CPU time of this process's children while it
    runs (Linux).

    ``ru_maxrss`` of children is no use for worker pools: a child forked from a big process
    is charged the parent's resident pages up to its ``exec``. ``VmHWM`` belongs to the
    child's own address space, so sampling it every ``interval`` seconds gives each worker's
    real peak (a peak reached just before exiting may be missed by one interval).
    """

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}  # seconds of CPU (user + system) of each child
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ChildMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    @property
    def cpu_seconds(self) -> float:
        """CPU time the children have used so far (as last sampled)."""
        return sum(self.cpu.values())

    def _run(self) -> None:
        while True:
            self.sample()
            if self._stop.wait(self.interval):
                break

    def sample(self) -> None:
        for pid in _children(os.getpid()):
            try:
                status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) * 1024
                    self.peaks[pid] = max(peak, self.peaks.get(pid, 0))
            with contextlib.suppress(OSError, ValueError, IndexError):
                # Fields 14 and 15 of /proc/PID/stat, after the ")" closing the name.
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                ticks = int(fields[11]) + int(fields[12])
                self.cpu[pid] = max(ticks / _CLOCK_TICKS, self.cpu.get(pid, 0.0))


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid``: a loader's workers may be forked by a fork server, the
    loading process's child, and their work (and memory) is the load's too."""
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):
                found.extend(int(c) for c in (task / "children").read_text().split())
    except OSError:
        return []
    return found + [grandchild for child in found for grandchild in _children(child)]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_info() -> dict[str, Any]:
    """What the figures depend on: CPU, cores, memory, Python and library versions."""
    info: dict[str, Any] = {
        "cpu_model": cpu_model(),
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
    }
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        info["memory_gb"] = round(pages / 1e9, 1)
    except (ValueError, OSError, AttributeError):
        pass
    for module in ("PySide6", "numpy", "pydantic"):
        try:
            info[module] = __import__(module).__version__
        except ImportError:
            info[module] = None
    try:
        from PySide6 import QtCore

        info["Qt"] = QtCore.qVersion()
    except ImportError:
        info["Qt"] = None
    try:
        load1, _, _ = os.getloadavg()
        info["load_average_at_start"] = round(load1, 2)
    except OSError:
        pass
    return info
