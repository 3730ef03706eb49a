"""Run the whole benchmark suite and print its table: ``python benchmarks/run.py``.

Options: ``--sizes 1000,10000,100000,1000000`` (the default), ``--quick`` (a CI-sized smoke
run: 1k and 10k events, fewer repetitions), ``--repeats N`` (samples wanted per figure that
needs a fresh process), ``--budget SECONDS`` (repetitions beyond the first are skipped when
they would not fit). Generated files are kept in ``benchmarks/out/`` (gitignored) and reused;
missing or outdated ones are regenerated. Results go to ``benchmarks/out/results.json``.

Every worker runs in a fresh process (``QT_QPA_PLATFORM=offscreen``, its own temporary
``XDG_*`` folders, so no user setting or cache is touched):

* start-up: ``bench_startup.py`` for the app and for a bare window, alternated, after one
  untimed warm-up of each; bytecode may be written and read (``PYTHONDONTWRITEBYTECODE`` is
  not passed on), as for an installed wheel;
* per size, first ``bench_open.py --reopen --view`` (open, reopen in the same process, peak
  RSS, then frames, hover, filter, search and export on the opened file), then
  ``bench_open.py`` with the same cache folder (reopen in a new process, what a disk cache
  would serve); extra open and reopen samples come last, while the budget allows;
* ``bench_gui_load.py`` at 100k and more: the file opened through the window, with a fresh
  cache then a warm one, while a heartbeat timer measures the longest event-loop stall;
* ``bench_naive.py`` at 10k and 100k: the one-item-per-event QGraphicsScene baseline.

Latency targets (hover, filter, search) are judged on the p95, frames on both median and p95,
everything else on the median.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bench_evidence
import bench_import
import generate
from _common import BENCH_DIR, OUT, child_env, machine_info, parse_result, percentile, summary

FULL_SIZES = (1_000, 10_000, 100_000, 1_000_000)
QUICK_SIZES = (1_000, 10_000)
NAIVE_SIZES = (10_000, 100_000)
DEFAULT_BUDGET = 780.0  # seconds; the suite must stay under 15 minutes
MB = 1e6
GB = 1e9


@dataclass
class Target:
    """A goal for one figure: ``limit`` in the figure's unit, judged on median and/or p95."""

    text: str
    median: float | None = None
    p95: float | None = None

    def met(self, figure: dict[str, Any]) -> bool | None:
        if figure.get("n", 0) == 0:
            return None
        ok = True
        if self.median is not None:
            ok &= figure["median"] <= self.median
        if self.p95 is not None:
            ok &= figure["p95"] <= self.p95
        return ok


@dataclass
class Row:
    figure: str
    size: str
    stats: dict[str, Any]  # summary(): n, median, p95 (seconds, bytes or a ratio)
    unit: str  # "s", "bytes", "x"
    target: Target | None = None
    note: str = ""

    def cells(self) -> list[str]:
        if self.stats.get("n", 0) == 0:
            value = self.note or "n/a"
            return [self.figure, self.size, value, "", self.target.text if self.target else "—", ""]
        met = self.target.met(self.stats) if self.target else None
        verdict = "—" if met is None else ("yes" if met else "**no**")
        if self.note:
            verdict = f"{verdict} ({self.note})" if met is not None else self.note
        return [
            self.figure + (f" (n={self.stats['n']})" if self.stats["n"] > 1 else ""),
            self.size,
            _format(self.stats["median"], self.unit),
            _format(self.stats["p95"], self.unit) if self.stats["n"] > 1 else "",
            self.target.text if self.target else "—",
            verdict,
        ]


def _format(value: float, unit: str) -> str:
    if unit == "bytes":
        return f"{value / GB:.2f} GB" if value >= GB else f"{value / MB:.0f} MB"
    if unit == "x":
        return f"{value:.2f}×"
    if value >= 1.0:
        return f"{value:.2f} s"
    if value >= 0.001:
        return f"{value * 1000:.1f} ms"
    return f"{value * 1e6:.0f} µs"


