"""An event naming tens of thousands of actors: the load reads its references a batch at a
time (``event_json.event_rows`` keeps its ``actors`` as bytes), and must find what reading
them all at once finds: the same actor and role numbers, and every unknown actor at its own
place, in any batch, beside events whose few references are read together.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from timelineapp.model.event_json import LAZY_ACTORS_BYTES
from timelineapp.model.file_format import EventFile
from timelineapp.model.loading import build_time_index, load_event_bytes

from .model.event_files import minimal

COUNT = 40_000  # about 440 KB of references: more than one batch (header_actors)


def _file(refs: list[Any]) -> tuple[dict[str, Any], bytes]:
    data = minimal()
    data["actors"] += [{"id": f"a{i}", "name": f"Acteur {i}"} for i in range(COUNT)]
    first = data["events"][0]
    big = {**first, "id": "big", "actors": refs}
    small = {**first, "id": "after", "actors": ["niger", {"actor": "armee", "role": "témoin"}]}
    data["events"] = [first, big, small, *data["events"][1:]]
    raw = json.dumps(data, ensure_ascii=False).encode()
    assert len(json.dumps(refs)) > 4 * LAZY_ACTORS_BYTES
    return data, raw


def _refs() -> list[Any]:
    refs: list[Any] = [f"a{i}" for i in range(COUNT)]
    refs[3] = {"actor": "a3", "role": "signataire"}
    refs[COUNT - 2] = {"actor": "niger", "role": "témoin"}
    return refs


def test_many_references_are_numbered_as_when_read_all_at_once() -> None:
    _, raw = _file(_refs())
    result = load_event_bytes(raw, "x.timeline.json", None)
    assert result.ok, result.issues[:3]
    assert result.loaded is not None
    found = result.loaded.index
    expected = build_time_index(EventFile.model_validate_json(raw))
    assert np.array_equal(found.actor_ptr, expected.actor_ptr)
    assert np.array_equal(found.actor_ids, expected.actor_ids)
    names = np.array([*expected.roles, ""])
    assert (names[found.actor_roles] == names[expected.actor_roles]).all()
    assert int(found.actor_ptr[2] - found.actor_ptr[1]) == COUNT


def test_unknown_actors_are_located_in_every_batch() -> None:
    refs = _refs()
    for position in (5, COUNT // 2, COUNT - 1):
        refs[position] = f"nobody{position}"
    refs[COUNT - 3] = {"actor": "ghost", "role": "x"}
    data, raw = _file(refs)
    data["events"][2]["actors"] = ["phantom"]
    raw = json.dumps(data, ensure_ascii=False).encode()
    result = load_event_bytes(raw, "x.timeline.json", None)
    paths = [issue.json_path for issue in result.errors]
    assert paths == [
        "events[1].actors[5].actor",
        f"events[1].actors[{COUNT // 2}].actor",
        f"events[1].actors[{COUNT - 3}].actor",
        f"events[1].actors[{COUNT - 1}].actor",
        "events[2].actors[0].actor",
    ]


def test_a_bad_reference_among_many_is_located_by_the_models() -> None:
    refs = _refs()
    refs[COUNT // 2] = 42
    _, raw = _file(refs)
    result = load_event_bytes(raw, "x.timeline.json", None)
    assert not result.ok
    assert any(
        issue.json_path.startswith(f"events[1].actors[{COUNT // 2}]") for issue in result.errors
    ), [issue.json_path for issue in result.errors][:5]
