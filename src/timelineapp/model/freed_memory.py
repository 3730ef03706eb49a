"""Freed memory handed back to the system, so that the process's size follows what it holds.

glibc's allocator (Linux) raises its threshold for giving a big block its own mapping each
time such a block is freed (up to 32 MB), and then keeps up to twice that threshold free at
the top of its heap without handing it back. After a big load's temporaries (arrays of 8 to
44 MB for a million actors) are freed, the window's views of the file are then built in a
heap that keeps tens of megabytes it does not use: for the 1M-actor file, about 165 MB above
the empty window instead of about 155 (issue 14 promises about 3x the file).

:func:`steady_allocator`, called by the first big load, fixes both thresholds: a block of
4 MB or more gets its own mapping (handed back when freed), and at most 8 MB stay free at
the heap's top. (A trim threshold of 1 MB alone made loading a big file a fifth slower:
every freed array was handed back and faulted in again.) Elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's malloc.h
_OWN_MAPPING = 4 << 20
_KEPT_AT_TOP = 8 << 20
_done = False


def steady_allocator() -> None:
    """Fix glibc's mapping and trim thresholds (once; nothing on other systems)."""
    global _done
    if _done:
        return
    _done = True
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the process's own C library
    except (OSError, AttributeError):
        return
    mallopt(ctypes.c_int(_M_MMAP_THRESHOLD), ctypes.c_int(_OWN_MAPPING))
    mallopt(ctypes.c_int(_M_TRIM_THRESHOLD), ctypes.c_int(_KEPT_AT_TOP))
