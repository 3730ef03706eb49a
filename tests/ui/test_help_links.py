"""Help › File Format: the repository paths its reference names lead somewhere in the app
(QA #66: they were blue links that did nothing, then words that led nowhere)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from timelineapp.ui.app import Application
from timelineapp.ui.help_dialogs import file_format_dialog

SCHEMA = "resources/schema/timelineapp-events-v1.schema.json"
EXAMPLE = "resources/examples/niger-2024/niger-2024.timeline.json"


def _click_words(qtbot: QtBot, browser: QTextBrowser, words: str) -> None:
    """Click the middle of the first ``words`` of the page, as a user would."""
    found = browser.document().find(words)
    assert not found.isNull(), words
    middle = QTextCursor(found)
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    browser.setTextCursor(middle)
    browser.ensureCursorVisible()
    at = browser.cursorRect(middle).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=at)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_schema_path_shows_the_json_schema_tab(qtbot: QtBot, language: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setLocale(QLocale(language))
    opened: list[bool] = []
    dialog = file_format_dialog(parent, lambda: opened.append(True))
    dialog.resize(820, 650)
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    reference = tabs.widget(0)
    assert isinstance(reference, QTextBrowser)
    _click_words(qtbot, reference, SCHEMA)
    assert tabs.currentIndex() == 1  # the JSON Schema, shown
    assert not opened
    tabs.setCurrentIndex(0)
    _click_words(qtbot, reference, EXAMPLE)
    assert opened == [True]
    dialog.close()


@pytest.mark.shared_window
def test_the_example_path_opens_the_example_in_the_window(app: Application, qtbot: QtBot) -> None:
    window = app.window
    window.format_action.trigger()
    dialog = window.format_dialog
    qtbot.waitExposed(dialog)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    reference = tabs.widget(0)
    assert isinstance(reference, QTextBrowser)
    with qtbot.waitSignal(app.controller.file_loaded, timeout=10_000):
        _click_words(qtbot, reference, EXAMPLE)
    assert app.controller.path is not None
    assert app.controller.path.name == "niger-2024.timeline.json"
    dialog.close()
