"""A big file split slice by slice (a short hold of the GIL per slice) is split exactly as in
one pass: same array bounds, same event lengths, same marks; and a file that cannot be sliced
falls back to the one pass."""

from __future__ import annotations

import json

import numpy as np
import pytest

from timelineapp.model.loading import split as split_module
from timelineapp.model.loading.split import EventsSplit, split_events

from .event_files import minimal, to_bytes

ONE_PASS = 1 << 60


def _same(raw: bytes, slice_bytes: int) -> EventsSplit:
    whole = split_events(raw, ONE_PASS)
    sliced = split_module._split_in_slices(raw, slice_bytes)
    assert whole is not None
    assert sliced is not None
    assert (sliced.array_start, sliced.array_end) == (whole.array_start, whole.array_end)
    assert np.array_equal(sliced.lengths, whole.lengths)
    assert np.array_equal(sliced.marks, whole.marks)
    return sliced


def _events(count: int, tricky: bool) -> list[dict[str, object]]:
    template = minimal()["events"][0]
    events = []
    for i in range(count):
        event = dict(template, id=f"e{i}", title=f"Évènement {i}")
        if tricky and i % 3 == 0:
            # What a cut looks for, inside strings: a slice must never end there.
            event["title"] = 'un }, { deux },{ "events": [ trois ]}'
            event["summary"] = "},\\n    {" * (i % 5)
        if i % 4 == 0:
            event["actors"] = [{"actor": "armee", "role": "r"}, {"actor": "armee"}]
        events.append(event)
    return events


@pytest.mark.parametrize("indent", [None, 2, 4])
@pytest.mark.parametrize("tricky", [False, True])
def test_slices_give_the_one_pass_split(indent: int | None, tricky: bool) -> None:
    data = minimal()
    data["events"] = _events(700, tricky)
    if indent is None:
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    else:
        raw = json.dumps(data, ensure_ascii=False, indent=indent).encode()
    split = _same(raw, 2_000)
    assert split.count == 700
    spans = split.spans(raw)
    assert [json.loads(raw[s:e])["id"] for s, e in spans.tolist()] == [f"e{i}" for i in range(700)]


def test_one_event_per_line_with_keys_after_the_events() -> None:
    data = minimal()
    data["events"] = _events(500, True)
    head = to_bytes({k: v for k, v in data.items() if k != "events"})[:-2]
    lines = ",\n".join(json.dumps(e, ensure_ascii=False) for e in data["events"])
    raw = head + b',\n"events": [\n' + lines.encode() + b'\n],\n"z": 1\n}\n'
    _same(raw, 1_500)


def test_split_events_slices_big_files_and_falls_back_when_it_cannot() -> None:
    data = minimal()
    data["events"] = _events(300, False)
    raw = to_bytes(data)
    assert split_events(raw, 1_000) is not None
    # Not JSON after the events: the slicing refuses and the one pass says None too.
    broken = raw.rstrip()[:-1] + b", }"
    assert split_module._split_in_slices(broken, 1_000) is None
    assert split_events(broken, 1_000) is None


def test_another_events_array_before_the_real_one_is_not_taken_for_it() -> None:
    data = minimal()
    data["events"] = _events(300, False)
    raw = to_bytes(data)
    # An "events" key inside the header (refused later by the models): the slices start
    # there, but the file's top-level events are another array, so slicing gives up.
    nested = raw.replace(
        b'"documents": [', b'"x": {"events": [{"a": 1}, {"b": 2}]}, "documents": [', 1
    )
    assert nested != raw
    assert split_module._split_in_slices(nested, 1_000) is None
    whole = split_events(nested, 1_000)
    assert whole is not None
    assert whole.count == 300
