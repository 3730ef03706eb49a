"""A cache of what loading a big event file produced, keyed by the file's content hash.

Reopening an unchanged file then skips validation: the columns, titles and search texts come
back from an entry folder of ``.npy`` files in the cache folder. The cache holds no pickles
(numpy arrays and UTF-8 text only), and anything unexpected in it — another version, a shape
or dtype that does not match, a checksum that does not match (of ``meta.json`` and of each
array), a value out of range, a changed document — makes the caller fall back to a full
load, so a stale, corrupt or edited cache can cost time but never give wrong data.

The cache has a size budget (:data:`BUDGET_BYTES`, about 4 GB): after each save, the least
recently used entries are removed until the rest fits (:func:`evict`). Reading an entry marks
it used.

A big file's entry is written by a thread after its load has returned (:func:`save_soon`):
the file is shown meanwhile, since the entry only speeds up the next open. Whatever reads or
lists the cache in this process (:func:`load`, :func:`entries`, :func:`clear`) first waits
for those writes (:func:`wait_for_saves`), so it sees the entry whole, as before.

Beside the entries, a small ``hint-*.json`` per event file (named by a hash of its real path)
says which content hash the file had when last loaded, with its inode, size and modification
time then (:mod:`.cache_hints`). A reopen of a file that looks unchanged reads that entry
(:func:`load_soon`) while the file is still being read and hashed: the entry is used only
once the file's own SHA-256 is the entry's, so a hint can save time, never change what is
served (a wrong or stale one is a wasted read). An evicted entry's hints go with it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import zlib
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, BinaryIO

import msgspec
import numpy as np
import numpy.typing as npt
from msgspec.structs import fields

from ..atomic_write import TEMP_SUFFIX, atomic_folder
from ..digests import sha256_hex
from ..issues import Issue, IssueKind, Severity
from ..packed_strings import PackedStrings
from ..time_index import TimeIndex
from .cache_hints import FileSeen, clear_hints, forget_hints, remember_hash
from .loaded import EventColumns
from .soon import soon
from .split import EventsSplit

CACHE_VERSION = 7  # 5: evidence columns; 6: checksums of meta and arrays; 7: CRC-32 checksums
_log = logging.getLogger(__name__)
# Small files load faster than a cache round trip is worth.
MIN_EVENTS = 20_000
BUDGET_BYTES = 4 << 30
"""The most the cache folder holds: a 1M-event file's entry is about 0.3 GB."""
_ENTRY_GLOB = "events-*"
BACKGROUND_EVENTS = 50_000
"""From this many events on, the entry is written in a thread (:func:`save_soon`): about 60
ms at 100,000 events, 0.8 s at a million, mostly copying arrays into the page cache."""
_saving: list[threading.Thread] = []  # entries being written in the background
_saving_lock = threading.Lock()


def cache_path(cache_dir: Path, content_hash: str) -> Path:
    return cache_dir / f"events-{content_hash[:40]}"


class CacheEntry(msgspec.Struct, frozen=True):
    """What a cache entry gives back: the columns, and what must still match to use them."""

    columns: EventColumns
    array_bounds: tuple[int, int]  # the events array's bytes, to read the header without it
    documents: dict[str, str | None]  # text hashes the entry's provenance checks were made on
    issues: list[Issue]
    content_hash: str = ""  # the file's SHA-256 the entry was saved for


class NewEntry(msgspec.Struct, frozen=True):
    """What a cache entry is written from: a load's content hash, its documents' text hashes,
    split, columns and issues; the most bytes the cache may then hold (None:
    :data:`BUDGET_BYTES`) and the file whose hint to write (None: none)."""

    cache_dir: Path
    content_hash: str
    document_hashes: dict[str, str | None]
    split: EventsSplit
    columns: EventColumns
    issues: list[Issue]
    budget: int | None = None
    seen: FileSeen | None = None


