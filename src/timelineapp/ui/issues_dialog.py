"""A dialog listing located load problems as plain text (never a traceback)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..model.issues import Issue
from ..model.untrusted_text import visible
from .issue_words import issue_line


class IssuesDialog(QDialog):
    def __init__(
        self, title: str, summary: str, issues: Sequence[Issue], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        label = QLabel(summary)
        label.setTextFormat(Qt.TextFormat.PlainText)  # it names the file: a stranger's text
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.text.setFont(font)
        # Control characters in a key or a path are drawn as symbols, one issue per line.
        self.text.setPlainText("\n".join(visible(issue_line(issue)) for issue in issues))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
