"""Opening another tool's timeline (command line, File > Open) runs File > Import, as a drop
of it does (QA session 7, #46), instead of "not valid JSON, fix these problems"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.import_flow import ImportDialog, ImportFlow, shared_import_flow

# Each test starts from the module's one window, emptied as a new one is (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window

DATA = Path(__file__).parent.parent / "data" / "import"


@pytest.fixture(autouse=True)
def _no_modal(monkeypatch: pytest.MonkeyPatch) -> None:
    # The dialog is window-modal (open()); in tests it is inspected, not waited for.
    monkeypatch.setattr(ImportDialog, "open", lambda self: None)


def _flow(app: Application) -> ImportFlow:
    return shared_import_flow(app.window, app.controller, app.settings, app.opener.open)


@pytest.mark.parametrize("name", ["events-table.csv", "calendar.ics", "timelinejs-sahel.json"])
def test_opening_an_importable_file_shows_the_import(
    app: Application, tmp_path: Path, name: str
) -> None:
    source = tmp_path / name
    source.write_bytes((DATA / name).read_bytes())
    shown = app.controller.path
    assert app.opener.open(source)
    dialog = _flow(app).dialog
    assert dialog is not None
    assert dialog.preview.rowCount() > 0
    assert app.opener.last_dialog is None  # no "cannot open event file" list
    assert app.controller.path == shown  # nothing replaced until the user chooses
    dialog.open_button.click()
    assert app.controller.timeline is not None
    assert app.controller.timeline.index.count == dialog._result.event_count


def test_file_open_goes_through_the_same_hook(app: Application, tmp_path: Path) -> None:
    source = tmp_path / "table.csv"
    source.write_bytes((DATA / "events-table.csv").read_bytes())
    app.window.open_requested.emit(str(source))
    assert _flow(app).dialog is not None


def test_an_event_file_named_json_still_opens(
    app: Application, tmp_path: Path, qtbot: QtBot
) -> None:
    source = tmp_path / "renamed.json"
    source.write_bytes(example_event_file().read_bytes())
    assert json.loads(source.read_bytes())["format"] == "timelineapp/events"
    assert app.opener.open(source)
    assert app.controller.path == source
    assert _flow(app).dialog is None


def test_a_text_file_that_is_no_table_is_not_imported(app: Application, tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("Some notes, with a comma\nand another line\n", encoding="utf-8")
    assert not app.opener.open(source)  # said as before: it is no event file
    assert _flow(app).dialog is None
    assert app.opener.last_dialog is not None
    app.opener.last_dialog.close()
