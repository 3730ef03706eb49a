"""New Actor proposes the kind the name's words say (QA #109g: "ABVV union" was a person)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.extract.actors.organisations import kind_of_name
from timelineapp.model.file_format import ActorKind
from timelineapp.ui.editing.dialogs import ActorDialog


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ABVV union", ActorKind.ORGANIZATION),
        ("port authority", ActorKind.ORGANIZATION),
        ("ministère américain de la Défense", ActorKind.ORGANIZATION),
        ("armée de terre du Niger", ActorKind.MILITARY),
        ("Belgique", ActorKind.STATE),
        ("Tom Peeters", ActorKind.PERSON),
        ("Marine Le Pen", ActorKind.PERSON),  # a first name, not the navy
        ("", ActorKind.PERSON),
    ],
)
def test_new_actor_proposes_the_kind_its_name_says(
    qtbot: QtBot, name: str, kind: ActorKind
) -> None:
    dialog = ActorDialog([], name)
    qtbot.addWidget(dialog)
    assert dialog.chosen_kind() == kind
    assert kind_of_name(name) == (None if kind is ActorKind.PERSON else kind.value)
