"""The file's actors as a list model for the actor dialogs' combo boxes, read from columns.

A file may declare a million actors: filling a combo box with ``addItem`` built an ``Actor``
model per actor (6.6 s) and a Qt item each. This model reads a row's name and id from the
header's columns when the view asks for it (a screenful at a time), and finds an actor's row
by the header's id index rather than by a search of every row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox

from ...model.actor_columns import actor_ids_of, actor_names, actor_number
from ...model.file_format import Actor
from ...model.untrusted_text import shown

_Index = QModelIndex | QPersistentModelIndex
BIG = 2000
"""Above this many actors a combo box sizes itself to a fixed width instead of measuring
every name (Qt asks each row for its text when it first shows the box)."""


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
        self._ids = actor_ids_of(actors)
        self._names = actor_names(actors)
        self._number: Mapping[str, int] = actor_number(actors) or {
            actor_id: i for i, actor_id in enumerate(self._ids)
        }
        self._none = none
        self._first = 1 if none is not None else 0
        self._with_ids = with_ids

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids) + self._first

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row() - self._first
        if not index.isValid() or row >= len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if row < 0:
                return self._none
            name = shown(self._names[row])
            return f"{name} ({shown(self._ids[row])})" if self._with_ids else name
        if role == Qt.ItemDataRole.UserRole:
            return None if row < 0 else self._ids[row]
        return None

    def row_of(self, actor_id: str | None) -> int:
        """The row of ``actor_id`` (the no-actor row for None), or -1."""
        if actor_id is None:
            return 0 if self._first else -1
        found = self._number.get(actor_id)
        return -1 if found is None else found + self._first


def fill_with_actors(
    combo: QComboBox, actors: Sequence[Actor], none: str | None = None, with_ids: bool = False
) -> ActorListModel:
    """Give ``combo`` the actors as a model (no item per actor); returns the model."""
    model = ActorListModel(actors, none, with_ids, combo)
    if len(actors) > BIG:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(40)
    combo.setModel(model)
    return model
