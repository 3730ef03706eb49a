"""F6 leaves PySide's ownership of the window's widgets as it found it.

Walking the focus chain with ``nextInFocusChain()`` made each widget a Python child of the
one before it: deleting one (the Event pane's actor buttons, at the next selection) then
invalidated the wrappers "under" it, among them the filter bar's Evidence menu actions, and
clearing the filters raised "Internal C++ object (QAction) already deleted".
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from timelineapp.cli import main
from timelineapp.model.filtering import FilterSpec
from timelineapp.ui.app import Application
from timelineapp.ui.focus_cycle import first_focusable

IMPORTED = Path(__file__).parent.parent / "data" / "import" / "timelinejs-sahel.json"


def _deleted_later(widget: QWidget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_finding_the_first_focusable_widget_keeps_the_others_alive_for_python(
    qtbot: QtBot,
) -> None:
    area = QWidget()
    qtbot.addWidget(area)
    layout = QVBoxLayout(area)
    label = QLabel("no focus", area)
    button = QToolButton(area)
    menu = QMenu(button)
    action = menu.addAction("Only Conflicting Dates")
    action.setCheckable(True)
    button.setMenu(menu)
    layout.addWidget(label)
    layout.addWidget(button)
    area.show()
    assert first_focusable(area) is button
    _deleted_later(label)
    assert shiboken6.isValid(button)
    assert shiboken6.isValid(action)  # alive in Qt: alive for Python too
    action.setChecked(True)


@pytest.fixture
def unsourced_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """An imported timeline: its events have actors and no sources."""
    out = tmp_path / "sahel.timeline.json"
    assert main(["import", str(IMPORTED), "-o", str(out)]) == 0
    capsys.readouterr()
    return out


@pytest.mark.shared_window
def test_f6_over_empty_panes_then_a_new_selection_leaves_the_filters_working(
    app: Application, qtbot: QtBot, unsourced_file: Path
) -> None:
    """What a user did: select an event with an actor and no source (the Quotes and Sources
    panes show only a placeholder, so F6 searched the whole window for their first focusable
    widget), go round the panes with F6, select another event (the Event pane deletes the
    first one's actor buttons), then change the filters."""
    window = app.window
    assert app.opener.open(unsourced_file)
    timeline = app.controller.timeline
    assert timeline is not None
    event = timeline.event(0)
    assert event.actors
    assert not event.sources
    app.controller.select(0)
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline)
    for _ in range(len(window._focus_areas())):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    app.controller.select(1)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    evidence = window.filter_bar.evidence
    assert shiboken6.isValid(evidence.conflicts)
    evidence.conflicts.trigger()  # Evidence › Only Conflicting Dates
    assert app.filter_state.spec.conflicts_only
    evidence.clear_action.trigger()  # Evidence › Clear Evidence Filters
    assert not app.filter_state.spec.conflicts_only
    app.filter_state.set_spec(FilterSpec(min_sources=1))
    assert evidence.text() != "Evidence"  # the button says a filter is on
