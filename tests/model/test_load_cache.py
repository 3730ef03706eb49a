"""The load cache: reopening serves the same data; a change anywhere means a full load."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from timelineapp.model.loading import LoadResult, load_event_file
from timelineapp.model.loading import cache as load_cache

from .event_files import TEXT, minimal, to_bytes


@pytest.fixture(autouse=True)
def cache_small_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_cache, "MIN_EVENTS", 0)


def write(folder: Path, data: dict[str, object]) -> Path:
    (folder / "article.txt").write_text(TEXT, encoding="utf-8")
    documents = data["documents"]
    assert isinstance(documents, list)
    del documents[0]["text"]
    documents[0]["path"] = "article.txt"
    target = folder / "x.timeline.json"
    target.write_bytes(to_bytes(data))
    return target


def same(a: LoadResult, b: LoadResult) -> None:
    assert a.loaded is not None
    assert b.loaded is not None
    assert list(a.loaded.titles) == list(b.loaded.titles)
    assert list(a.loaded.ids) == list(b.loaded.ids)
    assert bytes(a.loaded.search_blob) == bytes(b.loaded.search_blob)
    assert np.array_equal(a.loaded.index.order, b.loaded.index.order)
    assert np.array_equal(a.loaded.index.earliest, b.loaded.index.earliest)
    assert a.loaded.index.roles == b.loaded.index.roles
    assert np.array_equal(a.loaded.passage_rows, b.loaded.passage_rows)
    assert [str(i) for i in a.issues] == [str(i) for i in b.issues]
    assert a.loaded.data.events[1] == b.loaded.data.events[1]


def test_reopening_comes_from_the_cache_and_is_equal(tmp_path: Path) -> None:
    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"
    first = load_event_file(target, cache_dir=cache)
    assert list(cache.glob("events-*/meta.json"))
    second = load_event_file(target, cache_dir=cache)
    same(first, second)


def test_changed_file_is_not_served_from_the_cache(tmp_path: Path) -> None:
    data = minimal()
    target = write(tmp_path, data)
    cache = tmp_path / "cache"
    load_event_file(target, cache_dir=cache)
    data = minimal()
    data["events"][0]["title"] = "Autre titre"
    write(tmp_path, data)
    again = load_event_file(target, cache_dir=cache)
    assert again.loaded is not None
    assert again.loaded.titles[0] == "Autre titre"


def test_changed_document_means_a_full_check(tmp_path: Path) -> None:
    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"
    assert load_event_file(target, cache_dir=cache).ok
    (tmp_path / "article.txt").write_text(TEXT.replace("Niamey", "Niamei"), encoding="utf-8")
    again = load_event_file(target, cache_dir=cache)
    assert not again.ok
    assert any("Niamey" in i.message or "'y'" in i.message for i in again.errors)


def test_corrupt_cache_falls_back_to_a_full_load(tmp_path: Path) -> None:
    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"
    first = load_event_file(target, cache_dir=cache)
    [entry] = cache.glob("events-*/titles_blob.npy")
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    again = load_event_file(target, cache_dir=cache)
    same(first, again)


def test_incomplete_cache_entry_is_ignored(tmp_path: Path) -> None:
    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"
    first = load_event_file(target, cache_dir=cache)
    [meta] = cache.glob("events-*/meta.json")
    meta.unlink()  # as if the writer had been killed before finishing
    same(first, load_event_file(target, cache_dir=cache))


def test_reopening_reads_the_cache_instead_of_validating_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timelineapp.model.loading import chunks as event_chunks

    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"
    first = load_event_file(target, cache_dir=cache)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the events were validated again instead of read from the cache")

    monkeypatch.setattr(event_chunks, "process_chunk", never)
    monkeypatch.setattr(event_chunks, "collect_rows", never)
    monkeypatch.setattr(event_chunks, "collect_gathered", never)  # the road loads take
    same(first, load_event_file(target, cache_dir=cache))


@pytest.mark.parametrize("cache_name", ["blocker/cache", "blocker"])
def test_unwritable_cache_folder_never_breaks_a_load(tmp_path: Path, cache_name: str) -> None:
    # The bug: save() used its temporary folder's name in the error handler before making it,
    # so a cache folder that could not be made (here a file stands in the way) broke the load.
    target = write(tmp_path, minimal())
    (tmp_path / "blocker").write_text("a file, not a folder", encoding="utf-8")
    result = load_event_file(target, cache_dir=tmp_path / cache_name)
    uncached = load_event_file(target)
    assert result.ok
    assert result.loaded is not None
    assert uncached.loaded is not None
    assert list(result.loaded.titles) == list(uncached.loaded.titles)


def test_failed_cache_save_leaves_no_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(load_cache, "_write_npy", full_disk)
    assert load_event_file(target, cache_dir=cache).ok
    assert list(cache.iterdir()) == []


def test_the_least_recently_used_entries_go_when_the_budget_is_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    cache = tmp_path / "cache"
    targets = []
    for name in ("a", "b", "c"):
        folder = tmp_path / name
        folder.mkdir()
        data = minimal()
        data["title"] = f"File {name}"
        targets.append(write(folder, data))
    first, second, third = targets
    load_event_file(first, cache_dir=cache)
    load_event_file(second, cache_dir=cache)
    [size] = {s for _, s, _ in load_cache.entries(cache)}
    # "first" was used long ago, "second" recently: reading an entry marks it used.
    for entry, _, _ in load_cache.entries(cache):
        os.utime(entry / "meta.json", (1, 1))
    load_event_file(second, cache_dir=cache)
    monkeypatch.setattr(load_cache, "BUDGET_BYTES", 2 * size + size // 2)
    load_event_file(third, cache_dir=cache)  # a third entry: one must go
    kept = {load_cache.entries(cache)[i][0].name for i in range(2)}
    hashes = {
        load_cache.cache_path(cache, r.loaded.content_hash).name  # type: ignore[union-attr]
        for r in (load_event_file(second), load_event_file(third))
    }
    assert kept == hashes
    assert load_cache.cache_size(cache) == 2 * size
    load_cache.clear(cache)
    assert load_cache.entries(cache) == []


def test_an_entry_with_another_dtype_is_not_used(tmp_path: Path) -> None:
    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"
    first = load_event_file(target, cache_dir=cache)
    [entry] = cache.glob("events-*/index_earliest.npy")
    values = np.load(entry)
    np.save(entry, values.astype(np.float64))  # same shape, wrong type
    again = load_event_file(target, cache_dir=cache)
    same(first, again)
    assert again.loaded is not None
    assert again.loaded.index.earliest.dtype == np.int64


def test_a_reopen_decodes_a_document_only_when_its_text_is_read(tmp_path: Path) -> None:
    from timelineapp.model.draft import Draft
    from timelineapp.model.loading.read import DecodedOnUse

    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"
    first = load_event_file(target, cache_dir=cache)
    second = load_event_file(target, cache_dir=cache)
    assert first.loaded is not None
    assert second.loaded is not None
    texts = second.loaded.texts
    assert isinstance(texts, DecodedOnUse)
    assert texts._undecoded  # served from the cache: the bytes are kept, not decoded
    draft = Draft.of_loaded(second.loaded)
    assert draft.texts._undecoded  # type: ignore[attr-defined]  # the draft's copy too
    # Every way of reading gives the texts of a full load, decoding them.
    expected = dict(first.loaded.texts)
    assert texts.get("doc") == expected["doc"] == TEXT
    assert dict(draft.texts) == {**draft.texts} == expected
    assert dict(texts.copy().items()) == expected
    assert list(texts.values()) == list(expected.values())
    assert texts == expected
    assert not texts._undecoded


def test_a_reopen_keeps_no_bytes_whose_hash_differs(tmp_path: Path) -> None:
    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"
    load_event_file(target, cache_dir=cache)
    (tmp_path / "article.txt").write_text(TEXT.replace("a", "b", 1), encoding="utf-8")
    again = load_event_file(target, cache_dir=cache)
    assert again.loaded is not None
    assert not again.loaded.texts._undecoded  # type: ignore[attr-defined]  # a full load
    assert again.loaded.texts["doc"] == TEXT.replace("a", "b", 1)


def test_a_big_files_entry_is_written_after_the_load_and_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    monkeypatch.setattr(load_cache, "BACKGROUND_EVENTS", 0)  # every file is "big" here
    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"
    started, release = threading.Event(), threading.Event()
    original = load_cache.save

    def held_save(*args: Any) -> None:
        started.set()
        assert release.wait(30)
        original(*args)

    monkeypatch.setattr(load_cache, "save", held_save)
    first = load_event_file(target, cache_dir=cache)
    assert first.ok  # returned while its entry is still being written
    assert started.wait(30)
    assert load_cache._listed(cache) == []
    threading.Timer(0.05, release.set).start()
    # Reading the cache waits for the entry: the reopen is served from it, whole.
    served: list[LoadResult | None] = []
    from timelineapp.model.loading import pipeline

    def spy(*args: Any) -> LoadResult | None:
        found = original_cached(*args)
        served.append(found)
        return found

    original_cached = pipeline._load_cached
    monkeypatch.setattr(pipeline, "_load_cached", spy)
    second = load_event_file(target, cache_dir=cache)
    assert served
    assert served[0] is not None
    same(first, second)
    assert len(load_cache.entries(cache)) == 1


def test_a_failed_background_save_never_breaks_a_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load_cache, "BACKGROUND_EVENTS", 0)
    target = write(tmp_path, minimal())
    cache = tmp_path / "cache"

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(load_cache, "_write_npy", full_disk)
    assert load_event_file(target, cache_dir=cache).ok
    load_cache.wait_for_saves()
    assert list(cache.iterdir()) == []
    monkeypatch.undo()
    monkeypatch.setattr(load_cache, "MIN_EVENTS", 0)
    assert load_event_file(target, cache_dir=cache).ok  # a full load, which saves now
    assert len(load_cache.entries(cache)) == 1


def test_a_background_save_that_breaks_is_logged_not_raised_in_its_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(load_cache, "BACKGROUND_EVENTS", 0)
    monkeypatch.setattr(load_cache, "MIN_EVENTS", 0)
    target = write(tmp_path, minimal())
    raised: list[object] = []
    monkeypatch.setattr(threading, "excepthook", raised.append)  # what the window shows

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("a bug while packing the columns")

    monkeypatch.setattr(load_cache, "_checksum", broken)
    with caplog.at_level(logging.WARNING, logger=load_cache.__name__):
        assert load_event_file(target, cache_dir=tmp_path / "cache").ok
        load_cache.wait_for_saves()
    assert raised == []
    assert any("a bug while packing" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)


def test_the_cache_size_does_not_wait_for_an_entry_being_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The settings dialog asks for the size on the GUI thread: it is the written entries'
    size at once, not after a background save (which took up to a second at 1M events)."""
    monkeypatch.setattr(load_cache, "MIN_EVENTS", 0)
    cache = tmp_path / "cache"
    load_event_file(write(tmp_path, minimal()), cache_dir=cache)  # one entry, written
    [(_, written, _)] = load_cache.entries(cache)
    monkeypatch.setattr(load_cache, "BACKGROUND_EVENTS", 0)
    started, release = threading.Event(), threading.Event()
    original = load_cache.save

    def held_save(*args: Any) -> None:
        started.set()
        assert release.wait(30)
        original(*args)

    monkeypatch.setattr(load_cache, "save", held_save)
    other = tmp_path / "other"
    other.mkdir()
    data = minimal()
    data["title"] = "Another file"
    assert load_event_file(write(other, data), cache_dir=cache).ok
    assert started.wait(30)
    try:
        assert load_cache.cache_size(cache) == written  # the held save still holds
    finally:
        release.set()
    load_cache.wait_for_saves()
    assert load_cache.cache_size(cache) > written
