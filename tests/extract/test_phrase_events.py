"""The events a date-phrase check reads: those with a passage row without a quote, each
once, in file order (the straightforward definition against the one the check uses)."""

from __future__ import annotations

import numpy as np
import pytest

from timelineapp.extract.phrase_check import events_with_phrases


def _plainly(rows: np.ndarray) -> list[int]:
    return sorted({int(row[3]) for row in rows if row[5] == -1})


@pytest.mark.parametrize("seed", range(6))
def test_events_with_phrases_are_the_plain_definition(seed: int) -> None:
    random = np.random.default_rng(seed)
    count = int(random.integers(0, 400))
    rows = np.zeros((count, 6), dtype=np.int64)
    rows[:, 3] = random.integers(0, 1 + count // 3, size=count)  # events repeat
    rows[:, 5] = np.where(random.random(count) < 0.5, -1, random.integers(0, 9, size=count))
    found = events_with_phrases(rows)
    assert found == _plainly(rows)
    assert all(type(event) is int for event in found)


def test_no_row_and_one_row() -> None:
    assert events_with_phrases(np.zeros((0, 6), dtype=np.int64)) == []
    assert events_with_phrases(np.array([[0, 1, 2, 7, 0, -1]], dtype=np.int64)) == [7]
    assert events_with_phrases(np.array([[0, 1, 2, 7, 0, 3]], dtype=np.int64)) == []
