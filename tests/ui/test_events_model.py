"""The events table model, its filtering/sorting proxy and the events pane."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_bytes
from timelineapp.model.timeline import Timeline
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.events_model import Column, EventIndexRole, EventsTableModel, SortRole
from timelineapp.ui.panes.events_pane import EventsPane, MaskFilterProxyModel

# WORKAROUND: the offscreen platform warns on every shown top-level widget with a layout; it
# says nothing about our code. Better placed as qt_log_ignore in pyproject.toml.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# File order is deliberately not date order, and the undated events are not at the end.
EVENTS: list[dict[str, Any]] = [
    {"id": "e0", "title": "Signature", "date": "2024-05-19", "actors": ["niger", "usa"]},
    {"id": "e1", "title": "Sans date A"},
    {"id": "e2", "title": "Coopération", "date": "2012", "review": "disputed"},
    {"id": "e3", "title": "Échéance", "date": "[..2024-09-15]", "status": "deadline"},
    {"id": "e4", "title": "Sans date B", "actors": [{"actor": "usa", "role": "cible"}]},
    {"id": "e5", "title": "Déploiement", "date": "2024-04/2024-05"},
]
DATE_ORDER = [2, 5, 0, 3]  # by earliest instant
UNDATED = [1, 4]


def make_timeline() -> Timeline:
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "Test",
        "language": "fr",
        "actors": [{"id": "niger", "name": "Niger"}, {"id": "usa", "name": "États-Unis"}],
        "events": EVENTS,
    }
    result = load_event_bytes(json.dumps(data).encode(), "test.timeline.json", None)
    assert result.ok, result.issues
    assert result.loaded is not None
    return Timeline(result.loaded)


@pytest.fixture
def controller() -> TimelineController:
    controller = TimelineController()
    controller.set_timeline(make_timeline())
    return controller


@pytest.fixture
def pane(qtbot: QtBot, controller: TimelineController) -> EventsPane:
    pane = EventsPane(controller)
    qtbot.addWidget(pane)
    pane.resize(800, 400)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_model_passes_modeltester(qtmodeltester: ModelTester) -> None:
    model = EventsTableModel(make_timeline())
    qtmodeltester.check(model)


def test_empty_model_passes_modeltester(qtmodeltester: ModelTester) -> None:
    model = EventsTableModel(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_proxy_passes_modeltester(qtmodeltester: ModelTester) -> None:
    model = EventsTableModel(make_timeline())
    proxy = MaskFilterProxyModel(model)
    proxy.set_mask(np.array([True, False, True, True, False, True]))
    proxy.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_cells_show_words_and_roles() -> None:
    model = EventsTableModel(make_timeline())

    def cell(event: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        index = model.index(model.row_of(event), column)
        assert index.data(EventIndexRole) == event
        return index.data(role)

    assert cell(0, Column.DATE) == "on 19 May 2024"  # the window's language, not the file's
    assert cell(3, Column.DATE) == "by 15 September 2024"
    assert cell(0, Column.TITLE) == "Signature"
    assert cell(0, Column.ACTORS) == "Niger, États-Unis"
    assert cell(3, Column.STATUS) == "Deadline"
    assert cell(2, Column.REVIEW) == "Disputed"
    assert cell(0, Column.REVIEW) == "Unreviewed"
    # Undated events say so, in italics, and have no date to sort by.
    assert cell(1, Column.DATE) == "Undated"
    font = cell(1, Column.DATE, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.italic()
    assert cell(1, Column.DATE, SortRole) is None
    assert cell(0, Column.DATE, SortRole) < cell(3, Column.DATE, SortRole)
    assert cell(0, Column.DATE, Qt.ItemDataRole.ToolTipRole).count("2024-05-19") == 1
    assert model.headerData(Column.DATE, Qt.Orientation.Horizontal) == "Date"
    assert model.rowCount(model.index(0, 0)) == 0


def test_model_sorts_itself_with_undated_last() -> None:
    model = EventsTableModel(make_timeline())

    def order() -> list[int]:
        return [model.event_at(row) for row in range(model.rowCount())]

    assert order() == DATE_ORDER + UNDATED  # by date by default
    # Rows come from the index's date ranks here: they must still find every event.
    assert all(model.row_of(model.event_at(row)) == row for row in range(model.rowCount()))
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert order() == DATE_ORDER[::-1] + UNDATED
    model.sort(Column.REVIEW, Qt.SortOrder.DescendingOrder)
    assert order()[0] == 2  # the one disputed event
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [EVENTS[i]["title"] for i in order()]
    assert titles == sorted(titles, key=str.casefold)
    assert all(model.row_of(model.event_at(row)) == row for row in range(model.rowCount()))


def test_table_is_sorted_by_date_with_undated_last(pane: EventsPane) -> None:
    assert pane.shown_events() == DATE_ORDER + UNDATED
    header = pane.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.DATE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_undated_stay_last_in_descending_order(pane: EventsPane) -> None:
    pane.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
    shown = pane.shown_events()
    assert shown[:4] == DATE_ORDER[::-1]
    assert sorted(shown[4:]) == UNDATED


def test_sorting_by_title(pane: EventsPane) -> None:
    pane.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [pane.proxy.index(row, Column.TITLE).data() for row in range(pane.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_sorting_keeps_the_selected_event(pane: EventsPane, controller: TimelineController) -> None:
    controller.select(3)
    pane.table.sortByColumn(Column.TITLE, Qt.SortOrder.DescendingOrder)
    rows = pane.table.selectionModel().selectedRows()
    assert [index.data(EventIndexRole) for index in rows] == [3]
    assert pane.table.currentIndex().data(EventIndexRole) == 3
    assert controller.selection == 3


def test_count_label(pane: EventsPane, controller: TimelineController) -> None:
    assert pane.count_label.text() == "6 event(s), 2 undated"
    controller.set_mask(np.array([True, True, False, False, False, False]))
    assert pane.count_label.text() == "6 event(s), 2 undated — 2 shown"


def test_filter_hides_rows(pane: EventsPane, controller: TimelineController) -> None:
    controller.set_mask(np.array([True, False, True, False, True, False]))
    assert pane.shown_events() == [2, 0, 4]
    controller.set_mask(np.ones(6, dtype=np.bool_))
    assert pane.shown_events() == DATE_ORDER + UNDATED


def test_clicking_a_row_selects_its_event(
    qtbot: QtBot, pane: EventsPane, controller: TimelineController
) -> None:
    row = pane.shown_events().index(3)
    rect = pane.table.visualRect(pane.proxy.index(row, Column.TITLE))
    with qtbot.waitSignal(controller.selection_changed) as blocker:
        qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [3]
    assert controller.selection == 3


def test_controller_selection_selects_the_row(
    pane: EventsPane, controller: TimelineController
) -> None:
    controller.select(5)
    rows = pane.table.selectionModel().selectedRows()
    assert [index.data(EventIndexRole) for index in rows] == [5]
    assert pane.table.currentIndex().data(EventIndexRole) == 5
    controller.select(None)
    assert pane.table.selectionModel().selectedRows() == []


def test_syncing_does_not_echo(
    qtbot: QtBot, pane: EventsPane, controller: TimelineController
) -> None:
    emitted: list[object] = []
    controller.selection_changed.connect(emitted.append)
    controller.select(0)
    controller.select(4)
    assert emitted == [0, 4]


def test_arrow_keys_walk_the_rows(
    qtbot: QtBot, pane: EventsPane, controller: TimelineController
) -> None:
    controller.select(DATE_ORDER[0])
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    assert controller.selection == DATE_ORDER[1]
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    assert controller.selection == DATE_ORDER[2]
    qtbot.keyClick(pane.table, Qt.Key.Key_Up)
    assert controller.selection == DATE_ORDER[1]


def test_filtering_out_the_selected_row_keeps_the_selection(
    pane: EventsPane, controller: TimelineController
) -> None:
    controller.select(0)
    controller.set_mask(np.array([False, True, True, True, True, True]))
    assert controller.selection == 0
    assert pane.table.selectionModel().selectedRows() == []
    controller.set_mask(np.ones(6, dtype=np.bool_))
    rows = pane.table.selectionModel().selectedRows()
    assert [index.data(EventIndexRole) for index in rows] == [0]


def test_new_file_resets_the_table(pane: EventsPane, controller: TimelineController) -> None:
    controller.select(2)
    controller.set_timeline(make_timeline())
    assert controller.selection is None
    assert pane.table.selectionModel().selectedRows() == []
    assert pane.proxy.rowCount(QModelIndex()) == len(EVENTS)
    assert pane.shown_events() == DATE_ORDER + UNDATED
