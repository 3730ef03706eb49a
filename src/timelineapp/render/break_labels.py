"""Where the words of each compressed stretch ("2013 – 2023, no events") go on the lane kept
for clusters: beside their break, never over a "+N" badge or another break's words (QA #57:
a break's box hid a "+4" but its minus sign).

A pure function of pixel spans, so the painter (screen and exports) only measures and draws.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Below this width a box would hold a letter or two of its words: left out (the "≈" cut on
#: the axis still marks the break).
MIN_BOX_PX = 28.0


def place_break_labels(
    breaks: Sequence[tuple[float, float]],
    widths: Sequence[float],
    taken: Sequence[tuple[float, float]],
    width: float,
    margin: float = 2.0,
    gap: float = 3.0,
) -> list[tuple[float, float] | None]:
    """For each break ``(x0, x1)`` and the width its words' box wants: the box as
    ``(left, width)``, or None when no room touches the break.

    The box stays within ``[margin, width - margin]``, clear of every span of ``taken`` (the
    cluster badges) and of the boxes placed before it by ``gap``, as near the break's middle
    as it can be while it still touches the break. When only less room is free there, it is
    narrower (the painter elides the words to it).
    """
    placed: list[tuple[float, float] | None] = []
    boxes: list[tuple[float, float]] = []
    for (x0, x1), wanted in zip(breaks, widths, strict=True):
        blocked = sorted([*taken, *boxes])
        best: tuple[float, float, float] | None = None  # (-width, distance, left)
        for lo, hi in _free(blocked, margin, width - margin, gap):
            if hi < x0 or lo > x1:
                continue  # this free stretch does not touch the break
            room = min(wanted, hi - lo)
            middle = (x0 + x1) / 2
            left = min(max(middle - room / 2, lo), hi - room)
            candidate = (-room, abs(left + room / 2 - middle), left)
            if best is None or candidate < best:
                best = candidate
        if best is None or -best[0] < MIN_BOX_PX:
            placed.append(None)
            continue
        box = (best[2], -best[0])
        boxes.append((box[0], box[0] + box[1]))
        placed.append(box)
    return placed


def _free(
    blocked: Sequence[tuple[float, float]], lo: float, hi: float, gap: float
) -> list[tuple[float, float]]:
    """The stretches of ``[lo, hi]`` at least ``gap`` away from every blocked span (sorted)."""
    free: list[tuple[float, float]] = []
    start = lo
    for b0, b1 in blocked:
        if b0 - gap > start:
            free.append((start, min(b0 - gap, hi)))
        start = max(start, b1 + gap)
        if start >= hi:
            break
    if start < hi:
        free.append((start, hi))
    return [(a, b) for a, b in free if b > a]
