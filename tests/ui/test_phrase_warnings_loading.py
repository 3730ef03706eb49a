"""A date-phrase check waits while a file is being loaded (before it imports the date tagger,
and between two events): the load's threads, the check and the window would share two
cores and the interpreter lock, and the file checked is about to be replaced. It goes on
once no load is under way, and stops if cancelled meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_file
from timelineapp.model.loading.under_way import load_under_way, no_load_under_way
from timelineapp.resources import example_event_file
from timelineapp.ui import file_opener, phrase_warnings
from timelineapp.ui.app import Application
from timelineapp.ui.phrase_warnings import _found_in

from .test_phrase_warnings_listed import REDATED, redated_example

# Whether the check waits, not how long it looks between two waits.
pytestmark = pytest.mark.usefixtures("quick_phrase_check")


def _checked_in_a_thread(
    path: Path, cancelled: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> tuple[threading.Thread, list[Any], threading.Event]:
    """``_found_in`` of ``path`` run in a thread; the event is set once it waited for a
    load."""
    loaded = load_event_file(path).loaded
    assert loaded is not None
    waited = threading.Event()

    def no_load(timeout: float) -> bool:
        none = no_load_under_way(timeout)
        if not none:
            waited.set()
        return none

    monkeypatch.setattr(phrase_warnings, "no_load_under_way", no_load)
    idle = threading.Event()
    idle.set()
    outcome: list[Any] = []
    thread = threading.Thread(
        target=lambda: outcome.append(_found_in(loaded, cancelled, idle)), daemon=True
    )
    return thread, outcome, waited


def test_a_check_reads_nothing_while_a_load_is_under_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[object] = []
    original = phrase_warnings.warnings_of

    def warnings_of(*arguments: Any) -> Any:
        read.append(arguments)
        return original(*arguments)

    monkeypatch.setattr(phrase_warnings, "warnings_of", warnings_of)
    thread, outcome, waited = _checked_in_a_thread(
        redated_example(tmp_path), threading.Event(), monkeypatch
    )
    with load_under_way():
        thread.start()
        assert waited.wait(10)
        assert read == []  # waiting before the first event, and before the tagger
        assert outcome == []
    thread.join(30)
    assert not thread.is_alive()
    assert [event for event, _ in outcome[0]] == sorted(REDATED)  # then the whole check


def test_a_check_waiting_for_a_load_stops_once_cancelled(monkeypatch: pytest.MonkeyPatch) -> None:
    cancelled = threading.Event()
    thread, outcome, waited = _checked_in_a_thread(example_event_file(), cancelled, monkeypatch)
    with load_under_way():
        thread.start()
        assert waited.wait(10)
        cancelled.set()
        thread.join(10)
        assert not thread.is_alive()
    assert outcome == [None]


def test_the_window_marks_its_loads_as_under_way(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []

    def load(*arguments: Any, **options: Any) -> Any:
        seen.append(no_load_under_way(0))
        return load_event_file(*arguments, **options)

    monkeypatch.setattr(file_opener, "load_event_file", load)
    _, timeline = file_opener.load_and_index(example_event_file())
    assert timeline is not None
    assert seen == [False]  # under way while it loaded
    assert no_load_under_way(0)  # and no longer once it returned


@pytest.mark.shared_window  # opens its file first, and waits until it is shown
def test_a_background_load_is_under_way_until_its_file_is_shown(
    app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.opener.background_threshold = 0  # the example loads on a worker thread, as 1M does
    under_way_when_shown: list[bool] = []
    original = app.controller.set_timeline

    def set_timeline(*arguments: Any, **options: Any) -> None:
        under_way_when_shown.append(not no_load_under_way(0))
        original(*arguments, **options)

    monkeypatch.setattr(app.controller, "set_timeline", set_timeline)
    with qtbot.waitSignal(app.opener.opened, timeout=20_000):
        assert app.opener.open(example_event_file())
        assert not no_load_under_way(0)  # from the start
    assert under_way_when_shown == [True]  # the loading thread is done, the handover not
    assert no_load_under_way(0)  # and no longer once shown


def test_a_cancelled_background_load_is_no_longer_under_way(app: Application) -> None:
    app.opener.background_threshold = 0
    assert app.opener.open(example_event_file())
    assert not no_load_under_way(0)
    assert app.opener.cancel_load()
    assert no_load_under_way(0)
