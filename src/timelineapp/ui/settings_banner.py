"""The strip above the timeline that says what happened to the user's settings.

Settings set aside at the start, or reset in part, and settings that cannot be saved are
said here, whole and until the user hides the strip: a status-bar message was cut off under
the bar's permanent fields and gone after 30 seconds (QA #43). It is the live-reload banner's
strip (plain text, selectable: the notice names files the user may want to find), with its
own words; its module is loaded only when there is something to say.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QMainWindow, QWidget

from .live_reload import ReloadBanner


class SettingsBanner(ReloadBanner):
    """A notice about the settings, with a Hide button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-banner")

    def show_notice(self, text: str) -> None:
        self.label.setText(text)
        self.show()


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
