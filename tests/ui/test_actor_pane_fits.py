"""The Actors pane fits its dock at 1024×700 in English and French, with the usual 9 pt text:
no horizontal scroll bar hiding its count columns and check boxes; its tool bar folds what
does not fit into its "»" menu (QA #147)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QToolBar

from timelineapp.model.timeline import Timeline
from timelineapp.resources import resource_path
from timelineapp.ui import main_window
from timelineapp.ui.actor_model import Column
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.pane_scroll import PaneScroller

from .conftest import closed
from .layout_settle import settle_layouts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module", params=["en", "fr"])
def small_app(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    tmp_path_factory: pytest.TempPathFactory,
    niger_timeline: Timeline,
) -> Iterator[Application]:
    """The application at 1024×700 as on a first start, in the language asked for, the
    example open and laid out: one window per language, which the tests only read."""
    normal = qapp.font()
    font = qapp.font()
    font.setPointSizeF(9.0)
    french = QTranslator()
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(main_window, "fit_window_to_screen", lambda *_, **__: None)
        qapp.setFont(font)
        if request.param == "fr":
            folder = str(resource_path("translations"))
            assert french.load(QLocale("fr"), "timelineapp", "_", folder)
            qapp.installTranslator(french)
        try:
            settings = tmp_path_factory.mktemp("small") / "settings.json"
            application = Application(create_qapplication(), settings)
            application.window.resize(1024, 700)
            application.window.show_restored()
            application.controller.set_timeline(niger_timeline)
            QTest.qWait(10)
            settle_layouts(application.window)
            yield application
            closed(application)
        finally:
            qapp.removeTranslator(french)
            qapp.setFont(normal)


def test_the_actors_pane_fits_its_dock(small_app: Application) -> None:
    window = small_app.window
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


def test_the_count_headers_elide_rather_than_cut(small_app: Application) -> None:
    """A count column narrower than its header word ends it with "…" (French at 1024×700
    showed « Événe », « Affich »); a word that fits is shown whole."""
    window = small_app.window
    tree = window.actor_pane.tree
    header = tree.header()
    model = tree.model()
    metrics = header.fontMetrics()
    for column in (Column.TOTAL, Column.SHOWN):
        word = model.headerData(column, Qt.Orientation.Horizontal)
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        fits = metrics.horizontalAdvance(word) + margin <= header.sectionSize(column)
        assert fits or header.textElideMode() == Qt.TextElideMode.ElideRight, word
