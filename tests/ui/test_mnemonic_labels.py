"""A file's "&" shown as "&" in menus and buttons, never a mnemonic; one cluster menu at a time."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.model.untrusted_text import SHOWN_LIMIT
from timelineapp.render.scene import Cluster
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.panes.event_pane import EventPane
from timelineapp.ui.timeline_widget import TimelineWidget

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "niger-2024"


def _timeline(tmp_path: Path) -> Timeline:
    """The example with "&" in a title, an actor's name and a role, and a huge title."""
    folder = tmp_path / "niger"
    shutil.copytree(EXAMPLE, folder)
    path = folder / "niger-2024.timeline.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["events"][0]["title"] = "A & B"
    data["events"][1]["title"] = "x" * 100_000
    data["actors"][0]["name"] = "Niger & co"
    data["events"][0]["actors"][0]["role"] = "r&d"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    loaded = load_event_file(path).loaded
    assert loaded is not None
    return Timeline(loaded)


# The offscreen platform cannot raise a popup menu or grab the keyboard for it.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_cluster_menu_keeps_ampersands_and_shortens_titles(qtbot: QtBot, tmp_path: Path) -> None:
    controller = TimelineController()
    controller.set_timeline(_timeline(tmp_path))
    view = TimelineWidget(controller)
    qtbot.addWidget(view)
    view.resize(800, 400)
    cluster = Cluster(0, 10, 0, 0, 2, (0, 1))
    view._list_cluster(cluster, QPointF(5, 5))
    view._list_cluster(cluster, QPointF(5, 5))  # a second click on a cluster
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    menus = view.findChildren(QMenu)
    assert len(menus) == 1
    texts = [act.text() for act in menus[0].actions()]
    assert texts[0] == "A && B"  # drawn "A & B"
    assert len(texts[1]) <= SHOWN_LIMIT
    menus[0].hide()


def test_actor_buttons_keep_ampersands(qtbot: QtBot, tmp_path: Path) -> None:
    controller = TimelineController()
    controller.set_timeline(_timeline(tmp_path))
    pane = EventPane(controller)
    qtbot.addWidget(pane)
    controller.select(0)
    assert pane.actor_buttons[0].text() == "Niger && co (r&&d)"
