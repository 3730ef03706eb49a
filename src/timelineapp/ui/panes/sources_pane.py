"""The sources pane: the documents the selected event cites, grouped by independent origin,
with their grades, reporting lag, and whether their text is sound."""

from __future__ import annotations

import html
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...model.dates import DateError, cached_date
from ...model.edits import EditError
from ...model.evidence import UNKNOWN, EventEvidence, OriginGroup, evidence_of
from ...model.evidence_edits import grade_evidence
from ...model.loading import DocumentState
from ...model.plain_header import has_text
from ...model.provenance import excerpts
from ...model.timeline import Timeline
from ...model.untrusted_text import shown
from ...render.evidence_words import (
    grade_words,
    lag_words,
    origins_summary,
    relations_recorded,
)
from ..controller import TimelineController
from ..events_model import date_words, plain_tooltip, quoted
from ..evidence_dialog import GradeDialog
from ..theme import follow_flag
from .event_pane import plain_label, scrolling_layout

if TYPE_CHECKING:
    from ...model.file_format import Event
    from ...model.plain_header import DocumentLike as Document

_LINK_TEXT_LIMIT = 60
_NOTE_LIMIT = 2000  # a grading note is a few sentences; a stranger's may be megabytes


def safe_http_url(text: str) -> QUrl | None:
    """The address as a QUrl if it is an http(s) URL with a host, else None.

    The file format already rejects other schemes; this is checked again right before
    opening because a ``file:`` or ``javascript:`` link handed to the desktop could run
    something on the reader's machine. Parsing is tolerant, as in a browser's address bar:
    stray characters such as "<" are percent-encoded rather than refused.
    """
    url = QUrl(text, QUrl.ParsingMode.TolerantMode)
    if not url.isValid() or url.scheme().lower() not in ("http", "https") or not url.host():
        return None
    return url


class LinkLabel(QLabel):
    """A clickable address that opens in the browser, and only an http(s) one, only on click."""

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url = url
        shown = url.toDisplayString()
        if len(shown) > _LINK_TEXT_LIMIT:
            shown = shown[: _LINK_TEXT_LIMIT - 1] + "…"
        # The only rich text in the panes: built here from a validated URL, every part escaped.
        # The href is a placeholder; the click opens self._url, never what the label says.
        self.setTextFormat(Qt.TextFormat.RichText)
        self._html = f'<a href="#">{html.escape(shown)}</a>'
        self.setText(self._html)
        self.setToolTip(plain_tooltip(url.toDisplayString()))
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self.on_link_activated)

    @property
    def url(self) -> QUrl:
        return self._url

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.Type.PaletteChange:
            # The link's colour is fixed when its text is laid out: laid out again in the
            # new theme's (it stayed the old theme's dark blue on a dark pane, QA #112).
            self.setText("")
            self.setText(self._html)

    def on_link_activated(self, _href: str) -> None:
        # Checked again at the last moment: this is the line between the file and the desktop.
        url = safe_http_url(self._url.toString())
        if url is not None:
            QDesktopServices.openUrl(url)


