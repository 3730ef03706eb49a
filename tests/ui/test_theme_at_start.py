"""A new window's theme is put in force before the window exists, without re-polishing the
style sheets of every other widget of the process (the tests' shared window and closed
ones: re-polishing one of those while a new window started crashed the suite once); a
theme chosen later restyles them as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from timelineapp.ui import theme
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.settings import UiTheme

from .conftest import closed


def test_a_new_window_restyles_no_other_widget_and_a_chosen_theme_does(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    restyled: list[object] = []
    monkeypatch.setattr(theme, "restyle_sheets", lambda: restyled.append(None))
    other = QLabel("another window's pane, once active")
    theme.clear_style_sheet(other)
    application = Application(create_qapplication(), tmp_path / "settings.json")
    try:
        assert restyled == []
        application.on_theme_chosen(UiTheme.DARK.value)
        assert len(restyled) == 1
        application.on_theme_chosen(UiTheme.SYSTEM.value)
        assert len(restyled) == 2
    finally:
        closed(application)
        other.deleteLater()
