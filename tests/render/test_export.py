"""Exported pictures: sizes, marks at their dates, sources and filter in the text, atomic writes."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from timelineapp.model.calendar import to_seconds
from timelineapp.model.filtering import FilterEngine, FilterSpec
from timelineapp.model.timeline import Timeline
from timelineapp.render import export, export_layout
from timelineapp.render.export import (
    ExportCancelled,
    ExportError,
    ExportFormat,
    ExportOptions,
    check_options,
    default_file_name,
    export_font,
    render_export,
    render_preview,
    timeline_range,
    write_export,
)
from timelineapp.render.export_options import ExportSubject
from timelineapp.render.filter_words import describe_filter
from timelineapp.render.inputs import event_colors
from timelineapp.render.legend import BASIC_KINDS, LegendKind, legend_size, paint_legend
from timelineapp.render.theme import theme
from timelineapp.render.timemap import TimeMap

SVG = "{http://www.w3.org/2000/svg}"
BARE = ExportOptions(
    include_title=False, include_legend=False, include_footer=False, include_filter=False
)


def everything(timeline: Timeline) -> tuple[np.ndarray, np.ndarray]:
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    return mask, timeline.index.cumulative_mask(mask)


def run(
    timeline: Timeline,
    options: ExportOptions,
    view: TimeMap | tuple[float, float] | None = None,
    spec: FilterSpec | None = None,
) -> export.ExportResult:
    if spec is None:
        mask, cumulative = everything(timeline)
        description = ""
    else:
        mask = FilterEngine.from_timeline(timeline).mask(spec)
        cumulative = timeline.index.cumulative_mask(mask)
        description = describe_filter(spec, timeline)
    chosen = view if view is not None else timeline_range(timeline, mask)
    return render_export(ExportSubject(timeline, mask, cumulative, description), chosen, options)


def image_of(result: export.ExportResult) -> QImage:
    image = QImage.fromData(result.data)
    assert not image.isNull()
    return image


def svg_texts(data: bytes) -> list[str]:
    root = ET.fromstring(data)
    return ["".join(node.itertext()) for node in root.iter(f"{SVG}text")]


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in pairs)


# --- PNG --------------------------------------------------------------------------------------


def test_png_has_the_requested_size_and_scale_doubles_the_pixels(niger: Timeline) -> None:
    # 560 px: the legend explains the evidence marks too (issue 18) and the hatched marker
    # of a period too short to draw (QA #103); 540 no longer fits it.
    options = ExportOptions(width=900, height=560, export_date="2026-11-24")
    one = image_of(run(niger, options))
    two = image_of(run(niger, replace(options, scale=2)))
    assert (one.width(), one.height()) == (900, 560)
    assert (two.width(), two.height()) == (1800, 1120)
    assert not one.hasAlphaChannel()  # opaque pictures are stored without one


def test_png_is_not_blank_and_marks_sit_at_their_dates(niger: Timeline) -> None:
    view = TimeMap(to_seconds(2024, 4, 20), 6 * 3600.0, 1000.0)
    result = run(niger, replace(BARE, width=1000, height=420), view)
    image = image_of(result)
    background = QColor(theme("light").background)
    assert any(
        image.pixelColor(x, y) != background for x in range(0, 1000, 7) for y in range(0, 420, 7)
    )
    # "Signature de l’accord sur le retrait…" is dated 2024-05-19: a diamond at mid-day.
    event = niger.titles.index("Signature de l’accord sur le retrait des troupes américaines")
    colour = theme("light").event_color(int(event_colors(niger)[event]))
    x = round(view.to_x(to_seconds(2024, 5, 19) + 43200))
    axis_top = 420 - 46
    column = [image.pixelColor(x, y) for y in range(axis_top)]
    assert any(close(c, colour) for c in column)
    # Where nothing happened (late August 2024) that colour is absent from the marks area.
    empty = round(view.to_x(to_seconds(2024, 8, 25)))
    assert not any(close(image.pixelColor(empty, y), colour, 20) for y in range(8, axis_top - 30))


def test_png_is_byte_identical_from_two_runs(niger: Timeline) -> None:
    options = ExportOptions(scale=2, export_date="2026-11-24")
    assert run(niger, options).data == run(niger, options).data


def test_transparent_png_keeps_an_alpha_channel(niger: Timeline) -> None:
    image = image_of(run(niger, ExportOptions(transparent=True, width=600)))
    assert image.hasAlphaChannel()
    assert image.pixelColor(2, 2).alpha() == 0


def test_whole_timeline_exports_at_20000_by_4000(
    niger: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The largest allowed picture is allocated, painted and handed to the PNG encoder whole.

    libpng's own work on 80 million pixels (3.4 of the test's 4.3 s) is what the encoder
    does at any size, so the encoder here writes the image's top-left pixel: the picture it
    was given is recorded and checked instead. Encoding whole pictures is checked by the
    other PNG tests (byte-identical runs, colours, transparency)."""
    given: list[QImage] = []

    class RecordingWriter(export.QImageWriter):
        def write(self, image: QImage) -> bool:
            given.append(image)
            return super().write(image.copy(0, 0, 1, 1))

    monkeypatch.setattr(export, "QImageWriter", RecordingWriter)
    result = run(niger, ExportOptions(width=20000, height=4000))
    assert (result.width, result.height) == (20000, 4000)
    assert result.data.startswith(b"\x89PNG")
    (image,) = given
    assert (image.width(), image.height()) == (20000, 4000)
    assert image.format() == QImage.Format.Format_RGB32  # opaque, as stored in the file
    # Painted, not only allocated: the axis band crosses the picture's middle column.
    column = {image.pixel(10000, y) for y in range(0, 4000, 8)}
    assert len(column) > 1


