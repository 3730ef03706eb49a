"""The shipped JSON Schema is generated from the models and must not go stale."""

from __future__ import annotations

import json

from timelineapp.cli import main
from timelineapp.model.file_format import json_schema
from timelineapp.resources import resource_path

SCHEMA_FILE = resource_path("schema", "timelineapp-events-v1.schema.json")


def test_shipped_schema_is_current() -> None:
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert shipped == json_schema(), (
        "resources/schema is stale: run `timelineapp schema > "
        "resources/schema/timelineapp-events-v1.schema.json`"
    )


def test_schema_command_prints_it(capsys: object) -> None:
    import pytest

    assert isinstance(capsys, pytest.CaptureFixture)
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["properties"]["format"]["const"] == "timelineapp/events"
    assert "Event" in printed["$defs"]
