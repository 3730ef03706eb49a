"""The main window's default dock layout: which pane docks where, and how big, in proportion
to the window (so a 1024×700 screen keeps a usable timeline)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle, QTabBar, QWidget

from .pane_scroll import PaneScroller
from .window_geometry import (
    LEFT_COLUMN,
    bottom_docks_height,
    is_cramped,
    left_column_width,
)


@dataclass(frozen=True)
class DockPanes:
    """The widgets the default layout docks, one per pane."""

    event: QWidget
    quotes: QWidget
    editor: QWidget
    sources: QWidget
    events: QWidget
    document: QWidget
    provenance: QWidget
    actors: QWidget
    legend: QWidget


def _dock(
    window: QMainWindow,
    docks: dict[str, QDockWidget],
    key: str,
    widget: QWidget,
    area: Qt.DockWidgetArea,
) -> QDockWidget:
    dock = QDockWidget(_titles()[key], window)
    dock.setObjectName(f"dock-{key}")  # saveState() needs stable names
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    docks[key] = dock
    return dock


def _titles() -> dict[str, str]:
    """Each pane's dock title. The context stays "MainWindow", as when these were its tr()
    calls; literal calls, so pyside6-lupdate sees them."""
    return {
        "event": QCoreApplication.translate("MainWindow", "Event"),
        "quotes": QCoreApplication.translate("MainWindow", "Quotes"),
        "editor": QCoreApplication.translate("MainWindow", "Edit Event"),
        "sources": QCoreApplication.translate("MainWindow", "Sources"),
        "events": QCoreApplication.translate("MainWindow", "Events"),
        "document": QCoreApplication.translate("MainWindow", "Document"),
        "provenance": QCoreApplication.translate("MainWindow", "Provenance"),
        "actors": QCoreApplication.translate("MainWindow", "Actors"),
        "legend": QCoreApplication.translate("MainWindow", "Legend"),
    }


def build_default_docks(window: QMainWindow, panes: DockPanes) -> dict[str, QDockWidget]:
    """The default layout: the Event pane beside the timeline from top to bottom (the
    right column takes both right corners), Actors and Legend on the left, the Events
    table and the Document under the timeline. Panes are stacked before they are tabbed:
    tabbing first and splitting a tab group after lost the split on small screens.

    Returns the docks by key, in the order they were added."""
    docks: dict[str, QDockWidget] = {}
    corner = Qt.Corner
    right = Qt.DockWidgetArea.RightDockWidgetArea
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    window.setCorner(corner.TopRightCorner, right)
    window.setCorner(corner.BottomRightCorner, right)
    window.setCorner(corner.TopLeftCorner, left)
    window.setCorner(corner.BottomLeftCorner, bottom)
    event = _dock(window, docks, "event", panes.event, right)
    quotes = _dock(window, docks, "quotes", panes.quotes, right)
    editor = _dock(window, docks, "editor", panes.editor, right)
    window.tabifyDockWidget(event, editor)
    sources = _dock(window, docks, "sources", panes.sources, right)
    window.tabifyDockWidget(quotes, sources)
    events = _dock(window, docks, "events", panes.events, bottom)
    document = _dock(window, docks, "document", panes.document, bottom)
    window.splitDockWidget(events, document, Qt.Orientation.Horizontal)
    # Provenance problems: tabbed with the Events table, raised when a file has any.
    provenance = _dock(window, docks, "provenance", panes.provenance, bottom)
    window.tabifyDockWidget(events, provenance)
    provenance.hide()  # shown when a file has problems, or from the status bar
    # The Actors pane is a column of controls above a tree: with large system text it is
    # taller and wider than the left dock at 1024×700, so it scrolls rather than overlap
    # the Legend. (The other panes are single scrolling views, or scroll already.)
    actors = _dock(window, docks, "actors", PaneScroller(panes.actors), left)
    _dock(window, docks, "legend", panes.legend, left)
    for dock in (event, quotes, events, actors):
        dock.raise_()
    size_docks(window, docks)
    return docks


def size_docks(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Dock sizes in proportion to the window, so a 1024×700 screen keeps a usable
    timeline (at least about half the height) beside the Event pane.

    The widths never ask for more than the central widget's minimum leaves: the dock
    layout accepts such a split at first, then takes the difference back from the Event
    dock at the next relayout (selecting an event), so the pane narrowed under the user.
    """
    width, height = window.width(), window.height()
    line = window.fontMetrics().height()  # cramped windows: ui/window_geometry (QA #61)
    left = left_column_width(width, height, line, docks["actors"].minimumSizeHint().width())
    # The right column is at least as wide as its tab labels ("Event | Edit Event"): cut
    # short to "É…", a tab no longer says which pane it raises.
    event_tabs = tabs_width(window, [docks["event"], docks["editor"]])
    tabs = max(event_tabs, tabs_width(window, [docks["quotes"], docks["sources"]]))
    event_min = docks["event"].minimumSizeHint().width()
    event = max(event_min, tabs, int(width * 0.3))
    central = window.centralWidget()
    central_min = central.minimumSizeHint().width() if central is not None else 0
    separators = 2 * window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
    spare = width - central_min - separators - left - event
    # Too narrow for all (a small screen, large text): the columns give way in turn, each
    # down to a floor, the most useful width kept longest: the left column to 230 px, the
    # right one to its whole tab labels, the left one to its minimum, the right one to its.
    left_min = max(docks[key].minimumSizeHint().width() for key in ("actors", "legend"))
    for column, floor in (
        ("left", max(left_min, min(left, LEFT_COLUMN))),
        ("event", max(event_min, tabs)),
        ("left", left_min),
        ("event", event_min),
    ):
        if spare >= 0:
            break
        now = left if column == "left" else event
        given = min(-spare, max(now - floor, 0))
        spare += given
        if column == "left":
            left -= given
        else:
            event -= given
    side = Qt.Orientation.Horizontal
    window.resizeDocks([docks["actors"]], [left], side)
    window.resizeDocks([docks["event"]], [event], side)
    up = Qt.Orientation.Vertical
    window.resizeDocks([docks["actors"], docks["legend"]], [7, 3], up)
    window.resizeDocks([docks["event"], docks["quotes"]], [55, 45], up)
    least = max(docks[k].minimumSizeHint().height() for k in ("events", "document"))
    window.resizeDocks([docks["events"]], [bottom_docks_height(height, line, least)], up)
    # The Events table beside the Document, 3 : 2, whenever the docks are made (before the
    # window is shown or after its first paint: the dock layout alone would split them
    # differently).
    window.resizeDocks([docks["events"], docks["document"]], [3, 2], side)
    cramped = is_cramped(height, line)
    _give_timeline_room(window, docks, cramped, event, event_tabs)  # nothing under it, cramped


