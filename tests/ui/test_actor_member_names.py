"""The Actors pane's member rows keep their names readable at 1024×700, in English and
French, with the usual 9 pt text: the tree indents each level less than Qt's 20 pixels (a
member row also holds a check box and an icon, and French showed « no… » for « nouvelles
autorités nigériennes »), and each row's tooltip gives the whole name as plain text."""

from __future__ import annotations

import html
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTreeView
from pytestqt.qtbot import QtBot

from timelineapp.model.timeline import Timeline
from timelineapp.resources import resource_path
from timelineapp.ui import main_window
from timelineapp.ui.actor_model import ActorIdRole
from timelineapp.ui.actor_pane import ActorTreeView
from timelineapp.ui.app import Application, create_qapplication

from .layout_settle import application_font_size, settle_layouts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ModelIndex = QModelIndex | QPersistentModelIndex


@pytest.fixture(scope="module", params=["en", "fr"])
def small_app(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    tmp_path_factory: pytest.TempPathFactory,
    niger_timeline: Timeline,
) -> Iterator[Application]:
    """The application at 1024×700 as on a first start, in the language asked for, the
    example open, every actor's members shown."""
    french = QTranslator()
    with pytest.MonkeyPatch.context() as monkeypatch, application_font_size(qapp, 9.0):
        monkeypatch.setattr(main_window, "fit_window_to_screen", lambda *_, **__: None)
        if request.param == "fr":
            folder = str(resource_path("translations"))
            assert french.load(QLocale("fr"), "timelineapp", "_", folder)
            qapp.installTranslator(french)
        try:
            settings = tmp_path_factory.mktemp("members") / "settings.json"
            application = Application(create_qapplication(), settings)
            application.window.resize(1024, 700)
            application.window.show_restored()
            application.controller.set_timeline(niger_timeline)
            application.window.actor_pane.tree.expandAll()
            QTest.qWait(10)
            settle_layouts(application.window)
            yield application
            application.controller.undo_stack.setClean()
            application.window.close()
            application.window.deleteLater()
        finally:
            qapp.removeTranslator(french)


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


def test_member_rows_show_the_start_of_their_names(small_app: Application) -> None:
    tree = small_app.window.actor_pane.tree
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
    small_app: Application,
) -> None:
    tree = small_app.window.actor_pane.tree
    assert tree.indentation() < 20
    # The branch arrow needs 9 pixels and some air.
    assert tree.indentation() >= 12


def test_each_row_tooltip_holds_the_whole_name_as_plain_text(small_app: Application) -> None:
    tree = small_app.window.actor_pane.tree
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