def size_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1000 and n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


@dataclass
class Runner:
    """Runs workers in fresh processes, logging their output, within a time budget."""

    out: Path
    budget: float
    began: float = field(default_factory=time.monotonic)
    log_dir: Path = field(init=False)
    temp: Path = field(init=False)
    runs: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.log_dir = self.out / "logs"
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.temp = Path(tempfile.mkdtemp(prefix="timelineapp-bench-"))

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.began

    def fits(self, seconds: float) -> bool:
        return self.elapsed + seconds <= self.budget

    def say(self, message: str) -> None:
        print(f"[{self.elapsed:6.0f} s] {message}", file=sys.stderr, flush=True)

    def xdg(self, name: str) -> dict[str, str]:
        """Private XDG folders; runs sharing ``name`` share a cache (for reopen)."""
        base = self.temp / name
        folders = {}
        for kind in ("CACHE", "CONFIG", "DATA", "STATE"):
            folder = base / kind.lower()
            folder.mkdir(parents=True, exist_ok=True)
            folders[f"XDG_{kind}_HOME"] = str(folder)
        return folders

    def worker(
        self,
        name: str,
        args: list[str],
        xdg: str,
        timeout: float = 1800,
        unset: tuple[str, ...] = (),
    ) -> dict[str, Any] | None:
        """Run ``python benchmarks/<args>``; its result, or None (logged) if it failed.

        ``unset`` names environment variables the worker must not inherit.
        """
        command = [sys.executable, *args]
        env = child_env(**self.xdg(xdg))
        for variable in unset:
            env.pop(variable, None)
        began = time.monotonic()
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                env=env,
                timeout=timeout,
                cwd=BENCH_DIR.parent,
                check=False,
            )
            stdout, stderr, code = done.stdout, done.stderr, done.returncode
        except subprocess.TimeoutExpired as expired:
            stdout = _text(expired.stdout)
            stderr = _text(expired.stderr) + f"\ntimed out after {timeout:.0f} s"
            code = -1
        seconds = time.monotonic() - began
        log = self.log_dir / f"{name}.log"
        log.write_text(f"$ {' '.join(command)}\n{stdout}\n--- stderr ---\n{stderr}", "utf-8")
        result = parse_result(stdout) if code == 0 else None
        self.runs.append({"name": name, "seconds": seconds, "returncode": code})
        if result is None:
            self.say(f"{name} FAILED (exit {code}), see {log}")
        return result

    def cleanup(self) -> None:
        shutil.rmtree(self.temp, ignore_errors=True)


def _text(value: bytes | str | None) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


# --- phases ---------------------------------------------------------------------------------


def ensure_data(runner: Runner, sizes: list[int], seed: int) -> dict[str, Any]:
    generated: dict[str, Any] = {}
    for n in sizes:
        if generate.is_current(n, seed, runner.out):
            generated[str(n)] = {"reused": True}
            continue
        runner.say(f"generating {n:,} events")
        began = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                str(BENCH_DIR / "generate.py"),
                str(n),
                "-o",
                str(runner.out),
                "--seed",
                str(seed),
            ],
            check=True,
            env=child_env(),
            stdout=subprocess.DEVNULL,
        )
        generated[str(n)] = {"reused": False, "seconds": time.monotonic() - began}
    return generated


# Start-up is measured as a user runs the installed app: pip byte-compiles a wheel's modules,
# so children may write and use ``__pycache__`` even when this environment forbids it
# (``PYTHONDONTWRITEBYTECODE``); otherwise every start would compile ``timelineapp`` from source.
_STARTUP_UNSET = ("PYTHONDONTWRITEBYTECODE",)


