"""The window marks a note that explained the old date, in its own words, in the same undo
step as the date phrase dropped (QA #131)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from timelineapp.ui.app import Application

from ..model.event_files import minimal, to_bytes

NOTE = "date from « le 19 mai 2024 » (read as 2024-05-19) = 2024-05-19"
MARK = "Written when the event was dated {old}: {note}"


@pytest.mark.shared_window
def test_the_window_marks_the_note_in_its_language_and_undoes_it_with_the_date(
    app: Application, tmp_path: Path, stand_in_french: Callable[..., None]
) -> None:
    stand_in_french(
        {("EditFlow", MARK): "Note écrite quand l’événement était daté de {old} : {note}"}
    )
    data = minimal()
    data["events"][0]["note"] = NOTE
    path = tmp_path / "noted.timeline.json"
    path.write_bytes(to_bytes(data))
    assert app.opener.open(path)
    assert app.window.edit_flow.change_event(0, "Change date", date="2024-05-20")
    draft = app.controller.draft
    assert draft is not None
    assert (
        draft.events[0].note == f"Note écrite quand l’événement était daté de 2024-05-19 : {NOTE}"
    )
    assert draft.events[0].sources[0].date_phrase is None
    app.controller.undo_stack.undo()
    draft = app.controller.draft
    assert draft is not None
    assert (draft.events[0].date, draft.events[0].note) == ("2024-05-19", NOTE)
    assert draft.events[0].sources[0].date_phrase is not None
