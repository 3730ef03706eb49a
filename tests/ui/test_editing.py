"""Making an event file in the window: selection actions, undo, review, save and its prompts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from timelineapp.model import edits
from timelineapp.model.file_format import ReviewState
from timelineapp.model.loading import load_event_file
from timelineapp.model.saving import backup_path
from timelineapp.model.untrusted_text import TITLE_LIMIT
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.editing import dialogs, new_event_dialog
from timelineapp.ui.editing.date_suggestion import suggest_date
from timelineapp.ui.panes.document_pane import SelectionAction

from .conftest import SharedWindow, closed

SEED = Path("/work/shared/seed/000_651eb735907009b6.txt")
TRICKY = "Café e\u0301té 🎉🎉 le 19 mai 2024, Kenneth Ekman a dit « 👩‍👩‍👧 oui ».\r\nFin 😀."


def _editing_application(settings: Path) -> Application:
    application = Application(create_qapplication(), settings)
    application.window.show()
    return application


@pytest.fixture
def app(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[Application]:
    # Dialogs are accepted as filled in: the tests set their fields through these hooks.
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    if request.node.get_closest_marker("shared_window") is not None:
        # Each of these tests makes or opens its file first: they share the run's window.
        shared: SharedWindow = request.getfixturevalue("shared_window")
        application = shared.reused()
        application.settings.user_name = "Ana"  # put back at the next reuse
        yield application
        shared.after_test()
        return
    application = _editing_application(tmp_path / "settings.json")
    application.settings.user_name = "Ana"
    yield application
    closed(application)  # no prompt when the test closes it


def _new_file_with_document(app: Application, text: str) -> str:
    app.window.edit_flow.new_file("Essai", "fr")
    document_id = app.window.edit_flow.add_document("Article", text, None, copy_beside=False)
    assert document_id is not None
    return document_id


def _select(app: Application, start: int, end: int) -> None:
    """Select code points [start, end) in the document pane, as a mouse drag would."""
    pane = app.window.document_pane
    cursor = QTextCursor(pane.text_edit.document())
    cursor.setPosition(pane.positions.to_qt(start))
    cursor.setPosition(pane.positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane.text_edit.setTextCursor(cursor)


@pytest.mark.shared_window
@pytest.mark.parametrize("words", ["e\u0301té", "🎉🎉", "👩‍👩‍👧 oui", "Fin 😀", "Café"])
def test_new_event_from_selection_has_exact_code_point_offsets(
    app: Application, words: str
) -> None:
    document_id = _new_file_with_document(app, TRICKY)
    start = TRICKY.index(words)
    _select(app, start, start + len(words))
    assert app.window.document_pane.selected_span() == (start, start + len(words))
    app.window.document_pane.actions_by_kind[SelectionAction.NEW_EVENT].trigger()
    draft = app.controller.draft
    assert draft is not None
    event = draft.events[-1]
    quote = event.sources[0].quotes[0]
    assert (event.sources[0].document, quote.start, quote.end) == (
        document_id,
        start,
        start + len(words),
    )
    assert quote.text == words
    assert app.controller.selection == len(draft.events) - 1
    assert app.controller.timeline is not None
    assert not app.controller.timeline.loaded.issues


@pytest.mark.shared_window
def test_a_selection_cutting_a_number_records_the_whole_number(app: Application) -> None:
    # QA #68: a drag stopping after the "2" of "269" recorded "Pas moins de 2".
    text = "Pas moins de 269 soldats ont quitté le pays."
    _new_file_with_document(app, text)
    _select(app, 0, len("Pas moins de 2"))
    app.window.document_pane.actions_by_kind[SelectionAction.NEW_EVENT].trigger()
    draft = app.controller.draft
    assert draft is not None
    quote = draft.events[-1].sources[0].quotes[0]
    assert quote.text == "Pas moins de 269"
    assert (quote.start, quote.end) == (0, len("Pas moins de 269"))


@pytest.mark.shared_window
def test_date_is_suggested_visibly_from_the_sentence(app: Application) -> None:
    _new_file_with_document(app, TRICKY)
    start = TRICKY.index("Kenneth")
    dialog = new_event_dialog.NewEventDialog(
        suggest_date(TRICKY, start, start + 7, "fr"), "Kenneth", None, TRICKY
    )
    assert dialog.date.value() == "2024-05-19"
    assert "« le 19 mai 2024 »" in dialog.suggestion_label.text()
    assert "19 May 2024" in dialog.date.feedback.text()  # the window's language (English)
    _select(app, start, start + 13)
    app.window.document_pane.actions_by_kind[SelectionAction.NEW_EVENT].trigger()
    draft = app.controller.draft
    assert draft is not None
    source = draft.events[-1].sources[0]
    assert draft.events[-1].date == "2024-05-19"
    assert source.date_phrase is not None
    assert source.date_phrase.text == "le 19 mai 2024"


def test_date_field_says_what_is_wrong(qtbot: QtBot) -> None:
    from timelineapp.ui.editing.date_field import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.line.setText("2024-02-30")
    assert not field.valid
    assert "February 2024, found 30" in field.feedback.text()
    field.line.setText("2024-02-29")
    assert field.valid
    assert "29 February 2024" in field.feedback.text()


@pytest.mark.shared_window
def test_selection_actions_on_the_selected_event_and_undo(app: Application) -> None:
    _new_file_with_document(app, TRICKY)
    start = TRICKY.index("Kenneth")
    _select(app, start, start + 13)
    pane = app.window.document_pane
    pane.actions_by_kind[SelectionAction.NEW_EVENT].trigger()
    draft = app.controller.draft
    assert draft is not None
    index = len(draft.events) - 1
    before = draft.materialised()
    phrase = TRICKY.index("19 mai 2024")
    _select(app, phrase, phrase + 11)
    pane.actions_by_kind[SelectionAction.DATE_PHRASE].trigger()
    assert draft.events[index].sources[0].date_phrase is not None
    other = TRICKY.index("oui")
    _select(app, other, other + 3)
    pane.actions_by_kind[SelectionAction.ADD_QUOTE].trigger()
    assert [q.text for q in draft.events[index].sources[0].quotes] == ["Kenneth Ekman", "oui"]
    stack = app.controller.undo_stack
    assert stack.undoText().startswith("Add quote to '")
    assert app.window.undo_action.isEnabled()
    stack.undo()
    stack.undo()
    assert draft.materialised() == before
    stack.redo()
    stack.redo()
    assert len(draft.events[index].sources[0].quotes) == 2


@pytest.mark.shared_window
def test_new_actor_from_selection_and_attribution(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_file_with_document(app, TRICKY)
    start = TRICKY.index("Kenneth")
    _select(app, start, start + 13)
    pane = app.window.document_pane
    monkeypatch.setattr(dialogs.ActorDialog, "chosen_kind", lambda self: dialogs.ActorKind.PERSON)
    pane.actions_by_kind[SelectionAction.NEW_ACTOR].trigger()
    draft = app.controller.draft
    assert draft is not None
    assert [(a.id, a.name, a.kind) for a in draft.header.actors] == [
        ("kenneth-ekman", "Kenneth Ekman", "person")
    ]
    pane.actions_by_kind[SelectionAction.NEW_EVENT].trigger()
    monkeypatch.setattr(dialogs.AttributeDialog, "attributed_to", lambda self: "kenneth-ekman")
    oui = TRICKY.index("oui")
    _select(app, oui, oui + 3)
    pane.actions_by_kind[SelectionAction.ATTRIBUTE].trigger()
    quotes = draft.events[-1].sources[0].quotes
    assert quotes[-1].text == "oui"
    assert quotes[-1].attributed_to == "kenneth-ekman"


@pytest.mark.shared_window
def test_new_actor_from_selection_twice_makes_one_actor(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA session 11: Ctrl+Shift+K on a name the file has already made a second actor
    ("kenneth-ekman-2"); it says so and keeps the one, whatever the case or spacing."""
    _new_file_with_document(app, TRICKY)
    start = TRICKY.index("Kenneth")
    pane = app.window.document_pane
    said: list[str] = []
    app.window.edit_flow.message.connect(said.append)
    shown: list[dialogs.ActorDialog] = []
    real_init = dialogs.ActorDialog.__init__

    def noted(self: dialogs.ActorDialog, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        shown.append(self)

    monkeypatch.setattr(dialogs.ActorDialog, "__init__", noted)
    for _ in range(2):
        _select(app, start, start + 13)
        pane.actions_by_kind[SelectionAction.NEW_ACTOR].trigger()
    app.window.edit_flow.message.disconnect(said.append)
    draft = app.controller.draft
    assert draft is not None
    assert [a.id for a in draft.header.actors] == ["kenneth-ekman"]
    second = shown[-1]
    assert second.existing_id() == "kenneth-ekman"
    assert not second.existing_note.isHidden()
    assert "Kenneth Ekman (kenneth-ekman)" in second.existing_note.text()
    assert not second.kind.isEnabled()  # what is typed there would not be used
    assert said[-1].endswith("is already an actor of this file: no other one made")
    assert app.controller.undo_stack.undoText().startswith("New actor")  # the first only


@pytest.mark.shared_window
def test_command_names_say_what_changed(app: Application) -> None:
    _new_file_with_document(app, TRICKY)
    flow = app.window.edit_flow
    flow.new_event("Signature de l'accord sur le retrait des troupes", None, None)
    index = app.controller.selection
    assert index is not None
    editor = app.window.event_editor
    editor.date.line.setText("2024-05-19")
    editor.on_date_edited()
    assert app.controller.undo_stack.undoText() == (
        "Change date of 'Signature de l'accord sur le re…'"
    )
    assert app.controller.timeline is not None
    assert app.controller.timeline.index.dated_count == 1


@pytest.mark.shared_window
@pytest.mark.parametrize("typed", ["", "   ", "\u00a0\t"])
def test_a_title_of_spaces_is_not_applied_and_says_why(app: Application, typed: str) -> None:
    _new_file_with_document(app, TRICKY)
    flow = app.window.edit_flow
    flow.new_event("Signature", None, None)
    index = app.controller.selection
    draft = app.controller.draft
    assert index is not None
    assert draft is not None
    said: list[str] = []
    flow.message.connect(said.append)
    steps = app.controller.undo_stack.count()
    editor = app.window.event_editor
    editor.title.setText(typed)
    editor.title.editingFinished.emit()
    flow.message.disconnect(said.append)
    assert draft.events[index].title == "Signature"
    assert editor.title.text() == "Signature"  # the field shows the title kept
    assert app.controller.undo_stack.count() == steps
    assert said == ["An event needs a title: its title is kept"]
    # Nor can an edit make one: the format refuses it.
    with pytest.raises(edits.EditError):
        edits.update_event(draft, index, title=typed)


@pytest.mark.shared_window
def test_review_mode_keys(app: Application) -> None:
    _new_file_with_document(app, TRICKY)
    flow = app.window.edit_flow
    for title, date in (("A", "2024-05-01"), ("B", "2024-04-01"), ("C", None)):
        flow.new_event(title, date, None)
    review = app.window.review
    assert review.progress_text() == "0 of 3 reviewed"
    review.mode_action.setChecked(True)
    draft = app.controller.draft
    assert draft is not None
    assert draft.events[app.controller.selection or 0].title == "B"  # earliest first
    review.verify_action.trigger()
    assert draft.events[1].review is ReviewState.VERIFIED
    assert draft.events[1].reviewed_by == "Ana"
    assert draft.events[1].reviewed_at is not None
    assert draft.events[app.controller.selection or 0].title == "A"
    review.dispute_action.trigger()
    assert draft.events[0].review is ReviewState.DISPUTED
    assert app.window.review.progress_label.text() == "2 of 3 reviewed"
    assert draft.events[app.controller.selection or 0].title == "C"
    review.delete_action.trigger()
    assert [e.title for e in draft.events] == ["A", "B"]
    review.mode_action.setChecked(False)
    assert not review.verify_action.isEnabled()


@pytest.mark.shared_window
def test_review_mode_starts_on_the_timeline_so_its_letters_are_not_typed(
    app: Application, qtbot: QtBot
) -> None:
    _new_file_with_document(app, TRICKY)
    app.window.edit_flow.new_event("A", "2024-05-01", None)
    app.window.show()
    qtbot.waitExposed(app.window)
    search = app.window.filter_bar.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    app.window.review.mode_action.setChecked(True)
    qtbot.waitUntil(app.window.timeline.hasFocus)
    app.window.review.mode_action.setChecked(False)


def test_save_reopen_and_unsaved_prompt(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else TRICKY
    app.window.edit_flow.new_file("Niger", "fr")
    app.window.edit_flow.add_document("Article", text, tmp_path / "article.txt", copy_beside=True)
    app.window.edit_flow.new_event("Départ", None, ("article", 3, 20))
    assert app.controller.modified
    assert app.window.isWindowModified()
    target = tmp_path / "niger.timeline.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert app.window.save_flow.save()
    assert not app.controller.modified
    assert not app.window.isWindowModified()
    assert "niger.timeline.json" in app.window.windowTitle()
    assert (tmp_path / "article.txt").read_text(encoding="utf-8") == text
    reopened = load_event_file(target)
    assert reopened.loaded is not None
    assert not reopened.issues
    draft = app.controller.draft
    assert draft is not None
    assert reopened.loaded.materialised() == draft.materialised()

    app.window.edit_flow.new_event("Autre", "2024", None)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def ask(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not app.window.close()
    assert app.window.isVisible()
    assert "Save the changes to niger.timeline.json?" in asked
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    assert app.window.close()
    assert json.loads(target.read_text(encoding="utf-8"))["events"][-1]["title"] == "Autre"
    assert backup_path(target).exists()


@pytest.mark.shared_window
def test_file_changed_on_disk_is_asked_about(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "t.timeline.json"
    app.window.edit_flow.new_file("T", "fr")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert app.window.save_flow.save()
    app.window.edit_flow.new_event("Mine", None, None)
    theirs = target.read_text(encoding="utf-8").replace('"T"', '"Theirs"')
    target.write_text(theirs, encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not app.window.save_flow.save()
    assert target.read_text(encoding="utf-8") == theirs
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert app.window.save_flow.save()
    assert '"Mine"' in target.read_text(encoding="utf-8")
    assert backup_path(target).read_text(encoding="utf-8") == theirs


@pytest.mark.shared_window
def test_the_bundled_example_is_saved_elsewhere(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timelineapp.resources import example_event_file

    example = example_event_file()
    before = example.read_bytes()
    assert app.opener.open(example)
    app.window.edit_flow.new_event("Mine", None, None)
    target = tmp_path / "copy.timeline.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert app.window.save_flow.save()
    assert example.read_bytes() == before
    # Its document is a file beside the example: the copy gets one beside it too.
    reopened = load_event_file(target)
    assert reopened.loaded is not None
    assert not reopened.errors
    assert (tmp_path / "000_651eb735907009b6.txt").read_bytes() == (
        example.parent / "000_651eb735907009b6.txt"
    ).read_bytes()


@pytest.mark.shared_window
def test_edits_keep_the_filter_and_the_shown_document(app: Application) -> None:
    from timelineapp.model.filtering import FilterSpec
    from timelineapp.resources import example_event_file

    assert app.opener.open(example_event_file())
    app.filter_state.set_spec(FilterSpec(text="accord"))
    shown = app.controller.shown_count
    app.controller.select(0)
    app.window.edit_flow.change_event(0, "x", place="Niamey")
    assert app.filter_state.spec.text == "accord"
    assert app.controller.shown_count == shown
    assert app.controller.selection == 0
    assert app.window.document_pane.document_id is not None
    assert Qt.ShortcutContext.WidgetWithChildrenShortcut == (
        app.window.document_pane.actions_by_kind[SelectionAction.NEW_EVENT].shortcutContext()
    )


def test_add_document_reads_a_text_file_as_it_is(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text("date 2024-06 Le retrait a commencé. Café 🎉.\n", encoding="utf-8")
    dialog = dialogs.AddDocumentDialog(can_copy=False)
    qtbot.addWidget(dialog)
    dialog.load_file(source)
    assert dialog.document_text() == source.read_text(encoding="utf-8")
    assert dialog.metadata()["published"] == "2024-06"
    assert dialog.title.text()
    dialog.fields["published"].setText("2024-02-30")
    ok = dialog.findChild(dialogs.QDialogButtonBox).button(  # type: ignore[union-attr]
        dialogs.QDialogButtonBox.StandardButton.Ok
    )
    assert not ok.isEnabled()
    assert "February 2024, found 30" in dialog.error.text()
    dialog.fields["published"].setText("2024-06")
    dialog.fields["url"].setText("javascript:alert(1)")
    assert not ok.isEnabled()
    dialog.fields["url"].setText("https://example.org/a")
    assert ok.isEnabled()
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café".encode("latin-1"))
    dialog.load_file(latin)
    assert "expected UTF-8" in dialog.error.text()


@pytest.mark.shared_window
def test_file_and_document_properties_are_editable_and_undoable(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_file_with_document(app, TRICKY)
    flow = app.window.edit_flow
    draft = app.controller.draft
    assert draft is not None
    original = draft.header.documents[0]

    def fill_document(self: dialogs.AddDocumentDialog) -> QDialog.DialogCode:
        assert self.text.isReadOnly()
        assert not self.copy_beside.isVisibleTo(self)
        self.fields["publisher"].setText("ActuNiger")
        self.fields["published"].setText("2024-06-07")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.AddDocumentDialog, "exec", fill_document)
    flow.document_properties_action.trigger()
    document = draft.header.documents[0]
    assert (document.publisher, document.published) == ("ActuNiger", "2024-06-07")
    assert (document.sha256, document.text) == (original.sha256, original.text)
    assert app.controller.undo_stack.undoText() == "Change document 'Article'"

    def fill_file(self: dialogs.NewFileDialog) -> QDialog.DialogCode:
        self.title.setText("Niger, juin 2024")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.NewFileDialog, "exec", fill_file)
    flow.file_properties_action.trigger()
    assert draft.header.title == "Niger, juin 2024"
    assert "Niger, juin 2024" in app.window.windowTitle()
    app.controller.undo_stack.undo()
    app.controller.undo_stack.undo()
    assert draft.header.title == "Essai"
    assert draft.header.documents[0] == original


@pytest.mark.shared_window
def test_new_file_asks_about_unsaved_changes_first(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_file_with_document(app, TRICKY)
    app.window.edit_flow.new_event("Pas encore enregistré", None, None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    app.window.edit_flow.new_action.trigger()
    draft = app.controller.draft
    assert draft is not None
    assert [e.title for e in draft.events] == ["Pas encore enregistré"]  # kept
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(dialogs.NewFileDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    app.window.edit_flow.new_action.trigger()  # discarded, then the new file cancelled
    assert app.controller.draft is draft


@pytest.mark.shared_window
def test_actor_properties(app: Application, monkeypatch: pytest.MonkeyPatch) -> None:
    _new_file_with_document(app, TRICKY)
    flow = app.window.edit_flow
    flow.add_actor("Niger", dialogs.ActorKind.STATE, None, [])
    flow.add_actor("Kenneth Ekman", dialogs.ActorKind.OTHER, None, [])

    def fill(self: dialogs.ActorPropertiesDialog) -> QDialog.DialogCode:
        self.chooser.setCurrentIndex(self.chooser.findData("kenneth-ekman"))
        assert self.name.text() == "Kenneth Ekman"
        self.kind.setCurrentIndex(self.kind.findData("person"))
        self.aliases.setText("K. Ekman, général Ekman")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ActorPropertiesDialog, "exec", fill)
    flow.actor_properties_action.trigger()
    draft = app.controller.draft
    assert draft is not None
    ekman = draft.header.actors[1]
    assert (ekman.kind, ekman.aliases) == ("person", ["K. Ekman", "général Ekman"])
    assert app.controller.undo_stack.undoText() == "Change actor 'Kenneth Ekman'"


@pytest.mark.shared_window
def test_big_file_edits_patch_the_views(app: Application, monkeypatch: pytest.MonkeyPatch) -> None:
    from timelineapp.model import draft_patch
    from timelineapp.resources import example_event_file
    from timelineapp.ui import controller as controller_module

    monkeypatch.setattr(controller_module, "SLOW_RELOAD_EVENTS", 0)  # treat it as big
    patched: list[int] = []
    real = draft_patch.patch_event  # the controller imports it when an edit is made

    def counting(*args: object, **kwargs: object) -> object:
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        patched.append(found is not None)
        return found

    monkeypatch.setattr(draft_patch, "patch_event", counting)
    assert app.opener.open(example_event_file())
    timeline = app.controller.timeline
    assert timeline is not None
    undated = int(timeline.index.undated.size)
    app.controller.select(0)
    app.window.edit_flow.change_event(0, "x", date=None)
    timeline = app.controller.timeline
    assert timeline is not None
    assert int(timeline.index.undated.size) == undated + 1
    assert app.window.events_pane is not None
    app.controller.undo_stack.undo()
    assert app.controller.timeline is not None
    assert int(app.controller.timeline.index.undated.size) == undated
    assert patched == [True, True]
    assert app.qapp.overrideCursor() is None


@pytest.mark.shared_window
def test_editing_a_verified_event_says_its_review_was_reset(app: Application) -> None:
    _new_file_with_document(app, TRICKY)
    flow = app.window.edit_flow
    start = TRICKY.index("le 19 mai 2024")
    flow.new_event("Départ", "2024-05-19", ("article", 0, 4))
    index = app.controller.selection
    assert index is not None
    draft = app.controller.draft
    assert draft is not None
    flow.run(lambda d: edits.set_date_phrase(d, index, "article", start, start + 14), "phrase")
    at = datetime(2024, 7, 1, tzinfo=UTC)
    flow.run(lambda d: edits.set_review(d, index, ReviewState.VERIFIED, "Ana", at), "verify")
    assert draft.events[index].review is ReviewState.VERIFIED
    messages: list[str] = []
    flow.message.connect(messages.append)
    editor = app.window.event_editor
    editor.date.line.setText("2024-03")
    editor.on_date_edited()
    event = draft.events[index]
    assert event.review is ReviewState.UNREVIEWED
    assert event.sources[0].date_phrase is None
    said = app.controller.undo_stack.undoText()
    assert "review reset to unreviewed" in said
    assert "date phrase of 1 source dropped" in said
    assert messages == [said]  # the status bar says it too
    app.controller.undo_stack.undo()  # one step gives both back
    assert draft.events[index].review is ReviewState.VERIFIED
    assert draft.events[index].sources[0].date_phrase is not None


@pytest.mark.shared_window
def test_a_huge_title_is_cut_in_the_event_pane_with_a_show_all(app: Application) -> None:
    _new_file_with_document(app, TRICKY)
    flow = app.window.edit_flow
    huge = "HUGE " * 200_000  # 1 MB
    flow.new_event(huge, "2024-05-19", None)
    flow.new_event("Court", "2024-05-20", None)
    pane = app.window.event_pane
    app.controller.select(0)
    title = pane.title_label.text()
    assert len(title) <= TITLE_LIMIT
    assert title.endswith("…")
    more = pane.title_more_button
    assert more.isVisibleTo(pane)
    assert "1,000,000" in more.text() or "1000000" in more.text()
    more.click()
    assert len(pane.title_label.text()) > TITLE_LIMIT  # the whole, capped for layout
    app.controller.select(1)  # a short title: no button
    assert pane.title_label.text() == "Court"
    assert not more.isVisibleTo(pane)
    app.controller.select(0)  # another event shown in between: cut again
    assert len(pane.title_label.text()) <= TITLE_LIMIT


@pytest.mark.shared_window
def test_command_names_keep_names_holding_placeholders(app: Application) -> None:
    """A name from the file holding "%2" stays as written in the undo text (one-pass fill)."""
    _new_file_with_document(app, TRICKY)
    flow = app.window.edit_flow
    keep = flow.add_actor("Niger %1", "state", None, [])
    absorb = flow.add_actor("Niamey %2", "group", None, [])
    assert keep is not None
    assert absorb is not None
    assert flow.merge_actors(keep, absorb)
    assert app.controller.undo_stack.undoText() == "Merge 'Niamey %2' into 'Niger %1'"


@pytest.mark.shared_window
def test_words_are_selected_with_the_keyboard_and_become_an_event(
    app: Application, qtbot: QtBot
) -> None:
    """QA #76: the read-only document text took no keyboard selection, so making an event
    needed a mouse."""
    text = "Le 19 mai 2024, Kenneth Ekman a parlé."
    document_id = _new_file_with_document(app, text)
    edit = app.window.document_pane.text_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):  # "Le 19 mai"
        qtbot.keyClick(
            edit,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    span = app.window.document_pane.selected_span()
    assert span is not None
    assert text[span[0] : span[1]].strip().startswith("Le 19 mai")
    app.window.document_pane.actions_by_kind[SelectionAction.NEW_EVENT].trigger()
    draft = app.controller.draft
    assert draft is not None
    assert draft.events[-1].sources[0].document == document_id
    assert draft.events[-1].sources[0].quotes[0].text.startswith("Le 19 mai")


@pytest.mark.shared_window
def test_tab_leaves_the_pasted_text_of_add_document(app: Application) -> None:
    dialog = dialogs.AddDocumentDialog(can_copy=False)
    assert dialog.text.tabChangesFocus()  # QA #76: Tab typed a tab into the document


@pytest.mark.shared_window
def test_merge_actors_waits_for_the_actor_to_keep(app: Application) -> None:
    # QA #84: "Into" proposed another real actor and OK (the default) merged at once.
    from PySide6.QtWidgets import QDialogButtonBox

    from timelineapp.resources import example_event_file

    assert app.opener.open(example_event_file())
    draft = app.controller.draft
    assert draft is not None
    dialog = dialogs.MergeActorsDialog(draft.header.actors)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.keep.currentData() is None
    assert not ok.isEnabled()
    dialog.keep.setCurrentIndex(2)
    assert dialog.keep.currentData() is not None
    assert ok.isEnabled() == (dialog.keep.currentData() != dialog.absorb.currentData())


@pytest.mark.shared_window
@pytest.mark.parametrize(
    ("typed", "stored"),
    [("29 October 2024", "2024-10-29"), ("29 octobre 2024", "2024-10-29"), ("mai 2024", "2024-05")],
)
def test_the_date_field_reads_words_as_the_builder_does(
    app: Application, typed: str, stored: str
) -> None:
    # QA #85: Edit Event's Date took EDTF only, while import, the builder and the filter
    # read "29 October 2024".
    from timelineapp.ui.editing.date_field import DateField

    field = DateField()
    field.line.setText(typed)
    assert field.valid
    assert field.value() == stored
    assert stored in field.feedback.text()  # says as what it was read
    field.on_editing_finished()
    assert field.line.text() == stored  # the EDTF it stores, shown
    field.line.undo()
    assert field.line.text() == typed  # Ctrl+Z brings the words back
    field.line.setText("2024-13")
    assert not field.valid
