"""Pydantic's errors worded as "expected …, found …", with a code and arguments."""

from __future__ import annotations

import json
from typing import Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from timelineapp.model.loading import load_event_bytes
from timelineapp.model.validation_words import Wording, word_error


class _Sample(BaseModel):
    model_config = ConfigDict(extra="forbid")
    count: int = Field(default=1, ge=1, le=6)
    name: str = Field(default="x", min_length=1, pattern=r"^[a-z]+$")
    grade: Literal["A", "B"] = "A"
    items: list[int] = Field(default_factory=list)
    flag: bool = False


def _worded(data: Any) -> Wording:
    with pytest.raises(ValidationError) as caught:
        _Sample.model_validate(data)
    (detail,) = caught.value.errors(include_url=False)
    return word_error(detail)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([1, 2], "expected an object, found a list [1, 2]"),
        ({"count": 7}, "expected a number at most 6, found the number 7"),
        ({"count": 0}, "expected a number at least 1, found the number 0"),
        ({"count": "two"}, "expected a whole number, found the text 'two'"),
        ({"count": 1.5}, "expected a whole number, found the number 1.5"),
        ({"name": ""}, "expected at least 1 character, found the text ''"),
        ({"name": "X"}, "expected text matching '^[a-z]+$', found the text 'X'"),
        ({"grade": "C"}, "expected one of 'A' or 'B', found the text 'C'"),
        ({"items": {"a": 1}}, "expected a list, found an object {'a': 1}"),
        ({"flag": None}, "expected true or false, found null"),
        ({"nmae": "x"}, "unknown field: expected only the fields of the format"),
    ],
)
def test_each_error_says_what_was_expected_and_what_was_found(data: Any, message: str) -> None:
    words = _worded(data)
    assert words.message.startswith(message)
    assert "Input should" not in words.message


def test_a_missing_field_is_named_required() -> None:
    class Needs(BaseModel):
        title: str

    with pytest.raises(ValidationError) as caught:
        Needs.model_validate({})
    words = word_error(caught.value.errors(include_url=False)[0])
    assert words.message == "expected this required field, found nothing"
    assert words.code == "missing"


def test_an_unknown_error_type_keeps_pydantics_text_and_the_found_value() -> None:
    detail: Any = {"type": "no_such_type", "loc": ("x",), "msg": "Pydantic says", "input": 3}
    assert word_error(detail).message == "Pydantic says, found the number 3"


def test_the_code_and_arguments_let_another_language_word_it() -> None:
    words = _worded({"count": 9})
    assert words.code == "less_than_equal"
    assert dict(words.arguments) == {"le": "6", "found": "the number 9"}


def test_a_loaded_file_keeps_location_and_carries_the_code() -> None:
    result = load_event_bytes(b"[1, 2, 3]\n", "list.timeline.json", None)
    (issue,) = result.errors
    assert str(issue) == "list.timeline.json:1:1: error: expected an object, found a list [1, 2, 3]"
    assert issue.code == "model_type"
    assert dict(issue.arguments)["found"] == "a list [1, 2, 3]"


def test_the_code_and_arguments_reach_the_json_report() -> None:
    (issue,) = load_event_bytes(b"[1, 2, 3]\n", "list.timeline.json", None).errors
    encoded = json.loads(json.dumps(issue.to_json()))
    assert encoded["code"] == "model_type"
    assert encoded["arguments"]["found"] == "a list [1, 2, 3]"


@pytest.mark.parametrize("title", ["   ", "\u00a0", "\t\n", "\u3000", "\x1f"])
def test_a_title_of_spaces_is_refused_where_it_is_like_an_empty_one(title: str) -> None:
    """A title of only spaces passed validate and the loader (QA session 11)."""
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "t",
        "events": [{"id": "e1", "title": "A"}, {"id": "e2", "title": title}],
    }
    text = json.dumps(data, indent=1).encode()
    (issue,) = load_event_bytes(text, "f.timeline.json", None).errors
    assert issue.json_path == "events[1].title"
    assert issue.line is not None
    assert issue.line > 1
    assert issue.code == "blank_text"
    assert issue.message.startswith("expected text other than spaces, found the text ")


@pytest.mark.parametrize("title", ["a", " a ", "\u200b"])
def test_a_title_with_any_other_character_is_kept(title: str) -> None:
    data = {"format": "timelineapp/events", "version": 1, "title": "t"}
    data["events"] = [{"id": "e1", "title": title}]
    result = load_event_bytes(json.dumps(data).encode(), "f.timeline.json", None)
    assert not result.errors
