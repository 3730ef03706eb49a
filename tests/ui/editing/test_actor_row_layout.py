"""The Edit Event pane's actor rows (actor, role, Add) at 1024×700 and when wide: the role
field is wide enough to read and type a role (QA session 11: ~55 px, "rôle (f…")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.shared_window
@pytest.mark.parametrize(("window", "dock"), [((1024, 700), None), ((1920, 1080), 520)])
def test_the_role_field_reads_its_words(
    app: Application, qtbot: QtBot, window: tuple[int, int], dock: int | None
) -> None:
    main = app.window
    main.resize(*window)
    assert app.opener.open(example_event_file())
    app.controller.select(2)
    pane = main.docks["editor"]
    pane.show()
    pane.raise_()
    editor = main.event_editor
    qtbot.waitUntil(editor.scroll_area.isVisible)
    if dock is not None:
        main.resizeDocks([pane], [dock], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    role = editor.actor_role
    metrics = role.fontMetrics()
    # The placeholder whole, and a role such as "porte-parole" typed with room to spare.
    assert role.width() > metrics.horizontalAdvance(role.placeholderText())
    room = metrics.horizontalAdvance("porte-parole") + 2 * metrics.averageCharWidth()
    assert role.width() >= room
    # The actor's box keeps a name's room too, and nothing runs out of the pane.
    assert editor.actor_choice.width() >= role.width()
    content = editor.scroll_area.widget()
    right = editor.add_actor_button.mapTo(content, editor.add_actor_button.rect().topRight())
    assert right.x() <= editor.scroll_area.viewport().width()
