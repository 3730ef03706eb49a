"""Whether a load is under way: marked by blocks that nest and run in several threads."""

from __future__ import annotations

import threading

from timelineapp.model.loading.under_way import load_under_way, no_load_under_way


def test_no_load_is_under_way_outside_the_blocks() -> None:
    assert no_load_under_way(0)
    with load_under_way():
        assert not no_load_under_way(0)
        with load_under_way():
            assert not no_load_under_way(0)
        assert not no_load_under_way(0)  # the outer block still runs
    assert no_load_under_way(0)


def test_a_load_in_another_thread_counts_until_it_ends() -> None:
    started, finish = threading.Event(), threading.Event()

    def load() -> None:
        with load_under_way():
            started.set()
            finish.wait(10)

    thread = threading.Thread(target=load)
    thread.start()
    assert started.wait(10)
    with load_under_way():
        pass  # a load ending here leaves the other one under way
    assert not no_load_under_way(0)
    finish.set()
    thread.join(10)
    assert no_load_under_way(10)


def test_a_failing_load_is_no_longer_under_way() -> None:
    try:
        with load_under_way():
            raise ValueError("broken")
    except ValueError:
        pass
    assert no_load_under_way(0)
