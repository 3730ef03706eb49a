"""The file's actors as a list model for the actor choosers, read from columns.

A file may declare a million actors: filling a combo box with ``addItem`` built an ``Actor``
model per actor (6.6 s) and a Qt item each. This model reads a row's name and id from the
header's columns when the view asks for it (a screenful at a time), finds an actor's row by
the header's id index, and answers Qt's own look-ups (``QComboBox.findText``, which an
editable box runs when its text is edited, and ``findData``) through :class:`.ActorSearch`
rather than by reading every row (1–2 s for a million actors).

Given some rows (:meth:`ActorListModel.set_rows`, a search's matches), it lists those only,
handed to the view :data:`FETCH_BATCH` at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...model.untrusted_text import shown
from .actor_search import ActorSearch

if TYPE_CHECKING:
    from ...model.file_format import Actor

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
BIG = 2000
"""Above this many actors a combo box sizes itself to a fixed width instead of measuring
every name (Qt asks each row for its text when it first shows the box)."""
FETCH_BATCH = 200
"""Rows of a search's matches given to the view at a time."""
_EXACT = (Qt.MatchFlag.MatchExactly, Qt.MatchFlag.MatchFixedString)
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)


class ActorListModel(QAbstractListModel):
    """Rows: an optional first row with no actor (``none``), then each actor, shown by its
    name (with its id when ``with_ids``); an actor's id is its ``UserRole`` data."""

    def __init__(
        self,
        actors: Sequence[Actor],
        none: str | None = None,
        with_ids: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.search = ActorSearch(actors)
        self._none = none
        self._first = 1 if none is not None else 0
        self._with_ids = with_ids
        self._rows: npt.NDArray[np.int64] | None = None  # the actors listed; None: all
        self._fetched = 0
        self._fetching = False

    def set_actors(self, actors: Sequence[Actor]) -> None:
        """List these actors (all of them)."""
        self.beginResetModel()
        self.search = ActorSearch(actors)
        self._rows = None
        self.endResetModel()

    def set_rows(self, rows: npt.NDArray[np.int64] | None) -> None:
        """List only these actors (by index, without the no-actor row); None: all again."""
        self._fetching = True  # (no fetch from the views' answer to the reset)
        try:
            self.beginResetModel()
            self._rows = rows
            self._fetched = 0 if rows is None else min(rows.size, FETCH_BATCH)
            self.endResetModel()
        finally:
            self._fetching = False

    @property
    def matches(self) -> int:
        """The actors listed, fetched or not."""
        return len(self.search.ids) if self._rows is None else int(self._rows.size)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self.search.ids) + self._first if self._rows is None else self._fetched

    def canFetchMore(self, parent: _Index) -> bool:
        return (
            not parent.isValid()
            and not self._fetching  # (views ask again while rows are being inserted)
            and self._rows is not None
            and self._fetched < self._rows.size
        )

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._rows is not None
        more = min(int(self._rows.size), self._fetched + FETCH_BATCH)
        self._fetching = True
        try:
            self.beginInsertRows(_ROOT, self._fetched, more - 1)
            self._fetched = more
            self.endInsertRows()
        finally:
            self._fetching = False

    def actor_at(self, row: int) -> int:
        """The actor (its index in the file) at ``row``; -1 for the no-actor row."""
        if self._rows is not None:
            return int(self._rows[row])
        return row - self._first

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        actor = self.actor_at(index.row())
        if role in _TEXT_ROLES:
            return self._none if actor < 0 else self.text_of(actor)
        if role == Qt.ItemDataRole.UserRole:
            return None if actor < 0 else self.search.ids[actor]
        return None

    def text_of(self, actor: int) -> str:
        """How actor ``actor`` is listed: its name as shown (and its id)."""
        name = shown(self.search.names[actor])
        return f"{name} ({shown(self.search.ids[actor])})" if self._with_ids else name

    def row_of(self, actor_id: str | None) -> int:
        """The row of ``actor_id`` (the no-actor row for None), or -1 (all actors listed)."""
        if actor_id is None:
            return 0 if self._first else -1
        found = self.search.number.get(actor_id)
        return -1 if found is None else found + self._first

    def match(
        self,
        start: _Index,
        role: int,
        value: object,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """Qt's look-up of a row by its text or id (``findText``/``findData``): an exact
        one through the search's index; any other kind reads the rows (Qt's own)."""
        kind = Qt.MatchFlag(flags & Qt.MatchFlag.MatchTypeMask)
        if self._rows is not None or kind not in _EXACT or not isinstance(value, str):
            return super().match(start, role, value, hits, flags)
        if role == Qt.ItemDataRole.UserRole:
            row = self.row_of(value)
        elif role in _TEXT_ROLES:
            row = self._row_of_text(value, bool(flags & Qt.MatchFlag.MatchCaseSensitive))
        else:
            return super().match(start, role, value, hits, flags)
        return [self.index(row, 0)] if row >= 0 else []

    def _row_of_text(self, text: str, case_sensitive: bool) -> int:
        if self._none is not None and text == self._none:
            return 0
        found = self.search.named(text)
        if found is None:
            return -1
        if case_sensitive and self.text_of(found) != text:
            return -1
        if not case_sensitive and self.text_of(found).casefold() != text.casefold():
            return -1
        return found + self._first