def save(new: NewEntry) -> None:
    """Write the cache entry (a folder of .npy files) atomically; failures are logged only.

    Then the least recently used entries go until the cache fits ``new.budget`` (the user's
    setting), and the hint that the file ``new.seen`` holds this content is written.
    """
    cache_dir, content_hash, columns = new.cache_dir, new.content_hash, new.columns
    index, titles, ids = columns.index, columns.titles, columns.ids
    array_bounds = (new.split.array_start, new.split.array_end)
    arrays: dict[str, npt.NDArray[Any]] = {
        f"index_{f.name}": np.asarray(getattr(index, f.name))
        for f in fields(index)
        if f.name not in ("roles", "count")
    }
    for name, values in (("titles", titles), ("ids", ids)):
        packed = values if isinstance(values, PackedStrings) else PackedStrings.pack(values)
        arrays[f"{name}_blob"] = packed.buffer
        arrays[f"{name}_offsets"] = packed.offsets
    arrays["search_folded"] = np.frombuffer(columns.search_blob, dtype=np.uint8)
    assert columns.spans is not None
    arrays["spans"] = columns.spans
    arrays["passages"] = columns.passage_rows
    meta = {
        "version": CACHE_VERSION,
        "content_hash": content_hash,
        "documents": new.document_hashes,
        "array_bounds": list(array_bounds),
        "count": index.count,
        "roles": list(index.roles),
        "shapes": {name: list(array.shape) for name, array in arrays.items()},
        "dtypes": {name: array.dtype.str for name, array in arrays.items()},
        "issues": [i.to_json() for i in new.issues],
        "checksums": {name: _checksum(array) for name, array in arrays.items()},
    }
    meta["meta_checksum"] = _meta_checksum(meta)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with atomic_folder(cache_path(cache_dir, content_hash)) as folder:
            for name, array in arrays.items():
                with open(folder / f"{name}.npy", "wb") as file:
                    _write_npy(file, array)
            # meta.json last: an entry without it is incomplete and never read.
            (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        evict(cache_dir, BUDGET_BYTES if new.budget is None else new.budget)
        if new.seen is not None and cache_path(cache_dir, content_hash).is_dir():  # kept
            remember_hash(cache_dir, new.seen, content_hash)
    except OSError:
        # A cache that cannot be written (read-only, full, a file where the folder should
        # be) costs the next open its speed, never this load.
        _log.warning("cannot write the load cache in %s", cache_dir, exc_info=True)


def save_soon(new: NewEntry) -> None:
    """:func:`save`, in a thread when the file has :data:`BACKGROUND_EVENTS` events or more
    (the caller goes on: the entry is only for the next open); here otherwise.

    The thread holds the Python lock only between its writes and checksums (both let other
    threads run). The columns are never changed once loaded (a reopen gets read-only
    mappings), so the thread reads them as they are. A process that ends normally waits for
    it (a plain thread); one that ends abruptly leaves a temporary ``.part`` folder, which
    the next start removes (``model/leftovers.py``, the cache folder's own rule).
    """
    if new.split.count < BACKGROUND_EVENTS:
        save(new)
        return
    thread = threading.Thread(target=_save_logged, args=(new,), name="load-cache-save")
    with _saving_lock:
        _saving[:] = [t for t in _saving if t.is_alive()]
        _saving.append(thread)
    try:
        thread.start()
    except RuntimeError:  # no thread to be had: write it now
        with _saving_lock:
            _saving.remove(thread)
        save(new)


def _save_logged(new: NewEntry) -> None:
    """:func:`save` in its thread: any failure is logged, never shown. Only the next open's
    speed is at stake, and the window may be gone (a save goes on after quitting)."""
    try:
        save(new)
    except Exception:
        _log.warning("writing the load cache failed", exc_info=True)


def wait_for_saves() -> None:
    """Return once the entries being written in the background (:func:`save_soon`) are
    written, or have failed (a failure is logged by the thread)."""
    with _saving_lock:
        pending = [t for t in _saving if t is not threading.current_thread()]
    for thread in pending:
        thread.join()
    with _saving_lock:
        _saving[:] = [t for t in _saving if t.is_alive()]


_PIECE = 4 << 20


def _write_npy(file: BinaryIO, array: npt.NDArray[Any]) -> None:
    """Write ``array`` as a ``.npy`` file in 4 MB pieces straight from its memory.

    ``np.save`` to a real file writes a whole array in one call that holds the GIL (saving a
    million events' cache from the loading thread froze the window for up to 70 ms), and to
    anything else copies it 16 MB at a time (memory the load's peak paid for). The header is
    numpy's own; the data are the array's bytes, written piece by piece from a memoryview
    (each write lets the window run).
    """
    array = np.ascontiguousarray(array)
    np.lib.format.write_array_header_1_0(file, np.lib.format.header_data_from_array_1_0(array))
    data = array.data.cast("B") if array.size else memoryview(b"")
    for start in range(0, len(data), _PIECE):
        file.write(data[start : start + _PIECE])


def load(cache_dir: Path, content_hash: str) -> CacheEntry | None:
    """The cached load of this content, or None when absent, incomplete or unreadable.

        The caller must still compare ``documents`` (text hashes) with the documents as they
    are now: provenance checks depend on them.
    """
    wait_for_saves()  # an entry this process is writing (this file's, say) is read whole
    folder = cache_path(cache_dir, content_hash)
    meta = _meta(folder, content_hash)
    return None if meta is None else _entry(folder, meta, content_hash)


class PendingEntry(msgspec.Struct, frozen=True):
    """An entry whose ``meta.json`` was read, its arrays being mapped and checked in a thread
    (:func:`load_soon`): where its file's events array lies and the documents' text hashes
    it was made for are known at once."""

    array_bounds: tuple[int, int]
    documents: dict[str, str | None]
    entry: Callable[[], CacheEntry | None]  # waits for the thread: the entry, or None


def load_soon(cache_dir: Path, content_hash: str) -> PendingEntry | None:
    """:func:`load`, its ``meta.json`` read now (None when that says no entry), its arrays
    mapped and checksummed in a thread: that lets other threads run, so a reopen reads and
    hashes the event file, its header and documents meanwhile."""
    wait_for_saves()
    folder = cache_path(cache_dir, content_hash)
    meta = _meta(folder, content_hash)
    if meta is None:
        return None
    try:
        start, end = (int(v) for v in meta["array_bounds"])
        documents = meta["documents"]
    except (KeyError, TypeError, ValueError):
        return None
    if not isinstance(documents, dict):
        return None
    arrays = soon(lambda: _entry(folder, meta, content_hash), "load-cache-read")
    return PendingEntry((start, end), documents, arrays)


def _meta(folder: Path, content_hash: str) -> dict[str, Any] | None:
    """An entry's ``meta.json``, if it is whole, of this version and this content."""
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(meta, dict):
        return None
    if meta.get("version") != CACHE_VERSION or meta.get("content_hash") != content_hash:
        return None
    if meta.get("meta_checksum") != _meta_checksum(meta):
        _log.warning("the load cache entry %s was edited: loading in full", folder.name)
        return None
    return meta


def _entry(folder: Path, meta: dict[str, Any], content_hash: str) -> CacheEntry | None:
    """The entry ``meta`` describes, its arrays mapped and checked; None if any is not
    whole, of its shape and type, of its checksum, or its values out of range."""
    try:
        arrays = {}
        dtypes, checksums = meta["dtypes"], meta["checksums"]
        if set(meta["shapes"]) != set(checksums):
            return None
        for name, shape in meta["shapes"].items():
            # A plain ndarray view of the mapping: memmap's own __getitem__ is slow per item.
            # Mapped, not read: the checksum touches each page once, from the page cache, with
            # no copy (reading into new memory measured 1.3 s against 0.2 s at 1M events).
            array = np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False))
            if list(array.shape) != shape or array.dtype.str != dtypes[name]:
                return None
            if _checksum(array) != checksums[name]:
                _log.warning("the load cache entry %s is damaged: loading in full", folder.name)
                return None
            arrays[name] = array
        index_args: dict[str, Any] = {
            "count": int(meta["count"]),
            "roles": tuple(meta["roles"]),
        }
        for f in fields(TimeIndex):
            if f.name not in index_args:
                index_args[f.name] = arrays[f"index_{f.name}"]
        columns = EventColumns(
            index=TimeIndex(**index_args),
            titles=PackedStrings(arrays["titles_blob"], arrays["titles_offsets"]),
            ids=PackedStrings(arrays["ids_blob"], arrays["ids_offsets"]),
            search_blob=arrays["search_folded"],
            passage_rows=arrays["passages"],
            spans=arrays["spans"],
        )
        start, end = (int(v) for v in meta["array_bounds"])
        issues = [_issue(i) for i in meta["issues"]]
        entry = CacheEntry(columns, (start, end), meta["documents"], issues, content_hash)
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None
    count = columns.index.count
    sizes = {len(columns.titles), len(columns.ids)}
    # The folded search texts hold one separator fewer than events (the search index checks).
    if sizes != {count} or arrays["spans"].shape[0] != count:
        return None
    if not _in_range(arrays, count, len(entry.documents), entry.array_bounds):
        return None
    _mark_used(folder)
    return entry


