"""What kind of operating-system error stopped a read, as a code the UI can word.

The system's own text (``strerror``) is in the system's language, not the window's: the
model keeps it for the log only and says the kind, chosen from ``errno``, in English; the
window words the same code through Qt (``ui/read_problem_words``).
"""

from __future__ import annotations

import errno

# errno -> the kind's code. Several errnos share a kind the reader acts on the same way.
_KINDS: dict[int, str] = {
    errno.ENOENT: "not_found",
    errno.EACCES: "permission_denied",
    errno.EPERM: "permission_denied",
    errno.EISDIR: "is_a_directory",
    errno.ENOTDIR: "not_a_directory",
    errno.ENOSPC: "no_space",
    errno.EDQUOT: "no_space",
    errno.EROFS: "read_only",
    errno.EMFILE: "too_many_open_files",
    errno.ENFILE: "too_many_open_files",
    errno.ENAMETOOLONG: "name_too_long",
    errno.ELOOP: "symlink_loop",
    errno.EIO: "input_output",
    errno.EBUSY: "busy",
    errno.ENOMEM: "no_memory",
    errno.ETIMEDOUT: "timed_out",
}

# The kind in English (the command line's words; the window has its own).
ENGLISH: dict[str, str] = {
    "not_found": "file not found",
    "permission_denied": "permission denied",
    "is_a_directory": "it is a folder",
    "not_a_directory": "a part of the path is not a folder",
    "no_space": "no space left on the device",
    "read_only": "the device is read-only",
    "too_many_open_files": "too many files are open",
    "name_too_long": "the file name is too long",
    "symlink_loop": "too many symbolic links in the path",
    "input_output": "input/output error (the disk or the network)",
    "busy": "the file is busy",
    "no_memory": "not enough memory",
    "timed_out": "the system timed out",
}


def os_error_kind(error: OSError) -> str:
    """The kind's code for ``error``: one of :data:`ENGLISH`'s keys, or "other"."""
    return _KINDS.get(error.errno or 0, "other")


def os_error_name(error: OSError) -> str:
    """The errno's symbol ("ENXIO") for kinds without words; "" when there is no errno."""
    return errno.errorcode.get(error.errno or 0, "")


def english_words(kind: str, name: str) -> str:
    """``kind`` in English; "system error ENXIO" for the others."""
    return ENGLISH.get(kind) or (f"system error {name}" if name else "system error")
