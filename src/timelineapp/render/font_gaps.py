"""Characters of the drawn titles that no font on this machine has: an export says which,
rather than leaving boxes (□) unexplained (QA #113: emoji where no emoji font is installed)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtGui import QFont, QFontMetricsF

#: Code points listed at most; the rest is "…".
LISTED = 10


def _drawn(code: int) -> bool:
    """Whether a character is drawn as a glyph at all (not a control, a format character,
    a space or a variation selector, which shape their neighbours and draw nothing)."""
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return False
    return unicodedata.category(chr(code))[0] not in "CZ"


def missing_characters(
    titles: Sequence[str], events: npt.NDArray[np.int64], font: QFont, limit: int
) -> list[int]:
    """The code points of the events' titles that ``font`` and its fallbacks have no glyph
    for, in order of first appearance; none above ``limit`` events (a density view draws
    no titles, and a million of them is too many to read)."""
    if events.size > limit:
        return []
    in_font = QFontMetricsF(font).inFontUcs4
    checked: set[int] = set()
    missing: list[int] = []
    for text in (titles[e] for e in events.tolist()):
        if text.isascii():
            continue
        for code in dict.fromkeys(ord(char) for char in text):
            if code <= 0x7F or code in checked:
                continue
            checked.add(code)
            if _drawn(code) and not in_font(code):
                missing.append(code)
    return missing


def code_points(codes: list[int]) -> str:
    """``U+1F1F3, U+1FA96``: how the footer names characters it cannot draw."""
    listed = ", ".join(f"U+{code:04X}" for code in codes[:LISTED])
    return listed + (", …" if len(codes) > LISTED else "")
