"""The load pass looks actor references up in a dict when the header's actors are few, with
the same numbers as the header's :class:`IdIndex` (the last of an id given twice)."""

from __future__ import annotations

import pickle

import pytest

from timelineapp.model.id_index import IdIndex, numbers_of
from timelineapp.model.loading import chunks
from timelineapp.model.loading.chunks import ChunkContext
from timelineapp.model.packed_strings import PackedStrings


def _context(ids: list[str]) -> ChunkContext:
    return ChunkContext("f.json", IdIndex(PackedStrings.pack(ids)), {}, 10)


def test_a_small_index_is_looked_up_as_a_dict_with_the_same_numbers() -> None:
    context = _context(["a", "b", "a", "c"])
    lookup = context.actor_lookup
    assert isinstance(lookup, dict)
    keys = ["a", "b", "c", "zz", "a"]
    assert numbers_of(lookup, keys).tolist() == numbers_of(context.actor_number, keys).tolist()
    assert lookup["a"] == 2  # the last of an id given twice


def test_a_big_index_stays_an_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chunks, "SMALL_ACTOR_TABLE", 2)
    context = _context(["a", "b", "c"])
    assert context.actor_lookup is context.actor_number


def test_the_lookup_is_not_sent_to_workers() -> None:
    context = _context(["a", "b"])
    assert isinstance(context.actor_lookup, dict)
    copy = pickle.loads(pickle.dumps(context))
    assert "actor_lookup" not in vars(copy)
    assert copy.actor_lookup == {"a": 0, "b": 1}
