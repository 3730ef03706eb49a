"""The evidence records of events with several sources, computed for all of them at once,
are those of the straightforward definition: each event's backing sources walked one by
one, as :mod:`timelineapp.model.evidence` states the rules."""

from __future__ import annotations

import numpy as np
import pytest

# The loader imports evidence_columns (which imports the loader's rows): the loader first.
from timelineapp.model import loading  # noqa: F401
from timelineapp.model.evidence import (
    EVIDENCE_DTYPE,
    MAX_COUNT,
    DocumentGraph,
    claims_flags,
    independent_count,
)
from timelineapp.model.evidence_columns import _several_sources

INF = float("inf")
# Some texts cover the same instants ("2024" and "2024-01/2024-12", say); some are open.
EXTENTS = {
    "a": (0.0, 10.0),
    "b": (5.0, 20.0),
    "c": (0.0, 10.0),
    "d": (30.0, 40.0),
    "e": (-INF, 6.0),
    "f": (8.0, INF),
    "g": (10.0, 30.0),
}


def _plainly(
    starts: list[int],
    ends: list[int],
    dates: list[str | None],
    extent_of: dict[str, tuple[float, float]],
    document: list[int],
    shift: list[int],
    graph: DocumentGraph,
) -> list[tuple[int, int, int, int]]:
    """(origins, documents, flags, grades) of each event, source by source."""
    found = []
    for start, end in zip(starts, ends, strict=True):
        docs = [document[s] for s in range(start, end) if document[s] >= 0]
        bits = 0
        extents = []
        for s in range(start, end):
            if document[s] >= 0:
                bits |= 1 << shift[s]
                date = dates[s]
                if date is not None:
                    extents.append(extent_of[date])
        found.append(
            (
                min(independent_count(docs, graph), MAX_COUNT),
                min(len(set(docs)), MAX_COUNT),
                claims_flags(extents),
                bits,
            )
        )
    return found


def _graph(random: np.random.Generator, count: int) -> DocumentGraph:
    origins = []
    for i in range(count):
        if i and random.random() < 0.3:  # derived from one or several earlier documents
            picked = random.choice(i, size=int(random.integers(1, min(i, 3) + 1)), replace=False)
            origins.append(frozenset(int(p) for p in picked))
        else:
            origins.append(frozenset((i,)))
    reliability = bytes(int(r) for r in random.integers(0, 7, size=count))
    return DocumentGraph(tuple(origins), reliability, (True,) * count)


@pytest.mark.parametrize("seed", range(8))
def test_several_sources_are_graded_as_one_by_one(seed: int) -> None:
    random = np.random.default_rng(seed)
    graph = _graph(random, int(random.integers(1, 9)))
    events = int(random.integers(1, 60))
    lengths = random.integers(2, 7, size=events)
    gaps = random.integers(0, 3, size=events)  # events with one source in between
    starts = np.cumsum(gaps + np.concatenate(([0], lengths[:-1])))
    total = int(starts[-1] + lengths[-1] + 1)
    document = np.where(
        random.random(total) < 0.2, -1, random.integers(0, len(graph), size=total)
    ).astype(np.int64)
    undated = seed % 4 == 3
    texts = [None, *EXTENTS]
    dates = [None if undated else texts[int(random.integers(0, len(texts)))] for _ in range(total)]
    shift = random.integers(0, 49, size=total).astype(np.int64)
    extent_of = {} if undated else dict(EXTENTS)
    result = np.zeros(events + 5, dtype=EVIDENCE_DTYPE)
    chosen = np.arange(events) + 5  # the records written are those of these events
    _several_sources(
        result, chosen, starts, lengths.astype(np.int64), dates, extent_of, document, shift, graph
    )
    expected = _plainly(
        starts.tolist(),
        (starts + lengths).tolist(),
        dates,
        extent_of,
        document.tolist(),
        shift.tolist(),
        graph,
    )
    records = result[chosen]
    got = list(
        zip(
            records["origins"].tolist(),
            records["documents"].tolist(),
            records["flags"].tolist(),
            records["grades"].tolist(),
            strict=True,
        )
    )
    assert got == expected
    assert result[:5].tolist() == [(0, 0, 0, 0)] * 5  # no other record written
