"""Helpers for tests that check the window's geometry as a user would see it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QWidget


def settle_layouts(window: QWidget) -> None:
    """Run the layouts the last changes asked for (the status bar's, the docks'), so the
    geometry checked is the one the user sees, not one a pending relayout will replace."""
    for widget in [window, *window.findChildren(QWidget)]:
        layout = widget.layout()
        if layout is not None:
            layout.activate()
    QApplication.processEvents()


@contextmanager
def application_font_size(qapp: QApplication, point_size: float) -> Iterator[None]:
    """The application's font at ``point_size`` (150 % text is 13.5 pt), restored after."""
    normal = qapp.font()
    font = qapp.font()
    font.setPointSizeF(point_size)
    qapp.setFont(font)
    try:
        yield
    finally:
        qapp.setFont(normal)
