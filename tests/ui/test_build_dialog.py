"""File › New from Article…: the builder in a worker thread, then the draft opens with a banner,
in review mode."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from timelineapp.model.file_format import ReviewState
from timelineapp.model.loading import load_event_file
from timelineapp.model.time_index import REVIEW_CODES
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.build_dialog import BuildDialog
from timelineapp.ui.draft_flow import DraftBanner

# Each test starts from the module's one window, emptied as a new one is (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window

SEED = Path(__file__).parents[1] / "data" / "build" / "000_651eb735907009b6.txt"


def _action(app: Application) -> QAction:
    (action,) = [
        a for a in app.window.findChildren(QAction) if a.objectName() == "action-new-from-article"
    ]
    return action


def _open_dialog(app: Application) -> BuildDialog:
    _action(app).trigger()
    dialogs = app.window.findChildren(BuildDialog)
    return dialogs[-1]


def test_the_file_menu_has_new_from_article(app: Application) -> None:
    file_menu = app.window.menuBar().actions()[0].menu()
    assert _action(app) in file_menu.actions()


def test_a_draft_is_built_in_the_background_and_opened_with_a_banner(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    article = tmp_path / SEED.name
    shutil.copy(SEED, article)
    dialog = _open_dialog(app)
    dialog.add_articles([str(article)])
    assert dialog.output.text() == str(tmp_path / "000_651eb735907009b6.timeline.json")
    banner = app.window.findChild(DraftBanner)
    assert banner is not None
    assert not banner.isVisible()
    with qtbot.waitSignal(dialog.draft_built, timeout=20_000) as built:
        dialog.build_button.click()
    path = Path(built.args[0])
    assert load_event_file(path).ok
    qtbot.waitUntil(lambda: app.controller.timeline is not None)
    assert "retrait" in app.window.windowTitle()
    assert banner.isVisible()
    assert "review before use" in banner.label.text()
    # What the draft holds, since the dialog closes once it is written.
    undated = sum(event.date is None for event in app.controller.timeline.loaded.data.events)
    detail = banner.detail.text()  # English plurals only when the app installed them
    assert detail.startswith(f"{app.controller.timeline.index.count} event")
    assert f"drafted ({undated} undated). " in detail
    assert detail.endswith("found.")
    assert "Every event is unreviewed" in banner.toolTip()
    # The draft opens in review mode, at its first unreviewed event.
    review = app.window.review
    assert review.mode_action.isChecked()
    assert review.verify_action.isEnabled()
    timeline = app.controller.timeline
    assert timeline is not None
    selected = app.controller.selection
    assert selected is not None
    assert timeline.index.review[selected] == REVIEW_CODES[ReviewState.UNREVIEWED]
    assert review.progress_label.text() == f"0 of {timeline.index.count} reviewed"
    # A new event reloads the draft: still the draft, the banner stays (QA #106: it went).
    count = timeline.index.count
    assert app.window.edit_flow.new_event("Added by hand", "2024-06", None) is not None
    qtbot.waitUntil(lambda: app.controller.timeline.index.count == count + 1)
    assert banner.isVisible()
    app.controller.undo_stack.setClean()  # no unsaved-changes question below
    # Opening another file takes the banner away: it is not a draft.
    app.opener.open(example_event_file())
    assert not banner.isVisible()


def test_wrong_input_is_said_in_the_dialog_and_nothing_runs(
    app: Application, tmp_path: Path
) -> None:
    dialog = _open_dialog(app)
    assert not dialog.build_button.isEnabled()  # no article yet
    dialog.add_articles([str(SEED)])
    dialog.published.setText("2024-13")
    dialog.on_build()
    assert "Published" in dialog.message.text()
    dialog.published.setText("")
    dialog.output.setText(str(tmp_path / "draft.json"))
    dialog.on_build()
    assert ".timeline.json" in dialog.message.text()
    assert not list(tmp_path.iterdir())
    dialog.reject()


def test_an_unreadable_article_is_reported_not_raised(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _open_dialog(app)
    dialog.add_articles([str(tmp_path / "missing.txt")])
    dialog.on_build()
    qtbot.waitUntil(lambda: "not built" in dialog.message.text(), timeout=20_000)
    assert "missing.txt" in dialog.message.text()
    dialog.reject()


def test_the_drafts_notes_are_in_the_windows_language(qtbot: QtBot, tmp_path: Path) -> None:
    """QA #11: a French window writes French notes (the worker words them with the
    translators the window has installed)."""
    from timelineapp.render.export_text import export_language
    from timelineapp.ui.build_worker import BuildRequest, BuildWorker

    article = tmp_path / SEED.name
    shutil.copy(SEED, article)
    output = tmp_path / "draft.timeline.json"
    with export_language("fr"):  # as the window's French translator does
        worker = BuildWorker(BuildRequest((article,), output, None, "auto", None))
        with qtbot.waitSignal(worker.built, timeout=20_000):
            worker.start()
        worker.wait()
    data = load_event_file(output).loaded
    assert data is not None
    notes = [event.note or "" for event in data.data.events]
    assert notes
    assert all(n.startswith("Trouvé par timelineapp build") for n in notes)
    assert not any("publication date" in n or "status occurred" in n for n in notes)


def test_why_an_article_is_not_read_is_said_in_the_windows_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    from timelineapp.render.export_text import export_language
    from timelineapp.ui.build_worker import BuildRequest, BuildWorker

    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    said: list[str] = []
    for article in (empty, missing):
        with export_language("fr"):
            request = BuildRequest((article,), tmp_path / "d.timeline.json", None, "auto", None)
            worker = BuildWorker(request)
            worker.failed.connect(said.append)
            # Run here, not on its thread: the translators are the process's, and an event
            # handled meanwhile by this thread's loop (another window's export, say) could
            # put its language over the test's for a moment (seen once in ~25 runs).
            worker.run()
    assert len(said) == 2  # each article's failure, said once
    assert said[0] == f"{empty}\u00a0: le fichier est vide"
    assert said[1].startswith(f"{missing}\u00a0: lecture impossible\u00a0: ")
    assert "cannot" not in said[1]
    assert "No such file" not in said[1]


def test_a_second_build_never_proposes_or_silently_replaces_the_open_file(
    app: Application, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA #82: the second build of an article proposed the file built the first time — the one
    open and edited in the window — and wrote over it without a question."""
    article = tmp_path / SEED.name
    shutil.copy(SEED, article)
    first = tmp_path / "000_651eb735907009b6.timeline.json"
    first.write_text(example_event_file().read_text(encoding="utf-8"), encoding="utf-8")
    assert app.opener.open(first)
    before = first.read_bytes()
    dialog = _open_dialog(app)
    dialog.add_articles([str(article)])
    assert dialog.output.text() == str(tmp_path / "000_651eb735907009b6-2.timeline.json")
    asked: list[str] = []

    def answer_no(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    dialog.output.setText(str(first))  # typed over the proposal: the open file
    dialog.on_build()
    assert len(asked) == 1
    assert "open in the window" in asked[0]
    assert "another name" in dialog.message.text()
    assert first.read_bytes() == before  # nothing written
    assert not (tmp_path / (first.name + ".bak")).exists()
    dialog.reject()


def _article_and_an_edited_open_file(app: Application, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the seed article, and an event file open in the window with an unsaved edit."""
    from PySide6.QtGui import QUndoCommand

    article = tmp_path / SEED.name
    shutil.copy(SEED, article)
    work = tmp_path / "work.timeline.json"
    shutil.copy(example_event_file(), work)
    app.opener.open(work)
    app.controller.undo_stack.push(QUndoCommand("an edit"))
    return article, work


def test_unsaved_changes_are_asked_about_before_anything_is_written(
    app: Application, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA #82: the draft was written first and the Save/Discard/Cancel question came when it
    opened (Cancel then kept a window whose file on disk was already replaced)."""
    article, _ = _article_and_an_edited_open_file(app, tmp_path)
    assert app.controller.modified
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = _open_dialog(app)
    dialog.add_articles([str(article)])
    output = Path(dialog.output.text())
    dialog.on_build()
    assert len(asked) == 1
    assert asked[0].startswith("Save the changes to")
    assert "changes are kept" in dialog.message.text()
    assert not output.exists()
    assert app.controller.modified
    answer = QMessageBox.StandardButton.Discard
    with qtbot.waitSignal(app.controller.file_loaded, timeout=20_000):
        dialog.on_build()
    assert len(asked) == 2  # asked once for this build, not again when the draft opened
    assert app.controller.path == output


def test_replacing_the_open_edited_file_does_not_ask_to_save_it_over_the_draft(
    app: Application, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Agreed to replace the open file and lose its changes: opening the draft must not then
    ask "Save the changes?", whose Save would write the old edits over the new draft."""
    article, work = _article_and_an_edited_open_file(app, tmp_path)
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = _open_dialog(app)
    dialog.add_articles([str(article)])
    dialog.output.setText(str(work))
    with qtbot.waitSignal(app.controller.file_loaded, timeout=20_000):
        dialog.on_build()
    assert len(asked) == 1
    assert "unsaved changes" in asked[0]
    assert "retrait" in (app.controller.timeline.loaded.data.title or "")


def test_a_typed_name_that_exists_is_asked_about_as_browse_asks(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One question about replacing a file that is not the open one (``save_dialog.may_replace``),
    whether its name was typed or chosen with Browse; No writes nothing."""
    from timelineapp.ui.save_dialog import may_replace

    article = tmp_path / SEED.name
    shutil.copy(SEED, article)
    existing = tmp_path / "other.timeline.json"
    existing.write_text("{}", encoding="utf-8")
    asked: list[tuple[str, str]] = []

    def answer_no(*args: object) -> QMessageBox.StandardButton:
        asked.append((str(args[1]), str(args[2])))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    dialog = _open_dialog(app)
    dialog.add_articles([str(article)])
    dialog.output.setText(str(existing))
    dialog.on_build()
    assert "another name" in dialog.message.text()
    assert existing.read_text(encoding="utf-8") == "{}"
    assert not may_replace(dialog, existing, keeps_backup=True)  # what Browse asks
    assert len(asked) == 2
    assert asked[0] == asked[1]
    assert (
        asked[0][1]
        == "other.timeline.json already exists. Replace it? The previous one is kept as .bak."
    )
    dialog.reject()


def test_cancel_stops_a_long_build_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    """QA session 11: Cancel on a 200 KB article waited for the whole build (the worker looked
    at its flag only between articles and after the build); the builder now asks as it goes."""
    from PySide6.QtCore import Qt

    from timelineapp.ui.build_worker import BuildRequest, BuildWorker

    text = SEED.read_text(encoding="utf-8").strip()
    article = tmp_path / "long.txt"
    article.write_text("\n\n".join([text] * (200_000 // len(text) + 1)) + "\n", encoding="utf-8")
    output = tmp_path / "long.timeline.json"
    worker = BuildWorker(BuildRequest((article,), output, "2024-06", "fr", None))
    progress: list[tuple[int, int, str]] = []

    def on_progress(done: int, total: int, name: str) -> None:
        progress.append((done, total, name))
        if done == total // 2:  # the article is read, the rules start: Cancel now
            worker.cancel()

    # In the worker's thread, as it reports: the flag is set before the rules run.
    worker.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(worker.failed, timeout=60_000) as failed:
        worker.start()
    worker.wait()
    assert failed.args == ["cancelled"]
    assert (2, 2, "") not in progress  # the build never reached its end
    assert not output.exists()
