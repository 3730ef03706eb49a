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

``--imports`` says where a start's imports go up to the first paint: one start of the app and
one of the bare window under ``python -X importtime``, cut where the paint is reported
(``PAINT_MARK`` on stderr), each module's own time summed by family (our layers, numpy,
pydantic, PySide6, the standard library…), then the modules that cost most. ``-X importtime``
inflates every figure (about 2× here), so read it for shares, and ``--compare`` for times.
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
PAINT_MARK = "BENCH-FIRST-PAINT"  # on stderr at the first paint: where --imports cuts
_TIMEOUT_MS = 60_000


def _now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def _stop() -> tuple[int, int]:
    """The clock and the process's CPU time (all its threads: steadier than the clock on a
    busy machine), read together at the first paint, before the report's own findings."""
    return _now_ns(), time.process_time_ns()


def _report(stopped: tuple[int, int], **extra: Any) -> None:
    first_paint_ns, cpu_ns = stopped
    result = {"first_paint_ns": first_paint_ns, "cpu_ns": cpu_ns, **extra}
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    sys.stdout.flush()
    sys.stderr.write(PAINT_MARK + "\n")  # after it, -X importtime lines are not the start's
    sys.stderr.flush()


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
                _report(_stop())
                QTimer.singleShot(0, qapp.quit)

    window = Bare()
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(_TIMEOUT_MS, lambda: qapp.exit(3))
    return qapp.exec()


SETTINGS_STATES = ("first-run", "corrupt", "last-file")
LATER_QT_CLASSES = (
    "QStyle",
    "QMessageBox",
    "QFileDialog",
    "QProgressDialog",
    "QSpinBox",  # the Evidence menu's rows, made when it is first shown
    "QWidgetAction",
    "QDockWidget",  # the panes' docks and View › Theme: built after the first paint
    "QActionGroup",
    "QIcon",  # the window icon, set after the first paint (~10 M instructions)
    "QImage",  # the density strip of a crowded view, exports: not the example's first frame
)
"""Qt classes a start should not make before its first paint (see ``run_app``)."""
LATER_MODULES = ("html", "hashlib")
"""Modules a start should not import before its first paint: ``html`` (its entity table,
~8 M instructions) is for the panes' rich text (``ui/plain_tooltip.py`` escapes for it);
``hashlib`` loads OpenSSL (~3 ms) for big files' digests (``model/digests.py``)."""


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


def _svg_loaded() -> bool:
    """Whether Qt's SVG library is loaded (an SVG icon drawn): Linux only, else False."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            return any("libQt6Svg" in line for line in maps)
    except OSError:
        return False


def _built_models() -> list[str]:
    """The format's pydantic models whose validators were built (they build them when first
    used: a start should check its header with the generated Structs and build none)."""
    models = sys.modules.get("timelineapp.model.file_format")
    if models is None:
        return []
    found = vars(models).values()
    return sorted(
        model.__name__
        for model in found
        if isinstance(model, type) and getattr(model, "__pydantic_complete__", False)
    )


GENERATED = ("__init__", "__repr__", "__eq__", "__hash__")
"""The methods ``@dataclass`` writes as source and compiles (1-2 M instructions each)."""


def _dataclasses() -> list[str]:
    """Our dataclasses made so far whose ``__init__``, ``__repr__``, ``__eq__`` or ``__hash__``
    ``@dataclass`` generated: it compiles them from source when the class's module is imported
    (~1 ms of CPU per class). The value classes a start needs are msgspec Structs, or
    dataclasses with those methods written once (``model/field_methods.py``)."""
    import dataclasses

    def generated(cls: type) -> bool:
        methods = (vars(cls).get(name) for name in GENERATED)
        return any(
            getattr(m, "__code__", None) and m.__code__.co_filename == "<string>" for m in methods
        )

    return sorted(
        f"{name}.{value.__qualname__}"
        for name, module in list(sys.modules.items())
        if name.startswith("timelineapp")
        for value in vars(module).values()
        if isinstance(value, type)
        and value.__module__ == name
        and dataclasses.is_dataclass(value)
        and generated(value)
    )


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
    qt_modules = [sys.modules["PySide6.QtWidgets"], sys.modules["PySide6.QtGui"]]

    def paint_and_stop(self: TimelineWidget, event: QPaintEvent) -> None:
        original(self, event)
        timeline = self._controller.timeline
        if not state["painted"] and timeline is not None:
            stopped = _stop()
            state["painted"] = True
            # PySide6 makes a class (and every enum it has) when it is first used: those
            # the first frame should not need (tests/test_benchmark_startup.py).
            made = [n for n in LATER_QT_CLASSES if any(n in vars(m) for m in qt_modules)]
            _report(
                stopped,
                events=len(timeline.events),
                settings=settings,
                lang=lang,
                later_qt_classes=made,
                later_modules=[name for name in LATER_MODULES if name in sys.modules],
                built_models=_built_models(),
                dataclasses=_dataclasses(),
                pydantic_imported="pydantic" in sys.modules,
                svg_loaded=_svg_loaded(),
            )
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


def _child_env(src: str | None) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as run.py: an installed app has its bytecode
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    return env


def _one_run(mode: str, argv: list[str], src: str | None) -> tuple[float, float, bool] | None:
    """One start in a fresh process: (seconds to the first paint, CPU seconds then, whether
    pydantic was imported by then)."""
    import subprocess

    env = _child_env(src)
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
            seconds = (result["first_paint_ns"] - began) / 1e9
            return seconds, result["cpu_ns"] / 1e9, bool(result.get("pydantic_imported"))
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
    samples: dict[str, list[tuple[float, float, bool]]] = {name: [] for name, _, _ in runs}
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
    bare_wall = statistics.median(w for w, _, _ in samples["bare"])
    bare_cpu = statistics.median(c for _, c, _ in samples["bare"])
    # The least CPU time too: other processes only ever add to a start's CPU time (cache and
    # frequency effects), so on a shared machine the least of each is the steadier comparison.
    bare_least = min(c for _, c, _ in samples["bare"])
    for name, found in samples.items():
        if not found:
            print(f"  {name}: no run succeeded")
            continue
        wall = statistics.median(w for w, _, _ in found)
        cpu = statistics.median(c for _, c, _ in found)
        least = min(c for _, c, _ in found)
        pydantic = (
            "" if name == "bare" else f", pydantic before the paint: {any(p for *_, p in found)}"
        )
        print(
            f"  {name}: first paint {wall * 1000:.0f} ms ({wall / bare_wall:.2f}x bare), "
            f"CPU {cpu * 1000:.0f} ms ({cpu / bare_cpu:.2f}x bare), "
            f"least CPU {least * 1000:.0f} ms ({least / bare_least:.2f}x), n={len(found)}"
            f"{pydantic}"
        )
    return 0


_PYSIDE = frozenset({"PySide6", "shiboken6", "shibokensupport"})
_PYDANTIC = frozenset({"pydantic", "pydantic_core", "annotated_types", "typing_inspection"})


def import_family(module: str) -> str:
    """Which family a module's import time is counted in: our layers one by one
    (``timelineapp.model``…), PySide6 with shiboken, pydantic with the packages only it
    brings, the standard library, else the distribution's top-level name."""
    parts = module.split(".")
    top = parts[0]
    if top == "timelineapp":
        return ".".join(parts[:2])
    if top in _PYSIDE:
        return "PySide6"
    if top in _PYDANTIC:
        return "pydantic"
    if top in sys.stdlib_module_names or top.startswith("_"):
        return "stdlib"
    return top


