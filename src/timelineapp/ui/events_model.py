"""The events of an opened file as a Qt table model, and the words the panes use for them.

:class:`EventsTableModel` is a thin adapter: one row per event, its cells computed on demand
from the :class:`Timeline`. Rows are in the model's sort order, so views and proxies name an
event by :data:`EventIndexRole` (its index in the file), never by row. Filtering is left to
a proxy (see :mod:`timelineapp.ui.panes.events_pane`).

The model sorts itself, with numpy, instead of leaving it to QSortFilterProxyModel: the
proxy compares rows one pair at a time through Python (``lessThan`` or ``data``), which took
17 s for 100,000 events; one numpy sort over the time index takes milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from ..model.actor_columns import actor_names
from ..model.dates import EdtfDate, Precision
from ..model.format_rules import EventStatus, ReviewState
from ..model.id_index import taken
from ..model.packed_strings import PackedStrings
from ..model.time_index import REVIEW_CODES, STATUS_CODES
from ..model.timeline import Timeline
from ..model.untrusted_text import SHOWN_LIMIT, TEXT_LIMIT, elided, shown, visible
from ..render.date_form_words import grouping_unit
from ..render.date_words import describe_date, one_hour
from .handover import date_order
from .mark_colours import flag_color
from .plain_tooltip import plain_tooltip as plain_tooltip  # re-exported: the panes' import

ModelIndex = QModelIndex | QPersistentModelIndex
IntArray = npt.NDArray[np.int64]
# The invalid index as a shared default argument: Qt passes it by value and never changes it.
_ROOT = QModelIndex()

EventIndexRole = Qt.ItemDataRole.UserRole + 1  # int: the event's index in the file
SortRole = Qt.ItemDataRole.UserRole + 2  # the key a column sorts by; None sorts last

# The index stores status and review as codes (time_index.STATUS_CODES, REVIEW_CODES).
_STATUSES = tuple(STATUS_CODES)
_REVIEWS = tuple(REVIEW_CODES)

# A read-only row of a list or table; made once: views ask for every cell they draw, and an
# enum "|" costs microseconds in Python.
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class Column(IntEnum):
    DATE = 0
    TITLE = 1
    ACTORS = 2
    STATUS = 3
    REVIEW = 4


# --- words shared by the table and the panes ---------------------------------------------------
# Spelled out one literal per value so that pyside6-lupdate finds every string.


def status_text(status: EventStatus) -> str:
    translate = QCoreApplication.translate
    if status is EventStatus.PLANNED:
        return translate("EventWords", "Planned")
    if status is EventStatus.DEADLINE:
        return translate("EventWords", "Deadline")
    return translate("EventWords", "Occurred")


def review_text(review: ReviewState) -> str:
    translate = QCoreApplication.translate
    if review is ReviewState.VERIFIED:
        return translate("EventWords", "Verified")
    if review is ReviewState.DISPUTED:
        return translate("EventWords", "Disputed")
    return translate("EventWords", "Unreviewed")


def precision_text(date: EdtfDate) -> str:
    """How finely the date is known: its written precision, or "hour" for an hour written
    alone (imported as the set of its minutes, QA #137)."""
    translate = QCoreApplication.translate
    precision = date.precision
    if one_hour(date):
        return translate("EventWords", "hour")
    if precision is Precision.YEAR:
        return translate("EventWords", "year")
    if precision is Precision.MONTH:
        return _months_unit_text(date)
    if precision is Precision.DAY:
        return translate("EventWords", "day")
    if precision is Precision.MINUTE:
        return translate("EventWords", "minute")
    return translate("EventWords", "second")


# The groupings of months, coarsest first: a date's precision is its coarsest unit (never
# finer than its source, QA #153).
_MONTH_UNITS: dict[str, Callable[[], str]] = {
    "half": lambda: QCoreApplication.translate("EventWords", "half-year"),
    "four_months": lambda: QCoreApplication.translate("EventWords", "four-month period"),
    "quarter": lambda: QCoreApplication.translate("EventWords", "quarter"),
    "season": lambda: QCoreApplication.translate("EventWords", "season"),
    "month": lambda: QCoreApplication.translate("EventWords", "month"),
}


def _months_unit_text(date: EdtfDate) -> str:
    """ "month", or the coarsest grouping of months its month-precision ends are written in:
    "quarter" for ``2024-35``, "half-year" for ``2023-40``, "season" for ``2024-21``."""
    units = {
        "month" if point.season is None else grouping_unit(point.season)
        for point in (date.start, date.end)
        if point is not None and point.precision is Precision.MONTH
    }
    return next(
        (text() for unit, text in _MONTH_UNITS.items() if unit in units), _MONTH_UNITS["month"]()
    )


def undated_text() -> str:
    return QCoreApplication.translate("EventWords", "Undated")


def quoted(text: str) -> str:
    """Words from a source between quotation marks; the marks are the translator's choice."""
    # str.replace, not QString.arg: file text containing "%1" must stay as written.
    return QCoreApplication.translate("EventWords", "« %1 »").replace("%1", text)


def date_words(date: EdtfDate) -> str:
    """The date as a phrase in the window's language, falling back to the EDTF text."""
    try:
        return describe_date(date)
    except ValueError:
        # describe_date refuses only dates with no point at all, which the parser never makes;
        # showing the raw text beats failing a paint.
        return date.text


CELL_ACTORS = 20
"""The actors an Actors cell names (then "…"), and the ones its sort compares."""


def actor_order(timeline: Timeline) -> tuple[IntArray, IntArray]:
    """The events that name actors, in the Actors column's ascending order, and the others.

    Events compare by the names their cell shows (its first :data:`CELL_ACTORS` actors), one
    name after the other, without case (an event naming fewer comes first when the names it
    gives are equal); ties keep file order. Sorting by a joined text of every event built a
    million names and a string per event; here each actor a cell shows is ranked once by its
    name, and the events sorted by those ranks with numpy, the last name compared first
    (stable sorts, so each earlier name then decides).
    """
    index = timeline.index
    ptr, ids = index.actor_ptr, index.actor_ids
    counts = np.minimum(np.diff(ptr), CELL_ACTORS)
    keyed, missing = np.flatnonzero(counts > 0), np.flatnonzero(counts == 0)
    if not keyed.size:
        return keyed, missing
    starts, counts = ptr[:-1][keyed], counts[keyed]
    width = int(counts.max())

    def nth(j: int) -> IntArray:  # each keyed event's j-th actor, -1 past its last one
        column = np.full(keyed.size, -1, dtype=np.int64)
        holds = counts > j
        column[holds] = ids[starts[holds] + j]
        return column

    shown_actors = np.unique(np.concatenate([np.unique(nth(j)) for j in range(width)]))
    shown_actors = shown_actors[shown_actors >= 0]
    names = actor_names(timeline.actors)
    if isinstance(names, PackedStrings):
        texts = taken(names, shown_actors)
    else:
        texts = [names[int(m)] for m in shown_actors]
    folded = [text[:SHOWN_LIMIT].casefold() for text in texts]  # the sort key of a name
    by_name = sorted(range(len(folded)), key=folded.__getitem__)
    ranks = np.zeros(len(folded), dtype=np.int64)  # equal names get the same rank
    rank, last = 0, None
    for k in by_name:
        if folded[k] != last:
            rank, last = rank + 1, folded[k]
        ranks[k] = rank
    order = np.arange(keyed.size, dtype=np.int64)
    for j in range(width - 1, -1, -1):
        column = nth(j)[order]
        key = np.where(column >= 0, ranks[np.searchsorted(shown_actors, column)], 0)
        order = order[np.argsort(key, kind="stable")]
    return keyed[order], missing


class EventsTableModel(QAbstractTableModel):
    """Read-only table of a timeline's events: Date, Title, Actors, Status, Review.

    Sorted by date by default; undated events come last in either sort direction, since they
    are neither the earliest nor the latest events but a group of their own.
    """

    def __init__(self, timeline: Timeline | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._italic = QFont()
        self._italic.setItalic(True)
        self._sort_column = int(Column.DATE)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._events: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)  # row -> event
        self._rows: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)  # event -> row, -1
        self._mask: npt.NDArray[np.bool_] | None = None  # events shown; None: all
        self._order: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)  # all, sorted
        self._names: Sequence[str] = ()  # the actors' names, for the Actors cells
        self._names_of: object = None  # the actors they are the names of
        self._order = self._sorted_events()
        self._arrange()

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.beginResetModel()
        self._timeline = timeline
        self._mask = None
        self._order = self._sorted_events()
        self._arrange()
        self.endResetModel()

    def set_mask(self, mask: npt.NDArray[np.bool_] | None) -> None:
        """Show only events ``i`` with ``mask[i]`` (None: all), in the current sort order.

        One numpy selection over the sorted order: a filter change on a million events costs
        milliseconds, where a filtering proxy would ask Python about every row.
        """
        self.beginResetModel()
        self._mask = mask
        self._arrange()
        self.endResetModel()

    def event_at(self, row: int) -> int:
        """The file index of the event shown in ``row``."""
        return int(self._events[row])

    def row_of(self, event: int) -> int:
        """The row showing event ``event`` (its index in the file); -1 when it is hidden."""
        if not 0 <= event < self._rows.size:
            return -1
        return int(self._rows[event])

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # --- QAbstractItemModel ------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        # A table has no children: any valid parent has zero rows (modeltest checks this).
        if parent.isValid():
            return 0
        return int(self._events.size)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Actors"),
            self.tr("Status"),
            self.tr("Review"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        timeline = self._timeline
        if timeline is None or not index.isValid() or not 0 <= index.row() < self._events.size:
            return None
        i, column = int(self._events[index.row()]), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(timeline, i, column)
        if role == EventIndexRole:
            return i
        if role == SortRole:
            return self._sort_key(timeline, i, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(timeline, i, column)
        if (
            role == Qt.ItemDataRole.FontRole
            and column == Column.DATE
            and not timeline.index.dated[i]
        ):
            return self._italic
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == Column.REVIEW
            and (
                _REVIEWS[int(timeline.index.review[i])] is ReviewState.DISPUTED
                or timeline.provenance.is_flagged(i)
            )
        ):
            # Asked at each paint: after a theme switch the rows are drawn in its red.
            return QBrush(flag_color(QGuiApplication.palette()))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_events = self._events
        self._order = self._sorted_events()
        self._arrange()
        # Selections and current indexes are persistent indexes: move each to its event's
        # new row so that sorting never changes which event is selected.
        persistent = self.persistentIndexList()
        moved = [
            self.index(self.row_of(int(old_events[index.row()])), index.column())
            for index in persistent
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # --- sorting -------------------------------------------------------------------------------
    def sort_keys(self, column: int) -> Sequence[int | str | None]:
        """The :data:`SortRole` value of every event in file order (None: sorts last), for
        every column but Actors (see :func:`actor_order`).

        Read from the index columns and titles, never by building every event: sorting a
        million rows must not validate a million events again.
        """
        timeline = self._timeline
        if timeline is None:
            return []
        index = timeline.index
        if column == Column.DATE:
            return [int(t) if d else None for t, d in zip(index.earliest, index.dated, strict=True)]
        if column == Column.STATUS:
            return [int(v) for v in index.status]
        if column == Column.REVIEW:
            return [int(v) for v in index.review]
        if column == Column.TITLE:
            return [title.casefold() for title in timeline.titles]
        # The Actors column sorts by actor_order (ranks, not a joined text per event).
        raise ValueError(f"no per-event keys for column {column}")

    def _sorted_events(self) -> npt.NDArray[np.int64]:
        timeline = self._timeline
        if timeline is None:
            return np.zeros(0, dtype=np.int64)
        index = timeline.index
        if self._sort_column == Column.DATE:
            # TimeIndex.order is the dated events by earliest instant, ties in file order:
            # the table walks events in the same order as the timeline.
            if self._sort_order == Qt.SortOrder.AscendingOrder:
                return date_order(index)  # as a file opens: kept, made off the GUI thread
            keyed = index.order
            missing = index.undated
        elif self._sort_column == Column.ACTORS:
            keyed, missing = actor_order(timeline)
        else:
            keys = self.sort_keys(self._sort_column)
            missing = np.array([i for i, k in enumerate(keys) if k is None], dtype=np.int64)
            present = [(k, i) for i, k in enumerate(keys) if k is not None]
            # A column's keys are all str or all int; the file index breaks ties, so equal
            # keys keep file order, as in the date column.
            present.sort()
            keyed = np.array([i for _, i in present], dtype=np.int64)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            keyed = keyed[::-1]
        return np.concatenate([keyed, missing]).astype(np.int64, copy=False)

    def _arrange(self) -> None:
        events = self._order
        mask = self._mask
        everything = mask is None or mask.size != events.size or bool(mask.all())
        if not everything:
            assert mask is not None
            events = events[mask[events]]
        self._events = events
        timeline = self._timeline
        if (
            everything
            and timeline is not None
            and self._sort_column == Column.DATE
            and self._sort_order == Qt.SortOrder.AscendingOrder
        ):
            # Every event in date order: the rows are the index's date ranks (computed once,
            # off the GUI thread), which a big file would otherwise wait for when it opens.
            self._rows = timeline.index.date_rank
            return
        self._rows = np.full(self._order.size, -1, dtype=np.int64)
        self._rows[events] = np.arange(events.size, dtype=np.int64)

    # --- cells -------------------------------------------------------------------------------
    # Read from the index columns, the titles and the date alone, never by building the event:
    # a cell of an event with a million actor references built it (seconds, hundreds of MB)
    # each time the table measured or painted the row.
    def _display(self, timeline: Timeline, i: int, column: int) -> str | None:
        index = timeline.index
        if column == Column.DATE:
            date = timeline.date(i)
            return undated_text() if date is None else date_words(date)
        if column == Column.TITLE:
            return shown(timeline.titles[i])
        if column == Column.ACTORS:
            # A cell is one line: a million actors would be joined (and measured) for nothing.
            start, end = int(index.actor_ptr[i]), int(index.actor_ptr[i + 1])
            names = self._actor_names(timeline)
            joined = ", ".join(
                names[int(m)] for m in index.actor_ids[start : min(end, start + CELL_ACTORS)]
            )
            return shown(joined + (", …" if end - start > CELL_ACTORS else ""))
        if column == Column.STATUS:
            return status_text(_STATUSES[int(index.status[i])])
        if column == Column.REVIEW:
            review = _REVIEWS[int(index.review[i])]
            if timeline.provenance.is_flagged(i):
                # Provenance flag: the review state is not the last word when quotes broke.
                return "⚠ " + review_text(review) + " ≠"
            return review_text(review)
        return None

    def _actor_names(self, timeline: Timeline) -> Sequence[str]:
        """The file's actor names (a column of a big file's actors: no model per name)."""
        actors = timeline.actors
        if self._names_of is not actors:
            self._names, self._names_of = actor_names(actors), actors
        return self._names

    def _sort_key(self, timeline: Timeline, i: int, column: int) -> int | str | None:
        index = timeline.index
        if column == Column.DATE:
            return int(index.earliest[i]) if index.dated[i] else None
        if column == Column.STATUS:
            return int(index.status[i])
        if column == Column.REVIEW:
            return int(index.review[i])
        text = self._display(timeline, i, column)
        return None if text is None else text.casefold()

    def _tooltip(self, timeline: Timeline, i: int, column: int) -> str | None:
        if column == Column.DATE:
            # The EDTF text as written, for readers who want the exact form.
            text = timeline.date_text(i)
            return None if text is None else plain_tooltip(text)
        if column == Column.TITLE:
            return plain_tooltip(visible(elided(timeline.titles[i], TEXT_LIMIT)))
        if column == Column.REVIEW and timeline.provenance.is_flagged(i):
            from .provenance_words import event_problem_text  # it imports this module

            return plain_tooltip(event_problem_text(timeline.provenance, i))
        return None
