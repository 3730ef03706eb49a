"""Where a multi-page export of a compressed timeline turns the page (QA #56).

On a compressed axis time is not linear: tiling it evenly gave two pages of one 2012 band
and a third holding every 2024 event. Pages are cut instead where the reader expects a
cut: at the breaks first (a page never starts halfway through a stretch of years without
events), then, inside a stretch that gets more than one page, in the widest pause between
events near an even share of them. Each page then shows its own events, fitted whole.

A pure function of the events' instants, tested without Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

__all__ = ["page_bounds", "page_groups"]


def page_groups(
    starts: npt.NDArray[np.int64], cuts: Sequence[float], pages: int
) -> list[tuple[int, int]]:
    """``pages`` runs ``[i0, i1)`` of ``starts`` (the events' instants, sorted), in order,
    none empty; fewer when there are fewer events than pages.

    ``cuts`` are the instants where a page should turn first (the breaks' middles). Events
    at the same instant are never split across pages.
    """
    count = int(starts.size)
    if count == 0:
        return []
    pages = max(1, min(pages, count))
    bounds = sorted({int(np.searchsorted(starts, c)) for c in cuts} - {0, count})
    stretches = list(zip([0, *bounds], [*bounds, count], strict=True))
    if len(stretches) >= pages:
        return _merged(stretches, pages)
    shares = _pages_per_stretch([b - a for a, b in stretches], pages)
    groups: list[tuple[int, int]] = []
    for (a, b), share in zip(stretches, shares, strict=True):
        groups.extend(_split(starts, a, b, share))
    return groups


def _merged(stretches: list[tuple[int, int]], pages: int) -> list[tuple[int, int]]:
    """Consecutive stretches joined into ``pages`` pages, the fullest page as light as it
    can be (a few stretches: every grouping is tried by dynamic programming)."""
    sizes = [b - a for a, b in stretches]
    n = len(sizes)
    prefix = np.concatenate(([0], np.cumsum(sizes)))
    inf = float("inf")
    # best[p][k]: the lightest fullest page putting the first k stretches on p pages.
    best = [[inf] * (n + 1) for _ in range(pages + 1)]
    split = [[0] * (n + 1) for _ in range(pages + 1)]
    best[0][0] = 0.0
    for p in range(1, pages + 1):
        for k in range(p, n + 1):
            for j in range(p - 1, k):
                cost = max(best[p - 1][j], float(prefix[k] - prefix[j]))
                if cost < best[p][k]:
                    best[p][k], split[p][k] = cost, j
    ends: list[int] = []
    k = n
    for p in range(pages, 0, -1):
        ends.append(k)
        k = split[p][k]
    ends.reverse()
    firsts = [0, *ends[:-1]]
    return [(stretches[a][0], stretches[b - 1][1]) for a, b in zip(firsts, ends, strict=True)]


def _pages_per_stretch(sizes: list[int], pages: int) -> list[int]:
    """One page per stretch, the others to the stretches with the most events per page
    (highest averages), never more pages than a stretch has events."""
    shares = [1] * len(sizes)
    for _ in range(pages - len(sizes)):
        room = [k for k, size in enumerate(sizes) if shares[k] < size]
        if not room:
            break
        fullest = max(room, key=lambda k: sizes[k] / shares[k])
        shares[fullest] += 1
    return shares


def _split(starts: npt.NDArray[np.int64], a: int, b: int, pages: int) -> list[tuple[int, int]]:
    """``[a, b)`` in ``pages`` runs, each turned in the widest pause near an even share."""
    if pages <= 1:
        return [(a, b)]
    cuts: list[int] = []
    size = b - a
    for j in range(1, pages):
        ideal = a + round(size * j / pages)
        lowest = max(cuts[-1] + 1 if cuts else a + 1, ideal - size // (2 * pages))
        highest = min(b - (pages - j), ideal + size // (2 * pages))
        if lowest > highest:
            lowest = highest = min(max(ideal, lowest), highest)
        candidates = np.arange(lowest, highest + 1)
        pauses = starts[candidates] - starts[candidates - 1]
        # The widest pause; between equals the one nearest the even share.
        order = np.lexsort((np.abs(candidates - ideal), -pauses))
        chosen = int(candidates[order[0]])
        if pauses[order[0]] == 0:
            continue  # only events sharing an instant here: no page turns between them
        cuts.append(chosen)
    return list(zip([a, *cuts], [*cuts, b], strict=True))


def page_bounds(first: float, last: float, cuts: Sequence[float]) -> tuple[float, float]:
    """How far a page showing events from ``first`` to ``last`` may reach: from the cut
    before its first event to the cut after its last (infinite where there is none).

    A page is fitted to its own events with room for their labels; that room must not run
    past a break into the next page's time, whose events it would draw, cut at its edge,
    and the next page would draw again (QA #141)."""
    before = [c for c in cuts if c <= first]
    after = [c for c in cuts if c >= last]
    return (max(before) if before else float("-inf"), min(after) if after else float("inf"))
