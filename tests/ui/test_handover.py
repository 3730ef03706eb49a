"""A loaded file reaches the window with its per-file arrays made by the loading thread.

At a million events the colours, the document dates, the per-actor counts, the Events
table's order and Fit All's least span were each tens of milliseconds of the one event
that handed the file to the window (``ui.handover``). Timing is the benchmark's business
(``benchmarks/bench_gui_load.py``); here: where the work runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.filtering.engine import FilterEngine
from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.render import inputs, timemap
from timelineapp.resources import example_event_file
from timelineapp.ui import handover
from timelineapp.ui.app import Application

Recorder = list[tuple[str, str]]  # (what was computed, on which thread)


# Each test empties and reuses the module's one window (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """Every computation of a per-file array, with the thread it ran on."""
    calls: Recorder = []

    def recorded(name: str, compute: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            calls.append((name, threading.current_thread().name))
            return compute(*args, **kwargs)

        return run

    monkeypatch.setattr(inputs, "event_colors", recorded("colours", inputs.event_colors))
    monkeypatch.setattr(inputs, "document_dates", recorded("documents", inputs.document_dates))
    monkeypatch.setattr(FilterEngine, "_counts", recorded("counts", FilterEngine._counts))
    for name, memo in (("order", handover.date_order), ("span", timemap.shortest_span)):
        monkeypatch.setattr(memo, "_compute", recorded(name, memo._compute))
    return calls


def _settle(qtbot: QtBot, app: Application) -> None:
    """Paint the window and let the deferred parts (the first document) come."""
    app.window.repaint()
    qtbot.wait(50)
    app.window.repaint()


def test_the_window_computes_no_per_file_array_of_a_file_loaded_in_the_background(
    app: Application, qtbot: QtBot, computed: Recorder
) -> None:
    app.opener.background_threshold = 0  # the example loads on a worker thread, as 1M does
    with qtbot.waitSignal(app.opener.opened, timeout=20_000):
        app.opener.open(example_event_file())
    _settle(qtbot, app)
    main = threading.main_thread().name
    assert {name for name, _ in computed} >= {"colours", "documents", "counts", "order", "span"}
    assert [call for call in computed if call[1] == main] == []
    # What is shown is the file's: every event in the table, counted in the Actors pane.
    timeline = app.controller.timeline
    assert timeline is not None
    assert app.window.events_pane.model.rowCount() == timeline.index.count


def test_a_file_not_prepared_is_computed_by_the_window(
    app: Application, qtbot: QtBot, computed: Recorder
) -> None:
    """The recorder sees the window's own work (so the test above can fail)."""
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    app.controller.set_timeline(Timeline(result.loaded), example_event_file())
    _settle(qtbot, app)
    main = threading.main_thread().name
    assert {name for name, thread in computed if thread == main} >= {
        "colours",
        "documents",
        "order",
        "span",
    }
