"""The command line speaks English unless ``--lang`` says otherwise, whatever the system locale.

Found by running the frozen app with ``LANG=fr_FR.UTF-8``: its export had an English footer
with French date words ("en juin 2024"), because the words followed the system locale.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from timelineapp.cli import EXIT_OK, main
from timelineapp.resources import example_event_file


@pytest.fixture
def french_system(qapp: QApplication) -> Iterator[None]:
    """The system locale as ``LANG=fr_FR.UTF-8`` makes it (Qt's default locale)."""
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(before)


def _export_svg(tmp_path: Path, *args: str) -> str:
    out = tmp_path / "out.svg"
    code = main(
        ["export", str(example_event_file()), "-o", str(out), "--date", "2026-01-01", *args]
    )
    assert code == EXIT_OK
    return out.read_text(encoding="utf-8")


@pytest.mark.usefixtures("french_system")
def test_without_lang_the_whole_picture_is_english(tmp_path: Path) -> None:
    svg = _export_svg(tmp_path)
    assert "Sources" in svg
    assert "reliability F" in svg
    assert "in June 2024" in svg
    assert "en juin 2024" not in svg
    assert "mai 2024" not in svg


@pytest.mark.usefixtures("french_system")
def test_with_lang_fr_the_whole_picture_is_french(tmp_path: Path) -> None:
    svg = _export_svg(tmp_path, "--lang", "fr")
    assert "fiabilité F" in svg
    assert "en juin 2024" in svg
    assert "in June 2024" not in svg
