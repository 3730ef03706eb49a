"""The filter bar's search field grows with the window and is never a sliver (QA s5 #13, #22)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from timelineapp.ui.controller import TimelineController
from timelineapp.ui.filter_bar import SEARCH_MAX_CHARS, SEARCH_ONE_ROW_CHARS, FilterBar
from timelineapp.ui.filter_state import FilterState


def test_the_search_field_grows_with_the_bar_and_wraps_before_it_is_squeezed(
    qtbot: QtBot,
) -> None:
    bar = FilterBar(FilterState(TimelineController()))
    qtbot.addWidget(bar)
    bar.show()
    char = bar.search.fontMetrics().averageCharWidth()
    widths = {}
    for width in (500, 800, 1100, 1600, 2400):
        bar.resize(width, bar.sizeHint().height() * 2)
        qtbot.wait(1)
        widths[width] = bar.search.width()
        if not bar.two_rows:
            # On one row the field has at least its comfortable width, or it would wrap.
            assert bar.search.width() >= char * SEARCH_ONE_ROW_CHARS - 1
        assert bar.search.width() <= char * SEARCH_MAX_CHARS
    assert not bar.two_rows  # 2400 px: one row
    assert widths[1600] > widths[1100]  # it grows with the window on one row
    assert widths[2400] >= char * (SEARCH_MAX_CHARS - 1)  # up to its widest
