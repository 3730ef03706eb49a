"""Keys given twice in a header too long for the positional scanner are still found."""

from __future__ import annotations

import json

import pytest

from timelineapp.model.json_duplicate_keys import duplicate_key_paths
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
