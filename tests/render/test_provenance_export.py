"""Exported pictures and the export command flag quotes that no longer match their document."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from timelineapp.cli import EXIT_INVALID, EXIT_OK, main
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import ExportFormat, ExportOptions, render_export, timeline_range
from timelineapp.render.export_layout import plan_export
from timelineapp.render.export_options import ExportSubject
from timelineapp.render.theme import ThemeName, theme

from ..provenance_files import load, tampered_copy

OPTIONS = ExportOptions(include_title=False, include_legend=False, include_filter=False)


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Exports paint with QtGui: a running QApplication is needed."""


def _render(timeline: Timeline, options: ExportOptions = OPTIONS) -> QImage:
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    view = timeline_range(timeline, mask)
    result = render_export(
        ExportSubject(timeline, mask, timeline.index.cumulative_mask(mask), ""), view, options
    )
    image = QImage.fromData(result.data)
    assert not image.isNull()
    return image


def _red_pixels(image: QImage, x: float, y: float, top: float, radius: int = 7) -> int:
    """Pixels close to the flag colour in a square around (x, y) of the scene."""
    red = theme(ThemeName.LIGHT).disputed
    count = 0
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            pixel = QColor(image.pixel(round(x) + dx, round(top + y) + dy))
            close = (
                abs(pixel.red() - red.red()) < 40
                and abs(pixel.green() - red.green()) < 40
                and abs(pixel.blue() - red.blue()) < 40
            )
            count += close
    return count


def test_a_tampered_document_flags_its_events_marks_in_the_png(tmp_path: Path) -> None:
    clean = load(tampered_copy(tmp_path / "a", tamper=False))
    tampered = load(tampered_copy(tmp_path / "b"))
    mask = np.ones(tampered.index.count, dtype=np.bool_)
    plan = plan_export(
        ExportSubject(tampered, mask, tampered.index.cumulative_mask(mask), ""),
        timeline_range(tampered, mask),
        OPTIONS,
        lambda _: None,
    )
    page = plan.pages[0]
    assert page.scene is not None
    marks = {m.event: m for m in page.scene.marks}
    flagged = tampered.provenance.flagged_events()
    assert flagged
    assert all(marks[e].flagged for e in flagged if e in marks)
    before, after = _render(clean), _render(tampered)
    g = page.scene.geometry
    checked = 0
    for event in flagged:
        mark = marks.get(event)
        if mark is None:
            continue
        right = (mark.x0 + mark.x1) / 2 + g.marker / 2 if mark.point else mark.x1
        y = page.scene.lane_y(mark.lane) + g.lane_height / 2 - g.marker / 2
        assert _red_pixels(after, right, y, page.scene_top) > 10, event
        assert _red_pixels(before, right, y, page.scene_top) == 0, event
        checked += 1
    assert checked >= 3


def test_the_footer_counts_and_lists_the_broken_quotes(tmp_path: Path) -> None:
    tampered = load(tampered_copy(tmp_path))
    mask = np.ones(tampered.index.count, dtype=np.bool_)
    result = render_export(
        ExportSubject(tampered, mask, tampered.index.cumulative_mask(mask), ""),
        timeline_range(tampered, mask),
        ExportOptions(format=ExportFormat.SVG, include_footer=False),
    )
    svg = result.data.decode("utf-8")
    # Even without the sources footer, the picture says its evidence is broken.
    assert "5 quotes do not match their documents" in svg
    assert "the document now says" in svg
    assert "20 mai 2024" in svg
    assert result.flagged == 5


def test_export_lists_problems_and_strict_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tampered_copy(tmp_path)
    out = tmp_path / "out.png"
    assert main(["export", str(path), "-o", str(out), "--strict"]) == EXIT_INVALID
    assert not out.exists()
    assert "provenance problems (--strict)" in capsys.readouterr().err
    assert main(["export", str(path), "-o", str(out)]) == EXIT_OK
    captured = capsys.readouterr()
    assert "events[3].sources[0].quotes[0]" in captured.err
    assert "5 flagged" in captured.out
    assert out.exists()


def test_a_document_without_hash_is_still_flagged_in_exports(tmp_path: Path) -> None:
    tampered = load(tampered_copy(tmp_path, keep_hash=False))
    assert tampered.provenance.documents == {}
    mask = np.ones(tampered.index.count, dtype=np.bool_)
    result = render_export(
        ExportSubject(tampered, mask, tampered.index.cumulative_mask(mask), ""),
        timeline_range(tampered, mask),
        ExportOptions(format=ExportFormat.SVG),
    )
    assert "5 quotes do not match their documents" in result.data.decode("utf-8")
