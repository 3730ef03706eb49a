"""Walk through "Make your own event file" in the real window and take the README's shots.

Run on a display (a private virtual one: ``docs/make_your_own.sh``). Every step goes through
the window as a user's does: the same actions (menu entries and their shortcuts, typed into
the focused widget), the same dialogs, filled in and confirmed. Only the two file choosers
(Add Document's "Choose File…" and Save As) are answered by the script, since a file
chooser is the platform's. Writes ``docs/make-your-own-*.png`` and the event file it built
in a temporary folder (printed at the end).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)

from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.editing.dialogs import ActorDialog, AddDocumentDialog, AttributeDialog
from timelineapp.ui.editing.new_event_dialog import NewEventDialog

DOCS = Path(__file__).resolve().parent
SEED = (
    Path(sys.argv[1])
    if len(sys.argv) > 1
    else DOCS.parent / "resources" / "examples" / ("niger-2024/000_651eb735907009b6.txt")
)


def pause(ms: int = 250) -> None:
    QTest.qWait(ms)


def shot(name: str) -> None:
    pause(300)
    screen = QApplication.primaryScreen()
    window = QApplication.activeWindow()
    picture = screen.grabWindow(0)
    if window is not None:  # the window and any dialog over it, not the empty screen
        picture = picture.copy(window.frameGeometry().united(_main.frameGeometry()))
    picture.save(str(DOCS / f"make-your-own-{name}.png"))


def with_dialog(kind: type[QDialog], fill: Callable[[QDialog], None], name: str = "") -> None:
    """Fill the next dialog of ``kind`` when it shows, take its picture, press OK."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(100, act)
            return
        fill(dialog)
        if name:
            shot(name)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(400, act)


