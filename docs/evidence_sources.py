"""Take docs/evidence-sources.png (the Sources pane of the bridge example's first event) and
docs/evidence-conflict.png (the whole 1280x800 window with that event selected).

Run on a display (a private virtual one):
  ../shared/tools/screenshot.sh /tmp/last.png --size 1400x1200 --wait 25 -- \
      .venv/bin/python docs/evidence_sources.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest

from timelineapp.ui.app import Application, create_qapplication

DOCS = Path(__file__).resolve().parent
BRIDGE = DOCS.parent / "tests" / "data" / "evidence" / "bridge.timeline.json"


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="evidence-sources-"))
    qapp = create_qapplication()
    app = Application(qapp, folder / "settings.json")
    window = app.window
    window.resize(1400, 1200)
    window.show()
    QTest.qWaitForWindowActive(window)
    window.open_requested.emit(str(BRIDGE))
    QTest.qWait(2000)
    app.controller.select(0)  # "fermeture-pont": four documents, two origins
    dock = window.docks["sources"]
    dock.raise_()
    QTest.qWait(500)
    pane = window.sources_pane
    pane.resize(560, 1180)
    QTest.qWait(500)
    pane.grab().save(str(DOCS / "evidence-sources.png"))
    window.resize(1280, 800)
    QTest.qWait(1000)
    app.controller.select(0)
    dock.raise_()
    QTest.qWait(1000)
    window.grab().save(str(DOCS / "evidence-conflict.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
