"""Small dialogs for making things: a new file, a document, an actor, a merge, an attribution.

They collect values and check their shape; what the values do to the file is decided by the
edit flow (:mod:`.edit_flow`), which turns them into edits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...extract.actors.organisations import kind_of_name
from ...model.format_rules import ActorKind
from ...model.untrusted_text import shown
from ..actor_kinds import kind_text
from ..actor_merge import MergeActorsDialog as MergeActorsDialog  # moved beside the actors
from ..dialog_folders import start_folder
from ..events_model import quoted
from .actor_chooser import WAIT_ABOVE, ActorChooser
from .date_field import DateField

if TYPE_CHECKING:
    from ...model.file_format import Actor, Document


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def split_list(text: str) -> list[str]:
    """Comma-separated words as a list ("a, b ,, c" -> ["a", "b", "c"])."""
    return [part.strip() for part in text.split(",") if part.strip()]


class NewFileDialog(QDialog):
    """Title and language of a new event file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Event File"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Niger 2024: withdrawal of US troops"))
        self.language = QComboBox(self)
        self.language.setEditable(True)
        for tag, name in (
            ("fr", self.tr("French")),
            ("en", self.tr("English")),
            ("und", self.tr("Undetermined")),
        ):
            self.language.addItem(f"{name} ({tag})", tag)
        system = QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(0, self.language.findData(system)))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Language of titles and summaries:"), self.language)
        self._buttons = _buttons(self)
        form.addRow(self._buttons)
        self.title.textChanged.connect(self.on_changed)
        self.on_changed()

    def on_changed(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def language_tag(self) -> str:
        data = self.language.currentData()
        if isinstance(data, str) and self.language.currentText() == self.language.itemText(
            self.language.currentIndex()
        ):
            return data
        return self.language.currentText().strip() or "und"


class AddDocumentDialog(QDialog):
    """A document from a text or HTML file, or pasted text, with its metadata."""

    METADATA = ("publisher", "author", "published", "url", "archive_url", "language")

    def __init__(
        self, can_copy: bool, parent: QWidget | None = None, event_file: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Document"))
        self._event_file = event_file  # Choose File… opens in its folder, never the cwd
        self._load_problem = ""  # why the chosen file was not read: stays until another is
        self.resize(640, 560)
        self.source_path: Path | None = None
        self.file_label = QLabel(self.tr("No file chosen: paste the text below"), self)
        self.choose_button = QPushButton(self.tr("&Choose File…"), self)
        self.choose_button.clicked.connect(self.on_choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Paste the document's text here"))
        self.text.setTabChangesFocus(True)  # a form: Tab goes to the next field (QA #76)
        self.title = QLineEdit(self)
        # Published is read as Edit Event's Date is ("2 octobre 2025" as printed, QA #108):
        # its line is the field, the date in words or what is wrong shown under it.
        self.published = DateField(self)
        self.fields: dict[str, QLineEdit] = {
            name: self.published.line if name == "published" else QLineEdit(self)
            for name in self.METADATA
        }
        self.published.line.setPlaceholderText(self.tr("e.g. 2024-06-07 or 7 June 2024"))
        # Nothing said under an empty Published ("undated" is for events, not a document).
        self.published.feedback.hide()
        self.published.line.textChanged.connect(
            lambda text: self.published.feedback.setVisible(bool(text.strip()))
        )
        self.fields["url"].setPlaceholderText("https://…")
        self.fields["archive_url"].setPlaceholderText("https://web.archive.org/…")
        self.fields["language"].setPlaceholderText(self.tr("a language code: en, fr…"))
        self.copy_beside = QRadioButton(self.tr("Keep a &copy beside the event file"), self)
        self.inline = QRadioButton(self.tr("Store the text &inside the event file"), self)
        group = QButtonGroup(self)
        group.addButton(self.copy_beside)
        group.addButton(self.inline)
        self.copy_beside.setChecked(True)
        if not can_copy:
            self.copy_beside.setToolTip(
                self.tr("The copy is written beside the event file when it is first saved")
            )
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        labels = {
            "publisher": self.tr("&Publisher:"),
            "author": self.tr("&Author:"),
            "published": self.tr("Pu&blished:"),
            "url": self.tr("&URL:"),
            "archive_url": self.tr("A&rchive URL:"),
            "language": self.tr("&Language:"),
        }
        for name in self.METADATA:
            form.addRow(labels[name], self.published if name == "published" else self.fields[name])
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.copy_beside)
        layout.addWidget(self.inline)
        layout.addWidget(self.error)
        self._buttons = _buttons(self)
        layout.addWidget(self._buttons)
        self.text.textChanged.connect(self.on_changed)
        self.title.textChanged.connect(self.on_changed)
        for field in self.fields.values():
            field.textChanged.connect(self.on_changed)
        self.on_changed()

    def show_existing(self, document: Document, text: str | None) -> None:
        """Turn the dialog into the properties of a document already added: its metadata
        can change, its text and where it is stored cannot (quotes point into them)."""
        self.setWindowTitle(self.tr("Document Properties"))
        self.choose_button.hide()
        self.copy_beside.hide()
        self.inline.hide()
        self.file_label.setText(document.path or self.tr("Stored inside the event file"))
        self.text.setPlainText(text or "")
        self.text.setReadOnly(True)
        self.title.setText(document.title)
        for name, field in self.fields.items():
            field.setText(getattr(document, name) or "")

    def on_choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Document"),
            str(start_folder(event_file=self._event_file)),
            self.tr("Text and HTML files (*.txt *.text *.md *.html *.htm);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read a UTF-8 text or HTML file into the dialog (errors are shown, not raised).

        The builder's reader is used: plain text is kept as written, an HTML page becomes
        its article text, and its title, author, date and site fill the empty fields.
        """
        from ...extract.article import ArticleError, read_article
        from ..build_words import article_problem

        try:
            article = read_article(path)
        except ArticleError as error:
            self._load_problem = article_problem(error)  # in the window's language
            self.on_changed()
            return
        self._load_problem = ""
        self.source_path = path
        self.file_label.setText(path.name)
        self.text.setPlainText(article.text)
        self.text.setReadOnly(True)  # the copy must be the file's words, as they are
        if not self.title.text():
            self.title.setText(article.title or path.stem)
        found = {
            "publisher": article.publisher,
            "author": article.author,
            "published": article.published,
            "url": article.url,
            "language": article.language,
        }
        for name, value in found.items():
            if value and not self.fields[name].text():
                self.fields[name].setText(value)

    def on_changed(self) -> None:
        problem = self.problem()
        self.error.setText(problem or self._load_problem)
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            problem is None and bool(self.title.text().strip() and self.text.toPlainText())
        )

    def problem(self) -> str | None:
        """What is wrong with the metadata typed so far, said before OK, not after."""
        if self.published.line.text().strip() and not self.published.valid:
            return self.tr("Published: %1").replace("%1", self.published.problem() or "")
        for name, label in (("url", self.tr("URL")), ("archive_url", self.tr("Archive URL"))):
            value = self.fields[name].text().strip()
            if value and not re.match(r"^https?://\S+$", value, re.IGNORECASE):
                return self.tr("%1: expected an http:// or https:// address").replace("%1", label)
        return None

    def document_text(self) -> str:
        return self.text.toPlainText()

    def metadata(self) -> dict[str, str | None]:
        found = {name: (field.text().strip() or None) for name, field in self.fields.items()}
        found["published"] = self.published.value()  # EDTF, words read as the field shows
        return found


class ActorDialog(QDialog):
    """A new actor: name, kind, parent, aliases.

    A name the file's actors already have (as a name or an alias, but for case, accents and
    spaces) makes no second actor: the dialog says so and OK uses that actor instead
    (:meth:`existing_id`; QA session 11: New Actor from Selection made "Niger" twice).
    """

    def __init__(
        self, actors: Sequence[Actor], name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Actor"))
        self._existing: str | None = None  # the actor the name already names, if one
        self.name = QLineEdit(name, self)
        self.kind = QComboBox(self)
        for kind in ActorKind:
            self.kind.addItem(kind_text(kind), kind.value)
        # The kind the name's words say ("ABVV union": an organization, QA #109g), else person.
        guessed = kind_of_name(name) if name.strip() else None
        self.kind.setCurrentIndex(self.kind.findData(guessed or ActorKind.PERSON.value))
        # Searchable, reading the actors' columns: a file may declare a million actors.
        self.parent_actor = ActorChooser(self, none=self.tr("(none)"))
        self.parent_actor.set_actors(actors)
        self.parents = self.parent_actor.choices
        self.aliases = QLineEdit(self)
        self.aliases.setPlaceholderText(self.tr("other names, separated by commas"))
        self.description = QLineEdit(self)
        self.existing_note = QLabel(self)
        self.existing_note.setWordWrap(True)
        self.existing_note.setTextFormat(Qt.TextFormat.PlainText)  # the file's own words
        self.existing_note.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.existing_note)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Part of:"), self.parent_actor)
        form.addRow(self.tr("&Aliases:"), self.aliases)
        form.addRow(self.tr("&Description:"), self.description)
        self._buttons = _buttons(self)
        self._ok_text = self._buttons.button(QDialogButtonBox.StandardButton.Ok).text()
        form.addRow(self._buttons)
        # A file of a million actors is searched once the typing pauses (as the boxes do).
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self.on_name_settled)
        self.name.textChanged.connect(self.on_changed)
        self.on_changed()

    def on_changed(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))
        if len(self.parent_actor.choices.search.ids) > WAIT_ABOVE:
            self._typing.start()
        else:
            self.on_name_settled()

    def on_name_settled(self) -> None:
        """Say whether the name is taken already, and what OK does then."""
        self._typing.stop()
        self._existing = self._taken_by(self.name.text())
        taken = self._existing is not None
        for field in (self.kind, self.parent_actor, self.aliases, self.description):
            field.setEnabled(not taken)  # not used: the actor that exists keeps its own
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Use Existing Actor") if taken else self._ok_text)
        self.existing_note.setVisible(taken)
        if self._existing is not None:
            search = self.parent_actor.choices.search
            row = search.number[self._existing]
            actor = f"{shown(search.names[row])} ({self._existing})"
            self.existing_note.setText(
                self._taken_words()
                .replace("%2", actor)
                .replace("%1", quoted(shown(" ".join(self.name.text().split()))))
            )

    def _taken_words(self) -> str:
        return self.tr(
            "%1 is already an actor of this file: %2. It is used rather than a second one."
        )

    def _taken_by(self, name: str) -> str | None:
        """The id of the actor ``name`` already names (by its name, else an alias)."""
        found = self.parent_actor.choices.search.same_name(name)
        return self.parent_actor.choices.search.ids[found[0]] if found else None

    def existing_id(self) -> str | None:
        """The actor the name typed already names (OK then uses it), or None: a new one."""
        if self._typing.isActive():
            self.on_name_settled()  # OK pressed before the typing paused
        return self._existing

    def chosen_kind(self) -> ActorKind:
        return ActorKind(str(self.kind.currentData()))

    def chosen_parent(self) -> str | None:
        return self.parent_actor.chosen_id()


class ActorPropertiesDialog(ActorDialog):
    """An existing actor's name, kind, parent, aliases and description (its id stays)."""

    def __init__(self, actors: Sequence[Actor], parent: QWidget | None = None) -> None:
        super().__init__(actors, "", parent)
        self.setWindowTitle(self.tr("Actor Properties"))
        self._actors = actors  # read by index (a lazy header builds one model when asked)
        self.chooser = ActorChooser(self, with_ids=True)
        self.chooser.set_actors(actors)
        self.choices = self.chooser.choices
        form = self.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(0, self.tr("A&ctor:"), self.chooser)
        self.chooser.currentIndexChanged.connect(self.on_actor_chosen)
        self.on_actor_chosen()

    def actor_id(self) -> str | None:
        return self.chooser.chosen_id()

    def on_name_settled(self) -> None:
        """A name another actor has already is refused (OK disabled), said under it."""
        super().on_name_settled()
        taken = self._existing is not None
        self.kind.setEnabled(True)  # all of them edit this actor: none waits on the name
        self.parent_actor.setEnabled(True)
        self.aliases.setEnabled(True)
        self.description.setEnabled(True)
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self._ok_text)
        ok.setEnabled(bool(self.name.text().strip()) and not taken)

    def _taken_words(self) -> str:
        return self.tr(
            "Another actor of this file is already named %1: %2. Give this one another name, "
            "or merge the two (Merge Actors…)."
        )

    def _taken_by(self, name: str) -> str | None:
        """Another actor named ``name`` (its name: an alias of another may be a name here)."""
        chooser = getattr(self, "chooser", None)  # (None while the base class is built)
        if chooser is None:
            return None
        search = self.parent_actor.choices.search
        own = chooser.chosen_id()
        found = [row for row in search.same_name(name, aliases=False) if search.ids[row] != own]
        return search.ids[found[0]] if found else None

    def on_actor_chosen(self) -> None:
        row = self.chooser.currentIndex()
        if row < 0 or self.actor_id() is None:
            return
        actor = self._actors[row]
        self.name.setText(actor.name)
        self.kind.setCurrentIndex(self.kind.findData(actor.kind.value))
        self.parent_actor.setCurrentIndex(max(0, self.parents.row_of(actor.parent)))
        self.aliases.setText(", ".join(actor.aliases))
        self.description.setText(actor.description or "")


class AttributeDialog(QDialog):
    """Who is quoted: an actor of the file, or a phrase ("communiqué conjoint")."""

    def __init__(
        self, actors: Sequence[Actor], current: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attribute Quote"))
        # Searchable; what names no actor is a phrase ("communiqué conjoint").
        # "(nobody)" is a placeholder, not the box's text: typed after it, it was saved as
        # the speaker ("(nobody)Kenneth", QA #125). An empty box is nobody.
        self.who = ActorChooser(self, none="", phrases=True)
        self.who.set_actors(actors)
        who_line = self.who.lineEdit()
        if who_line is not None:
            who_line.setPlaceholderText(self.tr("(nobody)"))
        self.people = self.who.choices
        found = self.people.row_of(current) if current is not None else -1
        if found >= 0:
            self.who.setCurrentIndex(found)
        elif current:
            self.who.setEditText(current)
        form = QFormLayout(self)
        form.addRow(self.tr("&Quoted:"), self.who)
        hint = QLabel(self.tr("Pick an actor, or type who speaks (a phrase)."), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(_buttons(self))

    def attributed_to(self) -> str | None:
        """An actor id when an actor's name was chosen, else the typed phrase (or None)."""
        found = self.who.chosen_id()  # picked, or a name typed whole (through the index)
        if found is not None:
            return found
        return self.who.currentText().strip() or None  # empty: nobody
