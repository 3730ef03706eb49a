"""The Actors tree's check boxes can be seen in the dark theme: Fusion outlines a box in the
Window colour made darker, the dark rows' own colour, and an unchecked actor showed no box at
all (1024×700, French, dark: « no… » beside nothing to click)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QStyle,
    QStyleFactory,
    QStyleOptionViewItem,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from timelineapp.ui.actor_pane import ActorTreeView
from timelineapp.ui.theme import palette_for

from .test_theme_switch import contrast  # WCAG 2.1's ratio, one home for the tests

MIN_UI_CONTRAST = 3.0  # WCAG 2.1, 1.4.11: the parts of a control needed to see it


@pytest.fixture
def fusion() -> QStyle:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style


def _box_contrast(view: QTreeView, qtbot: QtBot, style: QStyle, dark: bool) -> float:
    """The best contrast between the pixels round an unchecked row's box and the row."""
    qtbot.addWidget(view)
    view.setStyle(style)
    palette = palette_for(dark)
    view.setPalette(palette)
    model = QStandardItemModel(view)
    for name in ("Niger", "États-Unis"):
        item = QStandardItem(name)
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Unchecked)
        model.appendRow(item)
    view.setModel(model)
    view.resize(240, 120)
    view.show()
    qtbot.waitExposed(view)
    index = model.index(1, 0)  # a row with rows round it
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # type: ignore[attr-defined]
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)  # type: ignore[union-attr]
    box: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    image: QImage = view.viewport().grab().toImage()
    base = palette.color(QPalette.ColorRole.Base)
    ring = [
        QColor(image.pixel(x, y))
        for x in range(box.left() - 1, box.right() + 2)
        for y in range(box.top() - 1, box.bottom() + 2)
        if not box.adjusted(2, 2, -2, -2).contains(x, y) and image.rect().contains(x, y)
    ]
    return max(contrast(c, base) for c in ring)


def test_the_boxes_stand_out_from_the_dark_rows(qtbot: QtBot, fusion: QStyle) -> None:
    assert _box_contrast(ActorTreeView(), qtbot, fusion, dark=True) >= MIN_UI_CONTRAST


def test_fusion_alone_does_not(qtbot: QtBot, fusion: QStyle) -> None:
    """What the outline is for (if Fusion changes, the workaround can go)."""
    assert _box_contrast(QTreeView(), qtbot, fusion, dark=True) < MIN_UI_CONTRAST


def test_the_light_rows_are_left_as_fusion_draws_them(qtbot: QtBot, fusion: QStyle) -> None:
    ours = _box_contrast(ActorTreeView(), qtbot, fusion, dark=False)
    assert ours == _box_contrast(QTreeView(), qtbot, fusion, dark=False)
