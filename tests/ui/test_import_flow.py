"""File > Import…: the report and preview before anything is written, then open or save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from timelineapp.ui.app import Application
from timelineapp.ui.import_flow import ImportDialog, ImportFlow

DATA = Path(__file__).parent.parent / "data" / "import"


def _flow(app: Application) -> ImportFlow:
    return ImportFlow(app.window, app.controller, app.settings, app.opener.open)


def _no_modal(monkeypatch: pytest.MonkeyPatch) -> None:
    # The dialog is window-modal (open()); in tests it is inspected, not waited for.
    monkeypatch.setattr(ImportDialog, "open", lambda self: None)


@pytest.mark.shared_window
def test_the_file_menu_has_import(app: Application) -> None:
    action = app.window.import_action
    assert action.text() == "&Import…"
    assert action in app.window.menuBar().actions()[0].menu().actions()


@pytest.mark.shared_window
def test_import_shows_preview_and_report_and_writes_nothing(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_modal(monkeypatch)
    source = tmp_path / "acled.csv"
    source.write_bytes((DATA / "acled-niger.csv").read_bytes())
    flow = _flow(app)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    flow.start()
    dialog = flow.dialog
    assert dialog is not None
    assert dialog.preview.rowCount() == 5
    assert dialog.preview.item(0, 1).text() == "Agreement — Niamey"
    # "%n event(s)" until the coordinator's translations give the plural its words.
    assert "5 event" in dialog.summary.text()
    problems = [dialog.problems.item(r, 2).text() for r in range(dialog.problems.rowCount())]
    assert any("31/06/2024" in text for text in problems)
    where = [dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())]
    assert any(text.endswith("acled.csv:7") for text in where)
    assert dialog.mapping_combos["date"].currentText() == "event_date"
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    copied = QGuiApplication.clipboard().text()
    # The window's words ("%n event(s)" until the coordinator's translations fill the plurals).
    first = copied.splitlines()[0]
    assert "5 event" in first
    assert "8 actor" in first
    assert "1 item" in first
    assert "acled.csv:7: left out: " in copied
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".timeline.json")]


@pytest.mark.shared_window
def test_open_without_saving_shows_the_import(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_modal(monkeypatch)
    flow = _flow(app)
    flow.run(DATA / "timelinejs-sahel.json", None)
    assert flow.dialog is not None
    flow.dialog.open_button.click()
    timeline = app.controller.timeline
    assert timeline is not None
    assert timeline.title == "Niger and the Sahel: a long history"
    assert timeline.index.count == 10
    assert "not saved" in app.window.windowTitle()
    assert app.controller.modified  # an import shown unsaved counts as a change to save
    assert app.controller.path is None


@pytest.mark.shared_window
def test_save_writes_next_to_the_input_and_opens_it(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_modal(monkeypatch)
    source = tmp_path / "calendar.ics"
    source.write_bytes((DATA / "calendar.ics").read_bytes())
    suggested: list[str] = []

    def save_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        suggested.append(str(args[2]))
        return str(args[2]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    flow = _flow(app)
    flow.run(source, "ics")
    assert flow.dialog is not None
    flow.dialog.save_button.click()
    target = tmp_path / "calendar.timeline.json"
    assert suggested == [str(target)]
    assert target.is_file()
    timeline = app.controller.timeline
    assert timeline is not None
    assert timeline.title == "Niger desk calendar"


@pytest.mark.shared_window
@pytest.mark.parametrize("replace", [False, True], ids=["kept", "replaced"])
def test_a_completed_name_that_exists_is_replaced_only_when_confirmed(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replace: bool
) -> None:
    """Typing "calendar" gives calendar.timeline.json, a name the save dialog never asked
    about: an existing file there is replaced only after a question."""
    _no_modal(monkeypatch)
    source = tmp_path / "calendar.ics"
    source.write_bytes((DATA / "calendar.ics").read_bytes())
    existing = tmp_path / "calendar.timeline.json"
    existing.write_text("reviewed by hand", encoding="utf-8")
    typed = str(tmp_path / "calendar")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (typed, "")))
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes if replace else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    flow = _flow(app)
    flow.run(source, "ics")
    assert flow.dialog is not None
    flow.dialog.save_button.click()
    assert len(asked) == 1
    assert "calendar.timeline.json already exists" in asked[0]
    replaced = existing.read_text(encoding="utf-8") != "reviewed by hand"
    assert replaced == replace


@pytest.mark.shared_window
def test_cancelling_the_save_dialog_writes_nothing(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_modal(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    source = tmp_path / "calendar.ics"
    source.write_bytes((DATA / "calendar.ics").read_bytes())
    flow = _flow(app)
    flow.run(source, None)
    assert flow.dialog is not None
    flow.dialog.save_button.click()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".json"] == []


@pytest.mark.shared_window
def test_changing_the_mapping_imports_again(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_modal(monkeypatch)
    # German headers: French ones (« Quand », « Quoi », « Qui ») are detected since QA #98.
    source = tmp_path / "de.csv"
    source.write_text("Wann,Was,Wer\n2024-05-19,Accord signé,Niger\n", encoding="utf-8")
    flow = _flow(app)
    flow.run(source, "csv")
    # Headers the detection cannot map: no event, the columns offered, nothing to open.
    unmapped = flow.dialog
    assert unmapped is not None
    assert unmapped.preview.rowCount() == 0
    assert not unmapped.open_button.isEnabled()
    unmapped.mapping_combos["date"].setCurrentText("Wann")
    unmapped.mapping_combos["title"].setCurrentText("Was")
    unmapped.on_reimport_clicked()
    dialog = flow.dialog
    assert dialog is not None
    assert dialog is not unmapped
    assert dialog.preview.item(0, 1).text() == "Accord signé"
    dialog.mapping_combos["actors"].setCurrentText("Wer")
    assert dialog.changed_mapping() == {"actors": "Wer"}
    reimported: list[object] = []
    dialog.reimport_requested.connect(lambda *args: reimported.append(args))
    dialog.on_reimport_clicked()
    assert reimported
    assert flow.dialog is not None
    new = flow.dialog
    assert new is not dialog
    assert new.preview.item(0, 2).text() == "Niger"


@pytest.mark.shared_window
def test_big_imports_run_in_a_worker(
    app: Application, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_modal(monkeypatch)
    flow = _flow(app)
    flow.background_threshold = 0
    flow.run(DATA / "timesketch.jsonl", None)
    qtbot.waitUntil(lambda: flow.dialog is not None, timeout=10_000)
    assert flow.dialog is not None
    assert flow.dialog.preview.rowCount() == 4


def test_export_data_writes_the_shown_events(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np

    from timelineapp.resources import example_event_file
    from timelineapp.ui.data_export_flow import DataExportFlow

    assert not app.window.export_data_action.isEnabled()
    assert app.opener.open(example_event_file())
    assert app.window.export_data_action.isEnabled()
    timeline = app.controller.timeline
    assert timeline is not None
    mask = np.zeros(timeline.index.count, dtype=np.bool_)
    mask[[0, 3]] = True
    app.controller.set_mask(mask, "two events")
    opened: list[object] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: opened.append(self.text()))
    target = tmp_path / "two"
    flow = DataExportFlow(app.window, app.controller, app.settings)
    assert flow.export(target, "csv")
    written = (tmp_path / "two.csv").read_text(encoding="utf-8").splitlines()
    assert len(written) == 3  # the header and the two events the filter shows
    assert written[1].startswith(timeline.events[0].id + ",")
    assert "quote positions" in str(opened[0])
    assert flow.export(tmp_path / "all.ics", None)
    assert (tmp_path / "all.ics").read_text(encoding="utf-8").count("BEGIN:VEVENT") == 2


@pytest.mark.shared_window
def test_dropping_a_file_imports_it_and_an_event_file_opens(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from timelineapp.resources import example_event_file

    _no_modal(monkeypatch)
    shown: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "open", lambda self: shown.append(self))

    def drop(path: Path) -> bool:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        point = QPointF(200, 200)
        action, buttons, none = (
            Qt.DropAction.CopyAction,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        enter = QDragEnterEvent(point.toPoint(), action, data, buttons, none)
        QApplication.sendEvent(app.window, enter)
        if not enter.isAccepted():
            return False
        QApplication.sendEvent(app.window, QDropEvent(point, action, data, buttons, none))
        return True

    assert drop(DATA / "calendar.ics")
    assert len(shown) == 1
    assert shown[0].preview.rowCount() == 6
    assert drop(example_event_file())
    timeline = app.controller.timeline
    assert timeline is not None
    assert "Niger" in timeline.title
    assert not drop(Path(__file__))  # a .py file is neither opened nor imported


@pytest.mark.shared_window
def test_timelinejs_groups_can_become_tags_in_the_dialog(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_modal(monkeypatch)
    flow = _flow(app)
    flow.run(DATA / "timelinejs-sahel.json", None)
    dialog = flow.dialog
    assert dialog is not None
    assert dialog.group_combo is not None
    assert dialog.preview.item(1, 2).text() == "Cosmos"  # the group as an actor
    dialog.group_combo.setCurrentIndex(1)
    again = flow.dialog
    assert again is not None
    assert again is not dialog
    assert again.preview.item(1, 2).text() == ""
    assert "Cosmos" in again.preview.item(1, 4).text()  # now a tag


@pytest.mark.shared_window
def test_big_imports_open_unsaved_in_a_worker(
    app: Application, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_modal(monkeypatch)
    flow = _flow(app)
    flow.background_events = 0
    flow.run(DATA / "acled-niger.csv", None)
    assert flow.dialog is not None
    with qtbot.waitSignal(flow.opened_unsaved, timeout=10_000):
        flow.dialog.open_button.click()
    timeline = app.controller.timeline
    assert timeline is not None
    assert timeline.index.count == 5


@pytest.mark.shared_window
def test_every_report_code_has_window_words_with_the_same_placeholders(app: Application) -> None:
    from timelineapp.extract.importers.messages import ENGLISH, placeholders
    from timelineapp.ui.import_report_words import templates

    words = templates()
    assert set(words) == set(ENGLISH)
    for code, english in ENGLISH.items():
        assert placeholders(words[code]) == placeholders(english), code


@pytest.mark.shared_window
def test_the_report_is_worded_in_the_window_language(
    app: Application, stand_in_french: Callable[..., None]
) -> None:
    from timelineapp.extract.importers import import_file
    from timelineapp.ui import import_report_words

    result = import_file(DATA / "acled-niger.csv")
    english = import_report_words.report_lines(result.report)
    assert ": changed: date left out" in english[1]

    stand_in_french({"changed": "modifié"}, "ImportReport")
    french = import_report_words.report_lines(result.report)
    assert ": modifié: " in french[1]
    assert french[1].split(": modifié")[0] == english[1].split(": changed")[0]  # the place


@pytest.mark.shared_window
def test_save_after_open_without_saving_proposes_beside_the_input(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA #110: Ctrl+S proposed untitled.timeline.json in the current folder."""
    _no_modal(monkeypatch)
    source = tmp_path / "t3.json"
    source.write_bytes((DATA / "timelinejs-sahel.json").read_bytes())
    suggested: list[str] = []

    def save_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        suggested.append(str(args[2]))
        return "", ""  # cancelled: only the proposal matters here

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    flow = _flow(app)
    flow.run(source, None)
    assert flow.dialog is not None
    flow.dialog.open_button.click()
    assert not app.window.save_flow.save()
    assert suggested == [str(tmp_path / "t3.timeline.json")]
    # Another file shown forgets the proposal.
    app.controller.undo_stack.setClean()
    app.window.edit_flow.new_file("Essai", "fr")
    assert app.controller.suggested_path is None


