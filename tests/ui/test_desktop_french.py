"""``timelineapp --lang fr``: menus, panes, legend, axis and export footer all in French."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Runs the real entry point; once the window is up it reports what it shows, then quits.
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
        "menus": [a.text() for a in window.menuBar().actions()],
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


def test_lang_fr_shows_everything_in_french(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="en_US.UTF-8",  # the option wins over the system
        LC_ALL="",
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, "--lang", "fr", "--config-dir", str(tmp_path / "c")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["menus"][:2] == ["&Fichier", "É&dition"] or shown["menus"][0] == "&Fichier"
    assert "&Aide" in shown["menus"]
    assert {"Événement", "Acteurs", "Légende", "Citations"} <= set(shown["docks"])
    legend = " ".join(shown["legend"])
    assert "Marques" in legend or "Événement" in legend
    assert "Marks" not in legend
    months = {"févr.", "mars", "avr.", "mai", "juin", "juil.", "février", "avril", "juillet"}
    assert months & set(shown["axis"]), shown["axis"]
    footer = "\n".join(shown["export"])
    assert "Fichier\u00a0:" in footer or "Fichier :" in footer
    assert "exporté le 2026-11-26" in footer
