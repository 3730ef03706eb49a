"""The one way timelineapp replaces a file or a folder on disk: all of it, or nothing.

Every writer (settings, the load cache, exports, saving an event file) goes through here, so
the rule is stated once: write to a temporary sibling in the *same* folder (a rename is
atomic only within one file system), flush it to the disk, rename it over the target, and
remove the temporary on any error (an interrupted write leaves neither a broken target nor a
stray temporary file).

* :func:`atomic_write` writes bytes or text in one call;
* :func:`atomic_open` streams into a binary file handle (big exports, saving big files);
* :func:`atomic_folder` builds a folder (the load cache's entries) and swaps it in;
* :func:`output_problem` says, before any work, why a file the user named cannot be written.

All three raise ``OSError`` when the target cannot be written; the caller decides whether
that is worth telling the user (an export) or not (a cache).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO, Literal

import msgspec

__all__ = [
    "TEMP_SUFFIX",
    "OutputProblem",
    "atomic_folder",
    "atomic_open",
    "atomic_write",
    "output_problem",
]

TEMP_SUFFIX = ".part"
"""Suffix of every temporary file (hidden, ``.NAME.XXXX.part``): leftovers are findable."""

# mkstemp makes files private (0600); a written file is meant to be shared like any other.
_NEW_FILE_MODE = 0o644


OutputProblemCode = Literal["is_folder", "no_folder", "folder_not_writable"]


class OutputProblem(msgspec.Struct, frozen=True):
    """Why a file the user named cannot be written: a code and its folder, so a command can
    word it in its user's language (``ui/build_words``); ``str()`` is the English."""

    code: OutputProblemCode
    folder: str

    def __str__(self) -> str:
        if self.code == "is_folder":
            return "it is a folder"
        if self.code == "no_folder":
            return f"folder {self.folder} does not exist"
        return f"folder {self.folder} is not writable"


def output_problem(output: Path) -> OutputProblem | None:
    """Why ``output`` cannot possibly be written, or None.

    The commands that write a file the user named (export, build, import) check it first:
    a missing folder is refused, never created, since a typo in a path would otherwise
    write files somewhere unexpected.
    """
    folder = output.parent
    if output.is_dir():
        return OutputProblem("is_folder", str(folder))
    if not folder.is_dir():
        return OutputProblem("no_folder", str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        return OutputProblem("folder_not_writable", str(folder))
    return None


@contextmanager
def atomic_open(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary handle whose content replaces ``path`` when the ``with`` block ends cleanly.

    The previous file (if any) keeps its permissions; it is untouched when the block raises.
    """
    target = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = target.stat().st_mode & 0o777
        except OSError:
            mode = _NEW_FILE_MODE
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


def atomic_write(
    path: str | os.PathLike[str], data: bytes | str, *, encoding: str = "utf-8"
) -> None:
    """Replace ``path`` with ``data`` (text is encoded with ``encoding``), atomically."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_open(path) as handle:
        handle.write(payload)


@contextmanager
def atomic_folder(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary folder to fill; it replaces the folder ``path`` when the block ends cleanly.

    The folder's files are not flushed one by one: this is for caches, whose reader checks
    every entry it reads and treats anything torn by a power loss as a miss, so the cost of
    fsyncing hundreds of megabytes on every save would buy nothing. A previous folder at
    ``path`` is removed first (two renames cannot swap folders atomically; a reader between
    them sees no entry, which is a miss as well).
    """
    target = Path(path)
    temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent))
    try:
        yield temp
        if target.exists():
            shutil.rmtree(target, ignore_errors=True)
        os.replace(temp, target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
