"""The load pass's rows: one schema with the Event model, and the same index from both."""

from __future__ import annotations

import json
from typing import Any

import msgspec
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from timelineapp.model.file_format import Event
from timelineapp.model.format_derive import derive
from timelineapp.model.loading.chunks import (
    ChunkContext,
    ChunkResult,
    collect_events,
    collect_rows,
    events_adapter,
    process_chunk,
)
from timelineapp.model.loading.rows import DEFERRED_PATTERNS, EVENT_ROWS, RowRejected

from ..hypothesis_budget import examples

CONTEXT = ChunkContext("f.json", {"a1": 0, "a2": 1}, {"d1": 0, "d2": 1}, 50)
ABSENT = object()

_ids = st.sampled_from(["e1", "a1", "a2", "d1", "zz", "bad id", "", 5, None])
_texts = st.sampled_from(["words", "é", "", None, 7, ["x"]])
_offsets = st.sampled_from([0, 1, 5, 9, -1, 2.0, 2.5, "3", None])
_dates = st.sampled_from(
    ["2024", "2024-06-07", "2024-05-19/..", "[..2024-09-15]", "2024-04/2024-05", "2024-06?",
     "[2024-05-31..2024-06-28]", "2024-13", "2024-02-30", " 2024", "soon", "", 2024, None]
)  # fmt: skip


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.just(ABSENT), strategy)


def _object(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    def build(values: dict[str, Any], extra: bool) -> dict[str, Any]:
        built = {k: v for k, v in values.items() if v is not ABSENT}
        if extra:
            built["unexpected"] = 1
        return built

    return st.builds(build, st.fixed_dictionaries(fields), st.integers(0, 9).map(lambda n: n == 0))


_span = _object(start=_maybe(_offsets), end=_maybe(_offsets), text=_maybe(_texts))
_quote = st.one_of(
    _span,
    st.builds(lambda s, who: {**s, "attributed_to": who}, _span, st.sampled_from(["a1", None, 3])),
    st.builds(lambda s: {**s, "surplus": True}, _span),
)
_source = _object(
    document=_ids,
    quotes=_maybe(st.one_of(st.lists(_quote, max_size=3), st.none())),
    date_phrase=_maybe(st.one_of(_span, st.none())),
)
_actor = st.one_of(
    _ids,
    _object(actor=_maybe(_ids), role=_maybe(st.sampled_from(["speaker", None, 1]))),
    st.just({"actor": "a1", "surplus": 1}),
)
_event = _object(
    id=_maybe(_ids),
    title=_maybe(_texts),
    date=_maybe(_dates),
    status=_maybe(st.sampled_from(["occurred", "planned", "deadline", "bogus", None])),
    actors=_maybe(st.one_of(st.lists(_actor, max_size=3), st.none(), st.just("a1"))),
    place=_maybe(_texts),
    summary=_maybe(_texts),
    tags=_maybe(st.one_of(st.lists(_texts, max_size=2), st.none())),
    review=_maybe(st.sampled_from(["unreviewed", "verified", "disputed", "maybe"])),
    note=_maybe(_texts),
    sources=_maybe(st.one_of(st.lists(_source, max_size=2), st.none())),
)
_surplus_event = st.builds(lambda e: {**e, "unknown_field": 1}, _event)


def _columns(result: ChunkResult) -> dict[str, Any]:
    return {
        name: value.tolist() if isinstance(value, np.ndarray) else value
        for name, value in msgspec.structs.asdict(result).items()
        if name not in ("titles", "ids")
    } | {name: list(getattr(result, name)) for name in ("titles", "ids")}


def _normalised(schema: Any) -> Any:
    """A JSON Schema with only what validates: no titles, descriptions, defaults or names."""
    if isinstance(schema, dict):
        skip = {"title", "description", "examples", "default"}
        found = {k: _normalised(v) for k, v in schema.items() if k not in skip}
        if "$ref" in found:
            found["$ref"] = found["$ref"].removesuffix("Row")
        if "pattern" in found:  # the rows' pattern ends in "\\Z", the same as pydantic's "$"
            found["pattern"] = found["pattern"].replace("\\Z", "$")
        if "enum" in found:
            found["enum"] = sorted(found["enum"])
            found.pop("type", None)
        return found
    if isinstance(schema, list):
        return [_normalised(v) for v in schema]
    return schema


def test_rows_have_the_models_fields_and_rules() -> None:
    """Field by field and rule by rule (types, required, lengths, bounds, patterns, enums),
    the rows' schema is the Event model's; the only difference is the actor shorthand, which
    the model accepts through a validator that JSON Schema does not show."""
    rows = msgspec.json.schema(derive(Event))
    model = Event.model_json_schema(mode="validation")
    definitions = {k.removesuffix("Row"): _normalised(v) for k, v in rows["$defs"].items()}
    expected = {k: _normalised(v) for k, v in model["$defs"].items()}
    expected["Event"] = _normalised({k: v for k, v in model.items() if k != "$defs"})
    actors = definitions["Event"]["properties"]["actors"]["items"]
    assert actors == {
        "anyOf": [definitions["ActorRef"]["properties"]["actor"], {"$ref": "#/$defs/ActorRef"}]
    }
    # The date is a plain string to the rows: chunks.collect_rows reads it (date_columns).
    assert definitions["Event"]["properties"]["date"] == {
        "anyOf": [{"type": "string"}, {"type": "null"}]
    }
    definitions["Event"]["properties"]["date"] = expected["Event"]["properties"]["date"]
    # The id patterns the rows leave to chunks.collect_rows are the models' own.
    for (owner, field), pattern in DEFERRED_PATTERNS.items():
        where = definitions[owner]["properties"][field]
        assert "pattern" not in where
        where["pattern"] = pattern.replace("\\Z", "$")
    definitions["Event"]["properties"]["actors"]["items"] = {"$ref": "#/$defs/ActorRef"}
    assert definitions == expected


def test_a_rule_the_rows_cannot_check_is_refused_at_import() -> None:
    from pydantic import BaseModel, field_validator

    class WithRule(BaseModel):
        name: str

        @field_validator("name")
        @classmethod
        def _upper(cls, value: str) -> str:
            return value.upper()

    with pytest.raises(TypeError, match="field validators"):
        derive(WithRule)


_GOOD = {"id": "e1", "title": "words", "date": "2024"}


def _quoting(**quote: object) -> list[dict[str, Any]]:
    """One good event whose one source quotes ``quote`` (start 1, end 5, text "x" unless given)."""
    quoted = {"start": 1, "end": 5, "text": "x", **quote}
    return [{**_GOOD, "sources": [{"document": "d1", "quotes": [quoted]}]}]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.one_of(_event, _surplus_event), min_size=1, max_size=3))
