"""What handing a loaded file to the window does not do twice, or at all: the draft (every
document and actor as a pydantic model, ~22 ms on a million-event file) is made by the first
edit, not by the panes asking whether there is a file to edit; Fit All finds the events
that end last once for the labels' reach and the end marks' room."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.draft import Draft
from timelineapp.model.edits import update_event
from timelineapp.render import lanes
from timelineapp.render.scene import Geometry, end_rooms, label_reach
from timelineapp.render.timemap import LABEL_ROOM_SHARE, fit_labelled, view_range
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application


@pytest.fixture
def drafts_made(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The files a draft was made of, from now on."""
    made: list[object] = []
    of_loaded = Draft.of_loaded

    def counted(loaded: object) -> Draft:
        made.append(loaded)
        return of_loaded(loaded)  # type: ignore[arg-type]

    monkeypatch.setattr(Draft, "of_loaded", staticmethod(counted))
    return made


@pytest.mark.shared_window
def test_opening_a_file_makes_no_draft(
    app: Application, qtbot: QtBot, drafts_made: list[object]
) -> None:
    controller = app.controller
    window = app.window
    assert app.opener.open(example_event_file())
    qtbot.wait(50)  # what the panes do after the open's own turn
    assert drafts_made == []
    # What the panes ask of it is answered all the same.
    assert controller.has_draft
    header = controller.header
    assert header is not None
    assert header.title in window.windowTitle()
    assert window.windowTitle().endswith(f"({example_event_file().name})[*] — timelineapp")
    assert window.close_reload.close_action.isEnabled()
    edit_flow = window.edit_flow
    assert edit_flow.merge_actors_action.isEnabled()  # the example has 13 actors
    assert edit_flow.document_properties_action.isEnabled()
    # Selecting an event with sources enables Grade Sources… without the draft either.
    timeline = controller.timeline
    assert timeline is not None
    event = next(i for i in range(len(timeline.events)) if timeline.event(i).sources)
    controller.select(event)
    assert window.sources_pane.grade_button.isEnabled()
    # An edit makes it, once, and what is asked of it is the draft's from then on.
    draft = controller.draft
    assert draft is not None
    assert len(drafts_made) == 1
    controller.edit(update_event(draft, event, title="A new title"), "Edit")
    assert controller.header is draft.header
    assert len(drafts_made) == 1


@pytest.mark.shared_window
def test_no_file_has_no_draft(app: Application) -> None:
    app.controller.close_file()
    assert not app.controller.has_draft
    assert app.controller.header is None
    assert app.controller.draft is None
    assert not app.window.close_reload.close_action.isEnabled()


@pytest.mark.shared_window
def test_fit_all_finds_the_last_ending_events_once(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.opener.open(example_event_file())
    view = app.window.timeline
    inputs = view._inputs()
    measure = view._measure
    width = float(max(1, view.width()))
    timeline = app.controller.timeline
    assert timeline is not None
    # The map Fit All made before, with label_reach and end_rooms each finding them.
    published = ((d[1], d[2]) for d in inputs.documents)
    t0, t1 = view_range(timeline.index, app.controller.mask, published)
    g = Geometry()
    lanes_high = max(1, int((view.height() - g.top - g.axis_height - 4) // g.lane_height) - 1)
    share = 0.7 if app.controller.shown_count <= lanes_high else LABEL_ROOM_SHARE
    calls: list[int] = []
    last_ending = lanes.last_ending

    def counted(*args: object) -> object:
        calls.append(1)
        return last_ending(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(lanes, "last_ending", counted)
    reach = label_reach(inputs, measure, g)
    body = end_rooms(inputs, g, measure)
    assert len(calls) == 2  # the way it was
    calls.clear()
    view.fit_all()
    assert len(calls) == 1
    # The same map as before.
    assert view.timemap == fit_labelled(t0, t1, width, reach, view._limits, share, body)


@pytest.mark.shared_window
def test_closing_an_unchanged_file_makes_no_draft(
    app: Application, drafts_made: list[object]
) -> None:
    """File › Close and quitting ask whether there are changes to save: an unchanged file
    has none, and its draft was made at the window's close before (the 1M file's ~22 ms)."""
    assert app.opener.open(example_event_file())
    assert app.window.save_flow.maybe_save()
    assert app.window.close_reload.close_file()
    assert app.controller.timeline is None
    assert drafts_made == []
