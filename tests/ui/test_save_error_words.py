"""A save stopped by the system is said in the window's language (QA #47): the error's kind,
worded by the rule the open path uses, never the system's own English text."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from timelineapp.model import saving
from timelineapp.ui.app import Application

# Each test empties and reuses the module's one window (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window

_FRENCH = {
    "Cannot save {name}: {reason}.": "Impossible d’enregistrer {name}\u00a0: {reason}.",
    "no space left on the device": "plus de place sur le périphérique",
    "{reason}\n\nThe file on disk was not changed.": (
        "{reason}\n\nLe fichier sur le disque n’a pas été modifié."
    ),
}


@pytest.fixture
def french(stand_in_french: Callable[..., None]) -> None:
    stand_in_french(_FRENCH)


def _full_disk_save(app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    target = tmp_path / "plein.timeline.json"
    app.window.edit_flow.new_file("Plein", "fr")

    def full(*args: object, **kwargs: object) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(saving, "_write_draft", full)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(str(a[2])))
    assert not app.window.save_flow.save()
    assert not target.exists()
    (text,) = said
    return text


def test_a_full_disk_is_said_by_its_kind(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _full_disk_save(app, tmp_path, monkeypatch)
    assert text.startswith("Cannot save plein.timeline.json: no space left on the device.")
    assert "No space left on device" not in text  # the system's own words stay in the log
    app.controller.undo_stack.setClean()


def test_a_french_window_says_it_in_french(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, french: None
) -> None:
    text = _full_disk_save(app, tmp_path, monkeypatch)
    assert text == (
        "Impossible d’enregistrer plein.timeline.json\u00a0: plus de place sur le périphérique."
        "\n\nLe fichier sur le disque n’a pas été modifié."
    )
    app.controller.undo_stack.setClean()