def startup(runner: Runner, pairs: int) -> dict[str, Any]:
    """App and bare start-up, alternated, after one untimed warm-up run of each.

    Both modes run identically: bytecode allowed (see ``_STARTUP_UNSET``), and the warm-ups
    write any missing ``__pycache__`` (of ``src/``, gitignored) before the first timed run.
    """
    samples: dict[str, list[float]] = {"bare": [], "app": []}
    cpu: dict[str, list[float]] = {"bare": [], "app": []}  # CPU seconds at the first paint
    for mode in ("bare", "app"):
        runner.worker(
            f"startup-{mode}-warm-up",
            ["benchmarks/bench_startup.py", "--mode", mode],
            "startup",
            unset=_STARTUP_UNSET,
        )
    for k in range(pairs):
        for mode in ("bare", "app"):
            began = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
            result = runner.worker(
                f"startup-{mode}-{k}",
                ["benchmarks/bench_startup.py", "--mode", mode],
                "startup",
                unset=_STARTUP_UNSET,
            )
            if result is not None:
                samples[mode].append((result["first_paint_ns"] - began) / 1e9)
                if "cpu_ns" in result:
                    cpu[mode].append(result["cpu_ns"] / 1e9)
    runner.say(
        "start-up: "
        + ", ".join(f"{m} {percentile(s, 50) * 1000:.0f} ms" for m, s in samples.items() if s)
    )
    found: dict[str, Any] = {mode: summary(values) for mode, values in samples.items()}
    found["cpu"] = {mode: summary(values) for mode, values in cpu.items()}
    return found


def size_runs(
    runner: Runner, n: int, repeats: int, export_repeats: int
) -> tuple[dict[str, Any], list[Callable[[], None]]]:
    """The mandatory runs of one size now; the extra repetitions as callables for later."""
    path = str(generate.output_path(n, runner.out))
    label = size_label(n)
    data: dict[str, Any] = {"open": [], "reopen_same_process": [], "reopen_new_process": []}
    data["open_parts"] = []
    data["peak_rss"] = []
    data["worker_peak_rss"] = []
    data["json_loads"] = []  # the floor: plain json.loads of the same file, same process
    # CPU seconds (an open's with its worker processes'): steadier than wall-clock on a busy
    # machine, so the CPU ratios are shown beside the wall-clock ones.
    data["open_cpu"], data["reopen_new_process_cpu"], data["json_loads_cpu"] = [], [], []
    runner.say(f"{label}: open, reopen, view figures")

    def opened(result: dict[str, Any] | None) -> float:
        if result is None:
            return 0.0
        data["open"].append(result["open"]["seconds"])
        data["open_parts"].append(
            {k: result["open"][k] for k in ("load_event_file", "timeline", "ok", "issues")}
        )
        data["peak_rss"].append(result["peak_rss_bytes"])
        data["worker_peak_rss"].append(result.get("worker_peak_rss_bytes", []))
        if "reopen_same_process" in result:
            data["reopen_same_process"].append(result["reopen_same_process"]["seconds"])
        if "json_loads_seconds" in result:
            data["json_loads"].append(result["json_loads_seconds"])
        if "cpu_seconds" in result["open"] and "json_loads_cpu_seconds" in result:
            data["open_cpu"].append(result["open"]["cpu_seconds"])
            data["json_loads_cpu"].append(result["json_loads_cpu_seconds"])
            # A big file's cache entry is written after the open (bench_open waits for it).
            with_save = result["open"].get("cpu_seconds_with_cache_save")
            data.setdefault("open_cpu_with_cache_save", []).append(
                result["open"]["cpu_seconds"] if with_save is None else with_save
            )
        return float(result["open"]["seconds"])

    first = runner.worker(
        f"open-{label}-0",
        [
            "benchmarks/bench_open.py",
            path,
            "--reopen",
            "--view",
            "--export-repeats",
            str(export_repeats),
            "--json-floor",
        ],
        f"cache-{label}-0",
    )
    open_s = opened(first)
    data["view"] = first.get("view") if first else None

    def reopen_new(k: int) -> None:
        result = runner.worker(
            f"reopen-{label}-{k}", ["benchmarks/bench_open.py", path], f"cache-{label}-{k}"
        )
        if result is not None:
            data["reopen_new_process"].append(result["open"]["seconds"])
            if "cpu_seconds" in result["open"]:
                data["reopen_new_process_cpu"].append(result["open"]["cpu_seconds"])

    reopen_new(0)
    cost = max(open_s, 0.5) * 1.3 + 3.0  # an open-only process, with start-up and margin

    extra: list[Callable[[], None]] = []
    for k in range(1, repeats):

        def again(k: int = k) -> None:
            # A fresh cache folder: a first open (with a same-process reopen when three opens
            # fit in the budget), then a new process on the same folder for a reopen.
            if not runner.fits(cost):
                runner.say(f"{label}: budget reached, sample {k + 1} of {repeats} skipped")
                return
            same_process = runner.fits(3 * cost)
            runner.say(f"{label}: extra open and reopen samples ({k + 1} of {repeats})")
            result = runner.worker(
                f"open-{label}-{k}",
                [
                    "benchmarks/bench_open.py",
                    path,
                    "--json-floor",
                    *(["--reopen"] if same_process else []),
                ],
                f"cache-{label}-{k}",
            )
            opened(result)
            if runner.fits(cost):
                reopen_new(k)

        extra.append(again)
    return data, extra


