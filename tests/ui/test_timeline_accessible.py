"""The timeline's accessible interface: a list whose one item is the focused event, and the
events a selection change sends (what a screen reader hears; the same on the real AT-SPI bus:
``packaging/check_accessibility.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.events_model import date_words
from timelineapp.ui.timeline_accessible import focused_event

# Each test opens the example in an emptied window: they share one (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window


def _interface(app: Application) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(app.window.timeline)
    assert interface is not None
    return interface


def _event_with_actors(app: Application) -> int:
    timeline = app.controller.timeline
    assert timeline is not None
    return next(i for i in range(len(timeline.events)) if timeline.event(i).actors)


def test_no_item_without_a_selection(app: Application) -> None:
    assert app.opener.open(example_event_file())
    app.controller.select(None)
    interface = _interface(app)
    assert interface.role() == QAccessible.Role.List
    assert interface.childCount() == 0
    assert interface.child(0) is None
    assert interface.text(QAccessible.Text.Value) == "No event selected"


def test_the_selected_event_is_an_item_named_by_its_title(app: Application) -> None:
    assert app.opener.open(example_event_file())
    number = _event_with_actors(app)
    app.controller.select(number)
    timeline = app.controller.timeline
    assert timeline is not None
    event = timeline.event(number)
    interface = _interface(app)
    assert interface.childCount() == 1
    item = interface.child(0)
    assert item is not None
    assert item.isValid()
    assert item.role() == QAccessible.Role.ListItem
    assert item.text(QAccessible.Text.Name) == event.title
    description = item.text(QAccessible.Text.Description)
    assert timeline.actor_name(event.actors[0].actor) in description
    date = timeline.date(number)
    assert date is not None
    assert description.startswith(date_words(date))  # "in 2012", "le 19 mai 2024"
    assert item.state().selected
    assert item.parent() is not None
    assert interface.indexOfChild(item) == 0
    assert QAccessible.uniqueId(item) == QAccessible.uniqueId(interface.child(0))
    # The list's value says it all in one sentence (read where values are read).
    assert interface.text(QAccessible.Text.Value) == f"{event.title}, {description}"


@pytest.fixture
def sent(app: Application) -> Iterator[list[tuple[QAccessible.Event, int, str]]]:
    """The accessibility events sent while a test runs: (type, child, the item's name)."""
    sent: list[tuple[QAccessible.Event, int, str]] = []
    QAccessible.setActive(True)

    def record(event: QAccessibleEvent) -> None:
        interface = event.accessibleInterface()
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        sent.append((event.type(), event.child(), name))

    original = QAccessible.updateAccessibility
    monkey = pytest.MonkeyPatch()
    monkey.setattr(
        "timelineapp.ui.timeline_accessible.QAccessible.updateAccessibility",
        lambda event: (record(event), original(event)),
    )
    yield sent
    monkey.undo()
    QAccessible.setActive(False)


def test_a_selection_moved_in_the_focused_timeline_focuses_its_item(
    app: Application, qtbot: QtBot, sent: list[tuple[QAccessible.Event, int, str]]
) -> None:
    assert app.opener.open(example_event_file())
    window = app.window
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline)
    sent.clear()  # opening selected an event already
    number = _event_with_actors(app)
    app.controller.select(number)
    described = focused_event(app.controller)
    assert described is not None
    assert (QAccessible.Event.Focus, 0, described.title) in sent
    assert _interface(app).focusChild() is not None
    assert not any(kind == QAccessible.Event.Announcement for kind, _, _ in sent)


def test_a_selection_made_elsewhere_is_announced(
    app: Application, qtbot: QtBot, sent: list[tuple[QAccessible.Event, int, str]]
) -> None:
    assert app.opener.open(example_event_file())
    window = app.window
    window.activateWindow()
    window.filter_bar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not window.timeline)
    sent.clear()
    app.controller.select(_event_with_actors(app))
    kinds = [kind for kind, _, _ in sent]
    assert QAccessible.Event.Announcement in kinds
    assert QAccessible.Event.Focus not in kinds
