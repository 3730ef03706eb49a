"""A start collects no garbage on its own before the GUI thread's collector takes over."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from timelineapp.ui import app as app_module


class _Stop(Exception):
    pass


@pytest.fixture
def collecting() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collecting")
def test_automatic_collection_is_off_when_the_qt_application_is_made(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[bool] = []

    def record(argv: list[str] | None = None) -> object:
        seen.append(gc.isenabled())
        raise _Stop

    monkeypatch.setattr(app_module, "create_qapplication", record)
    monkeypatch.setattr(app_module, "log_to_file", lambda: tmp_path / "log.txt")
    with pytest.raises(_Stop):
        app_module.run_app(None, settings_path=tmp_path / "settings.json")
    assert seen == [False]
