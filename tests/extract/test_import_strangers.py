"""Inputs from strangers through ``timelineapp import`` (QA session 7, #34, #35, #37): every
text of the input reaches the terminal escaped, a broken quote is located and loses no row,
and messages speak of the format, not of the library that read it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timelineapp.cli import main
from timelineapp.extract.importers import UnreadableInput, import_bytes

_RAW_CONTROLS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]


def _no_raw_control(text: str) -> None:
    assert not [c for c in _RAW_CONTROLS if c in text], repr(text)
    assert "\u202e" not in text


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["import", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_header_escape_sequence_is_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "esc-head.csv"
    source.write_text("\x1b]0;PWNED\x07head,foo\x9b2J,\u202ebar\nx,y,z\n", encoding="utf-8")
    out = tmp_path / "o.timeline.json"
    code, printed, err = _run(capsys, str(source), "-o", str(out))
    assert code == 1
    _no_raw_control(printed + err)
    assert "\\x1b]0;PWNED\\x07head" in printed
    assert "\\u202ebar" in printed
    assert "foo\\x9b2J" in printed
    code, printed, err = _run(capsys, str(source), "-o", str(out), "--json")
    _no_raw_control(printed + err)
    report = json.loads(printed)  # still JSON, the same strings
    assert "\x1b]0;PWNED\x07head" in report["problems"][0]["args"]["columns"]
    assert "\u202ebar" in report["problems"][0]["args"]["columns"]


def test_a_long_header_list_is_shortened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "wide.csv"
    header = ",".join(f"column{n}" + "x" * 100 for n in range(500))
    source.write_text(header + "\n" + "," * 499 + "\n", encoding="utf-8")
    code, printed, _err = _run(capsys, str(source), "-o", str(tmp_path / "o.timeline.json"))
    assert code == 1
    line = next(line for line in printed.splitlines() if "found none among" in line)
    assert len(line) < 600
    assert "column0" in line
    assert "and 492 more" in line
    assert "column499" not in line


def test_binary_input_as_a_table_prints_no_control_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "rand.csv"
    source.write_bytes(bytes(range(256)) * 12)
    _code, printed, err = _run(capsys, str(source), "-o", str(tmp_path / "o.timeline.json"))
    _no_raw_control(printed + err)
    assert all(len(line) < 1000 for line in (printed + err).splitlines())


def _titles(result_raw: bytes) -> list[str]:
    return [event["title"] for event in json.loads(result_raw)["events"]]


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        # QA #35: the quote of row 2 "closes" at row 5's quoted cell, swallowing rows 3-4.
        (
            'date,title\n2024-01-01,"unterminated\n2024-01-02,ok\n2024-01-03,fine\n'
            '2024-01-04,"another"\n',
            "csv_quote_closed_late",
            2,
        ),
        # Never closed: it ran to the end of the file.
        (
            'date,title\n2024-01-01,first\n2024-01-02,"never closed\n2024-01-03,ok\n'
            "2024-01-04,another\n",
            "csv_quote_unclosed",
            3,
        ),
    ],
)
def test_an_unclosed_quote_is_located_and_loses_no_row(text: str, code: str, line: int) -> None:
    result = import_bytes(text.encode(), "unt.csv")
    rows = text.count("\n") - 1
    assert result.event_count == rows
    assert result.report.items_read == rows
    (entry,) = result.report.entries
    assert (entry.code, entry.where.line) == (code, line)
    titles = _titles(result.raw)
    assert len(titles) == rows
    assert not any("\n" in title or "2024" in title for title in titles)
    if code == "csv_quote_closed_late":
        assert entry.args == {"line": "5"}


def test_quoted_cells_with_line_breaks_are_not_a_broken_quote() -> None:
    text = 'date,title,note\n2024-01-01,"two\nlines, and a comma",x\n2024-01-02,ok,"a\n""b"""\n'
    result = import_bytes(text.encode(), "legit.csv")
    assert not result.report.entries
    assert _titles(result.raw) == ["two lines, and a comma", "ok"]


def test_the_summary_counts_in_the_singular(tmp_path: Path) -> None:
    result = import_bytes(b"date,title\n2024-01-01,one\n", "one.csv")
    assert "read 1 item as CSV table; kept 1 event" in result.report.summary()


_INTERNALS = ("vDDDTypes", "broken property", "b'", 'b"', "found list", "universal-newline")


@pytest.mark.parametrize(
    ("name", "raw", "expected"),
    [
        (
            "trunc.ics",
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\n",
            "trunc.ics:2: expected END:VEVENT before the end of the file",
        ),
        (
            "mixed.ics",
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VTODO\nEND:VCALENDAR\n",
            "mixed.ics:4: expected END:VEVENT, found END:VTODO",
        ),
        ("hello.ics", b"hello\n", "hello.ics: expected an iCalendar file (BEGIN:VCALENDAR first)"),
        ("list.json", b"[1, 2, 3]", "found a list"),
        ("cr.csv", b"a\rb,c\nd,e\n", "a line break inside a cell that is not quoted"),
    ],
)
def test_an_unreadable_input_is_said_in_the_format_terms(
    name: str, raw: bytes, expected: str
) -> None:
    with pytest.raises(UnreadableInput) as caught:
        import_bytes(raw, name)
    said = str(caught.value)
    assert expected in said
    assert not [word for word in _INTERNALS if word in said], said
    assert caught.value.code  # worded in the window's language from its code


