"""The actor pane (left dock): pick the actors whose events are shown, find actors by name.

The pane edits only the actor part of the filter (checked actors, "all together", role). It
reads the current filter from :class:`FilterState` and sends every change back to it as a
whole new spec; it never computes a mask itself.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..model.filtering import ActorTree, FilterSpec, fold, search_terms
from .actor_model import ActorTreeModel, Column, SortRole
from .controller import TimelineController
from .elided_check_box import ElidedCheckBox
from .filter_state import FilterState
from .theme import is_dark

ModelIndex = QModelIndex | QPersistentModelIndex


MAX_EXPANDED = 200  # top-level actors opened when a file is shown
INDENT_SHARE = 0.8  # a tree level's indentation, as a share of the text's line height
INDENT_LEAST = 12  # pixels: the branch arrow and some air


class ActorSearchProxyModel(QSortFilterProxyModel):
    """The view's side of the actor tree; the search itself is the actor model's.

    Keeps actors whose name or an alias holds every typed word, ignoring case and accents,
    with their ancestors (a match is shown in its place) and members (finding "Niger" shows
    its army). The model filters over every actor: a filtering proxy would see only the rows
    fetched so far, and would ask Python about each of them.
    """

    def set_query(self, text: str) -> None:
        model = self.sourceModel()
        if isinstance(model, ActorTreeModel):
            model.set_query(search_terms(text))


class CheckOutlineDelegate(QStyledItemDelegate):
    """Draws the rows as Qt does, and on a dark palette an outline round each check box.

    WORKAROUND: Fusion outlines a check box in the Window colour made darker, which in the
    dark theme is the rows' own Base colour: an unchecked actor's box was not there at all.
    The outline is the palette's secondary text colour, 3:1 and more against the rows.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().paint(painter, option, index)
        if index.column() != Column.NAME or not is_dark(option.palette):
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        if not item.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            return
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, item, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(item.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.restore()


class ActorTreeView(QTreeView):
    """The actor tree: Alt+click on a row asks for "only this actor" instead of toggling it.

    Its indentation follows the text size and is smaller than Qt's 20 pixels: a member's row
    also holds a check box and an icon, and at 1024×700 Qt's steps left a member « no… »
    of « nouvelles autorités nigériennes » (the whole name is in the row's tooltip).
    """

    only_requested = Signal(QModelIndex)  # an index of the view's model

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_indentation()
        self.setItemDelegate(CheckOutlineDelegate(self))

    def _fit_indentation(self) -> None:
        # Room for the branch arrow (9 pixels in Fusion) and a little air, growing with the
        # text: 12 pixels at 9 pt.
        self.setIndentation(max(INDENT_LEAST, round(self.fontMetrics().height() * INDENT_SHARE)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_indentation()

    def viewportEvent(self, event: QEvent) -> bool:
        # Mouse events reach the view here before it handles them (a check box would toggle).
        # Watching the viewport with an event filter instead would need viewport(), whose
        # first call costs ~6 ms of start-up (PySide6 then prepares every QWidget subclass).
        if (
            event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            # Act on release, like a click; eat both so the box does not toggle as well.
            if event.type() == QEvent.Type.MouseButtonRelease:
                index = self.indexAt(event.position().toPoint())
                if index.isValid():
                    self.only_requested.emit(index)
            return True
        return super().viewportEvent(event)


class ActorPane(QWidget):
    """Search box, actor tree with check boxes and counts, and the actor filter options."""

    spec_changed = Signal(object)  # a FilterSpec: the current one with a new actor part
    show_faded_changed = Signal(bool)  # draw filtered-out events faded rather than hide them

    def __init__(
        self,
        controller: TimelineController,
        filter_state: FilterState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state = filter_state
        self._syncing = False  # showing the state's spec: widget signals are not edits

        self._search = QLineEdit(self)
        self._search.setPlaceholderText(self.tr("Find an actor (name or alias)"))
        self._search.setClearButtonEnabled(True)

        self.model = ActorTreeModel(self)
        self.proxy = ActorSearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)  # counts sort as numbers, not as grouped text
        self.tree = ActorTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # A count column is as wide as its header word while the names keep room; in a dock
        # narrower than the default's, "Tot…" rather than a cut "Tot", the tooltip says it.
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._largest = 0  # the largest count shown, for the count columns' width
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # Count columns get a width from their largest number (see _fit_count_columns): sizing
        # them to contents made the view ask the model about dozens of rows at every paint.
        for column in (Column.TOTAL, Column.SHOWN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)

        self._select_all = self._button(self.tr("All"), self.tr("Check every actor"))
        self._select_none = self._button(self.tr("None"), self.tr("Uncheck every actor"))
        self._invert = self._button(self.tr("Invert"), self.tr("Check exactly the unchecked"))

        # Shortened to fit: the French words once set the pane wider than its dock at
        # 1024×700, behind a horizontal scroll bar (QA #147).
        self._all_together = ElidedCheckBox(
            self.tr("All together (AND)"),
            self,
            tip=self.tr("Show events that involve every checked actor, not any of them"),
        )
        self._role = QComboBox(self)
        self._role.setToolTip(self.tr("Count an actor only where it has this role"))
        self._faded = ElidedCheckBox(self.tr("Show filtered events faded"), self)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self._select_all, self._select_none, self._invert):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Shown instead of the tree with no file open: an empty state says what to do.
        self._placeholder = QLabel(self.tr("No event file is open.\nUse File › Open (Ctrl+O)."))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setEnabled(False)
        self._placeholder.setWordWrap(True)
        layout.addWidget(self._search)
        layout.addWidget(self._placeholder, 1)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._all_together)
        layout.addWidget(self._role)
        layout.addWidget(self._faded)

        self._search.textChanged.connect(self.on_search_edited)
        self.model.checked_changed.connect(self.on_checks_edited)
        self.tree.customContextMenuRequested.connect(self.on_context_menu)
        self.tree.only_requested.connect(self.only)
        self._select_all.clicked.connect(self.model.select_all)
        self._select_none.clicked.connect(self.model.select_none)
        self._invert.clicked.connect(self.model.invert)
        self._all_together.toggled.connect(self.on_options_edited)
        self._role.currentIndexChanged.connect(self.on_options_edited)
        self._faded.toggled.connect(self.show_faded_changed)
        self.spec_changed.connect(filter_state.set_spec)
        filter_state.engine_changed.connect(self.on_engine_changed)
        filter_state.spec_changed.connect(self.on_spec_changed)
        controller.filter_changed.connect(self.on_filter_changed)
        self.on_engine_changed()

    @property
    def show_faded(self) -> bool:
        return self._faded.isChecked()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        return button

    # --- slots ----------------------------------------------------------------------------
    def on_engine_changed(self) -> None:
        """A new file: new actors, roles and counts."""
        engine = self._state.engine
        timeline = self._controller.timeline
        self._placeholder.setVisible(timeline is None)
        self.tree.setVisible(timeline is not None)
        self._syncing = True
        try:
            if engine is None or timeline is None:
                self.model.set_actors([], ActorTree([], []))
                roles: list[str] = []
            else:
                self.model.set_actors(timeline.actors, engine.tree)
                roles = sorted(engine.roles, key=lambda r: (fold(r), r))
            # The new list is unfiltered: the search still shown applies to it (QA #123c:
            # after Merge Actors the box read "delbar" over every actor).
            self.proxy.set_query(self._search.text())
            self._role.clear()
            self._role.addItem(self.tr("Any role"), None)
            for role in roles:
                self._role.addItem(role, role)  # file text: QComboBox shows it as plain text
            self._role.setEnabled(bool(roles))
        finally:
            self._syncing = False
        self.on_spec_changed(self._state.spec)
        self.on_filter_changed()
        # Open the top level only, one row at a time: expandToDepth() walks the whole model
        # through Python and took a second on a file with 500 actors. Only rows with members
        # are opened, and a screenful of them: a file with 100,000 top-level actors spent
        # 17 s expanding leaves.
        opened = 0
        for row in range(min(self.proxy.rowCount(), MAX_EXPANDED * 20)):
            index = self.proxy.index(row, 0)
            if self.proxy.hasChildren(index):
                self.tree.expand(index)
                opened += 1
                if opened >= MAX_EXPANDED:
                    break
        if self._search.text().strip():
            self.tree.expandAll()  # matches deep in the tree must be seen

    def on_spec_changed(self, spec: FilterSpec) -> None:
        """Show the state's filter (after an undo, "only this actor", a new file)."""
        self._syncing = True
        try:
            chosen = spec.actors or spec.actors_alone or spec.include_no_actor
            if chosen or not self.model.every_box_checked():
                # Every box checked is "no actor filter" too (All): left as the user set it.
                self.model.set_checked(
                    spec.actors, spec.actors_alone, spec.include_no_actor, spec.include_descendants
                )
            self._all_together.setChecked(spec.all_actors)
            position = self._role.findData(spec.role)
            if position < 0:  # a role the file does not have: show it anyway
                self._role.addItem(spec.role or "", spec.role)
                position = self._role.count() - 1
            self._role.setCurrentIndex(position)
        finally:
            self._syncing = False

    def on_filter_changed(self) -> None:
        """Recount the shown events per actor."""
        engine = self._state.engine
        mask = self._controller.mask
        if engine is None or mask.size != engine.count:
            return
        total, shown = engine.counts_by_actor(mask)
        no_actor = engine.no_actor_counts(mask)
        self.model.set_counts(total, shown, no_actor)
        self._fit_count_columns(max(int(total.max(initial=0)), no_actor[0]))

    def _fit_count_columns(self, largest: int) -> None:
        """Wide enough for ``largest`` (no shown count exceeds a total) and for the header
        words, as long as the names keep 55 % of the tree: in a narrower dock the names come
        first (at 1024 px the headers' width once left the names no room at all), and the
        wider header is elided first."""
        self._largest = largest
        header = self.tree.header()
        # As the model shows it, grouped ("17,738"), each digit as wide as a "0".
        shown_as = "".join("0" if c.isdigit() else c for c in QLocale().toString(largest))
        digits = self.tree.fontMetrics().horizontalAdvance(shown_as)
        least = digits + 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        # A whole header word is its width plus the header's own margins and the 4 pixels
        # QCommonStyle keeps from eliding, and 2 of air (sectionSizeHint also counts a sort
        # arrow the tree never shows); every pixel more is the names' (« nouv… » at 1024×700).
        words = header.fontMetrics()
        header_margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 6
        columns = (Column.TOTAL, Column.SHOWN)
        wanted = [
            words.horizontalAdvance(
                str(self.proxy.headerData(column, Qt.Orientation.Horizontal) or "")
            )
            + header_margin
            for column in columns
        ]
        # The room as if the vertical scroll bar were shown: it appears after this fit when a
        # resize makes the rows overflow, and would take its width from the names.
        room = self.tree.viewport().width()
        bar = self.tree.verticalScrollBar()
        if not bar.isVisible():
            room -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        budget = int(room * 0.45)
        if sum(wanted) > budget:
            half = budget // 2
            narrow = min(wanted)
            if narrow <= half:  # the narrower header whole, the other what is left
                wanted = [w if w == narrow else budget - narrow for w in wanted]
            else:
                wanted = [half, half]
        for column, width in zip(columns, wanted, strict=True):
            header.resizeSection(column, max(width, least))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_count_columns(self._largest)

    def on_search_edited(self, text: str) -> None:
        self.proxy.set_query(text)
        if text.strip():
            self.tree.expandAll()  # matches deep in the tree must be seen

    def on_checks_edited(self) -> None:
        if self._syncing:
            return
        actors, alone = self.model.checked()
        no_actor = self.model.no_actor_checked()
        if self.model.every_box_checked():
            # All: no actor filter, not a list of today's actors (QA #109c: the filter read
            # "Actors: Niger, …, (no actor)", and an actor added later would be hidden).
            actors, alone, no_actor = frozenset(), frozenset(), False
        self.spec_changed.emit(
            dataclasses.replace(
                self._state.spec,
                actors=actors,
                actors_alone=alone,
                include_no_actor=no_actor,
                include_descendants=True,
            )
        )

    def on_options_edited(self) -> None:
        if self._syncing:
            return
        self.spec_changed.emit(
            dataclasses.replace(
                self._state.spec,
                all_actors=self._all_together.isChecked(),
                role=self._role.currentData(),
            )
        )

    def on_context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        only = menu.addAction(self.tr("Only this actor"))
        only.setShortcutVisibleInContextMenu(False)
        only.setToolTip(self.tr("Show only this actor's events (also Alt+click)"))
        menu.addSeparator()
        menu.addAction(self.tr("Check all"), self.model.select_all)
        menu.addAction(self.tr("Uncheck all"), self.model.select_none)
        menu.addAction(self.tr("Invert checks"), self.model.invert)
        chosen = menu.exec(self.tree.viewport().mapToGlobal(position))
        if chosen is only:
            self.only(index)

    def current_actor(self) -> str | None:
        """The id of the actor on the tree's current row (the one last clicked), if any."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.model.actor_id(self.proxy.mapToSource(index))

    def only(self, proxy_index: QModelIndex) -> None:
        """Show only the events of the actor (or "(no actor)") at this row of the view."""
        source = self.proxy.mapToSource(proxy_index)
        if self.model.is_no_actor(source):
            self._state.only_no_actor()
            return
        actor_id = self.model.actor_id(source)
        if actor_id is not None:
            self._state.only_actor(actor_id)
