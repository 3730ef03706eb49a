"""The header's check by the generated Structs (``loading.header.struct_checked``) is the
models' own rules: it accepts no header the models refuse, and builds what validation gives."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from timelineapp.model import format_derive
from timelineapp.model.file_format import Document, EventFile
from timelineapp.model.loading.header import struct_checked
from timelineapp.resources import example_event_file


def _example_header() -> dict[str, Any]:
    header: dict[str, Any] = json.loads(example_event_file().read_text(encoding="utf-8"))
    header["actors"] = []  # as the load hands it over: actors and events have their own passes
    header["events"] = []
    return header


def _doc(**changes: Any) -> Callable[[dict[str, Any]], None]:
    return lambda header: header["documents"][0].update(changes)


_CHANGES: dict[str, Callable[[dict[str, Any]], None]] = {
    "as written": lambda header: None,
    "version true": lambda header: header.update(version=True),
    "version 1.0": lambda header: header.update(version=1.0),
    "version 2": lambda header: header.update(version=2),
    "another format": lambda header: header.update(format="other/events"),
    "no title": lambda header: header.pop("title"),
    "empty title": lambda header: header.update(title=""),
    "unknown key": lambda header: header.update(colour="red"),
    "no description": lambda header: header.update(description=None),
    "language a number": lambda header: header.update(language=3),
    "no language": lambda header: header.pop("language", None),
    "impossible date": _doc(published="2024-13-45"),
    "date with a space": _doc(published=" 2024"),
    "uncertain date": _doc(retrieved="2024-06~"),
    "ftp link": _doc(url="ftp://example.org/a"),
    "archive link": _doc(archive_url="https://archive.org/x"),
    "path and text": _doc(path="a.txt", text="words"),
    "text only": lambda header: header["documents"][0].update(text="words") or None,
    "upper-case hash": _doc(sha256="A" * 64),
    "short hash": _doc(sha256="abc"),
    "reliability Z": _doc(reliability="Z"),
    "reliability B": _doc(reliability="B"),
    "id with a dash first": _doc(id="-x"),
    "id ending in a newline": _doc(id="x\n"),
    "derived from": _doc(derived_from=["a", "b"]),
    "derived from a bad id": _doc(derived_from=["a", "-b"]),
    "document unknown key": _doc(colour="red"),
    "documents not a list": lambda header: header.update(documents={}),
    "actors not empty": lambda header: header.update(actors=[{"id": "a", "name": "A"}]),
    "events not empty": lambda header: header.update(events=[{"id": "e", "title": "E"}]),
}


def _validated(raw: bytes) -> EventFile | None:
    try:
        return EventFile.model_validate_json(raw)
    except ValidationError:
        return None


@pytest.mark.parametrize("change", sorted(_CHANGES))
def test_the_fast_check_accepts_only_what_the_models_accept_and_builds_the_same(
    change: str,
) -> None:
    header = copy.deepcopy(_example_header())
    if change == "text only":
        header["documents"][0].pop("path", None)
    _CHANGES[change](header)
    raw = json.dumps(header).encode()
    checked, validated = struct_checked(raw), _validated(raw)
    if validated is None:
        assert checked is None
        return
    if change not in ("actors not empty", "events not empty"):  # the load's own passes
        assert checked is not None, "the fast check refused a header the models accept"
    if checked is not None:
        assert checked == validated
        assert checked.model_fields_set == validated.model_fields_set
        for built, model in zip(checked.documents, validated.documents, strict=True):
            assert built.model_fields_set == model.model_fields_set


@pytest.mark.parametrize(
    "raw",
    [
        b'{"format":"timelineapp/events","version":1e400,"title":"x","events":[]}',
        b'{"format":"timelineapp/events","version":1,"title":"\\ud800","events":[]}',
        b'{"format":"timelineapp/events","version":1,"title":"x","events":[]',
        b'\xff{"format":"timelineapp/events"}',
    ],
)
def test_json_the_fast_check_cannot_read_is_left_to_the_models(raw: bytes) -> None:
    assert _validated(raw) is None
    assert struct_checked(raw) is None


def test_the_rules_it_runs_are_registered_only_while_it_derives() -> None:
    # Other derivations must still refuse the rules only the header's check runs.
    format_derive.header_rows()
    format_derive._STRUCTS.pop(Document, None)
    with pytest.raises(TypeError):
        format_derive.derive(Document)
    assert Document not in format_derive._STRUCTS


def test_the_examples_header_is_taken_by_the_structs_as_the_models_take_it() -> None:
    # So a start builds no validator of the models (defer_build) before its first frame.
    raw = json.dumps(_example_header()).encode()
    checked = struct_checked(raw)
    assert checked is not None
    assert checked == EventFile.model_validate_json(raw)