def start_imports(stderr: str) -> list[tuple[str, int]]:
    """``(module, own microseconds)`` of the ``-X importtime`` lines before ``PAINT_MARK``."""
    found: list[tuple[str, int]] = []
    for line in stderr.splitlines():
        if line.startswith(PAINT_MARK):
            return found
        if not line.startswith("import time:") or "|" not in line:
            continue
        own, _total, name = line[len("import time:") :].split("|", 2)
        if own.strip().isdigit():
            found.append((name.strip(), int(own)))
    raise ValueError("the start never reported its first paint")


def imports(argv: list[str], src: str | None, top: int = 15) -> int:
    """Print where the imports of one app start and one bare start go (see the docstring)."""
    import subprocess
    from collections import Counter

    starts: dict[str, list[tuple[str, int]]] = {}
    for mode in ("bare", "app"):
        command = [sys.executable, "-X", "importtime", __file__, "--mode", mode]
        done = subprocess.run(
            command + (argv if mode == "app" else []),
            capture_output=True,
            text=True,
            env=_child_env(src),
            check=False,
        )
        try:
            starts[mode] = start_imports(done.stderr)
        except ValueError:
            sys.stderr.write(f"{mode} failed:\n{done.stderr[-2000:]}\n")
            return 1
    totals = {mode: sum(us for _, us in found) for mode, found in starts.items()}
    print(
        f"imports up to the first paint under -X importtime (inflated; shares, not times): "
        f"app {totals['app'] / 1000:.0f} ms in {len(starts['app'])} modules, "
        f"bare window {totals['bare'] / 1000:.0f} ms in {len(starts['bare'])}"
    )
    families: dict[str, Counter[str]] = {mode: Counter() for mode in starts}
    counts: Counter[str] = Counter()
    for mode, found in starts.items():
        for name, us in found:
            families[mode][import_family(name)] += us
            counts[import_family(name)] += mode == "app"
    print(f"  {'family':28} {'app':>10} {'share':>6} {'modules':>8} {'bare':>10}")
    for family, us in families["app"].most_common():
        share = us / totals["app"]
        bare = families["bare"][family] / 1000
        print(f"  {family:28} {us / 1000:7.1f} ms {share:6.1%} {counts[family]:8} {bare:7.1f} ms")
    print(f"the {top} modules that cost most on their own:")
    for name, us in sorted(starts["app"], key=lambda found: -found[1])[:top]:
        print(f"  {name:50} {us / 1000:7.1f} ms")
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
    parser.add_argument(
        "--imports",
        action="store_true",
        help="say where one start's imports go up to the first paint, by family and by "
        "module (-X importtime; with --other, of that checkout's app)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app_argv = ["--settings", args.settings] + (["--lang", args.lang] if args.lang else [])
    if args.imports:
        return imports(app_argv, args.other[0] if args.other else None)
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
