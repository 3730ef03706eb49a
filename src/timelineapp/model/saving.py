"""Saving an event file: written atomically with a backup, never past what the loader opens.

The bytes come from :mod:`.saved_layout` (indented or compact, the file's layout as opened,
unchanged events copied from its bytes). A crash at any moment leaves the old file or the new
one; the previous version is kept as ``NAME.bak``; a file changed on disk since it was opened
is not overwritten unless asked (:class:`FileStamp`, :func:`changed_on_disk`); documents
kept as text are written beside the file when missing, under a free name when another file
holds theirs. Nothing is written that the loader would refuse: an indented save that would
pass the limit is written compact instead (a file the user can open again beats a readable
one they cannot), and a compact one that would pass it is refused with a :class:`SaveError`
(the file on disk and the edits stay).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import msgspec

from . import save_refusals
from .atomic_write import atomic_open
from .draft import Draft
from .free_names import free_name
from .integrity import sha256_text
from .loading.read import MAX_EVENT_FILE_BYTES, real_path, size_text
from .saved_layout import Layout, draft_chunks, opened_layout

_log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".bak"


class SaveError(Exception):
    """Saving failed; the file on disk is as it was. The message says why in English (the
    log, the command line); ``code`` (:mod:`.save_refusals`) and ``arguments`` say it for
    the window, which words it in its own language."""

    def __init__(self, message: str, code: str = save_refusals.SYSTEM, **arguments: str) -> None:
        super().__init__(message)
        self.code = code
        self.arguments: dict[str, str] = arguments


class _TooBig(Exception):
    """The file being written passed the size the loader opens (internal to saving)."""


class _Unchanged(Exception):
    """The bytes written are the file's own: nothing to replace (internal to saving)."""


class ChangedOnDisk(SaveError):
    """The file was changed by someone else since it was opened or last saved."""


class FileStamp(msgspec.Struct, frozen=True):
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
    import hashlib  # at the first save: OpenSSL is not loaded at start (model/digests.py)

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


# --- writing -----------------------------------------------------------------------------------
def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def _write_atomically(
    path: Path,
    chunks: Iterator[bytes | memoryview],
    keep_backup: bool,
    max_bytes: int | None = None,
) -> str:
    """Write ``path`` through the shared atomic writer; returns the SHA-256 written.

    A crash or an error at any moment leaves either the old file or the new one, never half
    of one. The old version is kept as ``NAME.bak``, linked just before the new one replaces
    it, so the two never share a moment of absence. Past ``max_bytes`` the write is
    abandoned (:class:`_TooBig`), the old file and its backup untouched.

    With ``keep_backup``, bytes equal to the file's own are not written at all: the file
    keeps its time, and its ``.bak`` keeps the version before the last real change (a save
    with nothing changed replaced it with a copy of the file, QA #143).
    """
    import hashlib  # at the first save: OpenSSL is not loaded at start (model/digests.py)

    digest = hashlib.sha256()
    written = 0
    try:
        with atomic_open(path) as handle:
            for chunk in chunks:
                written += len(chunk)
                if max_bytes is not None and written > max_bytes:
                    raise _TooBig
                digest.update(chunk)
                handle.write(chunk)
            if keep_backup and path.exists():
                if _same_bytes(path, written, digest.hexdigest()):
                    raise _Unchanged  # the temporary file is removed, nothing replaced
                _keep_backup(path)
    except _Unchanged:
        _log.info("%s: saved bytes equal to the file's, left as it is", path)
    return digest.hexdigest()


def _same_bytes(path: Path, size: int, sha256: str) -> bool:
    """Whether ``path`` holds ``size`` bytes whose SHA-256 is ``sha256`` (hashed only when
    the size is the same)."""
    try:
        return path.stat().st_size == size and _file_hash(path) == sha256
    except OSError:
        return False


def _keep_backup(path: Path) -> None:
    backup = backup_path(path)
    backup.unlink(missing_ok=True)
    try:
        os.link(path, backup)  # the old version stays where it is until the rename
    except OSError:
        shutil.copy2(path, backup)  # a file system without hard links


