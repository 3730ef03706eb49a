"""Label widths in a font, memoised per font: the same titles are measured frame after frame.

A :class:`FontMeasure` is the ``LabelMeasure`` the scene lays labels out with, and the one
the painter reads again to box and cut them. Its :attr:`FontMeasure.tentative` twin measures
in the italic font unreviewed marks' labels are drawn in, so layout, hit testing and painting
agree on their width too.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetricsF

_MEMO_SIZE = 1 << 16  # labels remembered per font: a screenful many times over


def _memoised_advance(font: QFont) -> Callable[[str], float]:
    advance = QFontMetricsF(font).horizontalAdvance

    # Wrapped in a plain function: lru_cache copies the wrapped callable's __doc__, and reading
    # it from a PySide method loads PySide's whole signature machinery (~10 ms at start-up).
    def measure(text: str) -> float:
        return advance(text)

    return lru_cache(maxsize=_MEMO_SIZE)(measure)


class FontMeasure:
    """Widths of label texts in one font (``measure(text)``), memoised."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self._width = _memoised_advance(self.font)
        self._tentative: FontMeasure | None = None

    def __call__(self, text: str) -> float:
        return self._width(text)

    @property
    def tentative(self) -> FontMeasure:
        """The same in the italic label font of unreviewed marks (made once, then kept)."""
        if self._tentative is None:
            if self.font.italic():
                self._tentative = self
            else:
                italic = QFont(self.font)
                italic.setItalic(True)
                self._tentative = FontMeasure(italic)
        return self._tentative


def label_measure(font: QFont) -> FontMeasure:
    """Label widths for ``font``, memoised (with its italic twin for unreviewed labels)."""
    return FontMeasure(font)