def _checksum(array: npt.NDArray[Any]) -> str:
    """CRC-32 of an array's bytes (about 4 GB/s here, twice SHA-256's speed).

    A checksum, not a seal: it catches any edit or damage of a few bytes (every single-byte
    change, every burst up to 32 bits), and the cache holds nothing a key would protect (it
    is the user's own folder; an attacker who can write there can write the event file).
    """
    return f"{zlib.crc32(np.ascontiguousarray(array).data):08x}"


def _meta_checksum(meta: dict[str, Any]) -> str:
    rest = {key: value for key, value in meta.items() if key != "meta_checksum"}
    return sha256_hex(json.dumps(rest, sort_keys=True).encode())


def _in_range(
    arrays: dict[str, npt.NDArray[Any]], count: int, documents: int, bounds: tuple[int, int]
) -> bool:
    """Values the views index with stay inside what they index: an offset out of range
    would raise in a paint event, or show another event's title."""
    for name in ("titles", "ids"):
        offsets, blob = arrays[f"{name}_offsets"], arrays[f"{name}_blob"]
        if offsets.size and (
            int(offsets[0]) < 0
            or int(offsets[-1]) > blob.size
            or bool(np.any(np.diff(offsets) < 0))
        ):
            return False
    spans = arrays["spans"]
    if spans.size and (
        int(spans.min()) < bounds[0]
        or int(spans.max()) > bounds[1]
        or bool(np.any(spans[:, 1] < spans[:, 0]))
    ):
        return False
    passages = arrays["passages"]
    if passages.size and (
        int(passages[:, 0].min()) < 0
        or int(passages[:, 0].max()) >= documents
        or int(passages[:, 3].min()) < 0
        or int(passages[:, 3].max()) >= count
        or bool(np.any(passages[:, 2] < passages[:, 1]))
        or int(passages[:, 1].min()) < 0
    ):
        return False
    actor_ptr = arrays.get("index_actor_ptr")
    return (
        actor_ptr is None
        or not actor_ptr.size
        or (int(actor_ptr[0]) == 0 and bool(np.all(np.diff(actor_ptr) >= 0)))
    )


