"""What a frame is painted with besides its scene and theme: the font, selection, hover and
highlights, and the words the painter writes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
)

from .date_marks_paint import doubt_fonts
from .scene import Cluster


@dataclass(frozen=True)
class PaintOptions:
    font: QFont
    selection: int | None = None
    hover: int | None = None
    hover_cluster: Cluster | None = None
    highlighted: frozenset[int] = frozenset()  # e.g. search matches
    covering_label: str = (
        "{count} events span this whole view (coarse dates, long intervals): click to zoom out"
    )

    @cached_property
    def tentative_font(self) -> QFont:
        """The italic label font of unreviewed marks: made once per frame, not per mark."""
        italic = QFont(self.font)
        italic.setItalic(True)
        return italic

    @cached_property
    def tentative_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.tentative_font)

    @cached_property
    def doubt_fonts(self) -> tuple[QFont, QFontMetricsF]:
        """The font of the "(?)" and "~" marks over doubtful components, made once per frame."""
        return doubt_fonts(self.font)
