"""Where each tick label of one axis row is drawn, or that it is left out: never cut at the
view's edges, never over its neighbour, never over a compression break's "≈" cut (QA #130:
"1900" and "1980" either side of a break read "190980").

A pure function of pixel positions and measured widths, so the painter (screen and exports)
only measures and draws, and tests check the places without painting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: A label starts this far right of its tick line.
LABEL_OFFSET = 3.0
#: Free pixels between two labels of a row, and between a label and a break's cut.
LABEL_GAP = 4.0
#: Half the width of the "≈" cut the painter draws at each end of a break.
BREAK_MARK_HALF = 5.0
#: A label that would touch a break's cut on its left may move right by this much to clear
#: it ("≈ 1980" rather than no 1980); further would part it from its tick: left out.
MAX_NUDGE = 8.0


def break_mark_spans(breaks: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The pixels each break ``(x0, x1)`` takes on the axis: its two cuts and the band
    between (no tick lies inside a break)."""
    return [(x0 - BREAK_MARK_HALF, max(x0 + 4, x1) + BREAK_MARK_HALF) for x0, x1 in sorted(breaks)]


def place_row(
    xs: Sequence[float],
    widths: Sequence[float],
    blocked: Sequence[tuple[float, float]],
    width: float,
    keep_first: bool,
) -> list[float | None]:
    """For each tick at ``xs`` (ascending) whose label is ``widths`` wide: the label's left
    edge, or None when it is left out.

    A label that would start before the view's left edge is left out (the next one gives the
    period), except the first when ``keep_first`` (the sticky context label, pinned at the
    edge). One that would run past the right edge moves left as far as its neighbour allows.
    A label that would touch the label drawn before it or a span of ``blocked`` (the breaks'
    cuts, :func:`break_mark_spans`) is left out; the break's own words say the span it skips.
    """
    places: list[float | None] = []
    previous_end = -math.inf
    for k, (tick_x, text_w) in enumerate(zip(xs, widths, strict=True)):
        x = tick_x + LABEL_OFFSET
        if x < 0:
            if not keep_first or k:
                places.append(None)
                continue
            x = 2.0
        clear = _clear_of(min(x, width - 2 - text_w), text_w, blocked)
        if clear is None or clear < previous_end + LABEL_GAP or clear + text_w > width - 2:
            places.append(None)
            continue
        places.append(clear)
        previous_end = clear + text_w
    return places


def _clear_of(x: float, text_w: float, blocked: Sequence[tuple[float, float]]) -> float | None:
    """``x``, or a little right of it, where ``[x, x + text_w]`` touches no blocked span."""
    start = x
    for lo, hi in blocked:
        if start < hi + LABEL_GAP and lo - LABEL_GAP < start + text_w:
            start = hi + LABEL_GAP
    if start - x > MAX_NUDGE:
        return None
    if any(start < hi + LABEL_GAP and lo - LABEL_GAP < start + text_w for lo, hi in blocked):
        return None
    return start
