"""A value derived from the open file, computed once and kept while that file lives.

The window shows one file at a time, and a big file's derived arrays (colours per event, the
table's date order) take tens of milliseconds each: the loading thread computes them before
the file reaches the window (``ui.handover``), and the window then finds them here. Only the
last file's value is kept, through a weak reference, so a closed file is never held.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LastFileMemo(Generic[K, V]):
    """``compute(key)`` for the last ``key`` asked about (by identity), kept while it lives.

    Thread-safe: the loading thread fills it, the GUI thread reads it; two threads asking
    about the same new key at once may both compute it (the values are equal).
    """

    def __init__(self, compute: Callable[[K], V]) -> None:
        self._compute = compute
        self._lock = threading.Lock()
        self._last: tuple[weakref.ref[K], V] | None = None

    def __call__(self, key: K) -> V:
        with self._lock:
            last = self._last
        if last is not None and last[0]() is key:
            return last[1]
        value = self._compute(key)
        with self._lock:
            self._last = (weakref.ref(key), value)
        return value
