"""Run by ``test_x11_popups.py`` on a real X server (xcb): open every drop-down of the
window's panes as a user does (the focus on the timeline, then a click on the combo), and
print how many opened. Offscreen Qt never shows a popup, so only this catches a crash inside
``QComboBox::showPopup`` (QA #78: restyling the pane as the focus moved into the list)."""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application, create_qapplication


def main(settings: Path) -> int:
    faulthandler.enable()
    qapp = create_qapplication()
    app = Application(qapp, settings, defer_panes=False)
    app.window.resize(1024, 700)
    app.window.show()
    if not app.opener.open(example_event_file()):
        return 2
    opened: list[str] = []

    def open_each() -> None:
        app.controller.select(0)
        for dock in app.window.docks.values():
            dock.show()
            dock.raise_()
        QTest.qWait(100)
        combos = [
            combo
            for dock in app.window.docks.values()
            for combo in dock.findChildren(QComboBox)
            if combo.isVisible() and combo.isEnabled()
        ]
        for combo in combos:
            app.window.activateWindow()
            app.window.timeline.setFocus()
            QTest.qWait(30)
            QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
            QTest.qWait(80)
            QTest.keyClick(QApplication.focusWidget() or combo, Qt.Key.Key_Escape)
            opened.append(combo.objectName() or combo.accessibleName())
        app.controller.undo_stack.setClean()
        qapp.quit()

    QTimer.singleShot(300, open_each)
    qapp.exec()
    print(f"opened {len(opened)} popups")
    return 0 if opened else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
