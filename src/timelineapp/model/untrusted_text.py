"""Showing a stranger's text as what it is: control characters made visible, direction isolated.

A file's strings are data, never instructions: not to a terminal (``\\x1b]0;…\\x07`` would set
its title), not to the bidirectional algorithm (a title holding U+202E RIGHT-TO-LEFT OVERRIDE
makes "Invoice \\u202egnp.exe" read "Invoice exe.png"). The model keeps every string verbatim
(quotes must stay byte for byte); these functions are for the moment a string is shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .lazy_sequence import LazySequence

FSI = "\u2068"  # FIRST STRONG ISOLATE: the string takes its own direction, not its neighbours'
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE

# Embeddings, overrides and isolates: inside a shown string they would reorder its
# characters (or close our own isolate early); shown as their code point instead.
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SCREEN_UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI_CONTROLS}]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@cache
def _terminal_unsafe() -> re.Pattern[str]:
    """Compiled at the first use (the command line's output): the window never needs it."""
    return re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI_CONTROLS}]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character (newlines and tabs too) written as an escape.

    For terminal output: one issue stays one line, and nothing in it reaches the terminal
    as a command.
    """
    return _terminal_unsafe().sub(_escaped, text)


def _pictured(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␀ ␛ ␇ …
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\u27e8U+{code:04X}\u27e9"  # ⟨U+202E⟩: C1 controls and bidi controls


def visible(text: str) -> str:
    """``text`` for the screen: control characters drawn as visible symbols (␛, ⟨U+202E⟩).

    Newlines and tabs are kept: multi-line fields (notes, documents) are shown as written.
    """
    return _SCREEN_UNSAFE.sub(_pictured, text)


def isolated(text: str) -> str:
    """``text`` made :func:`visible` and wrapped in a directional isolate (FSI … PDI).

    For a stranger's string inside one of our sentences ("“{title}” is hidden"): an Arabic or
    Hebrew title keeps its own direction and cannot reorder the sentence around it.
    """
    return f"{FSI}{visible(text)}{PDI}"


SHOWN_LIMIT = 200
"""Characters of one field drawn in a line of the window (a label, a status bar, a title)."""


TITLE_LIMIT = 120
"""Characters of a title written out whole in a heading or a sentence (the Event pane, a status
message); past them it ends with "…" and the rest is a click away."""


def elided(text: str, limit: int = SHOWN_LIMIT) -> str:
    """``text`` cut to ``limit`` characters with "…": a 10 MB title drawn in a status bar or
    a label would freeze the window laying it out. The full text stays a click away."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


TEXT_LIMIT = 4_000
"""Characters of one field laid out in a pane (a word-wrapped label, a tooltip): a page or
two. Past it the text is cut with a note of how much more there is."""


def shown(text: str, limit: int = SHOWN_LIMIT) -> str:
    """One line of a stranger's text for the screen: cut to ``limit`` and made visible."""
    return visible(elided(text, limit))


class ShownTexts(LazySequence[str]):
    """A view of a sequence of a file's strings as drawn: each :func:`shown` when read.

    Lazy, so a million titles cost nothing until a label is drawn (the painter reads only
    the visible ones).
    """

    def __init__(self, texts: Sequence[str], limit: int = SHOWN_LIMIT) -> None:
        self._texts = texts
        self._limit = limit

    def __len__(self) -> int:
        return len(self._texts)

    def _item(self, i: int) -> str:
        return shown(self._texts[i], self._limit)
