"""The red of provenance warnings and of "disputed" reads in both themes: the light theme's red
was 3.3:1 on the dark theme's base, too little for ordinary text (WCAG AA asks 4.5:1); the
warnings take the red of the theme in force, and a live switch recolours the ones shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from timelineapp.ui.app import Application
from timelineapp.ui.events_model import Column
from timelineapp.ui.mark_colours import DARK_MARKS, LIGHT_MARKS, flag_color
from timelineapp.ui.panes.events_pane import EventsPane
from timelineapp.ui.provenance_pane import ProvenancePane
from timelineapp.ui.settings import UiTheme
from timelineapp.ui.theme import palette_for

from ..provenance_files import tampered_copy
from .test_theme_switch import contrast

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AA = 4.5  # WCAG 2.1, 1.4.3: contrast (minimum), ordinary text
SIGNATURE = 3  # its quote and date phrase no longer match the edited article
_Role = QPalette.ColorRole


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_flag_red_reads_on_every_background_it_is_drawn_on(dark: bool) -> None:
    palette = palette_for(dark=dark)
    flag = flag_color(palette)
    assert flag == (DARK_MARKS if dark else LIGHT_MARKS).flag_text
    for role in (_Role.Window, _Role.Base, _Role.AlternateBase, _Role.Button, _Role.ToolTipBase):
        assert contrast(flag, palette.color(role)) >= AA, (role, flag.name())


@pytest.mark.shared_window  # opens its file first; the theme is put back
@pytest.mark.parametrize("choice", [UiTheme.DARK, UiTheme.LIGHT])
def test_a_live_switch_recolours_the_warnings_shown(
    app: Application, tmp_path: Path, choice: UiTheme
) -> None:
    assert app.opener.open(tampered_copy(tmp_path))
    app.controller.select(SIGNATURE)
    window = app.window
    button = window.status.provenance_button
    pane = window.findChild(ProvenancePane)
    assert pane is not None
    events = window.findChild(EventsPane)
    assert events is not None
    model = events.model
    foreground = Qt.ItemDataRole.ForegroundRole
    row = next(
        r
        for r in range(model.rowCount())
        if model.data(model.index(r, Column.REVIEW), foreground) is not None
    )
    other = UiTheme.LIGHT if choice is UiTheme.DARK else UiTheme.DARK
    expected = (DARK_MARKS if choice is UiTheme.DARK else LIGHT_MARKS).flag_text
    try:
        for step in (other, choice):  # from the other theme, the file open all the while
            window.theme_actions[step].trigger()
            QApplication.processEvents()
        assert button.palette().color(_Role.ButtonText) == expected
        flagged = pane.list_widget.item(0)  # the quote that no longer matches its document
        assert flagged is not None
        assert flagged.foreground().color() == expected
        brush = model.data(model.index(row, Column.REVIEW), foreground)
        assert brush.color() == expected
        # The rest of the button follows the theme: only the text's colour is its own.
        assert button.palette().color(_Role.Button) == QApplication.palette().color(_Role.Button)
    finally:
        window.theme_actions[UiTheme.LIGHT].trigger()
        QApplication.processEvents()
