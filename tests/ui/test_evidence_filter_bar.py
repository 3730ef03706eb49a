"""The filter bar's Evidence menu: edits the spec, composes, undoes, says itself in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.filtering import FilterSpec
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render.export_text import export_language
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.filter_bar import FilterBar
from timelineapp.ui.filter_state import FilterState

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BRIDGE = Path(__file__).parents[1] / "data" / "evidence" / "bridge.timeline.json"


@pytest.fixture
def controller() -> TimelineController:
    loaded = load_event_file(BRIDGE).loaded
    assert loaded is not None
    controller = TimelineController()
    controller.set_timeline(Timeline(loaded))
    return controller


@pytest.fixture
def state(controller: TimelineController) -> FilterState:
    return FilterState(controller)


@pytest.fixture(autouse=True)
def english_window(qapp: object) -> Iterator[None]:
    """The English translator the window installs (English plural forms)."""
    with export_language("en"):
        yield


@pytest.fixture
def bar(qtbot: QtBot, state: FilterState) -> FilterBar:
    bar = FilterBar(state)
    qtbot.addWidget(bar)
    return bar


def shown(controller: TimelineController) -> list[str]:
    return [controller.timeline.loaded.ids[i] for i in np.flatnonzero(controller.mask)]  # type: ignore[union-attr]


def test_each_menu_entry_filters_and_one_undo_removes_it(
    bar: FilterBar, state: FilterState, controller: TimelineController
) -> None:
    evidence = bar.evidence
    assert evidence.text() == "Evidence"
    evidence.min_sources.setValue(2)
    assert shown(controller) == ["fermeture-pont"]
    assert state.spec.min_sources == 2
    assert evidence.text() == "Evidence (1)"
    assert bar.description.full_text() == "At least 2 independent sources"  # the window's language
    state.undo()
    assert state.spec == FilterSpec()
    assert len(shown(controller)) == 4
    assert evidence.min_sources.value() == 0
    assert evidence.text() == "Evidence"


def test_entries_compose_with_the_search_text(
    bar: FilterBar, state: FilterState, controller: TimelineController
) -> None:
    evidence = bar.evidence
    evidence.single.setChecked(True)
    assert shown(controller) == ["arrivee-camions", "annonce-prefecture", "duree-travaux"]
    evidence.review[next(iter(evidence.review))].setChecked(True)  # unreviewed
    assert shown(controller) == ["arrivee-camions", "duree-travaux"]
    bar.search.setText("camions")
    bar.apply_now()
    assert shown(controller) == ["arrivee-camions"]
    assert state.description == "Text “camions” · single source · review: unreviewed"
    evidence.clear()
    assert state.spec == FilterSpec(text="camions")


def test_grade_and_conflicts(
    bar: FilterBar, state: FilterState, controller: TimelineController
) -> None:
    evidence = bar.evidence
    evidence.min_grade.setCurrentIndex(evidence.min_grade.findData("A1"))
    evidence.apply_now()
    assert shown(controller) == ["annonce-prefecture"]
    evidence.min_grade.setCurrentIndex(0)
    evidence.apply_now()
    evidence.conflicts.setChecked(True)
    assert shown(controller) == ["fermeture-pont"]
    assert state.spec.min_grade is None
    bar.clear_button.click()
    assert state.spec.is_empty
    assert not evidence.conflicts.isChecked()


def test_a_spec_from_elsewhere_shows_in_the_menu(bar: FilterBar, state: FilterState) -> None:
    state.set_spec(FilterSpec(min_grade="b2", conflicts_only=True, review={"disputed"}))
    evidence = bar.evidence
    assert evidence.min_grade.currentData() == "B2"
    assert evidence.conflicts.isChecked()
    assert [a.isChecked() for a in evidence.review.values()] == [False, False, True]
    assert evidence.text() == "Evidence (3)"
