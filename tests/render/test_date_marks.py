"""Each EDTF date form has its own visual: what it shows (in instants, then pixels), that only
the visible special forms are parsed, that the widget and an export draw it alike, and that
the legend explains it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from msgspec.structs import replace
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from timelineapp.model.calendar import SECONDS_PER_DAY, to_seconds
from timelineapp.model.dates import DateForm, EdtfDate, cached_date, date_form
from timelineapp.model.loading import load_event_file
from timelineapp.model.time_index import MarkFlag
from timelineapp.model.timeline import Timeline
from timelineapp.render.date_marks import (
    DateFormMark,
    FormInstants,
    Piece,
    form_instants,
    form_mark,
)
from timelineapp.render.export import ExportOptions, ExportSubject, export_font, render_export
from timelineapp.render.inputs import scene_inputs
from timelineapp.render.legend import (
    DATE_FORM_KINDS,
    LegendKind,
    legend_size,
    paint_legend,
    scene_kinds,
)
from timelineapp.render.painter import PaintOptions, paint_scene
from timelineapp.render.scene import Geometry, Mark, Scene, SceneInputs, build_scene, label_text
from timelineapp.render.theme import ThemeName, theme
from timelineapp.render.ticks import AxisTicks, PlainNames, TickUnit
from timelineapp.render.timemap import TimeMap

from .conftest import ShowTimeline

FORMS_FILE = Path(__file__).parents[1] / "data" / "edtf" / "edtf-forms.timeline.json"


def instants(text: str) -> FormInstants:
    date = cached_date(text)
    return form_instants(date, int(date_form(date)))


def years(*values: int) -> list[int]:
    return [to_seconds(y) for y in values]


# --- what each form shows, in instants (no Qt) --------------------------------------------------


def test_an_unspecified_decade_is_its_ten_years_in_one_band() -> None:
    found = instants("199X")
    assert [(p.t0, p.t1) for p in found.pieces] == [(to_seconds(1990), to_seconds(2000))]
    assert list(found.dividers) == years(*range(1991, 2000))
    assert not found.joined


def test_unspecified_year_digit_of_a_day_is_ten_separate_days_joined() -> None:
    found = instants("156X-12-25")
    assert [p.t0 for p in found.pieces] == [to_seconds(y, 12, 25) for y in range(1560, 1570)]
    assert all(p.t1 - p.t0 == SECONDS_PER_DAY for p in found.pieces)
    assert found.joined  # "one of these", like a one-of set
    assert not found.certain


def test_unspecified_month_skips_impossible_months() -> None:
    found = instants("1999-XX")
    assert len(found.dividers) == 11  # twelve months, not a hundred candidates


def test_a_season_is_a_band_over_its_months() -> None:
    found = instants("2001-21")  # spring: March, April, May
    assert [(p.t0, p.t1) for p in found.pieces] == [(to_seconds(2001, 3), to_seconds(2001, 6))]
    assert list(found.dividers) == [to_seconds(2001, 4), to_seconds(2001, 5)]


def test_sets_are_their_members_one_of_dashed_all_of_solid() -> None:
    one_of = instants("[1667, 1668, 1670..1672]")
    assert [(p.t0, p.t1) for p in one_of.pieces] == [
        (to_seconds(1667), to_seconds(1668)),
        (to_seconds(1668), to_seconds(1669)),
        (to_seconds(1670), to_seconds(1673)),
    ]
    assert one_of.joined
    assert not one_of.certain
    all_of = instants("{1960, 1961-12}")
    assert [(p.t0, p.t1) for p in all_of.pieces] == [
        (to_seconds(1960), to_seconds(1961)),
        (to_seconds(1961, 12), to_seconds(1962)),
    ]
    assert all_of.joined
    assert all_of.certain


def test_significant_digits_mark_the_estimate_within_the_range() -> None:
    found = instants("1950S2")
    assert [(p.t0, p.t1) for p in found.pieces] == [(to_seconds(1900), to_seconds(2000))]
    assert found.estimate is not None
    assert to_seconds(1950) < found.estimate < to_seconds(1951)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2004?-06-11", [("year", "?", to_seconds(2004), to_seconds(2005))]),
        (
            "2004-06~-11",
            [
                ("year", "~", to_seconds(2004), to_seconds(2005)),
                ("month", "~", to_seconds(2004, 6), to_seconds(2004, 7)),
            ],
        ),
        (
            "?2004-06-~11",
            [
                ("year", "?", to_seconds(2004), to_seconds(2005)),
                ("day", "~", to_seconds(2004, 6, 11), to_seconds(2004, 6, 12)),
            ],
        ),
    ],
)
def test_a_component_qualifier_shows_the_doubt_over_that_component(
    text: str, expected: list[tuple[str, str, int, int]]
) -> None:
    found = instants(text)
    assert not found.pieces  # the day itself is drawn as usual
    assert [(d.component, d.qualifier, d.span.t0, d.span.t1) for d in found.doubts] == expected


def test_plain_dates_and_whole_date_qualifiers_have_no_form_layer() -> None:
    for text in ("2004-06-11", "1984?", "2004-06-11~"):
        date = cached_date(text)
        assert date_form(date) == 0 or not instants(text).doubts


def test_pixels_come_from_the_instants_and_dense_dividers_are_dropped() -> None:
    found = instants("19XX")
    tm = TimeMap(to_seconds(1900), (to_seconds(2000) - to_seconds(1900)) / 100, 100.0)
    mark = form_mark(found, lambda ts: tm.xs(np.asarray(ts, dtype=np.int64)))
    assert mark.pieces[0].x0 == pytest.approx(0.0)
    assert mark.pieces[0].x1 == pytest.approx(100.0)
    assert mark.dividers == ()  # 99 year lines one pixel apart would read as a fill
    assert mark.unspecified


# --- the scene: only visible special forms are parsed -------------------------------------------


@pytest.fixture(scope="module")
def forms() -> Timeline:
    result = load_event_file(FORMS_FILE)
    assert result.loaded is not None
    return Timeline(result.loaded)


def forms_inputs(timeline: Timeline, calls: list[int] | None = None) -> SceneInputs:
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    inputs = scene_inputs(timeline, mask, timeline.index.cumulative_mask(mask))
    if calls is None:
        return inputs

    def spy(event: int) -> EdtfDate | None:
        calls.append(event)
        return timeline.date(event)

    return replace(inputs, date_of=spy)


def measure(text: str) -> float:
    return len(text) * 7.0


def test_the_scene_parses_only_visible_events_with_a_form_and_only_once(forms: Timeline) -> None:
    calls: list[int] = []
    inputs = forms_inputs(forms, calls)
    tm = TimeMap.fitted(to_seconds(1940), to_seconds(2010), 1400)
    scene = build_scene(inputs, tm, 1200, measure, PlainNames())
    index = forms.index
    assert calls
    assert all(index.date_form[e] for e in calls)  # plain dates are never parsed here
    assert {m.event for m in scene.marks if m.form} >= set(scene.date_forms)
    assert len(calls) == len(set(calls))
    again = list(calls)
    build_scene(inputs, tm.panned(30), 1200, measure, PlainNames())
    assert calls == again  # panning reuses what was parsed


def test_component_qualified_marks_drop_the_whole_date_styles(forms: Timeline) -> None:
    inputs = forms_inputs(forms)
    tm = TimeMap.fitted(to_seconds(2003, 6), to_seconds(2005), 1400)
    scene = build_scene(inputs, tm, 1200, measure, PlainNames())
    qualified = [m for m in scene.marks if m.form & DateForm.COMPONENT_QUALIFIED]
    assert qualified
    whole_date = MarkFlag.UNCERTAIN | MarkFlag.APPROXIMATE
    for mark in qualified:
        assert forms.index.flags[mark.event] & whole_date  # the index keeps the flags...
        assert not mark.flags & whole_date  # ...but the mark shows the doubt where it is
        assert label_text(mark.flags, mark.label) == mark.label
        assert scene.date_forms[mark.event].doubts


# --- painting: the widget and exports alike ----------------------------------------------------


@pytest.fixture
def _qt(qapp: QApplication) -> None:
    """Painting needs a running QApplication."""


WIDTH, HEIGHT = 300, 60


def paint(form: DateFormMark, mark: Mark) -> QImage:
    geometry = Geometry(top=10.0, lane_height=24.0, axis_height=20.0)
    ticks = AxisTicks(TickUnit.Y10000, [], [], [])
    scene = Scene(TimeMap(0.0, 1.0, WIDTH), WIDTH, HEIGHT, geometry, ticks, 1, [mark])
    scene.date_forms[mark.event] = form
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    paint_scene(painter, scene, theme(ThemeName.LIGHT), PaintOptions(font=export_font()))
    painter.end()
    return image


def band_mark(x0: float, x1: float, form: int) -> Mark:
    return Mark(
        event=0,
        x0=x0,
        x1=x1,
        core0=x0,
        core1=x1,
        point=False,
        lane=0,
        label="",
        label_x=x1 + 6,
        flags=0,
        status=0,
        review=0,
        color=0,
        faded=False,
        form=form,
    )


@pytest.mark.usefixtures("_qt")
def test_set_joins_are_dashed_for_one_of_and_solid_for_all_of() -> None:
    pieces = (Piece(20.0, 40.0, False), Piece(140.0, 160.0, False))
    cy = 10 + 12
    background = QColor(theme(ThemeName.LIGHT).background)

    def join_pixels(certain: bool) -> list[bool]:
        form = DateFormMark(int(DateForm.ONE_OF_SET), pieces, joined=True, certain=certain)
        image = paint(form, band_mark(20.0, 160.0, int(DateForm.ONE_OF_SET)))
        # Nothing drawn above the join between members: the date is not there.
        assert QColor(image.pixel(90, cy - 4)) == background
        return [QColor(image.pixel(x, cy)) != background for x in range(50, 130)]

    solid, dashed = join_pixels(True), join_pixels(False)
    assert all(solid)
    assert any(dashed)
    assert not all(dashed)


@pytest.mark.usefixtures("_qt")
def test_legend_explains_each_form_and_only_when_shown() -> None:
    plain = band_mark(20.0, 40.0, 0)
    geometry = Geometry()
    ticks = AxisTicks(TickUnit.Y10000, [], [], [])
    scene = Scene(TimeMap(0.0, 1.0, WIDTH), WIDTH, HEIGHT, geometry, ticks, 1, [plain])
    assert not set(scene_kinds(scene)) & set(DATE_FORM_KINDS)
    for bit, kind in (
        (DateForm.UNSPECIFIED, LegendKind.UNSPECIFIED),
        (DateForm.SEASON, LegendKind.SEASON),
        (DateForm.ONE_OF_SET, LegendKind.ONE_OF_SET),
        (DateForm.ALL_OF_SET, LegendKind.ALL_OF_SET),
        (DateForm.SIGNIFICANT, LegendKind.SIGNIFICANT),
        (DateForm.COMPONENT_QUALIFIED, LegendKind.COMPONENT),
    ):
        scene.marks = [plain, replace(plain, event=1, form=int(bit))]
        assert kind in scene_kinds(scene)
    # Every form has its own sample: six distinct pictures, each unlike the plain band's.
    samples = []
    for kind in (*DATE_FORM_KINDS, LegendKind.IMPRECISE):
        image = QImage(420, 40, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_legend(painter, QPointF(0, 0), theme("light"), export_font(), [], kinds=[kind])
        painter.end()
        samples.append(tuple(image.pixel(x, y) for x in range(8, 64) for y in range(20, 40)))
    assert len(set(samples)) == len(samples)
    one = legend_size(export_font(), [], kinds=[LegendKind.DAY], max_width=400).height()
    more = legend_size(export_font(), [], kinds=list(DATE_FORM_KINDS), max_width=400)
    assert more.height() > one


@pytest.mark.usefixtures("_qt")
def test_the_widget_and_an_export_of_the_same_view_draw_the_forms_alike(
    show_timeline: ShowTimeline, forms: Timeline
) -> None:
    view = show_timeline(forms, 1000, 700)
    controller = view._controller
    view.setFont(export_font())
    view.show_range(to_seconds(1940), to_seconds(2010))
    view.clearFocus()
    assert view.scene.date_forms  # the forms are in this view
    grab = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    options = ExportOptions(
        include_title=False,
        include_legend=False,
        include_footer=False,
        include_filter=False,
        width=view.width(),
        height=view.height(),
    )
    subject = ExportSubject(forms, controller.mask, controller.cumulative, "")
    result = render_export(subject, view.timemap, options)
    exported = QImage.fromData(result.data).convertToFormat(QImage.Format.Format_RGB32)
    assert (exported.width(), exported.height()) == (grab.width(), grab.height())
    background = QColor(theme("light").background)
    for event, form in view.scene.date_forms.items():
        [mark] = [m for m in view.scene.marks if m.event == event]
        y = round(view.scene.lane_y(mark.lane) + view.scene.geometry.lane_height / 2)
        for piece in form.pieces:
            x = round((piece.x0 + piece.x1) / 2)
            if 0 <= x < view.width():
                assert grab.pixelColor(x, y) != background
                assert exported.pixelColor(x, y) == grab.pixelColor(x, y)
    axis_top = int(view.scene.axis_top)
    differing = sum(
        grab.pixelColor(x, y) != exported.pixelColor(x, y)
        for x in range(0, view.width(), 3)
        for y in range(0, axis_top, 3)
    )
    assert differing / ((view.width() // 3) * (axis_top // 3)) < 0.01


def test_unspecified_candidates_are_only_real_dates() -> None:
    leap = instants("156X-02-29")  # only leap years have a 29 February
    assert [p.t0 for p in leap.pieces] == [to_seconds(y, 2, 29) for y in (1560, 1564, 1568)]
    bce = instants("-019X")  # astronomical -0199 to -0190
    assert [(p.t0, p.t1) for p in bce.pieces] == [(to_seconds(-199), to_seconds(-189))]
    too_many = instants("1XXX-12")  # a thousand candidates: the span, cross-hatched
    assert len(too_many.pieces) == 1
    assert not too_many.dividers


def test_the_legend_names_a_quarter_or_half_with_the_seasons() -> None:
    # "Season (over its months)" explained the mark of « au 3e trimestre 2024 » (QA #153):
    # the one mark of the groupings of months says what it stands for, each of them.
    from timelineapp.render.legend_kinds import kind_text

    assert date_form(cached_date("2024-35")) & DateForm.SEASON
    assert date_form(cached_date("2023-40")) & DateForm.SEASON
    text = kind_text(LegendKind.SEASON)
    assert "Season" in text
    assert "quarter" in text
    assert "half" in text