def _give_timeline_room(
    window: QMainWindow,
    docks: dict[str, QDockWidget],
    cramped: bool,
    right_width: int,
    event_tabs: int,
) -> None:
    """In a cramped window (QA #61: 150 % text on a 1024×700 screen left the timeline
    ~460×170 px, three rows), nothing stays under the timeline: the Events table and the
    Document (tabbed, with Provenance) go to the foot of the right column, under the Event
    and the Quotes panes, so the timeline has the window's height. (Joined to the Quotes
    and Sources tabs they left four tab titles cut to two letters each.) The right column
    keeps ``right_width``, the width the layout chose for it, or the width of its tab titles
    (``event_tabs``: the Event pane's, measured by the caller), if wider. A roomy window
    (``cramped`` false) is not rearranged."""
    right = Qt.DockWidgetArea.RightDockWidgetArea
    event, quotes, events = docks["event"], docks["quotes"], docks["events"]
    if cramped and window.dockWidgetArea(events) != right:
        # A new row at the column's foot (splitting the Quotes dock would add a tab to it).
        window.addDockWidget(right, events, Qt.Orientation.Vertical)
        for beside, key in ((events, "provenance"), (quotes, "document")):
            dock = docks[key]
            hidden = dock.isHidden() and dock.testAttribute(
                Qt.WidgetAttribute.WA_WState_ExplicitShowHide
            )
            window.tabifyDockWidget(beside, dock)
            if hidden:
                dock.hide()  # Provenance stays hidden until a file has problems
        events.raise_()
        quotes.raise_()
    if window.dockWidgetArea(events) != right:
        return
    # Arranged so now, or when the window was smaller (the layout a start or View › Panes ›
    # Reset Layout gives): the sizes the dock layout asked for the table under the timeline
    # are made for the column. As wide as its tab titles, whole (the dock layout's rule).
    titles = max(event_tabs, tabs_width(window, [quotes, docks["sources"], docks["document"]]))
    window.resizeDocks([event, quotes, events], [45, 30, 25], Qt.Orientation.Vertical)
    window.resizeDocks([event], [max(right_width, titles)], Qt.Orientation.Horizontal)


def tabs_width(window: QMainWindow, docks: list[QDockWidget]) -> int:
    """The width a tab bar needs to show the titles of ``docks`` in full, in the window's
    font and style (measured on a bar like the one the window makes for tabbed docks)."""
    bar = QTabBar(window)
    try:
        bar.setDocumentMode(True)
        bar.setDrawBase(True)
        for dock in docks:
            bar.addTab(dock.windowTitle())
        return bar.sizeHint().width()
    finally:
        bar.setParent(None)
        bar.deleteLater()
