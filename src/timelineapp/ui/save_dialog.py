"""Asking where to save: the question about replacing a file names the file that is written.

Every save adds its suffix to the name typed (``.timeline.json``, ``.png``, ``.csv``). Qt's
own overwrite question comes before that, about the name as typed: typing ``article.txt``
asked "article.txt already exists. Replace it?" and then wrote ``article.txt.timeline.json``,
and typing ``test`` replaced ``test.timeline.json`` without a question (QA #59). So the file
dialog does not ask; the name is completed first, then the user is asked about that name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..model.format_rules import FILE_SUFFIX


def event_file_path(path: Path) -> Path:
    """``path`` with the event file suffix: ``notes`` and ``notes.json`` give
    ``notes.timeline.json``."""
    if path.name.endswith(FILE_SUFFIX):
        return path
    return path.with_name(path.name.removesuffix(".json") + FILE_SUFFIX)


def as_event_file(path: Path, _filter: str = "") -> Path:
    """:func:`event_file_path`, as a ``complete`` argument of :func:`ask_save_path`."""
    return event_file_path(path)


def ask_event_file_path(parent: QWidget | None, caption: str, suggested: str) -> Path | None:
    """Where to save an event file (the name completed to ``*.timeline.json``, the user asked
    before replacing one, whose previous version is kept as .bak), or None when cancelled."""
    asked = ask_save_path(
        parent,
        caption,
        suggested,
        QCoreApplication.translate("SaveDialog", "Event files (*.timeline.json)"),
        as_event_file,
        keeps_backup=True,
    )
    return None if asked is None else asked[0]


def with_suffix(suffix: str) -> Callable[[Path, str], Path]:
    """Completes a name with ``suffix`` (".png") unless it already ends with it, any case."""

    def complete(path: Path, _filter: str = "") -> Path:
        if path.suffix.lower() == suffix.lower():
            return path
        return path.with_name(path.name + suffix)

    return complete


def may_replace(parent: QWidget | None, path: Path, keeps_backup: bool) -> bool:
    """Ask before replacing ``path``; an event file's previous version is kept as .bak."""
    if keeps_backup:
        text = QCoreApplication.translate(
            "SaveDialog", "{name} already exists. Replace it? The previous one is kept as .bak."
        )
    else:
        text = QCoreApplication.translate("SaveDialog", "{name} already exists. Replace it?")
    title = QCoreApplication.translate("SaveDialog", "Replace file?")
    return agreed_to_replace(parent, title, text.format(name=path.name))


def agreed_to_replace(parent: QWidget | None, title: str, question: str) -> bool:
    """Whether the user answers Yes to ``question`` about replacing a file (No is the
    default: Return keeps the file)."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(
    parent: QWidget | None,
    caption: str,
    suggested: str,
    filters: str,
    complete: Callable[[Path, str], Path],
    *,
    keeps_backup: bool = False,
) -> tuple[Path, str] | None:
    """The file to write and the filter chosen, or None when the user cancelled (in the
    dialog, or at the question about replacing the completed name).

    ``complete`` turns the name typed and the filter chosen into the name written (an
    export's suffix comes from its format).
    """
    chosen, selected = QFileDialog.getSaveFileName(
        parent, caption, suggested, filters, "", QFileDialog.Option.DontConfirmOverwrite
    )
    if not chosen:
        return None
    path = complete(Path(chosen), selected)
    if path.exists() and not may_replace(parent, path, keeps_backup):
        return None
    return path, selected
