"""What a frame is painted with besides its scene and theme: the font, selection, hover and
highlights, and the words the painter writes."""

from __future__ import annotations

from functools import cached_property

from msgspec import Struct
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
)

from .date_marks_paint import doubt_fonts
from .label_measure import FontMeasure
from .scene import Cluster


class PaintOptions(Struct, frozen=True, dict=True):
    font: QFont
    selection: int | None = None
    hover: int | None = None
    hover_cluster: Cluster | None = None
    highlighted: frozenset[int] = frozenset()  # e.g. search matches
    covering_label: str = (
        "{count} events span this whole view (coarse dates, long intervals): click to zoom out"
    )
    # The label widths of ``font``, kept by the caller across frames (the widget's, which
    # also lays the scene out with it): the painter boxes and cuts each label by its width,
    # and measuring every label again per frame was a tenth of a frame. None: a fresh one.
    measure: FontMeasure | None = None
    # Exports: a label that would start before the view's left edge is left out rather
    # than cut (a page's edge; on screen, panning slides labels out of sight as it goes).
    whole_labels: bool = False

    @cached_property
    def label_measure(self) -> FontMeasure:
        """Label widths in ``font`` (memoised; ``.tentative`` for the italic labels)."""
        if self.measure is not None and self.measure.font == self.font:
            return self.measure
        return FontMeasure(self.font)

    @cached_property
    def tentative_font(self) -> QFont:
        """The italic label font of unreviewed marks: made once per font, not per mark."""
        return self.label_measure.tentative.font

    @cached_property
    def tentative_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.tentative_font)

    @cached_property
    def doubt_fonts(self) -> tuple[QFont, QFontMetricsF]:
        """The font of the "(?)" and "~" marks over doubtful components, made once per frame."""
        return doubt_fonts(self.font)
