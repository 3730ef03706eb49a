"""How the document pane marks passages: the selected event's quotes and date phrase, other
events' passages, search matches; capped, and around the visible text in crowded documents.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ...model.filtering import find_terms
from ...model.timeline import Passage, Timeline
from ..mark_colours import MarkLook, mark_colours
from .document_text import TextPositions

# The most marks of one kind (other events', the selected event's, search matches) drawn
# at once.
MAX_MARKS = 3_000
# Above this many passages in one document, other events' marks are drawn only around the
# visible text (thousands of extra selections make every change of selection slow).
MARK_ALL_LIMIT = 1500
_MARK_MARGIN = 4000  # characters marked beyond the visible part, so a short scroll shows them


class PassageMarker:
    """Builds the extra selections of a text edit showing a document (``positions`` maps
    the document's code point offsets to the edit's positions)."""

    def __init__(self, text: QPlainTextEdit) -> None:
        self._text = text
        self._positions = TextPositions("")

    def set_positions(self, positions: TextPositions) -> None:
        self._positions = positions

    def marks(
        self,
        timeline: Timeline,
        document_id: str,
        selected: int | None,
        terms: list[str],
    ) -> list[QTextEdit.ExtraSelection]:
        """The marks of a document: other events' passages, the selected event's, and the
        search matches, in painting order (later ones win overlaps)."""
        others: list[QTextEdit.ExtraSelection] = []
        mine: list[QTextEdit.ExtraSelection] = []
        passages = timeline.passages.get(document_id, [])
        provenance = timeline.provenance
        low, high = self.marked_range(len(passages))
        # Light marks under dark text in a light pane, dark ones under light text in a dark
        # one (a pale pink passage in the dark theme was read as white on pink: QA #151).
        looks = mark_colours(self._text.palette())
        for passage in passages:
            if passage.event != selected and not low <= passage.start < high:
                continue
            # A stranger's file can stack a million quotes on one sentence: what is drawn
            # at once is capped (each mark is a text format Qt keeps and lays out).
            if len(others if passage.event != selected else mine) >= MAX_MARKS:
                continue
            if provenance.quote_problem(passage.event, passage.source, passage.quote):
                # Provenance flag: the recorded offsets no longer hold the quoted words.
                text_format = _format(looks.mismatched)
                text_format.setFontUnderline(True)
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                text_format.setUnderlineColor(looks.flag_line)
                text_format.setToolTip(
                    QCoreApplication.translate(
                        "DocumentPane", "Not the recorded words: see the Quotes pane"
                    )
                )
                (others if passage.event != selected else mine).append(
                    self._passage_selection(passage, text_format)
                )
            elif passage.event != selected:
                others.append(self._passage_selection(passage, _format(looks.other_passage)))
            elif passage.is_date_phrase:
                text_format = _format(looks.date_phrase)
                text_format.setFontUnderline(True)
                mine.append(self._passage_selection(passage, text_format))
            else:
                mine.append(self._passage_selection(passage, _format(looks.selected_quote)))
        matches: list[QTextEdit.ExtraSelection] = []
        if terms:
            text = timeline.document_text(document_id) or ""
            for start, end in find_terms(text, terms):
                if not low <= start < high:
                    continue
                if len(matches) >= MAX_MARKS:
                    break
                # The one search highlight of every pane: the match background.
                matches.append(self._span_selection(start, end, _format(looks.search_match)))
        # Later selections paint over earlier ones: the selected event's marks win overlaps,
        # and search matches stay visible on top of both.
        return others + mine + matches

    def marked_range(self, count: int) -> tuple[float, float]:
        """The part of the text whose other marks are drawn: all of it, unless there are
        thousands, in which case the visible part (with a margin), re-marked on scroll."""
        if count <= MARK_ALL_LIMIT:
            return -math.inf, math.inf
        viewport = self._text.viewport()
        first = self._text.cursorForPosition(QPoint(0, 0)).position()
        last = self._text.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return (
            self._positions.from_qt(first) - _MARK_MARGIN,
            self._positions.from_qt(last) + _MARK_MARGIN,
        )

    def _passage_selection(
        self, passage: Passage, text_format: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        return self._span_selection(passage.start, passage.end, text_format)

    def _span_selection(
        self, start: int, end: int, text_format: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self._text.document())
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = text_format
        return selection


def _format(look: MarkLook) -> QTextCharFormat:
    """A mark's text format: its background and the text colour chosen with it."""
    text_format = QTextCharFormat()
    text_format.setBackground(look.background)
    text_format.setForeground(look.text)
    return text_format
