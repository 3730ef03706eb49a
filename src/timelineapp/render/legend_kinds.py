"""The kinds of mark a legend explains: which ones a scene shows, in legend order, and what
each means in words (context "Legend")."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ..model.dates import DateForm
from ..model.format_rules import EventStatus, ReviewState
from ..model.time_index import REVIEW_CODES, STATUS_CODES, MarkFlag
from .date_marks import SPREAD_FORMS
from .evidence_marks import evidence_kinds
from .mark_bodies import MarkBody, body_kind
from .scene import Scene
from .scene_items import FlagReason


class LegendKind(StrEnum):
    """One explained kind of mark, in the order the legend lists them."""

    DAY = "day"
    SPAN_POINT = "span_point"
    INTERVAL = "interval"
    IMPRECISE = "imprecise"
    UNCERTAIN = "uncertain"
    APPROXIMATE = "approximate"
    UNSPECIFIED = "unspecified"
    SEASON = "season"
    ONE_OF_SET = "one_of_set"
    ALL_OF_SET = "all_of_set"
    SIGNIFICANT = "significant"
    COMPONENT = "component"
    OPEN = "open"
    PLANNED = "planned"
    DEADLINE = "deadline"
    DISPUTED = "disputed"
    UNREVIEWED = "unreviewed"
    PROVENANCE = "provenance"
    # The same badge, for what else it may mean in a file (QA #145).
    DATE_PHRASE_FLAG = "date_phrase_flag"
    UNREADABLE = "unreadable"
    SOURCES = "sources"  # evidence_marks: ring segments and grade
    CONFLICT = "conflict"
    CLAIMS = "claims"
    LAG = "lag"
    DOCUMENT = "document"
    CLUSTER = "cluster"
    DENSITY = "density"


# Everything but the two kinds that only appear in crowded views.
#: The EDTF forms beyond plain dates: explained when a view shows one.
DATE_FORM_KINDS: tuple[LegendKind, ...] = (
    LegendKind.UNSPECIFIED,
    LegendKind.SEASON,
    LegendKind.ONE_OF_SET,
    LegendKind.ALL_OF_SET,
    LegendKind.SIGNIFICANT,
    LegendKind.COMPONENT,
)
BASIC_KINDS: tuple[LegendKind, ...] = tuple(
    k for k in LegendKind if k not in (LegendKind.CLUSTER, LegendKind.DENSITY)
)


def kind_text(kind: LegendKind) -> str:
    """What ``kind`` means, in the window's language (the one asked for is translated)."""
    return _KIND_TEXTS[kind]()


# One literal translate call per kind (lupdate reads calls), made only when asked: building
# all of them for each entry cost ~29 us an entry, at every layout of the Legend pane.
_KIND_TEXTS: dict[LegendKind, Callable[[], str]] = {
    LegendKind.DAY: lambda: QCoreApplication.translate("Legend", "Event on a day"),
    LegendKind.SPAN_POINT: lambda: QCoreApplication.translate(
        "Legend", "Period too short to draw here"
    ),
    LegendKind.INTERVAL: lambda: QCoreApplication.translate(
        "Legend", "Interval (solid where certain)"
    ),
    LegendKind.IMPRECISE: lambda: QCoreApplication.translate(
        "Legend", "Imprecise date (sometime in here)"
    ),
    LegendKind.UNCERTAIN: lambda: QCoreApplication.translate("Legend", "Uncertain date (?)"),
    LegendKind.APPROXIMATE: lambda: QCoreApplication.translate("Legend", "Approximate date (~)"),
    LegendKind.UNSPECIFIED: lambda: QCoreApplication.translate(
        "Legend", "Unspecified digits (199X: one of these)"
    ),
    # Seasons, quarters, halves: one mark, rounded over the months (QA #153).
    LegendKind.SEASON: lambda: QCoreApplication.translate(
        "Legend", "Season, quarter or half-year (over its months)"
    ),
    LegendKind.ONE_OF_SET: lambda: QCoreApplication.translate("Legend", "One of these dates"),
    LegendKind.ALL_OF_SET: lambda: QCoreApplication.translate("Legend", "All of these dates"),
    LegendKind.SIGNIFICANT: lambda: QCoreApplication.translate(
        "Legend", "Estimated year, within its range"
    ),
    LegendKind.COMPONENT: lambda: QCoreApplication.translate(
        "Legend", "Doubt on the year, month or day only"
    ),
    LegendKind.OPEN: lambda: QCoreApplication.translate("Legend", "Open side (no bound known)"),
    LegendKind.PLANNED: lambda: QCoreApplication.translate("Legend", "Planned"),
    LegendKind.DEADLINE: lambda: QCoreApplication.translate("Legend", "Deadline"),
    LegendKind.DISPUTED: lambda: QCoreApplication.translate("Legend", "Disputed"),
    LegendKind.UNREVIEWED: lambda: QCoreApplication.translate(
        "Legend", "Not reviewed yet (pale, label in italics)"
    ),
    LegendKind.PROVENANCE: lambda: QCoreApplication.translate(
        "Legend", "A quote no longer matches its document"
    ),
    LegendKind.DATE_PHRASE_FLAG: lambda: QCoreApplication.translate(
        "Legend", "A date phrase no longer matches its document"
    ),
    LegendKind.UNREADABLE: lambda: QCoreApplication.translate(
        "Legend", "Its document cannot be read: quotes unchecked"
    ),
    # What the bars are, claiming no independence nobody recorded: with no document recorded
    # as relying on or translating another, each source is a bar of its own (the Sources pane
    # says "origin not recorded", evidence_words.relations_recorded).
    LegendKind.SOURCES: lambda: QCoreApplication.translate(
        "Legend", "A bar per source (per origin when recorded), grade"
    ),
    LegendKind.CONFLICT: lambda: QCoreApplication.translate(
        "Legend", "Sources disagree on the date"
    ),
    LegendKind.CLAIMS: lambda: QCoreApplication.translate(
        "Legend", "Each source's date; firm: agreed by all"
    ),
    LegendKind.LAG: lambda: QCoreApplication.translate("Legend", "Reporting lag (to publication)"),
    LegendKind.DOCUMENT: lambda: QCoreApplication.translate("Legend", "Source document published"),
    LegendKind.CLUSTER: lambda: QCoreApplication.translate(
        "Legend", "Events that did not fit (count)"
    ),
    LegendKind.DENSITY: lambda: QCoreApplication.translate(
        "Legend", "Events per column (too many to draw)"
    ),
}


