"""The strip above the timeline that says what happened to the user's settings.

Settings set aside at the start, or reset in part, and settings that cannot be saved are
said here until the user hides the strip: a status-bar message was cut off under the bar's
permanent fields and gone after 30 seconds (QA #43). It is the live-reload banner's strip
(plain text, selectable: the notice names files the user may want to find), with its own
words; its module is loaded only when there is something to say.

One line (QA #61: the whole notice, wrapped, took ~130 px of a 1024×700 window's timeline
until hidden): the notice's first line, shortened with "…" to the strip's width, and a
Details button that shows it whole, wrapped, and back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QMainWindow, QPushButton, QWidget

from .elided_label import ElidedLabel
from .live_reload import ReloadBanner
from .plain_tooltip import plain_tooltip


class SettingsBanner(ReloadBanner):
    """A notice about the settings on one line, with Details and Hide buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-banner")
        # The one line shown while folded; ``label`` (the whole notice) while unfolded.
        self.summary = ElidedLabel(self)
        # Its text set after: QPushButton(text, parent) makes PySide make the QIcon class
        # (its icon overload), ~10 M instructions of a start that shows a settings notice.
        self.details_button = QPushButton(self)
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.on_details_toggled)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.insertWidget(0, self.summary, 1)
        layout.insertWidget(2, self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        self.label.hide()

    def show_notice(self, text: str) -> None:
        self.label.setText(text)
        first, _, rest = text.partition("\n")
        # Its first line; "…" says there is more, Details shows it (the tooltip too).
        self.summary.set_full_text(f"{first} …" if rest else first)
        self.summary.setToolTip(plain_tooltip(text))
        self.details_button.setChecked(False)
        self.show()

    def on_details_toggled(self, unfold: bool) -> None:
        self.label.setVisible(unfold)
        self.summary.setVisible(not unfold)
        self.details_button.setText(self.tr("Less") if unfold else self.tr("Details"))


def settings_banner(window: QMainWindow) -> SettingsBanner:
    """The window's settings banner, made and put above the timeline at the first call."""
    found = window.findChild(SettingsBanner, "settings-banner")
    if isinstance(found, SettingsBanner):
        return found
    banner = SettingsBanner(window)
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, banner)
    return banner
