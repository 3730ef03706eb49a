"""The event pane: everything the file says about the selected event, as plain text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.evidence import evidence_of
from ...model.format_rules import ReviewState
from ...model.timeline import Timeline
from ...model.untrusted_text import TITLE_LIMIT, elided
from ..controller import TimelineController
from ..events_model import (
    date_words,
    plain_tooltip,
    precision_text,
    quoted,
    review_text,
    status_text,
    undated_text,
)
from ..highlight import set_label_text
from ..mark_colours import flag_color
from ..mnemonics import menu_label
from ..provenance_words import event_problem_text
from ..theme import follow_flag, follow_roles

if TYPE_CHECKING:
    from ...model.file_format import Event
    from .evidence_claims import EvidenceClaims

_SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def scrolling_layout(pane: QWidget, placeholder: QLabel, content: QWidget) -> QScrollArea:
    """Lay out a pane as a placeholder ("No event selected") over a scrolling content."""
    # The empty-state sentence wraps: unwrapped, it set the dock's minimum width until an event
    # was selected, and the dock layout then took that width back from the pane (issue: docks).
    placeholder.setWordWrap(True)
    scroll = QScrollArea(pane)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(placeholder)
    layout.addWidget(scroll)
    return scroll


MAX_ACTOR_BUTTONS = 60  # actors listed in the pane; the Actors tree has them all
"""Characters of a title shown at first (a few lines at the pane's usual width): a longer one
pushed the date, status and sources far down. "Show the whole title" shows the rest."""


def plain_label(parent: QWidget, text: str = "") -> QLabel:
    """A word-wrapped, selectable label that never interprets its text as HTML."""
    label = QLabel(parent)
    # File text is untrusted: PlainText stops "<img src=...>" or "<a href=...>" from rendering.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(_SELECTABLE)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setText(text)
    return label


def link_button(parent: QWidget) -> QToolButton:
    """A flat button drawn as a link: underlined, in the palette's link colour, which it
    follows when the theme changes."""
    button = QToolButton(parent)
    font = QFont(button.font())
    font.setUnderline(True)
    button.setFont(font)
    follow_roles(button, (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Link))
    return button


class EventPane(QWidget):
    """Title, date, status, review, actors, place, summary, tags and note of the selection."""

    actor_activated = Signal(str)  # actor id: the user clicked an actor of the event

    def __init__(self, controller: TimelineController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._terms: list[str] = []

        self._placeholder = QLabel(self.tr("No event selected"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setEnabled(False)  # greyed, like other empty-state hints

        self._content = QWidget()
        self._title = plain_label(self._content)
        title_font = QFont(self._title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        self._title.setFont(title_font)
        self._title_more = QToolButton(self._content)
        self._title_more.setAutoRaise(True)
        self._title_more.clicked.connect(self.on_title_more_clicked)
        self._title_whole = False  # the whole title asked for, for the event shown
        self._title_of: int | None = None
        self._date = plain_label(self._content)
        self._date_detail = plain_label(self._content)
        self._date_phrases = plain_label(self._content)
        # A phrase that says another date than the event's: said where the phrase is shown,
        # not only by `timelineapp validate` (QA #77).
        self._phrase_warning = plain_label(self._content)
        warning_font = QFont(self._phrase_warning.font())
        warning_font.setBold(True)
        self._phrase_warning.setFont(warning_font)
        follow_flag(self._phrase_warning, QPalette.ColorRole.WindowText)
        self._status = plain_label(self._content)
        self._review = plain_label(self._content)
        from .evidence_claims import EvidenceClaims  # it builds on plain_label, above

        self._claims = EvidenceClaims(self._content)  # what each source says (issue 18)
        self._actors_heading = self._heading(self.tr("Actors"))
        self._actors_box = QWidget(self._content)
        self._actors_layout = QVBoxLayout(self._actors_box)
        self._actors_layout.setContentsMargins(0, 0, 0, 0)
        self._actors_layout.setSpacing(0)
        self._actor_buttons: list[QToolButton] = []
        self._place_heading = self._heading(self.tr("Place"))
        self._place = plain_label(self._content)
        self._summary_heading = self._heading(self.tr("Summary"))
        self._summary = plain_label(self._content)
        self._tags_heading = self._heading(self.tr("Tags"))
        self._tags = plain_label(self._content)
        self._note_heading = self._heading(self.tr("Note"))
        self._note = plain_label(self._content)

        content_layout = QVBoxLayout(self._content)
        for widget in (
            self._title,
            self._title_more,
            self._date,
            self._date_detail,
            self._date_phrases,
            self._phrase_warning,
            self._status,
            self._review,
            self._claims,
            self._actors_heading,
            self._actors_box,
            self._place_heading,
            self._place,
            self._summary_heading,
            self._summary,
            self._tags_heading,
            self._tags,
            self._note_heading,
            self._note,
        ):
            content_layout.addWidget(widget)
        content_layout.addStretch(1)

        self._scroll = scrolling_layout(self, self._placeholder, self._content)

        controller.file_loaded.connect(self.on_file_loaded)
        controller.selection_changed.connect(self.on_selection_changed)
        self.on_selection_changed(controller.selection)

    # --- for tests -----------------------------------------------------------------------------
    @property
    def title_label(self) -> QLabel:
        return self._title

    @property
    def title_more_button(self) -> QToolButton:
        return self._title_more

    @property
    def date_label(self) -> QLabel:
        return self._date

    @property
    def review_label(self) -> QLabel:
        return self._review

    @property
    def actor_buttons(self) -> list[QToolButton]:
        return list(self._actor_buttons)

    @property
    def claims(self) -> EvidenceClaims:
        return self._claims

    def shown_text(self) -> str:
        """Every visible label's text, one per line (what a reader of the pane sees)."""
        if self._placeholder.isVisibleTo(self):
            return self._placeholder.text()
        parts = [
            label.text()
            for label in self._content.findChildren(QLabel)
            if label.isVisibleTo(self._content) and label.text()
        ]
        parts.extend(button.text() for button in self._actor_buttons)
        return "\n".join(parts)

    # --- slots ---------------------------------------------------------------------------------
    def on_file_loaded(self) -> None:
        self.on_selection_changed(self._controller.selection)

    def on_selection_changed(self, event: int | None) -> None:
        timeline = self._controller.timeline
        if timeline is None or event is None or not 0 <= event < len(timeline.events):
            self._placeholder.show()
            self._scroll.hide()
            self._set_actors(None, None)
            return
        self._placeholder.hide()
        self._scroll.show()
        self._show_event(timeline, event)
        self._scroll.verticalScrollBar().setValue(0)

    def on_title_more_clicked(self) -> None:
        self._title_whole = not self._title_whole
        self.on_selection_changed(self._controller.selection)

    def on_actor_button_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QToolButton):
            actor_id = button.property("actor_id")
            if isinstance(actor_id, str):
                self.actor_activated.emit(actor_id)

    # --- helpers -------------------------------------------------------------------------------
    def _show_title(self, i: int, title: str) -> None:
        """The title, its first :data:`TITLE_LIMIT` characters unless the whole was asked for
        (even then capped by ``set_label_text``; the Edit Event pane has it all)."""
        if i != self._title_of:
            self._title_of, self._title_whole = i, False
        long = len(title) > TITLE_LIMIT
        text = title if self._title_whole or not long else elided(title, TITLE_LIMIT)
        set_label_text(self._title, text, self._terms)
        self._title_more.setVisible(long)
        if not long:
            return
        if self._title_whole:
            self._title_more.setText(self.tr("Show less of the title"))
        else:
            self._title_more.setText(
                self.tr("Show the whole title (%1 characters)").replace(
                    "%1", QLocale().toString(len(title))
                )
            )

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self._content)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def set_highlight_terms(self, terms: list[str]) -> None:
        """Mark these folded search terms wherever they occur in the shown text."""
        self._terms = list(terms)
        self.on_selection_changed(self._controller.selection)

    def _show_event(self, timeline: Timeline, i: int) -> None:
        event = timeline.event(i)
        self._show_title(i, event.title)

        date = timeline.date(i)
        if date is None:
            self._date.setText(undated_text())
            self._date_detail.hide()
        else:
            self._date.setText(date_words(date))
            self._date_detail.setText(
                self.tr("%1 (precision: %2)")
                .replace("%2", precision_text(date))
                .replace("%1", date.text)
            )
            self._date_detail.show()
        phrases = [
            quoted(source.date_phrase.text)
            for source in event.sources
            if source.date_phrase is not None
        ]
        self._set_optional(
            None, self._date_phrases, self.tr("In the source: %1"), ", ".join(phrases)
        )
        self._set_optional(None, self._phrase_warning, "%1", phrase_warnings(timeline, i, event))

        self._status.setText(self.tr("Status: %1").replace("%1", status_text(event.status)))
        self._show_review(event, event_problem_text(timeline.provenance, i))
        self._claims.show_evidence(timeline, evidence_of(event, timeline.documents))
        self._set_actors(timeline, event)
        self._set_optional(self._place_heading, self._place, "%1", event.place)
        self._set_optional(self._summary_heading, self._summary, "%1", event.summary)
        self._set_optional(self._tags_heading, self._tags, "%1", ", ".join(event.tags))
        self._set_optional(self._note_heading, self._note, "%1", event.note)

    @property
    def phrase_warning_label(self) -> QLabel:
        return self._phrase_warning

    def _show_review(self, event: Event, provenance_problem: str = "") -> None:
        words = review_text(event.review)
        font = QFont(self.font())
        palette = self.palette()
        if provenance_problem:
            # Provenance flag: a review state must not read as sound when its evidence is not.
            words = "⚠ " + self.tr("%1, but %2").replace("%2", provenance_problem).replace(
                "%1", words.lower()
            )
            font.setBold(True)
            palette.setColor(QPalette.ColorRole.WindowText, flag_color(palette))
        elif event.review is ReviewState.DISPUTED:
            # A disputed event must not be read as established fact: make it impossible to miss.
            words = "⚠ " + words
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            palette.setColor(QPalette.ColorRole.WindowText, flag_color(palette))
        self._review.setText(self.tr("Review: %1").replace("%1", words))
        self._review.setFont(font)
        self._review.setPalette(palette)

    def _set_actors(self, timeline: Timeline | None, event: Event | None) -> None:
        for button in self._actor_buttons:
            self._actors_layout.removeWidget(button)
            button.deleteLater()
        self._actor_buttons = []
        refs = [] if event is None else event.actors
        self._actors_heading.setVisible(bool(refs))
        self._actors_box.setVisible(bool(refs))
        if timeline is None:
            return
        # A button per actor, up to a screenful: one event with a million actors built a
        # million buttons (minutes, gigabytes). The rest are counted in the last one.
        for ref in refs[:MAX_ACTOR_BUTTONS]:
            name = menu_label(timeline.actor_name(ref.actor))
            button = link_button(self._actors_box)
            # QToolButton text is never rich text, so names and roles from the file are safe
            # once their "&" cannot make a mnemonic.
            button.setText(name if ref.role is None else f"{name} ({menu_label(ref.role)})")
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("actor_id", ref.actor)
            actor = timeline.actor_by_id.get(ref.actor)
            if actor is not None and actor.description:
                button.setToolTip(plain_tooltip(actor.description))
            button.clicked.connect(self.on_actor_button_clicked)
            self._actors_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self._actor_buttons.append(button)
        if len(refs) > MAX_ACTOR_BUTTONS:
            rest = QToolButton(self._actors_box)
            rest.setText(self.tr("and %Ln more", "", len(refs) - MAX_ACTOR_BUTTONS))
            rest.setEnabled(False)
            self._actors_layout.addWidget(rest, 0, Qt.AlignmentFlag.AlignLeft)
            self._actor_buttons.append(rest)

    def _set_optional(
        self, heading: QLabel | None, label: QLabel, template: str, text: str | None
    ) -> None:
        """Show ``text`` in ``label`` (through ``template``), or hide both when it is empty."""
        visible = bool(text)
        if heading is not None:
            heading.setVisible(visible)
        label.setVisible(visible)
        set_label_text(label, template.replace("%1", text) if text else "", self._terms)


def phrase_warnings(timeline: Timeline, i: int, event: Event) -> str:
    """One line per date phrase of event ``i`` whose reading does not overlap its date, worded
    as ``timelineapp validate`` words it (one rule: ``extract.phrase_check``)."""
    if not any(s.date_phrase is not None for s in event.sources):
        return ""
    # The date tagger, imported when an event with a date phrase is first shown.
    from ...extract.phrase_check import event_phrase_disagreements
    from ..issue_words import issue_message

    date = timeline.date_text(i)
    return "\n".join(
        "⚠ " + issue_message(found.issue(""))
        for found in event_phrase_disagreements(
            i, date, event.sources, timeline.document_by_id, timeline.language
        )
    )
