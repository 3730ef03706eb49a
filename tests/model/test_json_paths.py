"""JSON paths of odd keys: quoted so they read as one key, and parsed back to locate them
(QA #42: "a.b" read as two steps and was located at its object's start)."""

from __future__ import annotations

import json

import pytest

from timelineapp.model.issues import json_path
from timelineapp.model.loading.positions import locate, parse_path, value_positions

ODD = ["a.b", "", "c d", 'q"k', "a[b]", "back\\slash", "x.[0]"]


@pytest.mark.parametrize("key", ODD)
def test_an_odd_key_is_quoted_and_parsed_back(key: str) -> None:
    location: tuple[int | str, ...] = ("events", 0, key, 2, "end")
    path = json_path(location)
    assert path.startswith('events[0]["')
    assert parse_path(path) == location


def test_plain_keys_read_as_before() -> None:
    assert json_path(("events", 3, "sources", 0, "end")) == "events[3].sources[0].end"
    assert parse_path("events[0].a[b]") == ("events", 0, "a[b]")  # unquoted, as before


def test_each_odd_key_is_located_at_its_own_line() -> None:
    event = {"id": "e"} | {key: n for n, key in enumerate(ODD)}
    text = json.dumps({"events": [event]}, indent=2)
    positions = value_positions(text)
    lines = text.splitlines()
    for key in ODD:
        line, _ = locate(positions, parse_path(json_path(("events", 0, key))))
        assert line is not None
        assert lines[line - 1].lstrip().startswith(json.dumps(key) + ":"), key
