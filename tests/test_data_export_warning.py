"""A data export (CSV, TimelineJS, Timesketch, iCalendar) of a file with date-phrase
warnings words its warning for what it makes: the exported data marks none of them, where an
image's footer lists those of the events it shows; ``--strict`` refuses it as it refuses an
image."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from timelineapp.cli import EXIT_INVALID, EXIT_OK, main

from .phrase_files import phrase_warned_copy

_IMAGE_WORDS = "an image lists those of the events it shows"
_DATA_WORDS = "the exported data does not mark them"


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """The application first: an image export paints; a data export's words need one too."""


@pytest.mark.parametrize("name", ["out.csv", "out.json", "out.jsonl", "out.ics"])
def test_a_data_export_says_its_data_marks_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = phrase_warned_copy(tmp_path)
    out = tmp_path / name
    assert main(["export", str(path), "-o", str(out)]) == EXIT_OK
    assert out.exists()
    err = capsys.readouterr().err
    assert "« en 2012 » reads 2012" in err
    assert (
        f"timelineapp export: warning: {path} has 1 date phrase that does not match its date "
        f"and 1 date phrase that says no date: each is listed above; {_DATA_WORDS}"
    ) in err
    assert "image" not in err


def test_an_image_export_keeps_its_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = phrase_warned_copy(tmp_path)
    out = tmp_path / "out.svg"
    assert main(["export", str(path), "-o", str(out), "--date", "2026-11-27"]) == EXIT_OK
    err = capsys.readouterr().err
    assert _IMAGE_WORDS in err
    assert _DATA_WORDS not in err


def test_strict_refuses_a_data_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = phrase_warned_copy(tmp_path)
    out = tmp_path / "strict.csv"
    assert main(["export", str(path), "-o", str(out), "--strict"]) == EXIT_INVALID
    assert not out.exists()
    assert "(--strict); nothing was exported" in capsys.readouterr().err


def test_a_french_data_export_warns_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stand_in_french: Callable[..., None]
) -> None:
    nbsp = "\u00a0"
    stand_in_french(
        {
            (
                "ExportCommandWords",
                "%1: warning: %2 has %3: each is listed above; the exported data does not "
                "mark them",
            ): (
                f"%1{nbsp}: avertissement{nbsp}: %2 a %3{nbsp}: chacun est listé ci-dessus{nbsp}; "
                "les données exportées n’en signalent aucun"
            ),
        }
    )
    path = phrase_warned_copy(tmp_path)
    out = tmp_path / "fr.csv"
    assert main(["export", str(path), "-o", str(out), "--lang", "fr"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "les données exportées n’en signalent aucun" in err
    assert "une image liste" not in err
