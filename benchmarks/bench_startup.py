"""Start-up driver: run the app (or a bare Qt window) until its first painted frame, then quit.

``--mode app`` imports the application as the ``timelineapp`` command does and builds it
exactly as ``run_app`` does (Qt application, settings from a temporary path, main window
shown, bundled example opened), with
``TimelineWidget.paintEvent`` wrapped so that the end of its first call stops the clock.
``--mode bare`` shows a plain ``QWidget`` and stops at the end of its first ``paintEvent``.

The clock is ``CLOCK_MONOTONIC``, shared by all processes: the runner reads it just before
starting this script and subtracts it from the value printed here, so the figure covers
interpreter start, imports, building the window, loading the example and the first paint.
Run with ``QT_QPA_PLATFORM=offscreen``. This file imports nothing from ``benchmarks/`` so
that the bare window pays for PySide6 only.
"""

from __future__ import annotations

import argparse
import inspect
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
    sys.stdout.write(RESULT_MARK + json.dumps({"first_paint_ns": first_paint_ns, **extra}) + "\n")
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


def run_app(settings_folder: Path) -> int:
    # Imports as timelineapp.cli does for the GUI: the package, then its ui.app module through
    # cli.import_gui (how it is imported matters, see there), so PySide6 is not imported before.
    from timelineapp import cli
    from timelineapp.resources import example_event_file

    app_module = cli.import_gui()
    from timelineapp.ui.timeline_widget import TimelineWidget

    # isort: split

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent

    original = TimelineWidget.paintEvent
    state = {"painted": False}

    def paint_and_stop(self: TimelineWidget, event: QPaintEvent) -> None:
        original(self, event)
        if not state["painted"]:
            state["painted"] = True
            timeline = self._controller.timeline
            _report(_now_ns(), events=0 if timeline is None else len(timeline.events))
            QTimer.singleShot(0, app_module.QApplication.instance().quit)

    TimelineWidget.paintEvent = paint_and_stop  # type: ignore[method-assign]

    # What run_app does, with the settings path replaced (and the cache folder, when the app
    # takes one, where run_app puts it: under XDG_CACHE_HOME, which the runner sets).
    qapp = app_module.create_qapplication()
    extra: dict[str, Any] = {}
    if "cache_dir" in inspect.signature(app_module.Application).parameters:
        from timelineapp.ui.settings import default_cache_dir

        extra["cache_dir"] = default_cache_dir()
    app = app_module.Application(qapp, settings_folder / "settings.json", **extra)
    app.window.show()
    if not app.opener.open(example_event_file()):
        return 1
    QTimer.singleShot(_TIMEOUT_MS, lambda: qapp.exit(3))
    return qapp.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mode", choices=("app", "bare"), required=True)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.mode == "bare":
        return run_bare()
    with tempfile.TemporaryDirectory(prefix="timelineapp-bench-") as folder:
        return run_app(Path(folder))


if __name__ == "__main__":
    sys.exit(main())
