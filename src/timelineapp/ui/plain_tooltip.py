"""A tooltip that shows a stranger's text literally (never as rich text).

Its own module so that the window's first frame (filter bar, status bar, elided labels) does
not import the Events pane's table model for it.
"""

from __future__ import annotations

import html

from ..model.untrusted_text import TEXT_LIMIT, elided


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt renders a tooltip as HTML whenever it merely looks like HTML (Qt.mightBeRichText), so
    text from a file is escaped and wrapped to make the choice explicit.
    """
    return f"<p style='white-space:pre-wrap'>{html.escape(elided(text, TEXT_LIMIT))}</p>"
