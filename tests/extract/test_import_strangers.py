"""Inputs from strangers through ``timelineapp import`` (QA session 7, #34, #35, #37): every
text of the input reaches the terminal escaped, a broken quote is located and loses no row,
and messages speak of the format, not of the library that read it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timelineapp.cli import main

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
