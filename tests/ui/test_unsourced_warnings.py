"""Events without a source are a warning, not a blocking dialog: the file opens, the status
bar and the Provenance pane count them, and the list is a click away. Broken evidence keeps
its red indicator and raises the pane as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timelineapp.cli import main
from timelineapp.ui.app import Application

from ..provenance_files import tampered_copy

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


# Each test empties and reuses the module's one window (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window

IMPORTED = Path(__file__).parent.parent / "data" / "import" / "timelinejs-sahel.json"


@pytest.fixture
def imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "sahel.timeline.json"
    assert main(["import", str(IMPORTED), "-o", str(out)]) == 0
    capsys.readouterr()
    return out


def test_an_imported_file_opens_without_a_dialog(app: Application, imported: Path) -> None:
    assert app.opener.open(imported)
    assert app.opener.last_dialog is None
    timeline = app.controller.timeline
    assert timeline is not None
    unsourced = len(timeline.provenance.unsourced)
    events = json.loads(imported.read_text(encoding="utf-8"))["events"]
    assert unsourced == sum(1 for event in events if not event["sources"]) > 1
    assert timeline.provenance.count == 0  # nothing is broken: no red indicator
    status = app.window.status
    assert not status.provenance_button.isVisibleTo(app.window)
    assert status.unsourced_button.isVisibleTo(app.window)
    assert status.unsourced_button.text() == f"{unsourced} event(s) without a source"
    # The pane is not pushed forward; one click on the indicator shows the whole list.
    dock = app.window.docks["provenance"]
    assert not dock.isVisibleTo(app.window)
    status.unsourced_button.click()
    assert dock.isVisibleTo(app.window)
    pane = app.window.provenance_pane
    assert f"{unsourced} event(s) have no source" in pane._summary.text()
    assert pane.list_widget.count() == unsourced
    # A click on one selects its event.
    item = pane.list_widget.item(2)
    pane.on_item_activated(item)
    assert app.controller.selection == 2


def test_broken_evidence_still_raises_the_pane(app: Application, tmp_path: Path) -> None:
    assert app.opener.open(tampered_copy(tmp_path))
    assert app.opener.last_dialog is None
    assert app.window.status.provenance_button.isVisibleTo(app.window)
    assert app.window.docks["provenance"].isVisibleTo(app.window)
