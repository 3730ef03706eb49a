"""The draft's banner says which article had no publication date, so that its relative dates
were left undated (QA #92: only the command line's stderr said so)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from timelineapp.ui.app import Application
from timelineapp.ui.build_dialog import BuildDialog
from timelineapp.ui.draft_flow import DraftBanner

SEED = Path(__file__).parents[1] / "data" / "build" / "000_651eb735907009b6.txt"
UNDATED = "Port strike ends\n\nDockworkers voted on Thursday to end the strike.\n"


def _build(app: Application, qtbot: QtBot, articles: list[Path]) -> DraftBanner:
    (action,) = [
        a for a in app.window.findChildren(QAction) if a.objectName() == "action-new-from-article"
    ]
    action.trigger()
    dialog = app.window.findChildren(BuildDialog)[-1]
    dialog.add_articles([str(a) for a in articles])
    with qtbot.waitSignal(dialog.draft_built, timeout=20_000):
        dialog.build_button.click()
    banner = app.window.findChild(DraftBanner)
    assert banner is not None
    qtbot.waitUntil(banner.isVisible)
    return banner


@pytest.mark.shared_window
def test_the_banner_names_the_article_without_a_publication_date(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    dated = tmp_path / SEED.name
    shutil.copy(SEED, dated)
    undated = tmp_path / "port-strike.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    banner = _build(app, qtbot, [dated, undated])
    detail = banner.detail.text()
    assert "No publication date found in port-strike.txt:" in detail
    assert SEED.name not in detail  # its dateline was read
    assert "left undated" in detail


@pytest.mark.shared_window
def test_no_such_line_when_every_article_is_dated(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    dated = tmp_path / SEED.name
    shutil.copy(SEED, dated)
    banner = _build(app, qtbot, [dated])
    assert "publication date" not in banner.detail.text()
