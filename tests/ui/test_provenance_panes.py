"""A quote that no longer matches its document is flagged in every pane that shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from timelineapp.model.timeline import Timeline
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.events_model import Column, EventsTableModel
from timelineapp.ui.mark_colours import mark_colours
from timelineapp.ui.panes import DocumentPane, EventPane, QuotesPane, SourcesPane
from timelineapp.ui.panes.quotes_pane import HtmlRole
from timelineapp.ui.provenance_pane import ProvenancePane
from timelineapp.ui.status_bar import TimelineStatusBar
from timelineapp.ui.tooltips import event_tooltip

from ..provenance_files import load, tampered_copy

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIGNATURE = 3  # "Signature de l'accord sur le retrait": its quote and date phrase broke
SOUND = 1  # an event whose quotes are intact


@pytest.fixture(params=[True, False], ids=["with-sha256", "without-sha256"])
def tampered(request: pytest.FixtureRequest, tmp_path: Path) -> Timeline:
    return load(tampered_copy(tmp_path, keep_hash=request.param))


@pytest.fixture
def controller(tampered: Timeline) -> TimelineController:
    controller = TimelineController()
    controller.set_timeline(tampered)
    return controller


def shown(qtbot: QtBot, widget: object) -> object:
    qtbot.addWidget(widget)  # type: ignore[arg-type]
    widget.resize(520, 600)  # type: ignore[attr-defined]
    widget.show()  # type: ignore[attr-defined]
    return widget


def test_event_pane_says_verified_but_broken(qtbot: QtBot, controller: TimelineController) -> None:
    pane = EventPane(controller)
    shown(qtbot, pane)
    controller.select(SIGNATURE)
    text = pane.review_label.text()
    assert "verified, but" in text
    assert "1 quote(s) no longer match(es) its document" in text
    controller.select(SOUND)
    assert "no longer" not in pane.review_label.text()


def test_quotes_pane_shows_the_quote_and_the_document_now(
    qtbot: QtBot, controller: TimelineController
) -> None:
    pane = QuotesPane(controller)
    shown(qtbot, pane)
    controller.select(SIGNATURE)
    index = pane.model.index(0, 0)
    text = index.data()
    assert "le 19 mai 2024" in text
    assert "No longer matches the document, which now says" in text
    assert "le 20 mai 2024" in text
    html = index.data(HtmlRole)
    # The differing characters are marked on both sides: "19" recorded, "20" now.
    assert ">19</span>" in html
    assert ">20</span>" in html


def test_sources_pane_names_the_passage_at_its_offsets(
    qtbot: QtBot, controller: TimelineController
) -> None:
    pane = SourcesPane(controller)
    shown(qtbot, pane)
    controller.select(SIGNATURE)
    text = pane.shown_text()
    assert "Quote 1 at characters" in text
    assert "no longer matches" in text
    assert "20 mai 2024" in text


def test_document_pane_marks_the_recorded_offsets_as_not_matching(
    qtbot: QtBot, controller: TimelineController, tampered: Timeline
) -> None:
    pane = DocumentPane(controller)
    shown(qtbot, pane)
    controller.select(SIGNATURE)
    # The banner does not depend on the document's SHA-256.
    assert pane.warning_label.isVisibleTo(pane)
    assert "no longer match(es) this document's text" in pane.warning_label.text()
    quote = tampered.event(SIGNATURE).sources[0].quotes[0]
    text = pane.findChild(QPlainTextEdit)
    marks = text.extraSelections()
    # The mismatch colour of the text's look (an earlier test may leave the dark theme on).
    recorded = mark_colours(text.palette()).mismatched.background
    flagged = [s for s in marks if s.format.background().color() == recorded]
    spans = {
        (
            pane.positions.from_qt(s.cursor.selectionStart()),
            pane.positions.from_qt(s.cursor.selectionEnd()),
        )
        for s in flagged
    }
    assert (quote.start, quote.end) in spans


def test_events_table_tooltip_and_status_bar_flag_it(
    qtbot: QtBot, controller: TimelineController, tampered: Timeline
) -> None:
    model = EventsTableModel(tampered)
    rows = {
        model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1): r for r in range(model.rowCount())
    }
    review = model.index(rows[SIGNATURE], Column.REVIEW)
    assert "⚠" in review.data()
    assert "⚠" not in model.index(rows[SOUND], Column.REVIEW).data()
    assert "no longer match" in event_tooltip(tampered, SIGNATURE)
    assert "no longer match" not in event_tooltip(tampered, SOUND)
    bar = TimelineStatusBar(controller)
    qtbot.addWidget(bar)
    bar.on_file_loaded()
    count = tampered.provenance.count
    assert bar.provenance_button.isVisibleTo(bar)
    assert f"{count} provenance problem" in bar.provenance_button.text()


def test_clicking_a_problem_selects_its_event(qtbot: QtBot, controller: TimelineController) -> None:
    pane = ProvenancePane(controller)
    shown(qtbot, pane)
    items = pane.list_widget
    assert items.count() == controller.timeline.provenance.count  # type: ignore[union-attr]
    row = next(r for r in range(items.count()) if "events[4]" in items.item(r).text())
    pane.on_item_activated(items.item(row))
    assert controller.selection == 4
