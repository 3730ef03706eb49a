"""An empty event file and a UTF-16 one are said for what they are (QA #109h: "Expecting
value (found 'end of file')" and "found byte 0xff")."""

from __future__ import annotations

import pytest

from timelineapp.model.loading import load_event_bytes


@pytest.mark.parametrize("raw", [b"", b"  \n"])
def test_an_empty_file_is_said_empty(raw: bytes) -> None:
    (issue,) = load_event_bytes(raw, "e.timeline.json", None).issues
    assert issue.code == "empty_file"
    assert issue.message == "expected JSON, found an empty file"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_file_is_said_utf16_with_the_fix(encoding: str) -> None:
    raw = '{"format": "timelineapp/events"}'.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (issue,) = load_event_bytes(raw, "u.timeline.json", None).issues
    assert issue.code == "utf16"
    assert "UTF-16" in issue.message
    assert issue.message.endswith("save it as UTF-8")


def test_the_window_words_them_as_the_model_does(qapp: object) -> None:
    from timelineapp.ui.issue_words import issue_message

    for raw in (b"", '{"a": 1}'.encode("utf-16")):
        (issue,) = load_event_bytes(raw, "f.timeline.json", None).issues
        assert issue_message(issue) == issue.message
