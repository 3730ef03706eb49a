"""The Provenance pane: every quote, date phrase and document whose evidence is broken.

A dock rather than only a dialog, so the list stays at hand while the reader goes through
the flagged events: a click on a problem selects its event (or shows its document).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..model.issues import Issue
from ..model.timeline import Timeline
from .controller import TimelineController
from .events_model import plain_tooltip
from .issue_words import issue_line, issue_message
from .mark_colours import flag_color
from .phrase_warnings import PhraseWarnings
from .provenance_words import (
    located_text,
    phrase_warnings_text,
    problems_count_text,
    quoted_title,
    unsourced_count_text,
)

_EventRole = Qt.ItemDataRole.UserRole + 1  # int event, or -1
_DocumentRole = Qt.ItemDataRole.UserRole + 2  # str document id, or ""


class ProvenancePane(QWidget):
    """The list of provenance problems of the open file."""

    problems_found = Signal(int)  # a file with this many (> 0) problems was opened
    # How many date phrases cannot mean their date, once the background check has read them.
    phrase_warnings_counted = Signal(int)

    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        # The date phrases `timelineapp validate` warns of (QA #115); checked after each load.
        self._phrases = PhraseWarnings(controller, self)
        self._summary = QLabel(self)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setWordWrap(True)
        self._list = QListWidget(self)
        self._list.setWordWrap(True)
        self._list.setAlternatingRowColors(True)
        self._list.setAccessibleName(self.tr("Provenance problems"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._summary)
        layout.addWidget(self._list, 1)
        self._list.itemClicked.connect(self.on_item_activated)
        self._list.itemActivated.connect(self.on_item_activated)
        controller.file_loaded.connect(self.on_file_loaded)
        self._phrases.checked.connect(self.on_phrases_checked)
        self._phrases.on_file_loaded()  # the file opened before this pane was built
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        """The flagged rows in the red of the look now in force (a theme switch)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            flag = QBrush(flag_color(self.palette()))
            for row in range(self._list.count()):
                item = self._list.item(row)
                if item.data(Qt.ItemDataRole.ForegroundRole) is not None:
                    item.setForeground(flag)

    def sizeHint(self) -> QSize:
        # Tabbed with the Events table: it must not make the bottom dock area taller.
        return QSize(400, 120)

    @property
    def list_widget(self) -> QListWidget:
        return self._list

    def on_file_loaded(self) -> None:
        self._show()
        timeline = self._controller.timeline
        if timeline is not None and timeline.provenance.count:
            self.problems_found.emit(timeline.provenance.count)

    def on_phrases_checked(self) -> None:
        self._show()

    def _show(self) -> None:
        self._list.clear()
        timeline = self._controller.timeline
        if timeline is None:
            self._summary.setText(self.tr("No event file is open."))
            self.phrase_warnings_counted.emit(0)
            return
        provenance = timeline.provenance
        phrases = self._phrases.warnings
        checking = self._phrases.checking
        lines = []
        if provenance.count:
            lines.append(problems_count_text(provenance.count))
        elif checking:
            lines.append(self.tr("Every quote matches its document's text."))
        elif not phrases:
            lines.append(self.tr("Every quote and date phrase matches its document's text."))
        if provenance.unsourced:
            lines.append(unsourced_count_text(len(provenance.unsourced)))
        if provenance.truncated:
            lines[-1] += " " + self.tr("(the first ones; the file has more problems)")
        if phrases:
            dateless = sum(issue.code == "date_phrase_says_no_date" for _, issue in phrases)
            heading = phrase_warnings_text(len(phrases) - dateless, dateless)
            lines.insert(1 if provenance.count else 0, heading)
        if checking:
            lines.append(self.tr("Reading the date phrases…"))
        if provenance.count or phrases or provenance.unsourced:
            lines.append(self.tr("Click one to show its event or document."))
        self._summary.setText(" · ".join(lines))
        # Broken evidence first, then date phrases that say another date, in the warning
        # colour; events without a source after them, in the ordinary colour: there is
        # nothing wrong in them, only nothing to check.
        for issue in provenance.problems:
            self._list.addItem(self._item(timeline, issue))
        for event, issue in phrases:
            self._list.addItem(self._item(timeline, issue, event))
        for issue in provenance.unsourced:
            item = self._item(timeline, issue)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            self._list.addItem(item)
        self.phrase_warnings_counted.emit(len(phrases))

    @property
    def phrase_warnings(self) -> PhraseWarnings:
        return self._phrases

    def _item(self, timeline: Timeline, issue: Issue, event: int | None = None) -> QListWidgetItem:
        if event is None:
            event = timeline.provenance.event_of(issue)
        document = ""
        if event is not None and 0 <= event < timeline.index.count:
            head = quoted_title(timeline.titles[event])
        else:
            event = None
            for problem in timeline.provenance.documents.values():
                if problem.issue is issue:
                    document = problem.document
            found = timeline.document_by_id.get(document)
            head = quoted_title(found.title) if found is not None else issue.json_path
        item = QListWidgetItem(f"{head}\n{located_text(issue.json_path, issue_message(issue))}")
        item.setForeground(flag_color(self.palette()))
        item.setToolTip(plain_tooltip(issue_line(issue)))
        item.setData(_EventRole, -1 if event is None else event)
        item.setData(_DocumentRole, document)
        return item

    def on_item_activated(self, item: QListWidgetItem) -> None:
        event = item.data(_EventRole)
        if isinstance(event, int) and event >= 0:
            self._controller.select(event)
            return
        document = item.data(_DocumentRole)
        if isinstance(document, str) and document:
            self._controller.show_passage(document, 0, 0)
