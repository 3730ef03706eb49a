"""Opening event files from the window: load (in a worker thread when big), report problems.

Small files load at once. Big ones load in a worker thread behind a cancellable progress
dialog, so the window keeps answering; the result comes back to the GUI thread through a
queued signal and no widget is touched from the worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..model.filtering import engine_for
from ..model.issues import Issue
from ..model.loading import LoadResult, load_event_file
from ..model.loading.collector import collector_paused
from ..model.loading.under_way import load_under_way
from ..model.saving import FileStamp
from ..model.timeline import Timeline
from .controller import TimelineController
from .handover import prepare_window
from .settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from .issues_dialog import IssuesDialog

# Files above this size load in the background (a 5 MB file holds ~10k events).
BACKGROUND_THRESHOLD = 5_000_000


class LoadWorker(QThread):
    """Loads and indexes one file; reports progress; stops early when cancelled."""

    progressed = Signal(int)  # per mille
    loaded = Signal(object, object)  # LoadResult, Timeline | None

    def __init__(
        self,
        path: Path,
        cache_dir: Path | None,
        parent: QObject | None = None,
        cache_budget: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._cache_dir = cache_dir
        self._cache_budget = cache_budget
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, fraction: float) -> bool:
        self.progressed.emit(int(fraction * 900))  # indexing takes the last tenth
        return not self._cancel.is_set()

    def run(self) -> None:
        result, timeline = load_and_index(
            self._path, self._cache_dir, self._progress, self._cache_budget
        )
        if self._cancel.is_set():
            timeline = None
        self.progressed.emit(1000)
        self.loaded.emit(result, timeline)


def load_and_index(
    path: Path,
    cache_dir: Path | None = None,
    progress: Callable[[float], bool] | None = None,
    cache_budget: int | None = None,
) -> tuple[LoadResult, Timeline | None]:
    """Load ``path`` and build what the window needs first; never raises.

    A bug or an exhausted machine (no memory, no processes) is reported like any other
    reason a file does not open: the window must hear back, and show a message, not a
    traceback or a progress dialog up forever.
    """
    try:
        # No cyclic collection on this thread: it would destroy whatever Qt objects of the
        # GUI thread are garbage in cycles (a closed dialog, a timer) from here, which Qt
        # forbids ("Timers cannot be stopped from another thread") and which then crashed
        # the window. Their collection waits for the GUI thread.
        # Marked as under way: background work that can wait (the shown file's date-phrase
        # check) does, rather than share the cores and the interpreter lock with the load.
        with collector_paused(), load_under_way():
            result = load_event_file(
                path, progress=progress, cache_dir=cache_dir, cache_budget=cache_budget
            )
            if result.loaded is None or result.cancelled:
                return result, None
            timeline = Timeline(result.loaded)
            # Counting tables for the actor tree and the arrays the window needs first:
            # built here, which is off the GUI thread for big files.
            engine_for(timeline)
            timeline.index.warm_up()
            timeline.passages.warm_up()
            prepare_window(timeline)  # what the window asks first (ui.handover)
            return result, timeline
    except Exception as error:
        logging.getLogger(__name__).exception("loading %s failed", path)
        from .read_problem_words import loading_failed

        return LoadResult(str(path), None, [loading_failed(str(path), error)]), None


class FileOpener(QObject):
    opened = Signal(str)  # path of a file now shown
    failed = Signal(str)  # path of a file that could not be opened (or was cancelled)
    # Quit (Ctrl+Q) pressed while the progress dialog blocks the window and its menus: the
    # load is already cancelled and joined; the app closes the window as File > Quit does.
    quit_requested = Signal()

    def __init__(
        self,
        controller: TimelineController,
        settings: Settings,
        window: QWidget | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        super().__init__(window)
        self._cache_dir = cache_dir
        self._controller = controller
        self._settings = settings
        self._window = window
        self._worker: LoadWorker | None = None
        self._progress: QProgressDialog | None = None
        self.last_dialog: IssuesDialog | None = None
        self.last_message: QMessageBox | None = None  # "X does not exist", "X cannot be read"
        self.background_threshold = BACKGROUND_THRESHOLD
        self._shut = False
        # A background load is marked as under way (model/loading/under_way.py) from its
        # start until its file is shown or it ends: the shown file's date-phrase check does
        # not go on, nor import the date tagger, between the load and the handover.
        self._load_mark = ExitStack()
        # Quitting (Ctrl+Q, closing the window) while a file loads: the worker is cancelled
        # and joined first; a QThread destroyed while running aborts the whole process.
        instance = QCoreApplication.instance()
        if instance is not None:
            instance.aboutToQuit.connect(self.shutdown)

    def shutdown(self) -> None:
        """Cancel a load in progress and wait for its thread to end; nothing is opened."""
        self._shut = True
        self.cancel_load()

    def cancel_load(self) -> bool:
        """Stop a load in progress and join its thread (nothing is opened); False if none."""
        worker, self._worker = self._worker, None
        if worker is None:
            return False
        worker.cancel()
        worker.loaded.disconnect()  # its result must not open a file in a closing window
        from .progress import retire  # background loads only (QProgressDialog): not at start

        retire(worker, self._progress)
        self._progress = None
        self._load_mark.close()
        return True

    def on_quit_during_load(self) -> None:
        self.cancel_load()
        self.quit_requested.emit()

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def _in_background(self, size: int) -> bool:
        return size >= self.background_threshold

    def loads_in_background(self, path: str | Path) -> bool:
        """Whether :meth:`open` reads ``path`` in a worker thread (a big file)."""
        try:
            return self._in_background(Path(path).stat().st_size)
        except OSError:
            return False

    def open(self, path: str | Path) -> bool:
        """Open ``path``. Returns False when it failed at once; big files finish later."""
        path = Path(path)
        if self._worker is not None:
            return False
        from .import_drop import import_instead  # the importers' hook: another tool's file

        if import_instead(path, self._window, self._controller, self._settings, self.open):
            return True  # File > Import shows it, as a drop of it does
        # The file as the read begins (as live reload does): what is shown is recorded as
        # this version, so a change written during the read still counts as a change
        # (reloaded, or asked about before a save overwrites it).
        try:
            stat = path.stat()
        except OSError:
            size, read_stat = 0, None
        else:
            size, read_stat = stat.st_size, (stat.st_mtime_ns, stat.st_size)
        if not self._in_background(size):
            return self._finish(path, *load_and_index(path), read_stat)
        self._start_worker(path, read_stat)
        return True

    def _start_worker(self, path: Path, read_stat: tuple[int, int] | None) -> None:
        from .progress import worker_progress  # background loads only: not at start

        worker = LoadWorker(path, self._cache_dir, self, self._settings.cache_budget)
        dialog = worker_progress(
            self._window,
            self.tr("Opening {name}…").format(name=path.name),
            self.tr("Opening"),
            self.tr("Cancel"),
        )
        dialog.canceled.connect(worker.cancel)
        # The dialog is window-modal, so the window's File > Quit and its shortcut are out of
        # reach while it shows: the dialog carries its own Quit shortcut.
        quit_action = QAction(self.tr("Quit"), dialog)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        quit_action.triggered.connect(self.on_quit_during_load)
        dialog.addAction(quit_action)
        worker.progressed.connect(dialog.setValue)
        worker.loaded.connect(
            lambda result, timeline: self._on_worker_done(worker, path, result, timeline, read_stat)
        )
        self._worker = worker
        self._progress = dialog
        self._load_mark.enter_context(load_under_way())
        worker.start()

    def _on_worker_done(
        self,
        worker: LoadWorker,
        path: Path,
        result: LoadResult,
        timeline: Timeline | None,
        read_stat: tuple[int, int] | None = None,
    ) -> None:
        if self._shut or worker is not self._worker:  # queued before the load was cancelled
            return
        self._worker = None
        from .progress import retire

        retire(worker, self._progress)
        self._progress = None
        with self._load_mark:  # under way until the file is shown
            if result.cancelled:
                self.failed.emit(str(path))
                return
            self._finish(path, result, timeline, read_stat)

    def _finish(
        self,
        path: Path,
        result: LoadResult,
        timeline: Timeline | None,
        read_stat: tuple[int, int] | None = None,
    ) -> bool:
        """Show a loaded file, or say why it did not open; ``read_stat``: (mtime_ns, size)
        of the file as its read began."""
        if result.loaded is None or timeline is None:
            reason = _unreadable_reason(result)
            if reason is not None:
                # Nothing in the file to fix: say plainly what is wrong with the path.
                self._say_unreadable(path, reason)
            else:
                self._show_issues(
                    self.tr("Cannot open event file"),
                    self.tr(
                        "{name} could not be opened. Nothing was changed; fix these problems "
                        "and open it again:"
                    ).format(name=path.name),
                    result.issues,
                )
            self.failed.emit(str(path))
            return False
        stamp = None
        if read_stat is not None and timeline.loaded.content_hash:
            stamp = FileStamp(read_stat[0], read_stat[1], timeline.loaded.content_hash)
        self._controller.set_timeline(timeline, path, stamp=stamp)
        self._settings.remember_file(str(path.resolve()))
        # Provenance problems are listed in the Provenance dock, raised when the file loads,
        # and counted in the status bar: no dialog for them. Events without a source are
        # counted there too, quietly (an import has one per event); anything else still gets
        # a dialog.
        provenance = timeline.provenance
        listed = {id(issue) for issue in (*provenance.problems, *provenance.unsourced)}
        others = [issue for issue in result.issues if id(issue) not in listed]
        if others:
            self._show_issues(
                self.tr("Problems in event file"),
                self.tr("{name} was opened, with these problems:").format(name=path.name),
                others,
            )
        self.opened.emit(str(path))
        return True

    def _say_unreadable(self, path: Path, reason: str | None) -> None:
        if not path.exists():
            text = self.tr("{name} does not exist.").format(name=path.name)
        else:
            text = self.tr("{name} cannot be read: {reason}.").format(name=path.name, reason=reason)
        from PySide6.QtWidgets import QMessageBox  # Qt makes the class at its import: not at start

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cannot open event file"),
            text,
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is a stranger's text
        box.setInformativeText(str(path))
        box.open()
        self.last_message = box

    def _show_issues(self, title: str, summary: str, issues: list[Issue]) -> None:
        from .issues_dialog import IssuesDialog  # only when there are problems to show

        dialog = IssuesDialog(title, summary, issues, self._window)
        dialog.open()
        self.last_dialog = dialog


def _unreadable_reason(result: LoadResult) -> str | None:
    """Why the event file itself could not be read ("permission denied"), or None when it
    was read and its content is what failed (those problems are listed, located)."""
    if len(result.issues) != 1 or result.issues[0].unreadable is None:
        return None
    from .read_problem_words import read_problem

    issue = result.issues[0]
    worded = read_problem(dict(issue.arguments)) if issue.code == "file_unreadable" else None
    reason = (worded or issue.unreadable or "").rstrip(".")
    return reason[:1].lower() + reason[1:]
