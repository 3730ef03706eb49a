"""Saving an event file: a stable, diff-friendly layout, written atomically with a backup.

The layout is the model's key order, two-space indent, UTF-8 without ``\\u`` escapes, no
``null`` fields, and a final newline: an analyst can keep event files in git and read a
change as a diff, and a file saved by timelineapp, opened and saved again, gives back the
same bytes.

Big files are not rebuilt to be saved: events unchanged since the file was opened are
copied from its bytes (runs of them in one write), and only the events made or changed
while editing are serialised, so saving after one edit of a million-event file costs about
one copy of the file.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .draft import Draft
from .file_format import Event, EventFile
from .loader import LazyEvents

BACKUP_SUFFIX = ".bak"
_EVENT_INDENT = "\n    "  # events sit two levels deep: {"events": [ {...} ]}
_WHITESPACE = b" \t\r\n"


class SaveError(Exception):
    """Saving failed; the file on disk is as it was. The message says why, for the user."""


class ChangedOnDisk(SaveError):
    """The file was changed by someone else since it was opened or last saved."""


@dataclass(frozen=True)
class FileStamp:
    """What a file on disk was when we last read or wrote it."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path, sha256: str | None = None) -> FileStamp:
        """The stamp of ``path`` now (hashing it unless its hash is known)."""
        stat = path.stat()
        return cls(stat.st_mtime_ns, stat.st_size, sha256 or _file_hash(path))


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()


def changed_on_disk(path: Path, stamp: FileStamp) -> bool:
    """Whether ``path`` differs from what ``stamp`` recorded (deleted counts as changed).

    Time and size alike mean unchanged, as for every editor; a new time with the same size
    (a ``touch``, a ``git checkout`` of the same content) is decided by the content hash.
    """
    try:
        stat = path.stat()
    except FileNotFoundError:
        return True
    if stat.st_size != stamp.size:
        return True
    if stat.st_mtime_ns == stamp.mtime_ns:
        return False
    return _file_hash(path) != stamp.sha256


# --- layout ------------------------------------------------------------------------------------
def _dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _plain(model: EventFile | Event) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_none=True)


def event_text(event: Event) -> str:
    """One event as it appears in a saved file, with the comma-less prefix before it."""
    # pydantic writes the same text as json.dumps(indent=2, ensure_ascii=False) of the
    # dumped dict (a test holds it to that), several times faster.
    text = event.model_dump_json(indent=2, exclude_none=True)
    return _EVENT_INDENT + text.replace("\n", _EVENT_INDENT)


def _header_parts(header: EventFile) -> tuple[str, str]:
    """The text before the first event and after the last (``events`` is the last key)."""
    fields = _plain(header)
    fields.pop("events", None)
    head = _dumps(fields)
    assert head.endswith("\n}")
    return head[:-2] + ',\n  "events": [', "\n  ]\n}\n"


def file_text(data: EventFile) -> str:
    """A whole (materialised) file in the saved layout."""
    before, after = _header_parts(data)
    if not data.events:
        return before + "]\n}\n"
    return before + ",".join(event_text(e) for e in data.events) + after


# --- the events' original bytes ----------------------------------------------------------------
def original_bytes(events: Sequence[Event]) -> tuple[bytes, npt.NDArray[np.int64]] | None:
    """The opened file's bytes and each event's span in them, when the loader kept them.

    The one place that knows how the loader keeps a big file's events.
    """
    if isinstance(events, LazyEvents):
        return events._raw, events._spans
    return None


def _stripped_end(raw: bytes, end: int) -> int:
    while end > 0 and raw[end - 1] in _WHITESPACE:
        end -= 1
    return end


