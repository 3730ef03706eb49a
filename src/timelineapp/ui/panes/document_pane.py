"""The document pane: a source document's full text with the events' passages marked in it.

File offsets count Unicode code points (Python ``str`` indices); Qt's text positions count
UTF-16 units, and Qt turns a "\\r\\n" pair into one block break. :class:`TextPositions` maps
between the two, so a quote after an emoji or in a Windows-written text lands exactly.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from enum import StrEnum

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...model.filtering import find_terms
from ...model.loading import DocumentState
from ...model.timeline import Passage, Timeline
from ...model.untrusted_text import shown
from ..controller import TimelineController
from ..events_model import DISPUTED_COLOR
from ..highlight import MATCH_COLOR
from ..provenance_words import FLAG_COLOR, RECORDED_COLOR, document_problem_text
from .event_pane import plain_label

# Characters whose width differs between the two counts: outside the BMP (two UTF-16 units,
# one code point) and the "\r" of "\r\n" (Qt keeps one block break for the pair).
_UNEVEN = re.compile("[\U00010000-\U0010ffff]|\r(?=\n)")

_SELECTED_QUOTE = QColor(0xFF, 0xD5, 0x4F)
_SELECTED_DATE_PHRASE = QColor(0xBB, 0xDE, 0xFB)
_OTHER_PASSAGE = QColor(0xE4, 0xE4, 0xE4)
# Marked text is drawn dark on its light background whatever the palette: white text on pale
# yellow (a dark theme's default) would be unreadable.
_MARKED_TEXT = QColor(0x20, 0x20, 0x20)
# The most marks of one kind (other events', the selected event's, search matches) drawn
# at once.
MAX_MARKS = 3_000
# Above this many passages in one document, other events' marks are drawn only around the
# visible text (thousands of extra selections make every change of selection slow).
_MARK_ALL_LIMIT = 1500
_MARK_MARGIN = 4000  # characters marked beyond the visible part, so a short scroll shows them


# Documents longer than this (characters) are shown one event-loop turn after a file opens.
_DEFER_CHARS = 200_000


class TextPositions:
    """Converts between code point offsets of a text and Qt text document positions.

    Only the few characters whose width differs are stored, so a plain ASCII document costs
    nothing and lookups are binary searches.
    """

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._offsets: list[int] = []  # code point offset of each uneven character
        self._shift: list[int] = [0]  # Qt position minus offset, before each uneven char
        for match in _UNEVEN.finditer(text):
            self._offsets.append(match.start())
            self._shift.append(self._shift[-1] + (-1 if match.group() == "\r" else 1))
        self._qt_starts = [o + s for o, s in zip(self._offsets, self._shift, strict=False)]

    @property
    def length(self) -> int:
        """Length of the text in code points."""
        return self._length

    @property
    def qt_length(self) -> int:
        """Length of the text in Qt positions."""
        return self.to_qt(self._length)

    def to_qt(self, offset: int) -> int:
        """Qt position of the code point ``offset`` (clamped to the text)."""
        offset = min(max(offset, 0), self._length)
        return offset + self._shift[bisect_left(self._offsets, offset)]

    def from_qt(self, position: int) -> int:
        """Code point offset at Qt ``position``; inside a surrogate pair, the pair's start."""
        position = min(max(position, 0), self.qt_length)
        return position - self._shift[bisect_left(self._qt_starts, position)]


class SelectionAction(StrEnum):
    """What the words selected in a document can become."""

    NEW_EVENT = "new-event"
    ADD_QUOTE = "add-quote"
    SET_QUOTE = "set-quote"  # the selected event's quote here is extended or shrunk to it
    DATE_PHRASE = "date-phrase"
    ATTRIBUTE = "attribute"
    NEW_ACTOR = "new-actor"


