"""The import's work off the GUI thread: reading the input, then loading the result unsaved.

Both never raise: an unreadable input is a message for the user, a bug is logged with its
traceback and told in one sentence.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

if TYPE_CHECKING:
    from ..extract.importers import ImportOptions, ImportResult
    from ..model.loading import LoadResult
    from ..model.timeline import Timeline

_log = logging.getLogger(__name__)


class ImportWorker(QThread):
    """Runs one import off the GUI thread; reports progress; stops when cancelled."""

    progressed = Signal(int)  # per mille
    finished_import = Signal(object, str)  # ImportResult or None, error message ("" if none)

    def __init__(
        self, path: Path, format_name: str | None, options: ImportOptions, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._format = format_name
        self._options = options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, fraction: float) -> bool:
        self.progressed.emit(int(fraction * 1000))
        return not self._cancel.is_set()

    def run(self) -> None:
        result, error = run_import(self._path, self._format, self._options, self._progress)
        self.finished_import.emit(result, error)


def run_import(
    path: Path,
    format_name: str | None,
    options: ImportOptions,
    progress: Callable[[float], bool] | None = None,
) -> tuple[ImportResult | None, str]:
    """Import ``path``; never raises: (result, "") or (None, the message to show)."""
    from ..extract.importers import ImportCancelled, UnreadableInput, import_file

    try:
        if progress is None:
            return import_file(path, format_name, options), ""
        return import_file(path, format_name, options, progress), ""
    except ImportCancelled:
        return None, ""
    except UnreadableInput as error:
        from .import_report_words import unreadable_words

        return None, unreadable_words(error)
    except Exception as error:  # a bug: logged with its traceback, told in one sentence
        _log.exception("importing %s failed", path)
        from .read_problem_words import unexpected_reason

        return None, f"{path}: {unexpected_reason(type(error).__name__)}"


def load_import(result: ImportResult, name: str) -> tuple[LoadResult, Timeline | None]:
    """An import loaded as a file is (checked, indexed); never raises."""
    from ..model.filtering import engine_for
    from ..model.loading import LoadResult, load_event_bytes
    from ..model.timeline import Timeline

    try:
        loaded = load_event_bytes(result.raw, name, None)
        if loaded.loaded is None:
            return loaded, None
        timeline = Timeline(loaded.loaded)
        engine_for(timeline)  # the actor counts, off the GUI thread for big imports
        timeline.index.warm_up()
        return loaded, timeline
    except Exception as error:  # a bug: logged, then told like a file that does not open
        _log.exception("loading an import failed")
        from .read_problem_words import loading_failed

        return LoadResult(name, None, [loading_failed(name, error)]), None


class UnsavedLoadWorker(QThread):
    """Loads a big import off the GUI thread."""

    loaded = Signal(object, object)  # LoadResult, Timeline | None

    def __init__(self, result: ImportResult, name: str, parent: QObject) -> None:
        super().__init__(parent)
        self._result = result
        self._name = name

    def run(self) -> None:
        self.loaded.emit(*load_import(self._result, self._name))
