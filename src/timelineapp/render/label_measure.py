"""Label widths in a font, memoised per font: the same titles are measured frame after frame.

A :class:`FontMeasure` is the ``LabelMeasure`` the scene lays labels out with, and the one
the painter reads again to box and cut them. Its :attr:`FontMeasure.tentative` twin measures
in the italic font unreviewed marks' labels are drawn in, so layout, hit testing and painting
agree on their width too.

An italic face often lacks scripts its upright face has (DejaVu Sans Oblique has no Arabic,
and Qt never falls back from an italic request to an upright face): a label the italic
cannot draw is measured and drawn upright rather than as boxes (QA #113).
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


def _upright_draws_more(italic: QFont, upright: QFont) -> Callable[[str], bool]:
    """Whether a text has characters ``upright`` can draw and ``italic`` cannot, memoised.

    ``inFontUcs4`` asks the font's fallbacks too: a False is a box on the page."""
    in_italic = QFontMetricsF(italic).inFontUcs4
    in_upright = QFontMetricsF(upright).inFontUcs4

    def upright_draws_more(text: str) -> bool:
        if text.isascii():
            return False
        return any(
            not in_italic(code) and in_upright(code)
            for code in {ord(char) for char in text}
            if code > 0x7F
        )

    return lru_cache(maxsize=_MEMO_SIZE)(upright_draws_more)


class FontMeasure:
    """Widths of label texts in one font (``measure(text)``), memoised.

    An italic twin made with ``upright`` measures a text its italic cannot draw in
    ``upright`` (see :meth:`drawn_upright`)."""

    def __init__(self, font: QFont, upright: FontMeasure | None = None) -> None:
        self.font = QFont(font)
        self._width = _memoised_advance(self.font)
        self._tentative: FontMeasure | None = None
        self._upright = upright
        self._upright_draws_more = (
            _upright_draws_more(self.font, upright.font) if upright is not None else None
        )

    def __call__(self, text: str) -> float:
        if self._upright is not None and self.drawn_upright(text):
            return self._upright(text)
        return self._width(text)

    def drawn_upright(self, text: str) -> bool:
        """Whether ``text`` is drawn in the upright font instead of this italic one: it has
        characters (Arabic in DejaVu Sans) this italic has no glyph for."""
        return self._upright_draws_more is not None and self._upright_draws_more(text)

    @property
    def tentative(self) -> FontMeasure:
        """The same in the italic label font of unreviewed marks (made once, then kept)."""
        if self._tentative is None:
            if self.font.italic():
                self._tentative = self
            else:
                italic = QFont(self.font)
                italic.setItalic(True)
                self._tentative = FontMeasure(italic, upright=self)
        return self._tentative


def label_measure(font: QFont) -> FontMeasure:
    """Label widths for ``font``, memoised (with its italic twin for unreviewed labels)."""
    return FontMeasure(font)
