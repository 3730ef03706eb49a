"""A read-only list model that hands its rows to the view a batch at a time.

The Edit Event dock lists an event's actor references and quotes. An event can hold a
million of either: a QListWidget item per row took seconds and gigabytes for one click.
Here a row's text is made only when the view asks for it, and the view sees the first
:data:`FETCH_BATCH` rows, then the next ones as it scrolls (``canFetchMore``/``fetchMore``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

FETCH_BATCH = 200


class LazyListModel(QAbstractListModel):
    """Rows ``0..count-1``, each worded by ``label(row)`` when shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._fetched = 0
        self._label: Callable[[int], str] = str

    def set_rows(self, count: int, label: Callable[[int], str]) -> None:
        self.beginResetModel()
        self._count = count
        self._fetched = min(count, FETCH_BATCH)
        self._label = label
        self.endResetModel()

    @property
    def total(self) -> int:
        """Every row, fetched or not."""
        return self._count

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._fetched

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._fetched < self._count

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._fetched >= self._count:
            return
        more = min(self._count, self._fetched + FETCH_BATCH)
        self.beginInsertRows(_ROOT, self._fetched, more - 1)
        self._fetched = more
        self.endInsertRows()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._fetched:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(index.row())
        return None
