"""Why a save was refused, in the window's language.

The model refuses a save with a :class:`~timelineapp.model.saving.SaveError` that keeps an
English sentence (the log, the command line) and a code with its arguments
(:mod:`timelineapp.model.save_refusals`); the window words the code here. A refusal by the
system (a full disk, a folder without permission) is worded by its kind, as the open path
words it (``read_problem_words.os_error_words``), never by the system's own text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from ..model import save_refusals
from ..model.saving import SaveError
from ..model.untrusted_text import shown
from .read_problem_words import os_error_words


def _size(count: str) -> str:
    # 1024-based with IEC names, as the model's English (model/loading/read.size_text).
    return QLocale().formattedDataSize(int(count), 1, QLocale.DataSizeFormat.DataSizeIecFormat)


def _path_outside(a: Mapping[str, str]) -> str:
    return QCoreApplication.translate(
        "SaveRefusal",
        "The document path {path} leads outside the event file’s folder ({folder}): "
        "timelineapp never writes a document there.",
    ).format(path=shown(a["path"]), folder=shown(a["folder"]))


def _other_file(a: Mapping[str, str]) -> str:
    return QCoreApplication.translate(
        "SaveRefusal",
        "{path} in {folder} is another file than document {document}, and the document’s "
        "text is not at hand to write it under another name.",
    ).format(path=shown(a["path"]), folder=shown(a["folder"]), document=shown(a["document"]))


def _no_text(a: Mapping[str, str]) -> str:
    return QCoreApplication.translate(
        "SaveRefusal",
        "Document {document} has no file {path} in {folder}, and its text is not at hand "
        "to write one.",
    ).format(document=shown(a["document"]), path=shown(a["path"]), folder=shown(a["folder"]))


def _too_big(a: Mapping[str, str]) -> str:
    return QCoreApplication.translate(
        "SaveRefusal",
        "{name} would be over {limit}, the most timelineapp opens, even with one event per "
        "line. Remove events or split the file.",
    ).format(name=shown(a["name"]), limit=_size(a["limit"]))


def _changed_on_disk(a: Mapping[str, str]) -> str:
    return QCoreApplication.translate(
        "SaveRefusal", "{name} was changed on disk since it was opened."
    ).format(name=shown(a["name"]))


_WORDS: dict[str, Callable[[Mapping[str, str]], str]] = {
    save_refusals.PATH_OUTSIDE: _path_outside,
    save_refusals.OTHER_FILE: _other_file,
    save_refusals.NO_TEXT: _no_text,
    save_refusals.TOO_BIG: _too_big,
    save_refusals.CHANGED_ON_DISK: _changed_on_disk,
}


def save_refusal_words(error: SaveError, name: str) -> str:
    """Why the save of the file ``name`` was refused, in the window's language."""
    cause = error.__cause__
    if isinstance(cause, OSError):
        return QCoreApplication.translate("SaveRefusal", "Cannot save {name}: {reason}.").format(
            name=shown(name), reason=os_error_words(cause)
        )
    words = _WORDS.get(error.code)
    if words is None:  # a code this window does not know: the model's English, as said
        return str(error)
    try:
        return words(error.arguments)
    except (KeyError, ValueError):
        return str(error)
