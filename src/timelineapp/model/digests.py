"""SHA-256 digests of bytes, without loading OpenSSL for the small ones a start makes.

``hashlib`` loads OpenSSL when it is imported: ~3 ms of each start (10 M instructions and
3 MB of the library's pages) before the first paint, which digests the bundled example's
30 kB and its documents. Python's own SHA-256 digests those in a tenth of a millisecond but
is about five times slower than OpenSSL's on big data, so data up to :data:`SMALL` bytes go
through Python's own (as the standard library's ``random`` does for its seeds), bigger data
through ``hashlib``. The digest is the same either way; ``tests/model/test_digests.py``
compares them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

SMALL = 256 * 1024
"""Bytes digested without OpenSSL: under 1 ms with Python's own SHA-256."""


def sha256_hex(data: bytes | bytearray | memoryview) -> str:
    """The SHA-256 digest of ``data``, in hexadecimal."""
    builtin = _builtin_sha256()
    if builtin is not None and len(data) <= SMALL:
        return str(builtin(data).hexdigest())
    import hashlib  # OpenSSL's: several times faster on big data

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
