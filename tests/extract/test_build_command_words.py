"""What ``timelineapp build`` prints is in the notes' language: English by default, French with
``--lang fr`` (its summary, its ``note:`` lines, why an article failed), English again with
``--notes-lang en``; no "(s)" left in either."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timelineapp.cli import main

SEED = Path(__file__).parents[1] / "data" / "build" / "000_651eb735907009b6.txt"


def _french_shipped() -> bool:
    """The French .qm holds the command's words (the coordinator regenerates it at merge time
    from /work/team/i18n/fr_words3.py; on the branch itself it may not yet)."""
    from PySide6.QtCore import QTranslator

    from timelineapp.resources import resource_path

    translator = QTranslator()
    translator.load("timelineapp_fr", str(resource_path("translations")))
    return bool(translator.translate("BuildCommand", "note: {name}: given twice, read once"))


def _build(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["build", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_summary_is_english_by_default_and_counts_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "en.timeline.json"
    code, out, _ = _build(capsys, str(SEED), "-o", str(output))
    assert code == 0
    assert re.fullmatch(
        rf"{re.escape(str(output))}: \d+ draft events \(\d+ dated, 1 undated\), \d+ actors, "
        r"1 document; every event unreviewed\n",
        out,
    ), out
    assert "(s)" not in out


def test_lang_fr_prints_the_summary_and_notes_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not _french_shipped():
        pytest.skip("the French .qm is regenerated at merge time")
    nodate = tmp_path / "nodate.txt"
    nodate.write_text("Le ministre a parlé.\n", encoding="utf-8")
    output = tmp_path / "fr.timeline.json"
    code, out, err = _build(capsys, str(SEED), str(SEED), str(nodate), "-o", str(output),
                            "--lang", "fr")  # fmt: skip
    assert code == 0
    assert out.startswith(f"{output}\u00a0: ")
    assert "événements brouillons" in out
    assert "2 documents\u00a0;" in out
    assert "draft" not in out
    assert "unreviewed" not in out
    assert "remarque\u00a0: " in err
    assert "donné deux fois" in err
    assert "aucune date de publication" in err
    assert "given twice" not in err
    assert "no publication date" not in err
    # --notes-lang en: the notes and the lines English again
    code, out, err = _build(capsys, str(SEED), "-o", str(output), "--lang", "fr",
                            "--notes-lang", "en")  # fmt: skip
    assert code == 0
    assert "draft events" in out


def test_lang_fr_says_why_an_article_failed_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = str(tmp_path / "x.timeline.json")
    code, _, err = _build(capsys, str(tmp_path / "missing.txt"), "-o", output, "--lang", "fr")
    assert code == 1
    assert err.startswith("timelineapp build: ")
    assert err.count("\n") == 1
    assert "lecture impossible" in err
    assert "cannot read" not in err
    code, _, err = _build(capsys, str(SEED), "-o", output, "--published", "2024-13",
                          "--lang", "fr")  # fmt: skip
    assert code == 2
    assert "date invalide" in err
    assert "invalid date" not in err
