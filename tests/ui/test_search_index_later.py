"""A big file's search index is built on a thread once the file is shown, not meanwhile."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.filtering.engine import FilterEngine
from timelineapp.ui import filter_state
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.filter_state import FilterState

from ..model.test_filtering import make_timeline


def test_the_search_index_is_built_on_a_thread_after_the_file_is_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filter_state, "SEARCH_INDEX_THREAD_EVENTS", 0)  # every file is big
    monkeypatch.setattr(filter_state, "SEARCH_INDEX_DELAY_MS", 30)
    built_on: list[str] = []
    prepare = FilterEngine.prepare_search

    def recorded(engine: FilterEngine) -> None:
        built_on.append(threading.current_thread().name)
        prepare(engine)

    monkeypatch.setattr(FilterEngine, "prepare_search", recorded)
    controller = TimelineController()
    state = FilterState(controller)
    controller.set_timeline(make_timeline())
    assert built_on == []  # not while the file is handed to the window
    qtbot.waitUntil(lambda: bool(built_on), timeout=5_000)
    assert built_on == ["search-index"]
    engine = state.engine
    assert engine is not None
    qtbot.waitUntil(lambda: engine._text_index is not None, timeout=5_000)


def test_a_file_replaced_before_the_delay_builds_no_index_for_the_old_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filter_state, "SEARCH_INDEX_THREAD_EVENTS", 0)
    monkeypatch.setattr(filter_state, "SEARCH_INDEX_DELAY_MS", 30)
    engines: list[FilterEngine] = []

    def recorded(engine: FilterEngine) -> None:
        engines.append(engine)

    monkeypatch.setattr(FilterEngine, "prepare_search", recorded)
    controller = TimelineController()
    state = FilterState(controller)
    controller.set_timeline(make_timeline())
    controller.set_timeline(make_timeline())  # another file at once
    qtbot.waitUntil(lambda: bool(engines), timeout=5_000)
    qtbot.wait(100)
    assert engines == [state.engine]
