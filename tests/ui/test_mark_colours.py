"""Marked text reads clearly in both themes (QA #151): every kind of mark keeps 7:1 between
its text and its background (WCAG AAA), the dark theme has dark marks under light text (a
pale pink passage in the dark Document pane was read as white on pink), the kinds differ by
more than colour, and a live theme switch re-marks an open document and the Quotes pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot

from timelineapp.ui.app import Application
from timelineapp.ui.mark_colours import DARK_MARKS, LIGHT_MARKS, MarkColours, MarkLook
from timelineapp.ui.panes import DocumentPane, QuotesPane
from timelineapp.ui.panes.quotes_pane import HtmlRole
from timelineapp.ui.settings import UiTheme

from ..provenance_files import tampered_copy
from .test_theme_switch import contrast

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AAA = 7.0  # WCAG 2.1, 1.4.6: contrast (enhanced)
SIGNATURE = 3  # its quote and date phrase no longer match the edited article
KINDS = ("selected_quote", "date_phrase", "other_passage", "mismatched", "now", "search_match")


@pytest.mark.parametrize("looks", [LIGHT_MARKS, DARK_MARKS], ids=["light", "dark"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_mark_keeps_seven_to_one(looks: MarkColours, kind: str) -> None:
    look: MarkLook = getattr(looks, kind)
    assert contrast(look.text, look.background) >= AAA, (kind, look)


def test_the_dark_theme_marks_are_dark_under_light_text() -> None:
    """No light island in the dark pane but the search match, the one mark meant to be seen
    first (bright in both themes, as a browser's find)."""
    for kind in KINDS:
        dark: MarkLook = getattr(DARK_MARKS, kind)
        light: MarkLook = getattr(LIGHT_MARKS, kind)
        if kind == "search_match":
            assert dark == light
            continue
        assert dark.background.lightness() < 100, kind
        assert dark.text.lightness() > 200, kind
        assert light.background.lightness() > 160, kind
        assert light.text.lightness() < 60, kind
    # Every kind has its own background in each theme.
    for looks in (LIGHT_MARKS, DARK_MARKS):
        backgrounds = [getattr(looks, kind).background.name() for kind in KINDS]
        assert len(set(backgrounds)) == len(KINDS)


def _marks(pane: DocumentPane) -> list[QTextEdit.ExtraSelection]:
    marks = pane.text_edit.extraSelections()
    assert marks
    return marks


def _is_flagged(mark: QTextEdit.ExtraSelection) -> bool:
    return mark.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


@pytest.mark.shared_window  # opens its file first; the theme is put back
@pytest.mark.parametrize("choice", [UiTheme.DARK, UiTheme.LIGHT])
def test_a_live_switch_re_marks_the_open_document(
    app: Application, qtbot: QtBot, tmp_path: Path, choice: UiTheme
) -> None:
    assert app.opener.open(tampered_copy(tmp_path))
    app.controller.select(SIGNATURE)
    window = app.window
    pane = window.findChild(DocumentPane)
    quotes = window.findChild(QuotesPane)
    assert pane is not None
    assert quotes is not None
    # From the other theme to the one under test, the document open all the while.
    other = UiTheme.LIGHT if choice is UiTheme.DARK else UiTheme.DARK
    looks = DARK_MARKS if choice is UiTheme.DARK else LIGHT_MARKS
    try:
        for step in (other, choice):
            window.theme_actions[step].trigger()
            QApplication.processEvents()
            expected = DARK_MARKS if step is UiTheme.DARK else LIGHT_MARKS
            qtbot.waitUntil(
                lambda expected=expected: any(  # type: ignore[misc]
                    _is_flagged(m)
                    and m.format.background().color() == expected.mismatched.background
                    for m in pane.text_edit.extraSelections()
                )
            )
        marks = _marks(pane)
        flagged = [m for m in marks if _is_flagged(m)]
        assert flagged
        for mark in flagged:
            # The mismatch is told by its wavy underline and tooltip, not by colour alone.
            assert mark.format.background().color() == looks.mismatched.background
            assert mark.format.foreground().color() == looks.mismatched.text
            assert mark.format.underlineColor() == looks.flag_line
            assert mark.format.toolTip()
        allowed = {
            (getattr(looks, kind).text.name(), getattr(looks, kind).background.name())
            for kind in KINDS
        }
        for mark in marks:
            text, background = mark.format.foreground().color(), mark.format.background().color()
            assert (text.name(), background.name()) in allowed
            assert contrast(text, background) >= AAA
            if choice is UiTheme.DARK:
                assert background.lightness() < 128  # no pale patch in the dark pane
        # The Quotes pane's differences are drawn in the same theme's marks.
        row = quotes.model.index(0, 0)
        html = str(quotes.model.data(row, HtmlRole))
        assert f"background-color:{looks.mismatched.background.name()}" in html
        assert f"background-color:{looks.now.background.name()}" in html
    finally:
        window.theme_actions[UiTheme.LIGHT].trigger()
        QApplication.processEvents()
