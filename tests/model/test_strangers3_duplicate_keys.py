"""Keys given twice in a header too long for the positional scanner are still found."""

from __future__ import annotations

import json

import pytest

from timelineapp.model import json_duplicate_keys
from timelineapp.model.json_duplicate_keys import duplicate_key_paths, header_duplicate_key_paths
from timelineapp.model.loading import load_event_bytes, positions

from .event_files import minimal


def _header_with_a_key_twice() -> bytes:
    data = minimal()
    data["actors"] = [{"id": f"a{i}", "name": f"Acteur {i}"} for i in range(30)]
    text = json.dumps(data, ensure_ascii=False)
    # actors[2] gives "name" twice; the document gives "title" twice.
    text = text.replace('"name": "Acteur 2"', '"name": "Acteur 2", "name": "Autre"', 1)
    title = json.dumps(data["documents"][0]["title"])
    text = text.replace(f'"title": {title}', f'"title": {title}, "title": "Bis"', 1)
    return text.encode()


def test_the_c_parser_names_the_paths_of_keys_given_twice() -> None:
    assert sorted(map(str, duplicate_key_paths(_header_with_a_key_twice()))) == sorted(
        [str(("actors", 2, "name")), str(("documents", 0, "title"))]
    )
    assert duplicate_key_paths(b'[{"a": [{"b": 1, "b": 2}]}, {"c": 1, "c": 1}]') == [
        (0, "a", 0, "b"),
        (1, "c"),
    ]
    assert duplicate_key_paths(json.dumps(minimal()).encode()) == []


@pytest.mark.parametrize("limit", [20_000_000, 100])
def test_a_long_header_is_checked_not_skipped(limit: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the scanner's limit (here made small) the check ran no more: the file opened."""
    monkeypatch.setattr(positions, "LOCATE_LIMIT", limit)
    result = load_event_bytes(_header_with_a_key_twice(), "x.timeline.json", None)
    assert not result.ok
    found = {(issue.json_path, issue.code) for issue in result.issues}
    assert ("actors[2].name", "duplicate_key") in found
    assert ("documents[0].title", "duplicate_key") in found


def test_a_header_s_actors_are_checked_a_batch_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_duplicate_keys, "_BATCH_BYTES", 64)  # several batches of actors
    header = _header_with_a_key_twice()
    assert sorted(map(str, header_duplicate_key_paths(header))) == sorted(
        [str(("actors", 2, "name")), str(("documents", 0, "title"))]
    )
    later = header.replace(b'"name": "Acteur 27"', b'"name": "Acteur 27", "name": "X"')
    assert ("actors", 27, "name") in header_duplicate_key_paths(later)


def test_a_batch_cut_inside_a_string_falls_back_to_the_whole_array(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(json_duplicate_keys, "_BATCH_BYTES", 8)
    data = minimal()
    data["actors"] = [
        {"id": "a", "name": "A", "description": "x}, {y" * 3},
        {"id": "b", "name": "B"},
    ]
    text = json.dumps(data).replace('"name": "B"', '"name": "B", "name": "C"')
    assert header_duplicate_key_paths(text.encode()) == [("actors", 1, "name")]
