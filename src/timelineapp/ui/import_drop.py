"""Files dropped on the window: an event file opens, anything importable goes to File > Import.

A file given to open (on the command line, by File > Open, from the recent files) that is
another tool's timeline goes to File > Import too (:func:`import_instead`), as a drop of it
does: "not valid JSON, fix these problems" is no answer to a valid CSV table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from ..model.format_rules import FILE_SUFFIX

if TYPE_CHECKING:
    from .controller import TimelineController
    from .settings import Settings

# Enough of a file to tell its format (the importers' own detection reads as much).
_HEAD_BYTES = 65536


def import_instead(
    path: Path,
    window: QWidget | None,
    controller: TimelineController,
    settings: Settings,
    open_path: Callable[[str], object],
) -> bool:
    """Run File > Import on ``path`` when it is not an event file and an importer reads it
    (the hook of ``FileOpener.open``); False, and nothing done, otherwise."""
    if window is None or not importable(path):
        return False
    from .import_flow import shared_import_flow

    shared_import_flow(window, controller, settings, open_path).run(path, None)
    return True


def importable(path: Path) -> bool:
    """Whether ``path`` is another tool's timeline an importer recognises: an importable
    suffix, not ``*.timeline.json``, and a content that says so (a ``.json`` that is an event
    file under another name opens as one; a ``.txt`` must be a table with a date or a title)."""
    name = path.name.lower()
    if name.endswith(FILE_SUFFIX):
        return False  # decided before the importers load: the usual open stays as fast
    from ..extract.importers import FORMATS, detect_format

    suffixes = tuple({s for f in FORMATS.values() for s in f.suffixes})
    if not name.endswith(suffixes):
        return False
    try:
        if not path.is_file():  # a FIFO or a device: the loader says what it is
            return False
        with path.open("rb") as file:
            head = file.read(_HEAD_BYTES)
    except OSError:
        return False  # the loader says why it cannot be read
    found = detect_format(path.name, head)
    if found == "timelinejs":
        return b'"timelineapp/events"' not in head
    if found == "csv" and name.endswith(".txt"):
        return _table_with_events(path.name, head)
    return True


def _table_with_events(name: str, head: bytes) -> bool:
    from ..extract.importers import ConversionReport, UnreadableInput
    from ..extract.importers.report import ReportFormat
    from ..extract.importers.table import read_table
    from ..extract.importers.table_mapping import detect_mapping

    try:
        header = read_table(head, name, ConversionReport(name, ReportFormat.NONE)).header
    except UnreadableInput:
        return False
    columns = detect_mapping(header).columns
    return any(field in columns for field in ("date", "start", "title"))


def dropped_file(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The one local file a drag carries, if it can be opened or imported."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    from ..extract.importers import FORMATS

    path = Path(urls[0].toLocalFile())
    importable = tuple({s for f in FORMATS.values() for s in f.suffixes})
    return path if path.name.lower().endswith(importable) else None


class ImportDropFilter(QObject):
    """Files dropped on the window: an event file opens, anything importable is imported."""

    def __init__(
        self,
        import_path: Callable[[Path], None],
        open_path: Callable[[str], object],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._import = import_path
        self._open = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDragMoveEvent):
            if dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
            return False
        if isinstance(event, QDropEvent):
            path = dropped_file(event)
            if path is None:
                return False
            event.acceptProposedAction()
            if path.name.lower().endswith(FILE_SUFFIX):  # opened, not imported
                self._open(str(path))
            else:
                self._import(path)
            return True
        return super().eventFilter(watched, event)
