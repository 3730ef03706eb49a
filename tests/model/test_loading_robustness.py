"""Files from strangers: the loader never hangs, never reads without bound, never raises."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from timelineapp.model.issues import IssueKind
from timelineapp.model.loading import MAX_DEPTH, load_event_bytes, load_event_file, pipeline, read

from .event_files import TEXT, minimal, to_bytes


def with_document_path(folder: Path, name: str) -> Path:
    data = minimal()
    del data["documents"][0]["text"]
    data["documents"][0]["path"] = name
    target = folder / "x.timeline.json"
    target.write_bytes(to_bytes(data))
    return target


def test_a_fifo_as_event_file_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "x.timeline.json"
    os.mkfifo(fifo)
    result = load_event_file(fifo)
    assert not result.ok
    assert "expected a regular file, found a named pipe (FIFO)" in result.issues[0].message


def test_a_device_as_event_file_is_refused_not_read_until_memory_runs_out(
    tmp_path: Path,
) -> None:
    link = tmp_path / "x.timeline.json"
    link.symlink_to("/dev/zero")
    [issue] = load_event_file(link).issues
    assert issue.kind is IssueKind.IO
    assert "expected a regular file, found a device" in issue.message


def test_a_fifo_or_folder_as_document_is_a_located_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    result = load_event_file(with_document_path(tmp_path, "pipe.txt"))
    assert [i.json_path for i in result.errors] == ["documents[0].path"]
    assert "found a named pipe" in result.errors[0].message
    (tmp_path / "folder").mkdir()
    result = load_event_file(with_document_path(tmp_path, "folder"))
    assert "found a folder" in result.errors[0].message


def test_files_above_the_size_limits_are_refused_with_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    target = with_document_path(tmp_path, "article.txt")
    assert load_event_file(target).ok
    monkeypatch.setattr(read, "MAX_DOCUMENT_BYTES", 10)
    [error] = load_event_file(target).errors
    assert error.json_path == "documents[0].path"
    assert "expected at most 10 bytes, found" in error.message
    monkeypatch.setattr(pipeline, "MAX_EVENT_FILE_BYTES", 100)
    [issue] = load_event_file(target).issues
    assert "expected at most 100 bytes" in issue.message


def test_a_nul_in_a_document_path_is_a_located_error(tmp_path: Path) -> None:
    result = load_event_file(with_document_path(tmp_path, "a\u0000b.txt"))
    assert [i.json_path for i in result.errors] == ["documents[0].path"]
    assert "NUL" in result.errors[0].message


def test_nesting_too_deep_for_the_parsers_is_a_located_error() -> None:
    data = minimal()
    data["events"][0]["note"] = "PLACEHOLDER"
    text = json.dumps(data, indent=1).replace('"PLACEHOLDER"', "[" * 5000 + "]" * 5000)
    [issue] = load_event_bytes(text.encode(), "deep.json", None).issues
    assert issue.kind is IssueKind.SYNTAX
    assert f"expected at most {MAX_DEPTH} nested" in issue.message
    line = text[: text.index("[" * (MAX_DEPTH + 1))].count("\n") + 1
    assert issue.line == line
    assert issue.column is not None


@pytest.mark.parametrize("offset", ["31", True, 2.0, 2**63, 2**31])
def test_offsets_must_be_small_whole_numbers_not_coerced(offset: object) -> None:
    data = minimal()
    data["events"][0]["sources"][0]["quotes"][0]["start"] = offset
    result = load_event_bytes(to_bytes(data), "x.json", None)
    assert [i.json_path for i in result.errors] == ["events[0].sources[0].quotes[0].start"]
    assert result.errors[0].line is not None


def test_a_key_holding_brackets_is_located_not_a_crash() -> None:
    data = minimal()
    data["events"][0]["a[b]"] = 1
    result = load_event_bytes(to_bytes(data), "x.json", None)
    assert [i.json_path for i in result.errors] == ['events[0]["a[b]"]']  # quoted (QA #42)
    assert "unknown field" in result.errors[0].message
    assert result.errors[0].line is not None


def test_bad_utf8_is_located_by_line_and_column() -> None:
    raw = to_bytes(minimal()).replace("signé".encode(), b"sign\xe9", 1)
    [issue] = load_event_bytes(raw, "x.json", None).issues
    assert "expected UTF-8 text, found byte 0xe9" in issue.message
    before = raw[: raw.index(b"sign\xe9")]
    assert issue.line == before.count(b"\n") + 1
    assert issue.column == len(before.rsplit(b"\n", 1)[-1].decode()) + 5


@pytest.mark.parametrize("date", [" 2024-05-19", "2024-05-19 ", "\t2024"])
def test_a_date_with_surrounding_spaces_is_an_error_in_a_file(date: str) -> None:
    data = minimal()
    data["events"][0]["date"] = date
    result = load_event_bytes(to_bytes(data), "x.json", None)
    assert [i.json_path for i in result.errors] == ["events[0].date"]
    assert "expected a date without surrounding spaces, found a space" in result.errors[0].message


def test_a_header_error_brings_no_false_unknown_id_errors() -> None:
    """One missing title used to report every reference to the file's own ids as unknown."""
    data = minimal()
    del data["title"]
    data["events"][1]["actors"] = ["nobody"]
    result = load_event_bytes(to_bytes(data), "x.json", None)
    assert [i.json_path for i in result.errors] == ["title", "events[1].actors[0].actor"]


def test_bad_utf8_inside_an_event_is_located_not_a_crash() -> None:
    # msgspec splits without decoding strings; the fast pass then met the bad byte.
    raw = to_bytes(minimal())
    at = raw.index(b'"title"', raw.index(b'"events"')) + 10
    broken = raw[:at] + b"\xff" + raw[at + 1 :]
    [issue] = load_event_bytes(broken, "x.json", None).issues
    assert "expected UTF-8 text, found byte 0xff" in issue.message
    assert issue.line == broken[:at].count(b"\n") + 1


def test_a_second_events_key_is_refused_not_silently_chosen() -> None:
    raw = to_bytes(minimal())
    end = raw.rindex(b"}")
    twice = raw[:end].rstrip() + b',\n  "events": []\n}'
    result = load_event_bytes(twice, "x.json", None)
    assert [i.json_path for i in result.errors] == ["events"]
    assert "expected each key once in an object, found 'events' again" in result.errors[0].message
    assert result.errors[0].line == twice[: twice.rindex(b'"events"')].count(b"\n") + 1


def test_a_key_given_twice_in_an_actor_is_located() -> None:
    raw = to_bytes(minimal()).replace(b'"name":', b'"name": "x", "name":', 1)
    result = load_event_bytes(raw, "x.json", None)
    [error] = result.errors
    assert error.json_path.startswith("actors[")
    assert error.json_path.endswith("].name")
