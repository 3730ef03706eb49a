"""The Actors pane's column headers are read whole at 1024×700, in English and French: no
header is elided (« Év… » and « Affi… » in French before), the names keep most of the tree,
and each count's tooltip says in full what it counts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from timelineapp.model.timeline import Timeline
from timelineapp.resources import resource_path
from timelineapp.ui import main_window
from timelineapp.ui.actor_model import Column
from timelineapp.ui.app import Application, create_qapplication

from .conftest import closed
from .layout_settle import settle_layouts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# The French of the new header word, until the coordinator fills the shipped .qm (keyed by
# its source alone: PySide's tr() asks every class of the model's MRO while the answer is
# its English source, and French « Total » is that source).
_FRENCH = {"Total": "Total"}


@pytest.fixture(params=["en", "fr"])
def small_app(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stand_in_french: Callable[..., None],
) -> Iterator[Application]:
    """The application at 1024×700 with the usual 9 pt text, in the language asked for."""
    monkeypatch.setattr(main_window, "fit_window_to_screen", lambda *_, **__: None)
    qapp = create_qapplication()
    normal = qapp.font()
    font = qapp.font()
    font.setPointSizeF(9.0)
    qapp.setFont(font)
    french = QTranslator()
    if request.param == "fr":
        stand_in_french(_FRENCH)
        assert french.load(QLocale("fr"), "timelineapp", "_", str(resource_path("translations")))
        qapp.installTranslator(french)
    try:
        application = Application(qapp, tmp_path / "settings.json")
        application.window.resize(1024, 700)
        application.window.show_restored()
        yield application
        closed(application)
    finally:
        qapp.removeTranslator(french)
        qapp.setFont(normal)


def test_no_header_of_the_actors_pane_is_elided(
    small_app: Application, qtbot: QtBot, niger_timeline: Timeline
) -> None:
    small_app.controller.set_timeline(niger_timeline)
    window = small_app.window
    qtbot.wait(10)
    settle_layouts(window)
    tree = window.actor_pane.tree
    header = tree.header()
    model = tree.model()
    metrics = header.fontMetrics()
    # The label's room: the section less the style's header margins, and the 4 pixels
    # QCommonStyle keeps when it elides a header label.
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 4
    for column in (Column.NAME, Column.TOTAL, Column.SHOWN):
        word = model.headerData(column, Qt.Orientation.Horizontal)
        assert word
        assert not header.isSectionHidden(column)
        needed = metrics.horizontalAdvance(word) + margin
        assert needed <= header.sectionSize(column), (word, needed, header.sectionSize(column))
    # Whole words, not at the names' cost: they keep more than half of the tree.
    assert header.sectionSize(Column.NAME) > tree.viewport().width() // 2
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(3))
    assert right <= tree.viewport().width()  # the count columns are in view
    for column in (Column.TOTAL, Column.SHOWN):
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip
        assert len(tip) > 3 * len(model.headerData(column, Qt.Orientation.Horizontal))
