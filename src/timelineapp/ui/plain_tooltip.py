"""A tooltip that shows a stranger's text literally (never as rich text).

Its own module so that the window's first frame (filter bar, status bar, elided labels) does
not import the Events pane's table model for it.
"""

from __future__ import annotations

from ..model.untrusted_text import TEXT_LIMIT, elided

# What html.escape replaces, in its order ("&" first): that module is not imported for it, as
# its entity table (html.entities) costs each start ~8 M instructions before the first paint.
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def escaped(text: str) -> str:
    """``text`` with the characters that are markup in HTML escaped, as ``html.escape``."""
    for char, entity in _ESCAPES:
        text = text.replace(char, entity)
    return text


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt renders a tooltip as HTML whenever it merely looks like HTML (Qt.mightBeRichText), so
    text from a file is escaped and wrapped to make the choice explicit.
    """
    return f"<p style='white-space:pre-wrap'>{escaped(elided(text, TEXT_LIMIT))}</p>"
