"""Whether a file is being loaded in this process, for background work that can wait.

A load runs several threads at once (reading, hashing, checksumming the cache entry,
validating). Work that needs the interpreter lock often and is not urgent, the window's
check of the date phrases of the file already shown, waits while one runs: on two cores
it kept the lock from the window's thread for 60 to 170 ms at a time while a
million-event file reopened from the cache (its first check imports the date tagger,
whose modules are compiled when no bytecode is cached), and its findings are of a file
about to be replaced. So do the window's timed settings writes (``ui/app.py``: the last
file's, due 1 s after its open, fell in a big first open). The window marks each load
(``ui/file_opener.py``), a background one from its start until its file is shown.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_loads = 0  # blocks inside load_under_way, in any thread
_loads_lock = threading.Lock()
_no_load = threading.Event()
_no_load.set()


@contextmanager
def load_under_way() -> Iterator[None]:
    """Mark a load as running for the block (blocks may nest and run in several threads)."""
    global _loads
    with _loads_lock:
        _loads += 1
        _no_load.clear()
    try:
        yield
    finally:
        with _loads_lock:
            _loads -= 1
            if not _loads:
                _no_load.set()


def no_load_under_way(timeout: float) -> bool:
    """Wait up to ``timeout`` seconds until no load runs; whether none does (at once when
    none does now)."""
    return _no_load.wait(timeout)
