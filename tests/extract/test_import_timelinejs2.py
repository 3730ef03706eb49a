"""TimelineJS 2's older JSON layout, on an input written from its README's example."""

from __future__ import annotations

from pathlib import Path

import pytest

from timelineapp.extract.importers import GroupAs, ImportOptions, detect_format, import_file
from timelineapp.extract.importers.report import ReportFormat
from timelineapp.extract.importers.timelinejs2 import date_parts
from timelineapp.model.dates import Precision, parse_date

SINK = Path(__file__).parent.parent / "data" / "import" / "timelinejs2-kitchen-sink.json"


@pytest.fixture(scope="module")
def result() -> object:
    return import_file(SINK)


def test_timelinejs2_is_detected_and_named_in_the_report(result: object) -> None:
    assert detect_format(SINK.name, SINK.read_bytes()) == "timelinejs"
    assert result.report.format is ReportFormat.TIMELINEJS2  # type: ignore[attr-defined]
    assert result.report.items_read == 7  # type: ignore[attr-defined]


def test_timelinejs2_dates_keep_the_precision_of_their_parts(result: object) -> None:
    events = {e.title: e for e in result.event_file.events}  # type: ignore[attr-defined]
    assert events["Coup in Niamey"].date == "2023-07-26"
    assert events["The junta revokes the military agreement"].date == (
        "2024-03-16T21:30/2024-03-16T22:15"
    )
    assert events["Withdrawal agreed, to end by 15 September"].date == "2024-05-19/2024-09-15"
    assert parse_date(events["A year of talks"].date or "").precision is Precision.YEAR
    assert parse_date(events["Last troops leave Air Base 101"].date or "").precision is (
        Precision.MONTH
    )
    undocumented = events["A date TimelineJS 2 does not document"]
    assert undocumented.date is None
    assert "26/01/2012" in (undocumented.note or "")


def test_timelinejs2_text_tags_assets_and_eras(result: object) -> None:
    data = result.event_file  # type: ignore[attr-defined]
    assert data.title == "The Niger withdrawal, as a TimelineJS 2 timeline"
    assert data.description == "Intro body text, some HTML <https://example.org/niger> is ok"
    events = {e.title: e for e in data.events}
    coup = events["Coup in Niamey"]
    assert coup.summary == "The presidential guard detains President Bazoum."
    assert [a.actor for a in coup.actors] == ["niger"]  # tag: the row TimelineJS 2 drew it in
    documents = {d.id: d for d in data.documents}
    source = documents[coup.sources[0].document]
    assert (source.url, source.author, source.title, source.text) == (
        "https://example.org/news/coup",
        "Example News",
        "The first reports",
        "",
    )
    era = events["Transition"]
    assert "era" in era.tags
    assert era.date == "2023-07-26/2024-09-15"
    # The empty asset of a slide is no source.
    assert not events["The junta revokes the military agreement"].sources


def test_timelinejs2_report_names_places_as_the_input_does(result: object) -> None:
    lines = result.report.lines()  # type: ignore[attr-defined]
    text = "\n".join(lines)
    assert 'timeline.date[5].startDate: changed: expected a date as "year,month,day' in text
    assert "timeline.date[0].classname" in text
    assert "timeline.date[0].asset.thumbnail" in text
    assert "start_date" not in text
    assert ".media" not in text


def test_timelinejs2_tag_as_a_tag() -> None:
    tagged = import_file(SINK, options=ImportOptions(group_as=GroupAs.TAG))
    coup = next(e for e in tagged.event_file.events if e.title == "Coup in Niamey")
    assert "Niger" in coup.tags
    assert not coup.actors


@pytest.mark.parametrize(
    ("given", "parts"),
    [
        ("2012,1,26", {"year": "2012", "month": "1", "day": "26"}),
        (
            "2011,12,10,07,02,10",
            dict(
                zip(
                    ("year", "month", "day", "hour", "minute", "second"),
                    ("2011", "12", "10", "07", "02", "10"),
                    strict=True,
                )
            ),
        ),
        ("-500", {"year": "-500"}),
        (1969, {"year": "1969"}),
        ("2012-01-26", {"year": "2012", "month": "01", "day": "26"}),
        ("26/01/2012", None),
        ("soon", None),
    ],
)
def test_timelinejs2_date_strings(given: object, parts: dict[str, str] | None) -> None:
    assert date_parts(given) == parts
