"""Importers, on inputs written from each format's published documentation (tests/data/import)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timelineapp.extract.importers import (
    GroupAs,
    ImportOptions,
    Outcome,
    UnreadableInput,
    detect_format,
    import_bytes,
    import_file,
)
from timelineapp.model.dates import Precision, parse_date
from timelineapp.model.file_format import Event, EventFile

DATA = Path(__file__).parent.parent / "data" / "import"


def _events(data: EventFile) -> dict[str, Event]:
    return {event.title: event for event in data.events}


def _entries(result_report: object, outcome: Outcome) -> list[str]:
    return [str(e) for e in result_report.entries if e.outcome is outcome]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("timelinejs-sahel.json", "timelinejs"),
        ("timelinejs2-kitchen-sink.json", "timelinejs"),
        ("timelinejs-sheet.csv", "timelinejs-sheet"),
        ("acled-niger.csv", "acled"),
        ("timesketch.csv", "timesketch"),
        ("timesketch.jsonl", "timesketch"),
        ("calendar.ics", "ics"),
        ("events-table.csv", "csv"),
    ],
)
def test_formats_are_told_apart_by_content(name: str, expected: str) -> None:
    assert detect_format(name, (DATA / name).read_bytes()) == expected


# -- TimelineJS JSON ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def timelinejs() -> object:
    return import_file(DATA / "timelinejs-sahel.json")


def test_timelinejs_precision_comes_from_the_parts_that_are_set(timelinejs: object) -> None:
    events = _events(timelinejs.event_file)  # type: ignore[attr-defined]
    assert events["Independence of Niger"].date == "1960-08-03"
    assert parse_date(events["Independence of Niger"].date).precision is Precision.DAY
    # Parts given as strings ("2023", "7", "26", "10") read like numbers; an hour without
    # minutes is "some moment in that hour", never 10:00 exactly.
    assert events["Coup in Niamey"].date == "[2023-07-26T10:00..2023-07-26T10:59]"
    assert events["Withdrawal agreement signed"].date == "2024-05-19T09:30:15"
    assert events["Niger ends the military agreement with the United States"].date == (
        "2024-03-16/2024-03-17"
    )


def test_timelinejs_bce_and_huge_years_stay_exact(timelinejs: object) -> None:
    result = timelinejs
    events = _events(result.event_file)  # type: ignore[attr-defined]
    # TimelineJS shows year -500 as "500 BCE": astronomically -499 (0 is 1 BCE).
    assert events["Nok culture"].date == "-0499"
    # Beyond JavaScript dates TimelineJS shows magnitudes: the years are kept as written.
    assert events["Dinosaurs roam the Sahara"].date == "Y-100000000/Y-66000000"
    assert parse_date(events["Dinosaurs roam the Sahara"].date).start.year == -100_000_000  # type: ignore[union-attr]
    # Event files hold years up to 100 billion (MAX_ABS_YEAR): the Big Bang keeps its date.
    assert events["Big Bang"].date == "Y-13800000000"


def test_timelinejs_html_becomes_text_with_links_kept(timelinejs: object) -> None:
    events = _events(timelinejs.event_file)  # type: ignore[attr-defined]
    coup = events["Coup in Niamey"].summary or ""
    assert "<" not in coup.replace("<https://", "")
    assert "the report <https://www.example.org/news/coup-niger>" in coup
    assert "& the analysis." in coup
    assert "\n" in coup  # the <br> is a line break
    assert timelinejs.event_file.title == "Niger and the Sahel: a long history"  # type: ignore[attr-defined]


def test_timelinejs_groups_media_ids_eras_and_display_dates(timelinejs: object) -> None:
    data: EventFile = timelinejs.event_file  # type: ignore[attr-defined]
    events = _events(data)
    independence = events["Independence of Niger"]
    assert independence.id == "independence-1960"
    assert [a.actor for a in independence.actors] == ["niger"]
    (source,) = independence.sources
    document = next(d for d in data.documents if d.id == source.document)
    assert document.url == "https://www.example.org/archives/niger-1960-independence"
    assert document.author == "Archives nationales"
    assert document.text == ""  # no text: the event shows as having no verified quote
    assert not source.quotes
    eras = [e for e in data.events if "era" in e.tags]
    assert [(e.title, e.date) for e in eras] == [
        ("French colony of Niger", "1922/1960-08-02"),
        ("Military rule", "2023-07-26/2024"),
    ]
    assert "Display date: c. 500 BCE" in (events["Nok culture"].note or "")
    # A unique_id used twice: the second event is renamed and keeps the original in its note.
    second = events["Niger ends the military agreement with the United States"]
    assert second.id == "coup-2023-2"
    assert "coup-2023" in (second.note or "")


def test_timelinejs_report_locates_what_was_dropped_and_lost(timelinejs: object) -> None:
    report = timelinejs.report  # type: ignore[attr-defined]
    dropped = _entries(report, Outcome.DROPPED)
    assert any("events[8]" in line and "expected an object" in line for line in dropped)
    assert any("events[9]" in line for line in dropped)
    assert report.dropped_count == 2
    assert any(
        "events[7]" in line and "month" in line for line in _entries(report, Outcome.CHANGED)
    )
    tallies = "\n".join(report.tally_lines())
    assert "events[2].background" in tallies
    assert "events[6].start_date.millisecond" in tallies
    assert report.kept["events"] == 10


def test_timelinejs_group_can_be_a_tag() -> None:
    result = import_file(DATA / "timelinejs-sahel.json", options=ImportOptions(GroupAs.TAG))
    events = _events(result.event_file)
    assert events["Independence of Niger"].actors == []
    assert "Niger" in events["Independence of Niger"].tags
    assert not result.event_file.actors


def test_timelinejs_that_is_not_json_is_a_located_error() -> None:
    with pytest.raises(UnreadableInput, match=r"bad\.json:2:\d+: expected JSON"):
        import_bytes(b'{"events": [\n  {,]}', "bad.json", "timelinejs")
    with pytest.raises(UnreadableInput, match="expected a TimelineJS timeline"):
        import_bytes(b"[1, 2]", "list.json", "timelinejs")
    from timelineapp.resources import example_event_file

    ours = example_event_file()
    with pytest.raises(UnreadableInput, match="found a timelineapp event file: open it"):
        import_file(ours)


# -- TimelineJS sheet --------------------------------------------------------------------------


def test_sheet_title_era_and_event_rows() -> None:
    result = import_file(DATA / "timelinejs-sheet.csv")
    data = result.event_file
    assert data.title == "US troops leave Niger"
    assert "with its sources <https://www.example.org/niger>" in (data.description or "")
    events = _events(data)
    assert events["Military rule"].tags == ["era"]
    assert events["Military rule"].date == "2023-07-26/2024"
    assert events["Agreement signed"].date == "2024-05-19T14:30"
    assert events["Withdrawal of US troops"].date == "2024-06/2024-09-15"
    assert events["Nok culture"].date == "-0499"
    assert [a.actor for a in events["Coup in Niamey"].actors] == ["niger"]
    changed = _entries(result.report, Outcome.CHANGED)
    assert any(
        line.startswith(f"{DATA / 'timelinejs-sheet.csv'}:9:") and "30" in line for line in changed
    )
    assert any(":10:" in line and "hour" in line for line in changed)
    assert events["A day that does not exist"].date is None


# -- ACLED -------------------------------------------------------------------------------------


def test_acled_preset() -> None:
    result = import_file(DATA / "acled-niger.csv")
    data = result.event_file
    by_id = {e.id: e for e in data.events}
    agreement = by_id["NIG12345"]
    assert agreement.date == "2024-03-16"
    assert [(a.actor, a.role) for a in agreement.actors] == [
        ("military-forces-of-niger-2023", "actor1"),
        ("military-forces-of-the-united-states-2021", "actor2"),
    ]
    assert agreement.place == "Niamey, Niamey I, Niger"
    assert {"Strategic developments", "Agreement", "fatalities: 0"} <= set(agreement.tags)
    assert agreement.summary is not None
    assert agreement.summary.startswith("On 16 March 2024")
    titles = {d.id: d.title for d in data.documents}
    assert [titles[s.document] for s in agreement.sources] == ["Reuters", "Le Monde"]
    # Extra columns are kept in the note, not lost.
    assert "latitude: 13.5137" in (agreement.note or "")
    # time_precision 2: one day within a week; 3: the month only.
    assert by_id["NIG12346"].date == "[2024-04-10..2024-04-16]"
    assert [a.role for a in by_id["NIG12346"].actors] == [
        "actor1",
        "assoc_actor_1",
        "assoc_actor_1",
    ]
    assert by_id["NIG12347"].date == "2024-05"
    assert "fatalities: 12" in by_id["NIG12347"].tags
    assert by_id["NIG12348"].date == "2024-06-16"  # "16 June 2024"
    assert by_id["NIG12349"].date is None
    changed = _entries(result.report, Outcome.CHANGED)
    (june_31,) = [line for line in changed if ":6:" in line]
    # June has 30 days: an impossible date, not an ambiguous one, located on its line.
    assert "31/06/2024" in june_31
    assert "impossible date" in june_31
    assert "between 1 and 30 for June 2024" in june_31
    assert "ambiguous" not in june_31
    dropped = _entries(result.report, Outcome.DROPPED)
    assert len(dropped) == 1
    assert ":7:" in dropped[0]


# -- Timesketch --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["timesketch.csv", "timesketch.jsonl"])
def test_timesketch_csv_and_jsonl(name: str) -> None:
    result = import_file(DATA / name)
    events = _events(result.event_file)
    login = events["User login (administrator) from 10.0.0.5"]
    assert login.date == "2024-05-19T09:50:15+00:00"
    assert login.tags == ["Event Recorded"]
    assert "hostname: niamey-dc01" in (login.note or "")
    created = events["File created: C:\\Users\\public\\agreement.docx"]
    assert created.date == "2024-05-19T10:30:00+00:00"  # microseconds cut, reported
    assert any("fractions of a second" in line for line in result.report.tally_lines())
    # No datetime: the timestamp (microseconds since 1970, UTC) gives the date.
    assert events["Browser visited https://www.example.org/news/agreement"].date == (
        "2024-05-19T10:45:00Z"
    )


def test_timesketch_jsonl_bad_line_is_located() -> None:
    result = import_file(DATA / "timesketch.jsonl")
    (line,) = _entries(result.report, Outcome.DROPPED)
    assert f"{DATA / 'timesketch.jsonl'}:5:" in line
    events = _events(result.event_file)
    assert "suspicious" in events["Browser visited https://www.example.org/news/agreement"].tags
    # A key only some lines have is kept in the note too.
    created = events["File created: C:\\Users\\public\\agreement.docx"]
    assert "inode: 48213" in (created.note or "")


# -- iCalendar ---------------------------------------------------------------------------------


def test_ics_all_day_timed_zones_and_attendees() -> None:
    result = import_file(DATA / "calendar.ics")
    data = result.event_file
    assert data.title == "Niger desk calendar"
    events = {e.id: e for e in data.events}
    assert events["withdrawal-deadline"].date == "2024-09-15"  # all-day: day precision
    assert events["withdrawal-deadline"].place == "Niamey, Niger"
    assert events["withdrawal-deadline"].tags == ["deadline", "military"]
    assert events["week-of-protests"].date == "2024-04-10/2024-04-16"  # DTEND is exclusive
    assert events["talks-2024"].date == "2024-05-15T10:00+01:00/2024-05-19T18:00+01:00"
    assert events["washington-briefing"].date == "2024-05-20T09:30-04:00"  # EDT in May
    assert events["paris-call"].date == "2024-05-21T14:30Z/2024-05-21T15:30Z"
    assert "FREQ=WEEKLY" in (events["paris-call"].note or "")
    roles = [(a.actor, a.role) for a in events["talks-2024"].actors]
    assert roles == [
        ("ministry-of-defence-of-niger", "organizer"),
        ("us-department-of-defense", "attendee"),
        ("observer-example-org", "attendee"),
    ]
    # TENTATIVE: planned, not known to have happened (QA #118), and said in the report.
    assert events["washington-briefing"].status == "planned"
    assert events["washington-briefing"].tags == []
    dropped = _entries(result.report, Outcome.DROPPED)
    assert len(dropped) == 1
    assert "empty@example.org" in dropped[0]
    assert any("floating" in line for line in result.report.tally_lines())


# -- generic CSV -------------------------------------------------------------------------------


def test_generic_csv_detects_common_headers_and_reports_bad_rows() -> None:
    result = import_file(DATA / "events-table.csv")
    events = _events(result.event_file)
    signed = events["Withdrawal agreement signed"]
    assert signed.date == "2024-05-19T14:30"
    assert [a.actor for a in signed.actors] == ["niger", "united-states"]
    assert events["Talks begin"].date == "2024-05-16"
    assert events["US troops start leaving"].date == "2024-06"
    ended = events["Niger ends its military agreement with the United States"]
    assert "not verified" in (ended.note or "")
    (source,) = ended.sources
    document = next(d for d in result.event_file.documents if d.id == source.document)
    assert (document.title, document.url) == (
        "Example News",
        "https://www.example.org/news/agreement-ended",
    )
    changed = _entries(result.report, Outcome.CHANGED)
    assert any(":6:" in line and "ambiguous" in line for line in changed)
    assert any(":8:" in line for line in _entries(result.report, Outcome.DROPPED))


def test_generic_csv_mapping_overrides_detection() -> None:
    # German headers: French ones (« Quand », « Quoi », « Qui ») are detected since QA #98.
    raw = b"Wann,Was,Wer\n2024-05-19,Accord sign\xc3\xa9,Niger\n"
    unmapped = import_bytes(raw, "de.csv", "csv")
    assert not unmapped.event_file.events
    (entry,) = unmapped.report.entries
    assert str(entry).startswith("de.csv:1: dropped: expected columns for a date or a title")
    assert unmapped.columns == ["Wann", "Was", "Wer"]
    options = ImportOptions(mapping={"date": "Wann", "title": "Was", "actors": "Wer"})
    result = import_bytes(raw, "de.csv", "csv", options)
    (event,) = result.event_file.events
    assert (event.date, event.title, event.actors[0].actor) == (
        "2024-05-19",
        "Accord signé",
        "niger",
    )


def test_csv_that_is_not_utf8_is_read_and_reported() -> None:
    raw = "date,title\n2024-05-19,Accord signé\n".encode("cp1252")
    result = import_bytes(raw, "latin.csv", "csv")
    assert result.event_file.events[0].title == "Accord signé"
    assert any("Windows-1252" in str(e) for e in result.report.entries)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir()))
def test_imports_are_written_in_the_saved_layout(name: str) -> None:
    from timelineapp.extract.importers.writing import event_file_text

    result = import_file(DATA / name)
    # The bytes written are the layout a save of the validated model writes, byte for byte.
    assert result.raw.decode("utf-8") == event_file_text(result.event_file)
    assert result.head == list(result.event_file.events[: len(result.head)])
    assert result.event_count == len(result.event_file.events)


def test_progress_is_reported_and_can_cancel() -> None:
    from timelineapp.extract.importers import ImportCancelled

    rows = "".join(f"2024-01-{1 + i % 28:02d},Event {i}\n" for i in range(10_000))
    raw = ("date,title\n" + rows).encode()
    seen: list[float] = []
    result = import_bytes(raw, "big.csv", "csv", progress=lambda f: seen.append(f) or True)
    assert result.event_count == 10_000
    assert seen == sorted(seen)
    assert 0.3 < seen[-2] < 1.0  # the last report before the end: most of the rows
    assert seen[-1] == 1.0
    with pytest.raises(ImportCancelled):
        import_bytes(raw, "big.csv", "csv", progress=lambda f: f < 0.3)


def test_big_imports_are_written_compact_one_event_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from timelineapp.extract.importers import draft
    from timelineapp.extract.importers.writing import event_file_text

    rows = "".join(f"2024-01-{1 + i:02d},Event {i},Niger\n" for i in range(10))
    raw = ("date,title,actors\n" + rows).encode()
    saved = import_bytes(raw, "t.csv", "csv")
    monkeypatch.setattr(draft, "COMPACT_ABOVE", 3)  # ten events: compact from the fourth on
    monkeypatch.setattr(draft, "_CHUNK_BYTES", 100)  # and encoded into several buffers
    compact = import_bytes(raw, "t.csv", "csv")
    assert compact.event_count == 10
    assert compact.event_file == saved.event_file  # the same file, in fewer bytes
    assert len(compact.raw) < 0.7 * len(saved.raw)
    text = compact.raw.decode("utf-8")
    events_text = text[text.index('"events": [') :]
    lines = events_text.splitlines()[1:-2]
    assert len(lines) == 10
    assert [json.loads(line.strip().rstrip(","))["title"] for line in lines] == [
        f"Event {i}" for i in range(10)
    ]
    # The header is laid out as a save lays it out: only the events differ.
    header_text = event_file_text(saved.event_file)
    assert text[: text.index('"events"')] == header_text[: header_text.index('"events"')]


def test_odd_csv_line_ends_and_broken_csv() -> None:
    result = import_bytes(b"date,title\r2024-05-19,Signed\r2024-05-20,Left\r", "mac.csv", "csv")
    assert [e.title for e in result.event_file.events] == ["Signed", "Left"]
    broken = b"date,title\n2024-05-19,Signed\n2024-05-20,Le\rft\n2024-05-21,Gone\n"
    result = import_bytes(broken, "cr.csv", "csv")
    assert [e.title for e in result.event_file.events] == ["Signed"]
    (entry,) = result.report.entries
    assert str(entry).startswith("cr.csv:3: dropped: expected CSV, found an error")


def test_timelinejs_off_format_slides_are_read_or_reported() -> None:
    raw = (
        b'{"events": [{"start_date": "2024-05-19", "text": {"headline": "A"}},'
        b' {"start_date": {"year": 2024}, "text": "<p>Only a <b>string</b></p>"}]}'
    )
    result = import_bytes(raw, "odd.json", "timelinejs")
    first, second = result.event_file.events
    assert first.date is None
    assert "2024-05-19" in (first.note or "")
    (entry,) = result.report.entries
    assert str(entry) == (
        "odd.json: events[0].start_date: changed: expected an object of date parts with a "
        "year, found '2024-05-19'; kept undated"
    )
    assert second.title == "Only a string"
    assert any("text given as a string" in line for line in result.report.tally_lines())


def test_mapped_actors_and_timesketch_actors_are_both_kept() -> None:
    raw = (
        b"message,datetime,timestamp_desc,who,actors\n"
        b'Talks,2024-05-19T10:00:00+00:00,Event,Niger; Mali,"[""United States""]"\n'
    )
    options = ImportOptions(mapping={"actors": "who"})
    result = import_bytes(raw, "t.csv", "timesketch", options)
    names = {a.id: a.name for a in result.event_file.actors}
    event = result.event_file.events[0]
    assert [names[ref.actor] for ref in event.actors] == ["Niger", "Mali", "United States"]


def test_the_joined_bytes_replace_the_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    from timelineapp.extract.importers import draft

    monkeypatch.setattr(draft, "COMPACT_ABOVE", 3)
    monkeypatch.setattr(draft, "_CHUNK_BYTES", 100)  # several pieces
    rows = "".join(f"2024-01-{1 + i:02d},Event {i}\n" for i in range(10))
    result = import_bytes(("date,title\n" + rows).encode(), "t.csv", "csv")
    assert len(result.pieces) > 2
    whole = b"".join(result.pieces)
    assert result.raw == whole
    assert len(result.pieces) == 1
    assert result.pieces[0] is result.raw  # held once


# -- titles of only spaces -----------------------------------------------------------------------

_BLANK_TITLES = {
    "blank.csv": "date,title,summary\n"
    '2024-01-02,"   ","   \n real summary"\n'
    '2024-01-03,"\u00a0","\u00a0\nsecond"\n',
    "blank.ics": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20240102\r\nSUMMARY: \r\n"
    "DESCRIPTION:\u00a0\\n real summary\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20240103\r\nSUMMARY:\u00a0\t\r\n"
    "DESCRIPTION: \\nsecond\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    "blank.json": json.dumps(
        {
            "events": [
                {
                    "start_date": {"year": 2024, "month": 1, "day": 2},
                    "text": {"headline": "<p> </p>", "text": "<p>&nbsp;</p><p>real summary</p>"},
                },
                {
                    "start_date": {"year": 2024, "month": 1, "day": 3},
                    "text": {"headline": "&nbsp;", "text": "\u00a0\n<b>second</b>"},
                },
            ]
        }
    ),
}


@pytest.mark.parametrize("name", sorted(_BLANK_TITLES))
def test_a_title_of_spaces_falls_back_to_a_real_one(name: str) -> None:
    """The format refuses a title of only spaces: an importer given one titles the event from
    its text, as it does an empty one."""
    result = import_bytes(_BLANK_TITLES[name].encode(), name)
    titles = [event.title for event in result.event_file.events]
    assert titles == ["real summary", "second"]
