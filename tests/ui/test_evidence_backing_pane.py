"""QA #91 in the Event pane: sources with no quoted words are listed as such and do not
"agree"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from timelineapp.model.evidence import evidence_of
from timelineapp.ui.panes.evidence_claims import EvidenceClaims

from ..model.test_evidence_backing import _example, _remove_quotes


def _shown(qtbot: QtBot, tmp_path: Path, change: object = None) -> EvidenceClaims:
    timeline, index = _example(tmp_path, change)
    claims = EvidenceClaims()
    qtbot.addWidget(claims)
    claims.show_evidence(timeline, evidence_of(timeline.event(index), timeline.documents))
    return claims


def _texts(claims: EvidenceClaims) -> list[str]:
    return [label.text() for label in claims.findChildren(QLabel)]


def test_quoted_sources_agree_with_their_grades(qtbot: QtBot, tmp_path: Path) -> None:
    claims = _shown(qtbot, tmp_path)
    assert claims.verdict == "The dated sources agree"
    assert any("B2" in text for text in _texts(claims))


def test_sources_without_quoted_words_do_not_agree_nor_show_grades(
    qtbot: QtBot, tmp_path: Path
) -> None:
    claims = _shown(qtbot, tmp_path, _remove_quotes)
    assert claims.verdict == "No source quotes words for its date"
    texts = _texts(claims)
    assert sum(text.endswith("· no quoted words") for text in texts) == 2
    assert not any("B2" in text for text in texts)
