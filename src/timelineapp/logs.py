"""Logging as the application configures it (libraries and modules only log, never set up).

* The window logs to a rotating file under the platformdirs log folder
  (:func:`log_to_file`, called once by ``ui.app.run_app``): every unexpected error is
  there with its traceback, and the file's path can be shown to the user.
* The command line logs to stderr only when asked (``-v`` info, ``-vv`` debug;
  :func:`log_to_stderr`); without it, nothing is printed but its own one-line messages.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import platformdirs

LOGGER_NAME = "timelineapp"
LOG_FILE_NAME = "timelineapp.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
_MAX_BYTES = 1 << 20  # 1 MB per file, 3 old files kept
_BACKUPS = 3


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir("timelineapp", appauthor=False))


def log_to_file(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the app's log records to ``folder``/timelineapp.log (rotated); its path, or None
    when the folder cannot be written (logging must never stop the app from starting)."""
    path = (folder or default_log_dir()) / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    _install(_RotatingFileOnFirstRecord(path), level)
    return path


class _RotatingFileOnFirstRecord(logging.Handler):
    """A ``RotatingFileHandler`` made when the first record comes (most runs log nothing).

    ``logging.handlers`` imports ``socket``, ``pickle``, ``queue`` and ``selectors`` for its
    other handlers: ~6 ms of CPU of each start of the window, before its first paint. The
    file is opened at the first record either way (``delay=True``).
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        # Called with the handler's lock held (Handler.handle): one file, whatever the thread.
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def log_to_stderr(verbosity: int) -> None:
    """``-v`` (1): info and above on stderr; ``-vv`` (2): debug. 0: keep stderr quiet."""
    if verbosity <= 0:
        # Without a handler, Python prints warnings and errors (with tracebacks) on stderr:
        # the command line promises one-line messages instead.
        _install(logging.NullHandler(), logging.WARNING)
        return
    _install(logging.StreamHandler(sys.stderr), logging.DEBUG if verbosity > 1 else logging.INFO)


def _install(handler: logging.Handler, level: int) -> None:
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
