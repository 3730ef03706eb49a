"""A cache entry's hints (one small file per event file's path) go when the entry is evicted;
the hints of the entries kept stay."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timelineapp.model.loading import cache as load_cache
from timelineapp.model.loading import cache_hints, load_event_file

from .event_files import minimal, to_bytes


def _files(folder: Path, names: str) -> list[Path]:
    paths = []
    for name in names:
        data = minimal()
        data["title"] = f"File {name}"
        data["events"][0]["title"] = f"Event of {name}"  # type: ignore[index]
        path = folder / f"{name}.timeline.json"
        path.write_bytes(to_bytes(data))
        paths.append(path)
    return paths


def _hinted(cache: Path, path: Path) -> str | None:
    seen = cache_hints.file_seen(path)
    assert seen is not None
    return cache_hints.hinted_hash(cache, seen)


def _made_oldest(cache: Path, path: Path) -> Path:
    """The entry of ``path``'s content, made the least recently used."""
    content_hash = _hinted(cache, path)
    assert content_hash is not None
    entry = load_cache.cache_path(cache, content_hash)
    os.utime(entry / "meta.json", ns=(0, 0))
    assert load_cache.entries(cache)[0][0] == entry
    return entry


@pytest.fixture(autouse=True)
def _every_file_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_cache, "MIN_EVENTS", 0)


def test_an_evicted_entry_takes_its_hint_along(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    a, b = _files(tmp_path, "ab")
    first = load_event_file(a, cache_dir=cache).loaded
    assert first is not None
    assert _hinted(cache, a) == first.content_hash
    [(_, size, _)] = load_cache.entries(cache)
    second = load_event_file(b, cache_dir=cache, cache_budget=size + size // 2).loaded
    assert second is not None
    [(kept, _, _)] = load_cache.entries(cache)
    assert kept == load_cache.cache_path(cache, second.content_hash)
    assert _hinted(cache, a) is None  # a's entry went, and its hint with it
    assert _hinted(cache, b) == second.content_hash
    assert len(list(cache.glob("hint-*.json"))) == 1


def test_two_paths_of_one_entry_lose_their_hints_together(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (a,) = _files(tmp_path, "a")
    twin = tmp_path / "twin.timeline.json"
    twin.write_bytes(a.read_bytes())  # the same content at another path: the same entry
    load_event_file(a, cache_dir=cache)
    load_event_file(twin, cache_dir=cache)
    assert _hinted(cache, a) == _hinted(cache, twin) is not None
    (other,) = _files(tmp_path, "o")
    load_event_file(other, cache_dir=cache)
    assert len(list(cache.glob("hint-*.json"))) == 3
    oldest = _made_oldest(cache, a)
    load_cache.evict(cache, sum(size for _, size, _ in load_cache.entries(cache)[1:]))
    assert not oldest.exists()
    assert _hinted(cache, a) is None
    assert _hinted(cache, twin) is None
    assert _hinted(cache, other) is not None


def test_an_entry_too_big_for_the_budget_leaves_no_hint(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (a,) = _files(tmp_path, "a")
    assert load_event_file(a, cache_dir=cache, cache_budget=1).ok
    assert load_cache.entries(cache) == []
    assert list(cache.glob("hint-*.json")) == []


def test_unreadable_hints_and_those_of_kept_entries_stay(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    a, b = _files(tmp_path, "ab")
    load_event_file(a, cache_dir=cache)
    load_event_file(b, cache_dir=cache)
    stray = cache / "hint-0123456789abcdef0123456789abcdef.json"
    stray.write_bytes(b"not json")
    oldest = _made_oldest(cache, a)
    load_cache.evict(cache, load_cache.entries(cache)[1][1])
    assert not oldest.exists()
    assert stray.exists()
    assert _hinted(cache, a) is None
    assert _hinted(cache, b) is not None
