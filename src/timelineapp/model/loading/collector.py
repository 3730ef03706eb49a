"""The garbage collector paused around validation, and whether it is paused now.

Validation allocates millions of small objects, none of them in cycles; the cyclic collector
would re-scan them over and over. The window's own collector (``ui/gui_collector.py``) asks
:func:`collection_paused` before collecting on the GUI thread.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_pauses = 0  # blocks inside collector_paused, in any thread
_pauses_lock = threading.Lock()


def collection_paused() -> bool:
    """Whether some thread is inside :func:`collector_paused` (a collector run elsewhere, as
    the window's on its GUI thread, waits)."""
    return _pauses > 0


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (and only for it).

    Validation allocates millions of small objects, none of them in cycles; the collector
    would re-scan them over and over (measured in benchmarks/). The pause is process-wide,
    so it is kept to the validation itself and always undone.
    """
    global _pauses
    was_enabled = gc.isenabled()
    gc.disable()
    with _pauses_lock:
        _pauses += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses -= 1
        if was_enabled:
            gc.enable()