def gui_open(runner: Runner, n: int) -> dict[str, Any]:
    """Open the file through the window twice (fresh cache, then warm): event-loop stalls."""
    label = size_label(n)
    runner.say(f"{label}: opening through the window (event-loop stalls)")
    path = str(generate.output_path(n, runner.out))
    args = ["benchmarks/bench_gui_load.py", path]
    first = runner.worker(f"gui-open-{label}", args, f"gui-{label}")
    again = runner.worker(f"gui-reopen-{label}", args, f"gui-{label}")
    return {"first": first, "reopen": again}


def naive(runner: Runner, n: int, frames: int) -> dict[str, Any] | None:
    runner.say(f"{size_label(n)}: naive QGraphicsScene baseline")
    path = str(generate.output_path(n, runner.out))
    return runner.worker(
        f"naive-{size_label(n)}",
        ["benchmarks/bench_naive.py", path, "--frames", str(frames)],
        "naive",
    )


# --- the table -------------------------------------------------------------------------------


def single(value: float) -> dict[str, Any]:
    return summary([value])


def _unavailable(part: dict[str, Any]) -> str:
    reason = part.get("reason", "not found")
    return "n/a (not available)" if "not found" in reason else f"failed: {reason[:60]}"


def _adder(rows: list[Row], label: str) -> Callable[..., None]:
    """A function appending rows of one size: (figure, stats, unit, target, note)."""

    def add(
        figure: str,
        stats: dict[str, Any],
        unit: str = "s",
        target: Target | None = None,
        note: str = "",
    ) -> None:
        rows.append(Row(figure, label, stats, unit, target, note))

    return add


