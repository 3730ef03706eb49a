"""The open file's date phrases that cannot mean the date they stand for, found in the
background after each load, for the Provenance pane and the status bar (QA #115).

The rule is ``extract.phrase_check``'s, the one ``timelineapp validate`` and the Event pane
use. It needs the date tagger and reads every event with a date phrase (a second on a
100,000-event file), so it runs in a thread and never holds up the window.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ..model.issues import Issue
from ..model.loading.loaded import LoadedFile
from ..model.loading.under_way import no_load_under_way
from .controller import TimelineController
from .handover import has_date_phrases

_log = logging.getLogger(__name__)

CHECK_DELAY_MS = 300
"""How long loads and edits must pause before the check starts."""
POLL_MS = 50
"""How often the window looks whether a running check has ended."""
IDLE_MS = 400
"""How long after the user's last key, click, wheel turn or mouse move a check goes on."""
_WAIT_S = 0.05
"""How often a paused check looks whether it was cancelled."""
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)

PhraseWarning = tuple[int, Issue]  # the event, the warning (``validate``'s, unlocated)


class _Cancelled(Exception):
    """The check's file is gone (another load or an edit since)."""


def _giving_way(
    events: list[int], cancelled: threading.Event, user_idle: threading.Event
) -> Iterator[int]:
    """``events``, one at a time, letting the GUI thread run between two, and none while the
    user is at work (``user_idle`` cleared: a key, a click, the wheel or the mouse moving in
    the window in the last moment), so that a check of a big file, seconds long after every
    edit, never slows what the user is doing.

    The check is pure Python: without a pause it holds the interpreter lock for up to the
    switch interval each time the window's thread asks for it, which made every repaint of a
    100k-event file three to four times slower while a check ran (5 → 20 ms, measured). A
    ``sleep(0)`` between events hands the lock over at once. A cancelled check stops here,
    between two events, not at its next warning (a file with few warnings was read to the
    end after every verdict of review mode)."""
    for i in events:
        _wait_turn(cancelled, user_idle)
        time.sleep(0)
        yield i


def _wait_turn(cancelled: threading.Event, user_idle: threading.Event) -> None:
    """Return once the user leaves the window alone (``user_idle``) and no file is being
    loaded (``model/loading/under_way.py``: a load's threads and this check would share
    two cores and the interpreter lock with the window, and the file checked is about to
    be replaced); raise :class:`_Cancelled` once ``cancelled``."""
    while not (user_idle.wait(_WAIT_S) and no_load_under_way(_WAIT_S)) or cancelled.is_set():
        if cancelled.is_set():
            raise _Cancelled


def warnings_of(loaded: LoadedFile, events: Iterable[int] | None = None) -> list[PhraseWarning]:
    """The warnings of ``loaded``'s events with a date phrase (or of ``events``): the one
    rule, ``extract.phrase_check``'s, worded as ``validate`` words it."""
    # The tagger: not at start.
    from ..extract.phrase_check import date_phrase_disagreements, events_with_phrases

    chosen = events_with_phrases(loaded.passage_rows) if events is None else events
    # ``header``, not ``data``: reading it builds no models in this thread (the GUI thread
    # may build them at the same time for an edit: built twice, two copies).
    return [
        (found.event, found.issue(loaded.name))
        for found in date_phrase_disagreements(loaded.header, chosen)
    ]


def listed_warnings(window: QObject, controller: TimelineController) -> list[PhraseWarning]:
    """The date phrases the window's Provenance pane lists, for an export to tell of (QA
    #133): the pane's check's findings, or, without the pane, the same rule read here."""
    from .provenance_pane import ProvenancePane  # it imports this module

    pane = getattr(window, "provenance_pane", None)
    if isinstance(pane, ProvenancePane):
        return pane.phrase_warnings.current()
    timeline = controller.timeline
    return [] if timeline is None else warnings_of(timeline.loaded)


