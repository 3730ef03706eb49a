"""A cramped window (150 % text on a 1024×700 screen) gives the timeline the room first
(QA #61: it kept ~460×170 px), and the settings banner takes one line until asked for more."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.timeline import Timeline
from timelineapp.ui import main_window
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.settings_banner import settings_banner
from timelineapp.ui.window_geometry import bottom_docks_height, is_cramped, left_column_width

from .conftest import closed
from .layout_settle import application_font_size, settle_layouts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_cramped_is_counted_in_lines_of_the_windows_text() -> None:
    assert is_cramped(700, 21)  # 13.5 pt (150 % text) at 1024×700: 33 lines
    assert not is_cramped(700, 15)  # 9 pt: 46 lines
    assert not is_cramped(950, 21)
    assert bottom_docks_height(700, 21, 120) < bottom_docks_height(700, 15, 120)
    assert bottom_docks_height(700, 21, 180) == 180  # never under the panes' minimum
    assert left_column_width(1024, 700, 21, 168) == 168
    assert left_column_width(1024, 700, 15, 168) == 230


@pytest.fixture
def large_text(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Application]:
    monkeypatch.setattr(main_window, "fit_window_to_screen", lambda *_, **__: None)
    qapp = create_qapplication()
    settings = tmp_path / "settings.json"
    # Two bad values: the banner has a notice of several long lines to show.
    settings.write_text(json.dumps({"theme": "neon", "cache_budget": -5}), encoding="utf-8")
    with application_font_size(qapp, 13.5):
        application = Application(qapp, settings)
        application.window.resize(1024, 700)
        application.window.show_restored()
        yield application
        closed(application)


def test_the_timeline_gets_the_room_and_the_banner_one_line(
    large_text: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    large_text.controller.set_timeline(niger_timeline)
    window = large_text.window
    qtbot.wait(10)
    settle_layouts(window)
    banner = settings_banner(window)
    assert banner.isVisible()
    line = banner.fontMetrics().height()
    folded = banner.height()
    assert folded <= 2.6 * line  # one line of words beside its buttons
    assert banner.summary.text().startswith("Some of your settings")
    # With the banner shown, the timeline still keeps most of the window's height.
    banner.hide()
    settle_layouts(window)
    assert window.timeline.height() >= 0.45 * window.height()
    banner.show()
    banner.details_button.click()
    settle_layouts(window)
    assert banner.label.isVisible()
    assert "cache_budget" in banner.label.text()
    assert banner.height() > folded
    banner.details_button.click()
    settle_layouts(window)
    assert not banner.label.isVisible()
    assert banner.height() == folded