def _in_saved_layout(raw: bytes, spans: npt.NDArray[np.int64], base: Sequence[Event]) -> bool:
    """Whether the opened file's events are laid out as we save them (checked on a sample:
    a file saved by timelineapp is; one written by hand or another tool usually is not)."""
    count = len(base)
    for k in sorted({0, count // 2, count - 1}):
        start, end = int(spans[k, 0]), _stripped_end(raw, int(spans[k, 1]))
        if raw[start:end] != event_text(base[k]).encode("utf-8"):
            return False
    return True


def _runs(slots: npt.NDArray[np.int64]) -> Iterator[tuple[int, int, int]]:
    """(first position, last position + 1, first slot) of each run of consecutive slots."""
    if not slots.size:
        return
    breaks = np.flatnonzero((np.diff(slots) != 1) | (slots[1:] < 0) | (slots[:-1] < 0)) + 1
    starts = np.concatenate(([0], breaks))
    ends = np.concatenate((breaks, [slots.size]))
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        yield a, b, int(slots[a])


def draft_chunks(draft: Draft) -> Iterator[bytes | memoryview]:
    """The bytes of the saved file, in pieces (unchanged runs of events are views)."""
    before, after = _header_parts(draft.header)
    events = draft.events
    slots = events.slots()
    if not slots.size:
        yield (before + "]\n}\n").encode("utf-8")
        return
    yield before.encode("utf-8")
    original = original_bytes(events.base)
    copy = original is not None and _in_saved_layout(original[0], original[1], events.base)
    view = memoryview(original[0]) if original is not None else None
    first = True
    for a, b, slot in _runs(slots):
        if not first:
            yield b","
        first = False
        if copy and slot >= 0 and original is not None and view is not None:
            raw, spans = original
            start = int(spans[slot, 0])
            end = _stripped_end(raw, int(spans[slot + (b - a) - 1, 1]))
            yield view[start:end]
            continue
        pieces = [event_text(events.event_of(s)) for s in slots[a:b].tolist()]
        yield ",".join(pieces).encode("utf-8")
    yield after.encode("utf-8")


# --- writing -----------------------------------------------------------------------------------
def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def _write_atomically(path: Path, chunks: Iterator[bytes | memoryview], keep_backup: bool) -> str:
    """Write ``path`` through a temporary file in its folder; returns the SHA-256 written.

    The temporary file is flushed to disk, then renamed over ``path``: a crash or an error
    at any moment leaves either the old file or the new one, never half of one. The old
    version is kept as ``NAME.bak``.
    """
    # TODO(loading): replace by the shared atomic writer once it is merged.
    folder = path.parent
    temporary = folder / f".{path.name}.{os.getpid()}.tmp"
    digest = hashlib.sha256()
    try:
        with temporary.open("wb") as handle:
            for chunk in chunks:
                digest.update(chunk)
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            _keep_backup(path)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    return digest.hexdigest()


def _keep_backup(path: Path) -> None:
    backup = backup_path(path)
    backup.unlink(missing_ok=True)
    try:
        os.link(path, backup)  # the old version stays where it is until the rename
    except OSError:
        import shutil

        shutil.copy2(path, backup)  # a file system without hard links


def _sync_folder(folder: Path) -> None:
    # The rename is durable only once the folder is flushed (POSIX); Windows cannot open one.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_documents(draft: Draft, folder: Path) -> None:
    """Write the text of each ``path`` document that has no file yet in ``folder``.

    Existing files are never touched: documents are evidence, and a changed one is reported
    by the loader, not repaired.
    """
    root = folder.resolve()
    for document in draft.header.documents:
        if document.path is None:
            continue
        target = (root / document.path).resolve()
        if not target.is_relative_to(root):
            raise SaveError(f"document path {document.path!r} leads outside the folder")
        if target.exists():
            continue
        text = draft.texts.get(document.id)
        if text is None:
            raise SaveError(
                f"document {document.id!r} has no file {document.path!r} in {root} "
                "and its text is not available to write one"
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, iter([text.encode("utf-8")]), keep_backup=False)


def save_draft(
    draft: Draft, path: Path, expected: FileStamp | None = None, force: bool = False
) -> FileStamp:
    """Save ``draft`` to ``path``; returns the stamp of the file written.

    ``expected`` is what the file was when opened or last saved: if it changed on disk
    since, :class:`ChangedOnDisk` is raised and nothing is written, unless ``force``.
    Documents stored as files are written beside it when missing (a Save As elsewhere).
    """
    if expected is not None and not force and changed_on_disk(path, expected):
        raise ChangedOnDisk(f"{path.name} was changed on disk since it was opened")
    try:
        _write_documents(draft, path.parent)
        digest = _write_atomically(path, draft_chunks(draft), keep_backup=True)
        return FileStamp.of(path, digest)
    except OSError as error:
        raise SaveError(f"cannot save {path.name}: {error.strerror or error}") from error
