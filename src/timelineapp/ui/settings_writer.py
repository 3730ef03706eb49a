"""The settings file written by a thread, so the window never waits for the disk's fsync.

The settings are copied as bytes on the GUI thread when a write is asked for (the newest
state then); one thread writes them, one after another in the order asked, so two writes
never race and an older state never lands after a newer one. ``wait`` joins whatever is
queued: a write on the GUI thread (a clean quit, Preferences) comes after it. A failed write
is reported back on the GUI thread (``finished``, queued), as the app's own write reports it.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from .settings import Settings, settings_bytes, write_settings_bytes

_log = logging.getLogger(__name__)


class SettingsWriter(QObject):
    """Writes a settings file in one thread, in the order asked."""

    # None when written, else the OSError that stopped it; on the GUI thread (queued).
    finished = Signal(object)
    _done = Signal(object)  # emitted by the thread

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        # Queued to this object's thread (the GUI thread), whatever thread emits.
        self._done.connect(self.finished, Qt.ConnectionType.QueuedConnection)
        self._executor: ThreadPoolExecutor | None = None
        self._last: Future[None] | None = None

    def write(self, settings: Settings) -> None:
        """Write ``settings`` as they are now, in the thread."""
        content = settings_bytes(settings)  # now: the thread never reads the live settings
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="settings-writer")
        self._last = self._executor.submit(self._write, content)

    def _write(self, content: bytes) -> None:
        outcome: OSError | None = None
        try:
            write_settings_bytes(content, self._path)
        except OSError as error:
            outcome = error
        except Exception:  # a bug: logged, never silently lost with the thread
            _log.exception("cannot save settings to %s", self._path)
            return
        with suppress(RuntimeError):  # the writer is gone (an app torn down in a test)
            self._done.emit(outcome)

    def wait(self) -> None:
        """Until every write asked for so far is on the disk (or failed)."""
        last, self._last = self._last, None
        if last is not None:
            last.exception()  # waits; the error, if any, is reported through ``finished``

    def shutdown(self) -> None:
        """Join the thread (at quit, after ``wait``); a later ``write`` starts another."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)
        self._last = None
