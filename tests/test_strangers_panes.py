"""What a pane builds at once is capped: a file can hold a million of anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.ui.conftest import app, shared_window  # noqa: F401  (the window fixtures)
from timelineapp.ui.app import Application
from timelineapp.ui.panes import document_marks, event_pane, quotes_pane

from .model.event_files import TEXT, minimal


def _crowded(folder: Path, quotes: int, actors: int) -> Path:
    data = minimal()
    data["actors"] += [{"id": f"a{i}", "name": f"Acteur {i}"} for i in range(actors)]
    event = data["events"][0]
    event["actors"] = [f"a{i}" for i in range(actors)]
    event["sources"][0]["quotes"] = [{"start": 3, "end": 14, "text": TEXT[3:14]}] * quotes
    path = folder / "crowded.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.shared_window
def test_an_event_with_many_quotes_and_actors_builds_a_screenful(
    app: Application,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(document_marks, "MAX_MARKS", 40)
    monkeypatch.setattr(event_pane, "MAX_ACTOR_BUTTONS", 12)
    monkeypatch.setattr(quotes_pane, "FETCH_BATCH", 25)
    assert app.opener.open(_crowded(tmp_path, quotes=300, actors=100))
    app.controller.select(0)
    marks = app.window.document_pane.text_edit.extraSelections()
    assert 0 < len(marks) <= 2 * 40
    buttons = app.window.event_pane._actor_buttons
    assert len(buttons) == 12 + 1
    assert buttons[-1].text() == "and 88 more"
    # The quotes list is lazy: a batch now, the next ones as the view scrolls.
    model = app.window.quotes_pane.model
    assert model.rowCount() == 25
    entries = model.entries
    assert isinstance(entries, quotes_pane.QuoteEntries)
    assert len(entries) == 300
    assert entries.made <= 25  # made as the view reads them, not all 300 at the click
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 50


@pytest.mark.shared_window
def test_actor_dialogs_read_the_columns(
    app: Application,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The actor dialogs list a big file's actors from its columns: no model per actor (a
    million took 6.6 s), and the current actor's row found by the id index."""
    from timelineapp.model.actor_columns import HeaderActors
    from timelineapp.model.file_format import Actor
    from timelineapp.ui.editing import actor_list_model, dialogs

    actors = HeaderActors.of(
        [Actor(id="niger", name="Niger", kind="state")]
        + [Actor(id=f"a{i}", name=f"Acteur, {i}", parent="niger") for i in range(3000)]
    )

    def never(self: HeaderActors) -> None:
        raise AssertionError("a model per actor")

    monkeypatch.setattr(HeaderActors, "__iter__", never)
    window = app.window
    new = dialogs.ActorDialog(actors, "X", window)
    assert new.parent_actor.count() == 3002
    assert new.parent_actor.itemText(0) == "(none)"
    assert new.parent_actor.itemText(2) == "Acteur, 0"
    fixed = new.parent_actor.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    assert new.parent_actor.sizeAdjustPolicy() == fixed  # not measured name by name
    assert len(actors) > actor_list_model.BIG
    props = dialogs.ActorPropertiesDialog(actors, window)
    props.chooser.setCurrentIndex(props.choices.row_of("a2999"))
    assert props.chooser.currentText() == "Acteur, 2999 (a2999)"
    assert props.name.text() == "Acteur, 2999"
    assert props.chosen_parent() == "niger"
    merge = dialogs.MergeActorsDialog(actors, window)
    # "Into" waits for a choice (QA #84); the column still lists every actor after "(none)".
    assert (merge.absorb.currentData(), merge.keep.currentData()) == ("niger", None)
    merge.keep.setCurrentIndex(2)
    assert merge.keep.currentData() == "a0"
    who = dialogs.AttributeDialog(actors, "a7", window)
    assert who.attributed_to() == "a7"
    who.who.setEditText("communiqué conjoint")
    assert who.attributed_to() == "communiqué conjoint"
    nobody = dialogs.AttributeDialog(actors, None, window)
    assert nobody.attributed_to() is None
    for dialog in (new, props, merge, who, nobody):
        dialog.deleteLater()
