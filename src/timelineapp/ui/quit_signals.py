"""SIGTERM and SIGHUP (logout, ``kill``) end the app the way File > Quit does.

Without a handler the process dies at once and the settings (recent files, the view) are
never written. A Python signal handler alone would not do: Python runs it only when the
interpreter gets control back, and Qt's event loop may sit in C++ for a long time. So the
handler is empty and :func:`signal.set_wakeup_fd` writes the signal's number into a socket
that a :class:`QSocketNotifier` watches: Qt's loop wakes up and the quit happens on the GUI
thread, with the normal unsaved-changes question.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal


def quit_signals() -> tuple[signal.Signals, ...]:
    """The signals asking the app to end (SIGHUP does not exist on Windows)."""
    names = ("SIGTERM", "SIGHUP")
    return tuple(getattr(signal, name) for name in names if hasattr(signal, name))


def _ignore(number: int, frame: FrameType | None) -> None:
    """Nothing to do here: the wake-up byte tells the Qt loop (see the module)."""


class QuitOnSignals(QObject):
    """Emits ``received`` on the GUI thread when the process is asked to end."""

    received = Signal(int)  # the signal's number

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, _ignore) for number in quit_signals()}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.on_wakeup)

    def on_wakeup(self) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:
            return
        # Every signal with a Python handler writes its number (SIGINT too): only ours count.
        for number in dict.fromkeys(data):
            if number in self._previous:
                self.received.emit(number)

    def uninstall(self) -> None:
        """Put back the handlers found (tests; an app that ends has no need)."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        with contextlib.suppress(OSError):
            self._reader.close()
            self._writer.close()
