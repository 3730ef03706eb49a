"""The timeline as assistive technology sees it: a list whose one item is the focused event.

The timeline paints its events itself, so a screen reader finds no child widgets in it. A
``QAccessibleInterface`` for the widget says what it is (a list, its name and description)
and has one child while an event is selected: a list item named by the event's title and
described by its date in words and its actors. When the selection moves while the timeline
has the keyboard focus, that item takes the focus (a Focus event): screen readers speak the
focused item's name and description, as they do for a row of a list. A selection made
elsewhere (the Events table, a toolbar button) is announced instead, politely, unless the
focus is in a view of items that speaks its own row.

Why a child and not the list's value: on Linux Qt's AT-SPI bridge exposes a widget's
``Text.Value`` only through the Value interface of sliders and spin boxes, so a value was
never heard there (seen on the real accessibility bus with ``packaging/check_accessibility.py``).
The value is kept for platforms that read it (UI Automation's Value pattern on Windows).

Qt asks for interfaces through a process-wide factory; each timeline registers how to
describe its focused event, and the factory finds it there.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleValueChangeEvent,
    QWindow,
)
from PySide6.QtWidgets import QAbstractItemView, QAccessibleWidget, QApplication, QWidget

from .controller import TimelineController
from .events_model import date_words


@dataclass(frozen=True)
class FocusedEvent:
    """The selected event in words: its title, and its date and actors."""

    title: str
    details: str

    def sentence(self) -> str:
        return f"{self.title}, {self.details}" if self.details else self.title


# Qt's factory list is process-wide; these say which widgets are ours (with the controller
# that knows their selection) and keep the Python interfaces alive as long as their widgets
# (Qt caches them and would hold a dead object). Items are kept per widget, by its id.
_controllers: weakref.WeakKeyDictionary[QWidget, TimelineController] = weakref.WeakKeyDictionary()
_interfaces: weakref.WeakKeyDictionary[QWidget, TimelineAccessible] = weakref.WeakKeyDictionary()
_items: dict[int, _ItemCache] = {}
_factory_installed = False


def event_words(controller: TimelineController, number: int) -> FocusedEvent:
    """Event ``number``'s title, and "19 May 2024, Niger (signatory), United States"."""
    timeline = controller.timeline
    assert timeline is not None
    event = timeline.event(number)
    date = timeline.date(number)
    details = [
        QCoreApplication.translate("TimelineAccessible", "undated")
        if date is None
        else date_words(date)
    ]
    for ref in event.actors:
        name = timeline.actor_name(ref.actor)
        details.append(name if ref.role is None else f"{name} ({ref.role})")
    return FocusedEvent(event.title, ", ".join(details))


def focused_event(controller: TimelineController) -> FocusedEvent | None:
    """The selected event in words, if there is one."""
    if controller.timeline is None or controller.selection is None:
        return None
    return event_words(controller, controller.selection)


def focused_event_words(controller: TimelineController) -> str:
    """The focused event in one sentence, or why there is none."""
    if controller.timeline is None:
        return QCoreApplication.translate("TimelineAccessible", "No file open")
    event = focused_event(controller)
    return (
        QCoreApplication.translate("TimelineAccessible", "No event selected")
        if event is None
        else event.sentence()
    )


