"""What a scene holds: its geometry, marks, clusters, document marks and axis breaks, the
inputs it is built from, and a mark's label as drawn (text and width).

Plain data without Qt: :mod:`.scene` builds it, :mod:`.painter` paints it, hit tests and
the legend read it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from enum import IntEnum

import msgspec
import numpy as np
import numpy.typing as npt

from ..model.dates import EdtfDate
from ..model.format_rules import ReviewState
from ..model.time_index import REVIEW_CODES, MarkFlag, TimeIndex
from .date_marks import QUALIFIER_MARKS, DateFormMark, FormInstants
from .evidence_layout import EvidenceDecor, EvidenceInputs
from .ticks import AxisTicks
from .timemap import TimeMap


class Geometry(msgspec.Struct, frozen=True):
    """Vertical layout of a view, in pixels."""

    top: float = 8.0  # above the first lane (title and legend are drawn over it)
    lane_height: float = 24.0
    axis_height: float = 46.0
    marker: float = 11.0  # size of a point marker
    label_gap: float = 6.0  # between a mark and its label
    min_gap: float = 10.0  # between one label's end and the next mark in a lane
    open_tail: float = 28.0  # the fading tail drawn on an open side


class Mark(msgspec.Struct, frozen=True):
    """One event as drawn."""

    event: int
    x0: float  # possible extent
    x1: float
    core0: float  # the part that is certain (between the end of the start and start of end)
    core1: float
    point: bool  # drawn as a marker rather than a band
    lane: int
    label: str
    label_x: float
    flags: int
    status: int
    review: int
    color: int
    faded: bool  # filtered out but shown faded
    flagged: bool = False  # a quote or date phrase no longer matches its document
    # Why it is flagged (a FlagReason), for the legend's words (QA #145).
    flag_reason: int = 0
    form: int = 0  # the date's EDTF forms (model.dates.DateForm bits), 0 for plain dates
    # A point whose date is longer than a day (a month at a year's zoom): drawn hatched, as
    # its band would be, never as the solid "event on a day" marker (QA #103).
    coarse: bool = False
    # Where the label is drawn (.label_places.LabelPlace) and the most pixels it may take
    # from ``label_x`` (cut with an ellipsis beyond); inf: up to the view's right edge.
    label_place: int = 0
    label_room: float = math.inf


class Cluster(msgspec.Struct, frozen=True):
    """Events that did not fit in the lanes, counted, never silently hidden."""

    x0: float
    x1: float
    t0: float
    t1: float
    count: int
    events: tuple[int, ...]


class DocumentMark(msgspec.Struct, frozen=True):
    x: float
    x1: float  # publication dates can be imprecise too (a month)
    document: int
    label: str


class AxisBreak(msgspec.Struct, frozen=True):
    """A stretch without events drawn compressed (see :mod:`.compress`): its pixels, the
    real span it stands for and the words written in it."""

    x0: float
    x1: float
    t0: float
    t1: float
    label: str


class Scene(msgspec.Struct):
    timemap: TimeMap
    width: float
    height: float
    geometry: Geometry
    ticks: AxisTicks
    lanes: int
    marks: list[Mark] = msgspec.field(default_factory=list)
    clusters: list[Cluster] = msgspec.field(default_factory=list)
    density: npt.NDArray[np.int64] | None = None  # per-pixel-column counts in dense mode
    documents: list[DocumentMark] = msgspec.field(default_factory=list)
    visible_count: int = 0
    covering: int = 0  # events spanning the whole view, counted in one band (0: none)
    breaks: list[AxisBreak] = msgspec.field(default_factory=list)  # compressed stretches (if any)
    # --- mark layers: what some marks show besides their body, keyed by event. Each layer
    # is laid out by its own module (one call in scene.build_scene) and painted by it (one
    # call in mark_paint.paint_mark); the legend reads the marks' bits.
    date_forms: dict[int, DateFormMark] = msgspec.field(default_factory=dict)  # .date_marks
    evidence: list[EvidenceDecor] = msgspec.field(
        default_factory=list
    )  # .evidence_layout, per mark

    @property
    def dense(self) -> bool:
        return self.density is not None

    @property
    def axis_top(self) -> float:
        return self.height - self.geometry.axis_height

    def lane_y(self, lane: int) -> float:
        """Top of a lane."""
        return self.geometry.top + lane * self.geometry.lane_height

    @property
    def cluster_y(self) -> float:
        return self.lane_y(self.lanes + (1 if self.covering else 0))

    @property
    def covering_y(self) -> float:
        """Top of the band counting the events that span the whole view."""
        return self.lane_y(self.lanes)

    def covering_cluster(self) -> Cluster:
        """The covering band as a cluster whose expansion zooms out (to see those events)."""
        tm = self.timemap
        return Cluster(
            0.0, self.width, tm.start - tm.span * 2, tm.end + tm.span * 2, self.covering, ()
        )


class FlagReason(IntEnum):
    """Why a mark carries the provenance badge: what the legend says of it (QA #145)."""

    QUOTE = 0  # a quote no longer matches its document (also when its date phrase does not)
    DATE_PHRASE = 1  # only date phrases no longer match
    UNREADABLE = 2  # nothing is known to differ: a document it cites cannot be read


class SceneInputs(msgspec.Struct, frozen=True, eq=False):
    """Everything a scene depends on besides the view window; kept by the caller.

    Compared by identity (numpy columns have no single truth value)."""

    index: TimeIndex
    titles: Sequence[str]
    colors: npt.NDArray[np.int32]  # palette index per event, -1 for none
    mask: npt.NDArray[np.bool_]  # events passing the filter
    cumulative: npt.NDArray[np.int64]  # index.cumulative_mask(mask)
    show_faded: bool = False
    documents: Sequence[tuple[int, float, float, str]] = ()  # (doc index, t0, t1, label)
    # Per event, whether its provenance is broken (model.provenance); None: nothing flagged.
    flagged: npt.NDArray[np.bool_] | None = None
    # Per event, why it is flagged (FlagReason), where ``flagged`` says it is; None: all QUOTE.
    flag_reasons: npt.NDArray[np.int8] | None = None
    # The parsed date of an event (for the few visible ones with a special EDTF form).
    date_of: Callable[[int], EdtfDate | None] | None = None
    # Real instants to the view's time (compressed views pack them); None: the same.
    to_view: Callable[[npt.ArrayLike], npt.NDArray[np.int64]] | None = None
    # What each special date form shows, in instants: filled as events come into view,
    # kept per file (shared by the inputs of every filter and by packed inputs).
    form_cache: dict[int, FormInstants | None] = msgspec.field(default_factory=dict)
    evidence: EvidenceInputs | None = None  # sources' dates, publications (.evidence_layout)


LabelMeasure = Callable[[str], float]

_APPROXIMATE = int(MarkFlag.APPROXIMATE)
_UNCERTAIN = int(MarkFlag.UNCERTAIN)
_DISPUTED = REVIEW_CODES[ReviewState.DISPUTED]
_UNREVIEWED = REVIEW_CODES[ReviewState.UNREVIEWED]


def label_text(mark_flags: int, title: str) -> str:
    """The label as drawn: a leading "~" for an approximate date, "(?)" for an uncertain one.

    Both go before the title: they qualify the date, not the words. A trailing "?" read as
    the title's own question mark, in French above all ("… sur 946 ?"); "(?)", the editor's
    mark of doubt in both languages, cannot be taken for the end of a question (issue 15;
    the marks are defined once, in :data:`.date_marks.QUALIFIER_MARKS`).

    A label is one line: line breaks and tabs in a title read as single spaces (QA #113:
    "Line one\nLine two" was drawn "Line oneLine two").
    """
    text = title if title.isprintable() else " ".join(title.split())
    if mark_flags & _UNCERTAIN:
        text = f"{QUALIFIER_MARKS['?']} {text}"
    if mark_flags & _APPROXIMATE:
        text = f"{QUALIFIER_MARKS['~']} {text}"
    return text


def label_width(measure: LabelMeasure, flags: int, review: int, title: str) -> float:
    """Width of a label as the painter draws it (with its "~", "?" and disputed "!").

    An unreviewed event's label is drawn in italics: it is measured with the measure's
    ``tentative`` twin when it has one (``render.label_measure.FontMeasure`` does).
    """
    if review == _UNREVIEWED:
        italic: LabelMeasure = getattr(measure, "tentative", measure)
        return italic(label_text(flags, title))
    width = measure(label_text(flags, title))
    if review == _DISPUTED:
        width += measure("! ")
    return width


_OPEN_START = int(MarkFlag.OPEN_START)
_OPEN_END = int(MarkFlag.OPEN_END)


def mark_body(mark: Mark, geometry: Geometry) -> tuple[float, float]:
    """The pixels a mark's body covers: a point's marker or a band, open-side tails included."""
    if mark.point:
        mid = (mark.x0 + mark.x1) / 2
        left, right = mid - geometry.marker / 2, mid + geometry.marker / 2
    else:
        left, right = mark.x0, mark.x1
    if mark.flags & _OPEN_START:
        left -= geometry.open_tail
    if mark.flags & _OPEN_END:
        right += geometry.open_tail
    return left, right


def mark_span(mark: Mark, label_w: float, geometry: Geometry) -> tuple[float, float]:
    """The pixels a mark and its label cover together, whichever side the label is drawn on
    (right of the mark, or left of it where :mod:`.lanes` moved it at the view's right edge).

    The one rule both the lane layout and hit testing read: what is drawn is what is clickable.
    """
    left, right = mark_body(mark, geometry)
    return min(left, mark.label_x), max(right, mark.label_x + min(label_w, mark.label_room))
