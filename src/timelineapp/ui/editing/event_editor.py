"""The event editor: every field of the selected event, each change one undoable step.

A field is applied when its editing is finished (Return, or the focus leaves it) and only if
its value changed; the date is checked as it is typed and applied only when it is a date.
Quotes are listed with who they are attributed to; they can be removed or re-attributed here,
and extended or shrunk by re-selecting words in the document pane.

Strangers' files hold events with a million actor references or quotes, and summaries of
megabytes: the lists are lazy (:mod:`.lazy_list`), the actor choices are made when the box is
first used, and a summary or note over :data:`EDIT_LIMIT` characters is shown cut and
read-only (:mod:`.long_text`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...model import edits
from ...model.format_rules import EventStatus, ReviewState, id_breach
from ...model.untrusted_text import shown, visible
from ...render.date_word_parts import fill
from ..controller import TimelineController
from ..events_model import plain_tooltip, quoted, review_text, status_text
from ..mark_colours import flag_color
from .actor_choice import ActorChoice
from .command_names import short_title
from .date_field import DateField
from .dialogs import AttributeDialog, split_list
from .edit_flow import EditFlow
from .lazy_list import LazyListModel
from .long_text import EDIT_LIMIT, LongTextField

if TYPE_CHECKING:
    from ...model.file_format import ActorRef, Event

__all__ = ["EDIT_LIMIT", "EventEditor"]


def _lazy_list(parent: QWidget, uniform: bool) -> tuple[QListView, LazyListModel]:
    view = QListView(parent)
    model = LazyListModel(view)
    view.setModel(model)
    view.setUniformItemSizes(uniform)  # one line each: the view need not measure every row
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view, model


class EventEditor(QWidget):
    def __init__(
        self,
        controller: TimelineController,
        flow: EditFlow,
        reviewer: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._flow = flow
        self._reviewer = reviewer  # the name recorded with a review verdict
        self._index: int | None = None
        self._event: Event | None = None
        self._quote_rows: list[tuple[int, int]] = []  # (source, quote) of each quotes row

        self.placeholder = QLabel(self.tr("Select an event to edit it"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        # Wrapped: unwrapped, this sentence set the right docks' minimum width until an event
        # was selected, then the timeline took the difference from the Event pane.
        self.placeholder.setWordWrap(True)
        content = QWidget()
        self.title = QLineEdit(content)
        self.event_id = QLineEdit(content)
        self.date = DateField(content)
        self.status = QComboBox(content)
        for status in EventStatus:
            self.status.addItem(status_text(status), status.value)
        self.review = QComboBox(content)
        for review in ReviewState:
            self.review.addItem(review_text(review), review.value)
        self.reviewed = QLabel(content)
        self.reviewed.setTextFormat(Qt.TextFormat.PlainText)
        self.actors, self.actors_model = _lazy_list(content, uniform=True)
        self.actors.setMaximumHeight(110)
        self.actor_choice = ActorChoice(content)
        self.actor_role = QLineEdit(content)
        self.actor_role.setPlaceholderText(self.tr("role (optional)"))
        self.add_actor_button = QPushButton(self.tr("Add"), content)
        self.remove_actor_button = QPushButton(self.tr("Remove Actor"), content)
        self.place = QLineEdit(content)
        self.tags = QLineEdit(content)
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        self.summary = LongTextField(content)
        self.summary.setMaximumHeight(80)
        self.note = LongTextField(content)
        self.note.setMaximumHeight(80)
        self.quotes, self.quotes_model = _lazy_list(content, uniform=False)
        self.quotes.setWordWrap(True)
        self.quotes.setMaximumHeight(140)
        self.remove_quote_button = QPushButton(self.tr("Remove Quote"), content)
        self.attribute_button = QPushButton(self.tr("Attribute…"), content)

        # The actor's box over its role and Add: side by side, the three left the role ~55 px
        # at 1024×700 (QA session 11). The role reads its placeholder whole at least; a pane
        # too narrow for that beside the labels puts the two rows under them, full width.
        line = self.actor_choice.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("actor to add"))
        role_words = self.actor_role.fontMetrics().horizontalAdvance(
            self.actor_role.placeholderText()
        )
        self.actor_role.setMinimumWidth(
            role_words + 4 * self.actor_role.fontMetrics().averageCharWidth()
        )
        role_row = QHBoxLayout()
        role_row.addWidget(self.actor_role, 1)
        role_row.addWidget(self.add_actor_button)
        actor_row = QVBoxLayout()
        actor_row.addWidget(self.actor_choice)
        actor_row.addLayout(role_row)
        quote_row = QHBoxLayout()
        quote_row.addWidget(self.remove_quote_button)
        quote_row.addWidget(self.attribute_button)
        quote_row.addStretch(1)
        form = QFormLayout(content)
        # In a narrow dock (1024 px screens) labels go above their fields: beside them they
        # left the fields ~100 px and a sideways scroll bar.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Id:"), self.event_id)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Review:"), self.review)
        form.addRow("", self.reviewed)
        form.addRow(self.tr("&Actors:"), self.actors)
        form.addRow("", actor_row)
        form.addRow("", self.remove_actor_button)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("Ta&gs:"), self.tags)
        form.addRow(self.tr("S&ummary:"), self.summary)
        form.addRow("", self.summary.notice)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow("", self.note.notice)
        form.addRow(self.tr("&Quotes:"), self.quotes)
        form.addRow("", quote_row)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.scroll_area)

        # Escape gives a field back its stored value: focus leaving it then applies nothing
        # (QA #101: a half-typed date was applied, its phrase dropped, after Escape).
        for line in (self.title, self.event_id, self.place, self.tags, self.date.line):
            line.installEventFilter(self)
        self.title.editingFinished.connect(lambda: self._apply_text("title", self.title.text()))
        self.event_id.editingFinished.connect(lambda: self._apply_text("id", self.event_id.text()))
        self.event_id.textChanged.connect(self.on_id_typed)
        self.date.edited.connect(self.on_date_edited)
        self.status.activated.connect(self.on_status_chosen)
        self.review.activated.connect(self.on_review_chosen)
        self.place.editingFinished.connect(lambda: self._apply_text("place", self.place.text()))
        self.tags.editingFinished.connect(self.on_tags_edited)
        self.summary.editing_finished.connect(
            lambda: self._apply_text("summary", self.summary.toPlainText())
        )
        self.note.editing_finished.connect(
            lambda: self._apply_text("note", self.note.toPlainText())
        )  # never emitted while a field shows a cut text (LongTextField)
        self.add_actor_button.clicked.connect(self.on_add_actor)
        self.actor_role.returnPressed.connect(self.on_add_actor)
        self.remove_actor_button.clicked.connect(self.on_remove_actor)
        self.remove_quote_button.clicked.connect(self.on_remove_quote)
        self.attribute_button.clicked.connect(self.on_attribute_quote)
        self.actors.selectionModel().selectionChanged.connect(self._update_buttons)
        self.quotes.selectionModel().selectionChanged.connect(self._update_buttons)
        controller.file_loaded.connect(self.on_file_loaded)
        controller.selection_changed.connect(self.on_refresh)
        self.on_refresh()

    # --- showing --------------------------------------------------------------------------------
    def on_file_loaded(self) -> None:
        """Another file (or none): a name half typed for the last one goes (QA #123e: "tr"
        stayed in the actor field across File › Close and Open Recent); an edit keeps it."""
        if not self._controller.reloading_after_edit:
            self.actor_choice.popup.hide()
            self.actor_choice.setEditText("")
            self.actor_role.clear()
        self.on_refresh()

    def on_refresh(self) -> None:
        index = self._controller.selection
        # The draft only for an event to show: a file open (nothing selected) need not make it.
        draft = self._controller.draft if index is not None else None
        if draft is None or index is None or not 0 <= index < len(draft.events):
            self._index = self._event = None
            self.placeholder.show()
            self.scroll_area.hide()
            return
        self._index, self._event = index, draft.events[index]
        event = self._event
        self.placeholder.hide()
        self.scroll_area.show()
        timeline = self._controller.timeline
        name_of = timeline.actor_name if timeline is not None else str
        for widget, text in (
            (self.title, event.title),
            (self.event_id, event.id),
            (self.place, event.place or ""),
            (self.tags, ", ".join(event.tags)),
        ):
            if widget.text() != text:
                widget.setText(text)
                widget.setCursorPosition(0)  # the start of a long title, not its end
        self.summary.set_value(event.summary or "")
        self.note.set_value(event.note or "")
        self.date.set_text(event.date)
        self.status.setCurrentIndex(self.status.findData(event.status.value))
        self.review.setCurrentIndex(self.review.findData(event.review.value))
        if event.reviewed_at is not None or event.reviewed_by:
            self.reviewed.setText(
                fill(
                    self.tr("by %1, %2"),
                    event.reviewed_by or "?",
                    event.reviewed_at.isoformat() if event.reviewed_at else "?",
                )
            )
        else:
            self.reviewed.clear()
        refs = event.actors

        def actor_label(row: int) -> str:
            ref = refs[row]
            name = shown(name_of(ref.actor))
            return name if ref.role is None else f"{name} ({shown(ref.role)})"

        self.actors_model.set_rows(len(refs), actor_label)
        self.actor_choice.set_actors(draft.header.actors)
        self._quote_rows = [
            (s, q) for s, source in enumerate(event.sources) for q in range(len(source.quotes))
        ]
        rows, sources = self._quote_rows, event.sources

        def quote_label(row: int) -> str:
            s, q = rows[row]
            quote = sources[s].quotes[q]
            label = quoted(shown(quote.text))
            who = quote.attributed_to
            return label + " — " + shown(name_of(who)) if who else label

        self.quotes_model.set_rows(len(rows), quote_label)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            return self._revert(watched)
        return super().eventFilter(watched, event)

    def _revert(self, field: QObject) -> bool:
        """Give ``field`` back the event's stored value; whether it held another (Escape is
        left to others, such as a dialog, when there was nothing to cancel)."""
        event = self._event
        if event is None:
            return False
        if field is self.date.line:
            if self.date.line.text() == (event.date or ""):
                return False
            self.date.set_text(event.date)
            return True
        stored = {
            self.title: event.title,
            self.event_id: event.id,
            self.place: event.place or "",
            self.tags: ", ".join(event.tags),
        }
        for line, text in stored.items():
            if field is line:
                if line.text() == text:
                    return False
                line.setText(text)
                line.setCursorPosition(0)
                return True
        return False

    def _update_buttons(self) -> None:
        self.remove_actor_button.setEnabled(self.actors.selectionModel().hasSelection())
        has_quote = self.quotes.selectionModel().hasSelection()
        self.remove_quote_button.setEnabled(has_quote)
        self.attribute_button.setEnabled(has_quote)

    # --- applying ---------------------------------------------------------------------------------
    def _change(self, template: str, **changes: Any) -> None:
        if self._index is None or self._event is None:
            return
        text = template.replace("%1", short_title(self._event.title))
        if not self._flow.change_event(self._index, text, **changes):
            self.on_refresh()  # refused: show the event as it is

    def _apply_text(self, field: str, value: str) -> None:
        event = self._event
        if event is None:
            return
        value = value.strip()
        current = getattr(event, field) or ""
        if value == current:
            return
        if field in ("title", "id") and not value:
            if field == "title":  # (spaces only are no title either: the format refuses them)
                self._flow.message.emit(self.tr("An event needs a title: its title is kept"))
            self.on_refresh()
            return
        if field == "id" and self.id_problem() is not None:
            return  # not applied: the field shows why (on_id_typed)
        templates = {
            "title": self.tr("Rename '%1'"),
            "id": self.tr("Change id of '%1'"),
            "place": self.tr("Change place of '%1'"),
            "summary": self.tr("Change summary of '%1'"),
            "note": self.tr("Change note of '%1'"),
        }
        self._change(templates[field], **{field: value or None})

    def id_problem(self) -> str | None:
        """Why the typed id is not one ("expected …, found …"), None when it is."""
        breach = id_breach(self.event_id.text().strip())
        if breach is None or breach == (0, ""):
            return None  # empty: the event's id is shown back (_apply_text)
        at, char = breach
        found = self.tr("a space") if char.isspace() else quoted(visible(char))
        if at == 0:
            text = self.tr("expected an id starting with a letter, a digit or _, found %1")
        else:
            text = self.tr(
                "expected an id of letters, digits and _ . : - only (no spaces), found %1"
            )
        return fill(text, found)

    def on_id_typed(self) -> None:
        """Show an id that cannot be one as the Date field shows a wrong date: in red, with
        what was expected and found (QA #52: it was silently not applied)."""
        problem = self.id_problem()
        if problem is None:
            self.event_id.setPalette(QPalette())  # the look's own colours again
            self.event_id.setToolTip("")
            return
        palette = QPalette()  # only the text set: the rest follows the look (and its changes)
        palette.setColor(QPalette.ColorRole.Text, flag_color(self.event_id.palette()))
        self.event_id.setPalette(palette)
        self.event_id.setToolTip(plain_tooltip("⚠ " + problem))

    def on_date_edited(self) -> None:
        if self._event is not None and self.date.value() != self._event.date:
            self._change(self.tr("Change date of '%1'"), date=self.date.value())

    def on_status_chosen(self) -> None:
        status = EventStatus(str(self.status.currentData()))
        if self._event is not None and status != self._event.status:
            self._change(self.tr("Change status of '%1'"), status=status)

    def on_review_chosen(self) -> None:
        review = ReviewState(str(self.review.currentData()))
        event, index = self._event, self._index
        if event is None or index is None or review == event.review:
            return
        by = self._reviewer()
        at = datetime.now(UTC).replace(microsecond=0)
        text = self.tr("Change review of '%1'").replace("%1", short_title(event.title))
        if not self._flow.run(lambda d: edits.set_review(d, index, review, by, at), text):
            self.on_refresh()

    def on_tags_edited(self) -> None:
        tags = split_list(self.tags.text())
        if self._event is not None and tags != self._event.tags:
            self._change(self.tr("Change tags of '%1'"), tags=tags)

    def on_add_actor(self) -> None:
        draft = self._controller.draft
        event = self._event
        if draft is None or event is None or self._index is None:
            return
        typed = self.actor_choice.currentText().strip()
        found = self.actor_choice.actor_id(typed)
        if found is None:
            if not typed:
                return
            found = self._flow.new_actor(typed)  # an unknown name: make the actor first
            if found is None:
                return
        role = self.actor_role.text().strip() or None
        index = self._index
        text = self.tr("Add actor to '%1'").replace("%1", short_title(event.title))
        if self._flow.run(lambda d: edits.add_actor_to_event(d, index, found, role), text):
            self.actor_role.clear()
            self.actor_choice.setEditText("")

    def on_remove_actor(self) -> None:
        event = self._event
        row = self._current_row(self.actors)
        if event is None or not 0 <= row < len(event.actors):
            return
        refs: list[ActorRef] = [r for k, r in enumerate(event.actors) if k != row]
        self._change(self.tr("Remove actor from '%1'"), actors=refs)

    @staticmethod
    def _current_row(view: QListView) -> int:
        selected = view.selectionModel().selectedRows()
        return selected[0].row() if selected else -1

    def _chosen_quote(self) -> tuple[int, int] | None:
        row = self._current_row(self.quotes)
        return self._quote_rows[row] if 0 <= row < len(self._quote_rows) else None

    def on_remove_quote(self) -> None:
        chosen, index, event = self._chosen_quote(), self._index, self._event
        if chosen is None or index is None or event is None:
            return
        s, q = chosen
        text = self.tr("Remove quote from '%1'").replace("%1", short_title(event.title))
        self._flow.run(lambda d: edits.remove_quote(d, index, s, q), text)

    def on_attribute_quote(self) -> None:
        chosen, index, event = self._chosen_quote(), self._index, self._event
        draft = self._controller.draft
        if chosen is None or index is None or event is None or draft is None:
            return
        s, q = chosen
        current = event.sources[s].quotes[q].attributed_to
        dialog = AttributeDialog(draft.header.actors, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        who = dialog.attributed_to()
        text = self.tr("Attribute quote of '%1'").replace("%1", short_title(event.title))
        self._flow.run(lambda d: edits.attribute_quote(d, index, s, q, who), text)
