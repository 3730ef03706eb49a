"""Accessible names and descriptions of the window's areas, and one Tab stop per table.

A screen reader announces an area by its accessible name when the focus enters it (F6, Tab),
and reads the description on request. Names say what the area is; descriptions say what it
shows and how to use it from the keyboard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow


def _name(widget: QWidget | None, name: str, description: str) -> None:
    if widget is None:
        return
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def name_panes(window: MainWindow) -> None:
    """Names and descriptions for the timeline, the strips around it and every pane."""
    # Literal translate calls, one per string: pyside6-lupdate sees no string passed through
    # a helper (a `_tr(text)` here kept every one of them out of the French file).
    translate = QCoreApplication.translate
    _name(
        window.timeline,
        translate("Accessibility", "Timeline"),
        translate(
            "Accessibility",
            "Events on a time axis. Left and Right select the previous or next event; "
            "plus and minus zoom, Shift+Left and Shift+Right pan; F6 moves to the panes.",
        ),
    )
    _name(
        window.overview,
        translate("Accessibility", "Overview"),
        translate("Accessibility", "The whole file, with the visible part boxed."),
    )
    _name(
        window.filter_bar,
        translate("Accessibility", "Filter"),
        translate("Accessibility", "Search text and the active filter."),
    )
    descriptions = {
        "event": translate(
            "Accessibility", "The selected event: title, date, actors, sources and provenance."
        ),
        "editor": translate(
            "Accessibility", "Edit the selected event's title, date, actors and description."
        ),
        "quotes": translate("Accessibility", "The verbatim quotes that back the selected event."),
        "sources": translate("Accessibility", "The documents the selected event cites."),
        "events": translate(
            "Accessibility", "Every event shown, one row each. Arrow keys move between rows."
        ),
        "document": translate(
            "Accessibility", "The text of a source document, with the quoted passages marked."
        ),
        "provenance": translate(
            "Accessibility", "Quotes and date phrases that no longer match their documents."
        ),
        "actors": translate(
            "Accessibility", "The actors of the file; check them to filter the timeline."
        ),
        "legend": translate(
            "Accessibility", "What the marks, colours and shapes of the timeline mean."
        ),
    }
    for key, dock in window.docks.items():
        pane = dock.widget()
        _name(pane, dock.windowTitle(), descriptions.get(key, ""))
        if pane is None:
            continue
        for view in pane.findChildren(QAbstractItemView):
            # One Tab stop per table or list: arrows move inside, Tab leaves it.
            view.setTabKeyNavigation(False)
