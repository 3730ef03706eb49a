"""PackedStrings.all_distinct: the quick duplicate-id test, taken in steps (so the window can
answer while the loader runs it), still sees a duplicate wherever it is."""

from __future__ import annotations

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
