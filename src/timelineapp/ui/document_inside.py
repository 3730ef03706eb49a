"""A save refused because a document's path leads outside the event file's folder: the way
out in the window (QA #136).

The rule stays (timelineapp never reads or writes a document outside the event file's
folder, since event files come from strangers); what the user is offered is to choose the
document's file themselves, which is copied beside the event file at the save, the document
pointing at the copy. Nothing is lost: the file outside is only read, the edits are kept,
the recorded SHA-256 is kept (a copy that is not the quoted text is still reported), and the
change is one step on the undo stack. Loaded at the first such refusal, not with the window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..model.edit_error import EditError
from ..model.free_names import free_name
from ..model.loading.read import MAX_DOCUMENT_BYTES, ReadError, read_regular_file
from ..model.saving import SaveError
from ..model.untrusted_text import shown
from .controller import TimelineController
from .read_problem_words import read_problem
from .save_refusal_words import save_refusal_words

_log = logging.getLogger(__name__)


def offer_document_inside(
    window: QWidget, controller: TimelineController, event_file: Path, error: SaveError
) -> bool:
    """Say why the save was refused and offer to copy the document's file beside
    ``event_file``; True when the document now points inside the folder (save again)."""
    draft = controller.draft
    outside = error.arguments.get("path", "")
    document = (
        next((d for d in draft.header.documents if d.path == outside), None) if draft else None
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DocumentInside", "Cannot save"),
        "",
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    reason = save_refusal_words(error, event_file.name)
    if document is None:  # not one of the draft's documents: only say why
        box.setText(
            QCoreApplication.translate(
                "DocumentInside", "{reason}\n\nThe file on disk was not changed."
            ).format(reason=reason)
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    folder = event_file.parent.resolve()
    target = (folder / outside).resolve()
    box.setText(
        QCoreApplication.translate(
            "DocumentInside",
            "{reason}\n\nThe file on disk was not changed, and your edits are kept.\n\n"
            "To save, choose the file of document “{title}” (the path points at {target}): "
            "a copy of it is saved beside the event file and the document points at the copy. "
            "The file you choose is not changed.",
        ).format(reason=reason, title=shown(document.title, 80), target=shown(str(target)))
    )
    choose = box.addButton(
        QCoreApplication.translate("DocumentInside", "Choose the Document’s File…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(choose)
    box.exec()
    if box.clickedButton() is not choose:
        return False
    start = target if target.is_file() else (target.parent if target.parent.is_dir() else folder)
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("DocumentInside", "Choose the File of “{title}”").format(
            title=shown(document.title, 60)
        ),
        str(start),
        QCoreApplication.translate(
            "DocumentInside", "Text files (*.txt *.text *.md);;All files (*)"
        ),
    )
    if not chosen:
        return False
    source = Path(chosen)
    text = _read_text(window, source)
    if text is None:
        return False
    name = _inside_name(controller, document.id, folder, source, text)
    from ..model.edits import document_file_inside  # edits: at the first use

    try:
        controller.edit(
            document_file_inside(draft, document.id, name, text),  # type: ignore[arg-type]
            QCoreApplication.translate("DocumentInside", "Copy Document Beside the Event File"),
        )
    except EditError as problem:
        _log.warning("document %s not moved inside: %s", document.id, problem)
        QMessageBox.warning(
            window, QCoreApplication.translate("DocumentInside", "Cannot save"), str(problem)
        )
        return False
    return True


def _read_text(window: QWidget, source: Path) -> str | None:
    """The UTF-8 text of ``source``, exactly as it is, or None (the reason shown)."""
    try:
        return read_regular_file(source, MAX_DOCUMENT_BYTES).decode("utf-8")
    except ReadError as error:
        why = read_problem({"why": error.code, **dict(error.arguments)}) or str(error)
    except UnicodeDecodeError:
        why = QCoreApplication.translate("DocumentInside", "it is not UTF-8 text")
    QMessageBox.warning(
        window,
        QCoreApplication.translate("DocumentInside", "Cannot use this file"),
        QCoreApplication.translate(
            "DocumentInside", "{name} cannot be the document’s text: {reason}."
        ).format(name=shown(source.name), reason=why),
    )
    return None


def _inside_name(
    controller: TimelineController, document_id: str, folder: Path, source: Path, text: str
) -> str:
    """Where the copy goes: the chosen file itself when it is already in the folder, else
    its name beside the event file (a free one when another file or document has it)."""
    resolved = source.resolve()
    if resolved.is_relative_to(folder):
        return resolved.relative_to(folder).as_posix()
    draft = controller.draft
    used = (
        {d.path for d in draft.header.documents if d.path and d.id != document_id}
        if draft
        else set()
    )
    data = text.encode("utf-8")

    def taken(name: str) -> bool:
        if name in used:
            return True
        try:
            return (folder / name).read_bytes() != data  # the same text there: reused
        except FileNotFoundError:
            return False
        except OSError:
            return True

    return free_name(source.name, taken)