def _mark_used(folder: Path) -> None:
    # A read-only cache still serves; it just cannot keep its order.
    with suppress(OSError):
        (folder / "meta.json").touch()


def entries(cache_dir: Path) -> list[tuple[Path, int, float]]:
    """Every entry folder with its size in bytes and when it was last used, oldest first
    (once the entries being written in the background are written)."""
    wait_for_saves()
    return _listed(cache_dir)


def _listed(cache_dir: Path) -> list[tuple[Path, int, float]]:
    """:func:`entries` as they are now (a save evicting must not wait for another save)."""
    found = []
    for folder in cache_dir.glob(_ENTRY_GLOB):
        try:
            size = sum(f.stat().st_size for f in folder.iterdir())
            used = (folder / "meta.json").stat().st_mtime
        except OSError:
            continue  # being written or removed by another process, or incomplete
        found.append((folder, size, used))
    return sorted(found, key=lambda entry: entry[2])


def cache_size(cache_dir: Path) -> int:
    """Bytes the cache's written entries take (for the settings dialog, which shows it on the
    GUI thread: an entry still being written in the background is not waited for, which
    froze the dialog's opening for up to a second after a million-event load, and counts
    once written)."""
    return sum(size for _, size, _ in _listed(cache_dir))


def evict(cache_dir: Path, budget: int) -> None:
    """Remove the least recently used entries until the rest take at most ``budget`` bytes,
    and the hints naming them."""
    listed = _listed(cache_dir)
    total = sum(size for _, size, _ in listed)
    removed: set[str] = set()
    for folder, size, _ in listed:
        if total <= budget:
            break
        if _remove(folder):
            removed.add(folder.name)
        total -= size
    if removed:
        forget_hints(
            cache_dir, lambda content_hash: cache_path(cache_dir, content_hash).name in removed
        )


def _remove(folder: Path) -> bool:
    """Take an entry out of the cache in one rename, then delete it; whether it was taken.

    A load that looks the entry up sees all of it or none of it (a miss), never a folder half
    deleted. An entry a window has open stays valid: its arrays are memory-mapped, and an
    unlinked file's mapping lives on (POSIX); where it does not, what cannot be deleted is
    left under the hidden name, out of the cache's sight.
    """
    hidden = folder.with_name(f".{folder.name}.removed{TEMP_SUFFIX}")
    try:
        os.replace(folder, hidden)
    except OSError:
        return False  # already gone, or being replaced by a save: not ours to remove now
    shutil.rmtree(hidden, ignore_errors=True)
    return True


def clear(cache_dir: Path) -> None:
    """Remove every entry and hint (a settings action)."""
    wait_for_saves()
    evict(cache_dir, 0)
    clear_hints(cache_dir)


def _issue(data: dict[str, Any]) -> Issue:
    return Issue(
        Severity(data["severity"]),
        IssueKind(data["kind"]),
        data["file"],
        data["path"],
        data["message"],
        data["line"],
        data["column"],
        code=data.get("code", ""),
        arguments=tuple((str(k), str(v)) for k, v in data.get("arguments", {}).items()),
        found=_found(data.get("found")),
    )


def _found(data: Any) -> tuple[str, str] | None:
    return (str(data[0]), str(data[1])) if isinstance(data, list) and len(data) == 2 else None
