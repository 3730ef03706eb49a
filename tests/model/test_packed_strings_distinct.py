"""PackedStrings.all_distinct: the quick duplicate-id test, taken in steps (so the window can
answer while the loader runs it), still sees a duplicate wherever it is."""

from __future__ import annotations

import numpy as np
import pytest

from timelineapp.model import packed_strings
from timelineapp.model.packed_strings import PackedStrings


def test_distinct_strings_are_distinct_across_many_steps() -> None:
    count = 3 * packed_strings._STEP + 5
    assert PackedStrings.pack([f"e{k}" for k in range(count)]).all_distinct()


def test_a_duplicate_in_another_step_is_found() -> None:
    count = 3 * packed_strings._STEP + 5
    ids = [f"e{k}" for k in range(count)]
    ids[-1] = ids[7]  # the first step's id again in the last step
    assert not PackedStrings.pack(ids).all_distinct()


def test_empty_and_single_lists_are_distinct() -> None:
    assert PackedStrings.pack([]).all_distinct()
    assert PackedStrings.pack(["é"]).all_distinct()


def test_equal_strings_hash_equal_wherever_they_are() -> None:
    # Empty strings, a string before an empty last one, non-ASCII bytes, steps apart.
    ids = ["", "ab", "é", "", "ab", "x" * 40, "é", "ab", ""]
    packed = PackedStrings.pack(ids)
    hashes = packed_strings._hashes(packed.buffer, packed.offsets)
    by_string: dict[str, set[int]] = {}
    for text, value in zip(ids, hashes.tolist(), strict=True):
        by_string.setdefault(text, set()).add(value)
    assert all(len(values) == 1 for values in by_string.values())
    assert len({min(values) for values in by_string.values()}) == len(by_string)


def test_duplicates_are_found_with_empty_strings_and_in_the_last_place() -> None:
    assert not PackedStrings.pack(["a", "", "b", ""]).all_distinct()
    assert not PackedStrings.pack(["ab", "c", "ab"]).all_distinct()
    assert PackedStrings.pack(["ab", "ba", "", "a", "b"]).all_distinct()


def test_equal_hashes_are_settled_by_the_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    def colliding(_buffer: object, offsets: np.ndarray) -> np.ndarray:
        return np.zeros(offsets.size - 1, np.uint64)  # every string collides

    monkeypatch.setattr(packed_strings, "_hashes", colliding)
    assert PackedStrings.pack(["a", "b", "c"]).all_distinct()
    assert not PackedStrings.pack(["a", "b", "a"]).all_distinct()
