"""The EDTF forms of a date, as the API and the index's ``date_form`` column give them."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from timelineapp.model.date_columns import date_columns
from timelineapp.model.dates import DateForm, DateKind, date_form, parse_date
from timelineapp.model.loading import cache as load_cache
from timelineapp.model.loading.pipeline import LoadRequest, load

FORMS_FILE = Path(__file__).parents[1] / "data" / "edtf" / "edtf-forms.timeline.json"
DEEP_FILE = Path(__file__).parents[1] / "data" / "edtf" / "deep-time.timeline.json"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("2024-06-07", DateForm(0)),
        ("2024-06~", DateForm(0)),  # a whole-date qualifier is not a component qualifier
        ("[2024..2025]", DateForm(0)),
        ("199X", DateForm.UNSPECIFIED),
        ("156X-12-25", DateForm.UNSPECIFIED),
        ("2001-21", DateForm.SEASON),
        ("2001-41", DateForm.SEASON),
        ("[1667, 1668, 1670..1672]", DateForm.ONE_OF_SET),
        ("{1960, 1961-12}", DateForm.ALL_OF_SET),
        ("2004?-06-11", DateForm.COMPONENT_QUALIFIED),
        ("2004-06~-11", DateForm.COMPONENT_QUALIFIED),
        ("1950S2", DateForm.SIGNIFICANT),
        ("Y17E7", DateForm(0)),
        ("{199X, 2001-21}", DateForm.ALL_OF_SET | DateForm.UNSPECIFIED | DateForm.SEASON),
        ("2004-06-XX/2004-07-03", DateForm.UNSPECIFIED),
    ],
)
def test_date_form(text: str, form: DateForm) -> None:
    assert date_form(parse_date(text)) == form
    assert date_columns.__wrapped__(text)[6] == form


def test_set_members() -> None:
    date = parse_date("[1667, 1668, 1670..1672]")
    assert date.kind is DateKind.ONE_OF
    assert [m.text for m in date.members] == ["1667", "1668", "1670..1672"]
    assert [m.kind for m in date.members] == [DateKind.SINGLE, DateKind.SINGLE, DateKind.ONE_OF]
    every = parse_date("{1667, 1670..1672}")
    assert every.kind is DateKind.ALL_OF
    assert every.members[1].kind is DateKind.INTERVAL  # every year of the range
    assert parse_date("[1667..1672]").members == ()  # the plain one-of range, as always


@pytest.mark.parametrize("workers", [0, 2])
def test_the_loader_carries_date_form_fresh_and_cached(
    workers: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load_cache, "MIN_EVENTS", 0)
    events = json.loads(FORMS_FILE.read_text(encoding="utf-8"))["events"]
    expected = np.array([int(date_form(parse_date(e["date"]))) for e in events], np.uint8)
    assert np.count_nonzero(expected) >= 20  # one event per form
    for _ in range(2):  # the second load comes from the cache
        request = LoadRequest.for_path(FORMS_FILE, cache_dir=tmp_path, workers=workers)
        loaded = load(request).loaded
        assert loaded is not None
        assert loaded.index.date_form.dtype == np.uint8
        assert np.array_equal(loaded.index.date_form, expected)


def test_the_deep_time_file_loads() -> None:
    loaded = load(LoadRequest.for_path(DEEP_FILE)).loaded
    assert loaded is not None
    assert loaded.index.dated_count == loaded.index.count
    assert int(loaded.index.earliest.min()) == parse_date("Y-13800000000").earliest


def test_exports_keep_every_form_as_written() -> None:
    """TimelineJS draws plain dates only: every EDTF form keeps its text as display_date."""
    from timelineapp.extract.exporters.selection import Selection
    from timelineapp.extract.exporters.timelinejs import export_timelinejs
    from timelineapp.model.file_format import EventFile

    data = EventFile.model_validate_json(FORMS_FILE.read_bytes())
    text, _ = export_timelinejs(Selection.whole(data))
    slides = {slide["unique_id"]: slide for slide in json.loads(text)["events"]}
    for event in data.events:
        assert event.date is not None
        if date_form(parse_date(event.date)):
            assert slides[event.id]["display_date"] == event.date
