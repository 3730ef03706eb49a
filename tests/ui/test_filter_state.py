"""The filter state (one spec, applied everywhere, undoable) and the filter bar."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timelineapp.model.filtering import FilterSpec
from timelineapp.ui import filter_bar
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.filter_bar import FilterBar
from timelineapp.ui.filter_state import FilterState

from ..model.test_filtering import make_timeline

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def controller() -> TimelineController:
    controller = TimelineController()
    controller.set_timeline(make_timeline())
    return controller


@pytest.fixture
def state(controller: TimelineController) -> FilterState:
    return FilterState(controller)


@pytest.fixture
def bar(qtbot: QtBot, state: FilterState) -> FilterBar:
    bar = FilterBar(state)
    qtbot.addWidget(bar)
    return bar


def shown(controller: TimelineController) -> list[str]:
    return [f"e{i}" for i in np.flatnonzero(controller.mask)]


# --- the state ---------------------------------------------------------------------------------


def test_set_spec_applies_mask_and_words(
    qtbot: QtBot, state: FilterState, controller: TimelineController
) -> None:
    with qtbot.waitSignal(controller.filter_changed):
        state.set_spec(FilterSpec(actors=frozenset({"ru"}), text="deploiement"))
    assert shown(controller) == ["e5"]
    assert controller.filter_description == "Actors: Russie · text “deploiement”"
    assert state.description == controller.filter_description


def test_undo_restores_the_previous_filter(
    qtbot: QtBot, state: FilterState, controller: TimelineController
) -> None:
    assert not state.can_undo
    with qtbot.waitSignal(state.can_undo_changed) as blocker:
        state.set_spec(FilterSpec(actors=frozenset({"fr"})))
    assert blocker.args == [True]
    state.only_actor("ru")
    assert shown(controller) == ["e4", "e5"]
    state.undo()
    assert state.spec.actors == {"fr"}
    assert shown(controller) == ["e0", "e1", "e2", "e5"]
    with qtbot.waitSignal(state.can_undo_changed) as blocker:
        state.undo()
    assert blocker.args == [False]
    assert state.spec.is_empty
    assert shown(controller) == [f"e{i}" for i in range(7)]
    state.undo()  # nothing left: no change
    assert state.spec.is_empty


def test_typing_a_word_is_one_undo_step(state: FilterState) -> None:
    state.set_spec(FilterSpec(actors=frozenset({"fr"})))
    for text in ("a", "ac", "acc", "accord"):
        state.set_spec(dataclasses.replace(state.spec, text=text))
    state.undo()
    assert state.spec == FilterSpec(actors=frozenset({"fr"}))


def test_same_spec_is_not_a_change(state: FilterState) -> None:
    state.set_spec(FilterSpec())
    assert not state.can_undo


def test_only_actor_keeps_text_and_dates(state: FilterState) -> None:
    state.set_spec(
        FilterSpec(actors=frozenset({"fr"}), role="signataire", text="x", date_to="2020")
    )
    state.only_actor("us")
    assert state.spec == FilterSpec(actors=frozenset({"us"}), text="x", date_to="2020")


def test_search_matches_in_date_order(
    qtbot: QtBot, state: FilterState, controller: TimelineController
) -> None:
    with qtbot.waitSignal(state.search_matches_changed) as blocker:
        state.set_spec(FilterSpec(text="on"))
    # Exercices (2012-03), Réunion (2012-06-15), Sans acteur (2013), then undated Non daté.
    expected = [1, 6, 3, 4]
    assert blocker.args == [expected]
    assert state.search_matches == expected
    state.select_next_match()
    assert controller.selection == expected[0]
    state.select_next_match()
    assert controller.selection == expected[1]
    state.select_previous_match()
    state.select_previous_match()  # wraps to the last
    assert controller.selection == expected[-1]
    state.set_spec(FilterSpec())
    assert state.search_matches == []


def test_new_file_starts_afresh(state: FilterState, controller: TimelineController) -> None:
    state.set_spec(FilterSpec(actors=frozenset({"fr"}), within="certainly"))
    engine = state.engine
    controller.set_timeline(make_timeline())
    assert state.engine is not engine
    assert state.spec == FilterSpec(within="certainly")
    assert not state.can_undo


# --- the filter bar ----------------------------------------------------------------------------


def test_typing_filters_after_a_pause(
    qtbot: QtBot,
    state: FilterState,
    controller: TimelineController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(filter_bar, "SEARCH_DELAY_MS", 25)  # that it waits, not how long
    bar = FilterBar(state)
    qtbot.addWidget(bar)
    qtbot.keyClicks(bar.search, "ACCORD")
    assert state.spec.text == ""  # not yet: waiting for a pause
    qtbot.waitUntil(lambda: state.spec.text == "ACCORD")
    assert shown(controller) == ["e0"]
    assert bar.description.full_text() == "Text “ACCORD”"
    state.undo()
    assert bar.search.text() == ""


def test_enter_and_shift_enter_step_through_matches(
    qtbot: QtBot, bar: FilterBar, state: FilterState, controller: TimelineController
) -> None:
    bar.search.setText("on")
    with qtbot.waitSignal(bar.next_match_requested):
        qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    matches = state.search_matches
    assert len(matches) == 4
    assert state.spec.text == "on"
    assert controller.selection == matches[0]
    with qtbot.waitSignal(bar.previous_match_requested):
        qtbot.keyClick(bar.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert controller.selection == matches[-1]


def test_dates_are_checked_before_use(
    bar: FilterBar, state: FilterState, controller: TimelineController
) -> None:
    bar.date_from.setText("2012-03")
    bar.date_to.setText("2012-12")
    bar.apply_now()
    assert (state.spec.date_from, state.spec.date_to) == ("2012-03", "2012-12")
    assert "e0" in shown(controller)  # "2012": possibly within
    bar.within.setCurrentIndex(bar.within.findData("certainly"))
    bar.apply_now()
    assert state.spec.within == "certainly"
    assert "e0" not in shown(controller)
    bar.date_to.setText("2012-13")
    bar.on_date_edited()
    assert bar.date_to.property("invalid") is True
    assert "month" in bar.date_to.toolTip()
    bar.apply_now()
    assert state.spec.date_to == "2012-12"  # the last good filter stays
    bar.date_to.setText("")
    bar.on_date_edited()
    assert bar.date_to.property("invalid") is False
    bar.apply_now()
    assert state.spec.date_to is None


def test_clear_button_and_escape(
    qtbot: QtBot, bar: FilterBar, state: FilterState, controller: TimelineController
) -> None:
    assert not bar.clear_button.isEnabled()
    state.set_spec(FilterSpec(actors=frozenset({"ru"}), text="x", date_from="2012"))
    assert bar.search.text() == "x"
    assert bar.date_from.text() == "2012"
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert state.spec.is_empty
    assert bar.search.text() == ""
    assert bar.description.full_text() == ""
    state.undo()
    assert bar.search.text() == "x"
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    assert state.spec.text == ""
    assert state.spec.actors == {"ru"}


def test_focus_search(qtbot: QtBot, bar: FilterBar) -> None:
    bar.show()
    qtbot.waitExposed(bar)
    bar.search.setText("abc")
    bar.activateWindow()
    bar.focus_search()
    qtbot.waitUntil(bar.search.hasFocus)
    assert bar.search.selectedText() == "abc"
