"""QA #74: ``timelineapp export`` says "1 event", and a PDF's size as its paper, not pixels."""

from __future__ import annotations

from pathlib import Path

import pytest

from timelineapp.cli import main
from timelineapp.resources import example_event_file


def _export(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, *args: str) -> str:
    out = tmp_path / name
    assert main(["export", str(example_event_file()), "-o", str(out), *args]) == 0
    assert out.exists()
    return capsys.readouterr().out.strip()


def test_one_event_is_one_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = _export(tmp_path, capsys, "one.png", "--search", "Ekman", "--width", "1024")
    assert line.startswith("wrote ")
    assert line.endswith(" px, 1 event)")
    assert "1 events" not in line


def test_a_pdf_gives_its_paper_and_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _export(tmp_path, capsys, "two.pdf", "--pages", "2")
    assert "A4 landscape, 2 pages, " in line
    assert "px" not in line
    assert line.endswith(" events)")
