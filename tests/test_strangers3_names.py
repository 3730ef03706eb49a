"""A big file's actor names are read from the packed columns, not one model per name."""

from __future__ import annotations

import json

import pytest

from timelineapp.model.actor_columns import HeaderActors
from timelineapp.model.loading import load_event_bytes
from timelineapp.model.timeline import Timeline

from .model.event_files import minimal


def _timeline() -> Timeline:
    data = minimal()
    data["actors"] = [{"id": f"a{i}", "name": f"Acteur {i}"} for i in range(50)]
    data["events"][0]["actors"] = ["a3", "a7"]
    result = load_event_bytes(json.dumps(data).encode(), "x.timeline.json", None)
    assert result.loaded is not None, result.issues
    return Timeline(result.loaded)


def test_actor_name_reads_the_packed_column(monkeypatch: pytest.MonkeyPatch) -> None:
    timeline = _timeline()
    assert isinstance(timeline.actors, HeaderActors)

    def no_model(self: HeaderActors, i: object) -> object:
        raise AssertionError("an Actor model was built for a name")

    monkeypatch.setattr(HeaderActors, "__getitem__", no_model)
    assert timeline.actor_name("a7") == "Acteur 7"
    assert timeline.actor_name("a49") == "Acteur 49"
    assert timeline.actor_name("nobody") == "nobody"
    assert timeline.attribution("a3") == "Acteur 3"
