"""Files dropped on the window: an event file opens, anything importable goes to File > Import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

EVENT_FILE_SUFFIX = ".timeline.json"  # dropped, it is opened, not imported


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
            if path.name.lower().endswith(EVENT_FILE_SUFFIX):
                self._open(str(path))
            else:
                self._import(path)
            return True
        return super().eventFilter(watched, event)
