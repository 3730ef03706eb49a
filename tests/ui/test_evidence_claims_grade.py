"""The Event pane's evidence lines say what a grade means, never a bare "F?"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from timelineapp.model.evidence import evidence_of
from timelineapp.model.timeline import Timeline
from timelineapp.ui.panes.evidence_claims import EvidenceClaims


def test_grade_lines_say_the_grade_in_words_and_name_the_scale(
    qtbot: QtBot, niger_timeline: Timeline
) -> None:
    claims = EvidenceClaims()
    qtbot.addWidget(claims)
    shown = 0
    for event in niger_timeline.events:
        evidence = evidence_of(event, niger_timeline.documents)
        if not any(c.date is not None for c in evidence.claims):
            continue
        claims.show_evidence(niger_timeline, evidence)
        lines = [label for label in claims.findChildren(QLabel) if " · " in label.text()]
        for label in lines:
            assert not label.text().endswith("?"), label.text()
            assert "reliab" in label.text() or "not graded" in label.text()
            assert "Admiralty" in label.toolTip()
        shown += len(lines)
    assert shown > 0