# --- SVG and PDF ------------------------------------------------------------------------------


def test_svg_parses_and_holds_every_dated_title_as_text(niger: Timeline) -> None:
    result = run(niger, ExportOptions(format=ExportFormat.SVG, export_date="2026-11-24"))
    texts = "\n".join(svg_texts(result.data))
    for i, title in enumerate(niger.titles):
        if niger.index.dated[i]:
            assert title in texts
    assert "[1] Le retrait des troupes américaines en place au Niger a commencé." in texts
    assert "[1]" in svg_texts(result.data)  # a citation after a label
    assert niger.loaded.content_hash[:12] in texts
    assert "2026-11-24" in texts


def test_filtered_export_differs_and_its_footer_names_the_filter(niger: Timeline) -> None:
    options = ExportOptions(format=ExportFormat.SVG, export_date="2026-11-24")
    spec = FilterSpec(actors=frozenset({"russie"}))
    plain = run(niger, options)
    filtered = run(niger, options, spec=spec)
    assert plain.data != filtered.data
    texts = svg_texts(filtered.data)
    description = describe_filter(spec, niger)
    assert f"Filter: {description}" in texts
    assert "Retrait des troupes françaises du Niger" not in "\n".join(texts)
    assert filtered.shown < plain.shown


def test_file_text_is_never_markup(niger: Timeline) -> None:
    options = ExportOptions(format=ExportFormat.SVG, title="<b>bold</b> & co")
    result = run(niger, options)
    assert "<b>bold</b> & co" in svg_texts(result.data)
    assert b"&lt;b&gt;bold" in result.data


def count_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


@pytest.mark.parametrize("pages", [1, 3])
def test_pdf_has_the_requested_page_count(niger: Timeline, pages: int) -> None:
    result = run(niger, ExportOptions(format=ExportFormat.PDF, pages=pages, width=1200))
    assert result.data.startswith(b"%PDF")
    assert count_pages(result.data) == pages == result.pages


# --- empty results, limits, cancellation -------------------------------------------------------


def test_an_empty_result_still_exports_with_a_notice(niger: Timeline) -> None:
    spec = FilterSpec(text="zzzz-nothing-like-this")
    result = run(niger, ExportOptions(format=ExportFormat.SVG), spec=spec)
    assert result.shown == 0
    assert "No events match the filter" in svg_texts(result.data)


@pytest.mark.parametrize(
    ("options", "allowed"),
    [
        (ExportOptions(width=100), "200 to 20000"),
        (ExportOptions(width=30000, format=ExportFormat.SVG), "200 to 20000"),
        (ExportOptions(width=15000, scale=3), "200 to 10922"),
        (ExportOptions(width=20000, height=20000), "512 MB"),
        (ExportOptions(scale=4), "1, 2 or 3"),
    ],
)
def test_sizes_beyond_the_limits_fail_naming_the_allowed_range(
    options: ExportOptions, allowed: str
) -> None:
    with pytest.raises(ExportError, match=allowed):
        check_options(options)


def test_a_height_too_small_for_the_blocks_says_how_much_is_needed(niger: Timeline) -> None:
    with pytest.raises(ExportError, match="at least"):
        run(niger, ExportOptions(width=400, height=200))


def test_progress_can_cancel(niger: Timeline) -> None:
    mask, cumulative = everything(niger)
    seen: list[float] = []

    def progress(fraction: float) -> bool:
        seen.append(fraction)
        return fraction < 0.5

    with pytest.raises(ExportCancelled):
        render_export(
            ExportSubject(niger, mask, cumulative, ""),
            timeline_range(niger, mask),
            ExportOptions(),
            progress,
        )
    assert seen[0] == 0.0


def test_preview_fits_its_box(niger: Timeline) -> None:
    mask, cumulative = everything(niger)
    image = render_preview(
        ExportSubject(niger, mask, cumulative, ""),
        timeline_range(niger, mask),
        ExportOptions(),
        QSize(400, 300),
    )
    assert 0 < image.width() <= 400
    assert 0 < image.height() <= 300


