"""Help › Keyboard Shortcuts lists every shortcut the README names, searchable (QA #40)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.shortcuts_dialog import ShortcutsDialog

# Each test empties and reuses the module's one window (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window

_README = Path(__file__).resolve().parents[2] / "README.md"
_SECTIONS = ("## Using it", "## Make your own event file")
_KEY = re.compile(
    r"^((Ctrl|Shift|Alt|Meta)\+\S+|F\d{1,2}|PgUp|PgDn|Enter|Esc|Delete|[A-Z]|[+\-←→])$"
)
# The README's spelling -> Qt's portable text.
_SPELLING = {"←": "Left", "→": "Right", "PgDn": "PgDown", "Delete": "Del", "Enter": "Return"}


def _readme_keys() -> set[str]:
    text = _README.read_text(encoding="utf-8")
    keys: set[str] = set()
    for heading in _SECTIONS:
        part = text[text.index(heading) :]
        part = part[: part.index("\n## ", len(heading))]
        for token in re.findall(r"`([^`\n]{1,20})`", part):
            if token == "Shift+←/→":
                keys |= {"Shift+Left", "Shift+Right"}
            elif _KEY.match(token):
                head, _, last = token.rpartition("+") if len(token) > 2 else ("", "", token)
                keys.add(
                    f"{head}+{_SPELLING.get(last, last)}" if head else _SPELLING.get(last, last)
                )
    return keys


def test_every_key_the_readme_names_is_listed_and_found_by_a_search(
    app: Application, qtbot: QtBot
) -> None:
    keys = _readme_keys()
    assert {"PgUp", "PgDown", "Shift+Left", "+", "-", "Return", "Shift+Return", "F6"} <= keys
    dialog = ShortcutsDialog(app.window)
    qtbot.addWidget(dialog)
    missing = []
    for key in sorted(keys):
        native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        assert native, key
        dialog.search.setText(native)
        listed = {
            part
            for row in range(dialog.proxy.rowCount())
            for part in str(dialog.proxy.index(row, 1).data()).split(", ")
        }
        if native not in listed:
            missing.append(key)
    assert missing == []


def test_keys_that_act_in_one_place_say_where(app: Application, qtbot: QtBot) -> None:
    dialog = ShortcutsDialog(app.window)
    qtbot.addWidget(dialog)
    rows = {
        (dialog.model.index(r, 0).data(), dialog.model.index(r, 2).data())
        for r in range(dialog.model.rowCount())
    }
    timeline = app.window.timeline.accessibleName()
    assert ("Pan Left", timeline) in rows
    assert ("Zoom In", timeline) in rows  # + and -, besides the window's Ctrl++ / Ctrl+-
    assert ("Next Match", app.window.filter_bar.search.accessibleName()) in rows
    dialog.search.setText(timeline)  # "which keys does the timeline take?"
    assert dialog.proxy.rowCount() >= 8


def test_the_listed_timeline_keys_act(app: Application, qtbot: QtBot) -> None:
    window = app.window
    assert app.opener.open(example_event_file())
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: window.timeline.hasFocus())
    before = window.timeline.timemap
    page_right = next(a for a in window.timeline_keys if QKeySequence("PgDown") in a.shortcuts())
    page_right.trigger()
    assert window.timeline.timemap.start > before.start