def rows_for(results: dict[str, Any]) -> list[Row]:
    """The table: start-up, then each size's figures, then the naive baseline."""
    rows: list[Row] = []
    none: dict[str, Any] = {"n": 0}
    start = results.get("startup", {})
    bare, app = start.get("bare", none), start.get("app", none)
    rows.append(Row("start-up, bare PySide6 window to first paint", "—", bare, "s"))
    rows.append(Row("start-up, app + example to first timeline paint", "example", app, "s"))
    startup_target = Target("≤ 2×", 2.0)  # issue 15
    if bare.get("n") and app.get("n"):
        ratio = {"n": 1, "median": app["median"] / bare["median"], "p95": 0.0}
        rows.append(Row("start-up ratio app / bare", "example", ratio, "x", startup_target))
    cpu_bare, cpu_app = (
        start.get("cpu", {}).get("bare", none),
        start.get("cpu", {}).get("app", none),
    )
    if cpu_bare.get("n") and cpu_app.get("n"):
        # CPU time at the first paint moves far less than the clock on a busy machine.
        ratio = {"n": 1, "median": cpu_app["median"] / cpu_bare["median"], "p95": 0.0}
        rows.append(Row("start-up ratio app / bare, CPU time", "example", ratio, "x"))
    frame_target = Target("med ≤ 16 ms, p95 ≤ 33 ms", 0.016, 0.033)
    reopen_target = Target("≤ 2 s", 2.0)
    for key, size in results["sizes"].items():
        n = int(key)
        label = size_label(n)

        add = _adder(rows, label)
        open_target = {100_000: Target("≤ 3 s", 3.0), 1_000_000: Target("≤ 20 s", 20.0)}.get(n)
        add("open: load_event_file + Timeline", summary(size["open"]), "s", open_target)
        add("reopen, same process", summary(size["reopen_same_process"]), "s", reopen_target)
        add("reopen, new process", summary(size["reopen_new_process"]), "s", reopen_target)
        floor = summary(size.get("json_loads", []))
        add("json.loads of the same file (the floor)", floor)
        # The targets are for big files (the cache serves files of 20,000 events or more);
        # smaller ones are shown for the record.
        big = n >= 100_000
        for figure, samples, limit in (
            ("open / json.loads", size["open"], Target("≤ 1.0×", 1.0) if big else None),
            (
                "reopen, new process / json.loads",
                size["reopen_new_process"],
                Target("≤ 0.08×", 0.08) if big else None,
            ),
        ):
            if floor.get("n") and samples:
                ratio = {"n": 1, "median": summary(samples)["median"] / floor["median"], "p95": 0.0}
                add(figure, ratio, "x", limit)
        cpu_floor = summary(size.get("json_loads_cpu", []))
        for figure, samples in (
            ("open CPU / json.loads CPU (workers included)", size.get("open_cpu", [])),
            (
                "open CPU with the cache save after it / json.loads CPU",
                size.get("open_cpu_with_cache_save", []),
            ),
            ("reopen CPU / json.loads CPU", size.get("reopen_new_process_cpu", [])),
        ):
            if cpu_floor.get("n") and samples:
                median = summary(samples)["median"] / cpu_floor["median"]
                add(figure, {"n": 1, "median": median, "p95": 0.0}, "x")
        rss_target = Target("≤ 2.5 GB", 2.5 * GB) if n >= 1_000_000 else None
        workers = max(size["worker_peak_rss"], key=len, default=[])
        peak = max((p for run in size["worker_peak_rss"] for p in run), default=0)
        rss_note = ""
        if workers:
            rss_note = f"+ {len(workers)} child processes ≤ {_format(peak, 'bytes')} each"
        add("peak RSS after open", summary(size["peak_rss"]), "bytes", rss_target, rss_note)
        view = size.get("view") or {}
        frames = view.get("frames", {})
        if "first_frame" in frames:
            add("first frame after open (scene inputs built)", single(frames["first_frame"]))
        add("frame 1600×900, zoom fit-all→1 day→back", frames.get("zoom", none), "s", frame_target)
        add(
            "frame 1600×900, pan at 10 y, 1 month, 1 day",
            frames.get("pan", none),
            "s",
            frame_target,
        )
        add("hover hit-test", view.get("hover", none), "s", Target("p95 ≤ 2 ms", None, 0.002))
        filt = view.get("filter", {})
        if filt.get("available"):
            change = filt["actor_filter_change"]
            add(
                "actor filter change, to next frame", change, "s", Target("p95 ≤ 100 ms", None, 0.1)
            )
            add("text search (6 queries)", filt["search"], "s", Target("p95 ≤ 500 ms", None, 0.5))
            first = single(filt["search_index_build"] + filt["search"]["samples"][0])
            add("text search, first one (builds its index)", first, "s", Target("≤ 500 ms", 0.5))
        else:
            add("actor filter change, text search", none, "s", None, _unavailable(filt))
        export = view.get("export", {})
        if export.get("available"):
            add("PNG export 3840×2160, whole extent", export["export"], "s", Target("≤ 3 s", 3.0))
        else:
            add("PNG export 3840×2160, whole extent", none, "s", None, _unavailable(export))
    stall_target = Target("≤ 100 ms", 0.1)
    for key, runs in results.get("gui", {}).items():
        label = size_label(int(key))
        for name, run in (("first open", runs.get("first")), ("reopen", runs.get("reopen"))):
            if not run:
                rows.append(Row(f"window, {name}: longest stall", label, none, "s", None, "failed"))
                continue
            where = f"during {run['max_gap_phase']}"
            rows.append(
                Row(f"window, {name}: to first frame", label, single(run["first_frame_s"]), "s")
            )
            rows.append(
                Row(
                    f"window, {name}: longest event-loop stall",
                    label,
                    single(run["max_gap_s"]),
                    "s",
                    stall_target,
                    where,
                )
            )
    for key, baseline in results.get("naive", {}).items():
        label = size_label(int(key))
        if baseline is None:
            rows.append(Row("naive QGraphicsScene baseline", label, none, "s", None, "failed"))
            continue
        build = single(baseline["build"])
        rows.append(Row(f"naive: build {baseline['items']:,} graphics items", label, build, "s"))
        for view_name, view in baseline["views"].items():
            real = view["real"]["median"]
            ratio = view["naive"]["median"] / real if real else float("nan")
            note = f"real renderer {_format(real, 's')}: {ratio:.1f}× faster"
            rows.append(Row(f"naive frame, {view_name}", label, view["naive"], "s", None, note))
    return rows


