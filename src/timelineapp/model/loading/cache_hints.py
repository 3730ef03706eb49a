"""The load cache's hints: which content hash an event file had when last loaded.

A hint is a small ``hint-*.json`` in the cache folder, named by a hash of the file's real
path, holding the file as the system described it then (:class:`FileSeen`: path, inode,
size, modification time) and its content hash. It only lets a reopen start reading the
cache entry early (:mod:`.cache` explains why a wrong one costs a read, never a wrong load).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import msgspec

from ..atomic_write import atomic_write
from ..digests import sha256_hex

_HINT_GLOB = "hint-*.json"


class FileSeen(msgspec.Struct, frozen=True):
    """An event file as the system describes it: its real path, and what changes when its
    bytes are changed or replaced (inode, size, modification time)."""

    path: str
    device: int
    inode: int
    size: int
    modified_ns: int


def file_seen(path: Path) -> FileSeen | None:
    """What the system says of ``path`` now (links followed); None when it cannot say."""
    try:
        info = os.stat(path)
        real = os.path.realpath(path)
    except (OSError, ValueError):
        return None
    return FileSeen(real, info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _hint_path(cache_dir: Path, seen: FileSeen) -> Path:
    key = sha256_hex(os.fsencode(seen.path))[:32]
    return cache_dir / f"hint-{key}.json"


_HINT = msgspec.json.Decoder(dict[str, Any])
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def hinted_hash(cache_dir: Path, seen: FileSeen) -> str | None:
    """The content hash the file had when last loaded, if it still looks the same (same
    path, inode, size and modification time); None otherwise. Only a guess: see the module
    doc."""
    try:
        hint = _HINT.decode(_hint_path(cache_dir, seen).read_bytes())
    except (OSError, msgspec.DecodeError):
        return None
    content_hash = hint.get("content_hash")
    if hint.get("file") != msgspec.to_builtins(seen) or not isinstance(content_hash, str):
        return None
    # It names a folder: a SHA-256 in hex, nothing else.
    return content_hash if _SHA256_HEX.fullmatch(content_hash) else None


def remember_hash(cache_dir: Path, seen: FileSeen, content_hash: str) -> None:
    """Write the hint that the file ``seen`` holds ``content_hash`` (failures ignored: a
    missing hint costs the next reopen some speed only)."""
    hint = {"file": msgspec.to_builtins(seen), "content_hash": content_hash}
    with suppress(OSError):
        cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(_hint_path(cache_dir, seen), json.dumps(hint))


def forget_hints(cache_dir: Path, gone: Callable[[str], bool]) -> None:
    """Remove the hints naming a content hash whose entry is ``gone`` (evicted): a hint per
    big file's path would otherwise stay for good. A hint another process rewrites
    meanwhile may go too, which costs its file's next reopen some speed only."""
    for hint_file in cache_dir.glob(_HINT_GLOB):
        try:
            hint = _HINT.decode(hint_file.read_bytes())
        except (OSError, msgspec.DecodeError):
            continue
        content_hash = hint.get("content_hash")
        if isinstance(content_hash, str) and gone(content_hash):
            with suppress(OSError):
                hint_file.unlink()


def clear_hints(cache_dir: Path) -> None:
    """Remove every hint (with the entries, a settings action)."""
    for hint in cache_dir.glob(_HINT_GLOB):
        with suppress(OSError):
            hint.unlink()
