"""Regression guard: PySide6 6.12.0 on CPython 3.11 aborts after many void QPainter calls.

That release drops a reference to None on every call of a method returning nothing, and
the interpreter dies with "Fatal Python error: none_dealloc". pyproject.toml excludes it;
this test paints a few hundred thousand primitives in a child process so that, should a
broken build come back, the suite fails cleanly instead of crashing.
"""

from __future__ import annotations

import subprocess
import sys

_PAINT_MANY = """
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
app = QGuiApplication([])
image = QImage(400, 300, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
pen = QPen(QColor("#0072B2"))
for i in range(100_000):
    painter.save()
    painter.setPen(pen)
    painter.drawRect(QRectF(i % 400, (i // 400) % 300, 3, 3))
    painter.restore()
painter.end()
print("painted", 400_000)
"""


def test_hundreds_of_thousands_of_void_calls_do_not_abort() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PAINT_MANY],
        capture_output=True,
        text=True,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "painted 400000" in done.stdout
