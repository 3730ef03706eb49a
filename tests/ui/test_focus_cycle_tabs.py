"""F6 never stops on a pane the user cannot see (QA #39): a pane tabbed behind another is
brought to the front, and the pane with the focus is marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


def _dock_of(widget: QWidget | None) -> QDockWidget | None:
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget


@pytest.mark.shared_window
def test_f6_brings_a_tabbed_pane_to_the_front_and_marks_it(app: Application, qtbot: QtBot) -> None:
    window = app.window
    assert app.opener.open(example_event_file())
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline)
    tabbed = [d for d in window.docks.values() if d.isVisible() and window.tabifiedDockWidgets(d)]
    assert tabbed, "the default layout tabs panes together"
    hidden_behind = [d for d in tabbed if d.visibleRegion().isEmpty()]
    assert hidden_behind, "some tabbed pane starts behind another"
    visited: set[str] = set()
    for _ in range(len(window._focus_areas())):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        focused = QApplication.focusWidget()
        if focused is window.timeline:
            continue
        dock = _dock_of(focused)
        assert dock is not None
        qtbot.waitUntil(lambda d=dock: not d.visibleRegion().isEmpty())  # on screen
        assert focused is not None
        assert not focused.visibleRegion().isEmpty()  # the focus is where the user sees
        assert window.active_pane.active is dock  # and its title is marked
        visited.add(dock.objectName())
    assert {d.objectName() for d in hidden_behind} <= visited  # every pane is reachable


@pytest.mark.shared_window
def test_a_combo_list_taking_the_focus_leaves_its_pane_unstyled_and_marked(
    app: Application, qtbot: QtBot
) -> None:
    """Opening a drop-down in a pane moves the focus to the list's popup window; restyling the
    pane then re-polished the combo inside its own showPopup() and crashed (QA #78)."""
    from PySide6.QtWidgets import QComboBox

    window = app.window
    assert app.opener.open(example_event_file())
    combos = [
        c for d in window.docks.values() for c in d.findChildren(QComboBox) if _dock_of(c) is d
    ]
    assert combos
    combo = combos[0]
    dock = _dock_of(combo)
    window.active_pane.on_focus_changed(None, combo)
    assert window.active_pane.active is dock
    sheet = dock.styleSheet() if dock is not None else ""
    popup_list = combo.view()
    assert popup_list.window().windowType() == Qt.WindowType.Popup
    window.active_pane.on_focus_changed(combo, popup_list)
    assert window.active_pane.active is dock
    assert dock is not None
    assert dock.styleSheet() == sheet  # untouched while the list is open


@pytest.mark.shared_window
def test_a_pane_once_marked_follows_a_later_theme_change(app: Application, qtbot: QtBot) -> None:
    """The mark's style sheet, taken away, left the pane in the palette it had then: after
    F6 into the Event pane and back, View › Theme › Dark left that pane light."""
    from timelineapp.ui.settings import UiTheme
    from timelineapp.ui.theme import is_dark

    window = app.window
    assert app.opener.open(example_event_file())
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline)
    qtbot.keyClick(window.timeline, Qt.Key.Key_F6)
    dock = window.active_pane.active
    assert dock is not None  # marked
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: window.active_pane.active is None)
    assert dock.styleSheet() == ""  # unmarked
    window.theme_actions[UiTheme.DARK].trigger()
    QApplication.processEvents()
    try:
        assert is_dark(dock.palette())
        pane = dock.widget()
        assert pane is not None
        assert is_dark(pane.palette())
    finally:
        window.theme_actions[UiTheme.SYSTEM].trigger()
        QApplication.processEvents()
    assert not is_dark(dock.palette())  # and back to the offscreen platform's light one
