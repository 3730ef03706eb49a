"""The actors of the open file as a checkable tree (a Qt item model) with their event counts.

:class:`ActorTreeModel` is a thin adapter over the file's actors and their
:class:`~timelineapp.model.filtering.ActorTree`. Its check boxes stand for the actor part of
the filter. The model keeps, per actor, whether the actor's own events are included; a box
is checked when the actor and all its members are included, partially checked when only
some of them are. Checking or unchecking a box does it for the whole subtree. The filter
gets the shortest description of that: actors with their members, and actors alone (a
parent whose members are only partly checked still shows its own events). A last pseudo-row,
"(no actor)", stands for the events that name nobody.

The rows are fetched in batches (``canFetchMore``/``fetchMore``), per level of the tree, and
the search is done here over every actor, not by a filtering proxy (which would see only the
rows fetched so far): :mod:`.actor_rows` says which rows there are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING, Any, overload

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from ..model.actor_columns import search_texts
from ..model.filtering import ActorTree, fold
from ..model.untrusted_text import shown
from .actor_kinds import kind_icon, kind_text
from .actor_rows import FETCH_BATCH, TOP, ActorRows
from .plain_tooltip import plain_tooltip

if TYPE_CHECKING:
    from ..model.file_format import Actor, ActorKind

ModelIndex = QModelIndex | QPersistentModelIndex
# The invalid index as a shared default argument: Qt passes it by value and never changes it.
_ROOT = QModelIndex()

ActorIdRole = Qt.ItemDataRole.UserRole + 1  # str actor id; None for the "(no actor)" row
SearchTextRole = Qt.ItemDataRole.UserRole + 2  # folded name and aliases, for the search box
# What the proxy sorts by (its sortRole): the counts as ints (their DisplayRole is a grouped
# string, "17,738", which would sort as text), the name as shown.
SortRole = Qt.ItemDataRole.UserRole + 3


_UNCHECKED, _PARTIAL, _CHECKED = 0, 1, 2
_CHECK_STATES = (
    Qt.CheckState.Unchecked,
    Qt.CheckState.PartiallyChecked,
    Qt.CheckState.Checked,
)


_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# Not ItemIsUserTristate: a click on a partly checked box checks it fully.
_NAME_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsUserCheckable
# The counts columns' alignment, made once like the flags: views ask it of every cell.
_COUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    NAME = 0
    TOTAL = 1  # events in the file involving the actor or a member
    SHOWN = 2  # of those, events the current filter shows


class ActorTreeModel(QAbstractItemModel):
    """Actors following ``parent``, then "(no actor)"; check boxes and two counts columns.

    Internal ids: an actor's index in the file, or the number of actors for "(no actor)".
    """

    checked_changed = Signal()  # the user changed the checks (not :meth:`set_checked`)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actors: Sequence[Actor] = []
        self._tree = ActorTree([], [])
        self._included = np.zeros(0, dtype=np.bool_)  # per actor: its own events are shown
        self._no_actor = False
        self._states = np.zeros(0, dtype=np.int8)
        self._total = np.zeros(0, dtype=np.int64)
        self._shown = np.zeros(0, dtype=np.int64)
        self._no_actor_counts = (0, 0)
        self._icons: dict[ActorKind, QIcon] = {}
        # The counts' grouping (one QLocale, not one per cell painted): the default locale is
        # the window's language, set before windows are built; a new file takes it again.
        self._locale = QLocale()
        self._rows = ActorRows(self._tree, list)  # which actors the views are given, by level

    # --- content --------------------------------------------------------------------------
    def set_actors(self, actors: Sequence[Actor], tree: ActorTree) -> None:
        """Show these actors (a new file); checks and counts start empty."""
        self.beginResetModel()
        self._locale = QLocale()
        self._actors = actors  # lazy (HeaderActors): a model per actor shown, not per actor
        self._tree = tree
        self._included = np.zeros(len(self._actors), dtype=np.bool_)
        self._no_actor = False
        self._states = np.zeros(len(self._actors), dtype=np.int8)
        self._total = np.zeros(len(self._actors), dtype=np.int64)
        self._shown = np.zeros(len(self._actors), dtype=np.int64)
        self._no_actor_counts = (0, 0)
        self._rows = ActorRows(tree, partial(search_texts, actors))
        self.endResetModel()

    def set_locale(self, locale: QLocale) -> None:
        """Group the counts as ``locale`` writes numbers (the window's language changed)."""
        self._locale = QLocale(locale)
        self._changed(Column.TOTAL, Column.SHOWN, [Qt.ItemDataRole.DisplayRole])

    def set_query(self, terms: list[str]) -> None:
        """Keep actors whose folded name or aliases hold every term, with their ancestors (to
        show them in place) and their members (finding "Niger" shows its army)."""
        if terms == self._rows.terms:
            return
        self.beginResetModel()
        no_actor = fold(self.tr("(no actor)"))
        self._rows.arrange(terms, all(term in no_actor for term in terms))
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex) -> bool:
        group = self._group(parent)
        return group is not None and self._rows.count(group) < self._rows.rows_of(group).size

    def fetchMore(self, parent: ModelIndex) -> None:
        group = self._group(parent)
        if group is not None:
            self._fetch(group, parent, self._rows.count(group) + FETCH_BATCH)

    def _fetch(self, group: int, parent: ModelIndex, rows: int) -> None:
        """Let the views see the first ``rows`` rows of ``group`` (more, not fewer)."""
        fetched = self._rows.count(group)
        rows = min(rows, int(self._rows.rows_of(group).size))
        if rows <= fetched:
            return
        self.beginInsertRows(parent, fetched, rows - 1)
        self._rows.set_count(group, rows)
        self.endInsertRows()

    def _group(self, parent: ModelIndex) -> int | None:
        """The row group under ``parent``: TOP, an actor, or None (no rows there)."""
        if not parent.isValid():
            return TOP
        node = self._node(parent)
        if node is None or node >= len(self._actors) or parent.column() != 0:
            return None
        return node

    def _expose(self, node: int) -> bool:
        """Fetch the rows down to actor ``node``; False when the search hides it."""
        chain = self._rows.chain(node)
        if any(self._rows.row[n] < 0 for n in chain):
            return False
        for n in reversed(chain):  # top level first: a parent's row exists before its members
            up = int(self._tree.parent[n])
            group, parent = (TOP, _ROOT) if up < 0 else (up, self._make_index(up, 0))
            self._fetch(group, parent, (int(self._rows.row[n]) // FETCH_BATCH + 1) * FETCH_BATCH)
        return True

    def set_counts(
        self,
        total: npt.NDArray[np.int64],
        shown: npt.NDArray[np.int64],
        no_actor: tuple[int, int],
    ) -> None:
        """Events per actor (members included): in the file, and shown now."""
        if total.size != len(self._actors) or shown.size != len(self._actors):
            return  # counts of another file, arriving late
        self._total = total
        self._shown = shown
        self._no_actor_counts = no_actor
        # SortRole too: a sorting proxy re-sorts only on the roles it sorts by.
        self._changed(
            Column.TOTAL, Column.SHOWN, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole(SortRole)]
        )

    def _changed(self, first: int, last: int, roles: list[Qt.ItemDataRole]) -> None:
        """Tell views that columns ``first``..``last`` of every row they have seen changed."""
        groups = self._groups()
        if len(groups) > 20:
            # One notice for the whole tree: hundreds of per-branch notices each make the
            # views re-measure their columns, which froze the window on big files.
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return
        for parent, rows in groups:
            self.dataChanged.emit(
                self.index(0, first, parent), self.index(rows - 1, last, parent), roles
            )

    def actor_id(self, index: ModelIndex) -> str | None:
        """The actor of a row; None for "(no actor)" or an invalid index."""
        node = self._node(index)
        return None if node is None or node >= len(self._actors) else self._actors[node].id

    def is_no_actor(self, index: ModelIndex) -> bool:
        return self._node(index) == len(self._actors)

    def index_of(self, actor_id: str | None) -> QModelIndex:
        """The first-column index of an actor, or of "(no actor)" for None."""
        if actor_id is None:
            return self._make_index(len(self._actors), 0) if self._rows.no_actor_visible else _ROOT
        node = self._tree.index_of.get(actor_id)
        if node is None or not self._expose(node):
            return _ROOT
        return self._make_index(node, 0)

    # --- checks ---------------------------------------------------------------------------
    def checked(self) -> tuple[frozenset[str], frozenset[str]]:
        """The checks as a filter: (actors with their members, actors alone)."""
        with_members, alone = self._tree.checked_sets(self._included)
        ids = self._tree.ids
        return frozenset(ids[i] for i in with_members), frozenset(ids[i] for i in alone)

    def no_actor_checked(self) -> bool:
        return self._no_actor

    def every_box_checked(self) -> bool:
        """Every actor and "(no actor)" checked: every event passes, so no actor filter."""
        return self._no_actor and bool(self._included.all())

    def set_checked(
        self,
        actors: Iterable[str],
        actors_alone: Iterable[str] = (),
        no_actor: bool = False,
        include_descendants: bool = True,
    ) -> None:
        """Show the checks of a filter; unknown ids are ignored. Emits no checked_changed."""
        index_of = self._tree.index_of
        with_members = [index_of[a] for a in actors if a in index_of]
        alone = [index_of[a] for a in actors_alone if a in index_of]
        if not include_descendants:
            alone, with_members = alone + with_members, []
        self._set_included(self._tree.included(with_members, alone), no_actor)

    def set_check(self, index: ModelIndex, checked: bool) -> None:
        """Check or uncheck one row as the user does: the actor and all its members."""
        node = self._node(index)
        if node is None:
            return
        if node == len(self._actors):
            self._set_included(self._included, checked)
        else:
            included = self._included.copy()
            included[self._tree.descendants(node)] = checked
            self._set_included(included, self._no_actor)
        self.checked_changed.emit()

    def only(self, index: ModelIndex) -> None:
        """Check this row (and its members) and nothing else."""
        node = self._node(index)
        if node is None:
            return
        included = np.zeros(len(self._actors), dtype=np.bool_)
        if node < len(self._actors):
            included[self._tree.descendants(node)] = True
        self._set_included(included, node == len(self._actors))
        self.checked_changed.emit()

    def select_all(self) -> None:
        self._set_included(np.ones(len(self._actors), dtype=np.bool_), True)
        self.checked_changed.emit()

    def select_none(self) -> None:
        self._set_included(np.zeros(len(self._actors), dtype=np.bool_), False)
        self.checked_changed.emit()

    def invert(self) -> None:
        """Check exactly the actors whose own events are not included now."""
        self._set_included(~self._included, not self._no_actor)
        self.checked_changed.emit()

    def _set_included(self, included: npt.NDArray[np.bool_], no_actor: bool) -> None:
        self._included = included
        self._refresh()
        self._set_no_actor(no_actor)

    def _set_no_actor(self, checked: bool) -> None:
        if checked != self._no_actor:
            self._no_actor = checked
            index = self._make_index(len(self._actors), Column.NAME)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def _refresh(self) -> None:
        """Recompute the boxes from the included actors; tell views which boxes changed."""
        tree = self._tree
        if tree.flat:  # each box stands for one actor (a million: no array of counts)
            states = np.where(self._included, np.int8(_CHECKED), np.int8(_UNCHECKED))
        else:
            inside = tree.subtree_sums(self._included.astype(np.int64))
            states = np.full(inside.size, _UNCHECKED, dtype=np.int8)
            states[inside > 0] = _PARTIAL
            states[inside == tree.subtree_size] = _CHECKED
        changed = np.flatnonzero(states != self._states)
        self._states = states
        roles = [Qt.ItemDataRole.CheckStateRole]
        if changed.size > 64:
            # "Check all" on a million actors: one notice per level, not one per box.
            self._changed(Column.NAME, Column.NAME, roles)
            return
        known: dict[int, bool] = {}
        for node in changed.tolist():
            if self._rows.seen(node, known):
                index = self._make_index(node, Column.NAME)
                self.dataChanged.emit(index, index, roles)

    # --- Qt model interface ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = _ROOT) -> QModelIndex:
        # Checked by hand: QAbstractItemModel.hasIndex costs ~40 µs a call from PySide, and
        # views call index() thousands of times after a reset (0.3 s on a 500-actor tree).
        if row < 0 or not 0 <= column < len(Column):
            return QModelIndex()
        group = self._group(parent)
        if group is None:
            return QModelIndex()
        fetched = self._rows.count(group)
        if row < fetched:
            node = int(self._rows.rows_of(group)[row])
        elif group == TOP and row == fetched and self._rows.no_actor_visible:
            node = len(self._actors)
        else:
            return QModelIndex()
        return self.createIndex(row, column, node)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: ModelIndex) -> QModelIndex: ...
    def parent(self, child: ModelIndex | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()  # QObject.parent(), which this name also covers
        node = self._node(child)
        if node is None or node >= len(self._actors) or self._tree.parent[node] < 0:
            return QModelIndex()
        return self._make_index(int(self._tree.parent[node]), 0)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return self._rows.count(TOP) + int(self._rows.no_actor_visible)  # and "(no actor)"
        if parent.column() != 0:
            return 0
        node = parent.internalId()
        return 0 if node >= len(self._actors) else self._rows.count(node)

    def hasChildren(self, parent: ModelIndex = _ROOT) -> bool:
        # Asked for every row a view lays out: answered without fetching the members.
        if not parent.isValid():
            return True
        node = parent.internalId()
        if parent.column() != 0 or node >= len(self._actors):
            return False
        return bool(self._rows.rows_of(node).size)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return len(Column)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Made once: views ask for every row, and an enum "|" costs microseconds in Python.
        return _NAME_FLAGS if index.column() == Column.NAME else _FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == Column.NAME:
                return self.tr("Actor")
            if section == Column.TOTAL:
                # A short word the column can show whole at 1024×700 (« Événements » was
                # elided to « Év… »); the tooltip says what it counts.
                return self.tr("Total")
            if section == Column.SHOWN:
                return self.tr("Shown")
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == Column.TOTAL:
                return self.tr("Events in the file involving the actor or one of its members")
            if section == Column.SHOWN:
                return self.tr("Of those, events the current filter shows")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        column = index.column()
        if node == len(self._actors):
            return self._no_actor_data(column, role)
        actor = self._actors[node]
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == Column.NAME:
                return shown(actor.name)
            count = int((self._total if column == Column.TOTAL else self._shown)[node])
            return count if role == SortRole else self._locale.toString(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != Column.NAME:
            return _COUNT_ALIGNMENT
        if column != Column.NAME:
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            return _CHECK_STATES[int(self._states[node])]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(actor.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(actor))
        if role == ActorIdRole:
            return actor.id
        if role == SearchTextRole:
            return self._rows.search[node]
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Column.NAME:
            return False
        if self._node(index) is None:
            return False
        state = Qt.CheckState(value.value if isinstance(value, Qt.CheckState) else int(value))
        self.set_check(index, state != Qt.CheckState.Unchecked)
        return True

    # --- internals ------------------------------------------------------------------------
    def _node(self, index: ModelIndex) -> int | None:
        if not index.isValid() or index.model() is not self:
            return None
        node = index.internalId()
        return node if 0 <= node <= len(self._actors) else None

    def _make_index(self, node: int, column: int) -> QModelIndex:
        row = self._rows.count(TOP) if node == len(self._actors) else int(self._rows.row[node])
        return self.createIndex(row, column, node)

    def _groups(self) -> list[tuple[QModelIndex, int]]:
        """Every (parent index, row count) views have seen: the top level, each parent."""
        groups = [(QModelIndex(), self.rowCount())] if self.rowCount() else []
        known: dict[int, bool] = {}
        groups.extend(
            (self._make_index(node, 0), rows)
            for node, rows in self._rows.fetched()
            if node != TOP and rows and self._rows.seen(node, known)
        )
        return groups

    def _no_actor_data(self, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == Column.NAME:
                return self.tr("(no actor)")
            count = self._no_actor_counts[0 if column == Column.TOTAL else 1]
            return count if role == SortRole else self._locale.toString(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != Column.NAME:
            return _COUNT_ALIGNMENT
        if column != Column.NAME:
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._no_actor else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tr("Events that name no actor"))
        if role == SearchTextRole:
            return fold(self.tr("(no actor)"))
        return None

    def _tooltip(self, actor: Actor) -> str:
        lines = [shown(actor.name), kind_text(actor.kind)]
        if actor.aliases:
            lines.append(self.tr("Also: %1").replace("%1", ", ".join(actor.aliases)))
        if actor.description:
            lines.append(actor.description)
        return "\n".join(lines)

    def _icon(self, kind: ActorKind) -> QIcon:
        icon = self._icons.get(kind)
        if icon is None:
            icon = self._icons[kind] = kind_icon(kind)
        return icon
