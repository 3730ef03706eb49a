"""The editing dialogs' actor boxes: searchable, lazy, and never a step per actor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from timelineapp.model.actor_columns import HeaderActors
from timelineapp.model.file_format import Actor
from timelineapp.ui.editing import actor_chooser, actor_list_model, dialogs
from timelineapp.ui.editing.actor_chooser import ActorChooser
from timelineapp.ui.editing.actor_list_model import ActorListModel

COUNT = 3000


@pytest.fixture
def actors(monkeypatch: pytest.MonkeyPatch) -> HeaderActors:
    made = HeaderActors.of(
        [Actor(id="niger", name="Niger", kind="state", aliases=["Niamey"])]
        + [Actor(id="us", name="États-Unis")]
        + [Actor(id=f"a{i}", name=f"Acteur {i}") for i in range(COUNT)]
    )

    def never(self: HeaderActors, *args: object) -> None:
        raise AssertionError("a model per actor")

    monkeypatch.setattr(HeaderActors, "__iter__", never)
    return made


@pytest.fixture
def rows_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The rows Qt asked the actor list model for (any role)."""
    read: list[int] = []
    real = ActorListModel.data

    def counting(self: ActorListModel, index: QModelIndex, role: int = 0) -> object:
        read.append(index.row())
        return real(self, index, role)

    monkeypatch.setattr(ActorListModel, "data", counting)
    return read


def _type(box: ActorChooser, text: str) -> None:
    box.setEditText(text)
    box.on_text_edited(text)


def test_typing_filters_the_list_by_name_and_alias(qtbot: QtBot, actors: HeaderActors) -> None:
    box = ActorChooser()
    qtbot.addWidget(box)
    box.set_actors(actors)
    _type(box, "acteur 299")
    # Each word anywhere: 299, 1299, 2299 and 2990 to 2999, in file order.
    assert box.matches.matches == 13
    assert box.matches.index(0, 0).data() == "Acteur 299"
    assert box.matches.index(1, 0).data() == "Acteur 1299"
    _type(box, "niamey")
    assert box.matches.matches == 1
    assert box.matches.index(0, 0).data(Qt.ItemDataRole.UserRole) == "niger"
    _type(box, "acteur")
    assert box.matches.matches == COUNT
    assert box.matches.rowCount() == actor_list_model.FETCH_BATCH  # the rest as it scrolls
    box.matches.fetchMore(box.matches.index(0, 0).parent())
    assert box.matches.rowCount() == 2 * actor_list_model.FETCH_BATCH
    box.on_match_chosen(box.matches.index(250, 0))
    assert box.chosen_id() == "a250"
    assert box.currentText() == "Acteur 250"


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, actors: HeaderActors) -> None:
    listed = ActorListModel(actors, none="(none)", with_ids=True)
    qtmodeltester.check(listed)
    listed.set_rows(listed.search.matching("acteur 1"))
    qtmodeltester.check(listed)


def test_a_name_typed_whole_is_found_without_reading_every_row(
    qtbot: QtBot, actors: HeaderActors, rows_read: list[int]
) -> None:
    """Attribute Quote: Qt's own look-up of a typed text (an editable box's findText on
    editing finished) read every row: 1-2 s for a million actors."""
    dialog = dialogs.AttributeDialog(actors, None, None)
    qtbot.addWidget(dialog)
    assert dialog.attributed_to() is None  # "(nobody)"
    rows_read.clear()
    dialog.who.setEditText("Acteur 2999")
    line = dialog.who.lineEdit()
    assert line is not None
    line.editingFinished.emit()
    assert dialog.who.findText("Acteur 2998") == 2 + 2998 + 1
    assert dialog.who.findData("a17") == 2 + 17 + 1
    assert dialog.attributed_to() == "a2999"
    assert len(rows_read) < 50
    dialog.who.setEditText("etats-unis")  # one actor differs only in case and accents
    assert dialog.attributed_to() == "us"
    dialog.who.setEditText("us")  # an id
    assert dialog.attributed_to() == "us"
    dialog.who.setEditText("communiqué conjoint")
    line.editingFinished.emit()
    assert dialog.attributed_to() == "communiqué conjoint"
    assert len(rows_read) < 50


def test_a_box_of_actors_only_puts_the_chosen_name_back(qtbot: QtBot, actors: HeaderActors) -> None:
    dialog = dialogs.ActorDialog(actors, "X", None)
    qtbot.addWidget(dialog)
    box = dialog.parent_actor
    assert isinstance(box, ActorChooser)
    assert dialog.chosen_parent() is None
    box.setEditText("Niger")
    line = box.lineEdit()
    assert line is not None
    line.editingFinished.emit()
    assert dialog.chosen_parent() == "niger"
    box.setEditText("nobody by that name")
    line.editingFinished.emit()
    assert box.currentText() == "Niger"
    assert dialog.chosen_parent() == "niger"
    box.setEditText("")
    line.editingFinished.emit()
    assert dialog.chosen_parent() is None
    assert box.currentText() == "(none)"


# WORKAROUND: the offscreen platform cannot raise a popup or let it grab the keyboard; it
# says nothing about our code.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_typing_pops_up_the_matches_and_the_keys_choose(
    qtbot: QtBot, actors: HeaderActors, rows_read: list[int]
) -> None:
    box = ActorChooser(none="(none)")
    qtbot.addWidget(box)
    box.set_actors(actors)
    box.show()
    line = box.lineEdit()
    assert line is not None
    line.selectAll()
    rows_read.clear()
    qtbot.keyClicks(line, "acteur 29")
    assert box.popup.isVisible()
    line.editingFinished.emit()  # the popup took the focus: the text is still being typed
    assert line.text() == "acteur 29"
    assert box.matches.matches == sum("29" in str(i) for i in range(COUNT))  # 29, 129, ...
    qtbot.keyClick(line, Qt.Key.Key_Down)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert not box.popup.isVisible()
    assert box.chosen_id() == "a129"
    assert box.currentText() == "Acteur 129"
    assert len(rows_read) < 200  # a screenful, never every actor
    line.selectAll()
    qtbot.keyClicks(line, "zzz")
    assert not box.popup.isVisible()


def test_a_huge_list_is_searched_once_the_typing_pauses(
    qtbot: QtBot, actors: HeaderActors, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(actor_chooser, "WAIT_ABOVE", 10)
    monkeypatch.setattr(actor_chooser, "TYPING_PAUSE_MS", 15)  # that it waits, not how long
    box = ActorChooser()
    qtbot.addWidget(box)
    box.set_actors(actors)
    searched: list[str] = []
    real = box.choices.search.matching
    monkeypatch.setattr(
        box.choices.search, "matching", lambda text: searched.append(text) or real(text)
    )
    for text in ("a", "ac", "act"):
        box.setEditText(text)
        box.on_text_edited(text)
    assert searched == []
    qtbot.waitUntil(lambda: searched == ["act"])
    assert box.matches.matches == COUNT
