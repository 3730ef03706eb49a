"""Help > Keyboard Shortcuts: every shortcut of the window, read from its actions.

Generated, never written by hand: an action that gains a shortcut shows here at once. A
filter field narrows the list on either column ("zoom", "Ctrl+E").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)


def plain_text(action: QAction) -> str:
    """The action's text as shown: mnemonic '&' gone, '&&' back to '&'."""
    return action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def _place_name(widget: QWidget) -> str:
    """A widget's name as a screen reader says it: its own, or its pane's (a table in a pane
    has none of its own)."""
    place: QWidget | None = widget
    while place is not None:
        name = place.accessibleName() or (place.windowTitle() if place is widget else "")
        if name or place.isWindow():
            return name
        place = place.parentWidget()
    return ""


def where_text(action: QAction, window: QWidget) -> str:
    """Where the shortcut works: the widgets it belongs to (their accessible names, as a
    screen reader says them), or the whole window."""
    if action.shortcutContext() in (
        Qt.ShortcutContext.WidgetShortcut,
        Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ):
        names = [
            _place_name(owner)
            for owner in action.associatedObjects()
            if isinstance(owner, QWidget) and not isinstance(owner, (QMenu, QToolBar))
        ]
        named = ", ".join(dict.fromkeys(name for name in names if name))
        if named:
            return named
    return QCoreApplication.translate("ShortcutsDialog", "Whole window")


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(command, shortcuts in native text, where) for every action of ``window`` with a
    shortcut: the menus' and the keys of the timeline and the search field alike."""
    rows: set[tuple[str, str, str]] = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        text = plain_text(action).strip()
        if not keys or not text:
            continue
        native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.add((text, native, where_text(action, window)))
    return sorted(rows, key=lambda row: (row[0].casefold(), row[2].casefold()))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(640, 560)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Command"), self.tr("Shortcut"), self.tr("Where")]
        )
        for text, keys, where in shortcut_rows(window):
            row = [QStandardItem(text), QStandardItem(keys), QStandardItem(where)]
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # any column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter shortcuts"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter shortcuts"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # one tab stop; arrows move inside
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.search.setFocus()
