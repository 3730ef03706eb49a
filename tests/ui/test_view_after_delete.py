"""After an edit the view stays where the user was, or on the remaining events; it never
moves to an empty stretch (QA #135: deleting the earliest event of a draft, far from the
others, showed 2022-05-30 – 2023-10-16, where no event is)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.calendar import to_seconds
from timelineapp.model.edits import remove_event
from timelineapp.ui.app import Application

FORMS_FILE = Path(__file__).parents[1] / "data" / "edtf" / "edtf-forms.timeline.json"


def _draft_like(folder: Path) -> Path:
    """The built draft's shape: one event in 2012, the others from April 2024 on."""
    data = json.loads(FORMS_FILE.read_text(encoding="utf-8"))
    template = data["events"][0]
    dated = [
        "2012",
        "2024-04/2024-05",
        "2024-05-19",
        "[2024-05-31..2024-06-28]",
        "[2024-05-31..2024-06-29]",
        "[..2024-09-15]",
    ]
    data["events"] = [
        {**template, "id": f"e{k}", "title": f"Event {k}", "date": date}
        for k, date in enumerate(dated)
    ]
    path = folder / "draft.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _events_in_view(app: Application) -> int:
    controller = app.controller
    timeline, view = controller.timeline, controller.viewport
    assert timeline is not None
    assert view is not None
    index = timeline.index
    inside = index.dated & controller.mask & (index.latest >= view.start)
    return int(np.count_nonzero(inside & (index.earliest <= view.end)))


@pytest.mark.shared_window
def test_deleting_the_earliest_event_keeps_the_others_in_view(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    app.window.resize(1024, 700)
    assert app.opener.open(_draft_like(tmp_path))
    app.window.timeline.fit_all()
    assert _events_in_view(app) == 6
    controller = app.controller
    assert controller.draft is not None
    assert controller.draft.events[0].date == "2012"
    controller.edit(remove_event(controller.draft, 0), "Delete")
    assert _events_in_view(app) == 5


@pytest.mark.shared_window
def test_an_edit_keeps_a_view_that_still_shows_events(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    """The rule does not re-fit after every edit: a zoomed view with events stays put."""
    app.window.resize(1024, 700)
    assert app.opener.open(_draft_like(tmp_path))
    timeline_view = app.window.timeline
    timeline_view.show_window(float(to_seconds(2024, 5, 1)), float(to_seconds(2024, 7, 1)))
    before = app.controller.viewport
    assert before is not None
    controller = app.controller
    assert controller.draft is not None
    controller.edit(remove_event(controller.draft, 0), "Delete")
    after = app.controller.viewport
    assert after is not None
    assert (round(after.start), round(after.end)) == (round(before.start), round(before.end))
