"""Fixtures for UI tests: a controller with the Niger example, a settings file in tmp_path."""

from __future__ import annotations

import pytest

from timelineapp.model.loader import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.resources import example_event_file


@pytest.fixture(scope="session")
def niger_timeline() -> Timeline:
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    return Timeline(result.loaded)
