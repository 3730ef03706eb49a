"""New Actor proposes the kind the name's words say (QA #109g: "ABVV union" was a person), and
offers the actor a name already names rather than making a second one (QA session 11)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from timelineapp.extract.actors.organisations import kind_of_name
from timelineapp.model.file_format import Actor, ActorKind
from timelineapp.ui.editing.dialogs import ActorDialog, ActorPropertiesDialog


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


def _actors() -> list[Actor]:
    return [
        Actor(id="mb", name="Mohamed Bazoum", kind="person", aliases=["Bazoum"]),
        Actor(id="us", name="États-Unis", kind="state", aliases=["USA"]),
        Actor(id="niger", name="Niger", kind="state"),
    ]


@pytest.mark.parametrize(
    ("typed", "existing"),
    [
        ("Niger", "niger"),
        ("niger", "niger"),
        ("  Mohamed   Bazoum ", "mb"),
        ("etats-unis", "us"),
        ("usa", "us"),  # an alias names the actor too
        ("Bazoum", "mb"),
        ("Nigeria", None),
        ("Mohamed", None),
        ("", None),
    ],
)
def test_a_name_the_file_has_offers_its_actor(
    qtbot: QtBot, typed: str, existing: str | None
) -> None:
    dialog = ActorDialog(_actors(), typed)
    qtbot.addWidget(dialog)
    assert dialog.existing_id() == existing
    assert dialog.existing_note.isHidden() == (existing is None)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert (ok.text() == "&Use Existing Actor") == (existing is not None)


def test_typing_a_taken_name_then_another_makes_a_new_actor_again(qtbot: QtBot) -> None:
    dialog = ActorDialog(_actors(), "")
    qtbot.addWidget(dialog)
    dialog.name.setText("Niger")
    assert dialog.existing_id() == "niger"
    assert not dialog.aliases.isEnabled()
    dialog.name.setText("Niger (armée)")
    assert dialog.existing_id() is None
    assert dialog.aliases.isEnabled()
    assert dialog.existing_note.isHidden()


def test_renaming_an_actor_to_another_actors_name_is_refused(qtbot: QtBot) -> None:
    dialog = ActorPropertiesDialog(_actors(), None)
    qtbot.addWidget(dialog)
    dialog.chooser.setCurrentIndex(dialog.choices.row_of("niger"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()  # its own name is no other actor's
    assert dialog.existing_note.isHidden()
    dialog.name.setText("etats-unis")
    assert dialog.existing_id() == "us"
    assert not ok.isEnabled()
    assert "États-Unis (us)" in dialog.existing_note.text()
    dialog.name.setText("Bazoum")  # another's alias may be this one's name
    assert dialog.existing_id() is None
    assert ok.isEnabled()


def test_a_big_file_checks_the_name_when_the_typing_pauses_or_at_ok(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above ``WAIT_ABOVE`` actors a search waits for the typing to pause; OK pressed before
    still finds the actor the name names."""
    from timelineapp.ui.editing import dialogs

    monkeypatch.setattr(dialogs, "WAIT_ABOVE", 1)
    dialog = ActorDialog(_actors(), "")
    qtbot.addWidget(dialog)
    dialog.name.setText("usa")
    assert dialog.existing_note.isHidden()  # not searched yet: the typing goes on
    assert dialog.existing_id() == "us"  # asked at OK: searched then
    dialog.name.setText("Niger")
    qtbot.waitUntil(lambda: not dialog.existing_note.isHidden())
    assert dialog.existing_id() == "niger"
