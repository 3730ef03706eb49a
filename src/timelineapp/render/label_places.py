"""Where a label goes when the room beside its mark runs out (QA #114): over its own bar,
held at the view's left edge while its mark lies left of the view, or cut at the right edge.

Runs after lanes are packed and labels flipped at the right edge (:mod:`.lanes`): a label
only ever moves within the stretch its lane already keeps for the mark and its label, so
nothing it moves to can overlap another mark.
"""

from __future__ import annotations

from enum import IntEnum

from msgspec.structs import replace

from .scene_items import LabelMeasure, Scene, label_width, mark_body, mark_span

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
    - A label the edge leaves no more than a stub goes left of its mark, cut to the free
      stretch there (in its lane, or another lane free over it, where the mark moves with
      it) when that holds more (QA #103: a ◆ at the edge with no name).
    - Otherwise it stays beside its mark, cut at the edge (the painter's ellipsis).
    """
    width = scene.width
    marks = scene.marks
    widths = [label_width(measure, m.flags, m.review, m.label) for m in marks]
    for k, mark in enumerate(marks):
        text_w = widths[k]
        x = mark.label_x
        if x >= 0 and x + text_w <= width - EDGE_ROOM:
            continue  # whole beside its mark
        if x < 0:
            start = EDGE_ROOM + STUCK_ARROW
            room = min(start + text_w, _next_in_lane(scene, widths, k)) - start
            marks[k] = replace(
                mark,
                label_x=start,
                label_room=room if room > LABEL_ROOM_MIN else 0.0,
                label_place=LabelPlace.STUCK,
            )
            continue
        beside = width - EDGE_ROOM - x
        if not mark.point:
            start = max(mark.x0, 0.0) + INSIDE_PAD
            inside = min(mark.x1, width) - INSIDE_PAD - start
            if inside >= text_w or (inside > LABEL_ROOM_MIN and inside > beside):
                marks[k] = replace(
                    mark, label_x=start, label_room=inside, label_place=LabelPlace.INSIDE
                )
                continue
        if beside <= LABEL_ROOM_MIN:
            _cut_left(scene, widths, k, beside, measure(ELLIPSIS))


def _next_in_lane(scene: Scene, widths: list[float], k: int) -> float:
    """How far right a label held at the left edge may run: to the first other mark (or
    label) of its lane that starts in view, less the lanes' gap, or the view's edge."""
    mark = scene.marks[k]
    g = scene.geometry
    lefts = [
        mark_span(other, widths[j], g)[0]
        for j, other in enumerate(scene.marks)
        if j != k and other.lane == mark.lane
    ]
    ahead = [left - g.min_gap for left in lefts if left >= 0]
    return min([scene.width - EDGE_ROOM, *ahead])


def _cut_left(scene: Scene, widths: list[float], k: int, beside: float, ellipsis: float) -> None:
    """Move mark ``k``'s label left of its mark, cut to the widest free stretch there, when
    that shows words (more than ``LABEL_ROOM_MIN``) or at least the "…" the edge cannot."""
    mark = scene.marks[k]
    g = scene.geometry
    left, right = mark_body(mark, g)
    end = left - g.label_gap
    best: tuple[float, int, float] | None = None  # (room, lane, start)
    for lane in [mark.lane, *(n for n in range(scene.lanes) if n != mark.lane)]:
        spans = [
            mark_span(other, widths[j], g)
            for j, other in enumerate(scene.marks)
            if j != k and other.lane == lane
        ]
        if any(a < right + g.min_gap and b > left for a, b in spans):
            continue  # another mark is where this one would go
        start = max([0.0, *(b + g.min_gap for a, b in spans if b <= left)])
        room = end - start
        if best is None or room > best[0]:
            best = (room, lane, start)
    if best is None:
        return
    room, lane, start = best
    if room > max(LABEL_ROOM_MIN, beside):
        scene.marks[k] = replace(mark, lane=lane, label_x=start, label_room=room)
    elif beside < ellipsis <= room:  # the "…" alone, against its mark
        scene.marks[k] = replace(mark, lane=lane, label_x=end - ellipsis, label_room=ellipsis)