def _write_documents(draft: Draft, folder: Path) -> dict[str, str]:
    """Write the text of each ``path`` document that has no file yet in ``folder``; returns
    the documents that had to take another name (id → path).

    Existing files are never touched: documents are evidence, and a changed one is reported
    by the loader, not repaired. A file already there that holds *other* text (a Save As
    into a folder with its own ``article.txt``) is not this document: the text is written
    under a free name and the event file records that name (QA #63: the path was kept and
    pointed at the stranger's file, with the real article's SHA-256).
    """
    root = folder.resolve()
    moved: dict[str, str] = {}
    used = {d.path for d in draft.header.documents if d.path}
    for document in draft.header.documents:
        if document.path is None:
            continue
        target = (root / document.path).resolve()
        if not target.is_relative_to(root):
            raise SaveError(
                f"document path {document.path!r} leads outside the folder",
                save_refusals.PATH_OUTSIDE,
                path=document.path,
                folder=str(root),
            )
        text = draft.texts.get(document.id)
        if target.exists():
            wanted = document.sha256 or (None if text is None else sha256_text(text))
            if wanted is None or _file_hash(target) == wanted:
                continue  # this document's own file (or nothing to compare it with)
            if text is None:
                raise SaveError(
                    f"{document.path!r} in {root} is another file than document "
                    f"{document.id!r}, and its text is not available to write under another name",
                    save_refusals.OTHER_FILE,
                    path=document.path,
                    folder=str(root),
                    document=document.id,
                )
            name = free_name(document.path, lambda n: n in used or (root / n).exists())
            used.add(name)
            moved[document.id] = name
            target = root / name
        if text is None:
            raise SaveError(
                f"document {document.id!r} has no file {document.path!r} in {root} "
                "and its text is not available to write one",
                save_refusals.NO_TEXT,
                document=document.id,
                path=document.path,
                folder=str(root),
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, iter([text.encode("utf-8")]), keep_backup=False)
    return moved


def _renamed(draft: Draft, moved: dict[str, str]) -> None:
    """Record the documents' new names in the draft (saved now, and kept for later saves)."""
    documents = [
        d.model_copy(update={"path": moved[d.id]}) if d.id in moved else d
        for d in draft.header.documents
    ]
    draft.header = draft.header.model_copy(update={"documents": documents})


def _write_draft(draft: Draft, path: Path, max_bytes: int) -> str:
    """Write the event file in the opened file's layout (else indented), compact when that
    would pass ``max_bytes``; :class:`SaveError` when even compact would."""
    found = opened_layout(draft)
    layout = found or Layout.INDENTED
    while True:
        chunks = draft_chunks(draft, layout, copy=found is layout)
        try:
            return _write_atomically(path, chunks, keep_backup=True, max_bytes=max_bytes)
        except _TooBig:
            if layout is Layout.COMPACT:
                raise SaveError(
                    f"cannot save {path.name}: it would be over {size_text(max_bytes)}, "
                    "the most timelineapp opens, even with one event per line; remove "
                    "events or split the file",
                    save_refusals.TOO_BIG,
                    name=path.name,
                    limit=str(max_bytes),
                ) from None
            _log.info("%s: over %d bytes indented, saved one event per line", path, max_bytes)
            layout = Layout.COMPACT


def save_draft(
    draft: Draft,
    path: Path,
    expected: FileStamp | None = None,
    force: bool = False,
    max_bytes: int | None = None,
) -> FileStamp:
    """Save ``draft`` to ``path``; returns the stamp of the file written.

    ``expected`` is what the file was when opened or last saved: if it changed on disk
    since, :class:`ChangedOnDisk` is raised and nothing is written, unless ``force``.
    Documents stored as files are written beside it when missing (a Save As elsewhere).
    ``max_bytes`` (default: what the loader opens) is never passed: see the module's note.
    """
    # Through a symbolic link: the real file is replaced (its .bak beside it) and keeps
    # being the link's target; replacing the link itself left the real file without the
    # edits (QA #64).
    path = real_path(path)
    if expected is not None and not force and changed_on_disk(path, expected):
        raise ChangedOnDisk(
            f"{path.name} was changed on disk since it was opened",
            save_refusals.CHANGED_ON_DISK,
            name=path.name,
        )
    limit = MAX_EVENT_FILE_BYTES if max_bytes is None else max_bytes
    try:
        moved = _write_documents(draft, path.parent)
        if moved:
            _renamed(draft, moved)
        digest = _write_draft(draft, path, limit)
        return FileStamp.of(path, digest)
    except OSError as error:
        raise SaveError(
            f"cannot save {path.name}: {error.strerror or error}",
            save_refusals.SYSTEM,
            name=path.name,
        ) from error
