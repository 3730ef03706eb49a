"""Real starts of the window through the entry point (``cli.main``), shared by the tests that
read what a start shows: its menus, panes, legend, axis and export footer, and where it saved
its settings.

Each start costs a fresh interpreter, Qt and the example file (1 to 2 s), so the tests of
``--lang``, ``--config-dir`` and ``TIMELINEAPP_CONFIG_DIR`` read two starts instead of making
five: one in French with the option, one in English with the variable. Each start runs once per
test session, the first time a test asks for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timelineapp.ui.settings import CONFIG_DIR_VARIABLE

# Once the window is up it reports what it shows, then quits (settings are saved at quit).
_SCRIPT = r"""
import json, sys
import xml.etree.ElementTree as ET
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow
from timelineapp import cli
from timelineapp.model.calendar import to_seconds

def svg_texts(paint):
    buffer = QBuffer(); buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator(); svg.setOutputDevice(buffer)
    painter = QPainter(svg); paint(painter); painter.end()
    root = ET.fromstring(bytes(buffer.data().data()))
    return ["".join(n.itertext()) for n in root.iter("{http://www.w3.org/2000/svg}text")]

def report():
    try:
        show()
    except Exception:
        import traceback
        traceback.print_exc()
        QApplication.exit(3)

def show():
    (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    if not window.panes_ready:  # built after the first paint: wait for them
        QTimer.singleShot(10, report)
        return
    menus = [a.text() for a in window.menuBar().actions()]
    window.timeline.show_window(to_seconds(2024, 2, 1), to_seconds(2024, 8, 1))
    QApplication.processEvents()
    scene = window.timeline.scene
    legend = window.legend_pane.widget()
    from timelineapp.render.export import ExportOptions, ExportFormat, ExportSubject, render_export
    from timelineapp.render.export import timeline_range
    c = window._controller
    result = render_export(
        ExportSubject(c.timeline, c.mask, c.cumulative, c.filter_description),
        timeline_range(c.timeline, c.mask),
        ExportOptions(format=ExportFormat.SVG, export_date="2026-11-26"),
    )
    root = ET.fromstring(result.data)
    print(json.dumps({
        "menus": menus,
        "docks": sorted(d.windowTitle() for d in window.findChildren(QDockWidget)),
        "legend": svg_texts(lambda p: legend.render(p, QPoint())),
        "axis": [t.label for t in (*scene.ticks.major, *scene.ticks.minor)],
        "export": ["".join(n.itertext()) for n in root.iter("{http://www.w3.org/2000/svg}text")],
    }))
    QApplication.quit()

real_exec = QApplication.exec
def exec_then_report(self):
    QTimer.singleShot(0, report)
    return real_exec()
QApplication.exec = exec_then_report
sys.exit(cli.main(sys.argv[1:]))
"""


@dataclass(frozen=True)
class WindowStart:
    """One start: how it ended, what the window showed, and its folders."""

    returncode: int
    stderr: str
    shown: dict[str, Any]
    home: Path  # XDG_CONFIG_HOME is home / "config", and so on for cache and state
    config_dir: Path  # the folder chosen with --config-dir or TIMELINEAPP_CONFIG_DIR


def start_window(lang: str, home: Path) -> WindowStart:
    """``fr``: ``--lang fr --config-dir`` on an English system; ``en``: ``--lang en`` with
    TIMELINEAPP_CONFIG_DIR on a French system. Either way the option wins over the system."""
    folder = home / "portable"
    env = {k: v for k, v in os.environ.items() if k != CONFIG_DIR_VARIABLE}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LC_ALL="",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
    )
    if lang == "fr":
        env["LANG"] = "en_US.UTF-8"
        args = ["--lang", "fr", "--config-dir", str(folder)]
    else:
        env["LANG"] = "fr_FR.UTF-8"
        env[CONFIG_DIR_VARIABLE] = str(folder)
        args = ["--lang", lang]
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    shown = json.loads(lines[-1]) if done.returncode == 0 and lines else {}
    return WindowStart(done.returncode, done.stderr, shown, home, folder)
