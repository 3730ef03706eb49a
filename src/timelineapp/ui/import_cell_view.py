"""A preview cell's whole text, a double-click away in the import dialog (QA #50).

The preview's table shows each cell on one line, cut to :data:`CELL_LIMIT` characters: a
table cell is not where a 20 MB field is read, and laying one out is what makes a preview
slow. This window shows the cell as imported, up to :data:`VIEW_LIMIT` characters (a long
single line wrapped in a text view takes a while to lay out past that), with Copy All for
the rest.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..model.untrusted_text import visible
from .window_geometry import fit_dialog_to_screen

#: Characters of a cell shown in the preview's table (one line: more is never read there).
CELL_LIMIT = 300
#: Characters of a cell shown in its own window; Copy All copies every one.
VIEW_LIMIT = 100_000


class CellTextDialog(QDialog):
    """One cell's text, read-only, with Copy All."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setWindowTitle(title)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        # Plain text always: an input's HTML is never rendered; control characters visible.
        self.view.setPlainText(visible(text[:VIEW_LIMIT]))
        layout.addWidget(self.view, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        if len(text) > VIEW_LIMIT:
            self.note.setText(
                self.tr(
                    "The first %Ln characters are shown; Copy All copies all {total}.",
                    "",
                    VIEW_LIMIT,
                ).format(total=self.locale().toString(len(text)))
            )
        else:
            self.note.hide()
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy All"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_dialog_to_screen(self)

    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._text)
