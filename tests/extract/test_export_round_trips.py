"""Data exports, and round trips: our file -> other format -> our file keeps what it can carry."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from timelineapp.cli import main
from timelineapp.extract.exporters import FORMATS, Selection, export_data, format_for_path
from timelineapp.extract.importers import import_bytes
from timelineapp.model.dates import parse_date
from timelineapp.model.file_format import EventFile
from timelineapp.model.loading import load_event_file
from timelineapp.resources import example_event_file

ARTICLE = "Le 19 mai 2024, les deux pays ont signé un accord à Niamey. Le retrait suivra."
QUOTE = "signé un accord à Niamey"
AT = ARTICLE.index(QUOTE)

DATES = [
    "2024",
    "2024-06",
    "2024-06-07",
    "2024-06-07T10:30",
    "2024-06-07T10:30:15",
    "2024-06-07T10:30+02:00",
    "2024-04/2024-05",
    "[..2024-09-15]",
    "[2024-05-19..]",
    "2024-06~",
    "2024-06-07?",
    "[2024-05-31..2024-06-28]",
    "[2023-07-26T10:00..2023-07-26T10:59]",
    "2024-05-19/..",
    "-0499",
    "Y-170000002",
]


def _sample() -> EventFile:
    events = [
        {
            "id": f"e{i}",
            "title": f"Event {i} on {date}",
            "date": date,
            "summary": f"What happened ({i}).",
            "actors": [{"actor": "niger"}, {"actor": "etats-unis", "role": "signataire"}],
            "tags": ["accord"],
            "note": "how the date was read",
            "sources": [
                {
                    "document": "article",
                    "quotes": [{"start": AT, "end": AT + len(QUOTE), "text": QUOTE}],
                }
            ],
        }
        for i, date in enumerate(DATES)
    ]
    events.append(
        {"id": "transition", "title": "Transition", "date": "2023-07/2024", "tags": ["era"]}
    )
    events.append({"id": "undated", "title": "Undated", "summary": "No date known."})
    return EventFile.model_validate(
        {
            "format": "timelineapp/events",
            "version": 1,
            "title": "Round trip",
            "description": "A sample with every kind of date.",
            "documents": [
                {
                    "id": "article",
                    "title": "Accord signé",
                    "url": "https://www.example.org/accord",
                    "publisher": "Example News",
                    "text": ARTICLE,
                }
            ],
            "actors": [
                {"id": "niger", "name": "Niger", "kind": "state"},
                {"id": "etats-unis", "name": "États-Unis", "kind": "state"},
            ],
            "events": events,
        }
    )


def _round_trip(format_name: str, data: EventFile) -> tuple[EventFile, str]:
    text, _report = export_data(Selection.whole(data, "sample"), format_name)
    suffix = FORMATS[format_name].suffix
    back = import_bytes(text.encode("utf-8"), f"sample{suffix}")
    return back.event_file, text


def test_timelinejs_round_trip_keeps_dates_titles_text_groups_and_urls() -> None:
    data = _sample()
    back, text = _round_trip("timelinejs", data)
    published = json.loads(text)
    assert published["scale"] == "cosmological"  # Y-170000002 is beyond JavaScript dates
    years = {e["unique_id"]: e["start_date"]["year"] for e in published["events"]}
    assert years["e14"] == -500  # -0499 is 500 BCE, which TimelineJS writes -500
    assert years["e15"] == -170000002
    by_id = {e.id: e for e in back.events}
    (era,) = [e for e in back.events if e.title == "Transition"]
    by_id["transition"] = era  # TimelineJS eras have no unique_id
    for original in data.events:
        if original.id == "undated":
            assert original.id not in by_id  # TimelineJS needs a date: reported, left out
            continue
        event = by_id[original.id]
        assert event.date == original.date, original.id  # precision and meaning included
        assert event.title == original.title
        if original.id == "transition":
            assert event.tags == ["era"]
            continue
        # The text: the summary, then the others actors and each quote with its source URL.
        assert event.summary is not None
        assert event.summary.startswith(original.summary or "")
        assert "«signé un accord à Niamey»" in event.summary
        assert "<https://www.example.org/accord>" in event.summary
        assert [a.actor for a in event.actors] == ["niger"]  # the group: the first actor
        (document,) = [d for d in back.documents if d.id == event.sources[0].document]
        assert document.url == "https://www.example.org/accord"
        # What cannot survive: quote offsets (the quote is text now, not a verified span),
        # tags, notes, the second actor as an actor, roles.
        assert not event.sources[0].quotes
        assert event.note is None
    assert back.title == "Round trip"


def test_timelinejs_export_says_what_it_cannot_carry() -> None:
    _, report = export_data(Selection.whole(_sample(), "sample"), "timelinejs")
    losses = "\n".join(report.tally_lines())
    for lost in ("tags", "notes", "quote positions", "TimelineJS cannot draw it"):
        assert lost in losses
    codes = {tally.code for tally in report.tallies.values()}
    assert {"export_tags_tjs", "export_notes_tjs", "export_quote_positions_tjs"} <= codes
    (dropped,) = [str(e) for e in report.entries]
    assert "events[17] (undated)" in dropped


def test_ics_round_trip_keeps_dates_titles_places_actors_urls() -> None:
    data = _sample()
    back, text = _round_trip("ics", data)
    assert "DTSTART;VALUE=DATE:20240607" in text
    by_id = {e.id: e for e in back.events}
    for original in data.events:
        year = parse_date(original.date).start.year if original.date else None  # type: ignore[union-attr]
        if original.date is None or year is None or not 1 <= year <= 9999:
            assert original.id not in by_id
            continue
        event = by_id[original.id]
        assert event.date == original.date, original.id
        assert event.title == original.title
        if original.id != "transition":
            assert [a.actor for a in event.actors] == ["niger", "etats-unis"]
            assert event.tags == ["accord"]
            assert back.documents[0].url == "https://www.example.org/accord"


def test_timesketch_round_trip_keeps_dates_and_fields() -> None:
    data = _sample()
    back, text = _round_trip("timesketch", data)
    first = json.loads(text.splitlines()[0])
    assert {"message", "datetime", "timestamp_desc", "timestamp"} <= set(first)
    assert first["edtf_date"] == "2024"
    assert first["datetime"] == "2024-01-01T00:00:00+00:00"
    assert first["quote"] == "signé un accord à Niamey"
    assert first["source_url"] == "https://www.example.org/accord"
    dated = {e.id: e.date for e in back.events}
    assert dated == {
        e.id: e.date
        # Timesketch dates are years 1 to 9999: -0499 and Y-170000002 are left out, reported.
        for e in data.events
        if e.date and e.id not in ("e14", "e15")
    }
    event = next(e for e in back.events if e.id == "e0")
    assert (event.title, event.summary) == ("Event 0 on 2024", "What happened (0).")
    assert [a.actor for a in event.actors] == ["niger", "etats-unis"]
    assert event.tags == ["Event date", "accord"]
    (document,) = back.documents
    assert (document.title, document.url) == ("Accord signé", "https://www.example.org/accord")


def test_csv_has_one_row_per_event_and_round_trips() -> None:
    data = _sample()
    back, text = _round_trip("csv", data)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(data.events)
    year = rows[0]
    assert (year["date"], year["earliest"], year["latest"], year["precision"]) == (
        "2024",
        "2024-01-01T00:00:00Z",
        "2024-12-31T23:59:59Z",
        "year",
    )
    assert year["actors"] == "Niger; États-Unis"
    deep = next(row for row in rows if row["date"] == "Y-170000002")
    # EDTF 'Y' years have no month or day: the instants are the year itself, no zone.
    assert (deep["earliest"], deep["latest"]) == ("Y-170000002", "Y-170000002")
    assert year["quotes"] == "«signé un accord à Niamey» — Accord signé"
    by_id = {e.id: e for e in back.events}
    for original in data.events:
        event = by_id[original.id]
        assert (event.date, event.title, event.summary) == (
            original.date,
            original.title,
            original.summary,
        )
        assert event.tags == original.tags
        assert event.status == original.status
    assert [a.actor for a in by_id["e0"].actors] == ["niger", "etats-unis"]
    assert "how the date was read" in (by_id["e0"].note or "")


def test_output_names_choose_the_format() -> None:
    assert format_for_path("a.csv") == "csv"
    assert format_for_path("a.JSON") == "timelinejs"
    assert format_for_path("a.jsonl") == "timesketch"
    assert format_for_path("a.ics") == "ics"
    assert format_for_path("a.timeline.json") is None
    assert format_for_path("a.png") is None


def test_export_command_writes_data_with_the_filter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    example = str(example_event_file())
    out = tmp_path / "russia.csv"
    assert main(["export", example, "-o", str(out), "--actor", "russie"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows
    assert all("Russie" in row["actors"] for row in rows)
    assert f"wrote {out} ({len(rows)} of 14 events, csv)" in capsys.readouterr().out
    for name, fmt in (("x.json", None), ("x.jsonl", None), ("x.ics", None), ("x.txt", "csv")):
        target = tmp_path / name
        args = ["export", example, "-o", str(target)] + (["--format", fmt] if fmt else [])
        assert main(args) == 0
        assert target.stat().st_size > 0
    assert main(["export", example, "-o", str(tmp_path / "y.csv"), "--actor", "nobody"]) == 1
    assert main(["export", example, "-o", str(tmp_path / "y.csv"), "--from", "2024-13"]) == 2
    assert main(["export", str(tmp_path / "missing.json"), "-o", str(tmp_path / "y.csv")]) == 1


def test_the_example_exports_in_every_format_and_reimports_valid(tmp_path: Path) -> None:
    result = load_event_file(example_event_file())
    assert result.loaded is not None
    data = result.loaded.materialised()
    for name, fmt in FORMATS.items():
        text, _ = export_data(Selection.whole(data), name)
        back = import_bytes(text.encode("utf-8"), f"niger{fmt.suffix}")
        out = tmp_path / f"{name}.timeline.json"
        from timelineapp.extract.importers.writing import write_event_file

        write_event_file(back.event_file, out)
        assert load_event_file(out).ok, name


def test_timelinejs_export_escapes_every_text_a_page_shows_and_reads_it_back() -> None:
    # TimelineJS puts group labels into the page as HTML, like headlines (QA #53).
    name = '<i onmouseover="alert(3)">Niger & co</i>'
    sample = _sample()
    actors = [sample.actors[0].model_copy(update={"name": name}), *sample.actors[1:]]
    data = sample.model_copy(update={"actors": actors})
    back, text = _round_trip("timelinejs", data)
    groups = {e.get("group") for e in json.loads(text)["events"]}
    assert groups == {"&lt;i onmouseover=&quot;alert(3)&quot;&gt;Niger &amp; co&lt;/i&gt;"}
    assert "<i " not in text
    named = {a.name for a in back.actors}
    assert name in named  # read back as the same text (it was text, never markup)
