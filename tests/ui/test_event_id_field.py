"""Edit Event's id field: an id that cannot be one is shown as such, never silently dropped
while the field keeps showing it (QA #52)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox

from timelineapp.model.file_format import id_breach
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.mark_colours import flag_color

# Each test empties and reuses the module's one window (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window


def _type_id(app: Application, text: str) -> None:
    field = app.window.event_editor.event_id
    field.setText(text)
    field.editingFinished.emit()


@pytest.fixture
def editing(app: Application, monkeypatch: pytest.MonkeyPatch) -> Application:
    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "warning", unexpected)
    app.opener.open(example_event_file())
    app.controller.select(2)
    return app


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("bad/id", "found « / »"),
        ("-first", "starting with a letter, a digit or _, found « - »"),
        ("two words", "found a space"),
    ],
)
def test_an_invalid_id_is_red_with_what_was_expected(
    editing: Application, typed: str, found: str
) -> None:
    field = editing.window.event_editor.event_id
    _type_id(editing, typed)
    assert editing.controller.undo_stack.count() == 0  # not applied…
    assert field.text() == typed  # …and said so, where it was typed
    assert field.palette().color(QPalette.ColorRole.Text) == flag_color(field.palette())
    assert "expected an id" in field.toolTip()
    assert found in field.toolTip()


def test_a_valid_id_is_applied_and_the_mark_goes(editing: Application) -> None:
    field = editing.window.event_editor.event_id
    _type_id(editing, "bad/id")
    _type_id(editing, "good-id")
    assert editing.controller.undo_stack.count() == 1
    assert field.toolTip() == ""
    assert field.palette().color(QPalette.ColorRole.Text) != flag_color(field.palette())


def test_another_event_shows_its_own_id_unmarked(editing: Application) -> None:
    field = editing.window.event_editor.event_id
    _type_id(editing, "bad/id")
    editing.controller.select(3)
    assert field.text() != "bad/id"
    assert field.toolTip() == ""


def test_id_breach_follows_the_format_rule() -> None:
    assert id_breach("a-b.c:d_1") is None
    assert id_breach("") == (0, "")
    assert id_breach(".a") == (0, ".")
    assert id_breach("ab/c") == (2, "/")
