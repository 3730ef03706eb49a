"""Start-up driver: run the app (or a bare Qt window) until its first painted frame, then quit.

``--mode app`` runs the ``timelineapp`` command itself (``cli.main``, no file argument) with a
fresh settings folder (``TIMELINEAPP_CONFIG_DIR``) and log and cache folders (``XDG_*``) under a
temporary folder, so everything a real start does is measured: environment, logging, settings,
translators, the error reporter, the start-up clean-up, the window, the bundled example (a
first run opens it) and its first paint. ``--settings`` chooses the settings folder's state:
``first-run`` (empty), ``corrupt`` (a settings file that is not JSON: set aside, with a
notice) or ``last-file`` (the example was the file open last time); ``--lang fr`` is passed
on as the command's option. ``TimelineWidget.paintEvent`` is wrapped: the end of the first
call that paints an open file stops the clock. ``--mode bare`` shows a plain ``QWidget`` and
stops at the end of its first ``paintEvent``.

The clock is ``CLOCK_MONOTONIC``, shared by all processes: the runner reads it just before
starting this script and subtracts it from the value printed here, so the figure covers
interpreter start, imports, building the window, loading the example and the first paint.
The process's CPU time at that moment (``cpu_ns``, all threads) is printed too: on a busy
machine it moves far less than the clock. Run with ``QT_QPA_PLATFORM=offscreen``. This file
imports nothing from ``benchmarks/`` so that the bare window pays for PySide6 only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RESULT_MARK = "BENCH-RESULT "  # same as _common.RESULT_MARK (not imported: see docstring)
_TIMEOUT_MS = 60_000


def _now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def _report(first_paint_ns: int, **extra: Any) -> None:
    # The process's CPU time too (all its threads): steadier than the clock on a busy machine.
    result = {"first_paint_ns": first_paint_ns, "cpu_ns": time.process_time_ns(), **extra}
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    sys.stdout.flush()


def run_bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPainter, QPaintEvent
    from PySide6.QtWidgets import QApplication, QWidget

    qapp = QApplication(sys.argv[:1])

    class Bare(QWidget):
        painted = False

        def paintEvent(self, event: QPaintEvent) -> None:
            painter = QPainter(self)
            painter.fillRect(self.rect(), self.palette().window())
            painter.end()
            if not self.painted:
                self.painted = True
                _report(_now_ns())
                QTimer.singleShot(0, qapp.quit)

    window = Bare()
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(_TIMEOUT_MS, lambda: qapp.exit(3))
    return qapp.exec()


SETTINGS_STATES = ("first-run", "corrupt", "last-file")


def prepare(folder: Path, settings: str) -> None:
    """Point the app's folders under ``folder`` and write the settings state asked for; the
    environment variables the app reads are set here (before it is imported)."""
    config = folder / "config"
    config.mkdir()
    os.environ["TIMELINEAPP_CONFIG_DIR"] = str(config)
    os.environ["XDG_STATE_HOME"] = str(folder / "state")  # the log file
    os.environ.setdefault("XDG_CACHE_HOME", str(folder / "cache"))  # the runner sets its own
    if settings == "corrupt":
        (config / "settings.json").write_text("{not json", encoding="utf-8")
    elif settings == "last-file":
        # The example in the source tree (the app is not imported before the clock starts).
        example = Path(__file__).resolve().parents[1] / "resources" / "examples" / "niger-2024"
        path = str(example / "niger-2024.timeline.json")
        state = {"version": 2, "last_file": path, "recent_files": [path]}
        (config / "settings.json").write_text(json.dumps(state), encoding="utf-8")


def run_app(folder: Path, settings: str, lang: str | None) -> int:
    prepare(folder, settings)
    # The command's own import of the window (cli.import_gui: how it is imported matters, see
    # there), done first so that the paint can be wrapped; cli.main then finds it imported.
    from timelineapp import cli

    app_module = cli.import_gui()
    from timelineapp.ui.timeline_widget import TimelineWidget

    # isort: split

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent

    original = TimelineWidget.paintEvent
    state = {"painted": False}

    def paint_and_stop(self: TimelineWidget, event: QPaintEvent) -> None:
        original(self, event)
        timeline = self._controller.timeline
        if not state["painted"] and timeline is not None:
            state["painted"] = True
            _report(_now_ns(), events=len(timeline.events), settings=settings, lang=lang)
            QTimer.singleShot(0, app_module.QApplication.instance().quit)

    TimelineWidget.paintEvent = paint_and_stop  # type: ignore[method-assign]
    create = app_module.create_qapplication

    def create_with_timeout(argv: list[str] | None = None) -> Any:
        qapp = create(argv)
        QTimer.singleShot(_TIMEOUT_MS, lambda: qapp.exit(3))
        return qapp

    app_module.create_qapplication = create_with_timeout
    code = cli.main(["--lang", lang] if lang else [])
    return code if state["painted"] else code or 1


def _one_run(mode: str, argv: list[str], src: str | None) -> tuple[float, float] | None:
    """One start in a fresh process: (seconds to the first paint, CPU seconds then)."""
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as run.py: an installed app has its bytecode
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    began = _now_ns()
    done = subprocess.run(
        [sys.executable, __file__, "--mode", mode, *argv],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            result = json.loads(line[len(RESULT_MARK) :])
            return (result["first_paint_ns"] - began) / 1e9, result["cpu_ns"] / 1e9
    sys.stderr.write(f"{mode} {argv} failed:\n{done.stderr[-2000:]}\n")
    return None


def compare(rounds: int, argv: list[str], others: list[str]) -> int:
    """Bare window, this checkout's app and each other checkout's (``--other SRC``), started
    in turn, ``rounds`` times after one untimed start of each; medians and ratios to bare."""
    import statistics

    runs = [("bare", "bare", None), ("app", "app", None)]
    runs += [(f"app {src}", "app", src) for src in others]
    for _, mode, src in runs:
        _one_run(mode, argv if mode == "app" else [], src)  # bytecode written, caches warm
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name, _, _ in runs}
    load = os.getloadavg()[0]
    for _ in range(rounds):
        for name, mode, src in runs:
            found = _one_run(mode, argv if mode == "app" else [], src)
            if found is not None:
                samples[name].append(found)
    options = " ".join(argv)
    print(f"{rounds} rounds, app {options}, load {load:.1f} -> {os.getloadavg()[0]:.1f}")
    if not samples["bare"]:
        return 1
    bare_wall = statistics.median(w for w, _ in samples["bare"])
    bare_cpu = statistics.median(c for _, c in samples["bare"])
    for name, found in samples.items():
        if not found:
            print(f"  {name}: no run succeeded")
            continue
        wall = statistics.median(w for w, _ in found)
        cpu = statistics.median(c for _, c in found)
        print(
            f"  {name}: first paint {wall * 1000:.0f} ms ({wall / bare_wall:.2f}x bare), "
            f"CPU {cpu * 1000:.0f} ms ({cpu / bare_cpu:.2f}x bare), n={len(found)}"
        )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mode", choices=("app", "bare"))
    parser.add_argument("--settings", choices=SETTINGS_STATES, default="first-run")
    parser.add_argument("--lang", choices=("en", "fr"))
    parser.add_argument(
        "--compare",
        type=int,
        metavar="ROUNDS",
        help="start the bare window and the app (and --other checkouts) in turn, ROUNDS "
        "times, and print the medians: the command the README's start-up figures come from",
    )
    parser.add_argument(
        "--other",
        action="append",
        default=[],
        metavar="SRC",
        help="with --compare: also the app of another checkout's src/ folder (e.g. main's)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app_argv = ["--settings", args.settings] + (["--lang", args.lang] if args.lang else [])
    if args.compare:
        return compare(args.compare, app_argv, args.other)
    if args.mode is None:
        parser.error("--mode or --compare is required")
    if args.mode == "bare":
        return run_bare()
    with tempfile.TemporaryDirectory(prefix="timelineapp-bench-") as folder:
        return run_app(Path(folder), args.settings, args.lang)


if __name__ == "__main__":
    sys.exit(main())
