"""The Actors pane's member rows keep their names readable at 1024×700, in English and
French, with the usual 9 pt text: the tree indents each level less than Qt's 20 pixels (a
member row also holds a check box and an icon, and French showed « no… » for « nouvelles
autorités nigériennes »), and each row's tooltip gives the whole name as plain text."""

from __future__ import annotations

import html
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView
from pytestqt.qtbot import QtBot

from timelineapp.ui.actor_model import ActorIdRole
from timelineapp.ui.actor_pane import ActorTreeView
from timelineapp.ui.app import Application

from .layout_settle import settle_layouts
from .test_actor_pane_fits import small_app  # noqa: F401  (the window at 1024×700)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ModelIndex = QModelIndex | QPersistentModelIndex


@pytest.fixture
def members_shown(small_app: Application) -> Application:  # noqa: F811
    """test_actor_pane_fits's window at 1024×700 (English and French, 9 pt, the example
    open), every actor's members shown."""
    small_app.window.actor_pane.tree.expandAll()
    QTest.qWait(10)
    settle_layouts(small_app.window)
    return small_app


def _rows(tree: QTreeView, parent: ModelIndex, depth: int = 0) -> Iterator[tuple[QModelIndex, int]]:
    model = tree.model()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index, depth
        yield from _rows(tree, index, depth + 1)


def _shown_text(tree: QTreeView, index: QModelIndex) -> str:
    """The name as the row paints it: elided to the room its text has beside the indentation,
    the check box and the icon (QCommonStyle keeps a margin on each side of the text)."""
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)  # the icon's size among others, as the view paints
    option.rect = tree.visualRect(index)
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    style = tree.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree).width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    return tree.fontMetrics().elidedText(
        option.text, Qt.TextElideMode.ElideRight, room - 2 * margin
    )


def test_member_rows_show_the_start_of_their_names(members_shown: Application) -> None:
    tree = members_shown.window.actor_pane.tree
    rows = list(_rows(tree, QModelIndex()))
    assert max(depth for _, depth in rows) == 2  # the example nests two levels of members
    for index, depth in rows:
        name = str(index.data())
        shown = _shown_text(tree, index)
        letters = len(shown.removesuffix("…"))
        # Qt's 20-pixel steps showed « no… » one level down and nothing two levels down.
        least = {0: 5, 1: 4, 2: 2}[depth]
        assert letters >= min(least, len(name)), (name, shown, depth)
        assert name.startswith(shown.removesuffix("…"))


def test_indentation_is_smaller_than_qts_and_keeps_the_branch_arrow(
    members_shown: Application,
) -> None:
    tree = members_shown.window.actor_pane.tree
    assert tree.indentation() < 20
    # The branch arrow needs 9 pixels and some air.
    assert tree.indentation() >= 12


def test_each_row_tooltip_holds_the_whole_name_as_plain_text(members_shown: Application) -> None:
    tree = members_shown.window.actor_pane.tree
    for index, _ in _rows(tree, QModelIndex()):
        if index.data(ActorIdRole) is None:
            continue  # "(no actor)": its tooltip says what it stands for
        name = str(index.data())
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert isinstance(tip, str)
        assert tip.startswith("<p style='white-space:pre-wrap'>"), tip
        assert html.escape(name) in tip, (name, tip)


def test_indentation_grows_with_the_text(qtbot: QtBot) -> None:
    """150 % text (13.5 pt) gets a wider step, so the branch arrows keep their air."""
    tree = ActorTreeView()
    qtbot.addWidget(tree)
    font = tree.font()
    font.setPointSizeF(9.0)
    tree.setFont(font)
    normal = tree.indentation()
    font.setPointSizeF(13.5)
    tree.setFont(font)
    assert tree.indentation() > normal
