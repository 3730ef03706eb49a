"""Work begun now in a thread, its result asked for later (the loader's overlaps)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def soon(work: Callable[[], T], name: str) -> Callable[[], T]:
    """``work`` begun now in a daemon thread called ``name``; the function returned waits
    for it and gives what it returned (or raises what it raised). Without a thread to be
    had, the work is done when asked for.

    A daemon: a load given up (cancelled, or failed elsewhere) does not keep its process
    alive for a result nobody asks for.
    """
    found: list[T] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            found.append(work())
        except BaseException as error:  # given to the caller, who raises it
            failed.append(error)

    thread = threading.Thread(target=run, name=name, daemon=True)
    try:
        thread.start()
    except RuntimeError:
        return work

    def result() -> T:
        thread.join()
        if failed:
            raise failed[0]
        return found[0]

    return result
