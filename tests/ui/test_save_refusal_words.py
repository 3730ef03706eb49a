"""A refused save is said in the window's language: the model gives a code and its arguments
(``model/save_refusals``), the window words them (``ui/save_refusal_words``)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from timelineapp.model import save_refusals
from timelineapp.model.edits import new_file
from timelineapp.model.file_format import Document
from timelineapp.model.saving import SaveError, save_draft
from timelineapp.ui.save_refusal_words import save_refusal_words

_ARGUMENTS = {
    save_refusals.PATH_OUTSIDE: {"path": "../x.txt", "folder": "/d"},
    save_refusals.OTHER_FILE: {"path": "a.txt", "folder": "/d", "document": "doc"},
    save_refusals.NO_TEXT: {"document": "doc", "path": "a.txt", "folder": "/d"},
    save_refusals.TOO_BIG: {"name": "t.timeline.json", "limit": str(2 << 30)},
    save_refusals.CHANGED_ON_DISK: {"name": "t.timeline.json"},
}

_FRENCH = {
    "The document path {path} leads outside the event file’s folder ({folder}): "
    "timelineapp never writes a document there.": (
        "Le chemin de document {path} sort du dossier du fichier d’événements ({folder})\u00a0: "
        "timelineapp n’écrit jamais de document à cet endroit."
    ),
    "Cannot save {name}: {reason}.": "Impossible d’enregistrer {name}\u00a0: {reason}.",
    "no space left on the device": "plus de place sur le périphérique",
}


class _French(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return _FRENCH.get(source, "") if context == "SaveRefusal" or "device" in source else ""


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    translator = _French()
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _outside(tmp_path: Path) -> SaveError:
    draft = new_file("Dehors", "fr")
    document = Document(id="doc", title="Article", path="../dehors.txt")
    draft.header = draft.header.model_copy(update={"documents": [document]})
    draft.texts["doc"] = "texte"
    folder = tmp_path / "dossier"
    folder.mkdir()
    with pytest.raises(SaveError) as refused:
        save_draft(draft, folder / "t.timeline.json")
    assert not (tmp_path / "dehors.txt").exists()
    return refused.value


def test_every_code_has_its_own_words(qapp: object) -> None:
    assert set(_ARGUMENTS) == save_refusals.CODES - {save_refusals.SYSTEM}
    for code, arguments in _ARGUMENTS.items():
        error = SaveError("the model's English", code, **arguments)
        words = save_refusal_words(error, "t.timeline.json")
        assert words != "the model's English", code
        assert all(value in words for key, value in arguments.items() if key != "limit"), words
    too_big = SaveError("", save_refusals.TOO_BIG, **_ARGUMENTS[save_refusals.TOO_BIG])
    assert "2.0 GiB" in save_refusal_words(too_big, "t.timeline.json")


def test_a_path_outside_the_folder_is_refused_with_a_code(qapp: object, tmp_path: Path) -> None:
    error = _outside(tmp_path)
    assert error.code == save_refusals.PATH_OUTSIDE
    assert error.arguments["path"] == "../dehors.txt"
    assert "leads outside the folder" in str(error)  # the log's English
    assert save_refusal_words(error, "t.timeline.json").startswith(
        "The document path ../dehors.txt leads outside the event file’s folder ("
    )


def test_a_french_window_says_it_in_french(french: None, tmp_path: Path) -> None:
    words = save_refusal_words(_outside(tmp_path), "t.timeline.json")
    assert words.startswith("Le chemin de document ../dehors.txt sort du dossier")
    full = SaveError("x", save_refusals.SYSTEM, name="t.timeline.json")
    full.__cause__ = OSError(errno.ENOSPC, "No space left on device")
    assert save_refusal_words(full, "t.timeline.json") == (
        "Impossible d’enregistrer t.timeline.json\u00a0: plus de place sur le périphérique."
    )


def test_an_unknown_code_keeps_the_models_sentence(qapp: object) -> None:
    assert save_refusal_words(SaveError("why", "new_code"), "t") == "why"