@pytest.mark.shared_window
def test_export_data_locates_a_loss_in_the_event_file(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA #109f: "first at gui.csv: events[0]" named the output, where events[0] is not."""
    from timelineapp.resources import example_event_file
    from timelineapp.ui.data_export_flow import DataExportFlow

    assert app.opener.open(example_event_file())
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    flow = DataExportFlow(app.window, app.controller, app.settings)
    assert flow.export(tmp_path / "gui.csv", "csv")
    details = "\n".join(flow.last_report)
    assert "quote positions" in details
    assert f"{example_event_file().name}: events[" in details
    assert "gui.csv: events[" not in details


@pytest.mark.shared_window
def test_a_file_opened_after_discarding_an_unsaved_import_is_not_modified(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA #143: the next file opened showed "*" with nothing to undo, and Save rotated its
    .bak with a copy of the same bytes."""
    from timelineapp.model.saving import backup_path
    from timelineapp.resources import example_event_file

    _no_modal(monkeypatch)
    for item in Path(example_event_file()).parent.iterdir():
        (tmp_path / item.name).write_bytes(item.read_bytes())
    target = tmp_path / Path(example_event_file()).name
    backup_path(target).write_bytes(b"the builder's draft")
    asked: list[str] = []

    def discard(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(discard))
    flow = _flow(app)
    flow.run(DATA / "calendar.ics", "ics")
    assert flow.dialog is not None
    flow.dialog.open_button.click()
    assert app.controller.modified
    app.on_open_requested(str(target))  # File › Open, as a user does it
    assert len(asked) == 1  # the import's changes: discarded
    assert app.controller.path == target
    assert not app.controller.modified
    assert not app.window.isWindowModified()
    assert not app.window.undo_action.isEnabled()  # nothing to undo, nothing to save
    assert app.window.save_flow.maybe_save()  # nothing to ask about
    assert len(asked) == 1
    before = target.read_bytes()
    assert app.window.save_flow.save()
    assert target.read_bytes() == before
    assert backup_path(target).read_bytes() == b"the builder's draft"


@pytest.mark.shared_window
def test_export_data_follows_a_typed_suffix_and_shows_what_is_lost(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA #148: "del_out.ics" typed with the CSV filter shown wrote del_out.ics.csv, a CSV
    file; what could not be carried over was hidden behind Show Details…"""
    from timelineapp.resources import example_event_file
    from timelineapp.ui.data_export_flow import DataExportFlow

    assert app.opener.open(example_event_file())
    flow = DataExportFlow(app.window, app.controller, app.settings)
    csv_filter = flow.filters()[0][0]
    out = tmp_path / "out"
    out.mkdir()
    typed = out / "del_out.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(typed), csv_filter))
    )
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    flow.start()
    assert sorted(p.name for p in out.iterdir()) == ["del_out.ics"]
    assert typed.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    # A name without a format's suffix takes the filter's.
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(out / "plain"), csv_filter)),
    )
    flow.start()
    assert (out / "plain.csv").is_file()
    box = flow.last_box
    assert box is not None
    shown = box.text()
    assert "Not everything could be carried over:" in shown
    assert "• " in shown
    assert "quote positions" in shown  # in the message itself, not only in its details
    assert box.detailedText() == ""  # a short list: nothing hidden
