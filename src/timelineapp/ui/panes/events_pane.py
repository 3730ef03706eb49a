"""The events table pane: every shown event in a sortable table that follows the selection."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QIdentityProxyModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..controller import TimelineController
from ..events_model import Column, EventIndexRole, EventsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


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
        self._natural: dict[int, int] = {}  # fitted widths before sharing, by column
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
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

    #: The share of the table's width the title keeps however long the other cells are.
    TITLE_SHARE = 0.4

    def _fit_columns(self) -> None:
        # Dates and actor lists are short phrases: fit them, within reason, and let the title
        # take the rest (its section stretches).
        limit = max(self.fontMetrics().averageCharWidth() * 28, 120)
        if self._model.rowCount() > 2000:
            # Measuring cells of a big table stalls the window: use plain, generous widths.
            for column in (Column.DATE, Column.ACTORS, Column.STATUS, Column.REVIEW):
                self._natural[column] = limit if column != Column.STATUS else limit // 2
        else:
            for column in (Column.DATE, Column.ACTORS, Column.STATUS, Column.REVIEW):
                self._table.resizeColumnToContents(column)
                self._natural[column] = min(self._table.columnWidth(column), limit)
        self._share_width()

    def _share_width(self) -> None:
        """Give the fitted columns their widths, shrunk together when the table is too
        narrow for them and a readable title (at 1024 px the title once got "…" only)."""
        if not self._natural:
            return
        room = self._table.viewport().width() * (1 - self.TITLE_SHARE)
        # The date is what a reader scans first: it keeps its width up to half the room.
        date = min(self._natural.get(Column.DATE, 0), int(room / 2))
        others = {c: w for c, w in self._natural.items() if c != Column.DATE}
        wanted = sum(others.values())
        scale = min(1.0, (room - date) / wanted) if wanted > 0 else 1.0
        floor = self.fontMetrics().averageCharWidth() * 6
        if Column.DATE in self._natural:
            self._table.setColumnWidth(Column.DATE, date)
        for column, width in others.items():
            self._table.setColumnWidth(column, max(min(width, floor), int(width * scale)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

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
