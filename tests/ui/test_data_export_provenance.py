"""File › Export Data tells of the open file's provenance problems and date-phrase warnings
under what it wrote, in the command line's words (``timelineapp export OUT.csv`` warns "…
has 9 provenance problems: each is listed above; the exported data does not mark them"): the
window's data export said nothing of them, where its image export lists them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from timelineapp.cli import EXIT_OK, main
from timelineapp.resources import resource_path
from timelineapp.ui.app import Application
from timelineapp.ui.data_export_flow import DataExportFlow

from ..phrase_files import phrase_warned_copy
from ..provenance_files import tampered_copy

_DATA_WORDS = "the exported data does not mark them"


@pytest.fixture(autouse=True)
def _english_plurals(install_translator: Callable[[QTranslator], None]) -> None:
    """The shipped English, as the window installs it: its plurals ("9 provenance
    problems", not "problem(s)")."""
    english = QTranslator()
    assert english.load("timelineapp_en", str(resource_path("translations")))
    install_translator(english)


def _export(app: Application, target: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The text of the message File › Export Data shows after writing ``target`` (as CSV)."""
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.open", lambda box: shown.append(box.text()))
    flow = DataExportFlow(app.window, app.controller, app.settings)
    assert flow.export(target, None)
    assert target.exists()
    assert len(shown) == 1  # one message, the one that says what was written
    assert flow.last_notice in shown[0]
    return shown[0]


@pytest.mark.shared_window
def test_a_tampered_file_is_said_to_have_provenance_problems(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tampered_copy(tmp_path)
    assert app.opener.open(path)
    timeline = app.controller.timeline
    assert timeline is not None
    problems = len(timeline.provenance.problems)
    assert problems == 9  # the changed article and eight quotes and date phrases
    text = _export(app, tmp_path / "out.csv", monkeypatch)
    lines = text.split("\n\n")
    assert lines[0].startswith("14 events written to out.csv")
    assert lines[1] == (
        f"{path.name} has 9 provenance problems; {_DATA_WORDS} (the Provenance pane lists each)."
    )


@pytest.mark.shared_window
def test_date_phrase_warnings_are_counted_as_the_command_line_counts_them(
    app: Application,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = phrase_warned_copy(tmp_path)
    assert app.opener.open(path)
    phrases = app.window.provenance_pane.phrase_warnings
    qtbot.waitUntil(lambda: not phrases.checking, timeout=10_000)
    text = _export(app, tmp_path / "window.ics", monkeypatch)
    counted = "1 date phrase that does not match its date and 1 date phrase that says no date"
    assert f"{path.name} has {counted}; {_DATA_WORDS}" in text
    # The same count as the command line's warning (one wording function for both).
    assert main(["export", str(path), "-o", str(tmp_path / "cli.ics")]) == EXIT_OK
    assert f"has {counted}: each is listed above; {_DATA_WORDS}" in capsys.readouterr().err


@pytest.mark.shared_window
def test_a_file_without_problems_gets_no_notice(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.opener.open(tampered_copy(tmp_path, tamper=False))
    text = _export(app, tmp_path / "clean.csv", monkeypatch)
    assert "provenance" not in text
    assert _DATA_WORDS not in text
    assert "quote positions" in text  # what the format cannot carry is still said


@pytest.mark.shared_window
def test_the_notice_is_in_the_windows_language(
    app: Application,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stand_in_french: Callable[..., None],
) -> None:
    nbsp = "\u00a0"
    stand_in_french(
        {
            (
                "ExportCommandWords",
                "%1 has %2; the exported data does not mark them (the Provenance pane lists each).",
            ): (
                f"%1 a %2{nbsp}; les données exportées n’en signalent aucun (le panneau "
                "Provenance les liste un à un)."
            ),
            ("ExportCommandWords", "%Ln provenance problem(s)"): "%Ln problèmes de provenance",
        }
    )
    path = tampered_copy(tmp_path)
    assert app.opener.open(path)
    text = _export(app, tmp_path / "fr.csv", monkeypatch)
    assert (
        f"{path.name} a 9 problèmes de provenance{nbsp}; les données exportées n’en signalent "
        "aucun (le panneau Provenance les liste un à un)."
    ) in text
