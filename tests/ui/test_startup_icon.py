"""The window icon is set once the first frame is painted (an SVG: Qt's SVG module waits)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from timelineapp.ui.app import create_qapplication, set_window_icon


def test_the_window_icon_is_the_apps(qtbot: QtBot) -> None:
    qapp = create_qapplication()
    before = qapp.windowIcon()
    try:
        set_window_icon(qapp)
        assert not qapp.windowIcon().isNull()
        assert not qapp.windowIcon().pixmap(32, 32).isNull()  # the SVG draws
    finally:
        qapp.setWindowIcon(before)
