"""Where the evidence marks of a scene go, computed without painting (no Qt).

For each drawn mark: how many independent origins back it (small bars), whether its
sources' own dates conflict (a distinct mark), its best grade, each source's own date as a
faint ghost joined to the mark (conflicting or narrowed events), the span supported by all,
and, on demand, a line to each source document's publication on the axis (reporting lag).
:mod:`.evidence_marks` paints them; the widget and exports alike, from the same scene.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import msgspec
import numpy as np

from ..model.evidence import GRADE_SIDE, UNKNOWN, EvidenceFlag, grade_bit, grade_text

if TYPE_CHECKING:
    from ..model.timeline import Timeline
    from .scene_items import Scene, SceneInputs

Extent = tuple[float, float]
# Ghosts and lag lines need each event's sources (a model built from the file's bytes):
# only views this sparse get them; denser views keep counts, conflict marks and grades.
GHOST_LIMIT = 300
# Grades are text: a crowded view keeps its bars and conflict marks, and leaves the grades
# to its tooltips and panes (thousands of extra texts would cost the frame).
GRADE_TEXT_LIMIT = 800
_FAR = 60.0  # pixels beyond the view an open or off-screen end is drawn to
_SHOWN_PX = 1.0  # a mark's body must reach this far into the view for its evidence marks
_UNGRADED_BIT = 1 << grade_bit(UNKNOWN, UNKNOWN)
_GRADE_TEXTS = [grade_text(*divmod(bit, GRADE_SIDE)) for bit in range(GRADE_SIDE * GRADE_SIDE)]
_CONFLICT = int(EvidenceFlag.CONFLICT)
_NEEDS_CLAIMS = int(EvidenceFlag.CONFLICT | EvidenceFlag.NARROWED)


class EvidenceInputs(msgspec.Struct, frozen=True):
    """Per-file access to what the columns do not hold: sources' dates and publications."""

    claims: Callable[[int], Sequence[Extent]]  # each dated source's extent (open ends inf)
    publications: Callable[[int], Sequence[Extent]]  # each cited document's publication
    show_lag: bool = False


class EvidenceDecor(msgspec.Struct):  # not frozen: built for every mark of every frame, so cheaply
    """The evidence marks of one drawn event."""

    event: int
    x: float  # the left edge of the mark's body (a marker's, or a band's start in view)
    lane: int
    origins: int
    conflict: bool
    grade: str | None  # the best grade of its sources ("??": none graded); None: no source
    ghosts: tuple[Extent, ...] = ()  # x extents of each source's own date
    common: Extent | None = None  # x extent supported by all dated sources
    lags: tuple[float, ...] = ()  # x of each cited document's publication


def evidence_inputs(timeline: Timeline, show_lag: bool = False) -> EvidenceInputs:
    """Sources' dates and publications of a timeline's events, built on demand."""
    from ..model.evidence import date_extent

    def claims(event: int) -> Sequence[Extent]:
        found = (date_extent(s.date) for s in timeline.event(event).sources)
        return [e for e in found if e is not None]

    def publications(event: int) -> Sequence[Extent]:
        documents = timeline.document_by_id
        cited = dict.fromkeys(s.document for s in timeline.event(event).sources)
        found = (date_extent(documents[d].published) for d in cited if d in documents)
        return [e for e in found if e is not None]

    return EvidenceInputs(claims, publications, show_lag)


def _clamp(x: float, width: float) -> float:
    return float(min(max(x, -_FAR), width + _FAR))


def evidence_decor(scene: Scene, inputs: SceneInputs) -> list[EvidenceDecor]:
    """The evidence marks of every mark of ``scene`` whose body is drawn.

    A mark just off the view keeps its place in the scene (its label may be held at the
    view's edge), but its bars and grade would stand alone there: a "B2" next to nothing.
    """
    from .scene_items import mark_body  # scene_items imports this module

    if not scene.marks:
        return []
    records = inputs.index.evidence
    if records.shape[0] != inputs.index.count:
        return []  # an index built without evidence columns: nothing is known
    tm, width = scene.timemap, scene.width
    to_view = inputs.to_view  # compressed views pack instants

    def to_x(t: float) -> float:
        return _clamp(tm.to_x(t if to_view is None else float(to_view([t])[0])), width)

    marker = scene.geometry.marker
    extra = inputs.evidence if len(scene.marks) <= GHOST_LIMIT else None
    # Columns of the marks in view, read once as Python lists: per-mark numpy scalar access
    # cost 23 ms a frame at 2,500 marks.
    shown = records[np.fromiter((m.event for m in scene.marks), np.int64, len(scene.marks))]
    bits = shown["grades"]
    # Grades are written only where some source in view is graded: a file without grading
    # would otherwise carry "??" over every mark. Unknown still shows as "??" beside known.
    graded = len(scene.marks) <= GRADE_TEXT_LIMIT and bool(
        np.any(bits & np.uint64(~_UNGRADED_BIT & ((1 << 49) - 1)))
    )
    lowest = bits & (~bits + np.uint64(1))  # the best grade's bit (lowest set bit)
    best_codes = np.where(bits > 0, np.log2(np.maximum(lowest, 1).astype(np.float64)), -1)
    best_list = best_codes.astype(np.int64).tolist()
    origins_list = shown["origins"].tolist()
    flags_list = shown["flags"].tolist()
    found = []
    for mark, origins, flags, best in zip(
        scene.marks, origins_list, flags_list, best_list, strict=True
    ):
        left, right = mark_body(mark, scene.geometry)
        if right < _SHOWN_PX or left > width - _SHOWN_PX:
            continue
        x = (mark.x0 + mark.x1 - marker) / 2 if mark.point else max(mark.x0, 2.0)
        ghosts: tuple[Extent, ...] = ()
        common: Extent | None = None
        lags: tuple[float, ...] = ()
        if extra is not None and flags & _NEEDS_CLAIMS:
            extents = extra.claims(mark.event)
            ghosts = tuple((to_x(t0), to_x(t1)) for t0, t1 in extents)
            if flags & EvidenceFlag.NARROWED and extents:
                low = max(e[0] for e in extents)
                high = min(e[1] for e in extents)
                if np.isfinite(low) or np.isfinite(high):
                    common = (to_x(low), to_x(high))
        if extra is not None and extra.show_lag:
            lags = tuple(to_x((t0 + t1) / 2) for t0, t1 in extra.publications(mark.event))
        found.append(
            EvidenceDecor(
                event=mark.event,
                x=x,
                lane=mark.lane,
                origins=origins,
                conflict=bool(flags & _CONFLICT),
                grade=_GRADE_TEXTS[best] if best >= 0 and graded else None,
                ghosts=ghosts,
                common=common,
                lags=lags,
            )
        )
    return found
