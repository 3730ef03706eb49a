"""Save, Save As, and the questions around them: unsaved changes, a file changed on disk.

Nothing is written but on an explicit save. The window title carries the file's name and a
``*`` while there are unsaved changes (Qt's ``[*]`` placeholder).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ...model import save_refusals
from ...model.format_rules import FILE_SUFFIX
from ...model.saving import ChangedOnDisk, SaveError
from ...model.untrusted_text import shown
from ..controller import TimelineController
from ..dialog_folders import is_bundled
from ..save_dialog import ask_event_file_path
from ..save_refusal_words import save_refusal_words
from ..settings import Settings

_log = logging.getLogger(__name__)


class SaveFlow(QObject):
    def __init__(self, controller: TimelineController, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self._controller = controller
        self._window = window
        self._settings = settings
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_as_action = QAction(self.tr("Save &As…"), self)
        self.save_as_action.setShortcut(QKeySequence(QKeySequence.StandardKey.SaveAs))
        self.save_action.triggered.connect(self.save)
        self.save_as_action.triggered.connect(self.save_as)
        controller.undo_stack.cleanChanged.connect(self.on_state_changed)
        controller.file_loaded.connect(self.on_state_changed)
        controller.path_changed.connect(self.on_state_changed)
        self.on_state_changed()

    # --- title and actions -----------------------------------------------------------------
    def on_state_changed(self) -> None:
        controller = self._controller
        header = controller.header  # not the draft: a file open need not make it
        self.save_action.setEnabled(header is not None)
        self.save_as_action.setEnabled(header is not None)
        if header is None:
            self._window.setWindowTitle("timelineapp")
            return
        name = controller.path.name if controller.path else self.tr("Untitled")
        # "[*]" is where Qt shows "*" while the window is marked modified.
        title = shown(header.title, 80)  # a stranger's title: one line, controls drawn
        self._window.setWindowTitle(f"{title} ({shown(name, 80)})[*] — timelineapp")
        self._window.setWindowModified(controller.modified)

    # --- saving -----------------------------------------------------------------------------
    def _is_bundled(self, path: Path) -> bool:
        """The example shipped with the app is a template: saving it means Save As."""
        return is_bundled(path)

    def save(self) -> bool:
        path = self._controller.path
        if path is None or self._is_bundled(path):
            return self.save_as()
        return self._save_to(path)

    def save_as(self) -> bool:
        controller = self._controller
        if controller.draft is None:
            return False
        folder = (
            str(controller.path.parent)
            if controller.path and not self._is_bundled(controller.path)
            else self._settings.last_folder
        )
        stem = controller.path.name if controller.path else "untitled" + FILE_SUFFIX
        if controller.path is None and controller.suggested_path is not None:
            # An import shown unsaved: beside its input (QA #110).
            folder, stem = str(controller.suggested_path.parent), controller.suggested_path.name
        path = ask_event_file_path(
            self._window,
            self.tr("Save Event File"),
            str(Path(folder) / stem) if folder else stem,
        )
        if path is None:
            return False
        self._settings.last_folder = str(path.parent)
        return self._save_to(path)

    def _save_to(self, path: Path, force: bool = False) -> bool:
        try:
            self._controller.save(path, force=force)
        except ChangedOnDisk:
            answer = QMessageBox.warning(
                self._window,
                self.tr("File changed on disk"),
                self.tr(
                    "{name} was changed on disk since it was opened (by another program, or "
                    "a git pull). Saving replaces those changes with yours; the version on "
                    "disk is kept as {name}.bak."
                ).format(name=path.name),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
            return self._save_to(path, force=True)
        except SaveError as error:
            if error.code == save_refusals.PATH_OUTSIDE:  # QA #136: offer the way out
                from ..document_inside import offer_document_inside

                self._save_problem(path, error)  # logged
                if offer_document_inside(self._window, self._controller, path, error):
                    return self._save_to(path, force)
                return False
            QMessageBox.critical(
                self._window,
                self.tr("Cannot save"),
                self.tr("{reason}\n\nThe file on disk was not changed.").format(
                    reason=self._save_problem(path, error)
                ),
            )
            return False
        except Exception:
            _log.exception("saving %s failed", path)
            QMessageBox.critical(
                self._window,
                self.tr("Cannot save"),
                self.tr(
                    "Saving failed unexpectedly; the file on disk was not changed. "
                    "The details are in the log."
                ),
            )
            return False
        self._settings.remember_file(str(path.resolve()))
        return True

    def _save_problem(self, path: Path, error: SaveError) -> str:
        """Why the save failed, in the window's language (``ui/save_refusal_words``; the
        model's English, and the system's own text, are logged)."""
        _log.warning("saving %s failed: %s (%s)", path, error, error.__cause__)
        return save_refusal_words(error, path.name)

    def maybe_save(self) -> bool:
        """Before the file is closed: True when it may go (saved, discarded, or unchanged)."""
        controller = self._controller
        header = controller.header  # not the draft: an unchanged file need not make it
        if header is None or not controller.modified:
            return True
        name = controller.path.name if controller.path else header.title
        answer = QMessageBox.question(
            self._window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {name}?").format(name=name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
