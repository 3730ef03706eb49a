"""The colours of marked text, light and dark: the one home of each mark's background and
the text drawn on it (the Document pane's passages, the Quotes pane's differences, search
matches).

Each mark is a (background, text) pair chosen together, with at least 7:1 contrast between
them (WCAG's AAA level; ``tests/ui/test_mark_colours.py`` measures it). The light look keeps
pale backgrounds under dark text. The dark look has dark, saturated backgrounds under white
text: a pale pink island in the dark Document pane was read as white on pink (QA #151). The
kinds are told apart by more than colour: a date phrase is underlined, a passage that no
longer holds its recorded words has a wavy underline (and a tooltip), a selected quote
neither. A search match is the same bright orange under dark text in both looks, as a
browser's find does: the one mark meant to be seen first, and the same in every pane.
"""

from __future__ import annotations

from msgspec import Struct
from PySide6.QtGui import QColor, QPalette


class MarkLook(Struct, frozen=True):
    """One kind of mark: its background and the colour of the text on it."""

    background: QColor
    text: QColor


class MarkColours(Struct, frozen=True):
    """Every kind of mark of one look."""

    selected_quote: MarkLook  # the selected event's quotes in its document
    date_phrase: MarkLook  # the selected event's date phrase (also underlined)
    other_passage: MarkLook  # other events' quotes and date phrases
    mismatched: MarkLook  # a passage whose recorded words it no longer holds (wavy underline)
    now: MarkLook  # what the document says there now (the Quotes pane's other side)
    search_match: MarkLook  # a search term found, in every pane
    flag_line: QColor  # the wavy underline of a mismatched passage
    flag_text: QColor  # every provenance warning's and "disputed"'s text, on the look's panes


# The search match, the same in both looks (see the module's docstring).
_MATCH = MarkLook(QColor("#ffc069"), QColor("#1f2328"))

LIGHT_MARKS = MarkColours(
    selected_quote=MarkLook(QColor("#ffd54f"), QColor("#1f2328")),
    date_phrase=MarkLook(QColor("#bbdefb"), QColor("#1f2328")),
    other_passage=MarkLook(QColor("#e4e4e4"), QColor("#1f2328")),
    mismatched=MarkLook(QColor("#ffcdd2"), QColor("#1f2328")),
    now=MarkLook(QColor("#c8e6c9"), QColor("#1f2328")),
    search_match=_MATCH,
    flag_line=QColor("#d32f2f"),
    flag_text=QColor("#c62828"),  # 4.8:1 or more on the light window, base, buttons, tooltips
)

DARK_MARKS = MarkColours(
    selected_quote=MarkLook(QColor("#5c4700"), QColor("#ffffff")),  # dark amber
    date_phrase=MarkLook(QColor("#0d3d7a"), QColor("#ffffff")),  # dark blue
    other_passage=MarkLook(QColor("#3a3d44"), QColor("#e6e6e6")),  # a grey above the base
    mismatched=MarkLook(QColor("#7a1020"), QColor("#ffffff")),  # dark crimson
    now=MarkLook(QColor("#1e4d24"), QColor("#ffffff")),  # dark green
    search_match=_MATCH,
    flag_line=QColor("#ff8a80"),  # light red: seen on the crimson and on the dark base
    # The light look's red was 3.3:1 on the dark base, too little for ordinary text; this
    # one is 5.6:1 or more on the dark window, base, buttons and tooltips.
    flag_text=QColor("#ff8a80"),
)

# The search match's colours, for the labels that mark it in rich text.
MATCH_COLOR = _MATCH.background
MATCH_TEXT_COLOR = _MATCH.text


def mark_colours(palette: QPalette) -> MarkColours:
    """The marks that go with the text's palette: dark ones on a dark base (the dark theme,
    or a dark system palette), else light ones."""
    return DARK_MARKS if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT_MARKS


def flag_color(palette: QPalette) -> QColor:
    """The red of provenance warnings (and of "disputed") that reads on ``palette``."""
    return mark_colours(palette).flag_text
