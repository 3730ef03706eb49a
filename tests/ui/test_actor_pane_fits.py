"""The Actors pane fits its dock at 1024×700 in English and French, with the usual 9 pt text:
no horizontal scroll bar hiding its count columns and check boxes; its tool bar folds what
does not fit into its "»" menu (QA #147)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QStyle, QToolBar
from pytestqt.qtbot import QtBot

from timelineapp.model.timeline import Timeline
from timelineapp.resources import resource_path
from timelineapp.ui import main_window
from timelineapp.ui.actor_model import Column
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.pane_scroll import PaneScroller

from .layout_settle import settle_layouts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(params=["en", "fr"])
def small_app(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Application]:
    """The application at 1024×700 as on a first start, in the language asked for."""
    monkeypatch.setattr(main_window, "fit_window_to_screen", lambda *_, **__: None)
    qapp = create_qapplication()
    normal = qapp.font()
    font = qapp.font()
    font.setPointSizeF(9.0)
    qapp.setFont(font)
    french = QTranslator()
    if request.param == "fr":
        assert french.load(QLocale("fr"), "timelineapp", "_", str(resource_path("translations")))
        qapp.installTranslator(french)
    try:
        application = Application(qapp, tmp_path / "settings.json")
        application.window.resize(1024, 700)
        application.window.show_restored()
        yield application
        application.controller.undo_stack.setClean()
        application.window.close()
        application.window.deleteLater()
    finally:
        qapp.removeTranslator(french)
        qapp.setFont(normal)


def test_the_actors_pane_fits_its_dock(
    small_app: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    small_app.controller.set_timeline(niger_timeline)
    window = small_app.window
    qtbot.wait(10)
    settle_layouts(window)
    dock = window.docks["actors"]
    scroller = dock.widget()
    assert isinstance(scroller, PaneScroller)
    pane = scroller.pane()
    assert pane.width() <= scroller.viewport().width()
    assert not scroller.horizontalScrollBar().isVisible()
    tree = window.actor_pane.tree
    header = tree.header()
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(3))
    assert right <= tree.viewport().width()  # the count columns are in view
    tools = pane.findChild(QToolBar)
    assert tools is not None
    assert tools.width() <= pane.width()


def test_the_count_headers_elide_rather_than_cut(
    small_app: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    """A count column narrower than its header word ends it with "…" (French at 1024×700
    showed « Événe », « Affich »); a word that fits is shown whole."""
    small_app.controller.set_timeline(niger_timeline)
    window = small_app.window
    qtbot.wait(10)
    settle_layouts(window)
    tree = window.actor_pane.tree
    header = tree.header()
    model = tree.model()
    metrics = header.fontMetrics()
    for column in (Column.TOTAL, Column.SHOWN):
        word = model.headerData(column, Qt.Orientation.Horizontal)
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        fits = metrics.horizontalAdvance(word) + margin <= header.sectionSize(column)
        assert fits or header.textElideMode() == Qt.TextElideMode.ElideRight, word
