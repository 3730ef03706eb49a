"""Reading files from strangers: the event file's bytes and its documents' texts.

Only regular files are read. Each is opened without blocking (a FIFO named
``x.timeline.json`` would otherwise wait forever for a writer) and checked with ``fstat`` on
the opened descriptor (so a symlink swapped after a check cannot lead elsewhere), and sizes
are capped: :data:`MAX_EVENT_FILE_BYTES` for an event file, :data:`MAX_DOCUMENT_BYTES` for a
document (``/dev/zero`` or a huge file is refused with a message, never read until memory
runs out). A document's path cannot leave the event file's folder.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..file_format import Document, EventFile
from ..integrity import sha256_text
from ..issues import Issue, IssueKind, Severity

MAX_EVENT_FILE_BYTES = 1 << 30
"""1 GiB: about 2.5 million events. Opening takes about 3× the file's size in memory."""
MAX_DOCUMENT_BYTES = 100 << 20
"""100 MiB of text per document: far more than any article or book."""


class DocumentState:
    """Whether a document's text could be read and still matches its recorded hash."""

    OK = "ok"
    MISSING = "missing"  # unreadable or outside the event file's folder
    CHANGED = "changed"  # sha256 differs: the copy is not the one that was quoted
    NO_TEXT = "no-text"  # known only through other documents' quotations (evidence)


class ReadError(Exception):
    """A file that cannot be read; the message says what was expected and found."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _size(count: int) -> str:
    return f"{count / (1 << 20):,.1f} MB" if count >= 1 << 20 else f"{count:,} bytes"


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Raises :class:`ReadError` with a sentence for the user, whatever went wrong.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ReadError("file not found") from None
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        raise ReadError(_reason(error)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            raise ReadError(f"expected a regular file, found {_kind(info.st_mode)}")
        if info.st_size > limit:
            os.close(fd)
            raise ReadError(
                f"expected at most {_size(limit)}, found {_size(info.st_size)}: "
                f"the file is too big to open"
            )
        with os.fdopen(fd, "rb") as handle:
            # Sized by fstat (a read of ``limit`` bytes would allocate them first); a file
            # that grows while it is read is read on, up to the limit.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(limit + 1 - len(data))
    except OSError as error:
        raise ReadError(_reason(error)) from None
    if len(data) > limit:
        raise ReadError(f"expected at most {_size(limit)}, found more: the file is growing")
    return data


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    return "the path holds a NUL character"


@dataclass
class DocumentTexts:
    """The documents of a file as read now: text, state and text hash by document id."""

    texts: dict[str, str | None] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)
    # SHA-256 of each text as read (None when unreadable): the load cache compares by these.
    hashes: dict[str, str | None] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    def by_number(self, documents: Sequence[Document]) -> list[str | None]:
        """The texts in the order of ``documents`` (chunks refer to documents by number)."""
        return [self.texts.get(d.id) for d in documents]


def read_documents(data: EventFile, base_dir: Path | None, name: str) -> DocumentTexts:
    """Read and hash every document of ``data``; problems become located issues."""
    read = DocumentTexts()
    for i, document in enumerate(data.documents):
        if not document.has_text:
            read.texts[document.id], read.hashes[document.id] = None, None
            read.states[document.id] = DocumentState.NO_TEXT
            continue
        text, problem, digest = _document_text_and_hash(document, base_dir)
        read.texts[document.id] = text
        read.hashes[document.id] = None
        if problem is not None:
            read.states[document.id] = DocumentState.MISSING
            read.issues.append(
                Issue(Severity.ERROR, IssueKind.IO, name, f"documents[{i}].path", problem)
            )
            continue
        assert text is not None
        assert digest is not None
        state = DocumentState.OK
        read.hashes[document.id] = digest
        if document.sha256 is not None and digest != document.sha256:
            state = DocumentState.CHANGED
            read.issues.append(
                Issue(
                    Severity.ERROR,
                    IssueKind.PROVENANCE,
                    name,
                    f"documents[{i}].sha256",
                    f"document {document.id!r} has changed: expected SHA-256 "
                    f"{document.sha256[:12]}…, found {digest[:12]}…",
                )
            )
        read.states[document.id] = state
    return read


def document_text(document: Document, base_dir: Path | None) -> tuple[str | None, str | None]:
    """A document's text, or None and why it could not be read."""
    text, problem, _ = _document_text_and_hash(document, base_dir)
    return text, problem


def _document_text_and_hash(
    document: Document, base_dir: Path | None
) -> tuple[str | None, str | None, str | None]:
    """Text, problem and SHA-256 of the UTF-8 text (of the bytes read: the same, cheaper)."""
    if document.text is not None:
        return document.text, None, sha256_text(document.text)
    assert document.path is not None
    if base_dir is None:
        return None, "expected inline text: a document path needs an event file on disk", None
    if "\0" in document.path:
        return None, f"expected a file name, found a NUL character in {document.path!r}", None
    folder = base_dir.resolve()
    target = (folder / document.path).resolve()
    # Event files come from strangers: never read outside the event file's own folder.
    if not target.is_relative_to(folder):
        problem = (
            f"expected a path inside the event file's folder, found {document.path!r}, "
            f"which leads outside it"
        )
        return None, problem, None
    try:
        data = read_regular_file(target, MAX_DOCUMENT_BYTES)
    except ReadError as error:
        if str(error) == "file not found":
            return None, f"document file not found: {document.path!r}", None
        return None, f"cannot read {document.path!r}: {error}", None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, f"expected UTF-8 text in {document.path!r}, found {error.reason}", None
    return text, None, hashlib.sha256(data).hexdigest()