def markdown(rows: list[Row]) -> str:
    header = ["figure", "size", "median", "p95", "target", "met?"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    lines.extend("| " + " | ".join(row.cells()) + " |" for row in rows)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", help="comma-separated event counts, e.g. 1000,10000")
    parser.add_argument("--quick", action="store_true", help="CI smoke run: 1k and 10k")
    parser.add_argument("--repeats", type=int, help="samples wanted per fresh-process figure")
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET, help="seconds")
    parser.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=OUT, help="data and results folder")
    args = parser.parse_args(argv)
    if args.sizes:
        sizes = sorted({int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()})
    else:
        sizes = list(QUICK_SIZES if args.quick else FULL_SIZES)
    repeats = args.repeats or 3
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runner = Runner(args.out, args.budget)
    results: dict[str, Any] = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "machine": machine_info(),
        "sizes": {},
        "gui": {},
        "naive": {},
    }
    try:
        results["generated"] = ensure_data(runner, sizes, args.seed)
        results["startup"] = startup(runner, 3 if args.quick else 11)
        extras: list[list[Callable[[], None]]] = []
        for n in sizes:
            data, extra = size_runs(runner, n, repeats, 2 if n >= 1_000_000 else 3)
            results["sizes"][str(n)] = data
            extras.append(extra)
        results["gui"] = {str(n): gui_open(runner, n) for n in sizes if n >= 100_000}
        naive_sizes = [n for n in NAIVE_SIZES if n in sizes] or [n for n in sizes if n <= 10_000]
        for n in naive_sizes[-2:]:
            results["naive"][str(n)] = naive(runner, n, 2 if args.quick else 3)
        import_rows = bench_import.suite_rows(runner, sizes, results, Row, Target)  # issue 16
        import_rows += bench_evidence.suite_rows(runner, sizes, results, Row, Target)  # 18
        # Extra repetitions, round by round, smallest sizes first, while the budget lasts.
        for round_ in range(repeats - 1):
            for extra in extras:
                extra[round_]()
    finally:
        runner.cleanup()
    results["elapsed_seconds"] = runner.elapsed
    results["machine"]["load_average_at_end"] = round(os.getloadavg()[0], 2)
    results["runs"] = runner.runs
    rows = rows_for(results) + import_rows
    columns = ["figure", "size", "median", "p95", "target", "met"]
    results["table"] = [dict(zip(columns, row.cells(), strict=True)) for row in rows]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(markdown(rows))
    print(
        f"\n{results['machine']['cpu_model']}, {results['machine']['cores']} cores, Python "
        f"{results['machine']['python']}, PySide6 {results['machine']['PySide6']}, numpy "
        f"{results['machine']['numpy']}; {runner.elapsed:.0f} s; "
        f"details in {args.out / 'results.json'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