def _found_in(
    loaded: LoadedFile, cancelled: threading.Event, user_idle: threading.Event
) -> list[PhraseWarning] | None:
    """The warnings of ``loaded``, or None once ``cancelled`` (another file since).

    The date tagger is imported only once the check may run (its first import is the
    check's longest hold of the interpreter lock)."""
    try:
        _wait_turn(cancelled, user_idle)
        from ..extract.phrase_check import events_with_phrases

        events = _giving_way(events_with_phrases(loaded.passage_rows), cancelled, user_idle)
        return warnings_of(loaded, events)
    except _Cancelled:
        return None


class _Check:
    """One check run in a thread: it only sets ``found`` (a plain attribute, which the GUI
    thread reads when it next looks); nothing Qt is touched off the GUI thread, so a window
    closed meanwhile leaves the thread nothing to call into."""

    def __init__(self, loaded: LoadedFile, user_idle: threading.Event) -> None:
        self.cancelled = threading.Event()
        self.found: list[PhraseWarning] | None = None
        threading.Thread(
            target=self._run, args=(loaded, user_idle), name="date-phrase-check", daemon=True
        ).start()

    def _run(self, loaded: LoadedFile, user_idle: threading.Event) -> None:
        try:
            self.found = _found_in(loaded, self.cancelled, user_idle)
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
        self._later.setSingleShot(True)  # its interval read at each start (tests shorten it)
        self._later.timeout.connect(self._start_check)
        # While a check runs, the GUI thread looks for its result this often.
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.on_poll)
        controller.file_loaded.connect(self.on_file_loaded)
        # Set while the user leaves the window alone: a running check reads only then. The
        # input events are watched only while a check runs (an application-wide filter).
        self._user_idle = threading.Event()
        self._user_idle.set()
        self._idle_again = QTimer(self)
        self._idle_again.setSingleShot(True)
        self._idle_again.timeout.connect(self._user_idle.set)
        self._watching = False

    @property
    def warnings(self) -> list[PhraseWarning]:
        return self._warnings

    @property
    def checking(self) -> bool:
        """Whether the open file's phrases are still being read."""
        return self._checking

    def current(self) -> list[PhraseWarning]:
        """The open file's warnings now, for an export (QA #133): the last check's once it
        has ended; while one runs, read here at once (the shown ones may be the file's
        before an edit, and a check pauses while the user works), and shown as its result."""
        timeline = self._controller.timeline
        if timeline is None:
            return []
        if self._checking:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                found = warnings_of(timeline.loaded)
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._stop()
            self._warnings = found
            self._checking = False
            self.checked.emit()
        return self._warnings

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
        self._checking = rows is not None and has_date_phrases(rows)
        if self._checking:
            self._later.start(CHECK_DELAY_MS)
        else:
            self._warnings = []  # no date phrase left to warn of

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.user_at_work()
        return False

    def user_at_work(self) -> None:
        """Pause the running check until the user has left the window alone for a moment."""
        self._user_idle.clear()
        self._idle_again.start(IDLE_MS)

    def _watch_input(self, on: bool) -> None:
        application = QCoreApplication.instance()
        if on == self._watching or application is None:
            return
        if on:
            application.installEventFilter(self)
        else:
            application.removeEventFilter(self)
            self._idle_again.stop()
            self._user_idle.set()
        self._watching = on

    def _stop(self) -> None:
        self._later.stop()
        self._poll.stop()
        self._watch_input(False)
        if self._check is not None:
            self._check.cancelled.set()
            self._check = None

    def _start_check(self) -> None:
        timeline = self._controller.timeline
        if timeline is None or not self._checking:
            return
        self._check = _Check(timeline.loaded, self._user_idle)
        self._watch_input(True)
        self._poll.start(POLL_MS)

    def on_poll(self) -> None:
        check = self._check
        if check is None or check.found is None:
            return  # still reading (a cancelled check is never looked at again)
        self._poll.stop()
        self._watch_input(False)
        self._check = None
        self._warnings = check.found
        self._checking = False
        self.checked.emit()
