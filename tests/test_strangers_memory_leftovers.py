"""Session 9's memory changes keep every answer: the duplicate-key pre-check, the packer.

The pre-check (``header_may_repeat_keys``) decides whether the positional scanner must read
a whole header: it may say True for nothing (the scanner then finds nothing), never False
for a header that repeats a key or that the C parser cannot read. The packer must give the
strings it was given, whatever their batches and characters.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timelineapp.model import json_duplicate_keys
from timelineapp.model.id_index import StringPacker
from timelineapp.model.json_duplicate_keys import header_may_repeat_keys
from timelineapp.model.loading import positions

from .model.event_files import minimal


def _header(actors: int = 40) -> str:
    data = minimal()
    data["actors"] = [{"id": f"a{i}", "name": f"Acteur {i} – ’"} for i in range(actors)]
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("batch", [8, 64, 1 << 18])
def test_the_pre_check_finds_what_the_whole_text_check_finds(
    batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_duplicate_keys, "_BATCH_BYTES", batch)
    clean = _header()
    in_actor = clean.replace('"name": "Acteur 27', '"id": "b", "name": "Acteur 27', 1)
    in_actor = in_actor.replace('"id": "a27", "id": "b"', '"id": "a27", "id": "a27"', 1)
    in_document = clean.replace('"title": ', '"title": "x", "title": ', 1)
    top = clean.replace('"version": ', '"version": 1, "version": ', 1)
    for text, repeats in ((clean, False), (in_actor, True), (in_document, True), (top, True)):
        assert positions._has_duplicate_keys(text) is repeats, text[:80]
        assert header_may_repeat_keys(text.encode()) is repeats, text[:80]


@pytest.mark.parametrize(
    "raw", [b"", b"{", b'{"actors": [{"id": "a"}, ', b"\xff\xfe{}", b'{"a": 1, "a": 2'], ids=repr
)
def test_what_the_parser_cannot_read_goes_to_the_scanner(raw: bytes) -> None:
    assert header_may_repeat_keys(raw)


def test_a_repeated_key_is_still_found_by_the_scanner() -> None:
    text = _header().replace('"name": "Acteur 3 ', '"name": "X", "name": "Acteur 3 ', 1)
    issues = positions.duplicate_key_issues(text.encode(), "x.timeline.json")
    assert [(i.json_path, i.code) for i in issues] == [("actors[3].name", "duplicate_key")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.text(max_size=6), max_size=7), max_size=6))
def test_the_packer_gives_back_what_it_was_given(batches: list[list[str]]) -> None:
    packer = StringPacker()
    for batch in batches:
        packer.add(batch)
    packed = packer.finish()
    assert list(packed) == [s for batch in batches for s in batch]
    assert packed.offsets.dtype == np.int32  # under 2 GB: 32-bit offsets
    assert list(packer.finish()) == []  # emptied
