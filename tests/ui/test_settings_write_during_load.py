"""A timed settings write is put off while a file loads in the background (the load's
threads and the window share one interpreter lock), and made once the load has ended."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.loading.under_way import load_under_way
from timelineapp.ui import settings as settings_module
from timelineapp.ui.app import Application

from .conftest import closed, started_application, wait_for_panes
from .test_settings_writes_at_open import Writes


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Writes:
    spy = Writes(tmp_path / "settings.json")
    monkeypatch.setattr(settings_module, "atomic_write", spy)
    return spy


@pytest.fixture
def window_app(qtbot: QtBot, tmp_path: Path) -> Iterator[Application]:
    app = started_application(tmp_path / "settings.json")
    wait_for_panes(qtbot, app)
    yield app
    closed(app)


def test_a_timed_write_waits_until_no_file_loads(
    window_app: Application, qtbot: QtBot, writes: Writes
) -> None:
    app = window_app
    # The start's own write (the example opened) made first.
    qtbot.waitUntil(lambda: not app.opened_writer.isActive(), timeout=10_000)
    if app._background_writer is not None:
        app._background_writer.wait()
    before = writes.count
    app.settings_writer.setInterval(10)  # tried again every 10 ms while the load runs
    with load_under_way():
        app.write_settings_in_background()
        assert app.settings_writer.isActive()  # put off, not dropped
        qtbot.wait(200)
        assert app.settings_writer.isActive()
        if app._background_writer is not None:
            app._background_writer.wait()
        assert writes.count == before
    qtbot.waitUntil(lambda: writes.count == before + 1, timeout=10_000)
    assert not app.settings_writer.isActive()