def select_words(app: Application, words: str) -> None:
    pane = app.window.document_pane
    draft = app.controller.draft
    assert draft is not None
    assert pane.document_id is not None
    text = draft.texts[pane.document_id] or ""
    start = text.index(words)
    cursor = QTextCursor(pane.text_edit.document())
    cursor.setPosition(pane.positions.to_qt(start))
    cursor.setPosition(pane.positions.to_qt(start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    pane.text_edit.setTextCursor(cursor)
    pane.text_edit.setFocus()
    pane.text_edit.centerCursor()
    pause()


def type_text(field: QLineEdit, text: str) -> None:
    """Type into a field, replacing what is there (QTest types ASCII only: set as text)."""
    field.setFocus()
    field.setText(text)
    field.editingFinished.emit()


def keys(widget: QWidget, sequence: str) -> None:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    top = widget.window()
    if not top.isActiveWindow():  # no window manager gives it back after a dialog closes
        top.activateWindow()
        QTest.qWaitForWindowActive(top)
    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())
    pause()


def main() -> int:
    global _main
    folder = Path(tempfile.mkdtemp(prefix="make-your-own-"))
    qapp = create_qapplication()
    app = Application(qapp, folder / "settings.json")
    app.settings.user_name = "Ana Analyste"
    window = app.window
    _main = window
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    pause(1000)

    # 1. File > New
    def new_file(d: QDialog) -> None:
        assert hasattr(d, "title")
        type_text(d.title, "Niger 2024 : retrait des troupes américaines")
        d.language.setCurrentIndex(d.language.findData("fr"))

    from timelineapp.ui.editing.dialogs import NewFileDialog

    with_dialog(NewFileDialog, new_file, "1-new")
    keys(window, "Ctrl+N")
    pause(800)

    # 2. File > Add Document… (the seed article, chosen with "Choose File…")
    def add_document(d: QDialog) -> None:
        assert isinstance(d, AddDocumentDialog)
        d.load_file(SEED)
        d.title.setText("Le retrait des troupes américaines en place au Niger a commencé")
        type_text(d.fields["published"], "2024-06")
        type_text(d.fields["language"], "fr")

    with_dialog(AddDocumentDialog, add_document, "2-add-document")
    keys(window, "Ctrl+Shift+O")
    pause(800)

    text_edit = window.document_pane.text_edit
    # 3. An event from a selection: the date is suggested from "le 19 mai 2024"
    select_words(
        app,
        "Depuis la signature de l’accord sur le retrait des troupes américaines, le 19 mai 2024",
    )

    def first_event(d: QDialog) -> None:
        assert isinstance(d, NewEventDialog)
        d.title.setText("Signature de l’accord sur le retrait des troupes américaines")

    with_dialog(NewEventDialog, first_event, "3-new-event")
    keys(text_edit, "Ctrl+Shift+E")
    pause(800)

    # An actor from a selection, added to the event in the editor with a role
    select_words(app, "Kenneth Ekman")

    def actor(d: QDialog) -> None:
        assert isinstance(d, ActorDialog)
        type_text(d.description, "général de division, ministère américain de la Défense")

    with_dialog(ActorDialog, actor)
    keys(text_edit, "Ctrl+Shift+K")
    pause(800)
    window.docks["editor"].raise_()
    editor = window.event_editor
    editor.actor_choice.setEditText("Kenneth Ekman")
    type_text(editor.actor_role, "signataire")
    QTest.mouseClick(editor.add_actor_button, Qt.MouseButton.LeftButton)
    pause(500)
    shot("4-editor")

    # 4. A second event, its quote attributed to the joint communiqué
    words = "plus de 269 éléments sur 946 et plusieurs tonnes de matériel ont déjà quitté le Niger"
    select_words(app, words)

    def second_event(d: QDialog) -> None:
        assert isinstance(d, NewEventDialog)
        d.title.setText("Départ de plus de 269 militaires américains sur 946")
        d.date.line.setText("[2024-05-19..2024-06-30]")

    with_dialog(NewEventDialog, second_event)
    keys(text_edit, "Ctrl+Shift+E")
    pause(800)
    select_words(app, words)

    def attribute(d: QDialog) -> None:
        assert isinstance(d, AttributeDialog)
        d.who.setEditText("communiqué conjoint")

    with_dialog(AttributeDialog, attribute, "5-attribute")
    keys(text_edit, "Ctrl+Shift+T")
    pause(800)

    # 5. An undated event: the article gives no date for it
    select_words(app, "à poursuivre la coopération dans des domaines d’intérêt commun")

    def third_event(d: QDialog) -> None:
        assert isinstance(d, NewEventDialog)
        d.title.setText("Engagement à poursuivre la coopération nigéro-américaine")

    with_dialog(NewEventDialog, third_event)
    keys(text_edit, "Ctrl+Shift+E")
    pause(800)

    # 6. Review: Review > Review Mode, then V, V, D
    window.timeline.setFocus()
    keys(window, "Ctrl+Shift+V")
    keys(window.timeline, "V")
    keys(window.timeline, "V")
    shot("7-review")
    keys(window.timeline, "D")
    window.review.mode_action.setChecked(False)

    # 7. Save (Ctrl+S asks where: a new file), then reopen it
    target = folder / "niger-2024.timeline.json"
    QFileDialog.getSaveFileName = staticmethod(  # type: ignore[method-assign]
        lambda *args, **kwargs: (str(target), "")
    )
    keys(window, "Ctrl+S")
    pause(500)
    window.open_requested.emit(str(target))
    pause(1500)
    app.controller.select(0)
    window.docks["event"].raise_()
    shot("8-reopened")
    window.close()
    # 8. Export a PNG for a report (the same painter as the window; here from the command line)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "timelineapp",
            "export",
            str(target),
            "-o",
            str(DOCS / "make-your-own-9-export.png"),
            "--width",
            "1400",
        ],
        check=True,
    )
    print(target)
    return 0


_main: QWidget

if __name__ == "__main__":
    sys.exit(main())
