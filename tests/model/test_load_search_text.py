"""The load pass builds each event's search text in its sources loop: the same text as
``search_text``, the one statement of what a search looks through."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from timelineapp.model.folding import fold_texts
from timelineapp.model.loading.chunks import (
    ChunkResult,
    collect_rows,
    events_adapter,
    search_text,
)
from timelineapp.model.loading.rows import EVENT_ROWS, RowRejected

from ..hypothesis_budget import examples
from .test_event_rows import CONTEXT, _event


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(_event, min_size=1, max_size=4))
# Every searched field in every run: titles, places, summaries, notes and tags with letters to
# fold, quotes of known and unknown documents, a date phrase, empty and missing fields.
@example(
    [
        {
            "id": "e1",
            "title": "Été",
            "place": "Niamey",
            "summary": "Œuvre",
            "note": "n",
            "tags": ["t1", ""],
            "actors": ["a1"],
            "sources": [
                {"document": "zz", "quotes": [{"start": 0, "end": 2, "text": "Qé"}]},
                {
                    "document": "d1",
                    "quotes": [{"start": 1, "end": 3, "text": "ab"}],
                    "date_phrase": {"start": 0, "end": 1, "text": "x"},
                },
            ],
        },
        {"id": "a1", "title": "Deux", "summary": "", "tags": [], "sources": []},
    ]
)
def test_the_load_pass_search_texts_are_search_text(events: list[dict[str, Any]]) -> None:
    chunk = json.dumps(events).encode()
    try:
        models = events_adapter().validate_json(chunk)
    except ValidationError:
        return
    result = ChunkResult(0)
    try:
        collect_rows(EVENT_ROWS.decode(chunk), 0, CONTEXT, result)
    except RowRejected:
        return  # the models' road then builds the same columns (test_event_rows)
    assert result.search_blob == fold_texts(map(search_text, models))


def test_unknown_documents_quotes_and_empty_fields_are_searched() -> None:
    events = [
        {"id": "e1", "title": "Un", "tags": ["t1", "t2"], "note": "n",
         "sources": [{"document": "zz", "quotes": [{"start": 0, "end": 2, "text": "Qé"}]},
                     {"document": "d1", "quotes": [{"start": 1, "end": 3, "text": "ab"}]}]},
        {"id": "e2", "title": "Deux", "place": "P"},
    ]  # fmt: skip
    chunk = json.dumps(events).encode()
    result = ChunkResult(0)
    collect_rows(EVENT_ROWS.decode(chunk), 0, CONTEXT, result)
    assert result.search_blob == b"un\n\nn\n\nt1\nt2\nqe\nab\x1fdeux\n\n\np"
    assert result.search_blob == fold_texts(map(search_text, events_adapter().validate_json(chunk)))
