"""The loader reports every kind of problem with its location; valid files round-trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timelineapp.model.file_format import EventFile
from timelineapp.model.issues import IssueKind, Severity
from timelineapp.model.loading import DocumentState, LoadResult, load_event_bytes, load_event_file

from .event_files import TEXT, minimal, to_bytes


def load(data: dict[str, Any]) -> LoadResult:
    return load_event_bytes(to_bytes(data), "test.timeline.json", None)


def test_minimal_file_is_valid() -> None:
    result = load(minimal())
    assert result.ok, [str(i) for i in result.issues]
    assert result.loaded is not None
    assert result.loaded.data.events[0].actors[0].actor == "niger"


def test_round_trip_gives_equal_models() -> None:
    first = load(minimal()).loaded
    assert first is not None
    whole = first.materialised()
    dumped = whole.model_dump_json(exclude_none=True)
    again = EventFile.model_validate_json(dumped)
    assert again == whole
    assert len(whole.events) == 3


def test_syntax_error_has_line_and_column() -> None:
    raw = b'{\n  "format": "timelineapp/events",\n  "version": 1,\n  "title": "x",,\n}'
    result = load_event_bytes(raw, "bad.json", None)
    assert not result.ok
    [issue] = result.issues
    assert issue.kind is IssueKind.SYNTAX
    assert (issue.line, issue.column) == (4, 16)
    assert "bad.json:4:16" in str(issue)


def test_not_utf8_is_reported() -> None:
    result = load_event_bytes(b'{"title": "\xff"}', "x.json", None)
    assert result.issues[0].kind is IssueKind.SYNTAX
    assert "UTF-8" in result.issues[0].message


def test_schema_errors_are_all_located_by_json_path() -> None:
    data = minimal()
    data["events"][0]["sources"][0]["quotes"][0]["end"] = "twelve"
    data["events"][1]["status"] = "maybe"
    data["actors"][0]["kindd"] = "state"
    result = load(data)
    paths = {i.json_path: i for i in result.issues}
    assert "events[0].sources[0].quotes[0].end" in paths
    assert "events[1].status" in paths
    assert "actors[0].kindd" in paths
    assert "'maybe'" in paths["events[1].status"].message  # what was found
    assert "occurred" in paths["events[1].status"].message  # what was expected
    assert all(i.line is not None for i in result.issues)


@pytest.mark.parametrize(
    ("date", "needle"),
    [
        ("2024-02-30", "found 30"),
        ("2024-13", "month"),
        ("2024-05/2024-04", "on or after the start"),
    ],
)
def test_invalid_dates_are_schema_errors(date: str, needle: str) -> None:
    data = minimal()
    data["events"][0]["date"] = date
    result = load(data)
    [issue] = result.issues
    assert issue.json_path == "events[0].date"
    assert needle in issue.message


@pytest.mark.parametrize("sources", [1, 2])
def test_an_invalid_source_date_is_reported_even_when_its_document_is_unknown(
    sources: int,
) -> None:
    data = minimal()
    event = data["events"][0]
    event["sources"][0].update(document="nope", date="2024-13")
    if sources == 2:
        event["sources"].append(data["events"][1]["sources"][0])
    data["events"][1]["sources"][0]["document"] = "gone"  # a neighbour's own problem
    result = load(data)
    assert result.loaded is None
    by_path = {i.json_path: i for i in result.issues}
    assert "month" in by_path["events[0].sources[0].date"].message
    assert by_path["events[0].sources[0].date"].kind is IssueKind.SCHEMA
    assert "'gone'" in by_path["events[1].sources[0].document"].message


def test_duplicate_ids_and_unknown_references() -> None:
    data = minimal()
    data["events"][1]["id"] = "accord"
    data["events"][0]["actors"].append("russie")
    data["events"][1]["sources"][0]["document"] = "nope"
    result = load(data)
    assert result.loaded is None
    by_path = {i.json_path: i.message for i in result.issues}
    assert "duplicate event id 'accord'" in by_path["events[1].id"]
    assert "'russie'" in by_path["events[0].actors[2].actor"]
    assert "'nope'" in by_path["events[1].sources[0].document"]
    assert all(i.kind is IssueKind.REFERENCE for i in result.issues)


def test_parent_cycle_is_reported() -> None:
    data = minimal()
    data["actors"][0]["parent"] = "armee"
    result = load(data)
    [issue] = result.issues
    assert "cycle" in issue.message
    assert "niger" in issue.message
    assert "armee" in issue.message


def test_header_reference_problems_are_each_located() -> None:
    """Duplicate actor ids, unknown parents and parent cycles, each at its own path (the
    checks gather ids in bulk for headers of a million actors)."""
    data = minimal()
    data["actors"] += [
        {"id": "niger", "name": "Niger again"},
        {"id": "a", "name": "A", "parent": "b"},
        {"id": "b", "name": "B", "parent": "a"},
        {"id": "c", "name": "C", "parent": "nowhere"},
    ]
    result = load(data)
    assert result.loaded is None
    by_path = {i.json_path: i for i in result.issues}
    assert by_path["actors[2].id"].code == "duplicate_actor_id"
    assert by_path["actors[5].parent"].code == "unknown_parent"
    assert "'nowhere'" in by_path["actors[5].parent"].message
    cycles = [i for i in result.issues if i.code == "actor_cycle"]
    assert [i.json_path for i in cycles] == ["actors[3].parent"]
    assert "a -> b -> a" in cycles[0].message


def test_quote_mismatch_names_the_differing_character() -> None:
    data = minimal()
    quote = data["events"][0]["sources"][0]["quotes"][0]
    quote["text"] = quote["text"].replace("Niamey", "Niamei")
    result = load(data)
    assert result.loaded is not None  # provenance problems still open, flagged
    [issue] = result.errors
    assert issue.kind is IssueKind.PROVENANCE
    assert issue.json_path == "events[0].sources[0].quotes[0]"
    assert "'y'" in issue.message
    assert "'i'" in issue.message
    assert f"document offset {TEXT.index('Niamey') + 5}" in issue.message


def test_quote_at_wrong_offsets_suggests_the_right_ones() -> None:
    data = minimal()
    quote = data["events"][1]["sources"][0]["quotes"][0]
    quote["start"] += 1
    quote["end"] += 1
    result = load(data)
    [issue] = result.errors
    assert "occurs at start=57, end=90" in issue.message


def test_changed_document_is_detected() -> None:
    data = minimal()
    data["documents"][0]["sha256"] = "0" * 64
    result = load(data)
    assert result.loaded is not None
    assert result.loaded.document_states["doc"] == DocumentState.CHANGED
    assert any(i.json_path == "documents[0].sha256" for i in result.errors)


def test_event_without_source_is_a_warning() -> None:
    data = minimal()
    data["events"][2]["sources"] = []
    result = load(data)
    assert result.ok
    [issue] = result.issues
    assert issue.severity is Severity.WARNING


def test_document_path_cannot_leave_the_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    folder = tmp_path / "files"
    folder.mkdir()
    data = minimal()
    document = data["documents"][0]
    del document["text"], document["sha256"]
    document["path"] = "../secret.txt"
    data["events"] = []
    target = folder / "x.timeline.json"
    target.write_bytes(to_bytes(data))
    result = load_event_file(target)
    assert result.loaded is not None
    assert result.loaded.texts["doc"] is None
    [issue] = result.errors
    assert "outside" in issue.message
    assert issue.json_path == "documents[0].path"


def test_document_read_from_a_file_next_to_the_event_file(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    data = minimal()
    del data["documents"][0]["text"]
    data["documents"][0]["path"] = "article.txt"
    target = tmp_path / "x.timeline.json"
    target.write_bytes(to_bytes(data))
    result = load_event_file(target)
    assert result.ok, [str(i) for i in result.issues]


def test_missing_file_is_an_io_error(tmp_path: Path) -> None:
    result = load_event_file(tmp_path / "nope.timeline.json")
    assert result.issues[0].kind is IssueKind.IO
    assert "nope.timeline.json" in str(result.issues[0])


def test_issue_json_is_machine_readable() -> None:
    data = minimal()
    data["events"][0]["date"] = "2024-02-30"
    issue = load(data).issues[0]
    encoded = json.loads(json.dumps(issue.to_json()))
    assert encoded["path"] == "events[0].date"
    assert encoded["severity"] == "error"


def test_errors_are_capped_at_max_issues() -> None:
    data = minimal()
    data["events"] = [{"id": f"e{i}", "title": "", "date": "x"} for i in range(500)]
    result = load_event_bytes(to_bytes(data), "big.json", None, max_issues=50)
    assert len(result.issues) == 50


def test_each_event_s_bytes_are_found_at_its_span_in_the_source() -> None:
    """Saving a big file copies unchanged events' bytes: the spans must be exact."""
    import json

    data = minimal()
    raw = to_bytes(data)
    loaded = load_event_bytes(raw, "x.json", None).loaded
    assert loaded is not None
    assert loaded.event_spans is not None
    assert loaded.source == raw
    found = [json.loads(loaded.source[s:e]) for s, e in loaded.event_spans.tolist()]
    assert found == data["events"]
    assert all(loaded.source[s:e].strip() == loaded.source[s:e] for s, e in loaded.event_spans)
