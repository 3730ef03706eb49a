"""What a mark's body is drawn as (a marker, an interval, a "sometime in here" band): one rule
for the painter and for the legend that explains the marks drawn (QA #89)."""

from __future__ import annotations

from enum import Enum

from ..model.time_index import MarkFlag
from .scene_items import Mark

_INTERVAL = int(MarkFlag.INTERVAL)


class MarkBody(Enum):
    """The plain bodies (date forms with pieces draw their own, see .date_marks)."""

    POINT = "point"  # a marker: the date is narrower than the marker at this zoom
    SPAN_POINT = "span_point"  # a hatched marker: longer than a day, still narrower than it
    INTERVAL = "interval"  # the possible extent hatched, solid where certain
    IMPRECISE = "imprecise"  # one moment somewhere in the band: hatched, never solid


def body_kind(mark: Mark) -> MarkBody:
    """How ``mark``'s body is drawn.

    A single date wider than a marker (a month, a "one day in this week", or a day at an
    hour's zoom, QA #75) is one moment somewhere in its extent, so it is hatched like any
    imprecise date: a marker in the middle would claim a time of day the source never gave.
    """
    if mark.point:
        # A month at a year's zoom is narrower than the marker, but not a day (QA #103).
        return MarkBody.SPAN_POINT if mark.coarse else MarkBody.POINT
    if mark.flags & _INTERVAL:
        return MarkBody.INTERVAL
    return MarkBody.IMPRECISE
