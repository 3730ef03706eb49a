"""LastFileMemo: a value computed once for the file last asked about, never keeping it alive."""

from __future__ import annotations

import gc
import threading
import weakref

from timelineapp.render.file_memo import LastFileMemo


class _File:
    """Stands for a Timeline or a TimeIndex: weakly referable, compared by identity."""

    def __init__(self, name: str) -> None:
        self.name = name


def test_the_value_is_computed_once_per_file_and_again_for_another() -> None:
    calls: list[str] = []

    def compute(key: _File) -> list[str]:
        calls.append(key.name)
        return [key.name.upper()]

    memo = LastFileMemo(compute)
    a, b = _File("a"), _File("b")
    first = memo(a)
    assert first == ["A"]
    assert memo(a) is first  # the same object, not computed again
    assert memo(b) == ["B"]
    assert memo(a) == ["A"]  # only the last file is kept: a is computed again
    assert calls == ["a", "b", "a"]


def test_a_closed_file_is_not_kept_alive() -> None:
    memo = LastFileMemo(lambda key: key.name)
    closed = _File("closed")
    memo(closed)
    gone = weakref.ref(closed)
    del closed
    gc.collect()
    assert gone() is None


def test_a_value_made_on_another_thread_is_found_on_this_one() -> None:
    calls: list[str] = []
    memo = LastFileMemo(lambda key: calls.append(threading.current_thread().name) or key.name)
    opened = _File("opened")
    worker = threading.Thread(target=memo, args=(opened,), name="loader")
    worker.start()
    worker.join()
    assert memo(opened) == "opened"
    assert calls == ["loader"]
