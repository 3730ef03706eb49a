"""Search matches shown in file text without ever interpreting that text as HTML.

Labels can only highlight runs of text through rich text, so the text is escaped piece by
piece and only our own <span> tags are added around the matches.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from ..model.filtering import find_terms

MATCH_COLOR = QColor("#ffc069")


def highlighted_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` as escaped HTML with each ``[start, end)`` span marked."""
    parts = []
    position = 0
    for start, end in spans:
        parts.append(html.escape(text[position:start]))
        parts.append(
            # Dark text on the pale match colour in either theme (light text was unreadable).
            f'<span style="background-color:{MATCH_COLOR.name()}; color:#1f2328">'
            f"{html.escape(text[start:end])}</span>"
        )
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts).replace("\n", "<br>")


def set_label_text(label: QLabel, text: str, terms: Sequence[str]) -> None:
    """Plain text, or escaped rich text with the search terms marked when there are any."""
    spans = find_terms(text, terms)
    if not spans:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        return
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(highlighted_html(text, spans))
