"""The load cache keeps to the budget the user set, passed down with the load."""

from __future__ import annotations

from pathlib import Path

import pytest

from timelineapp.model.loading import cache as load_cache
from timelineapp.model.loading import load_event_file

from .event_files import minimal, to_bytes


def test_a_load_evicts_to_the_budget_it_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load_cache, "MIN_EVENTS", 0)
    cache = tmp_path / "cache"
    paths = []
    for name in ("a", "b"):
        data = minimal()
        data["title"] = f"File {name}"
        path = tmp_path / f"{name}.timeline.json"
        path.write_bytes(to_bytes(data))
        paths.append(path)
    load_event_file(paths[0], cache_dir=cache)
    [(_, size, _)] = load_cache.entries(cache)
    load_event_file(paths[1], cache_dir=cache, cache_budget=size + size // 2)
    [(kept, _, _)] = load_cache.entries(cache)
    second = load_event_file(paths[1]).loaded
    assert second is not None
    assert kept == load_cache.cache_path(cache, second.content_hash)
    assert not any(p.name.startswith(".") for p in cache.iterdir())  # removed, not hidden
