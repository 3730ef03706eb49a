"""The quotes pane: the verbatim words behind the selected event; a click shows them in place.

A quote that no longer matches its document is shown with what the document says at the
recorded offsets now, the differing characters highlighted on both.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QGuiApplication,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...model.filtering import find_terms
from ...model.lazy_sequence import LazySequence
from ...model.timeline import Timeline
from ...model.untrusted_text import TEXT_LIMIT, elided, shown, visible
from ..controller import TimelineController
from ..events_model import ROW_FLAGS, plain_tooltip, quoted
from ..highlight import highlighted_html
from ..mark_colours import flag_color, mark_colours
from ..provenance_words import diff_html

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # shared default argument; Qt never changes it

QuoteRole = Qt.ItemDataRole.UserRole + 1  # the QuoteEntry of the row
HtmlRole = Qt.ItemDataRole.UserRole + 2  # the row as escaped HTML, as the delegate draws it


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    """One quote of the selected event and where it is."""

    document: str
    start: int
    end: int
    text: str
    attribution: str
    document_title: str
    # What the document says at the recorded offsets now, when that is not the quote.
    now: str | None = None

    @property
    def mismatched(self) -> bool:
        return self.now is not None


class QuoteEntries(LazySequence[QuoteEntry]):
    """The event's quotes in the order the file lists them, each made when first read.

    An event can hold 100,000 quotes, and the view asks for a batch at a time: making every
    entry up front took a second of each click.
    """

    def __init__(self, timeline: Timeline, event: int) -> None:
        self._timeline = timeline
        self._record = record = timeline.event(event)
        provenance = timeline.provenance
        self._broken = {(p.source, p.quote): p for p in provenance.check_event(event, record)}
        self._pairs = [
            (s, q) for s, source in enumerate(record.sources) for q in range(len(source.quotes))
        ]
        self._made: dict[int, QuoteEntry] = {}

    def __len__(self) -> int:
        return len(self._pairs)

    @property
    def made(self) -> int:
        """How many entries were made so far."""
        return len(self._made)

    def _item(self, i: int) -> QuoteEntry:
        found = self._made.get(i)
        if found is None:
            found = self._made[i] = self._make(*self._pairs[i])
        return found

    def _make(self, s: int, q: int) -> QuoteEntry:
        timeline, record = self._timeline, self._record
        provenance = timeline.provenance
        source = record.sources[s]
        quote = source.quotes[q]
        document = timeline.document_by_id.get(source.document)
        title = shown(document.title if document is not None else source.document)
        missing = source.document in provenance.documents and (
            provenance.documents[source.document].state == "missing"
        )
        problem = self._broken.get((s, q))
        now = provenance.passage_texts(problem, record)[1] if problem else None
        if missing:
            now = ""  # unchecked: shown with "the document cannot be read"
        return QuoteEntry(
            source.document,
            quote.start,
            quote.end,
            quote.text,
            timeline.attribution(quote.attributed_to),
            title,
            now if problem is None or now is not None else "",
        )


def quotes_of(timeline: Timeline, event: int) -> Sequence[QuoteEntry]:
    """The event's quotes in the order the file lists them (made as they are read)."""
    return QuoteEntries(timeline, event)


FETCH_BATCH = 200  # quote rows given to the view at a time


