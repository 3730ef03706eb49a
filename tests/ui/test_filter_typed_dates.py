"""The filter's From/To read dates in words as the builder and the importer do (QA #51):
"mai 2024", "15 mars 2024", "March 2024" filter as 2024-05, 2024-03-15 and 2024-03, the field
says how it read them and shows the EDTF once typed (Ctrl+Z brings the words back)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timelineapp.ui.controller import TimelineController
from timelineapp.ui.filter_bar import FilterBar
from timelineapp.ui.filter_state import FilterState

from ..model.test_filtering import make_timeline

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def bar(qtbot: QtBot) -> FilterBar:
    controller = TimelineController()
    controller.set_timeline(make_timeline())
    bar = FilterBar(FilterState(controller))
    qtbot.addWidget(bar)
    return bar


@pytest.mark.parametrize(
    ("typed", "edtf"),
    [("mai 2024", "2024-05"), ("15 mars 2024", "2024-03-15"), ("March 2024", "2024-03")],
)
def test_a_date_in_words_filters_and_says_how_it_was_read(
    bar: FilterBar, qtbot: QtBot, typed: str, edtf: str
) -> None:
    state: FilterState = bar._state
    bar.show()
    bar.date_from.setFocus()
    qtbot.keyClicks(bar.date_from, typed)
    assert bar.date_from.property("invalid") is False
    assert edtf in bar.date_from.toolTip()
    qtbot.keyClick(bar.date_from, Qt.Key.Key_Return)
    assert state.spec.date_from == edtf
    assert bar.date_from.text() == edtf  # shown as read
    bar.date_from.undo()
    assert bar.date_from.text() == typed  # the words are one Ctrl+Z away
    bar.apply_now()
    assert state.spec.date_from == edtf
    # The spec's echo does not overwrite the words while they mean the same date.
    bar.on_spec_changed(state.spec)
    assert bar.date_from.text() == typed


def test_words_no_reader_takes_stay_refused_with_help(bar: FilterBar, qtbot: QtBot) -> None:
    state: FilterState = bar._state
    qtbot.keyClicks(bar.date_to, "vendredi")
    assert bar.date_to.property("invalid") is True
    assert "May 2024" in bar.date_to.toolTip()  # how to write one, beside why not
    bar.apply_now()
    assert state.spec.date_to is None


def test_the_readers_load_off_the_window_thread_at_the_first_date_focus(
    bar: FilterBar, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from timelineapp.ui import typed_date_reading

    threads: list[str] = []
    monkeypatch.setattr(
        typed_date_reading, "warm_up", lambda: threads.append(threading.current_thread().name)
    )
    monkeypatch.setattr(typed_date_reading, "_warm", threading.Event())  # as at a start
    bar.show()
    qtbot.waitExposed(bar)
    bar.date_to.setFocus()
    qtbot.waitUntil(lambda: bool(threads))
    bar.date_from.setFocus()
    assert threads == ["date-readers"]  # once, in its own thread
