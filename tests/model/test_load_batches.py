"""A chunk is decoded and gathered a few events at a time (``loading/gathered.py``): the
columns and issues are those of the whole chunk read at once, whatever the batches."""

from __future__ import annotations

import json
from typing import Any
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timelineapp.model import event_json
from timelineapp.model.loading import chunks
from timelineapp.model.loading.chunks import ChunkResult, collect_rows, process_chunk
from timelineapp.model.loading.rows import EVENT_ROWS

from ..hypothesis_budget import examples
from .test_event_rows import CONTEXT, _columns


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def _present(**fields: Any) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value is not None}


_words = st.sampled_from(["mots", "É\x1f", "l\u2019accord", "a\nb", "x"])
_span = st.builds(
    lambda start, length, text: {"start": start, "end": start + length, "text": text},
    st.integers(0, 30),
    st.integers(1, 5),
    _words,
)
_source = st.builds(
    _present,
    document=st.sampled_from(["d1", "d2", "zz"]),
    quotes=_optional(st.lists(_span, max_size=3)),
    date_phrase=_optional(_span),
    date=_optional(st.sampled_from(["2024", "2024-06-07", "2024-05/2024-06"])),
    credibility=_optional(st.integers(1, 6)),
)
_valid_event = st.builds(
    _present,
    title=_words,
    date=_optional(st.sampled_from(["2024", "2024-06-07", "../2024-09-15", "2024-06?"])),
    status=_optional(st.sampled_from(["occurred", "planned"])),
    actors=_optional(
        st.lists(st.sampled_from(["a1", "a2", "zz", {"actor": "a1", "role": "speaker"}]))
    ),
    summary=_optional(_words),
    note=_optional(_words),
    place=_optional(_words),
    tags=_optional(st.lists(_words, max_size=2)),
    review=_optional(st.sampled_from(["unreviewed", "verified"])),
    sources=_optional(st.lists(_source, max_size=3)),
)


_QUOTE = {"start": 0, "end": 1, "text": "x"}


def _without_spans(result: ChunkResult) -> dict[str, Any]:
    columns = _columns(result)
    columns.pop("spans")
    return columns


# Under the suite's budget like the other property tests (150 examples in a thorough run). The
# examples below are drawn in every run: they take the evidence pass's roads that the random
# events reach only now and then (no source at all; several sources, none dated, all quoted;
# one source each, one of them without quotes). With them, 45 examples covered every line and
# branch of model/ that 150 did (coverage.py, union of 4 seeds at 150, each of 8 seeds at 45).
@settings(max_examples=examples(150), deadline=None)
@given(st.lists(_valid_event, min_size=1, max_size=9), st.integers(1, 4), st.integers(0, 50))
@example([{"title": "x"}, {"title": "y", "date": "2024"}], 1, 0)
@example(
    [
        {"title": "x", "sources": [{"document": "d1", "quotes": [_QUOTE]}]},
        {"title": "y", "sources": [{"document": "d2", "quotes": [_QUOTE]}] * 2},
    ],
    2,
    3,
)
@example(
    [
        {"title": "x", "sources": [{"document": "d1", "quotes": [_QUOTE]}]},
        {"title": "y", "sources": [{"document": "d2"}]},
    ],
    1,
    7,
)
def test_batches_give_the_whole_chunks_columns(
    events: list[dict[str, Any]], batch: int, offset: int
) -> None:
    for k, event in enumerate(events):
        event["id"] = f"e{k}"
    chunk = json.dumps(events).encode()
    whole = ChunkResult(offset)
    collect_rows(EVENT_ROWS.decode(chunk), offset, CONTEXT, whole)
    with mock.patch.object(chunks, "BATCH_EVENTS", batch):
        batched = process_chunk(chunk, offset, CONTEXT)
    assert batched.count == len(events)
    assert _without_spans(batched) == _without_spans(whole)


def test_a_rejected_later_batch_sends_the_whole_chunk_to_the_models() -> None:
    good = {"id": "e1", "title": "t", "date": "2024", "actors": ["zz"]}
    events = [good, {**good, "id": "e2"}, {**good, "id": "e3", "date": "2024-13"}]
    with mock.patch.object(chunks, "BATCH_EVENTS", 2):
        result = process_chunk(json.dumps(events).encode(), 10, CONTEXT)
    assert result.count == 0
    assert [issue.json_path for issue in result.blocking] == [
        "events[12].date",
        "events[10].actors[0].actor",
        "events[11].actors[0].actor",
    ]


def test_an_event_naming_thousands_of_actors_in_one_batch_among_others() -> None:
    many = ["a1", "a2"] * (event_json.LAZY_ACTORS_BYTES // 8)
    events = [
        {"id": "e0", "title": "t", "actors": ["a2"]},
        {"id": "e1", "title": "t", "actors": many},
        {"id": "e2", "title": "t", "actors": [{"actor": "a1", "role": "r"}, "zz"]},
    ]
    chunk = json.dumps(events).encode()
    with mock.patch.object(chunks, "BATCH_EVENTS", 1):
        batched = process_chunk(chunk, 0, CONTEXT)
    assert batched.actor_counts.tolist() == [1, len(many), 2]
    assert batched.members.tolist() == [1, *([0, 1] * (len(many) // 2)), 0, -1]
    assert batched.roles == ["r"]
    assert [issue.json_path for issue in batched.blocking] == ["events[2].actors[1].actor"]
