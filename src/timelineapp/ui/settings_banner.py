"""The strip above the timeline that says what happened to the user's settings.

Settings set aside at the start, or reset in part, and settings that cannot be saved are
said here, whole and until the user hides the strip: a status-bar message was cut off under
the bar's permanent fields and gone after 30 seconds (QA #43). Plain text, selectable (the
notice names files the user may want to find).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QWidget,
)


class SettingsBanner(QFrame):
    """A notice about the settings, with a Hide button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), palette.color(palette.ColorRole.ToolTipBase))
        palette.setColor(self.foregroundRole(), palette.color(palette.ColorRole.ToolTipText))
        self.setPalette(palette)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the settings file
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.hide_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notice(self, text: str) -> None:
        self.label.setText(text)
        self.setToolTip(text)
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
