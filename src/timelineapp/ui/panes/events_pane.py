"""The events table pane: every shown event in a sortable table that follows the selection."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...model.format_rules import EventStatus, ReviewState
from ..controller import TimelineController
from ..events_model import Column, EventIndexRole, EventsTableModel, review_text, status_text

ModelIndex = QModelIndex | QPersistentModelIndex

# Column widths in average characters. The title is what a reader scans: it keeps at least
# TITLE_MIN_CHARS, is served first up to TITLE_GOOD_CHARS, and takes what the others leave.
# A date in words ("since 19 May 2024", "April – May 2024") reads whole in DATE_MIN_CHARS;
# the longest ("one day between 31 May 2024 and 28 June 2024") when there is room. The
# actors show a name or two at least.
TITLE_MIN_CHARS = 24
TITLE_GOOD_CHARS = 56
DATE_MIN_CHARS = 24
DATE_MAX_CHARS = 44
ACTORS_MIN_CHARS = 10
ACTORS_MAX_CHARS = 36
# Too narrow for every column read whole: these give way first, in this order, rather than
# show "Oc…" and "Ve…". The Event pane says them for the selected event; the header's menu
# brings them back.
DROP_ORDER = (Column.REVIEW, Column.STATUS, Column.ACTORS)
SHORT_COLUMNS = (Column.DATE, Column.ACTORS, Column.STATUS, Column.REVIEW)
"""The columns other than the title, which takes what they leave."""


def plan_columns(
    room: int,
    title: tuple[int, int],
    natural: dict[int, int],
    minimum: dict[int, int],
    droppable: Sequence[int],
) -> dict[int, int]:
    """Widths of the columns other than the title (which stretches over what is left) for a
    table ``room`` pixels wide; a column left out is hidden.

    The title needs ``title[0]`` and reads well from ``title[1]``; each other column needs
    ``minimum`` and reads whole at ``natural``. While the minimums do not fit, the
    ``droppable`` columns leave, in that order. The room left over goes first to the title,
    up to where it reads well, then to each column up to its natural width in the order of
    ``natural``, and the rest to the title again. When even the minimums of the columns that
    cannot leave do not fit, they keep them and the table scrolls sideways rather than cut
    every word.
    """
    title_minimum, title_good = title
    shown = dict(minimum)
    for column in droppable:
        if title_minimum + sum(shown.values()) <= room:
            break
        shown.pop(column, None)
    spare = room - title_minimum - sum(shown.values())
    spare -= max(0, min(title_good - title_minimum, spare))
    widths = {}
    for column in natural:
        if column not in shown:
            continue
        grow = max(0, min(natural[column] - shown[column], spare))
        spare -= grow
        widths[column] = shown[column] + grow
    return widths


class MaskFilterProxyModel(QIdentityProxyModel):
    """Shows the events that pass a boolean mask (indexed by file index, as the controller's).

    Both filtering and sorting happen in the :class:`EventsTableModel` with numpy (see its
    module); this proxy only forwards them, so a filter change never asks Python about each
    row, which took seconds on a hundred thousand events.
    """

    def __init__(self, source: EventsTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.setSourceModel(source)

    def set_mask(self, mask: npt.NDArray[np.bool_] | None) -> None:
        """Show only events ``i`` with ``mask[i]``; ``None`` shows every event."""
        self._source.set_mask(mask)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)


class EventsPane(QWidget):
    """A count of events above a table of the shown events; selection follows the controller."""

    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        # True while this pane moves the table's selection itself, so that the resulting
        # selectionChanged is not sent back to the controller as if the user had clicked.
        self._syncing = False

        self._model = EventsTableModel(controller.timeline, self)
        self._proxy = MaskFilterProxyModel(self._model, self)

        self._count = QLabel(self)
        self._count.setTextFormat(Qt.TextFormat.PlainText)
        self._table = QTableView(self)
        self._table.setModel(self._proxy)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.verticalHeader().hide()
        self._natural: dict[int, int] = {}  # the width each short column reads whole at
        self._headers: dict[int, int] = {}  # the width each short column's header reads whole at
        self._user_widths: dict[int, int] = {}  # columns the user dragged to a width
        self._user_shown: dict[int, bool] = {}  # columns shown or hidden from the header menu
        self._sizing = False  # the pane is setting widths: not the user's resizing
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setToolTip(self.tr("Right-click to choose the columns"))
        # Fit columns to the first rows only: measuring a million rows would freeze the UI.
        header.setResizeContentsPrecision(300)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._count)
        layout.addWidget(self._table)

        controller.file_loaded.connect(self.on_file_loaded)
        controller.filter_changed.connect(self.on_filter_changed)
        controller.selection_changed.connect(self.on_selection_changed)
        self._table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        header.sectionResized.connect(self.on_section_resized)
        header.customContextMenuRequested.connect(self.on_header_menu_requested)
        self._table.viewport().installEventFilter(self)
        self.on_file_loaded()

    # --- for the main window and tests -------------------------------------------------------
    @property
    def table(self) -> QTableView:
        return self._table

    @property
    def proxy(self) -> MaskFilterProxyModel:
        return self._proxy

    @property
    def model(self) -> EventsTableModel:
        return self._model

    @property
    def count_label(self) -> QLabel:
        return self._count

    def shown_events(self) -> list[int]:
        """Event indices in the order the table shows them."""
        return [
            int(self._proxy.index(row, 0).data(EventIndexRole))
            for row in range(self._proxy.rowCount())
        ]

    # --- slots ---------------------------------------------------------------------------------
    def on_file_loaded(self) -> None:
        timeline = self._controller.timeline
        self._syncing = True
        try:
            self._model.set_timeline(timeline)
            self._proxy.set_mask(self._controller.mask if timeline is not None else None)
        finally:
            self._syncing = False
        self._update_count()
        self._fit_columns()
        self._show_selection(scroll=True)

    def on_filter_changed(self) -> None:
        # Rows vanishing under the filter drop out of the table's selection; that is not the
        # user deselecting, so the controller keeps its selection.
        self._syncing = True
        try:
            self._proxy.set_mask(self._controller.mask)
        finally:
            self._syncing = False
        self._update_count()
        self._show_selection(scroll=False)

    def on_selection_changed(self, event: int | None) -> None:
        self._show_selection(scroll=True)

    def on_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        if self._syncing:
            return
        rows = self._table.selectionModel().selectedRows()
        if rows:
            self._controller.select(int(rows[0].data(EventIndexRole)))
        else:
            self._controller.select(None)

    # --- helpers -------------------------------------------------------------------------------
    def _show_selection(self, scroll: bool) -> None:
        """Make the table's selection match the controller's, without echoing it back."""
        event = self._controller.selection
        selection_model = self._table.selectionModel()
        proxy_index = QModelIndex()
        row = self._model.row_of(event) if event is not None else -1
        if row >= 0:
            proxy_index = self._proxy.mapFromSource(self._model.index(row, 0))
        self._syncing = True
        try:
            if not proxy_index.isValid():
                selection_model.clear()
                return
            current = selection_model.selectedRows()
            if not (len(current) == 1 and current[0].row() == proxy_index.row()):
                selection_model.setCurrentIndex(
                    proxy_index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._syncing = False
        if scroll:
            self._table.scrollTo(proxy_index)

    # --- column widths -------------------------------------------------------------------------
    def _fit_columns(self) -> None:
        """Measure what each short column needs to be read whole: the date in words, the
        actors, the status and review words (a new file, a new language)."""
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        pad = 3 * char  # the cell's margins and a little air
        natural: dict[int, int] = {}
        if self._model.rowCount() > 2000:
            # Measuring cells of a big table stalls the window: generous widths instead.
            natural[Column.DATE] = DATE_MAX_CHARS * char
            natural[Column.ACTORS] = ACTORS_MAX_CHARS * char
        else:
            self._sizing = True
            try:
                for column in (Column.DATE, Column.ACTORS):
                    self._table.resizeColumnToContents(column)
                    natural[column] = self._table.columnWidth(column)
            finally:
                self._sizing = False
            natural[Column.DATE] = min(natural[Column.DATE], DATE_MAX_CHARS * char)
            natural[Column.ACTORS] = min(natural[Column.ACTORS], ACTORS_MAX_CHARS * char)
        # Status and review are a handful of words: the widest of them, whatever the rows say.
        words = {
            Column.STATUS: [status_text(s) for s in EventStatus],
            Column.REVIEW: [review_text(r) for r in ReviewState],
        }
        for word_column, texts in words.items():
            natural[word_column] = max(metrics.horizontalAdvance(t) for t in texts) + pad
        self._headers = self._header_widths()
        for key in natural:
            natural[key] = max(natural[key], self._headers[key])
        self._natural = natural
        self._share_width()

    def _header_widths(self) -> dict[int, int]:
        """The width each short column's header is read whole at: its words, the sort
        arrow and the margins, as the header measures them (QA session 11: "Acte…" in
        French). A hidden section measures 0, so a column is shown while it is measured."""
        header = self._table.horizontalHeader()
        widths: dict[int, int] = {}
        self._sizing = True
        try:
            for column in SHORT_COLUMNS:
                hidden = self._table.isColumnHidden(column)
                if hidden:
                    self._table.setColumnHidden(column, False)
                widths[column] = header.sectionSizeHint(column)
                if hidden:
                    self._table.setColumnHidden(column, True)
        finally:
            self._sizing = False
        return widths

    def _share_width(self) -> None:
        """Lay the columns out for the table's width (see :func:`plan_columns`)."""
        if not self._natural:
            return
        char = self.fontMetrics().averageCharWidth()
        natural = {**self._natural, **self._user_widths}
        # Never narrower than its header's words: a column too narrow for them gives way.
        minimum: dict[int, int] = {
            Column.DATE: min(
                natural[Column.DATE], max(DATE_MIN_CHARS * char, self._headers[Column.DATE])
            ),
            Column.ACTORS: min(
                natural[Column.ACTORS], max(ACTORS_MIN_CHARS * char, self._headers[Column.ACTORS])
            ),
            Column.STATUS: natural[Column.STATUS],
            Column.REVIEW: natural[Column.REVIEW],
        }
        minimum.update(self._user_widths)  # a width the user chose is not shrunk
        droppable = [c for c in DROP_ORDER if c not in self._user_shown]
        shown = [c for c in minimum if self._user_shown.get(c, True)]
        plan = plan_columns(
            self._table.viewport().width(),
            (TITLE_MIN_CHARS * char, TITLE_GOOD_CHARS * char),
            {c: natural[c] for c in shown},
            {c: minimum[c] for c in shown},
            droppable,
        )
        self._sizing = True
        try:
            for column in SHORT_COLUMNS:
                width = plan.get(column)
                self._table.setColumnHidden(column, width is None)
                if width is not None and self._table.columnWidth(column) != width:
                    self._table.setColumnWidth(column, width)
        finally:
            self._sizing = False

    def on_section_resized(self, column: int, old: int, new: int) -> None:
        """A column the user drags keeps its width (for this window's life)."""
        # Sections also resize when the model resets or a column is hidden: only a drag of
        # the header's handle, mouse button down, is the user's choice.
        dragging = QApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if self._sizing or not dragging or column == Column.TITLE or new == 0:
            return
        self._user_widths[column] = new

    def on_header_menu_requested(self, pos: QPoint) -> None:
        header = self._table.horizontalHeader()
        menu = QMenu(self)
        for column in (Column.DATE, Column.ACTORS, Column.STATUS, Column.REVIEW):
            name = self._model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(name))
            action.setCheckable(True)
            action.setChecked(not self._table.isColumnHidden(column))
            action.toggled.connect(
                lambda on, column=column: self.set_column_shown(Column(column), on)
            )
        menu.addSeparator()
        menu.addAction(self.tr("Fit Columns to the Pane"), self.reset_columns)
        menu.popup(header.mapToGlobal(pos))

    def set_column_shown(self, column: Column, shown: bool) -> None:
        """The header's menu: show or hide ``column``, whatever the pane's width."""
        self._user_shown[column] = shown
        self._share_width()

    def reset_columns(self) -> None:
        """Forget the user's widths and choices: columns sized for the pane again."""
        self._user_widths.clear()
        self._user_shown.clear()
        self._share_width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The table's viewport, not this pane: when the pane resizes, its table has not yet,
        # and a plan made for the old width would stick.
        if event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        timeline = self._controller.timeline
        if timeline is None:
            self._count.setText(self.tr("No file open"))
            return
        total = timeline.index.count
        undated = int(timeline.index.undated.size)
        text = self.tr("%Ln event(s)", "", total) + ", " + self.tr("%Ln undated", "", undated)
        shown = self._proxy.rowCount()
        if shown != total:
            text += " — " + self.tr("%Ln shown", "", shown)
        self._count.setText(text)