def test_a_broken_ics_date_is_said_as_a_date_and_the_event_kept() -> None:
    raw = (
        b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nDTSTART:20241301\nEND:VEVENT\n"
        b"BEGIN:VEVENT\nSUMMARY:y\nDTSTART:20240101\nDTEND:2024-01-0\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    result = import_bytes(raw, "bad.ics")
    assert result.event_count == 2
    lines = result.report.lines()
    said = "\n".join(lines)
    assert not [word for word in _INTERNALS if word in said], said
    assert "DTSTART: expected a date such as 20240131" in said
    assert "found '20241301'; the event is kept undated" in said
    assert "DTEND: expected a date such as 20240131" in said
    assert "no DTSTART" not in said  # one line for one problem
    events = json.loads(result.raw)["events"]
    assert [e.get("date") for e in events] == [None, "2024-01-01"]


def test_two_calendars_in_one_file_are_both_read() -> None:
    one = (
        b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:%s\nDTSTART:2024010%d\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    result = import_bytes(one % (b"a", 1) + one % (b"b", 2), "two.ics")
    assert result.event_count == 2


_FORMULAS = [
    '=cmd|" /C calc"!A0',
    "+SUM(A1:A2)",
    "-2+3",
    "@SUM(A1)",
    "\t=hidden",
    "\r=hidden",
    "'=already quoted",
    "''@twice",
]


def test_csv_export_neutralises_formulas_and_reads_them_back() -> None:
    """QA #36: a stranger's title must not run as a formula in a spreadsheet (OWASP: an
    apostrophe first), the export says so, and the import of that CSV gives them back."""
    from timelineapp.extract.exporters import Selection, export_data
    from timelineapp.model.file_format import EventFile

    events = [
        {"id": f"e{i}", "title": title, "date": "2024-01-0" + str(i + 1), "place": title}
        for i, title in enumerate(_FORMULAS)
    ]
    events.append({"id": "bc", "title": "Ides of March", "date": "-0043-03-15"})
    data = EventFile.model_validate(
        {"format": "timelineapp/events", "version": 1, "title": "t", "events": events}
    )
    text, report = export_data(Selection.whole(data, "t"), "csv")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    for row in rows:
        for column in ("title", "place", "date", "earliest", "latest"):
            cell = row[column]
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (column, cell)
    assert rows[0]["title"] == "'" + _FORMULAS[0]
    assert rows[6]["title"] == "''=already quoted"
    (tally,) = (t for t in report.tallies.values() if t.code == "export_formulas_csv")
    assert tally.count == len(_FORMULAS) + 1
    assert "apostrophe" in tally.message
    back = json.loads(import_bytes(text.encode(), "t.csv").raw)["events"]
    # (The import trims a title's and a place's spaces, tabs and line ends, as for any table.)
    written = [formula.strip() for formula in _FORMULAS]
    assert [e["title"] for e in back] == [*written, "Ides of March"]
    assert [e.get("place") for e in back[: len(_FORMULAS)]] == written
    assert back[-1]["date"] == "-0043-03-15"


def test_an_apostrophe_in_another_tool_csv_is_kept() -> None:
    """Only timelineapp's own table is read back without the apostrophe: another tool's
    cell "'=x" is kept as it is."""
    result = import_bytes(b"date,title\n2024-01-01,'=x\n", "other.csv")
    assert [e["title"] for e in json.loads(result.raw)["events"]] == ["'=x"]


def test_an_unreadable_input_is_said_in_the_report_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cut.ics"
    source.write_bytes(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:\x1b]0;x\x07\n")
    out = str(tmp_path / "o.timeline.json")
    code, _printed, err = _run(capsys, str(source), "-o", out, "--lang", "fr")
    assert code == 1
    _no_raw_control(err)
    # Worded from its code by the app's translations (French once the .qm has them).
    assert "cut.ics:2" in err
    assert "END:VEVENT" in err


def test_a_stray_quote_in_a_big_table_gives_what_one_process_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Parts of a big table are cut by counting quotes: past a stray one they may start
    inside a cell, so such a table is read in one process (no row lost, its line right)."""
    from timelineapp.extract.importers import parallel_table

    rows = ["date,title,note"]
    for i in range(600):
        day = f"2024-01-{1 + i % 28:02d}"
        if i == 200:
            rows.append(f'{day},"stray quote {i},x')
        elif i % 7 == 0:
            rows.append(f'{day},title {i},"a\nmulti ""line"" note"')
        else:
            rows.append(f"{day},title {i},")
    raw = ("\n".join(rows) + "\n").encode()
    whole = import_bytes(raw, "t.csv")
    monkeypatch.setattr(parallel_table, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel_table, "cores", lambda: 2)
    parts = import_bytes(raw, "t.csv")
    assert parts.raw == whole.raw
    assert parts.report.to_json() == whole.report.to_json()
    assert whole.event_count == 600
    assert [entry.code for entry in whole.report.entries] == ["csv_quote_closed_late"]


def test_a_map_error_lists_a_long_header_shortened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "wide.csv"
    source.write_text(",".join(f"c{n}" for n in range(300)) + "\n", encoding="utf-8")
    out = str(tmp_path / "o.timeline.json")
    code, _printed, err = _run(capsys, str(source), "-o", out, "--map", "date=nope")
    assert code == 2
    assert "c0, c1" in err
    assert "(292 more)" in err
    assert "c299" not in err