class FocusedEventItem(QAccessibleInterface):
    """The list's item for one event (there is no QObject for it).

    One item per event the selection visited (a few kept, see ``_ItemCache``): a selection
    moving to another event is then a focus change to another object, which screen readers
    speak; a renamed item that keeps the focus is spoken by some and not others.
    """

    def __init__(self, timeline: TimelineAccessible, key: tuple[int, int]) -> None:
        super().__init__()
        self._timeline = timeline
        self.key = key  # (the Timeline object's id, the event's number)

    def _event(self) -> FocusedEvent | None:
        return self._timeline.words(self.key)

    def isValid(self) -> bool:
        return self._timeline.isValid() and self._event() is not None

    def object(self) -> QObject:
        return None  # type: ignore[return-value]  # an item of a custom view has none

    def window(self) -> QWindow:
        return self._timeline.window()

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def focusChild(self) -> QAccessibleInterface:
        return None  # type: ignore[return-value]

    def childAt(self, x: int, y: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]

    def parent(self) -> QAccessibleInterface:
        return self._timeline

    def child(self, index: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        event = self._event()
        if event is None:
            return ""
        if kind == QAccessible.Text.Name:
            return event.title
        if kind == QAccessible.Text.Description:
            return event.details
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """Read-only: an event is edited in the Edit Event pane."""

    def rect(self) -> QRect:
        return self._timeline.rect()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        current = self._timeline.current_key() == self.key
        state = QAccessible.State()
        state.selectable = True
        state.focusable = True
        state.readOnly = True
        state.selected = current
        state.focused = current and self._timeline.widget().hasFocus()
        state.invisible = not current
        return state


class _ItemCache:
    """The items made for one timeline, registered with Qt's accessibility cache.

    Registered so that an item keeps one id (the AT-SPI bridge names objects by it) while a
    screen reader holds it. Python owns them: each stays referenced here until Qt has deleted
    it (``deleteAccessibleInterface``): when more than ``LIMIT`` were made, and when the
    widget goes (an item left behind would answer for a deleted timeline).
    """

    LIMIT = 16

    def __init__(self) -> None:
        self._items: dict[tuple[int, int], tuple[FocusedEventItem, int]] = {}

    def get(self, timeline: TimelineAccessible, key: tuple[int, int]) -> FocusedEventItem:
        found = self._items.pop(key, None)
        if found is None:
            item = FocusedEventItem(timeline, key)
            found = (item, QAccessible.registerAccessibleInterface(item))
        self._items[key] = found  # the most recent last
        while len(self._items) > self.LIMIT:
            self._delete(next(iter(self._items)))
        return found[0]

    def _delete(self, key: tuple[int, int]) -> None:
        _item, unique_id = self._items[key]
        QAccessible.deleteAccessibleInterface(unique_id)  # Qt deletes it, then we let go
        del self._items[key]

    def clear(self) -> None:
        for key in list(self._items):
            self._delete(key)


class TimelineAccessible(QAccessibleWidget):
    """The timeline widget's interface: a list with the focused event as its one item."""

    def __init__(self, widget: QWidget, controller: TimelineController) -> None:
        super().__init__(widget, QAccessible.Role.List, widget.accessibleName())
        self._controller = controller

    def current_key(self) -> tuple[int, int] | None:
        timeline, selected = self._controller.timeline, self._controller.selection
        return None if timeline is None or selected is None else (id(timeline), selected)

    def words(self, key: tuple[int, int]) -> FocusedEvent | None:
        """The event ``key`` names, while its file is the one open."""
        timeline = self._controller.timeline
        if timeline is None or id(timeline) != key[0] or key[1] >= len(timeline.events):
            return None
        return event_words(self._controller, key[1])

    def item(self) -> FocusedEventItem | None:
        key = self.current_key()
        if key is None:
            return None
        return _items.setdefault(id(self.widget()), _ItemCache()).get(self, key)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name:
            return widget.accessibleName() or QCoreApplication.translate(
                "TimelineAccessible", "Timeline"
            )
        if kind == QAccessible.Text.Description:
            return widget.accessibleDescription()
        if kind == QAccessible.Text.Value:
            return focused_event_words(self._controller)
        return str(super().text(kind))

    def childCount(self) -> int:
        return 0 if self.current_key() is None else 1

    def child(self, index: int) -> QAccessibleInterface:
        return self.item() if index == 0 else None  # type: ignore[return-value]

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        current = self.current_key()
        return 0 if isinstance(child, FocusedEventItem) and child.key == current else -1

    def focusChild(self) -> QAccessibleInterface:
        if self.widget().hasFocus():
            return self.item()  # type: ignore[return-value]
        return None  # type: ignore[return-value]

    def childAt(self, x: int, y: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]  # the item has no place of its own


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    controller = _controllers.get(obj)
    if controller is None:
        return None
    interface = _interfaces.get(obj)
    if interface is None:
        interface = TimelineAccessible(obj, controller)
        _interfaces[obj] = interface
    return interface


def _speaks_for_itself(widget: QWidget | None) -> bool:
    """Whether the focused widget reports its own current row (a table, a list, a tree)."""
    return isinstance(widget, QAbstractItemView)


def _release_items(widget_id: int) -> None:
    cache = _items.pop(widget_id, None)
    if cache is not None:
        cache.clear()


def _release_all() -> None:
    """Let Qt delete every item while the application still runs: a timeline widget may
    outlive ``exec()`` (held by a reference cycle until the interpreter's last collection),
    and deleting an interface after Qt's accessibility cache is gone crashes the quit."""
    for widget_id in list(_items):
        _release_items(widget_id)


def install(widget: QWidget, controller: TimelineController) -> None:
    """Give ``widget`` (the timeline) its interface, and tell its selection changes."""
    global _factory_installed
    _controllers[widget] = controller
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_release_all)
    widget_id = id(widget)
    widget.destroyed.connect(lambda: _release_items(widget_id))

    def on_selection_changed(_: object) -> None:
        if not QAccessible.isActive():
            return  # no assistive technology listening: nothing to build
        words = focused_event_words(controller)
        QAccessible.updateAccessibility(QAccessibleValueChangeEvent(widget, words))
        if widget.hasFocus():
            if controller.selection is not None:
                # The new event's item takes the focus: screen readers speak its name
                # (the title) and description (the date in words, the actors).
                focus = QAccessibleEvent(widget, QAccessible.Event.Focus)
                focus.setChild(0)
                QAccessible.updateAccessibility(focus)
        elif not _speaks_for_itself(QApplication.focusWidget()):
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, words))

    controller.selection_changed.connect(on_selection_changed)
