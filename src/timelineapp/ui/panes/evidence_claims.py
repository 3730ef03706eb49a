"""The Event pane's "What the sources say": each source's own date side by side, with its
quotes, whether they conflict, and the span supported by all (the evidence of issue 18)."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...model.dates import DateError, cached_date
from ...model.evidence import Claim, EventEvidence
from ...model.timeline import Timeline
from ...model.untrusted_text import shown
from ...render.evidence_words import grade_scale, grade_words
from ..events_model import date_words, quoted
from ..mark_colours import flag_color
from .event_pane import plain_label

MIN_COLUMN_WIDTH = 190  # narrower, the claims go one under another


def claim_date_words(text: str) -> str:
    try:
        return date_words(cached_date(text))
    except DateError:
        return text


def _day(instant: float) -> str:
    return datetime.datetime.fromtimestamp(instant, datetime.UTC).date().isoformat()


class EvidenceClaims(QWidget):
    """Side by side, one column per date the sources state; hidden when none states one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._heading = QLabel(self.tr("What the sources say"), self)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._heading.setWordWrap(True)
        font = QFont(self._heading.font())
        font.setBold(True)
        self._heading.setFont(font)
        self._verdict = plain_label(self)
        self._columns = QWidget(self)
        self._grid = QGridLayout(self._columns)
        self._grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addWidget(self._verdict)
        layout.addWidget(self._columns)
        self._boxes: list[QFrame] = []
        self._columns_shown = 0

    @property
    def verdict(self) -> str:
        return self._verdict.text()

    def show_evidence(self, timeline: Timeline, evidence: EventEvidence) -> None:
        for box in self._boxes:
            self._grid.removeWidget(box)
            box.deleteLater()
        self._boxes = []
        shown_claims = [c for c in evidence.claims if c.date is not None]
        self.setVisible(bool(shown_claims))
        if not shown_claims:
            return
        # Only sources with quoted words back a date (model.evidence, *Backing*); the others
        # are listed "no quoted words" and left out of the verdict (QA #91).
        dated = [c for c in shown_claims if c.backed]
        dates = len({claim.date for claim in dated})  # how many different dates they give
        boxes: dict[str, list[Claim]] = {}
        for claim in shown_claims:
            assert claim.date is not None
            boxes.setdefault(claim.date, []).append(claim)
        palette = self.palette()
        font = QFont(self.font())
        if evidence.conflicting:
            verdict = self.tr(
                "⚠ The sources disagree on the date: %Ln claim(s) that do not all overlap",
                "",
                dates,
            )
            palette.setColor(QPalette.ColorRole.WindowText, flag_color(palette))
            font.setBold(True)
        elif evidence.common is not None and dates > 1:
            verdict = self.tr("Supported by all: %1").replace(
                "%1", self._common_words(timeline, evidence, dated)
            )
        elif dates == 1:
            verdict = self.tr("The dated sources agree")
        elif not dates:
            verdict = self.tr("No source quotes words for its date")
        else:
            verdict = ""
        self._verdict.setText(verdict)
        self._verdict.setVisible(bool(verdict))
        self._verdict.setPalette(palette)
        self._verdict.setFont(font)
        self._boxes = [self._claim_box(timeline, date, claims) for date, claims in boxes.items()]
        self._columns_shown = 0
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Side by side when there is room (MIN_COLUMN_WIDTH each), else one under another."""
        columns = max(1, min(len(self._boxes), self.width() // MIN_COLUMN_WIDTH))
        if columns == self._columns_shown:
            return
        self._columns_shown = columns
        for box in self._boxes:
            self._grid.removeWidget(box)
        for k, box in enumerate(self._boxes):
            row, column = divmod(k, columns)
            self._grid.addWidget(box, row, column)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def _common_words(self, timeline: Timeline, evidence: EventEvidence, dated: list[Claim]) -> str:
        for claim in dated:  # the tightest claim usually is the common span itself
            if claim.extent == evidence.common and claim.date is not None:
                return claim_date_words(claim.date)
        assert evidence.common is not None
        low, high = evidence.common
        return self.tr("%1 to %2").replace("%1", _day(low)).replace("%2", _day(high - 1))

    def _claim_box(self, timeline: Timeline, date: str, claims: list[Claim]) -> QFrame:
        box = QFrame(self._columns)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        title = plain_label(box, claim_date_words(date))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        for claim in claims:
            document = timeline.document_by_id.get(claim.document)
            name = shown(document.title if document is not None else claim.document, 500)
            if claim.backed:
                grade = grade_words(claim.grade, claim.reliability, claim.credibility)
                line = plain_label(box, f"{name} · {grade}")
                line.setToolTip(grade_scale())  # says what the letter and the digit mean
            else:  # its grade would dress up words nobody quoted
                line = plain_label(box, f"{name} · {self.tr('no quoted words')}")
            layout.addWidget(line)
            for text in claim.quotes:
                quote = plain_label(box, quoted(shown(text, 2000)))
                italic = QFont(quote.font())
                italic.setItalic(True)
                quote.setFont(italic)
                layout.addWidget(quote)
        layout.addStretch(1)
        return box
