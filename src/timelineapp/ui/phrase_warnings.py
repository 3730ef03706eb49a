"""The open file's date phrases that cannot mean the date they stand for, found in the
background after each load, for the Provenance pane and the status bar (QA #115).

The rule is ``extract.phrase_check``'s, the one ``timelineapp validate`` and the Event pane
use. It needs the date tagger and reads every event with a date phrase (a second on a
100,000-event file), so it runs in a thread and never holds up the window.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from ..model.issues import Issue
from ..model.loading.loaded import LoadedFile
from .controller import TimelineController

_log = logging.getLogger(__name__)

CHECK_DELAY_MS = 300
"""How long loads and edits must pause before the check starts."""
POLL_MS = 50
"""How often the window looks whether a running check has ended."""

PhraseWarning = tuple[int, Issue]  # the event, the warning (``validate``'s, unlocated)


def _found_in(loaded: LoadedFile, cancelled: threading.Event) -> list[PhraseWarning] | None:
    """The warnings of ``loaded``, or None once ``cancelled`` (another file since)."""
    from ..extract.phrase_check import loaded_phrase_disagreements  # the tagger: not at start

    found: list[PhraseWarning] = []
    for disagreement in loaded_phrase_disagreements(loaded):
        if cancelled.is_set():
            return None
        found.append((disagreement.event, disagreement.issue(loaded.name)))
    return found


class _Check:
    """One check run in a thread: it only sets ``found`` (a plain attribute, which the GUI
    thread reads when it next looks); nothing Qt is touched off the GUI thread, so a window
    closed meanwhile leaves the thread nothing to call into."""

    def __init__(self, loaded: LoadedFile) -> None:
        self.cancelled = threading.Event()
        self.found: list[PhraseWarning] | None = None
        threading.Thread(
            target=self._run, args=(loaded,), name="date-phrase-check", daemon=True
        ).start()

    def _run(self, loaded: LoadedFile) -> None:
        try:
            self.found = _found_in(loaded, self.cancelled)
        except Exception:  # a bug: logged with its traceback; the window says nothing found
            _log.exception("checking the date phrases failed")
            self.found = []


class PhraseWarnings(QObject):
    """The date-phrase warnings of the open file, checked again at every load and edit."""

    checked = Signal()  # the check of the open file ended: ``warnings`` are its findings

    def __init__(self, controller: TimelineController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._warnings: list[PhraseWarning] = []
        self._check: _Check | None = None
        self._checking = False
        self._count = -1  # events in the file the warnings are of
        # Started once loads and edits pause: not beside the window's first paint and pane
        # building, nor once per keystroke of review mode (each verdict reloads the file).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(CHECK_DELAY_MS)
        self._later.timeout.connect(self._start_check)
        # While a check runs, the GUI thread looks for its result this often.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.on_poll)
        controller.file_loaded.connect(self.on_file_loaded)

    @property
    def warnings(self) -> list[PhraseWarning]:
        return self._warnings

    @property
    def checking(self) -> bool:
        """Whether the open file's phrases are still being read."""
        return self._checking

    def on_file_loaded(self) -> None:
        """Forget the last file's warnings and check this one's (connected to the controller
        before anything that shows them, which then finds them emptied)."""
        self._stop()  # the last check reads a file that is gone
        timeline = self._controller.timeline
        count = timeline.index.count if timeline is not None else -1
        if not (self._controller.reloading_after_edit and count == self._count):
            # Another file, or events added or removed: the warnings' event numbers are
            # not this file's. An edit in place (a verdict, a date) keeps them shown until
            # its own check ends, so the count does not blink at every key of review mode.
            self._warnings = []
        self._count = count
        # A date phrase is a passage row without a quote (``events_with_phrases``).
        rows = timeline.loaded.passage_rows if timeline is not None else None
        self._checking = rows is not None and bool((rows[:, 5] == -1).any())
        if self._checking:
            self._later.start()
        else:
            self._warnings = []  # no date phrase left to warn of

    def _stop(self) -> None:
        self._later.stop()
        self._poll.stop()
        if self._check is not None:
            self._check.cancelled.set()
            self._check = None

    def _start_check(self) -> None:
        timeline = self._controller.timeline
        if timeline is None or not self._checking:
            return
        self._check = _Check(timeline.loaded)
        self._poll.start()

    def on_poll(self) -> None:
        check = self._check
        if check is None or check.found is None:
            return  # still reading (a cancelled check is never looked at again)
        self._poll.stop()
        self._check = None
        self._warnings = check.found
        self._checking = False
        self.checked.emit()
