"""The document pane: a source document's full text with the events' passages marked in it.

The text widget and the offset mapping are in :mod:`.document_text`, the marks in
:mod:`.document_marks`; this module wires them to the controller.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut, QTextCursor
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ...model.loading import DocumentState
from ...model.timeline import Passage, Timeline
from ...model.untrusted_text import shown
from ..controller import TimelineController
from ..provenance_words import document_problem_text
from ..theme import follow_flag
from .document_marks import MARK_ALL_LIMIT, PassageMarker
from .document_text import DocumentTextEdit, SelectionAction, TextPositions
from .event_pane import plain_label

__all__ = ["DocumentPane", "DocumentTextEdit", "SelectionAction", "TextPositions"]

# Documents longer than this (characters) are shown one event-loop turn after a file opens.
_DEFER_CHARS = 200_000


class DocumentPane(QWidget):
    """One document's text, the selected event's quotes and date phrase marked in it.

    Words selected in the text can become an event, a quote, a date phrase, an attribution
    or an actor: the pane only says so (``selection_action_requested``), with the selection
    in code points; what that means for the file is decided elsewhere.
    """

    # SelectionAction value, document id, start, end (code points)
    selection_action_requested = Signal(str, str, int, int)
    # Why a selection action's keys did nothing (QA #88), for the status bar.
    hint = Signal(str)

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
        # The file whose document is shown (the document's id may be another file's too).
        self._shown_for: Timeline | None = None
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
        follow_flag(self._warning, QPalette.ColorRole.WindowText)
        self._warning.hide()
        self._text = DocumentTextEdit(self)
        self._marker = PassageMarker(self._text)
        self._text.verticalScrollBar().valueChanged.connect(self.on_scrolled)
        # A theme switch: the marks' colours are derived from the text's palette (QA #112).
        self._text.palette_changed.connect(self._remark.start)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._combo)
        layout.addWidget(self._warning)
        layout.addWidget(self._text)

        self.actions_by_kind: dict[SelectionAction, QAction] = {}
        self._hint_keys: dict[SelectionAction, QShortcut] = {}
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
        # A disabled action ignores its keys; these take them instead (enabled exactly when
        # their action is not), so the keys say why nothing happened (QA #88).
        for kind, action in self.actions_by_kind.items():
            keys = QShortcut(action.shortcut(), self)
            keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys.activated.connect(lambda k=kind: self.on_unavailable_keys(k))
            self._hint_keys[kind] = keys
        self.on_text_selection_changed()

    def on_unavailable_keys(self, kind: SelectionAction) -> None:
        """Say what to do first when a selection action's keys cannot act yet."""
        if self._document_id is None:
            text = self.tr("Open a document first: its words make events, quotes and actors")
        elif not self._text.textCursor().hasSelection():
            text = self.tr("Select words in the document text first")
        elif kind is SelectionAction.DATE_PHRASE:
            text = self.tr(
                "Select the event these words date first (or Ctrl+Shift+E for a new event)"
            )
        elif kind is SelectionAction.ATTRIBUTE:
            text = self.tr(
                "Select the event whose quote to attribute first (or Ctrl+Shift+E for a new event)"
            )
        elif kind is SelectionAction.SET_QUOTE:
            text = self.tr("Select the event whose quote to resize first")
        else:
            text = self.tr(
                "Select the event to add this quote to (or Ctrl+Shift+E for a new event)"
            )
        self.hint.emit(text)

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
            hint_keys = self._hint_keys.get(kind)
            if hint_keys is not None:
                hint_keys.setEnabled(not action.isEnabled())

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
        if timeline is not None and self._document_id is not None and self._shown_for is timeline:
            # An event selected while the file was announced (its remembered view, restored
            # by a slot that ran before this one) has shown this file's document already:
            # loaded again, a long one was read and laid out twice (~47 ms on the 1M file).
            self._combo.blockSignals(True)
            self._combo.setCurrentIndex(self._combo.findData(self._document_id))
            self._combo.blockSignals(False)
            return
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
            self._shown_for = timeline  # the same text, now the edited file's
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
        self._shown_for = timeline if document_id is not None else None
        text = None
        state = DocumentState.MISSING
        if timeline is not None and document_id is not None:
            text = timeline.document_text(document_id)
            state = timeline.document_state(document_id)
        self._positions = TextPositions(text or "")
        self._marker.set_positions(self._positions)
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
        self._text.setExtraSelections(
            self._marker.marks(timeline, self._document_id, self._controller.selection, self._terms)
        )

    def on_scrolled(self) -> None:
        timeline = self._controller.timeline
        document = self._document_id
        if timeline is None or document is None:
            return
        if len(timeline.passages.get(document, [])) > MARK_ALL_LIMIT:
            self._remark.start()

    def set_highlight_terms(self, terms: list[str]) -> None:
        """Mark these folded search terms wherever they occur in the document."""
        self._terms = list(terms)
        self._mark_passages()
