"""The timeline as assistive technology sees it: its name, and the event in focus in words.

The timeline paints its events itself, so a screen reader finds no child widgets in it. A
``QAccessibleInterface`` for the widget says what it is (name and description) and, as its
value, the selected event: title, date in words and actors. A selection change is announced
(``QAccessibleAnnouncementEvent``) and reported as a value change, so screen readers speak
the event the arrow keys moved to.

Qt asks for interfaces through a process-wide factory; each timeline registers how to
describe its focused event, and the factory finds it there.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QAccessibleValueChangeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from .controller import TimelineController
from .events_model import date_words

# Qt's factory list is process-wide; these say which widgets are ours and keep the Python
# interfaces alive as long as their widgets (Qt caches them and would hold a dead object).
_describers: weakref.WeakKeyDictionary[QWidget, Callable[[], str]] = weakref.WeakKeyDictionary()
_interfaces: weakref.WeakKeyDictionary[QWidget, TimelineAccessible] = weakref.WeakKeyDictionary()
_factory_installed = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineAccessible", text)


def focused_event_words(controller: TimelineController) -> str:
    """ "Title, 19 May 2024, Niger (signatory), United States" for the selected event."""
    timeline = controller.timeline
    selected = controller.selection
    if timeline is None:
        return _tr("No file open")
    if selected is None:
        return _tr("No event selected")
    event = timeline.event(selected)
    date = timeline.date(selected)
    parts = [event.title, _tr("undated") if date is None else date_words(date)]
    for ref in event.actors:
        name = timeline.actor_name(ref.actor)
        parts.append(name if ref.role is None else f"{name} ({ref.role})")
    return ", ".join(parts)


class TimelineAccessible(QAccessibleWidget):
    """The timeline widget's interface: a list whose value is the focused event."""

    def __init__(self, widget: QWidget, describe: Callable[[], str]) -> None:
        super().__init__(widget, QAccessible.Role.List, widget.accessibleName())
        self._describe = describe

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name:
            return widget.accessibleName() or _tr("Timeline")
        if kind == QAccessible.Text.Description:
            return widget.accessibleDescription()
        if kind == QAccessible.Text.Value:
            return self._describe()
        return str(super().text(kind))


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    describe = _describers.get(obj)
    if describe is None:
        return None
    interface = _interfaces.get(obj)
    if interface is None:
        interface = TimelineAccessible(obj, describe)
        _interfaces[obj] = interface
    return interface


def install(widget: QWidget, controller: TimelineController) -> None:
    """Give ``widget`` (the timeline) its interface, and announce its selection changes."""
    global _factory_installed
    _describers[widget] = lambda: focused_event_words(controller)
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True

    def announce(_: object) -> None:
        if not QAccessible.isActive():
            return  # no assistive technology listening: nothing to build
        words = focused_event_words(controller)
        QAccessible.updateAccessibility(QAccessibleValueChangeEvent(widget, words))
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, words))

    controller.selection_changed.connect(announce)
