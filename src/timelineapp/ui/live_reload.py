"""Live reload: the open event file is watched, and read again when it changes on disk.

An analyst often keeps the file open while a script or an editor rewrites it. When it changes:

* with no unsaved edits, it is read again and replaces what is shown, keeping the zoom, the
  filter and the selected event (by id);
* if the new content is not a valid event file, the last good version stays on screen and a
  banner above the timeline lists the problems, until the file is fixed (then it reloads and
  the banner goes);
* with unsaved edits, the user is asked whether to reload (losing them) or keep them (the
  next save then asks again, through the changed-on-disk prompt).

Editors save by writing a new file and renaming it over the old one: the watched inode is
gone, so the path is watched again after each change, and its folder too (the file may be
missing for a moment, or deleted and made again).

A big file (above ``background_threshold``) is read in a worker thread, as when it is opened:
the window keeps answering meanwhile. A change made on disk during that load is looked at
once it is done, and edits made in the window meanwhile are never replaced without asking.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.issues import Issue
from ..model.loading import LoadResult
from ..model.saving import FileStamp, changed_on_disk
from ..model.timeline import Timeline
from ..model.untrusted_text import shown, visible
from .controller import TimelineController
from .file_opener import BACKGROUND_THRESHOLD, LoadWorker, load_and_index
from .issue_words import issue_message
from .theme import follow_roles

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

_log = logging.getLogger(__name__)

SETTLE_MS = 300
"""Wait this long after the last change: a writer saving in several steps is read once."""
BANNER_ISSUES = 8


class ReloadBanner(QFrame):
    """The strip above the timeline saying the file on disk has problems, and which."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        roles = QPalette.ColorRole
        follow_roles(  # in the theme's tooltip colours, after a theme switch too (QA #112)
            self,
            (self.backgroundRole(), roles.ToolTipBase),
            (self.foregroundRole(), roles.ToolTipText),
        )
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote the file
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Its text set after: QPushButton(text, parent) makes PySide make the QIcon class
        # (its icon overload), ~10 M instructions of a start that shows a settings notice.
        self.close_button = QPushButton(self)
        self.close_button.setText(self.tr("Hide"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_problems(self, name: str, issues: list[Issue]) -> None:
        lines = [
            self.tr(
                "{name} changed on disk and cannot be read now; the last good version stays "
                "shown until the file is fixed:"
            ).format(name=shown(name))
        ]
        lines += [
            visible(shown(f"{i.location}: {issue_message(i)}", 300)) for i in issues[:BANNER_ISSUES]
        ]
        if len(issues) > BANNER_ISSUES:
            # WORKAROUND: a plural self.tr looks its text up under the runtime class only
            # (SettingsBanner) and misses (QA #146); called on the class, PySide6 uses that class,
            # the context lupdate records (its stubs type tr per instance).
            more = len(issues) - BANNER_ISSUES
            lines.append(ReloadBanner.tr("and %Ln more", "", more))  # type: ignore[arg-type]
        self.label.setText("\n".join(lines))
        self.show()

    def show_missing(self, name: str) -> None:
        self.label.setText(
            self.tr(
                "{name} was deleted or moved; the last version read stays shown. "
                "Save it to keep it."
            ).format(name=shown(name))
        )
        self.show()


def _changed(path: Path, stamp: FileStamp) -> bool:
    try:
        return changed_on_disk(path, stamp)
    except OSError:
        return False  # unreadable now: the next change notice comes


class LiveReload(QObject):
    """Watches the controller's file; reloads it, or shows why it cannot."""

    reloaded = Signal(str)  # path: the file was read again from disk and is shown

    def __init__(
        self,
        controller: TimelineController,
        window: QWidget,
        cache_dir: Path | None = None,
        # The user's budget for the load cache, read at each load (None: the default).
        cache_budget: Callable[[], int | None] | None = None,
    ) -> None:
        super().__init__(window)
        self._cache_budget = cache_budget or (lambda: None)
        self._controller = controller
        self._window = window
        self._cache_dir = cache_dir
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self.on_changed)
        self._watcher.directoryChanged.connect(self.on_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)  # its interval read at each start (tests shorten it)
        self._settle.timeout.connect(self.check)
        self._worker: LoadWorker | None = None
        self._pending = False  # the file changed again while it was being read
        self._read_stat: tuple[int, int] | None = None  # (mtime_ns, size) as the read began
        self._declined: FileStamp | None = None  # the disk version the user chose not to load
        self._failed: FileStamp | None = None  # the disk version shown in the banner
        self.question: QMessageBox | None = None
        self.banner = ReloadBanner(window)
        self.background_threshold = BACKGROUND_THRESHOLD
        controller.file_loaded.connect(self.on_file_loaded)
        controller.path_changed.connect(self.on_file_loaded)

    def place_banner(self, window: QMainWindow) -> None:
        """Put the banner at the top of the window's central column, above the timeline."""
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.banner)

    # --- watching -------------------------------------------------------------------------
    @Slot()
    def on_file_loaded(self) -> None:
        if self._controller.reloading_after_edit:
            return  # an edit of the same file: same path, nothing to watch anew
        self._declined = None
        self._failed = None
        self.banner.hide()
        path, stamp = self._controller.path, self._controller.stamp
        self._watch(path)
        if path is not None and stamp is not None and _changed(path, stamp):
            self._settle.start(SETTLE_MS)  # changed while it was read, before it was watched

    def _watch(self, path: Path | None) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if path is None:
            return
        if path.exists():
            self._watcher.addPath(str(path))
        if path.parent.is_dir():
            self._watcher.addPath(str(path.parent))

    @Slot(str)
    def on_changed(self, _path: str) -> None:
        self._settle.start(SETTLE_MS)

    # --- deciding -------------------------------------------------------------------------
    @Slot()
    def check(self) -> None:
        """Look at the file now: reload it, ask, or show why not."""
        path = self._controller.path
        stamp = self._controller.stamp
        if path is None or self.question is not None:
            return
        if self._worker is not None:
            self._pending = True  # looked at again when this load is done
            return
        if str(path) not in self._watcher.files() and path.exists():
            self._watcher.addPath(str(path))  # replaced by a rename: watch the new file
        if not path.exists():
            self.banner.show_missing(path.name)
            return
        if stamp is not None and not changed_on_disk(path, stamp):
            # Back to the version shown (a rename of the same content, or a bad change
            # undone: git checkout, an editor's undo): nothing to read, nothing wrong.
            self._failed = None
            self.banner.hide()
            return
        try:
            now = FileStamp.of(path)
        except OSError:
            return  # being replaced: the next change notice comes
        if now in (self._declined, self._failed):
            return
        if self._controller.modified:
            self._ask(path, now)
            return
        self._reload(path)

    def _ask(self, path: Path, now: FileStamp) -> None:
        from PySide6.QtWidgets import QMessageBox  # Qt makes the class at its import: not at start

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("File changed on disk"),
            self.tr(
                "{name} was changed on disk by another program. Reload it and lose your "
                "unsaved changes, or keep working on your version?"
            ).format(name=shown(path.name)),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep My Changes"), QMessageBox.ButtonRole.RejectRole)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is reload_button:
                self._reload(path)
            else:
                self._declined = now

        box.finished.connect(answered)
        self.question = box
        box.open()

    # --- reading --------------------------------------------------------------------------
    def _reload(self, path: Path) -> None:
        try:
            stat = path.stat()
        except OSError:
            self._read_stat = None
            size = 0
        else:
            # The file as the read begins: what is shown is recorded as this version, so a
            # rewrite during a long read is seen as a change once it is done.
            self._read_stat = (stat.st_mtime_ns, stat.st_size)
            size = stat.st_size
        if size < self.background_threshold:
            self._loaded(path, *load_and_index(path, self._cache_dir, None, self._cache_budget()))
            return
        worker = LoadWorker(path, self._cache_dir, self, self._cache_budget())
        worker.loaded.connect(lambda result, timeline: self._on_worker_done(path, result, timeline))
        self._worker = worker
        worker.start()

    def _on_worker_done(self, path: Path, result: LoadResult, timeline: Timeline | None) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return  # shut down meanwhile
        worker.wait()
        worker.deleteLater()
        self._loaded(path, result, timeline)
        if self._pending:
            self._pending = False
            self._settle.start(SETTLE_MS)

    def _loaded(self, path: Path, result: LoadResult, timeline: Timeline | None) -> None:
        if path != self._controller.path:
            return  # another file was opened meanwhile
        if result.loaded is None or timeline is None:
            try:
                self._failed = FileStamp.of(path)
            except OSError:
                self._failed = None
            self.banner.show_problems(path.name, result.errors or result.issues)
            return
        if self._controller.modified:
            # Edited in the window while a big file was being read: ask, as for any change
            # over unsaved edits (reloading then reads the file again).
            try:
                self._ask(path, FileStamp.of(path))
            except OSError as error:  # gone meanwhile: the next change of it is watched
                _log.info("cannot stat %s after reading it: %s", path, error)
            return
        self._failed = None
        self._declined = None
        self.banner.hide()
        read = self._read_stat
        stamp = None
        if read is not None and timeline.loaded.content_hash:
            stamp = FileStamp(read[0], read[1], timeline.loaded.content_hash)
        self._controller.replace_from_disk(timeline, stamp)
        self.reloaded.emit(str(path))

    @Slot()
    def shutdown(self) -> None:
        """Stop watching; wait for a reload in progress (the app is quitting)."""
        self._settle.stop()
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.cancel()
            worker.loaded.disconnect()
            worker.wait()
            worker.deleteLater()