# Each rule's edge, checked in every run whatever the draw: a whole event, an impossible day,
# a date with a space, actors as one string and with a surplus key, offsets as a float, a
# string, backwards and negative, a quote attributed to an actor and to a number, keys the
# format does not have (in a quote, in an event), an empty and a missing title, bad ids, two
# events with one id.
@example([_GOOD, {**_GOOD, "id": "a1", "status": "planned", "review": "verified", "tags": []}])
@example([{**_GOOD, "date": "2024-02-30"}, {**_GOOD, "date": " 2024"}])
@example([{**_GOOD, "date": "[2024-05-31..2024-06-28]", "actors": "a1"}])
@example([{**_GOOD, "actors": ["a1", {"actor": "a2", "role": "speaker"}, {"actor": "a1", "x": 1}]}])
@example(_quoting(start=2.0))
@example(_quoting(start="3"))
@example(_quoting(start=9, end=1))
@example(_quoting(start=-1))
@example(_quoting(attributed_to="a1"))
@example(_quoting(attributed_to=3))
@example(_quoting(surplus=True))
@example([{**_GOOD, "sources": [{"document": "zz", "date_phrase": {"start": 0, "end": 1}}]}])
@example([{**_GOOD, "unknown_field": 1}, {**_GOOD, "title": ""}, {"id": "e2", "date": "2024"}])
@example([{**_GOOD, "id": "bad id"}, {**_GOOD, "id": ""}, {**_GOOD, "id": 5}])
@example([_GOOD, _GOOD])
@example([{**_GOOD, "title": " \u3000"}])  # only spaces: refused by both
@example([{**_GOOD, "title": "\x1c"}])  # a space to Python's re, not to pydantic's engine
@example([{**_GOOD, "title": "\u200b"}])  # no space to either
def test_rows_and_models_agree(events: list[dict[str, Any]]) -> None:
    chunk = json.dumps(events).encode()
    by_rows = ChunkResult(0)
    try:
        collect_rows(EVENT_ROWS.decode(chunk), 0, CONTEXT, by_rows)
        rows_ok = True
    except (msgspec.ValidationError, RowRejected):
        rows_ok = False
    by_models = ChunkResult(0)
    try:
        models = events_adapter().validate_json(chunk)
    except ValidationError:
        assert not rows_ok, f"rows accepted what the models reject: {events}"
        return
    assert rows_ok, f"rows rejected what the models accept: {events}"
    collect_events(models, 0, CONTEXT, by_models)
    assert _columns(by_rows) == _columns(by_models)


def test_a_rejected_chunk_is_reported_by_the_models() -> None:
    """Errors keep the models' messages and paths, whichever rule failed."""
    good = {"id": "e1", "title": "t", "date": "2024"}
    for broken, where in (
        ({**good, "date": "2024-13"}, "events[1].date"),
        ({**good, "sources": [{"document": "d1", "quotes": [{"start": 4, "end": 2, "text": "x"}]}]},
         "events[1].sources[0].quotes[0]"),
        ({**good, "title": ""}, "events[1].title"),
        ({**good, "title": "   "}, "events[1].title"),  # only spaces: as untitled
        ({**good, "title": "\u00a0\t\n"}, "events[1].title"),
    ):  # fmt: skip
        result = process_chunk(json.dumps([good, broken]).encode(), 0, CONTEXT)
        assert [issue.json_path for issue in result.blocking] == [where]
        assert result.count == 0


@pytest.mark.parametrize("shorthand", ["a1", {"actor": "a1"}])
def test_actor_shorthand_is_read_like_the_model(shorthand: object) -> None:
    chunk = json.dumps([{"id": "e", "title": "t", "actors": [shorthand, "zz"]}]).encode()
    result = process_chunk(chunk, 3, CONTEXT)
    assert result.members.tolist() == [0, -1]
    assert [issue.json_path for issue in result.blocking] == ["events[3].actors[1].actor"]