class QuotesModel(QAbstractListModel):
    """A list of :class:`QuoteEntry`, each shown as the quote and, below, who and where.

    Lazy: rows are given to the view :data:`FETCH_BATCH` at a time, as it scrolls
    (``canFetchMore``/``fetchMore``). Each row is laid out as rich text to measure it: an
    event with 100,000 quotes took minutes to show when every row was measured at once.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: Sequence[QuoteEntry] = []
        self._shown = 0  # rows given to the view so far
        self._terms: list[str] = []

    @property
    def entries(self) -> Sequence[QuoteEntry]:
        return self._entries

    def set_entries(self, entries: Sequence[QuoteEntry]) -> None:
        self.beginResetModel()
        self._entries = entries  # not copied: a lazy sequence makes its rows when read
        self._shown = min(len(self._entries), FETCH_BATCH)
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return not parent.isValid() and self._shown < len(self._entries)

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        if parent.isValid():
            return
        more = min(FETCH_BATCH, len(self._entries) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def set_terms(self, terms: list[str]) -> None:
        """Quotes containing these folded search terms get the match background."""
        self._terms = list(terms)
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(self._shown - 1))

    def matches(self, row: int) -> bool:
        return bool(find_terms(self._entries[row].text, self._terms))

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if entry.mismatched:
                return (
                    f"{quoted(entry.text)}\n{self._mismatch_words()} "
                    f"{quoted(entry.now or '')}\n{self._origin(entry)}"
                )
            return f"{quoted(entry.text)}\n{self._origin(entry)}"
        if role == HtmlRole:
            return self._html(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._origin(entry))
        if role == QuoteRole:
            return entry
        return None

    def _html(self, entry: QuoteEntry) -> str:
        """The row as the delegate draws it: the quote (search matches marked as everywhere
        else), and for a broken quote, what the document says now, differences marked."""
        if entry.mismatched and entry.now:
            # Asked at each paint: after a theme switch the rows are drawn in its marks.
            looks = mark_colours(QGuiApplication.palette())
            quote = diff_html(entry.text, entry.now, looks.mismatched, "recorded")
            now = diff_html(entry.text, entry.now, looks.now, "now")
            warning = html.escape(self._mismatch_words())
            return (
                f"«&nbsp;{quote}&nbsp;»<br>"
                f'<span style="color:{looks.flag_text.name()}; font-weight:bold">{warning}</span> '
                f"«&nbsp;{now}&nbsp;»<br>"
                f'<span style="color:gray">{html.escape(self._origin(entry))}</span>'
            )
        if entry.mismatched:
            warning = html.escape(
                QCoreApplication.translate(
                    "QuotesModel", "⚠ The document cannot be read: this quote is unchecked."
                )
            )
            body = html.escape(quoted(entry.text))
            flag = flag_color(QGuiApplication.palette())
            return (
                f'{body}<br><span style="color:{flag.name()}; font-weight:bold">'
                f'{warning}</span><br><span style="color:gray">'
                f"{html.escape(self._origin(entry))}</span>"
            )
        # Drawn, not stored: control characters as symbols, a huge quote cut to a page.
        text = quoted(visible(elided(entry.text, TEXT_LIMIT)))
        body = highlighted_html(text, find_terms(text, self._terms))
        return f'{body}<br><span style="color:gray">{html.escape(self._origin(entry))}</span>'

    @staticmethod
    def _mismatch_words() -> str:
        return QCoreApplication.translate(
            "QuotesModel", "⚠ No longer matches the document, which now says:"
        )

    @staticmethod
    def _origin(entry: QuoteEntry) -> str:
        translate = QCoreApplication.translate
        if entry.attribution:
            return (
                translate("QuotesModel", "— %1, in %2")
                .replace("%2", entry.document_title)
                .replace("%1", entry.attribution)
            )
        return translate("QuotesModel", "— in %1").replace("%1", entry.document_title)


class HtmlRowDelegate(QStyledItemDelegate):
    """Draws a row's :data:`HtmlRole` (escaped HTML we built), wrapped to the view's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, index: ModelIndex, width: float) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(4)
        document.setDefaultFont(self._view.font())
        document.setHtml(str(index.data(HtmlRole) or ""))
        document.setTextWidth(max(40.0, width))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        style = self._view.style()
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, self._view)
        document = self._document(index, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        width = self._view.viewport().width() - 2 * self._view.spacing()
        document = self._document(index, width)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class QuotesPane(QWidget):
    """The selected event's quotes; clicking one (or Enter) asks to show it in its document."""

    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._model = QuotesModel(self)
        self._view = QListView(self)
        self._view.setModel(self._model)
        # The default delegate wraps at the view's width when word wrap is on and the layout
        # is redone on resize (Adjust), so long quotes stay readable in a narrow dock.
        self._view.setWordWrap(True)
        self._view.setResizeMode(QListView.ResizeMode.Adjust)
        self._view.setUniformItemSizes(False)
        self._view.setSpacing(2)
        self._view.setAlternatingRowColors(True)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows are drawn from escaped HTML: search matches and a broken quote's differences
        # are marked inside the text, never by colouring the whole row.
        self._view.setItemDelegate(HtmlRowDelegate(self._view))

        self._placeholder = QLabel(self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setEnabled(False)
        self._placeholder.setWordWrap(True)  # not the dock's minimum width (see scrolling_layout)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._placeholder)
        layout.addWidget(self._view)

        # clicked: a single click everywhere; activated: Enter (and double-click, on some
        # styles single click). Showing the same passage twice is harmless.
        self._view.clicked.connect(self.on_quote_activated)
        self._view.activated.connect(self.on_quote_activated)
        controller.file_loaded.connect(self.on_file_loaded)
        controller.selection_changed.connect(self.on_selection_changed)
        self.on_selection_changed(controller.selection)

    @property
    def view(self) -> QListView:
        return self._view

    @property
    def model(self) -> QuotesModel:
        return self._model

    def set_highlight_terms(self, terms: list[str]) -> None:
        self._model.set_terms(terms)

    def on_file_loaded(self) -> None:
        self.on_selection_changed(self._controller.selection)

    def on_selection_changed(self, event: int | None) -> None:
        timeline = self._controller.timeline
        if timeline is None or event is None or not 0 <= event < len(timeline.events):
            entries: Sequence[QuoteEntry] = []
            self._placeholder.setText(self.tr("No event selected"))
        else:
            entries = quotes_of(timeline, event)
            self._placeholder.setText(self.tr("This event has no quotes"))
        self._model.set_entries(entries)
        self._placeholder.setVisible(not entries)
        self._view.setVisible(bool(entries))

    def on_quote_activated(self, index: QModelIndex) -> None:
        entry = index.data(QuoteRole)
        if isinstance(entry, QuoteEntry):
            self._controller.show_passage(entry.document, entry.start, entry.end)
