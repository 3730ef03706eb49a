"""SHA-256 digests of bytes, without loading OpenSSL for the small ones a start makes.

``hashlib`` loads OpenSSL when it is imported: ~3 ms of each start (10 M instructions and
3 MB of the library's pages) before the first paint, which digests the bundled example's
30 kB and its documents. Python's own SHA-256 digests those in a tenth of a millisecond but
is about five times slower than OpenSSL's, so it digests at most :data:`SMALL` bytes in all
in a process (under 1 ms; as the standard library's ``random`` uses it for its seeds), and
``hashlib`` everything after: a big file, or the many documents of one, are digested by
OpenSSL. The digest is the same either way; ``tests/model/test_digests.py`` compares them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

SMALL = 256 * 1024
"""Bytes a process digests without OpenSSL, in all: under 1 ms with Python's own SHA-256."""


class _Budget:
    left = SMALL  # what Python's own SHA-256 may still digest (a race costs nothing)


def sha256_hex(data: bytes | bytearray | memoryview) -> str:
    """The SHA-256 digest of ``data``, in hexadecimal."""
    builtin = _builtin_sha256()
    size = len(data)
    if builtin is not None and size <= _Budget.left:
        _Budget.left -= size
        return str(builtin(data).hexdigest())
    import hashlib  # OpenSSL's: several times faster

    return hashlib.sha256(data).hexdigest()


@functools.cache
def _builtin_sha256() -> Callable[[Any], Any] | None:
    """Python's own SHA-256 (a private module of the standard library, named ``_sha2``
    since 3.12), or None where it is not built (hashlib is used then)."""
    try:
        from _sha2 import sha256  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:
            return None
    found: Callable[[Any], Any] = sha256
    return found
