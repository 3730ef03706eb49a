"""Date phrases that cannot mean their date, or say no date, reach the export: the footer's
"⚠" line counts each kind under its own words and lists them, `export` prints them and
`--strict` refuses (QA #133: the window flagged them, every export said nothing)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from timelineapp.cli import EXIT_INVALID, EXIT_OK, main
from timelineapp.extract.phrase_check import loaded_phrase_disagreements
from timelineapp.model.reference_issues import date_phrase_disagrees
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import ExportFormat, ExportOptions, render_export, timeline_range
from timelineapp.render.export_options import ExportSubject, PhraseWarning
from timelineapp.render.export_text import provenance_lines

from ..phrase_files import DATELESS, REDATED, phrase_warned_copy
from ..provenance_files import load

SVG = ExportOptions(format=ExportFormat.SVG, export_date="2026-11-27")
# English plural forms come from the translation once it has them; without, "(s)" is cut.
DISAGREEING = re.compile(r"1 date phrases? do(es)? not match (its|their) date")
DATELESS_HEAD = re.compile(r"1 date phrases? says? no date")


def svg_texts(data: bytes) -> list[str]:
    root = ET.fromstring(data)
    return ["".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")]


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Exports paint with QtGui: a running QApplication is needed."""


def warnings_of(timeline: Timeline) -> list[PhraseWarning]:
    """What the caller (window or command line) finds with the one rule."""
    return [
        (found.event, found.issue(timeline.loaded.name))
        for found in loaded_phrase_disagreements(timeline.loaded)
    ]


def footer_of(timeline: Timeline, mask: np.ndarray, warnings: list[PhraseWarning]) -> str:
    subject = ExportSubject(
        timeline, mask, timeline.index.cumulative_mask(mask), "", phrase_warnings=warnings
    )
    result = render_export(subject, timeline_range(timeline, mask), SVG)
    return "\n".join(svg_texts(result.data))


def test_the_footer_counts_each_kind_and_lists_each_phrase(tmp_path: Path) -> None:
    timeline = load(phrase_warned_copy(tmp_path))
    warnings = warnings_of(timeline)
    assert sorted(e for e, _ in warnings) == [REDATED, DATELESS]
    everything = np.ones(timeline.index.count, dtype=np.bool_)
    texts = footer_of(timeline, everything, warnings)
    head = next(line for line in texts.splitlines() if line.startswith("⚠"))
    assert DISAGREEING.search(head), head
    assert DATELESS_HEAD.search(head), head
    assert "do not match their documents" not in head  # not the words of a changed document
    assert "the date phrase “en 2012” reads 2012, not the event's date 2015" in texts
    assert timeline.titles[REDATED] in texts
    assert "the date phrase “Pas moins de” says no date" in texts
    # No hash of anything but the file read: the command line's footer as before.
    assert f"SHA-256 {timeline.loaded.content_hash[:12]}" in texts


def test_only_the_exported_events_warnings_are_listed(tmp_path: Path) -> None:
    timeline = load(phrase_warned_copy(tmp_path))
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    mask[REDATED] = False
    texts = footer_of(timeline, mask, warnings_of(timeline))
    assert "“en 2012”" not in texts
    assert "“Pas moins de” says no date" in texts
    assert not DISAGREEING.search(texts)


def test_a_sound_file_has_no_warning_line(tmp_path: Path) -> None:
    timeline = load(phrase_warned_copy(tmp_path))
    everything = np.ones(timeline.index.count, dtype=np.bool_)
    assert "⚠" not in footer_of(timeline, everything, [])


def test_export_prints_them_and_strict_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = phrase_warned_copy(tmp_path)
    out = tmp_path / "strict.png"
    assert main(["export", str(path), "-o", str(out), "--strict"]) == EXIT_INVALID
    assert not out.exists()
    err = capsys.readouterr().err
    assert "events[0].sources[0].date_phrase" in err
    assert "« Pas moins de » says no date" in err
    assert (
        "1 date phrase that does not match its date and 1 date phrase that says no date "
        "(--strict); nothing was exported"
    ) in err

    out = tmp_path / "out.svg"
    assert main(["export", str(path), "-o", str(out), "--date", "2026-11-27"]) == EXIT_OK
    captured = capsys.readouterr()
    assert "« en 2012 » reads 2012" in captured.err
    assert "warning:" in captured.err
    texts = "\n".join(svg_texts(out.read_bytes()))
    assert "the date phrase “en 2012” reads 2012, not the event's date 2015" in texts
    assert "the date phrase “Pas moins de” says no date" in texts


def test_a_french_export_says_them_in_french(
    tmp_path: Path, stand_in_french: Callable[..., None]
) -> None:
    """Through the Export context, like every word of the picture (the shipped French is
    filled at merge time: a stand-in gives it here)."""
    nbsp = "\u00a0"
    stand_in_french(
        {
            ("Export", "“{title}”: the date phrase “{phrase}” says no date"): (
                f"«{nbsp}{{title}}{nbsp}»{nbsp}: l’expression de date «{nbsp}{{phrase}}{nbsp}» "
                "ne dit aucune date"
            ),
            ("Export", "%Ln date phrase(s) say no date"): (
                "%Ln expression de date ne dit aucune date"
            ),
        }
    )
    path = phrase_warned_copy(tmp_path)
    out = tmp_path / "fr.svg"
    assert main(["export", str(path), "-o", str(out), "--lang", "fr"]) == EXIT_OK
    texts = "\n".join(svg_texts(out.read_bytes()))
    assert "1 expression de date ne dit aucune date" in texts
    assert f"l’expression de date «{nbsp}Pas moins de{nbsp}» ne dit aucune date" in texts


def test_a_phrase_judged_against_its_sources_own_date_says_so(tmp_path: Path) -> None:
    """A source with a date of its own has its phrase judged against that date (QA #99): the
    line names the source's date, not the event's; braces in a title stay as written."""
    timeline = load(phrase_warned_copy(tmp_path))
    issue = date_phrase_disagrees(
        "f.json", "events[3].sources[0].date_phrase", "le {date}", "2012", "2024-05", of_source=True
    )
    head, lines = provenance_lines(timeline, [], [(3, issue)])
    assert DISAGREEING.search(head), head
    assert lines == [
        f"“{timeline.titles[3]}”: the date phrase “le {{date}}” reads 2012, not its source's "
        "own date 2024-05"
    ]


def test_export_lang_fr_prints_them_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export --lang fr`` lists the warnings as ``validate --lang fr`` does, and counts
    them in French (QA #133's check: they were printed in English)."""
    path = phrase_warned_copy(tmp_path)
    out = tmp_path / "fr.png"
    assert main(["export", str(path), "-o", str(out), "--lang", "fr"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "ne dit aucune date" in err
    assert "says no date" not in err
    assert (
        "1 expression de date qui ne correspond pas à sa date et 1 expression de date qui ne "
        "dit aucune date"
    ) in err
