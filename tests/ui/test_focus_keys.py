"""Keys that belong to one widget (arrows, Return, Delete, Esc) are actions of that widget
alone, made by one helper (``ui/focus_keys``): the timeline's keys, Previous/Next Event, the
Delete key of the timeline and the Events table, the search field's Next/Previous Match."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from timelineapp.ui.app import Application
from timelineapp.ui.focus_keys import focus_key_action


def _deletes(widget: QWidget) -> list[QAction]:
    delete = QKeySequence(QKeySequence.StandardKey.Delete)
    return [a for a in widget.actions() if delete in a.shortcuts()]


@pytest.mark.shared_window
def test_each_widget_holds_its_own_keys_for_when_it_has_the_focus(app: Application) -> None:
    window = app.window
    search = window.filter_bar.search
    held = {
        window.timeline: [
            window.previous_action,
            window.next_action,
            *window.timeline_keys,
            *_deletes(window.timeline),
        ],
        window.events_pane.table: _deletes(window.events_pane.table),
        search: [window.filter_bar.next_match_action, window.filter_bar.previous_match_action],
    }
    for widget, actions in held.items():
        assert actions
        for act in actions:
            assert act.shortcutContext() is Qt.ShortcutContext.WidgetShortcut, act.text()
            assert act in widget.actions(), act.text()
            assert act.text(), "unnamed: Help › Keyboard Shortcuts would list a blank"
    assert len(window.timeline_keys) == 9  # with the event menu's Shift+F10 (QA #109d)
    # The event menu's Delete, and Review Mode's (QA #117: its keys are not the window's),
    # one of them enabled at a time.
    review_delete = window.review.delete_action
    for widget in (window.timeline, window.events_pane.table):
        deletes = _deletes(widget)
        assert len(deletes) == 2
        assert review_delete in deletes
        for on in (False, True):
            window.review.mode_action.setChecked(on)
            assert [a for a in deletes if a.isEnabled()] == [
                review_delete if on else next(a for a in deletes if a is not review_delete)
            ]


def test_a_focus_key_of_a_text_field_puts_no_icon_in_it(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    pressed: list[bool] = []
    act = focus_key_action(field, field, "Next", ["Return", "Enter"], lambda: pressed.append(True))
    assert act.shortcuts() == [QKeySequence("Return"), QKeySequence("Enter")]
    assert field.actions() == [act]
    assert field.findChildren(QToolButton) == []  # QLineEdit.addAction's icon button
    act.trigger()
    assert pressed == [True]
