"""The "Grade Sources" dialog: the selected event's documents and sources graded in one go.

For each document the event cites: its Admiralty reliability, what it relies on or translates,
and a note saying why; for each source: the credibility of its information, the date it
states, and a note. The dialog edits nothing itself: it returns the grades, which become one
undoable edit (:func:`~timelineapp.model.evidence_edits.grade_evidence`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..model.dates import DateError
from ..model.evidence import RELIABILITY_CODES
from ..model.evidence_edits import DocumentGrade, SourceGrade
from ..model.format_rules import Reliability, event_date_columns
from ..model.untrusted_text import shown
from ..render.date_word_parts import fill
from ..render.evidence_words import credibility_words, reliability_words
from .date_error_words import date_error_text
from .window_geometry import fit_dialog_to_screen

if TYPE_CHECKING:
    from ..model.file_format import Document, Event

# The dialog fits a 1024x700 screen whatever the titles' and notes' lengths (QA #60): long
# titles wrap or are elided with the whole title in a tooltip, combo boxes do not widen to
# their longest item, and the notes ("why this grade", often a few sentences) are several
# lines high.
_COMBO_CHARACTERS = 24
_NOTE_LINES = 3


def _compact(combo: QComboBox) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(_COMBO_CHARACTERS)
    for k in range(combo.count()):
        combo.setItemData(k, combo.itemText(k), Qt.ItemDataRole.ToolTipRole)
    return combo


def _note_field(text: str, parent: QWidget) -> QPlainTextEdit:
    """A few lines for a note, plain text; Tab moves on (a note has no tabs)."""
    field = QPlainTextEdit(parent)
    field.setPlainText(text)
    field.setTabChangesFocus(True)
    lines = field.fontMetrics().lineSpacing() * _NOTE_LINES
    field.setFixedHeight(lines + 2 * field.frameWidth() + 8)
    return field


def _titled_box(title: str, parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    """A box headed by ``title`` wrapped over lines (a group box's own title is one line
    that sets the box's minimum width: a 200-character title widened the dialog)."""
    box = QGroupBox(parent)
    form = QFormLayout(box)
    heading = QLabel(title, box)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    heading.setWordWrap(True)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    form.addRow(heading)
    return box, form


class _DocumentFields:
    def __init__(self, parent: QWidget, document: Document, others: Sequence[Document]) -> None:
        self.document = document
        self.reliability = QComboBox(parent)
        self.reliability.addItem(QCoreApplication.translate("GradeDialog", "not graded"), None)
        for letter in Reliability:
            words = reliability_words(RELIABILITY_CODES[letter])
            self.reliability.addItem(f"{letter} — {words}", str(letter))
        _compact(self.reliability)
        current = None if document.reliability is None else str(document.reliability)
        self.reliability.setCurrentIndex(max(self.reliability.findData(current), 0))
        self.relies_on = QListWidget(parent)
        for other in others:
            item = QListWidgetItem(shown(other.title, 200), self.relies_on)
            item.setToolTip(shown(other.title, 200))
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = other.id in document.derived_from
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.relies_on.setMaximumHeight(80)
        self.relies_on.setWordWrap(True)
        self.relies_on.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.translated_from = QComboBox(parent)
        self.translated_from.addItem("—", None)
        for other in others:
            self.translated_from.addItem(shown(other.title, 200), other.id)
        found = self.translated_from.findData(document.translated_from)
        self.translated_from.setCurrentIndex(max(found, 0))
        _compact(self.translated_from)
        self.translated_by = QLineEdit(document.translated_by or "", parent)
        self.original_language = QLineEdit(document.original_language or "", parent)
        self.note = _note_field(document.note or "", parent)

    def grade(self) -> DocumentGrade:
        letter = self.reliability.currentData()
        relies = [
            str(self.relies_on.item(k).data(Qt.ItemDataRole.UserRole))
            for k in range(self.relies_on.count())
            if self.relies_on.item(k).checkState() == Qt.CheckState.Checked
        ]
        return DocumentGrade(
            reliability=None if letter is None else Reliability(letter),
            derived_from=tuple(relies),
            translated_from=self.translated_from.currentData(),
            translated_by=self.translated_by.text().strip() or None,
            original_language=self.original_language.text().strip() or None,
            note=self.note.toPlainText().strip() or None,
        )


class _SourceFields:
    def __init__(self, parent: QWidget, event: Event, index: int) -> None:
        source = event.sources[index]
        self.credibility = QComboBox(parent)
        self.credibility.addItem(QCoreApplication.translate("GradeDialog", "not graded"), None)
        for code in range(6):
            self.credibility.addItem(f"{code + 1} — {credibility_words(code)}", code + 1)
        self.credibility.setCurrentIndex(max(self.credibility.findData(source.credibility), 0))
        _compact(self.credibility)
        self.date = QLineEdit(source.date or "", parent)
        self.note = _note_field(source.note or "", parent)

    def date_problem(self) -> str | None:
        text = self.date.text().strip()
        if not text:
            return None
        try:
            event_date_columns(text)
        except DateError as error:
            return date_error_text(error)
        return None

    def grade(self) -> SourceGrade:
        return SourceGrade(
            credibility=self.credibility.currentData(),
            date=self.date.text().strip() or None,
            note=self.note.toPlainText().strip() or None,
        )


class GradeDialog(QDialog):
    """Grades for one event's documents and sources."""

    def __init__(
        self, event: Event, documents: Sequence[Document], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grade Sources"))
        by_id = {d.id: d for d in documents}
        cited = [by_id[d] for d in dict.fromkeys(s.document for s in event.sources) if d in by_id]
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.documents: list[_DocumentFields] = []
        for document in cited:
            box, form = _titled_box(shown(document.title, 200), body)
            others = [d for d in documents if d.id != document.id]
            graded = _DocumentFields(box, document, others)
            form.addRow(self.tr("Reliability:"), graded.reliability)
            form.addRow(self.tr("Relies on:"), graded.relies_on)
            form.addRow(self.tr("Translation of:"), graded.translated_from)
            form.addRow(self.tr("Translated by:"), graded.translated_by)
            form.addRow(self.tr("Original language:"), graded.original_language)
            form.addRow(self.tr("Why this grade:"), graded.note)
            layout.addWidget(box)
            self.documents.append(graded)
        self.sources: list[_SourceFields] = []
        for k, source in enumerate(event.sources):
            known = by_id.get(source.document)
            title = shown(known.title if known is not None else source.document, 200)
            heading = fill(self.tr("Source %1: %2"), str(k + 1), title)  # a title may hold "%1"
            box, form = _titled_box(heading, body)
            fields = _SourceFields(box, event, k)
            form.addRow(self.tr("Credibility:"), fields.credibility)
            form.addRow(self.tr("Date it states (EDTF):"), fields.date)
            form.addRow(self.tr("Why:"), fields.note)
            fields.date.textChanged.connect(self.on_changed)
            layout.addWidget(box)
            self.sources.append(fields)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(self.problem)
        outer.addWidget(self.buttons)
        self.resize(560, 640)
        self.on_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_dialog_to_screen(self)

    def on_changed(self) -> None:
        problems = [p for p in (f.date_problem() for f in self.sources) if p]
        self.problem.setText(problems[0] if problems else "")
        self.problem.setVisible(bool(problems))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)

    def document_grades(self) -> dict[str, DocumentGrade]:
        return {f.document.id: f.grade() for f in self.documents}

    def source_grades(self) -> list[SourceGrade]:
        return [f.grade() for f in self.sources]
