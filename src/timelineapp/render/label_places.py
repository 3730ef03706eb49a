"""Where a label goes when the room beside its mark runs out (QA #114): over its own bar,
held at the view's left edge while its mark lies left of the view, or cut at the right edge.

Runs after lanes are packed and labels flipped at the right edge (:mod:`.lanes`): a label
only ever moves within the stretch its lane already keeps for the mark and its label, so
nothing it moves to can overlap another mark.
"""

from __future__ import annotations

from enum import IntEnum

from msgspec.structs import replace

from .scene_items import LabelMeasure, Mark, Scene, label_width, mark_body, mark_span

#: Pixels: below this, what fits of a title is a letter or two (the painter then writes "…").
LABEL_ROOM_MIN = 40.0
#: Pixels the painter keeps free between a label and the view's right edge.
EDGE_ROOM = 4.0
#: Pixels between a bar's visible ends and a label drawn over it.
INSIDE_PAD = 4.0
#: What a label cut short ends with; alone, what a mark without room for its label shows.
ELLIPSIS = "…"
#: Pixels before a label held at the left edge: a small "◂" saying its mark is that way.
STUCK_ARROW = 8.0


class LabelPlace(IntEnum):
    """Where a mark's label is drawn (``Mark.label_place``)."""

    BESIDE = 0  # right of its mark, or left of it at the right edge (.lanes)
    INSIDE = 1  # over its own bar, from the bar's visible start
    STUCK = 2  # at the view's left edge: its mark is left of the view, its label reaches in


def place_labels(scene: Scene, measure: LabelMeasure) -> None:
    """Give each label that cannot be drawn whole beside its mark the best place left.

    - A label whose start is left of the view (its mark is there) is held at the view's
      left edge, after a "◂", and runs up to the next mark of its lane: its first words
      are read, not its last; nothing when that leaves a letter or two.
    - A label running off the right edge goes over its own bar when the bar's visible part
      holds more of it than the edge leaves (all of it, or at least ``LABEL_ROOM_MIN``);
      a bar that starts left of the view carries it from the view's left edge.
    - Otherwise a label cut at the right edge goes left of its mark, cut to the free
      stretch there (in its lane, or another lane free over it, where the mark moves with
      it), when that holds more of it than the edge leaves (QA #103: a ◆ at the edge with
      no name; QA session 10: "Dénonciati…" at the edge of a compressed view with 330 px
      free left of its mark).
    - Otherwise it stays beside its mark, cut at the edge (the painter's ellipsis).
    """
    width = scene.width
    marks = scene.marks
    g = scene.geometry
    widths = [label_width(measure, m.flags, m.review, m.label) for m in marks]
    # Per lane, what each mark and its label cover, kept up to date as labels move.
    occupied: Occupied = {}
    for k, mark in enumerate(marks):
        occupied.setdefault(mark.lane, {})[k] = mark_span(mark, widths[k], g)
    for k, mark in enumerate(marks):
        text_w = widths[k]
        x = mark.label_x
        if x >= 0 and x + text_w <= width - EDGE_ROOM:
            continue  # whole beside its mark
        if x < 0:
            start = EDGE_ROOM + STUCK_ARROW
            ahead = [
                a - g.min_gap for j, (a, _) in occupied[mark.lane].items() if j != k and a >= 0
            ]
            room = min([start + text_w, width - EDGE_ROOM, *ahead]) - start
            moved = replace(
                mark,
                label_x=start,
                label_room=room if room > LABEL_ROOM_MIN else 0.0,
                label_place=LabelPlace.STUCK,
            )
        elif not mark.point and _holds_more(mark, text_w, width):
            start = max(mark.x0, 0.0) + INSIDE_PAD
            inside = min(mark.x1, width) - INSIDE_PAD - start
            moved = replace(mark, label_x=start, label_room=inside, label_place=LabelPlace.INSIDE)
        else:
            moved = _cut_left(mark, k, occupied, scene, (text_w, measure(ELLIPSIS))) or mark
            if moved is mark:
                continue
        marks[k] = moved
        occupied[mark.lane].pop(k)
        occupied.setdefault(moved.lane, {})[k] = mark_span(moved, widths[k], g)


Occupied = dict[int, dict[int, tuple[float, float]]]


def _holds_more(mark: Mark, text_w: float, width: float) -> bool:
    """Whether a bar's visible part holds its label whole, or more of it than the right
    edge leaves beside it (and more than a stub)."""
    beside = width - EDGE_ROOM - mark.label_x
    inside = min(mark.x1, width) - max(mark.x0, 0.0) - 2 * INSIDE_PAD
    return inside >= text_w or (inside > LABEL_ROOM_MIN and inside > beside)


def _cut_left(
    mark: Mark, k: int, occupied: Occupied, scene: Scene, widths: tuple[float, float]
) -> Mark | None:
    """Mark ``k`` with its label left of it, against it, cut to the widest free stretch
    there, when that shows words (more than ``LABEL_ROOM_MIN``) or at least the "…" the
    edge cannot; None when neither. ``widths``: the label's and the "…"'s."""
    text_w, ellipsis = widths
    g = scene.geometry
    beside = scene.width - EDGE_ROOM - mark.label_x
    left, right = mark_body(mark, g)
    end = left - g.label_gap
    best: tuple[float, int, float] | None = None  # (room, lane, start)
    for lane in [mark.lane, *(n for n in range(scene.lanes) if n != mark.lane)]:
        spans = [span for j, span in occupied.get(lane, {}).items() if j != k]
        if any(a < right + g.min_gap and b > left for a, b in spans):
            continue  # another mark is where this one would go
        # Never against the view's left edge: the margin every label keeps from an edge.
        start = max([EDGE_ROOM, *(b + g.min_gap for a, b in spans if b <= left)])
        if best is None or end - start > best[0]:
            best = (end - start, lane, start)
    if best is None:
        return None
    room, lane, start = best
    if room > max(LABEL_ROOM_MIN, beside):
        # Against its mark, as a label flipped whole is: at the stretch's start, a label
        # that fits ended hundreds of pixels from its mark (QA #140).
        x = max(start, end - text_w)
        return replace(mark, lane=lane, label_x=x, label_room=end - x)
    if beside < ellipsis <= room:  # the "…" alone, against its mark
        return replace(mark, lane=lane, label_x=end - ellipsis, label_room=ellipsis)
    return None
