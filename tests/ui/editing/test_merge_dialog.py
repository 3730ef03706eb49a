"""Events › Merge Actors: "Into" starts empty, its hint a placeholder, so a name typed there
is the whole text (QA #109b: "(choose the actor to keep)" was real text, typed after)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.editing import dialogs


@pytest.mark.shared_window
def test_into_starts_empty_and_takes_a_typed_name(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    draft = app.controller.draft
    assert draft is not None
    dialog = dialogs.MergeActorsDialog(draft.header.actors)
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.keep.lineEdit()
    assert line is not None
    assert line.text() == ""
    assert line.placeholderText()  # the hint, not text to type after
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    line.setText("France")  # typed (without the matches list, which offscreen Qt warns of)
    line.editingFinished.emit()
    assert dialog.keep.currentText().startswith("France")
    assert dialog.keep.currentData() == "france"
    assert ok.isEnabled() == (dialog.absorb.currentData() != "france")


@pytest.mark.shared_window
def test_merge_proposes_the_actors_pane_actor_and_counts_events(
    app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA #109b: the actor selected in the Actors pane is proposed as the one merged, and
    the dialog says how many events name each actor, and the reviews the merge resets."""
    assert app.opener.open(example_event_file())
    pane = app.window.actor_pane
    source = pane.model.index_of("etats-unis")
    pane.tree.setCurrentIndex(pane.proxy.mapFromSource(source))
    assert pane.current_actor() == "etats-unis"
    seen: list[dialogs.MergeActorsDialog] = []

    def shown(dialog: dialogs.MergeActorsDialog) -> int:
        seen.append(dialog)
        return 0  # cancelled: what it showed is what is checked

    monkeypatch.setattr(dialogs.MergeActorsDialog, "exec", shown)
    app.window.edit_flow.merge_actors_action.trigger()
    (dialog,) = seen
    assert dialog.absorb.currentData() == "etats-unis"
    assert dialog.keep.currentData() is None  # "Into" still waits for a choice (QA #84)
    text = dialog.counts.text()
    assert "itself is named by 8 event" in text  # the merged actor's events
    assert "3 of the merged actor's events" in text  # verified ones: reset by the merge
    dialog.keep.setCurrentIndex(dialog.keep.choices.row_of("niger"))
    text = dialog.counts.text()
    assert "itself is named by 11 event" in text
    # Events naming both are counted once.
    both = {
        i
        for i, event in enumerate(app.controller.draft.events)  # type: ignore[union-attr]
        if {ref.actor for ref in event.actors} & {"etats-unis", "niger"}
    }
    assert f"After the merge, {len(both)} event" in text