class SourcesPane(QWidget):
    """One box per document cited by the selected event: its record, links and quote count."""

    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller

        self._placeholder = QLabel(self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setEnabled(False)
        self._content = QWidget()
        self._content_layout = QVBoxLayout(self._content)
        self._boxes: list[QFrame] = []
        self._headings: list[QLabel] = []  # the origins summary and group headings

        self._scroll = scrolling_layout(self, self._placeholder, self._content)
        # Grading the evidence: one dialog for the event's documents and sources (issue 18).
        self.grade_button = QPushButton(self.tr("Grade Sources…"), self)
        self.grade_button.setToolTip(
            self.tr(
                "Grade each document (reliability A–F, what it relies on) and each source "
                "(credibility 1–6, the date it states), with notes saying why"
            )
        )
        self.grade_button.clicked.connect(self.on_grade)
        pane_layout = self.layout()
        assert isinstance(pane_layout, QVBoxLayout)
        pane_layout.insertWidget(0, self.grade_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.last_dialog: GradeDialog | None = None  # for tests

        controller.file_loaded.connect(self.on_file_loaded)
        controller.selection_changed.connect(self.on_selection_changed)
        self.on_selection_changed(controller.selection)

    # --- for tests -----------------------------------------------------------------------------
    @property
    def boxes(self) -> list[QFrame]:
        return list(self._boxes)

    def shown_text(self) -> str:
        """Every visible label's text, one per line."""
        if self._placeholder.isVisibleTo(self):
            return self._placeholder.text()
        headings = [label.text() for label in self._headings]
        return "\n".join(
            headings
            + [
                label.text()
                for box in self._boxes
                for label in box.findChildren(QLabel)
                if label.text() and not isinstance(label, LinkLabel)
            ]
        )

    def links(self) -> list[LinkLabel]:
        return [link for box in self._boxes for link in box.findChildren(LinkLabel)]

    # --- slots ---------------------------------------------------------------------------------
    def on_file_loaded(self) -> None:
        self.on_selection_changed(self._controller.selection)

    def on_grade(self) -> None:
        """Grade the selected event's evidence in a dialog; one undoable edit."""
        timeline, draft = self._controller.timeline, self._controller.draft
        event = self._controller.selection
        if timeline is None or draft is None or event is None:
            return
        record = draft.events[event]
        dialog = GradeDialog(record, draft.header.documents, self)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            edit = grade_evidence(draft, event, dialog.document_grades(), dialog.source_grades())
            self._controller.edit(
                edit, self.tr("Grade the sources of '%1'").replace("%1", record.title)
            )
        except EditError as error:
            QMessageBox.warning(self, self.tr("Cannot make this change"), str(error))

    def on_selection_changed(self, event: int | None) -> None:
        self.grade_button.setEnabled(
            self._controller.has_draft
            and event is not None
            and self._controller.timeline is not None
            and 0 <= event < len(self._controller.timeline.events)
            and bool(self._controller.timeline.event(event).sources)
        )
        self._clear()
        timeline = self._controller.timeline
        if timeline is None or event is None or not 0 <= event < len(timeline.events):
            self._show_placeholder(self.tr("No event selected"))
            return
        record = timeline.event(event)
        if not record.sources:
            self._show_placeholder(self.tr("This event cites no source"))
            return
        self._placeholder.hide()
        self._scroll.show()
        evidence = evidence_of(record, timeline.documents)
        counts = dict(_documents_of(record))
        summary = plain_label(self._content, origins_summary(evidence, len(counts)))
        self._content_layout.addWidget(summary)
        self._headings.append(summary)
        # Origin headings only over relations recorded: else each would call its document
        # an "independent origin" that nobody recorded (QA #138).
        recorded = relations_recorded(evidence)
        for group in evidence.groups:
            if recorded and (len(evidence.groups) > 1 or len(group.documents) > 1):
                heading = self._group_heading(timeline, group)
                self._content_layout.addWidget(heading)
                self._headings.append(heading)
            for document_id in group.documents:
                box = self._document_box(timeline, document_id, counts[document_id], event)
                self._add_evidence(box, timeline, evidence, document_id)
                self._content_layout.addWidget(box)
                self._boxes.append(box)
        # Sources naming a document the file lacks are not in any origin group; still shown.
        grouped = {d for g in evidence.groups for d in g.documents}
        for document_id, quote_count in counts.items():
            if document_id not in grouped:
                box = self._document_box(timeline, document_id, quote_count, event)
                self._content_layout.addWidget(box)
                self._boxes.append(box)
        self._content_layout.addStretch(1)

    def _group_heading(self, timeline: Timeline, group: OriginGroup) -> QLabel:
        """ "One origin: Communiqué conjoint" over the documents that echo it."""
        names = ", ".join(_title(timeline, d) for d in group.origins)
        if set(group.origins) <= set(group.documents) and len(group.documents) == 1:
            text = self.tr("Independent origin: %1").replace("%1", names)
        else:
            text = self.tr("One origin: %1").replace("%1", names)
        label = plain_label(self._content, text)
        font = QFont(label.font())
        font.setItalic(True)
        label.setFont(font)
        return label

    def _add_evidence(
        self, box: QFrame, timeline: Timeline, evidence: EventEvidence, document_id: str
    ) -> None:
        """Grade, links to other documents and reporting lag of one document of the event."""
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        claims = [c for c in evidence.claims if c.document == document_id]
        grades = [grade_words(c.grade, c.reliability, c.credibility) for c in claims]
        grade = plain_label(box, "; ".join(dict.fromkeys(grades)))
        if all(c.reliability >= UNKNOWN and c.credibility >= UNKNOWN for c in claims):
            grade.setEnabled(False)  # greyed: unknown must look unknown, never good
        form.addRow(self.tr("Grade:"), grade)
        document = timeline.document_by_id.get(document_id)
        if document is not None:
            if document.derived_from:
                derived = ", ".join(_title(timeline, d) for d in document.derived_from)
                form.addRow(self.tr("Relies on:"), plain_label(box, derived))
            if document.translated_from is not None:
                original = _title(timeline, document.translated_from)
                if document.translated_by:
                    original = (
                        self.tr("%1, translated by %2")
                        .replace("%2", shown(document.translated_by))
                        .replace("%1", original)
                    )
                form.addRow(self.tr("Translation of:"), plain_label(box, original))
            if document.original_language:
                form.addRow(
                    self.tr("Original language:"),
                    plain_label(box, shown(self._language_text(document.original_language))),
                )
            if not has_text(document):
                form.addRow(
                    "",
                    plain_label(
                        box, self.tr("Known only through its quotations in other documents")
                    ),
                )
            if document.note:
                form.addRow(
                    self.tr("Grading note:"), plain_label(box, shown(document.note, _NOTE_LIMIT))
                )
        for claim in claims:
            if claim.note:
                form.addRow(
                    self.tr("Source note:"), plain_label(box, shown(claim.note, _NOTE_LIMIT))
                )
            if claim.date:
                form.addRow(
                    self.tr("Says:"),
                    plain_label(box, _date_in_words(claim.date) or ""),
                )
        lag = evidence.lags.get(document_id)
        if lag is not None:
            form.addRow(self.tr("Reporting lag:"), plain_label(box, lag_words(lag)))
        layout.addLayout(form)

    # --- helpers -------------------------------------------------------------------------------
    def _show_placeholder(self, text: str) -> None:
        self._placeholder.setText(text)
        self._placeholder.show()
        self._scroll.hide()

    def _clear(self) -> None:
        while self._content_layout.count():
            item = self._content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._boxes = []
        self._headings = []

    def _document_box(
        self, timeline: Timeline, document_id: str, quote_count: int, event: int
    ) -> QFrame:
        box = QFrame(self._content)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        document = timeline.document_by_id.get(document_id)

        title = plain_label(box, shown(document.title if document else document_id, 500))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        state = timeline.document_state(document_id)
        if state == DocumentState.CHANGED:
            layout.addWidget(
                self._warning(
                    box,
                    self.tr(
                        "⚠ The text of this document no longer matches its recorded SHA-256: "
                        "quotes may be wrong"
                    ),
                )
            )
        elif state == DocumentState.NO_TEXT:
            pass  # said with the evidence: known only through other documents' quotations
        elif state == DocumentState.MISSING:
            layout.addWidget(self._warning(box, self.tr("⚠ Text not available")))
        for line in self._passage_problems(timeline, event, document_id):
            layout.addWidget(self._warning(box, line))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if document is not None:
            self._add_fields(form, box, timeline, document)
        form.addRow(plain_label(box, self.tr("%Ln quote(s) from this document", "", quote_count)))
        layout.addLayout(form)
        return box

    def _passage_problems(self, timeline: Timeline, event: int, document_id: str) -> list[str]:
        """One line per passage of the event that its document no longer has at its offsets."""
        provenance = timeline.provenance
        record = timeline.event(event)
        lines = []
        for problem in provenance.check_event(event, record):
            if problem.document != document_id:
                continue
            recorded, now = provenance.passage_texts(problem, record)
            source = record.sources[problem.source]
            span = source.date_phrase if problem.is_date_phrase else source.quotes[problem.quote]
            if span is None or now is None:
                continue
            was, is_now = excerpts(recorded, now)
            template = (
                self.tr(
                    "⚠ The date phrase at characters %1–%2 no longer matches: recorded %3, "
                    "the document now says %4"
                )
                if problem.is_date_phrase
                else self.tr(
                    "⚠ Quote %5 at characters %1–%2 no longer matches: recorded %3, "
                    "the document now says %4"
                )
            )
            lines.append(
                template.replace("%1", str(span.start))
                .replace("%2", str(span.end))
                .replace("%5", str(problem.quote + 1))
                .replace("%3", quoted(was))
                .replace("%4", quoted(is_now))
            )
        return lines

    def _add_fields(
        self, form: QFormLayout, box: QWidget, timeline: Timeline, document: Document
    ) -> None:
        def add_text(name: str, value: str | None) -> None:
            if value:
                form.addRow(name, plain_label(box, value))

        add_text(self.tr("Publisher:"), document.publisher)
        add_text(self.tr("Author:"), document.author)
        add_text(self.tr("Published:"), _date_in_words(document.published))
        add_text(self.tr("Retrieved:"), _date_in_words(document.retrieved))
        links = ((self.tr("URL:"), document.url), (self.tr("Archive:"), document.archive_url))
        for name, address in links:
            if address is None:
                continue
            url = safe_http_url(address)
            # An address that fails the check is shown as inert text, so nothing is hidden.
            form.addRow(name, LinkLabel(url, box) if url is not None else plain_label(box, address))
        if document.language:
            add_text(self.tr("Language:"), self._language_text(document.language))

    def _language_text(self, tag: str) -> str:
        """A language tag as the name of the language in the window's language, the tag
        after it: « français (fr) », "French (fr)" (QA #104: the tag alone)."""
        name = language_name(tag, QLocale().bcp47Name())
        return f"{name} ({tag})" if name else tag

    def _warning(self, parent: QWidget, text: str) -> QLabel:
        label = plain_label(parent, text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        follow_flag(label, QPalette.ColorRole.WindowText)
        return label


def _documents_of(event: Event) -> list[tuple[str, int]]:
    """Documents cited by an event in citation order, each once, with its number of quotes."""
    counts: dict[str, int] = {}
    for source in event.sources:
        counts[source.document] = counts.get(source.document, 0) + len(source.quotes)
    return list(counts.items())


def _title(timeline: Timeline, document_id: str) -> str:
    document = timeline.document_by_id.get(document_id)
    return shown(document.title if document is not None else document_id, 500)


@lru_cache(maxsize=64)
def language_name(tag: str, ui_language: str) -> str | None:
    """The name of the language of BCP 47 ``tag`` in ``ui_language``, from Babel's CLDR names
    of the window's language: "fr" in "fr" → "français", "en-GB" in "en" → "English (United
    Kingdom)", "und" → "Unknown language"; None for a language CLDR does not name. Only the
    window's language's data is read: the app ships no other (packaging/timelineapp.spec)."""
    from babel import Locale, UnknownLocaleError  # CLDR data: read when a document shows
    from babel.core import parse_locale

    try:
        language, territory, script, _variant = parse_locale(tag, sep="-")[:4]
        shown_in = Locale.parse(ui_language, sep="-")
    except (ValueError, TypeError, UnknownLocaleError):
        return None
    name = shown_in.languages.get(language)
    if not name:
        return None
    details = [
        found
        for found in (
            shown_in.scripts.get(script) if script else None,
            shown_in.territories.get(territory) if territory else None,
        )
        if found
    ]
    return f"{name} ({', '.join(details)})" if details else name


def _date_in_words(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        date = cached_date(text)
    except DateError:
        return text
    words = date_words(date)
    return words if words == text else f"{words} ({text})"
