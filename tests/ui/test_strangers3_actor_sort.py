"""The Events table sorted by actors: by the names a cell shows, without a name per actor."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timelineapp.model.actor_columns import HeaderActors
from timelineapp.model.loading import load_event_bytes
from timelineapp.model.timeline import Timeline
from timelineapp.ui import events_model
from timelineapp.ui.events_model import Column, EventIndexRole, EventsTableModel

NAMES = ["Niger", "états-Unis", "France", "Wagner", "niger", "Africa Corps"]


def _timeline(actor_count: int = len(NAMES)) -> Timeline:
    actors = [
        {"id": f"a{i}", "name": NAMES[i] if i < len(NAMES) else f"Z{i}"} for i in range(actor_count)
    ]
    events = [
        {"id": "e0", "title": "0", "actors": ["a1", "a2"]},
        {"id": "e1", "title": "1"},
        {"id": "e2", "title": "2", "actors": ["a0"]},
        {"id": "e3", "title": "3", "actors": ["a4", "a3"]},  # "niger" ties "Niger", then more
        {"id": "e4", "title": "4", "actors": ["a5"]},
        {"id": "e5", "title": "5", "actors": ["a1"]},
        {"id": "e6", "title": "6", "actors": ["a0"]},  # ties e2: file order
    ]
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "T",
        "actors": actors,
        "events": events,
    }
    result = load_event_bytes(json.dumps(data).encode(), "t.timeline.json", None)
    assert result.loaded is not None, result.issues
    return Timeline(result.loaded)


def _rows(model: EventsTableModel) -> list[int]:
    return [model.index(r, 0).data(EventIndexRole) for r in range(model.rowCount())]


def test_sorted_by_the_names_shown_one_after_the_other(qtbot: QtBot) -> None:
    model = EventsTableModel(_timeline())
    model.sort(int(Column.ACTORS), Qt.SortOrder.AscendingOrder)
    # Africa Corps; Niger (e2, e6 in file order), then "niger, Wagner"; états-Unis (alone
    # first, then with France); no actor last.
    assert _rows(model) == [4, 2, 6, 3, 5, 0, 1]
    model.sort(int(Column.ACTORS), Qt.SortOrder.DescendingOrder)
    assert _rows(model) == [0, 5, 3, 6, 2, 4, 1]


def test_only_the_actors_cells_show_are_named(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of many actors: sorting decodes the names of the actors the cells show only."""
    timeline = _timeline(5000)
    assert isinstance(timeline.actors, HeaderActors)
    decoded: list[int] = []
    real = events_model.taken

    def counting(strings: object, indices: np.ndarray) -> list[str]:
        decoded.append(len(indices))
        return real(strings, indices)  # type: ignore[arg-type]

    monkeypatch.setattr(events_model, "taken", counting)
    model = EventsTableModel(timeline)
    model.sort(int(Column.ACTORS), Qt.SortOrder.AscendingOrder)
    assert _rows(model) == [4, 2, 6, 3, 5, 0, 1]
    assert decoded == [6]
