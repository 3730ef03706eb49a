"""The Sources pane grouped by origin, and the Event pane's claims side by side."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.panes.event_pane import EventPane
from timelineapp.ui.panes.sources_pane import SourcesPane

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BRIDGE = Path(__file__).parents[1] / "data" / "evidence" / "bridge.timeline.json"


@pytest.fixture
def controller() -> TimelineController:
    loaded = load_event_file(BRIDGE).loaded
    assert loaded is not None
    controller = TimelineController()
    controller.set_timeline(Timeline(loaded))
    return controller


def _select(controller: TimelineController, event_id: str) -> None:
    assert controller.timeline is not None
    controller.select(controller.timeline.event_number[event_id])


def test_sources_are_grouped_by_origin_with_grades_and_lag(
    qtbot: QtBot, controller: TimelineController
) -> None:
    pane = SourcesPane(controller)
    qtbot.addWidget(pane)
    _select(controller, "fermeture-pont")
    lines = pane.shown_text().splitlines()
    assert lines[0] == "4 document(s), 2 independent origin(s)"
    assert lines[1] == "One origin: Dépêche d’agence (fictive)"
    assert "Independent origin: Blog de quartier (fictif)" in lines
    # The echo (the daily) and the translation sit in the agency's group, before the blog.
    titles = [t for t in lines if t.endswith(("(fictive)", "(fictif)", "(fictional)"))]
    assert titles.index("Quotidien régional (fictif)") < titles.index("Blog de quartier (fictif)")
    text = pane.shown_text()
    assert "A2 (completely reliable, probably true)" in text
    assert "?3 (reliability not graded, possibly true)" in text
    assert "reported 1 day(s) later" in text  # the agency: said 7 March, published the 8th
    assert "Dépêche d’agence (fictive), translated by machine" in text


def test_an_ungraded_source_looks_unknown(qtbot: QtBot, controller: TimelineController) -> None:
    pane = SourcesPane(controller)
    qtbot.addWidget(pane)
    _select(controller, "annonce-prefecture")
    assert "1 document(s)" not in pane.shown_text()
    assert pane.shown_text().startswith("3 document(s), 1 independent origin(s)")


def test_the_event_pane_shows_conflicting_claims_side_by_side_with_quotes(
    qtbot: QtBot, controller: TimelineController
) -> None:
    pane = EventPane(controller)
    qtbot.addWidget(pane)
    _select(controller, "fermeture-pont")
    claims = pane.claims
    assert claims.isVisibleTo(pane)
    assert claims.verdict.startswith("⚠ The sources disagree on the date")
    text = pane.shown_text()
    assert text.index("le 7 mars 2024") < text.index("le 1er mars 2024")
    assert "« les barrières étaient posées dès le 1er mars »" in text
    assert "Blog de quartier (fictif) · ?3" in text


def test_agreeing_or_undated_sources_say_so_or_show_nothing(
    qtbot: QtBot, controller: TimelineController
) -> None:
    pane = EventPane(controller)
    qtbot.addWidget(pane)
    _select(controller, "arrivee-camions")
    assert pane.claims.verdict == "The dated sources agree"
    _select(controller, "annonce-prefecture")
    assert pane.claims.isVisibleTo(pane)  # one dated source, the others silent


def test_a_marks_tooltip_sums_up_its_evidence(controller: TimelineController) -> None:
    from timelineapp.ui.tooltips import event_tooltip

    timeline = controller.timeline
    assert timeline is not None
    closing = event_tooltip(timeline, timeline.event_number["fermeture-pont"])
    assert (
        "4 document(s), 2 independent origin(s) · best grade A2 · "
        "the sources disagree on the date" in closing
    )
    trucks = event_tooltip(timeline, timeline.event_number["arrivee-camions"])
    assert "1 document(s), 1 independent origin(s) · not graded" not in trucks  # ?3 is graded
    assert "best grade ?3" in trucks


def test_grading_in_the_dialog_is_one_undoable_edit(
    qtbot: QtBot, controller: TimelineController, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from timelineapp.ui.evidence_dialog import GradeDialog

    pane = SourcesPane(controller)
    qtbot.addWidget(pane)
    _select(controller, "arrivee-camions")
    assert pane.grade_button.isEnabled()

    def answer(dialog: GradeDialog) -> int:
        [blog] = dialog.documents
        blog.reliability.setCurrentIndex(blog.reliability.findData("D"))
        blog.note.setPlainText("auteur inconnu, souvent approximatif")
        [source] = dialog.sources
        source.date.setText("2024-13")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        assert "month" in dialog.problem.text()
        source.date.setText("2024-03-02")
        source.credibility.setCurrentIndex(source.credibility.findData(4))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(GradeDialog, "exec", answer)
    pane.on_grade()
    timeline = controller.timeline
    assert timeline is not None
    blog = timeline.document_by_id["blog"]
    assert (blog.reliability, blog.note) == ("D", "auteur inconnu, souvent approximatif")
    number = timeline.event_number["arrivee-camions"]
    assert timeline.event(number).sources[0].credibility == 4
    assert "D4 (not usually reliable, doubtful)" in pane.shown_text()
    controller.undo_stack.undo()
    assert controller.timeline is not None
    assert controller.timeline.document_by_id["blog"].reliability is None
    controller.undo_stack.setClean()
