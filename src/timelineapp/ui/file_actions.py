"""File > Open Recent, Close and Reload: the ways back to a file other than File > Open.

Every file opened here goes through the window's ``open_requested`` (the same opener as
File > Open, after the unsaved-changes prompt). Reload is the exception: it asks whether to
throw the changes away (saving them first would make reloading pointless) and then opens the
file again directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from .controller import TimelineController
from .mnemonics import literal_ampersands
from .settings import Settings

MAX_RECENT = 10


def recent_labels(paths: list[str]) -> list[str]:
    """Each recent file's menu text: its name, and its folder after a dash when another entry
    has the same name (two ``seed.timeline.json`` read alike otherwise; QA #123d). The home
    folder is written ``~``."""
    names = [Path(p).name for p in paths]
    home = str(Path.home())
    labels = []
    for path, name in zip(paths, names, strict=True):
        if names.count(name) < 2:
            labels.append(name)
            continue
        folder = str(Path(path).parent)
        if folder == home or folder.startswith(home + "/"):
            folder = "~" + folder[len(home) :]
        labels.append(f"{name} — {folder}")
    return labels


class RecentFilesMenu(QMenu):
    """File > Open Recent, rebuilt from the settings each time it opens."""

    def __init__(
        self, settings: Settings, open_path: Callable[[str], object], parent: QWidget
    ) -> None:
        super().__init__(self.tr("Open &Recent"), parent)
        self._settings = settings
        self._open = open_path
        # Owned by the window: QMenu.clear() deletes the actions the menu owns.
        self.remove_missing_action = QAction(self.tr("&Remove Missing Files"), parent)
        self.clear_action = QAction(self.tr("&Clear Menu"), parent)
        # Through lambdas: PySide6 6.11 did not call these bound methods of a QMenu subclass
        # from an action the window owns (seen in test_file_actions).
        self.remove_missing_action.triggered.connect(lambda: self.on_remove_missing())
        self.clear_action.triggered.connect(lambda: self.on_clear())
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        recent = self._settings.recent_files[:MAX_RECENT]
        missing = False
        labels = recent_labels(recent)
        for number, (path, label) in enumerate(zip(recent, labels, strict=True), start=1):
            exists = Path(path).exists()
            missing |= not exists
            name = literal_ampersands(label)
            # The first nine get a mnemonic digit, as in most desktop apps.
            text = f"&{number} {name}" if number < 10 else name
            act = self.addAction(text)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.setData(path)
            act.setEnabled(exists)
            act.triggered.connect(lambda _=False, p=path: self._open(p))
        if not recent:
            empty = self.addAction(self.tr("No Recent Files"))
            empty.setEnabled(False)
        self.addSeparator()
        self.addAction(self.remove_missing_action)
        self.addAction(self.clear_action)
        self.remove_missing_action.setEnabled(missing)
        self.clear_action.setEnabled(bool(recent))

    def file_actions(self) -> list[QAction]:
        return [a for a in self.actions() if isinstance(a.data(), str) and a.data()]

    def on_remove_missing(self) -> None:
        self._settings.recent_files = [p for p in self._settings.recent_files if Path(p).exists()]
        self.rebuild()

    def on_clear(self) -> None:
        self._settings.recent_files = []
        self.rebuild()


class CloseReloadActions(QObject):
    """File > Close and File > Reload, both enabled while a file is open."""

    reload_requested = Signal(str)  # the open file's path: open it again, changes let go

    def __init__(
        self,
        controller: TimelineController,
        window: QWidget,
        maybe_save: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._controller = controller
        self._window = window
        self._maybe_save = maybe_save
        self.close_action = QAction(self.tr("&Close"), self)
        # Every keyboard binding of the platform's Close (Ctrl+W and Ctrl+F4), as the README
        # names Ctrl+W: setShortcut(StandardKey) keeps only the first (Ctrl+F4 on Windows).
        self.close_action.setShortcuts(
            [
                k
                for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
                if k != QKeySequence(Qt.Key.Key_Close)  # the media key: no keyboard has it
            ]
        )
        self.reload_action = QAction(self.tr("Re&load"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.close_action.triggered.connect(self.close_file)
        self.reload_action.triggered.connect(self.reload)
        controller.file_loaded.connect(self.on_state_changed)
        controller.path_changed.connect(self.on_state_changed)
        self.on_state_changed()

    def on_state_changed(self) -> None:
        self.close_action.setEnabled(self._controller.has_draft)
        self.reload_action.setEnabled(self._controller.path is not None)

    def close_file(self) -> bool:
        if not self._controller.has_draft or not self._maybe_save():
            return False
        self._controller.close_file()
        return True

    def reload(self) -> bool:
        path = self._controller.path
        if path is None:
            return False
        if self._controller.modified:
            answer = QMessageBox.question(
                self._window,
                self.tr("Reload"),
                self.tr("Reload {name} from disk? Your unsaved changes will be lost.").format(
                    name=path.name
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        self.reload_requested.emit(str(path))
        return True
