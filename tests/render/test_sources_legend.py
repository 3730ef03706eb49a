"""The legend's corroboration entry says what the bars are and claims no independence that
nobody recorded: the Sources pane and export footers say "origin not recorded" when no
document is recorded as relying on or translating another (QA #138)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from timelineapp.render.legend_kinds import LegendKind, kind_text


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Translation goes through QCoreApplication."""


def test_the_sources_entry_claims_no_unrecorded_independence() -> None:
    text = kind_text(LegendKind.SOURCES)
    assert "independent" not in text.lower()
    assert "a bar per source" in text.lower()
    assert "when recorded" in text