# --- writing ----------------------------------------------------------------------------------


def test_write_replaces_the_file_atomically(niger: Timeline, tmp_path: Path) -> None:
    target = tmp_path / "out.png"
    target.write_bytes(b"old")
    result = run(niger, ExportOptions(width=600))
    write_export(result, target)
    assert target.read_bytes() == result.data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png"]


def test_a_failed_write_keeps_the_existing_file(
    niger: Timeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.png"
    target.write_bytes(b"precious")
    result = run(niger, ExportOptions(width=600))

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        write_export(result, target)
    assert target.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png"]


def test_a_failed_render_never_touches_the_file(
    niger: Timeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.png"
    target.write_bytes(b"precious")

    def broken(*args: object) -> None:
        raise ExportError("painting failed")

    monkeypatch.setattr(export, "_paint_page", broken)
    with pytest.raises(ExportError):
        write_export(run(niger, ExportOptions(width=600)), target)
    assert target.read_bytes() == b"precious"


def test_default_file_name_is_a_plain_slug() -> None:
    title = "Niger 2024 : retrait des troupes américaines"
    assert default_file_name(title, "png") == "niger-2024-retrait-des-troupes-americaines.png"
    assert default_file_name("???", ExportFormat.PDF) == "timeline.pdf"


# --- legend -----------------------------------------------------------------------------------


def test_legend_paints_its_samples_within_its_size(qapp: QApplication) -> None:
    font = export_font()
    actors = [("Niger", 0), ("États-Unis", 1), ("No actor", -1)]
    size = legend_size(font, actors, max_width=700)
    assert 0 < size.width() <= 700
    # 700 px tall: the four evidence kinds (issue 18) add two rows to "every kind", the
    # unreadable document's badge (QA #145) one more.
    image = QImage(800, 700, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painted = paint_legend(
        painter,
        QPointF(10, 10),
        theme("light"),
        font,
        actors,
        kinds=list(LegendKind),
        max_width=700,
    )
    painter.end()
    assert painted.height() >= size.height()  # every kind listed: at least as tall
    palette = theme("light").palette
    # The same pixels as reading each one with pixelColor, but each distinct colour once:
    # non-premultiplied ARGB words, as pixelColor gives them.
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    words = np.frombuffer(argb.constBits(), dtype=np.uint32).reshape(700, 800)
    inside = [QColor.fromRgba(int(w)) for w in np.unique(words[10:695:2, 10:710])]
    assert any(close(c, palette[1], 10) for c in inside)  # the États-Unis sample
    assert any(close(c, theme("light").deadline, 10) for c in inside)
    assert image.pixelColor(790, 690) == QColor("white")


def test_legend_without_entries_takes_no_room(qapp: QApplication) -> None:
    assert legend_size(export_font(), [], kinds=[]).isEmpty()
    assert legend_size(export_font(), []).height() > 0
    assert len(BASIC_KINDS) == len(LegendKind) - 2


def test_without_the_axis_no_tick_labels_are_written(niger: Timeline) -> None:
    # SVG ignores clipping, so hidden labels must not be drawn at all.
    view = TimeMap(to_seconds(2024, 1, 1), 86400.0, 1000.0)
    with_axis = svg_texts(run(niger, ExportOptions(format=ExportFormat.SVG, width=1000), view).data)
    without = svg_texts(
        run(
            niger, ExportOptions(format=ExportFormat.SVG, width=1000, include_axis=False), view
        ).data
    )
    labels = set(with_axis) - set(without)
    assert labels  # the tick labels
    assert not labels & set(without)
    assert "Marks" in without


def test_labels_keep_room_for_their_citation_uncertain_ones_too(niger: Timeline) -> None:
    """A citation is drawn after the label as drawn ("… ?"): its room must be in the width
    the lanes and the right-edge flip use, or a flipped label's citation runs into its mark."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from timelineapp.model.time_index import MarkFlag
    from timelineapp.render.scene import label_text, label_width

    font, cite_font = QFont(), QFont()
    cite_font.setPixelSize(9)
    citations = {e: "[1]" for e in range(niger.index.count)}
    measure = export_layout._measure_with_citations(niger, font, cite_font, citations)
    metrics, cite = QFontMetricsF(font), QFontMetricsF(cite_font).horizontalAdvance("[1]")
    uncertain = [e for e in range(niger.index.count) if niger.index.flags[e] & MarkFlag.UNCERTAIN]
    assert uncertain  # the example has "2024-06?" dates
    for e in range(niger.index.count):
        flags, review = int(niger.index.flags[e]), int(niger.index.review[e])
        drawn = metrics.horizontalAdvance(label_text(flags, niger.titles[e]))
        assert label_width(measure, flags, review, niger.titles[e]) >= drawn + cite
