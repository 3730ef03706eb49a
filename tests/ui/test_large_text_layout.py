"""The window at 1024×700 with large system text (a 13.5 pt font, as 150 % text gives): nothing
overlaps, nothing is squeezed under its minimum size, the dock tabs say their whole titles."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QDockWidget,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from timelineapp.model.timeline import Timeline
from timelineapp.resources import resource_path
from timelineapp.ui import main_window
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.main_window import MainWindow

from .conftest import closed
from .layout_settle import settle_layouts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LARGE_TEXT_PT = 13.5  # 9 pt at 150 %


@dataclass(frozen=True)
class Screen:
    """A window size and font: large text, or a 1024×700 screen scaled 125 % or 150 % (Qt
    then lays out in logical pixels: 819×560 or 683×467 at the usual 9 pt)."""

    points: float
    width: int
    height: int
    lang: str


SCREENS = {
    "13.5pt-1024x700-en": Screen(LARGE_TEXT_PT, 1024, 700, "en"),
    "13.5pt-1024x700-fr": Screen(LARGE_TEXT_PT, 1024, 700, "fr"),
    "125pc-819x560-fr": Screen(9.0, 819, 560, "fr"),
    "150pc-683x467-fr": Screen(9.0, 683, 467, "fr"),
}


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen(request: pytest.FixtureRequest) -> Screen:
    return SCREENS[request.param]


@pytest.fixture
def large_text_app(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screen: Screen
) -> Iterator[Application]:
    """The application built with the screen's font and language (widgets measure their
    text when built), started as on a first run: no saved layout."""
    # The offscreen screen is not the one tested: the window would be fitted to it.
    monkeypatch.setattr(main_window, "fit_window_to_screen", lambda *_, **__: None)
    qapp = create_qapplication()
    normal = qapp.font()
    large = qapp.font()
    large.setPointSizeF(screen.points)
    qapp.setFont(large)
    french = QTranslator()
    if screen.lang == "fr":
        assert french.load(QLocale("fr"), "timelineapp", "_", str(resource_path("translations")))
        qapp.installTranslator(french)
    try:
        application = Application(qapp, tmp_path / "settings.json")
        application.window.resize(screen.width, screen.height)
        application.window.show_restored()
        yield application
        closed(application)
    finally:
        qapp.removeTranslator(french)
        qapp.setFont(normal)


def _opened(app: Application, qtbot: QtBot, timeline: Timeline) -> MainWindow:
    """The window as it first shows, ``timeline`` open (the docks as start-up sized them)."""
    app.controller.set_timeline(timeline)
    window = app.window
    qtbot.wait(10)
    settle_layouts(window)
    return window


def test_the_layout_fits_at_first_start_and_after_reset(
    large_text_app: Application,
    qtbot: QtBot,
    niger_timeline: Timeline,
    screen: Screen,
) -> None:
    window = _opened(large_text_app, qtbot, niger_timeline)
    assert (window.width(), window.height()) == (screen.width, screen.height)
    # As start-up sized the docks, then as View › Panes › Reset Layout sizes them (the same
    # way): one window for both (a window at this font is ~0.1 s of CPU to build).
    for reset in (False, True):
        if reset:
            window.reset_layout()
            qtbot.wait(10)
            settle_layouts(window)
        _assert_nothing_squeezed(window)
        _assert_no_overlap(window)
        _assert_whole_tab_titles(window)


def _in_layout(layout: QLayout, widget: QWidget) -> bool:
    """Whether ``widget`` is an item of ``layout`` or of a layout nested in it (a nested
    layout is its parent layout's child). Asked without ``itemAt()``: PySide keeps a wrapper
    of each item it gives alive with the layout, and a wrapper outlives its item when the
    layout deletes it (Reset Layout re-adds the docks); a new object Qt then makes at that
    address was handed to Python as that stale QWidgetItem (seen: the next test's table's
    selectionModel() "has no attribute 'selectionChanged'")."""
    if layout.indexOf(widget) >= 0:
        return True
    nested = layout.findChildren(QLayout, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return any(_in_layout(inner, widget) for inner in nested)


def _laid_out(widget: QWidget) -> bool:
    """Whether a layout, a dock or a scroll area sizes ``widget`` (not an item view's own
    header or scroll bar, which the view places itself)."""
    parent = widget.parentWidget()
    if parent is None:
        return False
    if isinstance(widget, QDockWidget):
        return True
    if isinstance(parent, QDockWidget) and parent.widget() is widget:
        return True
    if isinstance(parent.parentWidget(), QScrollArea):
        scroller = parent.parentWidget()
        assert isinstance(scroller, QScrollArea)
        return scroller.widget() is widget and scroller.widgetResizable()
    layout = parent.layout()
    return layout is not None and _in_layout(layout, widget)


def _shown(window: MainWindow) -> list[QWidget]:
    """The widgets the user sees: visible, laid out, inside the window (hidden tabs of a
    tabbed dock are placed outside it)."""
    inside = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not _laid_out(widget):
            continue
        top_left = widget.mapTo(window, widget.rect().topLeft())
        if inside.intersects(QRect(top_left, widget.size())):
            found.append(widget)
    return found


def _least(widget: QWidget) -> tuple[int, int]:
    """The least size a layout gives ``widget``: its minimum size, else its minimum size
    hint, unless its size policy ignores the hint."""
    hint, minimum, policy = widget.minimumSizeHint(), widget.minimumSize(), widget.sizePolicy()
    ignored = QSizePolicy.Policy.Ignored
    width = minimum.width() or (0 if policy.horizontalPolicy() == ignored else max(hint.width(), 0))
    height = minimum.height() or (
        0 if policy.verticalPolicy() == ignored else max(hint.height(), 0)
    )
    return width, height


def _assert_nothing_squeezed(window: MainWindow) -> None:
    squeezed = []
    for widget in _shown(window):
        width, height = _least(widget)
        if widget.width() < width or widget.height() < height:
            name = widget.objectName() or type(widget).__name__
            squeezed.append(f"{name} {widget.width()}×{widget.height()} < {width}×{height}")
    assert squeezed == []
    assert window.minimumSizeHint().width() <= window.width()
    assert window.minimumSizeHint().height() <= window.height()


def _assert_no_overlap(window: MainWindow) -> None:
    shown = _shown(window)
    overlaps = []
    for a, b in itertools.combinations(shown, 2):
        if a.parentWidget() is not b.parentWidget():
            continue
        if a.geometry().intersects(b.geometry()):
            names = [w.objectName() or type(w).__name__ for w in (a, b)]
            overlaps.append(f"{names[0]} {a.geometry()} / {names[1]} {b.geometry()}")
    assert overlaps == []
    # The panes the issue names are all on screen together.
    for key in ("event", "actors", "legend", "events"):
        assert window.docks[key] in shown, key
    assert window.statusBar() in window.findChildren(QWidget)
    assert window.statusBar().isVisible()
    assert window.timeline.height() >= 150


def _assert_whole_tab_titles(window: MainWindow) -> None:
    bars = [
        bar
        for bar in window.findChildren(QTabBar)
        if bar.isVisible() and window.rect().contains(bar.geometry())
    ]
    assert bars  # Event | Edit Event, Quotes | Sources
    for bar in bars:
        titles = [bar.tabText(n) for n in range(bar.count())]
        assert bar.width() >= bar.sizeHint().width(), titles


@pytest.mark.parametrize("screen", [SCREENS["13.5pt-1024x700-en"]], ids=["13.5pt"])
def test_the_filter_bar_wraps_onto_two_rows_when_narrow(
    large_text_app: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    window = _opened(large_text_app, qtbot, niger_timeline)
    bar = window.filter_bar
    controls = [bar.search, bar.date_from, bar.date_to, bar.within, bar.evidence]
    assert bar.two_rows  # at 13.5 pt, one row needs more than the timeline's width
    assert bar.date_from.y() > bar.search.y()
    assert all(control.isVisible() for control in controls)
    assert bar.search.width() >= bar.search.minimumWidth()
    window.resize(2200, 900)  # a wide window: one row again
    window.reset_layout()
    qtbot.wait(10)
    assert not bar.two_rows
    middle = bar.search.geometry().center().y()
    assert all(abs(control.geometry().center().y() - middle) <= 2 for control in controls)


@pytest.mark.parametrize("screen", [SCREENS["13.5pt-1024x700-en"]], ids=["13.5pt"])
def test_the_legend_says_why_it_is_empty(
    large_text_app: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    window = _opened(large_text_app, qtbot, niger_timeline)
    canvas = window.legend_pane.canvas
    assert canvas.empty_text() == ""  # the whole file in view: a legend
    index = niger_timeline.index
    extent = index.extent(None)
    assert extent is not None
    # A day long before the first event: nothing in view.
    window.timeline.show_window(extent[0] - 40 * 86400.0, extent[0] - 39 * 86400.0)
    qtbot.wait(10)
    assert window.timeline.empty_view_message() is not None
    assert canvas.empty_text() != ""
    assert canvas.sizeHint().height() > canvas.fontMetrics().height()