def scene_kinds(scene: Scene) -> list[LegendKind]:
    """The kinds of mark a scene actually shows, in legend order."""
    found: set[LegendKind] = set()
    planned, deadline = STATUS_CODES[EventStatus.PLANNED], STATUS_CODES[EventStatus.DEADLINE]
    disputed = REVIEW_CODES[ReviewState.DISPUTED]
    unreviewed = REVIEW_CODES[ReviewState.UNREVIEWED]
    for mark in scene.marks:
        if mark.form:
            found.update(_form_kinds(mark.form))
        if mark.form & SPREAD_FORMS:
            pass  # drawn by its date form (members, candidates, months), not as one band
        else:
            found.add(_BODY_KINDS[body_kind(mark)])
        if mark.flags & MarkFlag.UNCERTAIN:
            found.add(LegendKind.UNCERTAIN)
        if mark.flags & MarkFlag.APPROXIMATE:
            found.add(LegendKind.APPROXIMATE)
        if mark.flags & (MarkFlag.OPEN_START | MarkFlag.OPEN_END):
            found.add(LegendKind.OPEN)
        if mark.status == planned:
            found.add(LegendKind.PLANNED)
        if mark.status == deadline:
            found.add(LegendKind.DEADLINE)
        if mark.review == disputed:
            found.add(LegendKind.DISPUTED)
        if mark.review == unreviewed:
            found.add(LegendKind.UNREVIEWED)
        if mark.flagged and not mark.faded:
            # The badge's words say what is known: unchecked, or not matching (QA #145).
            found.add(_FLAG_KINDS[FlagReason(mark.flag_reason)])
    found.update(LegendKind(kind) for kind in evidence_kinds(scene))
    if scene.documents:
        found.add(LegendKind.DOCUMENT)
    if scene.clusters and not scene.dense:
        found.add(LegendKind.CLUSTER)
    if scene.dense:
        found.update((LegendKind.DENSITY, LegendKind.CLUSTER))
    return [k for k in LegendKind if k in found]


#: What the legend calls the provenance badge, by why the mark carries it.
_FLAG_KINDS = {
    FlagReason.QUOTE: LegendKind.PROVENANCE,
    FlagReason.DATE_PHRASE: LegendKind.DATE_PHRASE_FLAG,
    FlagReason.UNREADABLE: LegendKind.UNREADABLE,
}

#: What the legend calls each body the painter draws (one rule: .mark_bodies).
_BODY_KINDS = {
    MarkBody.POINT: LegendKind.DAY,
    MarkBody.SPAN_POINT: LegendKind.SPAN_POINT,
    MarkBody.INTERVAL: LegendKind.INTERVAL,
    MarkBody.IMPRECISE: LegendKind.IMPRECISE,
}

FORM_KINDS = (
    (DateForm.UNSPECIFIED, LegendKind.UNSPECIFIED),
    (DateForm.SEASON, LegendKind.SEASON),
    (DateForm.ONE_OF_SET, LegendKind.ONE_OF_SET),
    (DateForm.ALL_OF_SET, LegendKind.ALL_OF_SET),
    (DateForm.SIGNIFICANT, LegendKind.SIGNIFICANT),
    (DateForm.COMPONENT_QUALIFIED, LegendKind.COMPONENT),
)


def _form_kinds(form: int) -> list[LegendKind]:
    return [kind for bit, kind in FORM_KINDS if form & bit]


def scene_actor_colors(scene: Scene) -> list[int]:
    """Palette indices of the marks a scene shows (-1: no actor), sorted, -1 last."""
    colors = {mark.color for mark in scene.marks if not mark.faded}
    return sorted(colors, key=lambda c: (c < 0, c))
