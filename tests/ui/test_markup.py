"""Markup in a file is shown as text, never rendered: every widget, tooltip and status text.

The file below has HTML in every string field and in its own name. After it is opened, an
event selected, an actor filter applied and a quote clicked, every text the window could
render as rich text (labels Qt auto-detects, tooltips, item models' tooltips, message boxes,
the timeline's tooltips) is checked: a text that Qt would render as HTML must not hold the
file's markup unescaped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from timelineapp.render.scene import Hit
from timelineapp.ui.app import Application
from timelineapp.ui.tooltips import event_tooltip

# Each test empties and reuses the module's one window (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window

MARK = '<b>MARK</b><img src="/nonexistent/red.png">'
DOC = "Le 19 mai 2024, Niamey et Washington ont signé l’accord. " + MARK + " Fin."


def _html_everywhere() -> dict[str, Any]:
    quote = DOC.index("Niamey")
    return {
        "format": "timelineapp/events",
        "version": 1,
        "title": MARK,
        "description": MARK,
        "language": "fr",
        "documents": [
            {
                "id": "d",
                "title": MARK,
                "published": "2024-06",
                "url": "https://example.org/?q=" + url_quote(MARK),
                "publisher": MARK,
                "text": DOC,
            }
        ],
        "actors": [
            {"id": "a", "name": MARK, "kind": "state", "aliases": [MARK], "description": MARK},
            {"id": "b", "name": "B" + MARK, "parent": "a"},
        ],
        "events": [
            {
                "id": "e",
                "title": MARK,
                "date": "2024-05-19",
                "summary": MARK,
                "note": MARK,
                "place": MARK,
                "tags": [MARK],
                "actors": ["a", {"actor": "b", "role": MARK}],
                "sources": [
                    {
                        "document": "d",
                        "quotes": [
                            {
                                "start": quote,
                                "end": quote + 6,
                                "text": "Niamey",
                                "attributed_to": MARK,
                            },
                            {
                                "start": DOC.index(MARK),
                                "end": DOC.index(MARK) + len(MARK),
                                "text": MARK,
                            },
                        ],
                        "date_phrase": {"start": 0, "end": 14, "text": DOC[:14]},
                    }
                ],
            },
            {"id": "f", "title": "x" + MARK, "date": "2024-06", "sources": []},
        ],
    }


def _renders_markup(text: str, rich: bool) -> bool:
    """Whether ``text``, drawn as rich text when ``rich``, would render the file's markup."""
    if not text:
        return False
    if rich or QtGui.Qt.mightBeRichText(text):
        return "<b>MARK" in text or "<img" in text
    return False


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> list[str]:
    texts = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model: columnCount is private in PySide6
        columns = 1
    for row in range(min(model.rowCount(parent), 200)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                texts.append(tip)
        if depth < 5:
            texts.extend(_model_texts(model, model.index(row, 0, parent), depth + 1))
    return texts


def _rendered_markup(root: QWidget) -> list[str]:
    """Every text under ``root`` that Qt would render with the file's markup in it."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}({widget.objectName()})"
        if _renders_markup(widget.toolTip(), rich=False):
            found.append(f"{name} tooltip: {widget.toolTip()}")
        if isinstance(widget, QLabel):
            rich = widget.textFormat() == Qt.TextFormat.RichText
            if widget.textFormat() != Qt.TextFormat.PlainText and _renders_markup(
                widget.text(), rich
            ):
                found.append(f"{name} text: {widget.text()}")
        if isinstance(widget, QMessageBox) and widget.textFormat() != Qt.TextFormat.PlainText:
            for text in (widget.text(), widget.informativeText()):
                if _renders_markup(text, rich=False):
                    found.append(f"{name} message: {text}")
        if isinstance(widget, QAbstractButton) and _renders_markup(widget.toolTip(), False):
            found.append(f"{name} button tooltip")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for tip in _model_texts(widget.model(), QModelIndex()):
                if _renders_markup(tip, rich=False):
                    found.append(f"{name} item tooltip: {tip}")
    for action in root.findChildren(QAction):
        if _renders_markup(action.toolTip(), rich=False):
            found.append(f"action tooltip: {action.toolTip()}")
    return found


def _open_html_file(app: Application, folder: Path) -> Path:
    # The file's own name is markup too (allowed on Linux).
    path = folder / f"{MARK.replace('/', '_')}.timeline.json"
    path.write_text(json.dumps(_html_everywhere(), ensure_ascii=False), encoding="utf-8")
    assert app.opener.open(path)
    assert app.controller.timeline is not None
    return path


# Showing a real tooltip offscreen: the platform plugin cannot raise its window.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_no_text_from_the_file_is_rendered_as_markup(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_html_file(app, tmp_path)
    timeline = app.controller.timeline
    assert timeline is not None
    app.controller.select(0)
    app.filter_state.only_actor("a")
    qtbot.wait(10)
    app.controller.show_passage("d", DOC.index("Niamey"), DOC.index("Niamey") + 6)
    qtbot.wait(10)
    assert _rendered_markup(app.window) == []
    # The status bar names the file and the actor filter: as text.
    status_texts = [label.text() for label in app.window.status.findChildren(QLabel)]
    assert any(MARK in text for text in status_texts)
    # Tooltips drawn by the timeline itself.
    for event in range(timeline.index.count):
        assert not _renders_markup(event_tooltip(timeline, event), rich=True)
    app.window.timeline._show_tooltip(Hit(document=0), QPoint(10, 10))
    assert not _renders_markup(QToolTip.text(), rich=True), QToolTip.text()
    QToolTip.hideText()


def test_markup_in_a_bad_files_name_is_shown_as_text(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / f"{MARK.replace('/', '_')}.timeline.json"
    path.write_text('{"format": "timelineapp/events"', encoding="utf-8")
    assert not app.opener.open(path)
    dialog = app.opener.last_dialog
    assert dialog is not None
    assert _rendered_markup(dialog) == []
    dialog.close()
    dialog.deleteLater()  # later tests count the dialogs left on screen
    app.opener.last_dialog = None
    qtbot.wait(10)
