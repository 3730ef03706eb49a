"""The load cache is trusted only after checks: an edited or damaged entry means a full load."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from timelineapp.model.loading import LoadResult, load_event_file, pipeline
from timelineapp.model.loading import cache as load_cache

from .model.event_files import TEXT, minimal, to_bytes


@pytest.fixture(autouse=True)
def cache_small_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_cache, "MIN_EVENTS", 0)


def _file_with_a_broken_quote(folder: Path) -> Path:
    (folder / "article.txt").write_text(TEXT, encoding="utf-8")
    data = minimal()
    document = data["documents"][0]
    del document["text"]
    document["path"] = "article.txt"
    data["events"][1]["sources"][0]["quotes"][0]["text"] = "not what the document says"
    target = folder / "x.timeline.json"
    target.write_bytes(to_bytes(data))
    return target


def _spy_on_cache(monkeypatch: pytest.MonkeyPatch) -> list[LoadResult | None]:
    """What each cache lookup gave: None is a refused (or absent) entry."""
    served: list[LoadResult | None] = []
    original = pipeline._load_cached

    def spy(*args: object, **kwargs: object) -> LoadResult | None:
        result = original(*args, **kwargs)  # type: ignore[arg-type]
        served.append(result)
        return result

    monkeypatch.setattr(pipeline, "_load_cached", spy)
    return served


def _entry(cache: Path) -> Path:
    [folder] = cache.glob("events-*")
    return folder


def _edit_meta(folder: Path) -> None:
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta["issues"] = []  # hide the provenance error
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _edit_array(name: str, change: Callable[[np.ndarray], None]) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        array = np.load(folder / f"{name}.npy", allow_pickle=False).copy()
        change(array)
        np.save(folder / f"{name}.npy", array, allow_pickle=False)

    return edit


def _flip_first(array: np.ndarray) -> None:
    array.flat[0] = array.flat[0] ^ 1 if array.dtype.kind in "iu" else array.flat[0]


def _shift(array: np.ndarray) -> None:
    array += 10_000


@pytest.mark.parametrize(
    "tamper",
    [
        _edit_meta,
        _edit_array("titles_blob", _flip_first),
        _edit_array("index_earliest", _shift),
        _edit_array("spans", _shift),
        _edit_array("passages", _shift),
    ],
    ids=["meta", "titles", "dates", "spans", "passages"],
)
def test_an_edited_cache_entry_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tamper: Callable[[Path], None]
) -> None:
    target = _file_with_a_broken_quote(tmp_path)
    cache = tmp_path / "cache"
    first = load_event_file(target, cache_dir=cache)
    assert first.loaded is not None
    tamper(_entry(cache))
    served = _spy_on_cache(monkeypatch)
    second = load_event_file(target, cache_dir=cache)
    assert served == [None]  # the entry was refused: a full load
    assert second.loaded is not None
    assert [str(i) for i in second.issues] == [str(i) for i in first.issues]
    assert any("quoted text differs" in i.message for i in second.issues)
    assert list(second.loaded.titles) == list(first.loaded.titles)
    assert np.array_equal(second.loaded.index.earliest, first.loaded.index.earliest)


def test_an_untouched_entry_is_served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = _file_with_a_broken_quote(tmp_path)
    cache = tmp_path / "cache"
    load_event_file(target, cache_dir=cache)
    served = _spy_on_cache(monkeypatch)
    load_event_file(target, cache_dir=cache)
    assert served != [None]
    assert served[0] is not None