class DocumentTextEdit(QPlainTextEdit):
    """Read-only text that reports plain clicks (not drags) as a Qt text position."""

    position_clicked = Signal(int)  # Qt position under a left click without drag

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self._press: QPoint | None = None
        self.selection_actions: list[QAction] = []  # shown first in the context menu
        # Keep the requested passage visibly selected while the focus is in another pane.
        palette = self.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setColor(
                QPalette.ColorGroup.Inactive,
                role,
                palette.color(QPalette.ColorGroup.Active, role),
            )
        self.setPalette(palette)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(e.pos())
        standard = menu.actions()
        if standard:
            menu.insertActions(standard[0], self.selection_actions)
            menu.insertSeparator(standard[0])
        else:
            menu.addActions(self.selection_actions)
        menu.exec(e.globalPos())
        menu.deleteLater()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            self._press = e.position().toPoint()
        super().mousePressEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        point = e.position().toPoint()
        moved = (point - self._press).manhattanLength()
        self._press = None
        # A drag selects text to copy; only a plain click means "which event is this?".
        if moved < QApplication.startDragDistance():
            self.position_clicked.emit(self.cursorForPosition(point).position())


class DocumentPane(QWidget):
    """One document's text, the selected event's quotes and date phrase marked in it.

    Words selected in the text can become an event, a quote, a date phrase, an attribution
    or an actor: the pane only says so (``selection_action_requested``), with the selection
    in code points; what that means for the file is decided elsewhere.
    """

    # SelectionAction value, document id, start, end (code points)
    selection_action_requested = Signal(str, str, int, int)

    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._shown_text: str | None = None
        # Documents with thousands of marked passages are marked where the reader looks.
        self._remark = QTimer(self)
        self._remark.setSingleShot(True)
        self._remark.setInterval(60)
        self._remark.timeout.connect(self._mark_passages)
        self._controller = controller
        self._document_id: str | None = None
        self._positions = TextPositions("")
        # True while a click in the text selects an event: the reader is looking at that
        # spot, so the selection change must not switch document or scroll away.
        self._selecting_from_text = False

        self._combo = QComboBox(self)
        self._combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._combo.setMinimumContentsLength(20)
        self._warning = plain_label(self)
        palette = self._warning.palette()
        palette.setColor(QPalette.ColorRole.WindowText, DISPUTED_COLOR)
        self._warning.setPalette(palette)
        self._warning.hide()
        self._text = DocumentTextEdit(self)
        self._text.verticalScrollBar().valueChanged.connect(self.on_scrolled)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._combo)
        layout.addWidget(self._warning)
        layout.addWidget(self._text)

        self.actions_by_kind: dict[SelectionAction, QAction] = {}
        self._create_selection_actions()
        self._combo.currentIndexChanged.connect(self.on_document_chosen)
        self._text.position_clicked.connect(self.on_position_clicked)
        self._text.selectionChanged.connect(self.on_text_selection_changed)
        controller.file_loaded.connect(self.on_file_loaded)
        controller.selection_changed.connect(self.on_selection_changed)
        controller.passage_requested.connect(self.on_passage_requested)
        self.on_file_loaded()

    # --- for the main window and tests -------------------------------------------------------
    @property
    def text_edit(self) -> DocumentTextEdit:
        return self._text

    @property
    def combo(self) -> QComboBox:
        return self._combo

    @property
    def warning_label(self) -> QLabel:
        return self._warning

    @property
    def document_id(self) -> str | None:
        return self._document_id

    @property
    def positions(self) -> TextPositions:
        return self._positions

    def selected_span(self) -> tuple[int, int] | None:
        """The text selection as code point offsets ``[start, end)``, or None."""
        cursor = self._text.textCursor()
        if not cursor.hasSelection():
            return None
        return (
            self._positions.from_qt(cursor.selectionStart()),
            self._positions.from_qt(cursor.selectionEnd()),
        )

    def _create_selection_actions(self) -> None:
        entries = (
            (SelectionAction.NEW_EVENT, self.tr("New &Event from Selection"), "Ctrl+Shift+E"),
            (SelectionAction.ADD_QUOTE, self.tr("Add as &Quote to Selected Event"), "Ctrl+Shift+Q"),
            (
                SelectionAction.SET_QUOTE,
                self.tr("&Resize Selected Event's Quote to Selection"),
                "Ctrl+Shift+R",
            ),
            (SelectionAction.DATE_PHRASE, self.tr("Use as &Date Phrase"), "Ctrl+Shift+D"),
            (SelectionAction.ATTRIBUTE, self.tr("A&ttribute Quote to…"), "Ctrl+Shift+T"),
            (SelectionAction.NEW_ACTOR, self.tr("New &Actor from Selection…"), "Ctrl+Shift+K"),
        )
        for kind, text, shortcut in entries:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            # Active while the focus is in this pane: the same keys may mean other things
            # elsewhere, and the selection they act on is here.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, k=kind: self.on_selection_action(k))
            self.addAction(action)
            self.actions_by_kind[kind] = action
        self._text.selection_actions = list(self.actions_by_kind.values())
        self.on_text_selection_changed()

    def on_selection_action(self, kind: SelectionAction) -> None:
        span = self.selected_span()
        if span is None or self._document_id is None or span[0] >= span[1]:
            return
        self.selection_action_requested.emit(kind.value, self._document_id, span[0], span[1])

    def on_text_selection_changed(self) -> None:
        has_words = self._text.textCursor().hasSelection() and self._document_id is not None
        event_selected = self._controller.selection is not None
        needs_event = {
            SelectionAction.ADD_QUOTE,
            SelectionAction.SET_QUOTE,
            SelectionAction.DATE_PHRASE,
            SelectionAction.ATTRIBUTE,
        }
        for kind, action in self.actions_by_kind.items():
            action.setEnabled(has_words and (event_selected or kind not in needs_event))

    def show_document(self, document_id: str | None) -> None:
        """Show a document's text (with its marks); nothing happens if it is already shown."""
        if document_id != self._document_id:
            self._load_document(document_id)

    # --- slots ---------------------------------------------------------------------------------
    def on_file_loaded(self) -> None:
        timeline = self._controller.timeline
        if self._controller.reloading_after_edit and timeline is not None:
            self._follow_edit(timeline)
            return
        self._combo.blockSignals(True)
        self._combo.clear()
        if timeline is not None:
            for document in timeline.documents:
                # Item text is plain text in a combo box: titles from the file are safe here.
                self._combo.addItem(shown(document.title), document.id)
        self._combo.setCurrentIndex(-1)
        self._combo.blockSignals(False)
        # Always shown, even for one document: it names the document, and showing or hiding
        # it would re-lay out every dock of the window on each file opened.
        self._combo.setEnabled(self._combo.count() > 1)
        first = timeline.documents[0].id if timeline is not None and timeline.documents else None
        text = timeline.document_text(first) if timeline is not None and first else None
        if text is not None and len(text) > _DEFER_CHARS:
            # Laying out a long text takes tens of milliseconds: let the window show the new
            # file first, then show the document. A real timer (1 ms, not 0) is needed for
            # that: a zero-delay single shot is a queued call, which Qt runs before repaints.
            self._load_document(None)
            QTimer.singleShot(1, lambda: self._show_first(timeline, first, deferred=True))
            return
        # Always reload: the new file may reuse the shown document's id with another text.
        self._show_first(timeline, first)

    def _follow_edit(self, timeline: Timeline) -> None:
        """After an edit: the same document at the same place, with the marks as they are now;
        a document just added is shown."""
        ids = [d.id for d in timeline.documents]
        self._combo.blockSignals(True)
        self._combo.clear()
        for document in timeline.documents:
            self._combo.addItem(shown(document.title), document.id)
        self._combo.setEnabled(self._combo.count() > 1)
        self._combo.blockSignals(False)
        known = [self._combo.itemData(i) for i in range(self._combo.count())]
        keep = self._document_id if self._document_id in ids else (ids[-1] if ids else None)
        if keep != self._document_id or timeline.document_text(keep or "") != self._shown_text:
            self._load_document(keep)
        else:
            self._combo.blockSignals(True)
            self._combo.setCurrentIndex(known.index(keep) if keep in known else -1)
            self._combo.blockSignals(False)
            self._mark_passages()
        self.on_text_selection_changed()

    def _show_first(
        self, timeline: Timeline | None, document_id: str | None, deferred: bool = False
    ) -> None:
        """The end of :meth:`on_file_loaded`; when deferred, only if nothing else came since
        (another file, or a document the reader asked for)."""
        if self._controller.timeline is not timeline:
            return
        if deferred and self._document_id is not None:
            return
        self._load_document(document_id)  # marks the passages
        if self._controller.selection is not None:
            self.on_selection_changed(self._controller.selection)

    def on_selection_changed(self, event: int | None) -> None:
        self.on_text_selection_changed()
        timeline = self._controller.timeline
        if timeline is None or self._selecting_from_text:
            self._mark_passages()
            return
        if event is not None and 0 <= event < len(timeline.events):
            cited = [source.document for source in timeline.event(event).sources]
            # Stay on the shown document if the event cites it (the reader may have picked
            # it); otherwise show the first document the event cites.
            if cited and self._document_id not in cited:
                self.show_document(cited[0])
        self._mark_passages()
        first = self._first_passage(timeline, event)
        if first is not None:
            cursor = QTextCursor(self._text.document())
            cursor.setPosition(self._positions.to_qt(first.start))
            self._text.setTextCursor(cursor)
            self._text.centerCursor()

    def on_passage_requested(self, document_id: str, start: int, end: int) -> None:
        self.show_document(document_id)
        cursor = QTextCursor(self._text.document())
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self._text.setTextCursor(cursor)
        self._text.centerCursor()

    def on_document_chosen(self, combo_index: int) -> None:
        document_id = self._combo.itemData(combo_index)
        self.show_document(document_id if isinstance(document_id, str) else None)

    def on_position_clicked(self, position: int) -> None:
        timeline = self._controller.timeline
        if timeline is None or self._document_id is None:
            return
        passage = timeline.passage_at(self._document_id, self._positions.from_qt(position))
        if passage is None:
            return
        self._selecting_from_text = True
        try:
            self._controller.select(passage.event)
        finally:
            self._selecting_from_text = False

    # --- helpers -------------------------------------------------------------------------------
    def _load_document(self, document_id: str | None) -> None:
        """Show a document's text, its warning and its marks, even if it is already shown."""
        self._document_id = document_id
        timeline = self._controller.timeline
        text = None
        state = DocumentState.MISSING
        if timeline is not None and document_id is not None:
            text = timeline.document_text(document_id)
            state = timeline.document_state(document_id)
        self._positions = TextPositions(text or "")
        self._shown_text = text
        # Show or hide the warning before the text arrives: a layout change after it would
        # wrap a long document twice.
        self._text.setPlainText("")
        flagged = (
            document_problem_text(timeline.provenance, document_id)
            if timeline is not None and document_id is not None
            else ""
        )
        if document_id is None:
            self._warning.hide()
        elif flagged:  # provenance flag: said whether or not the document records a hash
            self._warning.setText(flagged)
            self._warning.show()
        elif state == DocumentState.CHANGED:
            self._warning.setText(
                self.tr(
                    "⚠ The text of this document no longer matches its recorded SHA-256: "
                    "quotes may be wrong"
                )
            )
            self._warning.show()
        elif state == DocumentState.MISSING:
            self._warning.setText(self.tr("⚠ Text not available"))
            self._warning.show()
        else:
            self._warning.hide()
        self._text.setPlainText(text or "")
        if text:
            self._text.setPlaceholderText("")
        elif document_id is None:  # empty state: nothing is missing, nothing is open yet
            self._text.setPlaceholderText(self.tr("No document to show"))
        else:
            self._text.setPlaceholderText(self.tr("Text not available"))
        combo_index = self._combo.findData(document_id)
        if combo_index != self._combo.currentIndex():
            self._combo.blockSignals(True)  # the combo follows; it must not re-enter here
            self._combo.setCurrentIndex(combo_index)
            self._combo.blockSignals(False)
        self._mark_passages()

    def _first_passage(self, timeline: Timeline, event: int | None) -> Passage | None:
        """The selected event's first quote in the shown document (else its date phrase)."""
        if event is None or self._document_id is None:
            return None
        mine = [p for p in timeline.passages.get(self._document_id, ()) if p.event == event]
        quotes = [p for p in mine if not p.is_date_phrase]
        if quotes:
            return quotes[0]
        return mine[0] if mine else None

    def _mark_passages(self) -> None:
        timeline = self._controller.timeline
        if timeline is None or self._document_id is None or not self._positions.length:
            self._text.setExtraSelections([])
            return
        selected = self._controller.selection
        others: list[QTextEdit.ExtraSelection] = []
        mine: list[QTextEdit.ExtraSelection] = []
        passages = timeline.passages.get(self._document_id, [])
        provenance = timeline.provenance
        low, high = self._marked_range(len(passages))
        # Other events' passages are a quiet tint of the pane's own base colour, so they read
        # in a dark theme too (a fixed pale grey there made white patches beside dark text).
        base = self._text.palette().base().color()
        dark = base.lightness() < 128
        other_background = base.lighter(180) if dark else _OTHER_PASSAGE
        other_text = self._text.palette().text().color() if dark else _MARKED_TEXT
        for passage in passages:
            if passage.event != selected and not low <= passage.start < high:
                continue
            # A stranger's file can stack a million quotes on one sentence: what is drawn
            # at once is capped (each mark is a text format Qt keeps and lays out).
            if len(others if passage.event != selected else mine) >= MAX_MARKS:
                continue
            text_format = QTextCharFormat()
            text_format.setForeground(_MARKED_TEXT)
            if provenance.quote_problem(passage.event, passage.source, passage.quote):
                # Provenance flag: the recorded offsets no longer hold the quoted words.
                text_format.setBackground(RECORDED_COLOR)
                text_format.setFontUnderline(True)
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                text_format.setUnderlineColor(FLAG_COLOR)
                text_format.setToolTip(self.tr("Not the recorded words: see the Quotes pane"))
                (others if passage.event != selected else mine).append(
                    self._extra_selection(passage, text_format)
                )
            elif passage.event != selected:
                text_format.setBackground(other_background)
                text_format.setForeground(other_text)
                others.append(self._extra_selection(passage, text_format))
            elif passage.is_date_phrase:
                text_format.setBackground(_SELECTED_DATE_PHRASE)
                text_format.setFontUnderline(True)
                mine.append(self._extra_selection(passage, text_format))
            else:
                text_format.setBackground(_SELECTED_QUOTE)
                mine.append(self._extra_selection(passage, text_format))
        matches: list[QTextEdit.ExtraSelection] = []
        if self._terms:
            text = timeline.document_text(self._document_id) or ""
            for start, end in find_terms(text, self._terms):
                if not low <= start < high:
                    continue
                if len(matches) >= MAX_MARKS:
                    break
                # The one search highlight of every pane: the match background.
                match_format = QTextCharFormat()
                match_format.setBackground(MATCH_COLOR)
                match_format.setForeground(_MARKED_TEXT)
                matches.append(self._span_selection(start, end, match_format))
        # Later selections paint over earlier ones: the selected event's marks win overlaps,
        # and search matches stay visible on top of both.
        self._text.setExtraSelections(others + mine + matches)

    def _marked_range(self, count: int) -> tuple[float, float]:
        """The part of the text whose other marks are drawn: all of it, unless there are
        thousands, in which case the visible part (with a margin), re-marked on scroll."""
        if count <= _MARK_ALL_LIMIT:
            return -math.inf, math.inf
        viewport = self._text.viewport()
        first = self._text.cursorForPosition(QPoint(0, 0)).position()
        last = self._text.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return (
            self._positions.from_qt(first) - _MARK_MARGIN,
            self._positions.from_qt(last) + _MARK_MARGIN,
        )

    def on_scrolled(self) -> None:
        timeline = self._controller.timeline
        document = self._document_id
        if timeline is None or document is None:
            return
        if len(timeline.passages.get(document, [])) > _MARK_ALL_LIMIT:
            self._remark.start()

    def set_highlight_terms(self, terms: list[str]) -> None:
        """Mark these folded search terms wherever they occur in the document."""
        self._terms = list(terms)
        self._mark_passages()

    def _extra_selection(
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
